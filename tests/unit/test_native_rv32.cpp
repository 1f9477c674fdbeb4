// RV32: AsmRv32's encodings (checked against the RISC-V ISA manual's bit layouts) and the
// reference's frame rules that shape the bytes: the saved-register set that grows across the
// functions of a module, and Zcmp's cm.push/cm.popret frames.
#include "TestUtil.h"

#include "native/AsmRv32.h"

#include <doctest/doctest.h>

using mpyc::test::hex;
using namespace mpyc;

namespace {

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
