// Limits of the .mpy format and the VM (frontend/Limits.h): each one at the limit, where the
// module compiles, and one past it, where it is an error with the right class, message and
// position. The big inputs (65535 locals, 65370 qstrs) are in tests/limits, which also runs
// the modules at the limit in the VM.
#include "TestUtil.h"
#include "frontend/Limits.h"

#include <doctest/doctest.h>

using mpyc::test::compile;
using mpyc::test::compileSource;

namespace {

std::string repeat(const std::string& item, size_t n, const std::string& sep = ",") {
    std::string out;
    for (size_t i = 0; i < n; ++i) {
        if (i) out += sep;
        out += item;
    }
    return out;
}

std::string numbered(const std::string& prefix, size_t n, const std::string& suffix = "") {
    std::string out;
    for (size_t i = 0; i < n; ++i) {
        if (i) out += ",";
        out += prefix + std::to_string(i) + suffix;
    }
    return out;
}

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool compiles(const std::string& src) {
    return compile(src).rfind("error:", 0) != 0;
}

// "line:column" of the first error, from its source range.
std::string positionOf(const std::string& src) {
    mpyc::CompileResult r = compileSource(src, 0);
    if (!r.error) return "no error";
    if (!r.error->hasRange) return "line " + std::to_string(r.error->line) + ", no range";
    mpyc::SourceLocator locator(src);
    auto [line, column] = locator.lineColumn(r.error->range.begin);
    return std::to_string(line) + ":" + std::to_string(column);
}

} // namespace

TEST_CASE("limits: a name of 255 bytes compiles, 256 is the reference's RuntimeError at the name") {
    std::string n255(255, 'a'), n256(256, 'a');
    CHECK(compiles(n255 + " = 1\n"));
    CHECK(compiles("x." + n255 + " = 1\n"));
    CHECK_EQ(compile(n256 + " = 1\n"), "error: RuntimeError: name too long @1");
    CHECK_EQ(compile("x = 1\ny = f(" + n256 + "=2)\n"), "error: RuntimeError: name too long @2");
    CHECK_EQ(positionOf("x = 1\ny = f(" + n256 + "=2)\n"), "2:7");
    CHECK_EQ(compile("import " + n256 + "\n"), "error: RuntimeError: name too long @1");
    // bytes count, not characters: 128 two-byte characters are 256 bytes
    std::string wide;
    for (int i = 0; i < 128; ++i)
        wide += "\xc3\xa9";
    CHECK_EQ(compile(wide + " = 1\n"), "error: RuntimeError: name too long @1");
    // a syntax error before the long name wins; a long string is no name
    CHECK_EQ(compile("x = = 1\n" + n256 + " = 1\n"), "error: SyntaxError: invalid syntax @1");
    CHECK(compiles("s = '" + std::string(70000, 's') + "'\n"));
}

TEST_CASE("limits: a dotted import name is one qstr of at most 255 bytes") {
    // "a.b" joins the parts: 130 + 1 + 124 = 255 bytes, then 256
    std::string at = "import " + std::string(130, 'a') + "." + std::string(124, 'b') + "\n";
    std::string past = "x = 1\nimport " + std::string(130, 'a') + "." + std::string(125, 'b') + "\n";
    CHECK(compiles(at));
    CHECK_EQ(compile(past), "error: RuntimeError: name too long @2 in <module>");
    CHECK_EQ(positionOf(past), "2:1");
    CHECK_EQ(compile("from " + std::string(130, 'a') + "." + std::string(125, 'b') + " import c\n"),
             "error: RuntimeError: name too long @1 in <module>");
}

TEST_CASE("limits: the source name is a qstr too") {
    mpyc::CompileResult ok = compileSource("x = 1\n", 0, std::string(255, 'm'));
    CHECK_FALSE(ok.error);
    mpyc::CompileResult r = compileSource("x = 1\n", 0, std::string(256, 'm'));
    REQUIRE(r.error);
    CHECK_EQ(r.error->errorClass + ": " + r.error->message, "RuntimeError: name too long");
    CHECK_FALSE(r.error->hasTraceback);
}

TEST_CASE("limits: 255 positional and 255 keyword arguments in a call, not 256") {
    CHECK(compiles("f(" + repeat("1", 255) + ")\n"));
    CHECK(compiles("f(" + numbered("k", 255, "=1") + ")\n"));
    CHECK(compiles("f(" + repeat("1", 255) + "," + numbered("k", 255, "=1") + ")\n"));
    CHECK(compiles("o.m(" + repeat("1", 255) + ")\n"));
    CHECK_EQ(
        compile("f(" + repeat("1", 256) + ")\n"),
        "error: RuntimeError: too many positional arguments in one call: 256, beyond the 255 the bytecode "
        "can pass @1 in <module>");
    // the position is the first argument past the limit
    CHECK_EQ(positionOf("f(" + repeat("1", 256) + ")\n"), "1:" + std::to_string(3 + 255 * 2));
    CHECK_EQ(
        compile("def g():\n    o.m(" + numbered("k", 256, "=1") + ")\n"),
        "error: RuntimeError: too many keyword arguments in one call: 256, beyond the 255 the bytecode can "
        "pass @2 in g");
    // a class's bases are passed with two more arguments (the body and the name)
    CHECK(compiles("class C(" + numbered("B", 253) + "): pass\n"));
    CHECK(startsWith(compile("class C(" + numbered("B", 254) + "): pass\n"),
                     "error: RuntimeError: too many positional arguments in one c"));
    // star arguments count as positional ones; their own limit (the bitmap) comes first
    CHECK(startsWith(compile("f(*a, " + repeat("1", 255) + ")\n"),
                     "error: RuntimeError: too many positional arguments in one c"));
}

TEST_CASE("limits: 255 targets on each side of a starred one in an unpacking") {
    CHECK(compiles(numbered("a", 255) + ", *b, " + numbered("c", 255) + " = x\n"));
    CHECK(startsWith(compile(numbered("a", 256) + ", *b = x\n"),
                     "error: RuntimeError: too many targets before the starred one in an unpacking"));
    CHECK_EQ(positionOf("y = 1\n" + numbered("a", 256) + ", *b = x\n"), "2:" + std::to_string(1 + 1165));
    CHECK(startsWith(compile("*b, " + numbered("a", 256) + " = x\n"),
                     "error: RuntimeError: too many targets after the starred one in an unpacking"));
    // without a star the count is a full varuint
    CHECK(compiles(numbered("a", 300) + " = x\n"));
}

TEST_CASE("limits: a limit error yields to an error the reference reports anywhere in the module") {
    std::string tooManyArgs = "f(" + repeat("1", 256) + ")\n";
    CHECK_EQ(compile(tooManyArgs + "return 1\n"),
             "error: SyntaxError: 'return' outside function @2 in <module>");
    CHECK_EQ(compile(tooManyArgs + "def g():\n    break\n"),
             "error: SyntaxError: 'break'/'continue' outside loop @3 in g");
}

TEST_CASE("limits: cells beyond local 255 and closures capturing more than 255 variables") {
    auto cells = [](int nLocals) {
        std::string s = "def f():\n";
        for (int i = 0; i < nLocals; ++i)
            s += "    v" + std::to_string(i) + " = " + std::to_string(i) + "\n";
        s += "    return lambda: v" + std::to_string(nLocals - 1) + "\n";
        return s;
    };
    CHECK(compiles(cells(256)));
    CHECK(startsWith(compile(cells(257)), "error: RuntimeError: too many local variables: 'v256' is us"));
}
