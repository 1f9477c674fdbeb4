// Native code: the x86-family assembler's encodings and the native emitter's output, checked
// against bytes the reference wrote (../shared/notes/mpy-native.md's worked example, made by
// mpy-cross v1.28.0 and checked against the golden corpus), and the disassembly of native
// raw codes.
#include "TestUtil.h"

#include "native/AsmX86.h"

#include <doctest/doctest.h>

using mpyc::test::hex;
using namespace mpyc;

namespace {

CompileResult compileNative(const std::string& src, const char* arch) {
    CompileInput input{src, "t1.py", "t1.py"};
    CompileOptions options;
    EmitterOptions emitter;
    emitter.haveNativeArch = true;
    emitter.arch = arch;
    return compileModule(input, options, emitter);
}

// Runs one instruction through a compute and an emit pass, as the emitter does.
template <class F> std::string encode(bool wide, F body) {
    AsmX86 as(wide);
    as.startPass(false);
    body(as);
    as.startPass(true);
    body(as);
    return hex(as.code());
}

const char* kAddSource = "@micropython.native\ndef add(a, b):\n    return a + b\n";

} // namespace

TEST_CASE("native x64: the worked example is byte-identical to mpy-cross v1.28.0") {
    CompileResult r = compileNative(kAddSource, "x64");
    REQUIRE_FALSE(r.error);
    // header (arch x64, sub-version 3), tables, the module's bytecode, then the native raw
    // code: 111 bytes of fun_data, prelude at offset 106 (mpy-native.md section 1.8)
    CHECK_EQ(hex(r.mpy),
             "4d 06 0b 1f 05 01 0a 74 31 2e 70 79 00 0f 06 61 64 64 00 02 61 00 02 62 00 00 4c 00 02 01 32 00 "
             "16 02 51 63 01 86 79 00 00 00 00 00 00 00 00 55 53 41 54 41 55 48 83 ec 48 48 8b 6f 08 4c 8b 6d "
             "10 48 8b 6d 18 48 8b 6d 00 48 89 3c 24 bf 04 00 00 00 48 89 7c 24 18 48 89 e7 48 8b 85 68 01 00 "
             "00 ff d0 48 8b 5c 24 40 4c 8b 64 24 38 4c 89 e2 48 89 de bf 1b 00 00 00 48 8b 85 90 00 00 00 ff "
             "d0 e9 00 00 00 00 48 83 ec b8 41 5d 41 5c 5b 5d c3 1a 06 02 03 04 6a");
}

TEST_CASE("native x86: four-byte words, cdecl calls, the same frame rules") {
    CompileResult r = compileNative(kAddSource, "x86");
    REQUIRE_FALSE(r.error);
    CHECK_EQ(r.mpy[2], 0x07); // arch 1 << 2 | sub-version 3
    std::string err;
    MpyReadOptions options;
    options.allowNative = true;
    auto file = readMpy(r.mpy, err, options);
    REQUIRE(file);
    REQUIRE_EQ(file->root.children.size(), 1u);
    const MpyRawCode& add = file->root.children[0];
    CHECK_EQ(add.kind, uint32_t(MpyRawCode::NativePy));
    // the prelude-index word, then push ebp, ebx, esi, edi
    CHECK_EQ(hex(llvm::ArrayRef<uint8_t>(add.funData).take_front(8)), "00 00 00 00 55 53 56 57");
}

TEST_CASE("x86 family encodings") {
    // memory operands: no displacement, disp8, disp32; SIB for the stack pointer
    CHECK_EQ(encode(true, [](AsmX86& a) { a.loadWord(x86::RAX, x86::RBX, 0); }), "48 8b 03");
    CHECK_EQ(encode(true, [](AsmX86& a) { a.loadWord(x86::RAX, x86::RBP, 0); }), "48 8b 45 00");
    CHECK_EQ(encode(true, [](AsmX86& a) { a.loadWord(x86::R12, x86::RSP, 40); }), "4c 8b a4 24 40 01 00 00");
    CHECK_EQ(encode(false, [](AsmX86& a) { a.loadWord(x86::RAX, x86::RSP, 2); }), "8b 44 24 08");
    // immediates: imm32 zero-extended; on x64 anything else is an imm64
    CHECK_EQ(encode(true, [](AsmX86& a) { a.movRegImm(x86::RDI, 27); }), "bf 1b 00 00 00");
    CHECK_EQ(encode(true, [](AsmX86& a) { a.movRegImm(x86::RAX, -1); }), "48 b8 ff ff ff ff ff ff ff ff");
    CHECK_EQ(encode(false, [](AsmX86& a) { a.movRegImm(x86::RAX, -1); }), "b8 ff ff ff ff");
    // a forward jump is long even to the next instruction; a backward one short when it fits
    CHECK_EQ(encode(true, [](AsmX86& a) { a.jump(0); a.labelAssign(0); }), "e9 00 00 00 00");
    CHECK_EQ(encode(true, [](AsmX86& a) { a.labelAssign(0); a.movRegReg(x86::RAX, x86::RBX); a.jump(0); }),
             "48 89 d8 eb fb");
    // a jump to itself counts as forward here (long), unlike on Thumb and Xtensa
    CHECK_EQ(encode(true, [](AsmX86& a) { a.labelAssign(0); a.jump(0); }), "e9 fb ff ff ff");
    // x86 has no rip-relative lea: call next, pop, add
    CHECK_EQ(encode(false, [](AsmX86& a) { a.movRegPcrel(x86::RAX, 0); a.labelAssign(0); }),
             "e8 00 00 00 00 58 81 c0 07 00 00 00");
    // a cdecl call of a 3-argument entry: one pad word, three pushes, the call, the cleanup
    CHECK_EQ(encode(false, [](AsmX86& a) { a.callInd(18); }), "83 ec 04 52 51 50 8b 45 48 ff d0 83 c4 10");
}

TEST_CASE("native: viper errors name the types, at the reference's line") {
    CompileResult r = compileNative("@micropython.viper\ndef f(p: ptr8) -> int:\n    x = 1\n    return p\n", "x64");
    REQUIRE(r.error);
    CHECK_EQ(r.error->errorClass, "ViperTypeError");
    CHECK_EQ(r.error->message, "return expected 'int' but got 'ptr8'");
    CHECK_EQ(r.error->line, 4u);
    r = compileNative("@micropython.viper\ndef f():\n    x = 1\n    x = 'a'\n", "x64");
    REQUIRE(r.error);
    CHECK_EQ(r.error->message, "local 'x' has type 'int' but source is 'object'");
}

TEST_CASE("native: what mpy-cross aborts on is a clear error") {
    CompileResult r = compileNative("@micropython.native\ndef f():\n    raise\n", "x64");
    REQUIRE(r.error);
    CHECK_EQ(r.error->errorClass, "NotImplementedError");
    CHECK(r.mpy.empty());
}

TEST_CASE("native: the disassembler shows machine code as hex, with the prelude's facts") {
    CompileResult r = compileNative(kAddSource, "x64");
    REQUIRE_FALSE(r.error);
    std::string err;
    MpyReadOptions options;
    options.allowNative = true;
    auto file = readMpy(r.mpy, err, options);
    REQUIRE(file);
    std::string text = disassemble(*file);
    CHECK(text.find("native def add(a, b):") != std::string::npos);
    CHECK(text.find("machine_code=106 prelude_offset=106") != std::string::npos);
    CHECK(text.find("0000  00 00 00 00 00 00 00 00 55 53 41 54 41 55 48 83") != std::string::npos);
}

TEST_CASE("asm_thumb: instructions between the entry and exit, the signature in the raw code") {
    CompileResult r = compileNative("@micropython.asm_thumb\ndef f(r0) -> uint:\n    add(r0, r0, 1)\n", "armv7m");
    REQUIRE_FALSE(r.error);
    std::string err;
    MpyReadOptions options;
    options.allowNative = true;
    auto file = readMpy(r.mpy, err, options);
    REQUIRE(file);
    REQUIRE_EQ(file->root.children.size(), 1u);
    const MpyRawCode& f = file->root.children[0];
    CHECK_EQ(f.kind, uint32_t(MpyRawCode::NativeAsm));
    // push {r1, r4-r7, lr}; adds r0, r0, #1; pop {r1, r4-r7, pc}
    CHECK_EQ(hex(f.funData), "f2 b5 40 1c f2 bd");
    CHECK_EQ(f.nativeNPosArgs, 1u);
    CHECK_EQ(f.nativeTypeSig, 3u); // uint
    // the same body in ARM state starts with the trampoline into Thumb
    r = compileNative("@micropython.asm_thumb\ndef f(r0):\n    add(r0, r0, 1)\n", "armv6");
    REQUIRE_FALSE(r.error);
    file = readMpy(r.mpy, err, options);
    REQUIRE(file);
    CHECK_EQ(hex(llvm::ArrayRef<uint8_t>(file->root.children[0].funData).take_front(4)), "10 40 2d e9");
}

TEST_CASE("asm_thumb: the reference's errors, at the instruction's line") {
    CompileResult r = compileNative("@micropython.asm_thumb\ndef f(r0):\n    nop()\n    swap(r0, r1)\n", "armv7m");
    REQUIRE(r.error);
    CHECK_EQ(r.error->message, "unsupported Thumb instruction 'swap' with 2 arguments");
    CHECK_EQ(r.error->line, 4u);
    r = compileNative("@micropython.asm_thumb\ndef f(r0):\n    add(r0, r8, 1)\n", "armv7m");
    REQUIRE(r.error);
    CHECK_EQ(r.error->message, "'add' expects at most r7");
    r = compileNative("@micropython.asm_thumb\ndef f(r1):\n    nop()\n", "armv7m");
    REQUIRE(r.error);
    CHECK_EQ(r.error->message, "parameters must be registers in sequence r0 to r3");
    // x86 and x64 have no inline assembler
    r = compileNative("@micropython.asm_thumb\ndef f(r0):\n    nop()\n", "x64");
    REQUIRE(r.error);
    CHECK_EQ(r.error->message, "invalid arch");
}
