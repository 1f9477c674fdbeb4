// Float literal parsing and float/complex constant text, against values produced by the
// reference MicroPython v1.28.0 binaries. The header of each data file in tests/unit/data
// says how it was generated; no expected value comes from this code base.
#include "frontend/FloatFormat.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

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

double fromBits(const std::string& hex) {
    uint64_t bits = std::stoull(hex, nullptr, 16);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::string toBits(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
    return buf;
}

std::string withoutUnderscores(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), '_'), s.end());
    return s;
}

std::string bitsOfLiteral(const char* text) { return toBits(mpyc::parseFloatLiteral(text)); }

} // namespace

TEST_CASE("float literals: known cases") {
    using mpyc::parseFloatLiteral;
    // Not correctly rounded in MicroPython: same double as 2.5225e-29, one ulp above the
    // nearest double (CPython and strtod give 39fff9fb03194a6f).
    CHECK_EQ(bitsOfLiteral("25.225e-30"), "39fff9fb03194a70");
    CHECK_EQ(bitsOfLiteral("2.5225e-29"), "39fff9fb03194a70");
    CHECK_EQ(bitsOfLiteral("0.1"), "3fb999999999999a");
    CHECK_EQ(bitsOfLiteral("1e23"), "44b52d02c7e14af6");
    CHECK_EQ(bitsOfLiteral("9.999999999999999e22"), "44b52d02c7e14af6");
    CHECK_EQ(bitsOfLiteral("5e-324"), "0000000000000001");
    CHECK_EQ(bitsOfLiteral("1e400"), "7ff0000000000000");
    CHECK_EQ(bitsOfLiteral("1e-400"), "0000000000000000");
    CHECK_EQ(bitsOfLiteral("0e999999"), "0000000000000000");
    CHECK_EQ(bitsOfLiteral("1."), "3ff0000000000000");
    CHECK_EQ(bitsOfLiteral(".5"), "3fe0000000000000");
    CHECK_EQ(bitsOfLiteral("1E+1"), "4024000000000000");
    // Digits after the 19th are dropped, not rounded.
    CHECK_EQ(parseFloatLiteral("1.00000000000000000000000000000000000000000000000001"), 1.0);
}

TEST_CASE("float literals: bits and repr match the reference for every data-file literal") {
    auto rows = readTsv("float_literals.tsv");
    REQUIRE(rows.size() >= 5000);
    int failures = 0;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 3);
        const std::string& literal = row[0];
        double value = mpyc::parseFloatLiteral(withoutUnderscores(literal));
        std::string repr = mpyc::formatFloatRepr(value);
        if (toBits(value) != row[1] || repr != row[2]) {
            if (++failures <= 20)
                FAIL_CHECK("literal " << literal << ": bits " << toBits(value) << " (expected " << row[1]
                                      << "), repr " << repr << " (expected " << row[2] << ")");
        }
    }
    CHECK_EQ(failures, 0);
}

TEST_CASE("float repr: known cases from the format notes") {
    using mpyc::formatFloatRepr;
    CHECK_EQ(formatFloatRepr(0.1), "0.1");
    CHECK_EQ(formatFloatRepr(1.0 / 3.0), "0.3333333333333333");
    CHECK_EQ(formatFloatRepr(std::sqrt(2.0)), "1.4142135623730951");
    CHECK_EQ(formatFloatRepr(1e16), "1e+16");
    CHECK_EQ(formatFloatRepr(1e15), "1000000000000000.0");
    CHECK_EQ(formatFloatRepr(1e-5), "1e-05");
    CHECK_EQ(formatFloatRepr(0.0001), "0.0001");
    CHECK_EQ(formatFloatRepr(100.0), "100.0");
    CHECK_EQ(formatFloatRepr(0.0), "0.0");
    CHECK_EQ(formatFloatRepr(-0.0), "-0.0");
    CHECK_EQ(formatFloatRepr(1e23), "1e+23");
    CHECK_EQ(formatFloatRepr(123456789012345678.0), "1.2345678901234568e+17");
    CHECK_EQ(formatFloatRepr(std::numeric_limits<double>::infinity()), "inf");
    CHECK_EQ(formatFloatRepr(-std::numeric_limits<double>::infinity()), "-inf");
    CHECK_EQ(formatFloatRepr(std::numeric_limits<double>::quiet_NaN()), "nan");
    CHECK_EQ(formatFloatRepr(-std::numeric_limits<double>::quiet_NaN()), "nan");
    CHECK_EQ(formatFloatRepr(5e-324), "4.940656458412465e-324");
    CHECK_EQ(formatFloatRepr(1e100), "1e+100");
    CHECK_EQ(formatFloatRepr(-2.5), "-2.5");
}

TEST_CASE("float repr: matches the reference for every data-file bit pattern") {
    auto rows = readTsv("float_repr.tsv");
    REQUIRE(rows.size() >= 8000);
    int failures = 0;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 2);
        std::string repr = mpyc::formatFloatRepr(fromBits(row[0]));
        if (repr != row[1]) {
            if (++failures <= 20) FAIL_CHECK("bits " << row[0] << ": got " << repr << ", expected " << row[1]);
        }
    }
    CHECK_EQ(failures, 0);
}

TEST_CASE("complex repr: known cases (checked with the reference VM)") {
    using mpyc::formatComplexRepr;
    CHECK_EQ(formatComplexRepr(0.0, 2.0), "2j");
    CHECK_EQ(formatComplexRepr(0.0, 2.5), "2.5j");
    CHECK_EQ(formatComplexRepr(0.0, 0.0), "0j");
    CHECK_EQ(formatComplexRepr(-0.0, 1.0), "1j");
    CHECK_EQ(formatComplexRepr(-0.0, -0.0), "-0j"); // -0j
    CHECK_EQ(formatComplexRepr(-1.0, -0.0), "(-1-0j)");
    CHECK_EQ(formatComplexRepr(-0.0, -2.0), "-2j");
    CHECK_EQ(formatComplexRepr(0.0, 1e100), "1e+100j");
    CHECK_EQ(formatComplexRepr(1.0, 2.0), "(1+2j)");
    CHECK_EQ(formatComplexRepr(1.5, -2.0), "(1.5-2j)");
    CHECK_EQ(formatComplexRepr(std::numeric_limits<double>::quiet_NaN(), 0.0), "(nan+0j)");
    CHECK_EQ(formatComplexRepr(1.0, std::numeric_limits<double>::quiet_NaN()), "(1+nanj)");
}

TEST_CASE("complex repr: imaginary literals (mpy-cross) and general values (reference VM)") {
    auto rows = readTsv("complex_repr.tsv");
    REQUIRE(rows.size() >= 600);
    int failures = 0;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 3);
        std::string got;
        if (row[0] == "imag") {
            // An imaginary literal: the literal's text without the `j`.
            got = mpyc::formatComplexRepr(0.0, mpyc::parseFloatLiteral(withoutUnderscores(row[1])));
        } else {
            REQUIRE(row[0] == "pair");
            size_t comma = row[1].find(',');
            got = mpyc::formatComplexRepr(fromBits(row[1].substr(0, comma)), fromBits(row[1].substr(comma + 1)));
        }
        if (got != row[2]) {
            if (++failures <= 20) FAIL_CHECK(row[0] << " " << row[1] << ": got " << got << ", expected " << row[2]);
        }
    }
    CHECK_EQ(failures, 0);
}
