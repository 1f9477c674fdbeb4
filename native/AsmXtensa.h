// AsmXtensa: the Xtensa assembler (the encodings py/asmxtensa.c writes) for the call0 ABI
// (-march=xtensa, ESP8266) and the windowed ABI (-march=xtensawin, ESP32), and their register
// maps.
//
// Instructions are 24-bit (RRR, RRI8, RI16, CALL, BRI12 formats) or 16-bit narrow forms.
// Constants that do not fit movi live in a literal pool at the start of the function, behind
// a `j` and a padding byte; its size is the count of the previous pass, which is why the
// reference sizes Xtensa code twice. The two ABIs differ in the frame (entry/retw against
// addi/ret with saved a0 and a12-a15), the call (callx8 through a8 against callx0 through a0)
// and the registers, all named where they are used.
#pragma once

#include "native/NativeAsm.h"

namespace mpyc {

extern const NativeArch kArchXtensa;
extern const NativeArch kArchXtensaWin;

class AsmXtensa final : public NativeAsm {
public:
    explicit AsmXtensa(bool windowed) : NativeAsm(windowed ? kArchXtensaWin : kArchXtensa), win_(windowed) {}

    void endPass() override;
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
    void clrReg(int reg) override { movin(reg, 0); }
    void notReg(int) override {} // none: the emitter xors with -1 (hasNot is false)
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

    // The raw instructions the inline assembler shares.
    void op24(uint32_t op) { data(3, op & 0xffffff); }
    void movi(int reg, int32_t imm12);
    void movin(int reg, int32_t imm7); // movi.n, -32..95
    void addn(int dest, int a, int b);
    void l32in(int dest, int base, uint32_t wordOffset);
    void s32in(int src, int base, uint32_t wordOffset);
    void l32r(int reg, uint32_t at, uint32_t dest);
    void j(int32_t rel);
    void bccz(unsigned cond, int reg, Label label);
    void bcc(unsigned cond, int reg1, int reg2, Label label);
    void movImm32(int reg, uint32_t value); // an l32r from the literal pool

private:
    int savedWords() const { return win_ ? 1 : 5; }

    bool win_;
    uint32_t curConst_ = 0, numConst_ = 0;
    size_t poolOffset_ = 0;
    uint8_t* pool_ = nullptr;
    uint32_t stackAdjust_ = 0;
};

} // namespace mpyc
