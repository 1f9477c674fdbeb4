// target/TargetProfile and the release switches the lexer reads: the same source compiled for
// micropython-1.28 and micropython-1.27 (tests/targets checks whole programs against each
// release's mpy-cross; these are the switches one by one).
#include "codegen/Compiler.h"
#include "frontend/FloatFormat.h"
#include "target/TargetProfile.h"

#include <doctest/doctest.h>

#include <string>

using namespace mpyc;

namespace {

CompileResult compileFor(const std::string& source, const char* target) {
    CompileInput input{source, "t.py", "t.py"};
    CompileOptions options;
    options.target = findTarget(target);
    REQUIRE(options.target);
    return compileModule(input, options, EmitterOptions{});
}

} // namespace

TEST_CASE("targets: the table, the default, mpy: values") {
    CHECK(std::string(defaultTarget().name) == "micropython-1.28");
    CHECK(defaultTarget().sysImplementationMpy() == (6 | (3 << 8)));
    std::string error;
    const TargetProfile* t = resolveTarget("mpy:0x1f06", error); // 6.3 on armv7emsp
    REQUIRE(t);
    CHECK(t->mpySubVersion == 3);
    t = resolveTarget("mpy:518", error); // 6.2: v1.22 only
    REQUIRE(t);
    CHECK(std::string(t->name) == "micropython-1.22");
    t = resolveTarget("mpy:774", error); // 6.3: v1.23 to v1.28, the oldest of them
    REQUIRE(t);
    CHECK(std::string(t->name) == "micropython-1.23");
    CHECK(resolveTarget("mpy:5", error) == nullptr); // 5: v1.18, not yet supported
    CHECK(error.find("micropython-1.18") != std::string::npos);
    CHECK(resolveTarget("micropython-9", error) == nullptr);
    CHECK(error.find("unknown target") != std::string::npos);
}

TEST_CASE("targets: t-strings are v1.28's") {
    CHECK_FALSE(compileFor("x = t'a{1}'\n", "micropython-1.28").error);
    CompileResult r = compileFor("x = t'a{1}'\n", "micropython-1.27");
    REQUIRE(r.error);
    CHECK(r.error->message == "invalid syntax");
}

TEST_CASE("targets: f-string lexing before v1.28") {
    // f'{{' : v1.28 closes the string; v1.27 takes the quote as a literal and runs on
    CHECK_FALSE(compileFor("x = f'{{'\n", "micropython-1.28").error);
    CHECK(compileFor("x = f'{{'\n", "micropython-1.27").error);
    // an empty field: a malformed f-string in v1.28, the empty tuple formatted before
    CHECK(compileFor("x = f'{}'\n", "micropython-1.28").error);
    CHECK_FALSE(compileFor("x = f'{}'\n", "micropython-1.27").error);
    // a nested f-string compiles in both, differently (v1.27 feeds the inner arguments last)
    CompileResult a = compileFor("x = 1\ny = f'{f\"{x}\"}'\n", "micropython-1.28");
    CompileResult b = compileFor("x = 1\ny = f'{f\"{x}\"}'\n", "micropython-1.27");
    REQUIRE_FALSE(a.error);
    REQUIRE_FALSE(b.error);
    CHECK(a.mpy != b.mpy);
    // a NUL byte in a string: v1.28 makes it an invalid byte (\x01), v1.27 keeps it
    std::string nul = std::string("x = 'a") + '\0' + "b'\n";
    CompileResult n28 = compileFor(nul, "micropython-1.28"), n27 = compileFor(nul, "micropython-1.27");
    REQUIRE_FALSE(n28.error);
    REQUIRE_FALSE(n27.error);
    CHECK(std::string(n27.mpy.begin(), n27.mpy.end()).find(std::string("a") + '\0' + "b") != std::string::npos);
    CHECK(std::string(n28.mpy.begin(), n28.mpy.end()).find("a\x01" "b") != std::string::npos);
}

TEST_CASE("targets: float folding is v1.26's (the switch the v1.25 target will use)") {
    // v1.26 folds floats and math constants; before, only ints, never `/` or a negative power
    auto consts = [](const char* src, const char* target) {
        CompileResult r = compileFor(src, target);
        REQUIRE_FALSE(r.error);
        return r.module->tables.consts.entries().size();
    };
    CHECK(consts("x = 1.5 * 2\n", "micropython-1.26") == 1); // 3.0
    CHECK(consts("x = 1.5 * 2\n", "micropython-1.25") == 1); // 1.5, multiplied at run time
    CHECK(compileFor("x = 1.5 * 2\n", "micropython-1.26").mpy != compileFor("x = 1.5 * 2\n", "micropython-1.25").mpy);
    CHECK(compileFor("x = 7 / 2\n", "micropython-1.26").mpy != compileFor("x = 7 / 2\n", "micropython-1.25").mpy);
    CHECK(compileFor("x = 2 ** -1\n", "micropython-1.26").mpy != compileFor("x = 2 ** -1\n", "micropython-1.25").mpy);
    CHECK(compileFor("import math\nx = math.pi\n", "micropython-1.26").mpy !=
          compileFor("import math\nx = math.pi\n", "micropython-1.25").mpy);
    // ints fold alike
    CHECK(compileFor("x = 1 << 3 | 4\n", "micropython-1.26").mpy == compileFor("x = 1 << 3 | 4\n", "micropython-1.25").mpy);
}

TEST_CASE("targets: float text and float literals before v1.26") {
    // v1.25 parses 8.888e32 in double with pow() and writes 16 digits from a digit loop
    auto floatText = [](const char* src, const char* target) {
        CompileResult r = compileFor(src, target);
        REQUIRE_FALSE(r.error);
        std::string bytes(r.mpy.begin(), r.mpy.end());
        return bytes;
    };
    CHECK(floatText("x = 8.888e32\n", "micropython-1.25").find("8.887999999999998e+32") != std::string::npos);
    CHECK(floatText("x = 8.888e32\n", "micropython-1.26").find("8.888000000000001e+32") != std::string::npos);
    CHECK(floatText("x = 6.02e23\n", "micropython-1.25").find("6.019999999999999e+23") != std::string::npos);
    CHECK(floatText("x = 0.5\ny = 1e100\nz = 1j\n", "micropython-1.25").find("0.5") != std::string::npos);
    CHECK(formatFloatReprBefore126(1.0) == "1.0");
    CHECK(formatFloatReprBefore126(-0.0) == "-0.0");
    CHECK(formatFloatReprBefore126(1e100) == "1e+100");
    CHECK(formatFloatReprBefore126(0.1) == "0.1");
    CHECK(formatComplexReprBefore126(1.0, -0.0) == "(1+-0j)"); // v1.25's '+' for an imag >= 0
    CHECK(formatComplexReprBefore126(0.0, 2.5) == "2.5j");
}

TEST_CASE("targets: before v1.25, 0777 is 777 and asm_rv32 is not a decorator") {
    CompileResult r28 = compileFor("x = 0777\n", "micropython-1.28");
    REQUIRE(r28.error);
    CHECK(r28.error->message == "invalid syntax for integer with base 0: '0777'");
    CompileResult r24 = compileFor("x = 0777\n", "micropython-1.24");
    REQUIRE_FALSE(r24.error);
    CHECK(r24.mpy == compileFor("x = 777\n", "micropython-1.24").mpy);
    CompileResult a24 = compileFor("@micropython.asm_rv32\ndef f():\n    pass\n", "micropython-1.24");
    REQUIRE(a24.error);
    CHECK(a24.error->message == "invalid micropython decorator");
    CompileResult a25 = compileFor("@micropython.asm_rv32\ndef f():\n    pass\n", "micropython-1.25");
    REQUIRE(a25.error);
    CHECK(a25.error->message == "invalid arch"); // known, but no -march given
    // long float literals: v1.24 accumulated the digits in a double
    const char* longLiteral = "x = 1.8472869943605905251639825114963177189847286994360590525163982511496317718\n";
    CompileResult l24 = compileFor(longLiteral, "micropython-1.24"), l25 = compileFor(longLiteral, "micropython-1.25");
    REQUIRE_FALSE(l24.error);
    REQUIRE_FALSE(l25.error);
    CHECK(l24.mpy != l25.mpy);
}

TEST_CASE("targets: raw f-strings are v1.24's") {
    CHECK_FALSE(compileFor("x = 1\ny = rf'a{x}'\n", "micropython-1.24").error);
    CompileResult r = compileFor("x = 1\ny = rf'a{x}'\n", "micropython-1.23");
    REQUIRE(r.error);
    CHECK(r.error->message == "raw f-strings are not supported"); // v1.23.0's mpy-cross says so
    CHECK(r.error->line == 2);
    CHECK(compileFor("y = fr'a'\n", "micropython-1.23").error);
}

TEST_CASE("targets: the feature table") {
    // every feature's row names its release and commit, and a release has what came before it
    for (unsigned i = 0; i < unsigned(TargetFeature::Count); ++i) {
        const TargetFeatureInfo& info = featureInfo(TargetFeature(i));
        CHECK(info.feature == TargetFeature(i));
        CHECK(std::string(info.commit).size() == 10);
        CHECK(info.since >= 119);
        CHECK(info.since <= 128);
        for (const TargetProfile& t : allTargets())
            if (t.headerMagic == 'M') CHECK(t.has(TargetFeature(i)) == (t.compilerRelease >= info.since));
    }
}

TEST_CASE("targets: before v1.24 a folded big int stays an object") {
    // (1 << 70) >> 68 is 4: v1.24 narrows it to a small int, v1.23 keeps the big int object
    CompileResult four24 = compileFor("x = 4\n", "micropython-1.24");
    CHECK(compileFor("x = (1 << 70) >> 68\n", "micropython-1.24").mpy == four24.mpy);
    CompileResult r23 = compileFor("x = (1 << 70) >> 68\n", "micropython-1.23");
    REQUIRE_FALSE(r23.error);
    CHECK(r23.mpy != compileFor("x = 4\n", "micropython-1.23").mpy);
    // `<<` by 64 or more leaves the small-int path even for 0
    CHECK(compileFor("x = 0 << 64\n", "micropython-1.23").mpy != compileFor("x = 0\n", "micropython-1.23").mpy);
    CHECK(compileFor("x = 0 << 64\n", "micropython-1.24").mpy == compileFor("x = 0\n", "micropython-1.24").mpy);
    // small ints stay small
    CHECK(compileFor("x = (1 << 20) >> 18\n", "micropython-1.23").mpy == compileFor("x = 4\n", "micropython-1.23").mpy);
}

TEST_CASE("targets: v1.22's finally return slot and newline position") {
    // the finally block's deepest expression needs one more slot from v1.22.2
    const char* tryFinally = "def f(g):\n    try:\n        return 1\n    finally:\n        g(1, 2, 3, 4)\n";
    CompileResult r22 = compileFor(tryFinally, "micropython-1.22"), r21 = compileFor(tryFinally, "micropython-1.21");
    REQUIRE_FALSE(r22.error);
    REQUIRE_FALSE(r21.error);
    CHECK(r22.mpy != r21.mpy);
    // a missing colon is reported on the line it ends from v1.22; before, on the next token's
    const char* missingColon = "x = 3\nif x > 2\n\n# note\n    print(x)\n";
    CompileResult e22 = compileFor(missingColon, "micropython-1.22"), e21 = compileFor(missingColon, "micropython-1.21");
    REQUIRE(e22.error);
    REQUIRE(e21.error);
    CHECK(e22.error->line == 2);
    CHECK(e21.error->line == 5);
}
