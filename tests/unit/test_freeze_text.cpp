// Python's text conventions behind the frozen C (mpy/PythonText.h) and mpy-tool.py's
// opcode names, compared with values the reference computed itself
// (tests/unit/data/freeze/make-samples.py writes the sample files).
#include "mpy/MpyReader.h"
#include "mpy/PythonText.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace mpyc;

namespace {

std::vector<std::string> dataLines(const std::string& name) {
    std::ifstream in(std::string(MPYC_SOURCE_DIR) + "/tests/unit/data/freeze/" + name);
    REQUIRE_MESSAGE(in.good(), "cannot open " << name);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> splitTabs(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == '\t') {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

std::string fromHex(const std::string& hex) {
    std::string out;
    if (hex == "<none>") return out;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

std::string dash(const std::string& s) {
    return s == "<none>" ? "" : s;
}

} // namespace

TEST_CASE("freeze text: mpy-tool.py's opcode names, all 256") {
    std::vector<std::string> lines = dataLines("opcode-names.txt");
    REQUIRE(lines.size() == 256);
    for (size_t i = 0; i < 256; ++i) {
        std::string expected = lines[i].substr(3);
        CHECK_MESSAGE(std::string(mpyToolOpcodeName(static_cast<uint8_t>(i))) == expected, "opcode " << i);
    }
}

TEST_CASE("freeze text: qstr escapes, hashes, pool literals and repr() match makeqstrdata and Python") {
    std::vector<std::string> lines = dataLines("qstr-samples.txt");
    REQUIRE(lines.size() > 700);
    for (const std::string& line : lines) {
        std::vector<std::string> f = splitTabs(line);
        REQUIRE(f.size() == 7);
        std::string s = fromHex(f[0]);
        INFO("sample " << f[0]);
        REQUIRE(decodeUtf8(s));
        CHECK(qstrEscape(s) == dash(f[1]));
        CHECK(std::to_string(qstrHash(s, 1)) == f[2]);
        CHECK(std::to_string(qstrHash(s, 2)) == f[3]);
        CHECK(std::to_string(qstrHash(s, 0)) == f[4]);
        CHECK(qstrPoolLiteral(s) == dash(f[5]));
        CHECK(pythonRepr(s) == f[6]);
    }
}

TEST_CASE("freeze text: %.16g and struct.pack('<f') match Python on edge and random doubles") {
    std::vector<std::string> lines = dataLines("float-samples.txt");
    REQUIRE(lines.size() > 1000);
    for (const std::string& line : lines) {
        std::istringstream in(line);
        std::string bitsHex, g16, f32;
        in >> bitsHex >> g16 >> f32;
        uint64_t bits = std::stoull(bitsHex, nullptr, 16);
        double v;
        std::memcpy(&v, &bits, sizeof v);
        INFO("double " << bitsHex);
        CHECK(formatG16(v) == g16);
        std::optional<uint32_t> mine = float32Bits(v);
        if (f32 == "overflow") {
            CHECK_FALSE(mine);
        } else {
            REQUIRE(mine);
            char buf[16];
            std::snprintf(buf, sizeof buf, "%08x", *mine);
            CHECK(std::string(buf) == f32);
        }
        // the text mpy-tool.py reads back: Python's float() of "%.17g" is the same double
        if (std::isfinite(v)) {
            char text[40];
            std::snprintf(text, sizeof text, "%.17g", v);
            std::optional<double> back = parsePythonFloat(text);
            REQUIRE(back);
            CHECK(std::memcmp(&*back, &v, sizeof v) == 0);
        }
    }
}

TEST_CASE("freeze text: float() and complex() of the number text in a .mpy") {
    CHECK(parsePythonFloat("1.5") == 1.5);
    CHECK(parsePythonFloat("-0.0").has_value());
    CHECK(std::signbit(*parsePythonFloat("-0.0")));
    CHECK(parsePythonFloat("1e+100") == 1e100);
    CHECK(parsePythonFloat(".5") == 0.5);
    CHECK(parsePythonFloat("5.") == 5.0);
    CHECK(std::isinf(*parsePythonFloat("inf")));
    CHECK(*parsePythonFloat("-Infinity") < 0);
    CHECK(std::isnan(*parsePythonFloat("nan")));
    CHECK(std::signbit(*parsePythonFloat("-nan")));
    for (const char* bad : {"", "1.5x", "0x1p3", "1e", "e5", "--1", "1_0", " 1", "nan(1)", "."})
        CHECK_MESSAGE(!parsePythonFloat(bad), bad);

    auto c = parsePythonComplex("(1+2j)");
    REQUIRE(c);
    CHECK(c->first == 1.0);
    CHECK(c->second == 2.0);
    c = parsePythonComplex("-0j");
    REQUIRE(c);
    CHECK_FALSE(std::signbit(c->first)); // Python: complex("-0j").real is +0.0
    CHECK(std::signbit(c->second));
    c = parsePythonComplex("(nan-1.5j)");
    REQUIRE(c);
    CHECK(std::isnan(c->first));
    CHECK(c->second == -1.5);
    c = parsePythonComplex("(-0-1e+100j)");
    REQUIRE(c);
    CHECK(std::signbit(c->first));
    CHECK(c->second == -1e100);
    c = parsePythonComplex("(inf-infj)");
    REQUIRE(c);
    CHECK(std::isinf(c->second));
    for (const char* bad : {"", "j", "(1+2)", "1+2j)", "(1+2jj)", "1 + 2j", "(1+)"})
        CHECK_MESSAGE(!parsePythonComplex(bad), bad);
}

TEST_CASE("freeze text: strict UTF-8 as Python decodes it") {
    size_t bad = 99;
    CHECK(decodeUtf8("h\xc3\xa9"));
    CHECK(decodeUtf8("\xf4\x8f\xbf\xbf"));             // U+10FFFF
    CHECK_FALSE(decodeUtf8("\xf4\x90\x80\x80", &bad)); // above U+10FFFF
    CHECK(bad == 0);
    CHECK_FALSE(decodeUtf8("ab\xed\xa0\x80", &bad)); // a surrogate
    CHECK(bad == 2);
    CHECK_FALSE(decodeUtf8("\xc0\xaf"));     // overlong
    CHECK_FALSE(decodeUtf8("\xe0\x80\xaf")); // overlong
    CHECK_FALSE(decodeUtf8("x\xc3", &bad));  // truncated
    CHECK(bad == 1);
    CHECK_FALSE(decodeUtf8("\x80"));
    CHECK(utf8Length("h\xc3\xa9\xf0\x9f\x98\x80") == 3);
}
