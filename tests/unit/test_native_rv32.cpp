// RV32: AsmRv32's encodings (checked against the RISC-V ISA manual's bit layouts) and the
// reference's frame rules that shape the bytes: the saved-register set that grows across the
// functions of a module, and Zcmp's cm.push/cm.popret frames.
#include "TestUtil.h"

#include "mpy/MpyReader.h"
#include "native/AsmRv32.h"

#include <doctest/doctest.h>

using mpyc::test::hex;
using namespace mpyc;

namespace {

CompileResult compileRv32(const std::string& src, uint32_t archFlags = 0) {
    CompileInput input{src, "t.py", "t.py"};
    CompileOptions options;
    EmitterOptions emitter;
    emitter.haveNativeArch = true;
    emitter.arch = "rv32imc";
    emitter.archFlags = archFlags;
    return compileModule(input, options, emitter);
}

template <class F> std::string encode(uint32_t ext, F body) {
    AsmRv32 as(ext);
    as.startPass(false);
    body(as);
    as.startPass(true);
    body(as);
    return hex(as.code());
}

} // namespace

TEST_CASE("rv32 encodings") {
    // c.li a0, 1; addi a0, zero, 100; lui + addi for a wide value: the low part's sign is
    // carried into the upper part, and the low part (0xfff, unsigned to the reference) never
    // takes c.addi even where -1 would fit
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.movRegImm(10, 1); }), "05 45");
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.movRegImm(10, 100); }), "13 05 40 06");
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.movRegImm(10, 0x12345fff); }), "37 65 34 12 13 05 f5 ff");
    // c.mv, c.jr ra, c.add
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.movRegReg(10, 11); }), "2e 85");
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.jumpReg(1); }), "82 80");
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.alu(AluOp::Add, 10, 11); }), "2e 95");
    // a call beyond c.lw's reach: lw t3, 72(s1); c.jalr t3
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.callInd(18); }), "03 ae 84 04 02 9e");
    // a word load between C-window registers is c.lw, otherwise lw
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.loadWord(8, 9, 1); }), "c0 40");
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.loadWord(10, 2, 1); }), "03 25 41 00");
    // indexed halfword load: slli + c.add, or sh1add with Zba
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.loadIndexed(16, 10, 10, 11); }), "13 9e 15 00 2a 9e 03 55 0e 00");
    CHECK_EQ(encode(kRv32ExtZba, [](AsmRv32& a) { a.loadIndexed(16, 10, 10, 11); }), "33 ae a5 20 03 55 0e 00");
    // forward jumps are long (auipc t3 + jalr); backward ones c.j when they fit
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.jump(0); a.labelAssign(0); }), "17 0e 00 00 67 00 8e 00");
    CHECK_EQ(encode(0, [](AsmRv32& a) { a.labelAssign(0); a.movRegReg(10, 11); a.jump(0); }), "2e 85 fd bf");
}

TEST_CASE("rv32 frames: the saved registers grow across a module's functions") {
    AsmRv32 as(0);
    auto function = [&](bool call) {
        // a compute pass then the emit pass, as the emitter runs them
        std::string out;
        for (bool emit : {false, true}) {
            as.startPass(emit);
            as.entry(0);
            if (call) as.callInd(9); // through c.lw: ra and s0 are saved from now on
            as.exit();
            out = hex(as.code());
        }
        return out;
    };
    // s1..s4 saved at sp+0..12 and restored, then c.jr ra
    CHECK_EQ(function(false), "41 11 26 c0 4a c2 4e c4 52 c6 82 44 12 49 a2 49 32 4a 41 01 82 80");
    // ra, s0, s1..s4: the compute pass's call made them part of the frame
    CHECK_EQ(function(true).substr(0, 5), "21 11");
    // and a function compiled later saves them even without a call
    CHECK_EQ(function(false).substr(0, 17), "21 11 06 c0 22 c2");
}

TEST_CASE("rv32 Zcmp frames: cm.push and cm.popret with the locals in the slack") {
    // s1..s4 is the list {ra, s0-s4}: 6 registers in an 8-word block, so 2 locals fit
    CHECK_EQ(encode(kRv32ExtZcmp, [](AsmRv32& a) { a.entry(2); a.exit(); }), "92 b8 92 be");
    // 10 locals: 8 left, two 16-byte chunks in the push's immediate
    CHECK_EQ(encode(kRv32ExtZcmp, [](AsmRv32& a) { a.entry(10); a.exit(); }), "9a b8 9a be");
}

TEST_CASE("asm_rv32: offset(base) operands, labels and li, as mpy-cross v1.28.0 writes them") {
    CompileResult r = compileRv32("@micropython.asm_rv32\ndef f(a0, a1):\n"
                                  "    lw(a2, -4(a1))\n    c_lw(a3, 4(a1))\n    sw(a2, 8(a0))\n"
                                  "    label(top)\n    c_bnez(a0, top)\n    beq(a0, a1, end)\n"
                                  "    li(a0, 0x12345)\n    label(end)\n");
    REQUIRE_FALSE(r.error);
    std::string err;
    MpyReadOptions options;
    options.allowNative = true;
    auto file = readMpy(r.mpy, err, options);
    REQUIRE(file);
    REQUIRE_EQ(file->root.children.size(), 1u);
    // the reference's bytes for this body, ending in c.jr ra
    CHECK_EQ(hex(file->root.children[0].funData),
             "03 a6 c5 ff d4 41 23 24 c5 00 01 e1 63 06 b5 00 37 25 01 00 13 05 55 34 82 80");
    CHECK_EQ(file->root.children[0].nativeNPosArgs, 2u);
}

TEST_CASE("asm_rv32: the reference's errors") {
    auto message = [](const char* body, uint32_t flags = 0) {
        CompileResult r = compileRv32(std::string("@micropython.asm_rv32\ndef f(a0):\n    ") + body + "\n", flags);
        return r.error ? r.error->message : std::string("(accepted)");
    };
    CHECK_EQ(message("c_lw(a3, 4(t0))"), "opcode 'c_lw' argument 3: unknown register");
    CHECK_EQ(message("lw(a3, a0)"), "opcode 'lw' argument 2: expecting offset");
    CHECK_EQ(message("lw(a3, -4096(a0))"), "opcode 'lw' argument 2: out of range");
    CHECK_EQ(message("sh1add(a0, a0, a1)"), "invalid RV32 instruction 'sh1add'");
    CHECK_EQ(message("sh1add(a0, a0, a1)", kRv32ExtZba), "(accepted)");
    CHECK_EQ(message("add(a0, a1)"), "opcode 'add': expecting 3 arguments");
    CHECK_EQ(message("c_addi(a0, 0)"), "opcode 'c_addi' argument 2: must not be zero");
    CHECK_EQ(message("beq(a0, a0, nowhere)"), "opcode 'beq' argument 3: undefined label 'nowhere'");
    CompileResult r = compileRv32("@micropython.asm_rv32\ndef f(a1):\n    nop()\n");
    REQUIRE(r.error);
    CHECK_EQ(r.error->message, "parameters must be registers in sequence a0 to a3");
}

TEST_CASE("-march=debug: mpy-cross's pseudo-assembly listing") {
    CompileInput input{"@micropython.viper\ndef f(p: ptr16) -> int:\n    return p[3]\n", "t.py", "t.py"};
    CompileOptions options;
    EmitterOptions emitter;
    emitter.haveNativeArch = true;
    emitter.arch = "debug";
    CompileResult r = compileModule(input, options, emitter);
    REQUIRE_FALSE(r.error);
    // mpy-cross v1.28.0's listing of this function, in parts: the entry, the 16-bit load's
    // offset form, the dead code after the return's jump, the labels as py/asmbase.c prints them
    const std::string& l = r.nativeListing;
    CHECK(l.rfind("ENTRY(f, num_locals=2)\n    load(r_fun_table, r_arg1, 1)\n", 0) == 0);
    CHECK(l.find("    call_ind(convert_obj_to_native)\n    mov_reg_reg(r_local1, r_ret)\n"
                 "    load16(r_ret, r_local1, 3)\n") != std::string::npos);
    CHECK(l.find("    jump(label_0)\n    dead_code mov_reg_imm(r_arg1, 0=0x0)\n") != std::string::npos);
    const std::string tail = "    dead_code jump(label_0)\nlabel(label_0)\nEXIT(0)\n";
    REQUIRE(l.size() >= tail.size());
    CHECK_EQ(l.substr(l.size() - tail.size()), tail);
    // no machine code: the .mpy holds the prelude, with arch 13 in the header
    CHECK_EQ(r.mpy[2], 0x37);
}
