// AsmDebug: -march=debug, mpy-cross's pseudo-assembler (py/emitndebug.c). It writes no machine
// code: each generic operation becomes a line of a listing, printed in the emit pass
// ("    op(args)", "dead_code " after an unconditional jump until the next label, ENTRY and
// EXIT unindented, "label(label_N)" as py/asmbase.c prints it). The .mpy keeps what the
// emitter writes as data (the prelude). Registers are named by role (r_ret, r_arg1, ...).
#pragma once

#include "native/NativeAsm.h"

#include <string>

namespace mpyc {

extern const NativeArch kArchDebug;

class AsmDebug final : public NativeAsm {
public:
    AsmDebug() : NativeAsm(kArchDebug) {}

    // The listing of every function emitted so far.
    const std::string& listing() const override { return listing_; }

    void entry(unsigned numLocals) override;
    void exit() override { print("EXIT(0)"); }
    void jump(Label label) override { print("jump(" + lab(label) + ")"); }
    void jumpIfRegZero(int reg, Label label, bool boolTest) override {
        print("jump_if_reg_zero(" + r(reg) + ", " + lab(label) + (boolTest ? ", true)" : ", false)"));
    }
    void jumpIfRegNonzero(int reg, Label label, bool boolTest) override {
        print("jump_if_reg_nonzero(" + r(reg) + ", " + lab(label) + (boolTest ? ", true)" : ", false)"));
    }
    void jumpIfRegEq(int reg1, int reg2, Label label) override {
        print("jump_if_reg_eq(" + r(reg1) + ", " + r(reg2) + ", " + lab(label) + ")");
    }
    void jumpReg(int reg) override { print("jump_reg(" + r(reg) + ")"); }
    void callInd(unsigned funIndex) override;
    void movLocalReg(int local, int reg) override { print("mov_local_reg(local_" + std::to_string(local) + ", " + r(reg) + ")"); }
    void movRegImm(int reg, int64_t imm) override;
    void movRegLocal(int reg, int local) override { print("mov_reg_local(" + r(reg) + ", local_" + std::to_string(local) + ")"); }
    void movRegReg(int dest, int src) override { print("mov_reg_reg(" + r(dest) + ", " + r(src) + ")"); }
    void movRegLocalAddr(int reg, int local) override {
        print("mov_reg_local_addr(" + r(reg) + ", local_" + std::to_string(local) + ")");
    }
    void movRegPcrel(int reg, Label label) override { print("mov_reg_pcrel(" + r(reg) + ", " + lab(label) + ")"); }
    void clrReg(int reg) override { print("clr(" + r(reg) + ")"); }
    void notReg(int reg) override { print("not(" + r(reg) + ")"); }
    void negReg(int reg) override { print("neg(" + r(reg) + ")"); }
    void alu(AluOp op, int dest, int src) override;
    void shift(ShiftOp op, int dest, int src) override;
    void compareSet(unsigned opIndex, int dest, int lhs, int rhs) override {
        print("setcc(" + std::to_string(opIndex) + ", " + r(dest) + ", " + r(lhs) + ", " + r(rhs) + ")");
    }
    void loadWord(int dest, int base, int offset) override {
        print("load(" + r(dest) + ", " + r(base) + ", " + std::to_string(offset) + ")");
    }
    void storeWord(int src, int base, int offset) override {
        print("store(" + r(src) + ", " + r(base) + ", " + std::to_string(offset) + ")");
    }
    // Only the 16-bit load has an offset form here (ASM_LOAD16_REG_REG_OFFSET).
    bool hasOffsetLoad(unsigned bits) const override { return bits == 16; }
    bool hasOffsetStore(unsigned) const override { return false; }
    void load(unsigned bits, int dest, int base, int offset) override {
        print("load" + std::to_string(bits) + "(" + r(dest) + ", " + r(base) + ", " + std::to_string(offset) + ")");
    }
    void loadNoOffset(unsigned bits, int dest, int base) override {
        print("load" + std::to_string(bits) + "(" + r(dest) + ", " + r(base) + ")");
    }
    void store(unsigned bits, int src, int base, int offset) override { (void)offset, storeNoOffset(bits, src, base); }
    void storeNoOffset(unsigned bits, int src, int base) override {
        print("store" + std::to_string(bits) + "(" + r(src) + ", " + r(base) + ")");
    }

protected:
    void labelEmitted(Label label) override { listing_ += "label(" + lab(label) + ")\n"; }

private:
    void print(const std::string& line);
    static std::string r(int reg);
    static std::string lab(Label label) { return "label_" + std::to_string(label); }

    std::string listing_;
};

} // namespace mpyc
