// Code generation: the instruction shapes the reference emits for each construct, as
// disassembly text. (Byte-for-byte agreement with the reference is checked on the golden
// corpus and on tests/unit/data/codegen; these cases document the shapes.)
#include "TestUtil.h"

#include <doctest/doctest.h>

using mpyc::test::compile;

TEST_CASE("codegen: for over range() is a counting loop") {
    CHECK_EQ("\n" + compile("for i in range(4):\n    f(i)\n"), R"(
def <module>():
  n_state=3 n_exc_stack=0 flags=0x00 n_pos=0 n_kwonly=0 n_def_pos=0 fun_data=27 children=0
  0000 LOAD_CONST_SMALL_INT 0
  0001 JUMP -> 000f
  0003 DUP_TOP
  0004 STORE_NAME 'i'
  ; line 2
  0006 LOAD_NAME 'f'
  0008 LOAD_NAME 'i'
  000a CALL_FUNCTION n=1 nkw=0
  000c POP_TOP
  000d LOAD_CONST_SMALL_INT 1
  000e BINARY_OP +=
  000f DUP_TOP
  0010 LOAD_CONST_SMALL_INT 4
  0011 BINARY_OP <
  0012 POP_JUMP_IF_TRUE -> 0003
  0014 POP_TOP
  0015 LOAD_CONST_NONE
  0016 RETURN_VALUE
)");
}

TEST_CASE("codegen: while loop tests at the bottom; constant conditions fold away") {
    CHECK_EQ("\n" + compile("while x:\n    x -= 1\nif False:\n    y()\nelse:\n    z()\n"), R"(
def <module>():
  n_state=2 n_exc_stack=0 flags=0x00 n_pos=0 n_kwonly=0 n_def_pos=0 fun_data=25 children=0
  0000 JUMP -> 0008
  ; line 2
  0002 LOAD_NAME 'x'
  0004 LOAD_CONST_SMALL_INT 1
  0005 BINARY_OP -=
  0006 STORE_NAME 'x'
  0008 LOAD_NAME 'x'
  000a POP_JUMP_IF_TRUE -> 0002
  ; line 3
  ; line 6
  000c LOAD_NAME 'z'
  000e CALL_FUNCTION n=0 nkw=0
  0010 POP_TOP
  0011 LOAD_CONST_NONE
  0012 RETURN_VALUE
)");
}

TEST_CASE("codegen: closures pass cells with LOAD_FAST and MAKE_CLOSURE") {
    CHECK_EQ("\n" + compile("def outer(a):\n    def inner():\n        return a\n    return inner\n"), R"(
def <module>():
  n_state=1 n_exc_stack=0 flags=0x00 n_pos=0 n_kwonly=0 n_def_pos=0 fun_data=9 children=1
  0000 MAKE_FUNCTION 0
  0002 STORE_NAME 'outer'
  0004 LOAD_CONST_NONE
  0005 RETURN_VALUE
  child 0:
    def outer(a):
      n_state=3 n_exc_stack=0 flags=0x00 n_pos=1 n_kwonly=0 n_def_pos=0 fun_data=14 children=1
      cells: 0
      ; line 2
      0000 LOAD_FAST 0
      0001 MAKE_CLOSURE 0 extra=1
      0004 STORE_FAST 1
      ; line 4
      0005 LOAD_FAST 1
      0006 RETURN_VALUE
      child 0:
        def inner(*):
          n_state=2 n_exc_stack=0 flags=0x00 n_pos=1 n_kwonly=0 n_def_pos=0 fun_data=8 children=0
          ; line 3
          0000 LOAD_DEREF 0
          0002 RETURN_VALUE
)");
}

TEST_CASE("codegen: const() names are substituted; private ones vanish") {
    CHECK_EQ("\n" +
                 compile("from micropython import const\n_A = const(3)\nB = const(_A * 100)\nprint(_A, B)\n"),
             R"(
def <module>():
  n_state=3 n_exc_stack=0 flags=0x00 n_pos=0 n_kwonly=0 n_def_pos=0 fun_data=33 children=0
  0000 LOAD_CONST_SMALL_INT 0
  0001 LOAD_CONST_STRING 'const'
  0003 BUILD_TUPLE 1
  0005 IMPORT_NAME 'micropython'
  0007 IMPORT_FROM 'const'
  0009 STORE_NAME 'const'
  000b POP_TOP
  ; line 3
  000c LOAD_CONST_SMALL_INT 300
  000f STORE_NAME 'B'
  ; line 4
  0011 LOAD_NAME 'print'
  0013 LOAD_CONST_SMALL_INT 3
  0014 LOAD_CONST_SMALL_INT 300
  0017 CALL_FUNCTION n=2 nkw=0
  0019 POP_TOP
  001a LOAD_CONST_NONE
  001b RETURN_VALUE
)");
}

TEST_CASE("codegen: asserts are compiled only at -O0") {
    std::string o0 = compile("assert x, 'm'\n", 0);
    std::string o1 = compile("assert x, 'm'\n", 1);
    CHECK(o0.find("LOAD_GLOBAL 'AssertionError'") != std::string::npos);
    CHECK(o0.find("RAISE_OBJ") != std::string::npos);
    CHECK(o1.find("AssertionError") == std::string::npos);
}

TEST_CASE("codegen: compile-time errors with the reference's line and scope") {
    CHECK_EQ(compile("def f():\n    x = 1\n    break\n"),
             "error: SyntaxError: 'break'/'continue' outside loop @3 in f");
    CHECK_EQ(compile("return 1\n"), "error: SyntaxError: 'return' outside function @1 in <module>");
    CHECK_EQ(compile("x = 1\nf() = 2\n"), "error: SyntaxError: can't assign to expression @2 in <module>");
    CHECK_EQ(compile("def f(a, a): pass\n"), "error: SyntaxError: argument name reused @1 in f");
    CHECK_EQ(compile("def f():\n    nonlocal q\n"),
             "error: SyntaxError: no binding for nonlocal found @2 in f");
    CHECK_EQ(compile("X = const(y)\n"), "error: SyntaxError: not a constant @1");
}

TEST_CASE("codegen: a unary op on a big int stays an int object, as in the runtime") {
    // -(2**62) fits a 63-bit small int, but the reference negates a big int into a big int
    // and never narrows it back, so it is a constant object; 2**62 - 1 is a small int.
    mpyc::CompileResult r = mpyc::test::compileSource("x = -(2**62)\ny = 2**62 - 1\n", 0, "t.py", 63);
    REQUIRE(!r.error);
    std::string err;
    auto file = mpyc::readMpy(r.mpy, err);
    REQUIRE(file);
    REQUIRE_EQ(file->consts.size(), 1u);
    CHECK_EQ(file->consts[0].text, "-4611686018427387904");
}

TEST_CASE("codegen: a jump over more than 16 KB is the reference's bytecode overflow") {
    auto loop = [](int n) {
        std::string s = "while x:\n";
        for (int i = 0; i < n; ++i) s += "    a" + std::to_string(i) + " = b + c * d\n";
        return s;
    };
    // 1500 statements is the largest loop body the reference accepts (checked with it)
    CHECK_EQ(mpyc::test::compile(loop(1500)).substr(0, 15), "def <module>():");
    CHECK_EQ(mpyc::test::compile(loop(1501)), "error: RuntimeError: bytecode overflow @1");
}
