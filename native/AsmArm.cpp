// ARM-state encodings; see AsmArm.h. Byte for byte what py/asmarm.c writes.
#include "native/AsmArm.h"

namespace mpyc {

// py/asmarm.h: REG_RET r0, REG_ARG_1..4 r0-r3, REG_TEMP0..2 r0-r2, REG_LOCAL_1..3 r4-r6,
// REG_FUN_TABLE r7 (r8 is the assembler's own temporary). nlr_buf_t as on Thumb: 19 words,
// r4 its word 3.
const NativeArch kArchArm = {
    "arm", 3, 4,
    0, 0,
    {0, 1, 2, 3}, {0, 1, 2, 3},
    {0, 1, 2},
    {4, 5, 6},
    7,
    /*regZero=*/-1,
    /*nlrBufWords=*/19, /*nlrBufLocal1=*/3,
    /*shiftCountInCl=*/false, /*byteStoreFromArg3=*/false, /*hasNot=*/true,
    /*nlrSetjmp=*/false, /*argsOnStack=*/false,
};

namespace {

constexpr uint32_t kR8 = 8, kSp = 13, kLr = 14, kPc = 15, kFunTable = 7;
constexpr uint32_t kAl = 0xeu << 28;
enum : uint32_t { EQ = 0x0u << 28, NE = 0x1u << 28, CS = 0x2u << 28, CC = 0x3u << 28, HI = 0x8u << 28,
                  LS = 0x9u << 28, GE = 0xau << 28, LT = 0xbu << 28, GT = 0xcu << 28, LE = 0xdu << 28 };

uint32_t movReg(uint32_t rd, uint32_t rm) { return 0x1a00000 | rd << 12 | rm; }
uint32_t movImm(uint32_t rd, uint32_t imm) { return 0x3a00000 | rd << 12 | imm; }
uint32_t addImm(uint32_t rd, uint32_t rn, uint32_t imm) { return 0x2800000 | rn << 16 | rd << 12 | (imm & 0xff); }
uint32_t addReg(uint32_t rd, uint32_t rn, uint32_t rm) { return 0x0800000 | rn << 16 | rd << 12 | rm; }
uint32_t subImm(uint32_t rd, uint32_t rn, uint32_t imm) { return 0x2400000 | rn << 16 | rd << 12 | (imm & 0xff); }
uint32_t subReg(uint32_t rd, uint32_t rn, uint32_t rm) { return 0x0400000 | rn << 16 | rd << 12 | rm; }

} // namespace

void AsmArm::op(uint32_t word) { data(4, word); }
void AsmArm::opAl(uint32_t word) { data(4, word | kAl); }

void AsmArm::movRegImm(int reg, int64_t imm64) {
    int32_t imm = static_cast<int32_t>(imm64);
    uint32_t rd = uint32_t(reg);
    if ((imm & 0xff) == imm) {
        opAl(movImm(rd, uint32_t(imm)));
    } else if (imm < 0 && imm >= -256) {
        opAl(0x3e00000 | rd << 12 | uint32_t(~imm)); // mvn rd, #~imm
    } else {
        opAl(0x59f0000 | rd << 12); // ldr rd, [pc]
        opAl(0xa000000);            // b pc (over the literal)
        op(uint32_t(imm));
    }
}

void AsmArm::entry(unsigned numLocals) {
    pushRegs_ = 0x1fe; // r1-r8: r1-r3 are the first local slots
    stackAdjust_ = numLocals > 3 ? numLocals * 4 + (numLocals & 1) * 4 : 0;
    opAl(0x92d0000 | pushRegs_ | 1u << kLr); // push {r1-r8, lr}
    if (stackAdjust_ == 0) return;
    if (stackAdjust_ < 0x100) {
        opAl(subImm(kSp, kSp, stackAdjust_));
    } else {
        movRegImm(kR8, stackAdjust_);
        opAl(subReg(kSp, kSp, kR8));
    }
}

void AsmArm::exit() {
    if (stackAdjust_ > 0) {
        if (stackAdjust_ < 0x100) {
            opAl(addImm(kSp, kSp, stackAdjust_));
        } else {
            movRegImm(kR8, stackAdjust_);
            opAl(addReg(kSp, kSp, kR8));
        }
    }
    opAl(0x8bd0000 | pushRegs_ | 1u << kPc); // pop {r1-r8, pc}
}

void AsmArm::bcc(uint32_t cond, Label label) {
    // one size only: b<cc> with a 24-bit word offset from pc + 8
    int64_t rel = (int64_t(labelOffset(label)) - int64_t(codePos()) - 8) >> 2;
    op(cond | 0xa000000 | (uint32_t(rel) & 0xffffff));
}

void AsmArm::jump(Label label) { bcc(kAl, label); }

void AsmArm::jumpIfRegZero(int reg, Label label, bool) {
    opAl(0x3500000 | uint32_t(reg) << 16); // cmp reg, #0
    bcc(EQ, label);
}

void AsmArm::jumpIfRegNonzero(int reg, Label label, bool) {
    opAl(0x3500000 | uint32_t(reg) << 16);
    bcc(NE, label);
}

void AsmArm::jumpIfRegEq(int reg1, int reg2, Label label) {
    opAl(0x1500000 | uint32_t(reg1) << 16 | uint32_t(reg2)); // cmp reg1, reg2
    bcc(EQ, label);
}

void AsmArm::jumpReg(int reg) { opAl(0x012fff10 | uint32_t(reg)); } // bx

void AsmArm::callInd(unsigned funIndex) {
    opAl(movReg(kLr, kPc));                      // mov lr, pc
    opAl(0x597f000 | uint32_t(funIndex) << 2);    // ldr pc, [r7, #4*index]
}

void AsmArm::movLocalReg(int local, int reg) { opAl(0x58d0000 | uint32_t(reg) << 12 | uint32_t(local) << 2); }
void AsmArm::movRegLocal(int reg, int local) { opAl(0x59d0000 | uint32_t(reg) << 12 | uint32_t(local) << 2); }
void AsmArm::movRegReg(int dest, int src) { opAl(movReg(uint32_t(dest), uint32_t(src))); }

void AsmArm::movRegLocalAddr(int reg, int local) {
    if (local >= 0x40) {
        movRegImm(kR8, local << 2);
        opAl(addReg(uint32_t(reg), kSp, kR8));
    } else {
        opAl(addImm(uint32_t(reg), kSp, uint32_t(local) << 2));
    }
}

void AsmArm::movRegPcrel(int reg, Label label) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos()) - (12 + 8); // the literal, then pc+8
    opAl(0x59f0000 | uint32_t(reg) << 12); // ldr rd, [pc]
    opAl(0xa000000);                       // b pc
    op(uint32_t(rel));
    opAl(addReg(uint32_t(reg), uint32_t(reg), kPc));
}

void AsmArm::clrReg(int reg) { alu(AluOp::Xor, reg, reg); }
void AsmArm::notReg(int reg) { opAl(0x1e00000 | uint32_t(reg) << 12 | uint32_t(reg)); } // mvn
void AsmArm::negReg(int reg) { opAl(0x2600000 | uint32_t(reg) << 16 | uint32_t(reg) << 12); } // rsb reg, reg, #0

void AsmArm::alu(AluOp aluOp, int dest, int src) {
    uint32_t d = uint32_t(dest), s = uint32_t(src);
    switch (aluOp) {
    case AluOp::Or: opAl(0x1800000 | d << 16 | d << 12 | s); break;
    case AluOp::Xor: opAl(0x0200000 | d << 16 | d << 12 | s); break;
    case AluOp::And: opAl(0x0000000 | d << 16 | d << 12 | s); break;
    case AluOp::Add: opAl(addReg(d, d, s)); break;
    case AluOp::Sub: opAl(subReg(d, d, s)); break;
    case AluOp::Mul: opAl(0x0000090 | d << 16 | d << 8 | s); break; // mul d, s, d
    }
}

void AsmArm::shift(ShiftOp shiftOp, int dest, int src) {
    uint32_t kind = shiftOp == ShiftOp::Left ? 0x10 : shiftOp == ShiftOp::RightLogical ? 0x30 : 0x50;
    opAl(0x1a00000 | kind | uint32_t(dest) << 12 | uint32_t(src) << 8 | uint32_t(dest)); // mov d, d, <shift> s
}

void AsmArm::compareSet(unsigned opIndex, int dest, int lhs, int rhs) {
    static const uint32_t conds[12] = {CC, HI, EQ, LS, CS, NE, LT, GT, EQ, LE, GE, NE};
    uint32_t cond = conds[opIndex];
    opAl(0x1500000 | uint32_t(lhs) << 16 | uint32_t(rhs)); // cmp lhs, rhs
    op(movImm(uint32_t(dest), 1) | cond);                  // mov<cc> dest, #1
    op(movImm(uint32_t(dest), 0) | (cond ^ (1u << 28)));   // mov<!cc> dest, #0
}

void AsmArm::load(unsigned bits, int dest, int base, int offset) {
    uint32_t rd = uint32_t(dest), rn = uint32_t(base);
    uint32_t bytes = uint32_t(offset) * (bits / 8);
    if (bits == 16) {
        if (bytes < 0x100) {
            opAl(0x1d000b0 | rn << 16 | rd << 12 | (bytes & 0xf0) << 4 | (bytes & 0xf)); // ldrh
        } else {
            movRegImm(kR8, bytes);
            opAl(0x19000b0 | rn << 16 | rd << 12 | kR8);
        }
        return;
    }
    uint32_t imm = bits == 8 ? 0x5d00000 : 0x5900000; // ldrb / ldr [rn, #imm12]
    uint32_t reg = bits == 8 ? 0x7d00000 : 0x7900000; // ldrb / ldr [rn, r8]
    if (bytes < 0x1000) {
        opAl(imm | rn << 16 | rd << 12 | bytes);
    } else {
        movRegImm(kR8, bytes);
        opAl(reg | rn << 16 | rd << 12 | kR8);
    }
}

void AsmArm::store(unsigned bits, int src, int base, int offset) {
    uint32_t rd = uint32_t(src), rn = uint32_t(base);
    uint32_t bytes = uint32_t(offset) * (bits / 8);
    if (bits == 16) {
        if (bytes < 0x100) {
            opAl(0x1c000b0 | rn << 16 | rd << 12 | (bytes & 0xf0) << 4 | (bytes & 0xf)); // strh
        } else {
            movRegImm(kR8, bytes);
            opAl(0x18000b0 | rn << 16 | rd << 12 | kR8);
        }
        return;
    }
    uint32_t imm = bits == 8 ? 0x5c00000 : 0x5800000;
    uint32_t reg = bits == 8 ? 0x7c00000 : 0x7800000;
    if (bytes < 0x1000) {
        opAl(imm | rn << 16 | rd << 12 | bytes);
    } else {
        movRegImm(kR8, bytes);
        opAl(reg | rn << 16 | rd << 12 | kR8);
    }
}

void AsmArm::loadIndexed(unsigned bits, int dest, int base, int index) {
    uint32_t rd = uint32_t(dest), rm = uint32_t(base), rn = uint32_t(index);
    if (bits == 8) {
        opAl(0x7d00000 | rm << 16 | rd << 12 | rn); // ldrb rd, [rm, rn]
    } else if (bits == 16) {
        opAl(0x1a00080 | kR8 << 12 | rn);           // mov r8, rn, lsl #1
        opAl(0x19000b0 | rm << 16 | rd << 12 | kR8); // ldrh rd, [rm, r8]
    } else {
        opAl(0x7900100 | rm << 16 | rd << 12 | rn); // ldr rd, [rm, rn, lsl #2]
    }
}

void AsmArm::storeIndexed(unsigned bits, int src, int base, int index) {
    uint32_t rd = uint32_t(src), rm = uint32_t(base), rn = uint32_t(index);
    if (bits == 8) {
        opAl(0x7c00000 | rm << 16 | rd << 12 | rn);
    } else if (bits == 16) {
        opAl(0x1a00080 | kR8 << 12 | rn);
        opAl(0x18000b0 | rm << 16 | rd << 12 | kR8);
    } else {
        opAl(0x7800100 | rm << 16 | rd << 12 | rn);
    }
}

} // namespace mpyc
