// AsmThumb: the Thumb assembler (the encodings py/asmthumb.c writes) for armv6m (Thumb-1
// only) and the ARMv7-M family (armv7m, armv7em, armv7emsp, armv7emdp, which give the same
// native code), and the Thumb register map.
//
// The two differ where a 32-bit Thumb-2 encoding exists: long and conditional branches
// (b.w / bcc.w against armv6m's fixed-size sequences), immediates (movw/movt against
// movs/lsls/adds and literal words), loads and stores with large offsets (the T3 form),
// pc-relative addresses and the viper comparisons (an IT block against a branch). Each of
// these is one `if (v7m_)` in the instruction it concerns. Instructions are 16-bit formats
// 1-11 of the Thumb instruction set (op16) or 32-bit Thumb-2 pairs (op32).
#pragma once

#include "native/NativeAsm.h"

namespace mpyc {

// py/asmthumb.h's register roles; py/emitnthumb.c's NLR_BUF_IDX_LOCAL_1 = 3 (r4).
extern const NativeArch kArchThumb;

class AsmThumb final : public NativeAsm {
public:
    // `v7m`: the ARMv7-M encodings are allowed (armv7m and later)
    explicit AsmThumb(bool v7m) : NativeAsm(kArchThumb), v7m_(v7m) {}

    void entry(unsigned numLocals) override;
    void exit() override;
    void jump(Label label) override;
    void jumpIfRegZero(int reg, Label label, bool boolTest) override;
    void jumpIfRegNonzero(int reg, Label label, bool boolTest) override;
    void jumpIfRegEq(int reg1, int reg2, Label label) override;
    void jumpReg(int reg) override;
    void callInd(unsigned funIndex) override;
    void callSetupCodeState(unsigned funIndex) override;
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

    // For the inline assembler: the encodings it shares with the native emitter.
    bool v7m() const { return v7m_; }
    void movImm16(uint32_t movOp, int reg, uint32_t imm); // movw (0xf240) / movt (0xf2c0)
    // b.n, bcc.n (or bcc.w when `wide`) and bl to a label; false when out of range in the
    // emit pass
    bool branchNarrow(Label label);
    bool branchCond(unsigned cond, Label label, bool wide);
    bool branchLink(Label label);
    // ARM state (-march=armv6) runs Thumb code through a trampoline of this many bytes
    static constexpr size_t kArmToThumbPreludeBytes = 20;
    void armToThumbPrelude();

private:
    void movLowImm8(int reg, uint32_t imm);       // movs rlo, #imm8
    void movLowImm16(int reg, uint32_t imm);      // movs, lsls #8, adds (armv6m)
    void movImm32(int reg, uint32_t imm);         // movw+movt, or a literal word (armv6m)
    void lslImm(int dest, int src, unsigned shift);
    void addRegOffset(int dest, int base, uint32_t offset, unsigned shift);
    void loadStore(bool isLoad, unsigned size, int reg, int base, uint32_t offset);
    void bcc(unsigned cond, Label label);
    void checkLocal(int local);

    bool v7m_;
    uint32_t pushRegs_ = 0;
    uint32_t stackAdjust_ = 0;
};

} // namespace mpyc
