// AsmX64: the x64 assembler (the encodings py/asmx64.c writes), and the x64 register map.
//
// Instructions are grouped by encoding form: register-register ALU forms (REX.W, opcode,
// ModRM 11 src dst), memory forms (ModRM with no, 8- or 32-bit displacement, SIB for rsp),
// immediates (imm32 zero-extended when the value fits 32 unsigned bits, else imm64),
// branches (rel8 only backward and in range, else rel32).
#pragma once

#include "native/NativeAsm.h"

namespace mpyc {

namespace x64 {
enum Reg : int { RAX = 0, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
}

// py/asmx64.h's register roles; py/emitnx64.c's NLR_BUF_IDX_LOCAL_1 = 5 (rbx).
extern const NativeArch kArchX64;

class AsmX64 final : public NativeAsm {
public:
    AsmX64() : NativeAsm(kArchX64) {}

    void entry(unsigned numLocals) override;
    void exit() override;
    void jump(Label label) override;
    void jumpIfRegZero(int reg, Label label, bool boolTest) override;
    void jumpIfRegNonzero(int reg, Label label, bool boolTest) override;
    void jumpIfRegEq(int reg1, int reg2, Label label) override;
    void jumpReg(int reg) override;
    void callInd(unsigned funIndex) override;
    void movLocalReg(int local, int reg) override;
    void movRegImm(int reg, int64_t imm) override;
    void movRegLocal(int reg, int local) override;
    void movRegReg(int dest, int src) override;
    void movRegLocalAddr(int reg, int local) override;
    void movRegPcrel(int reg, Label label) override;
    void clrReg(int reg) override;
    void notReg(int reg) override;
    void negReg(int reg) override;
    void alu(AluOp op, int dest, int src) override;
    void shift(ShiftOp op, int dest, int src) override;
    void compareSet(unsigned opIndex, int dest, int lhs, int rhs) override;
    void loadWord(int dest, int base, int offset) override;
    void storeWord(int src, int base, int offset) override;
    void load(unsigned bits, int dest, int base, int offset) override;
    void store(unsigned bits, int src, int base, int offset) override;

private:
    enum Cond : uint8_t { B = 0x2, AE = 0x3, E = 0x4, NE = 0x5, BE = 0x6, A = 0x7, L = 0xc, GE = 0xd, LE = 0xe, G = 0xf };
    void regReg(uint8_t opcode, int rm, int reg);        // REX.W op ModRM(11, reg, rm)
    void memOperand(int reg, int base, int32_t disp);    // ModRM (+SIB) (+disp)
    void subRspImm(int32_t bytes);                       // sub rsp, imm8/imm32
    void jcc(Cond cond, Label label);
    void testReg(int reg, bool byteTest);
    unsigned frameWords_ = 0;
};

} // namespace mpyc
