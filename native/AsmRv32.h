// AsmRv32: the RISC-V RV32IMC assembler (the encodings py/asmrv32.c writes) with the optional
// Zba and Zcmp extensions (-march-flags=zba,zcmp), and its register map.
//
// The encodings are grouped by form (R, I, S, B, U, J and the compressed CR, CI, CSS, CIW,
// CL/CS, CA, CB, CJ and Zcmp's CMPP): one encoder per form in Rv32Encode below, the opcode bits
// of each instruction as the arguments of that encoder. The inline assembler (InlineRv32) uses
// the same encoders.
//
// Two reference behaviours shape the bytes and are kept on purpose:
// - the set of registers a function saves (`savedMask_`) lives in the assembler object, which
//   serves every native scope of a module, and only grows: a call adds `ra`, a call through
//   `c.lw` adds `s0`, so a function saves what any function compiled before it needed;
// - immediates and offsets are range-checked on their low 32 bits only (the reference's
//   FIT_SIGNED and MP_FIT_SIGNED use 32-bit masks on a 64-bit host).
#pragma once

#include "native/NativeAsm.h"

namespace mpyc {

extern const NativeArch kArchRv32;

// -march-flags bits (asmrv32.h RV32_EXT_*), written into the .mpy header as they are
enum : uint32_t { kRv32ExtZba = 1, kRv32ExtZcmp = 2 };

// The instruction forms (RV32_ENCODE_TYPE_* in py/asmrv32.h); immediates are the raw values
// the form scatters into its fields.
namespace rv32 {
uint32_t typeR(uint32_t op, uint32_t f3, uint32_t f7, uint32_t rd, uint32_t rs1, uint32_t rs2);
uint32_t typeI(uint32_t op, uint32_t f3, uint32_t rd, uint32_t rs, uint32_t imm);
uint32_t typeS(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, uint32_t imm);
uint32_t typeB(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, uint32_t imm);
uint32_t typeU(uint32_t op, uint32_t rd, uint32_t imm);
uint32_t typeJ(uint32_t op, uint32_t rd, uint32_t imm);
uint32_t typeCsrI(uint32_t op, uint32_t f3, uint32_t rd, uint32_t csr, uint32_t imm);
uint32_t typeCR(uint32_t op, uint32_t f4, uint32_t rs1, uint32_t rs2);
uint32_t typeCI(uint32_t op, uint32_t f3, uint32_t rd, uint32_t imm);
uint32_t typeCSS(uint32_t op, uint32_t f3, uint32_t rs, uint32_t imm);
uint32_t typeCIW(uint32_t op, uint32_t f3, uint32_t rd, uint32_t imm);
uint32_t typeCL(uint32_t op, uint32_t f3, uint32_t rd, uint32_t rs, uint32_t imm); // also CS
uint32_t typeCA(uint32_t op, uint32_t f6, uint32_t f2, uint32_t rd, uint32_t rs);
uint32_t typeCB(uint32_t op, uint32_t f3, uint32_t rs, uint32_t imm);
uint32_t typeCJ(uint32_t op, uint32_t f3, uint32_t imm);
uint32_t typeCMPP(uint32_t op, uint32_t f6, uint32_t f2, uint32_t rlist, uint32_t imm);
// c.beqz/c.bnez offsets and c.andi/c.srli/c.srai immediates, rearranged for typeCB
uint32_t cbBranchOffset(uint32_t offset);
// The reference's range tests (asmrv32.c FIT_SIGNED/FIT_UNSIGNED): the low 32 bits only.
bool fitsSigned(int64_t value, unsigned bits);
bool fitsUnsigned(int64_t value, unsigned bits);
// x8..x15, the registers the compressed forms name in 3 bits
inline bool inCWindow(int reg) { return reg >= 8 && reg <= 15; }
} // namespace rv32

class AsmRv32 final : public NativeAsm {
public:
    explicit AsmRv32(uint32_t extensions) : NativeAsm(kArchRv32), ext_(extensions) {}

    void entry(unsigned numLocals) override;
    void exit() override;
    void jump(Label label) override;
    void jumpIfRegZero(int reg, Label label, bool) override { jumpIfRegEq(reg, 0, label); }
    void jumpIfRegNonzero(int reg, Label label, bool boolTest) override;
    void jumpIfRegEq(int reg1, int reg2, Label label) override;
    void jumpReg(int reg) override { op16(rv32::typeCR(2, 8, uint32_t(reg), 0)); } // c.jr
    void callInd(unsigned funIndex) override;
    void movLocalReg(int local, int reg) override;
    void movRegImm(int reg, int64_t imm) override { loadImmediate(reg, imm); }
    void movRegLocal(int reg, int local) override;
    void movRegReg(int dest, int src) override { op16(rv32::typeCR(2, 8, uint32_t(dest), uint32_t(src))); } // c.mv
    void movRegLocalAddr(int reg, int local) override;
    void movRegPcrel(int reg, Label label) override;
    void clrReg(int reg) override { cli(reg, 0); }
    void notReg(int reg) override { op32w(rv32::typeI(0x13, 4, uint32_t(reg), uint32_t(reg), 0xfff)); } // xori -1
    void negReg(int reg) override { op32w(rv32::typeR(0x33, 0, 0x20, uint32_t(reg), 0, uint32_t(reg))); } // sub
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

    // What the inline assembler shares.
    void op32w(uint32_t word) { data(4, word); }
    void cli(int reg, int32_t imm) { op16(rv32::typeCI(1, 2, uint32_t(reg), uint32_t(imm))); }
    // li: c.li, addi from zero, or lui/c.lui plus c.addi/addi
    void loadImmediate(int reg, int64_t imm);
    // la: auipc + addi to a displacement
    void loadAddress(int reg, int64_t displacement);
    bool zba() const { return ext_ & kRv32ExtZba; }

private:
    bool zcmp() const { return ext_ & kRv32ExtZcmp; }
    void loadUpper(int reg, uint64_t upper);
    void loadLower(int reg, uint64_t lower);
    void loadFull(int reg, int64_t imm);
    void adjustStack(int64_t bytes);
    void longJump(int64_t displacement); // auipc t3 + jalr x0
    // The label's displacement from here, and whether it is a known backward one.
    bool backward(Label label, int64_t& displacement) const;
    void scaledAddress(unsigned size, int base, int index); // into REG_TEMP2

    uint32_t ext_;
    uint32_t savedMask_ = 0;
    uint32_t numLocals_ = 0;
    uint32_t stackSize_ = 0; // Zcmp: the extra bytes, with the push's stack chunks in bits 0-1
    uint32_t localsOffset_ = 0;
};

} // namespace mpyc
