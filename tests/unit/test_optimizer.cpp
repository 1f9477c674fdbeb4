// Optimizer: one case per rule, as the AST after the pass (and the reference's decisions
// about what is folded and what is not).
#include "TestUtil.h"

#include "optimizer/ConstAdvice.h"

#include <doctest/doctest.h>

using mpyc::test::optimize;

TEST_CASE("optimizer: const() values are substituted; private names vanish") {
    CHECK_EQ("\n" + optimize("_A = const(2)\nB = const(_A + 1)\nprint(_A, B)\n", 0, true), R"(
Module @1
  Pass @0
  Assign @2
    target: Name B @2
    value: Const 3 @0
  ExprStmt @3
    AtomExpr @3
      atom: Name print @3
      CallTrailer @3
        arg
          Const 2 object @3
        arg
          Const 3 object @3
)");
}

TEST_CASE("optimizer: uses before the declaration are not substituted") {
    CHECK_EQ("\n" + optimize("print(X)\nX = const(1)\nprint(X)\n"), R"(
Module
  ExprStmt
    AtomExpr
      atom: Name print
      CallTrailer
        arg
          Name X
  Assign
    target: Name X
    value: Const 1
  ExprStmt
    AtomExpr
      atom: Name print
      CallTrailer
        arg
          Const 1 object
)");
}

TEST_CASE("optimizer: a value that is not constant is an error at the call's line") {
    CHECK_EQ(optimize("x = 1\nY = const(x)\n"), "error: not a constant @2");
    CHECK_EQ(optimize("Y = const('a' + 'b')\n"), "error: not a constant @1");
    CHECK_EQ(optimize("Y = const(1, 2)\n"), "error: not a constant @1");
    // an attribute call is an ordinary call
    CHECK(optimize("Y = micropython.const(x)\n").find("error") == std::string::npos);
}

TEST_CASE("optimizer: numeric chains fold all or nothing") {
    CHECK_EQ("\n" + optimize("a = 1 + 2 * 3\nb = x + 1 + 2\nc = 1 + 2 + x\nd = 2 ** -1\ne = 1 / 0\n"), R"(
Module
  Assign
    target: Name a
    value: Const 7
  Assign
    target: Name b
    value: Binary
      Name x
      +: Const 1
      +: Const 2
  Assign
    target: Name c
    value: Binary
      Const 1
      +: Const 2
      +: Name x
  Assign
    target: Name d
    value: Const 0.5
  Assign
    target: Name e
    value: Binary
      Const 1
      /: Const 0
)");
}

TEST_CASE("optimizer: unary ops, ~ only on ints, and math constants") {
    CHECK_EQ("\n" + optimize("a = -5\nb = ~1.5\nc = math.pi\nd = math.sqrt\n"), R"(
Module
  Assign
    target: Name a
    value: Const -5
  Assign
    target: Name b
    value: Unary ~
      Const 1.5
  Assign
    target: Name c
    value: Const 3.1415926535897931
  Assign
    target: Name d
    value: AtomExpr
      atom: Name math
      AttrTrailer sqrt
)");
}

TEST_CASE("optimizer: logical folding over constants") {
    CHECK_EQ("\n" + optimize("a = 1 and 2\nb = 0 or x\nc = x and 1 and y\nd = x or 0\ne = not 'text'\n"), R"(
Module
  Assign
    target: Name a
    value: Const 2
  Assign
    target: Name b
    value: Name x
  Assign
    target: Name c
    value: BoolOp and
      Name x
      Name y
  Assign
    target: Name d
    value: BoolOp or
      Name x
      Const 0
  Assign
    target: Name e
    value: Const False
)");
}

TEST_CASE("optimizer: constant tuples, and the line each one gets") {
    CHECK_EQ("\n" + optimize("t = (1,\n     2)\nu = (1,\n     2, 3)\nv = 1, 'a', ()\nw = [1, 2]\n", 0, true),
             R"(
Module @1
  Assign @1
    target: Name t @1
    value: Const (1, 2) object @1
  Assign @3
    target: Name u @3
    value: Const (1, 2, 3) object @4
  Assign @5
    target: Name v @5
    value: Const (1, 'a', ()) object @5
  Assign @6
    target: Name w @6
    value: List @6
      Const 1 @6
      Const 2 @6
)");
}

TEST_CASE("optimizer: lone constants (doc strings) become pass; __debug__ and asserts follow -O") {
    CHECK_EQ("\n" + optimize("'doc'\n1 + 2\nif __debug__:\n    assert x\n", 0, true), R"(
Module @1
  Pass @1
  Pass @2
  If @3
    test: Const True @3
    body:
      Assert @4
        test: Name x @4
)");
    CHECK_EQ("\n" + optimize("if __debug__:\n    assert x\n", 1), R"(
Module
  If
    test: Const False
    body:
      Pass
)");
}

TEST_CASE("optimizer: advice about constants") {
    mpyc::CompileResult r =
        mpyc::test::compileSource("from micropython import const\n_U = const(1)\nLIMIT = 5\nUSED = const(2)\n"
                                  "print(USED)\n");
    REQUIRE(!r.error);
    REQUIRE_EQ(r.diagnostics.size(), 2u);
    CHECK_EQ(r.diagnostics[0].message, "constant '_U' is declared with const() but never used");
    CHECK_EQ(r.diagnostics[1].message,
             "'LIMIT' (line 3) is assigned once to an int and could be const(): see --explain-consts");
    CHECK_FALSE(r.diagnostics[1].hasRange); // a summary line, no source excerpt
    REQUIRE_EQ(r.constCandidates.size(), 1u);
    r.constCandidates[0].ramSavedIfPrivate = 21;
    std::string report = mpyc::explainConsts(r.constDeclarations, r.constCandidates, "t.py");
    CHECK(report.find("_U") != std::string::npos);
    CHECK(report.find("1 of 2 take no memory") != std::string::npos);
    CHECK(report.find("3     LIMIT  5      21 bytes") != std::string::npos);
}

TEST_CASE("optimizer: many const() candidates make one summary warning") {
    std::string src;
    for (int i = 0; i < 39; ++i)
        src += "E" + std::to_string(i) + " = " + std::to_string(i) + "\n";
    src += "AGAIN = 1\nAGAIN = 2\n"; // assigned twice: not a candidate
    mpyc::CompileResult r = mpyc::test::compileSource(src);
    REQUIRE(!r.error);
    REQUIRE_EQ(r.diagnostics.size(), 1u);
    CHECK_EQ(r.diagnostics[0].message, "39 module-level ints could be const(): see --explain-consts");
    CHECK_EQ(r.constCandidates.size(), 39u);
    std::string report = mpyc::explainConsts(r.constDeclarations, r.constCandidates, "t.py");
    CHECK(report.find("39 module-level ints are assigned once") != std::string::npos);
    CHECK(report.find("E38") != std::string::npos);
    CHECK(report.find("AGAIN") == std::string::npos);
}
