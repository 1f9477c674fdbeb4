// BigInt against the reference. tests/unit/data/bigint.tsv holds results computed by the
// MicroPython v1.28.0 binaries (see its header): integer arithmetic folded by mpy-cross,
// exact int -> float conversions, comparisons from the reference VM, small-int ranges from
// mpy-cross's code for several -msmall-int-bits, and 16-bit digits from mpy-tool.py -f.
#include "frontend/BigInt.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using mpyc::BigInt;

namespace {

std::vector<std::vector<std::string>> readTsv(const std::string& name) {
    std::vector<std::vector<std::string>> rows;
    std::ifstream in(std::string(MPYC_SOURCE_DIR) + "/tests/unit/data/" + name);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::string field;
        std::istringstream ls(line);
        while (std::getline(ls, field, '\t'))
            fields.push_back(field);
        rows.push_back(fields);
    }
    return rows;
}

BigInt dec(const std::string& text) {
    bool negative = !text.empty() && text[0] == '-';
    auto parsed = BigInt::parse(negative ? text.substr(1) : text, 10);
    REQUIRE(parsed.has_value());
    return negative ? -*parsed : *parsed;
}

std::string hexBits(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
    return buf;
}

uint64_t shiftCount(const BigInt& b) {
    int64_t n = 0;
    REQUIRE(b.toInt64(n));
    REQUIRE(n >= 0);
    return uint64_t(n);
}

std::string binary(const std::string& op, const BigInt& a, const BigInt& b) {
    if (op == "+") return (a + b).toString();
    if (op == "-") return (a - b).toString();
    if (op == "*") return (a * b).toString();
    if (op == "//") return (a / b).toString();
    if (op == "%") return (a % b).toString();
    if (op == "&") return (a & b).toString();
    if (op == "|") return (a | b).toString();
    if (op == "^") return (a ^ b).toString();
    if (op == "<<") return (a << shiftCount(b)).toString();
    if (op == ">>") return (a >> shiftCount(b)).toString();
    if (op == "**") return a.pow(shiftCount(b)).toString();
    FAIL("unknown operator " << op);
    return {};
}

} // namespace

TEST_CASE("bigint: construction, int64 round trip and text") {
    CHECK_EQ(BigInt().toString(), "0");
    CHECK_EQ(BigInt(-1).toString(), "-1");
    CHECK_EQ(BigInt(INT64_MIN).toString(), "-9223372036854775808");
    CHECK_EQ(BigInt(INT64_MAX).toString(), "9223372036854775807");
    CHECK_EQ(BigInt::fromUint64(UINT64_MAX).toString(), "18446744073709551615");
    CHECK_EQ(BigInt(UINT64_MAX).toString(), "18446744073709551615");
    CHECK_EQ(BigInt(size_t(4000000000u)).toString(), "4000000000");
    CHECK_EQ(BigInt(-5).toString(), "-5");
    int64_t v = 0;
    CHECK(BigInt(INT64_MIN).toInt64(v));
    CHECK_EQ(v, INT64_MIN);
    CHECK_FALSE((BigInt(INT64_MIN) - BigInt(1)).toInt64(v));
    CHECK_FALSE((BigInt(INT64_MAX) + BigInt(1)).toInt64(v));
    CHECK(BigInt().isZero());
    CHECK_FALSE((-BigInt()).isNegative()); // no negative zero
    CHECK_EQ(BigInt::powerOfTwo(100).toString(), "1267650600228229401496703205376");
    CHECK_EQ(BigInt::powerOfTwo(100).bitLength(), 101u);
}

TEST_CASE("bigint: parse rejects what is not a plain digit string") {
    CHECK_FALSE(BigInt::parse("", 10).has_value());
    CHECK_FALSE(BigInt::parse("12a", 10).has_value());
    CHECK_FALSE(BigInt::parse("102", 2).has_value());
    CHECK_FALSE(BigInt::parse("8", 8).has_value());
    CHECK_FALSE(BigInt::parse("-1", 10).has_value());
    CHECK_FALSE(BigInt::parse("1_0", 10).has_value());
    CHECK_FALSE(BigInt::parse("12", 7).has_value());
    CHECK_EQ(BigInt::parse("fF", 16)->toString(), "255");
    CHECK_EQ(BigInt::parse("000", 10)->toString(), "0");
}

TEST_CASE("bigint: Python semantics for signs (spot checks)") {
    CHECK_EQ((BigInt(-7) / BigInt(2)).toString(), "-4");
    CHECK_EQ((BigInt(-7) % BigInt(2)).toString(), "1");
    CHECK_EQ((BigInt(7) % BigInt(-2)).toString(), "-1");
    CHECK_EQ((BigInt(-1) >> 1000).toString(), "-1");
    CHECK_EQ((BigInt(-5) >> 1).toString(), "-3");
    CHECK_EQ((BigInt(-6) & BigInt(3)).toString(), "2");
    CHECK_EQ((BigInt(-6) | BigInt(3)).toString(), "-5");
    CHECK_EQ((BigInt(-6) ^ BigInt(-3)).toString(), "7");
    CHECK_EQ((~BigInt(0)).toString(), "-1");
    CHECK_FALSE(BigInt::divMod(BigInt(1), BigInt(0)).has_value());
}

TEST_CASE("bigint: small-int range for 31 bits is [-2^30, 2^30-1]") {
    CHECK(BigInt(1073741823).fitsSmallInt(31));
    CHECK_FALSE(BigInt(1073741824).fitsSmallInt(31));
    CHECK(BigInt(-1073741824).fitsSmallInt(31));
    CHECK_FALSE(BigInt(-1073741825).fitsSmallInt(31));
}

TEST_CASE("bigint: every data-file case matches the reference") {
    auto rows = readTsv("bigint.tsv");
    REQUIRE(rows.size() >= 3900);
    int failures = 0;
    int checked = 0;
    auto report = [&](const std::string& what, const std::string& got, const std::string& expected) {
        ++checked;
        if (got == expected) return;
        if (++failures <= 20)
            FAIL_CHECK(what.substr(0, 300)
                       << ": got " << got.substr(0, 200) << ", expected " << expected.substr(0, 200));
    };
    for (const auto& row : rows) {
        const std::string& kind = row.at(0);
        if (kind == "bin") {
            report(row[2] + " " + row[1] + " " + row[3], binary(row[1], dec(row[2]), dec(row[3])), row.at(4));
        } else if (kind == "un") {
            BigInt a = dec(row[2]);
            report(row[1] + row[2], (row[1] == "-" ? -a : ~a).toString(), row.at(3));
        } else if (kind == "float") {
            // mpy-cross's `A / 1` is exactly its int -> float conversion of A.
            report("float(" + row[1] + ")", hexBits(dec(row[1]).toDouble()), row.at(2));
        } else if (kind == "parse") {
            auto parsed = BigInt::parse(row[2], unsigned(std::stoul(row[1])));
            report("parse base " + row[1] + " " + row[2], parsed ? parsed->toString() : "(rejected)",
                   row.at(3));
        } else if (kind == "cmp") {
            BigInt a = dec(row[1]), b = dec(row[2]);
            int c = BigInt::compare(a, b);
            std::string sign = c < 0 ? "-1" : (c > 0 ? "1" : "0");
            report("compare " + row[1] + " " + row[2], sign, row.at(3));
            // The operators must agree with compare().
            std::string ops = std::string(a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") +
                              (a != b ? "!=" : "") + (a >= b ? ">=" : "") + (a > b ? ">" : "");
            std::string expectedOps = sign == "-1" ? "<<=!=" : (sign == "0" ? "<===>=" : "!=>=>");
            report("operators " + row[1] + " " + row[2], ops, expectedOps);
        } else if (kind == "small") {
            bool fits = dec(row[2]).fitsSmallInt(unsigned(std::stoul(row[1])));
            report("small int " + row[2] + " with " + row[1] + " bits", fits ? "1" : "0", row.at(3));
        } else if (kind == "dig16") {
            std::string text;
            for (uint16_t d : dec(row[1]).magnitudeDigits16()) {
                // Python's "%#x" spelling, as mpy-tool.py prints: 0x0 for zero.
                char buf[8];
                std::snprintf(buf, sizeof buf, "0x%x", unsigned(d));
                if (!text.empty()) text += ",";
                text += buf;
            }
            report("digits of " + row[1], text, row.at(2));
        } else {
            FAIL("unknown row kind " << kind);
        }
    }
    CHECK_EQ(failures, 0);
    CHECK(checked >= 4200);
}

TEST_CASE("bigint: text conversion of large numbers is fast") {
    // A 10,000-digit number to text and back must take milliseconds, not seconds.
    std::string digits;
    for (int i = 0; i < 10000; ++i)
        digits += char('1' + (i * 7) % 9);
    auto start = std::chrono::steady_clock::now();
    auto value = BigInt::parse(digits, 10);
    REQUIRE(value.has_value());
    std::string back = value->toString();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK_EQ(back, digits);
    CHECK(seconds < 0.5);
    // Power-of-two bases agree with decimal.
    BigInt p = BigInt(3).pow(2000);
    std::string hex;
    for (BigInt t = p; !t.isZero(); t = t >> 4) {
        int64_t nibble = 0;
        (t & BigInt(15)).toInt64(nibble);
        hex.insert(hex.begin(), "0123456789abcdef"[nibble]);
    }
    CHECK_EQ(BigInt::parse(hex, 16)->toString(), p.toString());
}

TEST_CASE("bigint: Karatsuba products and divide-and-conquer text agree with independent identities") {
    // (2^n - 1)^2 == 2^2n - 2^(n+1) + 1, at sizes on both sides of the Karatsuba threshold and
    // unbalanced ones; the quotient (Knuth's division, another algorithm) gives the factor back
    for (uint64_t n : {31u, 1535u, 1536u, 1600u, 5000u, 40000u, 200000u}) {
        BigInt m = (BigInt(1) << n) - BigInt(1);
        BigInt square = m * m;
        CHECK((square == (BigInt(1) << (2 * n)) - (BigInt(1) << (n + 1)) + BigInt(1)));
        BigInt other = (BigInt(1) << (n / 3 + 7)) + BigInt(12345);
        BigInt product = m * other;
        CHECK(((product / other) == m));
        CHECK(((product % other) == BigInt(0)));
    }
    // 10^k as text: "1" and k zeros, through every level of the decimal conversion
    for (uint64_t k : {9u, 100u, 577u, 5000u, 60000u}) {
        std::optional<BigInt> ten = BigInt::parse("10", 10);
        REQUIRE(ten);
        std::string text = ten->pow(k).toString();
        CHECK(text == "1" + std::string(k, '0'));
        std::optional<BigInt> back = BigInt::parse(text, 10);
        REQUIRE(back);
        CHECK(((*back - BigInt(1)).toString() == std::string(k, '9')));
    }
    // -(2^n) for n across limb boundaries round-trips through text
    for (uint64_t n : {64u, 2048u, 100000u}) {
        BigInt v = -(BigInt(1) << n);
        std::optional<BigInt> back = BigInt::parse(v.toString().substr(1), 10);
        REQUIRE(back);
        CHECK((-*back == v));
    }
}
