// target/TargetProfile and the release switches the lexer reads: the same source compiled for
// micropython-1.28 and micropython-1.27 (tests/targets checks whole programs against each
// release's mpy-cross; these are the switches one by one).
#include "codegen/Compiler.h"
#include "frontend/Diagnostics.h"
#include "frontend/FloatFormat.h"
#include "target/TargetProfile.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
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
    t = resolveTarget("mpy:5", error); // 5: v1.12 to v1.18's .mpy
    REQUIRE(t);
    CHECK(std::string(t->name) == "micropython-1.18");
    CHECK(t->mpyVersion == 5);
    // what v1.18's unix port prints: version 5, flags unicode (0x02) and x64 (2 << 2)
    t = resolveTarget("mpy:2565", error);
    REQUIRE(t);
    CHECK(std::string(t->name) == "micropython-1.18");
    CHECK(t->sysImplementationMpy() == (5 | (0x02 << 8)));
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
    CHECK(formatFloatRepr(1.0, FloatTextStyle::Digits16Pow) == "1.0");
    CHECK(formatFloatRepr(-0.0, FloatTextStyle::Digits16Pow) == "-0.0");
    CHECK(formatFloatRepr(1e100, FloatTextStyle::Digits16Pow) == "1e+100");
    CHECK(formatFloatRepr(0.1, FloatTextStyle::Digits16Pow) == "0.1");
    CHECK(formatComplexRepr(1.0, -0.0, FloatTextStyle::Digits16Pow) == "(1+-0j)"); // v1.25's '+' for an imag >= 0
    CHECK(formatComplexRepr(0.0, 2.5, FloatTextStyle::Digits16Pow) == "2.5j");
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
        const bool circuitPythonOnly = info.since == kCircuitPythonOnly;
        CHECK((circuitPythonOnly || (info.since >= 119 && info.since <= 128)));
        for (const TargetProfile& t : allTargets()) {
            // MicroPython: what its release has; CircuitPython: its base release's and its own
            bool expected = circuitPythonOnly ? t.headerMagic == 'C' : t.compilerRelease >= info.since;
            CHECK(t.has(TargetFeature(i)) == expected);
        }
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

TEST_CASE("targets: v1.19's dead code, constant conditions and := in comprehensions") {
    // v1.19 writes code after a return (and leaves out the final `return None` after one)
    const char* afterReturn = "def f(x):\n    return x\n    x += 1\n";
    CompileResult d19 = compileFor(afterReturn, "micropython-1.19"), d20 = compileFor(afterReturn, "micropython-1.20");
    REQUIRE_FALSE(d19.error);
    REQUIRE_FALSE(d20.error);
    CHECK(d19.mpy.size() > d20.mpy.size());
    // only True, False and small ints decide a condition at compile time before v1.20
    CHECK(compileFor("if None:\n    print(1)\n", "micropython-1.20").mpy == compileFor("pass\n", "micropython-1.20").mpy);
    CHECK(compileFor("if None:\n    print(1)\n", "micropython-1.19").mpy != compileFor("pass\n", "micropython-1.19").mpy);
    CHECK(compileFor("if 0:\n    print(1)\n", "micropython-1.19").mpy == compileFor("pass\n", "micropython-1.19").mpy);
    // := in a module-level comprehension: STORE_NAME before v1.20, a declared global after
    const char* walrus = "v = [y := i for i in range(3)]\nprint(y)\n";
    CHECK(compileFor(walrus, "micropython-1.19").mpy != compileFor(walrus, "micropython-1.20").mpy);
    // f-string arguments are parenthesised from v1.20: f'{}' formats () there, is an error before
    CHECK_FALSE(compileFor("x = f'{}'\n", "micropython-1.20").error);
    CHECK(compileFor("x = f'{}'\n", "micropython-1.19").error);
}

TEST_CASE("targets: v1.19's float text and float literals") {
    // the table-scaled formatter prints 6.02e23 exactly; v1.20 to v1.25's pow() one does not
    CHECK(formatFloatRepr(6.02e23, FloatTextStyle::Digits16Table) == "6.02e+23");
    CHECK(formatFloatRepr(6.02e23, FloatTextStyle::Digits16Pow) == "6.019999999999999e+23");
    CHECK(formatFloatRepr(0.5, FloatTextStyle::Digits16Table) == "0.5");
    CHECK(formatFloatRepr(-0.0, FloatTextStyle::Digits16Table) == "-0.0");
    CHECK(formatFloatRepr(1e100, FloatTextStyle::Digits16Table) == "1e+100");
    CHECK(formatFloatRepr(123.0, FloatTextStyle::Digits16Table) == "123.0");
    CHECK(formatComplexRepr(1.0, 2.0, FloatTextStyle::Digits16Table) == "(1+2j)");
    // trailing zeros: v1.20 defers them, v1.19 scales 1000 by 1e-23
    CHECK(parseFloatLiteral("1.000e-20", FloatParserStyle::DoubleMantissa) == parseFloatLiteral("1e-20", FloatParserStyle::DoubleMantissa));
    CHECK(parseFloatLiteral("1.000e-20", FloatParserStyle::DoubleEager) == 1000.0 * std::pow(10.0, -23));
    CHECK(parseFloatLiteral("1.000e-23", FloatParserStyle::DoubleEager) != parseFloatLiteral("1e-23", FloatParserStyle::DoubleEager));
    CHECK(parseFloatLiteral("1.000e-23", FloatParserStyle::DoubleMantissa) == parseFloatLiteral("1e-23", FloatParserStyle::DoubleMantissa));
    // v1.19 compiles @micropython.native for x64 without -march: refused, naming the target
    CompileResult n19 = compileFor("@micropython.native\ndef f():\n    pass\n", "micropython-1.19");
    REQUIRE(n19.error);
    CHECK(n19.error->message.find("native code for micropython-1.19 is not supported yet") != std::string::npos);
    CompileResult n20 = compileFor("@micropython.native\ndef f():\n    pass\n", "micropython-1.20");
    REQUIRE(n20.error);
    CHECK(n20.error->message == "invalid arch");
}

TEST_CASE("targets: CircuitPython 10's header, async flag, await and tracebacks") {
    const TargetProfile* cp = findTarget("circuitpython-10");
    REQUIRE(cp);
    CHECK(cp->compilerRelease == 127);
    CompileResult plain = compileFor("x = 1\n", "circuitpython-10");
    REQUIRE_FALSE(plain.error);
    REQUIRE(plain.mpy.size() > 4);
    CHECK(plain.mpy[0] == 'C');
    std::vector<uint8_t> mp = compileFor("x = 1\n", "micropython-1.27").mpy;
    CHECK(std::equal(plain.mpy.begin() + 1, plain.mpy.end(), mp.begin() + 1, mp.end()));
    // an async def's prelude carries the 0x10 flag (four more signature bytes), await calls
    // __await__
    const char* coro = "async def f(x):\n    await x\n";
    CompileResult c = compileFor(coro, "circuitpython-10"), m = compileFor(coro, "micropython-1.27");
    REQUIRE_FALSE(c.error);
    REQUIRE_FALSE(m.error);
    CHECK(c.mpy.size() > m.mpy.size());
    // yield from in an async def is refused
    CompileResult y = compileFor("async def f(x):\n    yield from x\n", "circuitpython-10");
    REQUIRE(y.error);
    CHECK(y.error->message == "'yield from' inside async function");
    CHECK_FALSE(compileFor("async def f(x):\n    yield from x\n", "micropython-1.27").error);
    // its mpy-cross ends the traceback's translated lines with CR LF
    Diagnostic d;
    d.message = "invalid syntax";
    d.line = 3;
    d.block = "<module>";
    CHECK(renderDiagnostics({d}, ErrorFormat::MpyCross, "a.py", "", false, true) ==
          "Traceback (most recent call last):\r\n  File \"a.py\", line 3, in <module>\r\nSyntaxError: invalid syntax\n");
}

TEST_CASE("targets: v1.18 writes .mpy v5") {
    // header: M, 5, the unicode flag, small-int bits, then the qstr window size (32)
    CompileResult r = compileFor("def f(a, *b):\n    return g(a, *b, **a)\nx = (1, 2)\n", "micropython-1.18");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.mpy.size() > 6);
    CHECK(r.mpy[0] == 'M');
    CHECK(r.mpy[1] == 5);
    CHECK(r.mpy[2] == 0x02);
    CHECK(r.mpy[3] == 31);
    CHECK(r.mpy[4] == 32);
    std::string text(r.mpy.begin(), r.mpy.end());
    // qstrs are spelled where first used ("t.py" once, as the module's and f's source file)
    CHECK(text.find("t.py") != std::string::npos);
    CHECK(text.find("t.py", text.find("t.py") + 1) == std::string::npos);
    // (1, 2) is built, not a constant tuple: BUILD_TUPLE 2 (0x2a 0x02) after two small ints
    CHECK(text.find("\x81\x82\x2a\x02") != std::string::npos);
    // the v1.19 module has its tuple as a constant object instead
    CompileResult r19 = compileFor("def f(a, *b):\n    return g(a, *b, **a)\nx = (1, 2)\n", "micropython-1.19");
    REQUIRE_FALSE(r19.error);
    CHECK(std::string(r19.mpy.begin(), r19.mpy.end()).find("\x81\x82\x2a\x02") == std::string::npos);
}

TEST_CASE("targets: v1.18's calls, const() and errors") {
    // one *args and one **kwargs at most, a NULL for the one missing
    CHECK(compileFor("f(*a, *b)\n", "micropython-1.19").error == std::nullopt);
    CompileResult r = compileFor("f(*a, *b)\n", "micropython-1.18");
    REQUIRE(r.error);
    CHECK(r.error->message == "can't have multiple *x");
    r = compileFor("f(**a, **b)\n", "micropython-1.18");
    REQUIRE(r.error);
    CHECK(r.error->message == "can't have multiple **x");
    r = compileFor("f(*a, b)\n", "micropython-1.18");
    REQUIRE(r.error);
    CHECK(r.error->message == "non-keyword arg after */**");
    r = compileFor("f(a=1, b)\n", "micropython-1.18");
    REQUIRE(r.error);
    CHECK(r.error->message == "non-keyword arg after keyword arg");
    // const() of a str: v1.19 takes it, v1.18 wants an int
    CHECK_FALSE(compileFor("from micropython import const\nX = const('a')\n", "micropython-1.19").error);
    r = compileFor("from micropython import const\nX = const('a')\n", "micropython-1.18");
    REQUIRE(r.error);
    CHECK(r.error->message == "constant must be an integer");
    CHECK_FALSE(compileFor("from micropython import const\nX = const(1 << 3)\n", "micropython-1.18").error);
}
