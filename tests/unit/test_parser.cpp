// Parser: the AST shape (n-ary chains, no node for parentheses, tuple forms, lines) and
// where syntax errors are reported.
#include "TestUtil.h"

#include <doctest/doctest.h>

using mpyc::test::parse;

TEST_CASE("parser: operator chains are n-ary per precedence level") {
    CHECK_EQ("\n" + parse("x = a + b - c * d\n"), R"(
Module @1
  Assign @1
    target: Name x @1
    value: Binary @1
      Name a @1
      +: Name b @1
      -: Binary @1
        Name c @1
        *: Name d @1
)");
}

TEST_CASE("parser: parentheses around one expression leave no node; tuples keep their form") {
    CHECK_EQ("\n" + parse("(a)\n(a,)\na, b\n()\n"), R"(
Module @1
  ExprStmt @1
    Name a @1
  ExprStmt @2
    Tuple paren @2
      Name a @2
  ExprStmt @3
    Tuple bare @3
      Name a @3
      Name b @3
  ExprStmt @4
    Tuple paren @4
)");
}

TEST_CASE("parser: a node's line is its first token's line") {
    CHECK_EQ("\n" + parse("f(a,\n  b + c)\n"), R"(
Module @1
  ExprStmt @1
    AtomExpr @1
      atom: Name f @1
      CallTrailer @1
        arg
          Name a @1
        arg
          Binary @2
            Name b @2
            +: Name c @2
)");
}

TEST_CASE("parser: comprehensions, slices, lambdas and calls") {
    CHECK_EQ("\n" + parse("[x for x in y if x]\nz[1:2, ::3]\nlambda a, *b, c=1: a\nf(*a, k=1, **b)\n", false),
             R"(
Module
  ExprStmt
    Comprehension list
      elt: Name x
      for: Name x
      in: Name y
      if: Name x
  ExprStmt
    AtomExpr
      atom: Name z
      IndexTrailer
        Tuple bare
          Slice
            lower: Const 1
            upper: Const 2
          Slice
            step: Const 3
  ExprStmt
    Lambda
      param a
      param *b
      param c
        default: Const 1
      body: Name a
  ExprStmt
    AtomExpr
      atom: Name f
      CallTrailer
        *arg
          Name a
        kwarg
          name: Name k
          Const 1
        **arg
          Name b
)");
}

TEST_CASE("parser: short strings and strings already interned are qstrs") {
    // "abcdefghijklm" was an identifier earlier in the file; "nopqrstuvwxyz" is not
    CHECK_EQ("\n" + parse("abcdefghijklm = 1\nx = 'abcdefghijklm', 'nopqrstuvwxyz', 'short'\n", false), R"(
Module
  Assign
    target: Name abcdefghijklm
    value: Const 1
  Assign
    target: Name x
    value: Tuple bare
      Const 'abcdefghijklm' interned
      Const 'nopqrstuvwxyz'
      Const 'short' interned
)");
}

TEST_CASE("parser: syntax errors name the offending token's line and class") {
    CHECK_EQ(parse("x = 1\nif x\n    pass\n"), "error: SyntaxError: invalid syntax @2");
    CHECK_EQ(parse("x = 1\n  y = 2\n"), "error: IndentationError: unexpected indent @2");
    CHECK_EQ(parse("if x:\n    a\n  b\n"),
             "error: IndentationError: unindent doesn't match any outer indent level @2");
    CHECK_EQ(parse("s = f'{}'\n"), "error: SyntaxError: malformed f-string @1");
    CHECK_EQ(parse("x = 0777\n"), "error: SyntaxError: invalid syntax for integer with base 0: '0777' @1");
    CHECK_EQ(parse("x = 1.5.real\n"), "error: SyntaxError: invalid syntax for number @1");
    CHECK_EQ(parse("def f(a, /, b): pass\n"), "error: SyntaxError: invalid syntax @1");
    CHECK_EQ(parse("with (a as b):\n    pass\n"), "error: SyntaxError: invalid syntax @1");
    // star items in displays parse (the compiler rejects them)
    CHECK_EQ(parse("x = [*a, *b]\n").substr(0, 6), "Module");
}

TEST_CASE("parser: recovers at statements and reports every error it can") {
    mpyc::AstContext ctx;
    mpyc::Parser parser(ctx, "x = 1\nif x\n    y = 2\nw = 3 3\nok = 1\nz = = 1\n", {});
    mpyc::ParseResult r = parser.parseModule();
    REQUIRE(r.error);
    CHECK_EQ(r.error->line, 2u);
    REQUIRE_EQ(r.errors.size(), 3u);
    CHECK_EQ(r.errors[1].line, 4u);
    CHECK_EQ(r.errors[2].line, 6u);
    CHECK_EQ(r.errors[0].hint, "expected ':'");
}

TEST_CASE("parser: deep nesting is accepted up to a documented limit, never a stack overflow") {
    auto nested = [](int n) { return "x = " + std::string(n, '[') + "1" + std::string(n, ']') + "\n"; };
    // (sanitizer builds have less stack per level; 3000 is within reach of both)
    CHECK_EQ(mpyc::test::compile(nested(3000)).substr(0, 15), "def <module>():");
    CHECK_EQ(parse(nested(30000)), "error: SyntaxError: too deeply nested @1");
    CHECK_EQ(parse("x = " + std::string(50000, '-') + "1\n"), "error: SyntaxError: too deeply nested @1");
}
