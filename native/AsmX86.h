// AsmX86: the assembler of the x86 family, x64 (py/asmx64.c) and x86 (py/asmx86.c), and
// their register maps.
//
// Both write the same opcodes; x64 adds REX prefixes (REX.W on word-sized forms, R and B for
// r8-r15) and 64-bit immediates, and the two differ in a few named places: the registers an
// entry saves, the frame's alignment, how a pc-relative address is made, and x86's cdecl
// calls that push their arguments. Instructions are grouped by encoding form:
// register-register forms (opcode, ModRM 11 src dst), memory forms (ModRM with no, 8- or
// 32-bit displacement, SIB for esp/rsp), immediates, branches (rel8 only backward and in
// range, else rel32).
#pragma once

#include "native/NativeAsm.h"

namespace mpyc {

namespace x86 {
// The same numbers name eax..edi on x86 and rax..rdi on x64.
enum Reg : int { RAX = 0, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
}

extern const NativeArch kArchX64;
extern const NativeArch kArchX86;

class AsmX86 final : public NativeAsm {
public:
    // x64 when `wide`, else x86
    explicit AsmX86(bool wide) : NativeAsm(wide ? kArchX64 : kArchX86), wide_(wide) {}

    void entry(unsigned numLocals) override;
    void exit() override;
    void jump(Label label) override;
    void jumpIfRegZero(int reg, Label label, bool boolTest) override;
    void jumpIfRegNonzero(int reg, Label label, bool boolTest) override;
    void jumpIfRegEq(int reg1, int reg2, Label label) override;
    void jumpReg(int reg) override;
    void callInd(unsigned funIndex) override;
    void movArgToReg(unsigned index, int reg) override;
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
    // A REX prefix (x64 only): W for a word-sized operation, R and B for r8-r15 in the ModRM
    // reg and rm fields; written when W is wanted or a register needs it.
    void rex(bool w, int reg, int rm);
    enum Cond : uint8_t { B = 0x2, AE = 0x3, E = 0x4, NE = 0x5, BE = 0x6, A = 0x7, L = 0xc, GE = 0xd, LE = 0xe, G = 0xf };
    void regReg(uint8_t opcode, int rm, int reg);        // (REX.W) op ModRM(11, reg, rm)
    void memOperand(int reg, int base, int32_t disp);    // ModRM (+SIB) (+disp)
    void addSpImm(uint8_t ext, int32_t bytes);           // add/sub esp|rsp, imm8/imm32
    void jcc(Cond cond, Label label);
    void testReg(int reg, bool byteTest);
    bool wide_;
    unsigned frameWords_ = 0;
};

} // namespace mpyc
