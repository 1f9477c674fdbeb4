// Numeric constant folding against the reference: which expressions mpy-cross v1.28.0
// folds, and to what. Expected values come from tests/unit/data/numeric_fold.tsv, which
// was generated with the reference binaries (see its header), and from the cases below,
// each of which was checked against mpy-cross.
#include "frontend/FloatFormat.h"
#include "optimizer/NumericFold.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using mpyc::BigInt;
using mpyc::FoldBinaryOp;
using mpyc::FoldUnaryOp;
using mpyc::Number;

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
        while (std::getline(ls, field, '\t')) fields.push_back(field);
        rows.push_back(fields);
    }
    return rows;
}

BigInt bigFromDecimal(const std::string& text) {
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

// "int:<decimal>" or "float:<hex bits>".
Number numberFromField(const std::string& field) {
    size_t colon = field.find(':');
    std::string kind = field.substr(0, colon), value = field.substr(colon + 1);
    if (kind == "int") return Number::fromInt(bigFromDecimal(value));
    uint64_t bits = std::stoull(value, nullptr, 16);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return Number::fromFloat(d);
}

// The data file's notation for a result: nofold, int:<decimal>, float:<hex>:<repr>.
std::string describe(const std::optional<Number>& n) {
    if (!n) return "nofold";
    if (n->isInt()) return "int:" + n->i.toString();
    return "float:" + hexBits(n->f) + ":" + mpyc::formatFloatRepr(n->f);
}

Number I(int64_t v) { return Number::fromInt(BigInt(v)); }
Number F(double v) { return Number::fromFloat(v); }

// Only the value part (no bits) for readable expectations.
std::string value(const std::optional<Number>& n) {
    if (!n) return "nofold";
    if (n->isInt()) return n->i.toString();
    return mpyc::formatFloatRepr(n->f);
}

std::string fold(FoldBinaryOp op, const Number& a, const Number& b) { return value(mpyc::foldBinary(op, a, b)); }

} // namespace

TEST_CASE("numeric fold: examples from the format notes") {
    CHECK_EQ(fold(FoldBinaryOp::TrueDiv, I(10), I(4)), "2.5");
    CHECK_EQ(fold(FoldBinaryOp::TrueDiv, I(6), I(3)), "2.0");
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(2), I(-1)), "0.5");
    CHECK_EQ(fold(FoldBinaryOp::FloorDiv, I(7), I(2)), "3");
    CHECK_EQ(fold(FoldBinaryOp::Mod, I(-7), I(3)), "2");
    CHECK_EQ(fold(FoldBinaryOp::LShift, I(1), I(100)), "1267650600228229401496703205376");
    CHECK_EQ(fold(FoldBinaryOp::TrueDiv, I(1), I(0)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::LShift, I(1), I(-1)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::MatMul, I(5), I(2)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::Pow, F(-8.0), F(0.5)), "nofold");
    CHECK_EQ(value(mpyc::foldUnary(FoldUnaryOp::Invert, F(1.5))), "nofold");
    CHECK_EQ(value(mpyc::foldUnary(FoldUnaryOp::Invert, I(5))), "-6");
    CHECK_EQ(value(mpyc::foldUnary(FoldUnaryOp::Minus, F(0.0))), "-0.0");
    CHECK_EQ(value(mpyc::foldUnary(FoldUnaryOp::Plus, F(-0.0))), "-0.0");
    CHECK_EQ(fold(FoldBinaryOp::FloorDiv, F(7.5), I(-2)), "-4.0");
    CHECK_EQ(fold(FoldBinaryOp::Mul, I(2), F(1.5)), "3.0");
}

TEST_CASE("numeric fold: shift counts are machine ints (checked with mpy-cross)") {
    const BigInt two62 = BigInt(1) << 62, two63 = BigInt(1) << 63;
    // Zero shifted by any count that fits int64 is zero...
    CHECK_EQ(fold(FoldBinaryOp::LShift, I(0), Number::fromInt(two63 - BigInt(1))), "0");
    // ...but a count of 2**63 raises OverflowError, whatever the shifted value.
    CHECK_EQ(fold(FoldBinaryOp::LShift, I(0), Number::fromInt(two63)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::RShift, I(5), Number::fromInt(two63)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::RShift, I(5), Number::fromInt(two62)), "0");
    CHECK_EQ(fold(FoldBinaryOp::RShift, I(-5), Number::fromInt(two62)), "-1");
    CHECK_EQ(fold(FoldBinaryOp::RShift, I(-5), I(100)), "-1");
    CHECK_EQ(fold(FoldBinaryOp::LShift, F(1.0), I(1)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::Or, I(1), F(1.0)), "nofold");
}

TEST_CASE("numeric fold: big ints convert to float the MicroPython way (checked with mpy-cross)") {
    const Number big = Number::fromInt(BigInt(10).pow(400));
    CHECK_EQ(fold(FoldBinaryOp::TrueDiv, big, big), "nan"); // inf / inf
    CHECK_EQ(fold(FoldBinaryOp::TrueDiv, big, I(3)), "inf");
    CHECK_EQ(fold(FoldBinaryOp::Mul, F(1e308), I(10)), "inf");
}

TEST_CASE("numeric fold: huge int results are not folded (mpy-cross runs out of heap)") {
    // Measured with mpy-cross: 2**100000 and 1<<2000000 are folded and written out;
    // 2**7000000, 12345**600000 and 1<<17000000 make the fold fail and stay unfolded.
    auto shl = mpyc::foldBinary(FoldBinaryOp::LShift, I(1), I(2000000));
    REQUIRE(shl.has_value());
    CHECK_EQ(shl->i.bitLength(), 2000001u);
    auto pw = mpyc::foldBinary(FoldBinaryOp::Pow, I(2), I(100000));
    REQUIRE(pw.has_value());
    CHECK_EQ(pw->i.bitLength(), 100001u);
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(2), I(7000000)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(12345), I(600000)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::LShift, I(1), I(17000000)), "nofold");
    CHECK_EQ(fold(FoldBinaryOp::LShift, I(1), Number::fromInt(BigInt(1) << 62)), "nofold");
    // Bases that do not grow fold for any exponent.
    const Number hugeExp = Number::fromInt(BigInt(1) << 70);
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(1), hugeExp), "1");
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(0), hugeExp), "0");
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(-1), hugeExp), "1");
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(-1), Number::fromInt((BigInt(1) << 70) + BigInt(1))), "-1");
    CHECK_EQ(fold(FoldBinaryOp::Pow, I(2), hugeExp), "nofold");
}

TEST_CASE("numeric fold: every data-file case matches mpy-cross") {
    auto rows = readTsv("numeric_fold.tsv");
    REQUIRE(rows.size() >= 5000);
    const std::map<std::string, FoldBinaryOp> binaryOps = {
        {"|", FoldBinaryOp::Or},       {"^", FoldBinaryOp::Xor},      {"&", FoldBinaryOp::And},
        {"<<", FoldBinaryOp::LShift},  {">>", FoldBinaryOp::RShift},  {"+", FoldBinaryOp::Add},
        {"-", FoldBinaryOp::Sub},      {"*", FoldBinaryOp::Mul},      {"@", FoldBinaryOp::MatMul},
        {"/", FoldBinaryOp::TrueDiv},  {"%", FoldBinaryOp::Mod},      {"//", FoldBinaryOp::FloorDiv},
        {"**", FoldBinaryOp::Pow}};
    const std::map<std::string, FoldUnaryOp> unaryOps = {
        {"+", FoldUnaryOp::Plus}, {"-", FoldUnaryOp::Minus}, {"~", FoldUnaryOp::Invert}};
    int failures = 0, folded = 0, notFolded = 0;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 6);
        std::optional<Number> got;
        if (row[0] == "B") {
            REQUIRE(binaryOps.count(row[1]) == 1);
            got = mpyc::foldBinary(binaryOps.at(row[1]), numberFromField(row[2]), numberFromField(row[3]));
        } else {
            REQUIRE(row[0] == "U");
            REQUIRE(unaryOps.count(row[1]) == 1);
            got = mpyc::foldUnary(unaryOps.at(row[1]), numberFromField(row[2]));
        }
        (row[4] == "nofold" ? notFolded : folded)++;
        std::string text = describe(got);
        if (text != row[4]) {
            if (++failures <= 20) FAIL_CHECK(row[5] << ": got " << text << ", expected " << row[4]);
        }
    }
    CHECK_EQ(failures, 0);
    // The data must exercise both outcomes.
    CHECK(folded > 3000);
    CHECK(notFolded > 500);
}
