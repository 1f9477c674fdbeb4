// AsmArm: the ARM-state assembler (the encodings py/asmarm.c writes) for -march=armv6, and
// its register map. Every instruction is one 32-bit word, condition AL unless it says
// otherwise; immediates that do not fit an 8-bit field go through a literal word the code
// branches over, offsets that do not fit through r8.
#pragma once

#include "native/NativeAsm.h"

namespace mpyc {

// py/asmarm.h's register roles; py/emitnarm.c's NLR_BUF_IDX_LOCAL_1 = 3 (r4).
extern const NativeArch kArchArm;

class AsmArm final : public NativeAsm {
public:
    AsmArm() : NativeAsm(kArchArm) {}

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
    void loadWord(int dest, int base, int offset) override { load(32, dest, base, offset); }
    void storeWord(int src, int base, int offset) override { store(32, src, base, offset); }
    void load(unsigned bits, int dest, int base, int offset) override;
    void store(unsigned bits, int src, int base, int offset) override;
    bool hasIndexedAccess(unsigned) const override { return true; }
    void loadIndexed(unsigned bits, int dest, int base, int index) override;
    void storeIndexed(unsigned bits, int src, int base, int index) override;

private:
    void op(uint32_t word);   // with its own condition
    void opAl(uint32_t word); // condition AL
    void bcc(uint32_t cond, Label label);
    uint32_t pushRegs_ = 0;
    uint32_t stackAdjust_ = 0;
};

} // namespace mpyc
