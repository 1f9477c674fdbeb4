// Thumb encodings; see AsmThumb.h. Byte for byte what py/asmthumb.c writes, its quirks
// included (the wide sub/add sp immediate that never sets the i bit, armv6m branches and
// literals whose size depends only on alignment).
#include "native/AsmThumb.h"

#include <cassert>

namespace mpyc {

// py/asmthumb.h: REG_RET r0, REG_ARG_1..4 r0-r3, REG_TEMP0..2 r0-r2, REG_LOCAL_1..3 r4-r6,
// REG_FUN_TABLE r7. nlr_buf_t on Thumb (the reference's "FP" layout, which mpy-cross uses
// for every Thumb target) is 2 + 16 + 1 = 19 words, and r4 is its word 3.
const NativeArch kArchThumb = {
    "thumb", 0, 4,
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

constexpr int kSp = 13, kPc = 15, kR1 = 1, kR2 = 2, kR3 = 3, kR4 = 4, kFunTable = 7;
constexpr uint32_t kNop = 0xbf00;
enum Cond : unsigned { EQ = 0, NE = 1, CS = 2, CC = 3, HI = 8, LS = 9, GE = 10, LT = 11, GT = 12, LE = 13 };

bool fitsSigned(int64_t v, unsigned bits) { return v >= -(int64_t(1) << (bits - 1)) && v < (int64_t(1) << (bits - 1)); }
uint32_t bN(int64_t rel) { return 0xe000 | ((uint32_t(rel) >> 1) & 0x07ff); }                      // b.n
uint32_t bccN(unsigned cc, int64_t rel) { return 0xd000 | cc << 8 | ((uint32_t(rel) >> 1) & 0x00ff); } // bcc.n
uint32_t format4(uint32_t op, int dest, int src) { return op | uint32_t(src) << 3 | uint32_t(dest); }
// format 5: add/mov/bx with high registers
uint32_t format5(uint32_t op, int dest, int src) { return op | (uint32_t(dest) << 4 & 0x80) | uint32_t(src) << 3 | (uint32_t(dest) & 7); }

// The T1 load/store opcode (bits 15-11) by size 0 (byte), 1 (halfword), 2 (word); | 1 loads.
const uint32_t kLoadStoreT1[3] = {0x0e, 0x10, 0x0c};

} // namespace

void AsmThumb::entry(unsigned numLocals) {
    // r1-r3 are pushed as well, as the first three local slots; r0 holds the return value
    pushRegs_ = numLocals <= 1 ? 0xf2 : 0xfe;
    stackAdjust_ = numLocals >= 4 ? ((numLocals - 3) + 1) & ~1u : 0; // 8-byte alignment
    op16(0xb500 | pushRegs_);                                        // push {..., lr}
    if (stackAdjust_ == 0) return;
    if (v7m_ && stackAdjust_ >= 128) {
        uint32_t imm = stackAdjust_ * 4; // sub.w sp, sp, #imm (the reference's imm11: no i bit)
        op32(0xf2a0 | kSp, (imm << 4 & 0x7000) | kSp << 8 | (imm & 0xff));
        return;
    }
    uint32_t adj = stackAdjust_;
    for (; adj >= 128; adj -= 127)
        op16(0xb080 | 127); // sub sp, #127*4
    op16(0xb080 | adj);
}

void AsmThumb::exit() {
    if (stackAdjust_ > 0) {
        if (v7m_ && stackAdjust_ >= 128) {
            uint32_t imm = stackAdjust_ * 4;
            op32(0xf200 | kSp, (imm << 4 & 0x7000) | kSp << 8 | (imm & 0xff));
        } else {
            uint32_t adj = stackAdjust_;
            for (; adj >= 128; adj -= 127)
                op16(0xb000 | 127);
            op16(0xb000 | adj);
        }
    }
    op16(0xbd00 | pushRegs_); // pop {..., pc}
}

void AsmThumb::movLowImm8(int reg, uint32_t imm) { op16(0x2000 | uint32_t(reg) << 8 | (imm & 0xff)); }

void AsmThumb::movImm16(uint32_t movOp, int reg, uint32_t imm) {
    op32(movOp | ((imm >> 1) & 0x0400) | ((imm >> 12) & 0xf), ((imm << 4) & 0x7000) | uint32_t(reg) << 8 | (imm & 0xff));
}

void AsmThumb::lslImm(int dest, int src, unsigned shift) { op16(shift << 6 | uint32_t(src) << 3 | uint32_t(dest)); }

void AsmThumb::movLowImm16(int reg, uint32_t imm) {
    movLowImm8(reg, (imm >> 8) & 0xff);
    lslImm(reg, reg, 8);
    op16(0x3000 | uint32_t(reg) << 8 | (imm & 0xff)); // adds rlo, #imm8
}

void AsmThumb::movImm32(int reg, uint32_t imm) {
    if (v7m_) {
        movImm16(0xf240, reg, imm & 0xffff); // movw
        movImm16(0xf2c0, reg, imm >> 16);    // movt
        return;
    }
    // armv6m: a literal word, 4-aligned, that the code branches over
    if (codePos() & 2) op16(kNop);
    op16(0x4800 | uint32_t(reg) << 8); // ldr rlo, [pc, #0]
    op16(bN(2));
    op16(imm & 0xffff);
    op16(imm >> 16);
}

void AsmThumb::movRegImm(int reg, int64_t imm64) {
    int32_t i32 = static_cast<int32_t>(imm64);
    uint32_t u = static_cast<uint32_t>(i32);
    if (reg < 8 && u < 256) {
        movLowImm8(reg, u);
    } else if (v7m_) {
        if (u <= 0xffff) {
            movImm16(0xf240, reg, u);
        } else {
            movImm32(reg, u);
        }
    } else {
        // armv6m: a shifted byte, a 16-bit value in three instructions, or a literal; negative
        // values (but 0x80000000) are negated first and negated back
        bool negate = i32 < 0 && (u + u) != 0;
        if (negate) u = 0u - u;
        unsigned clz = u ? __builtin_clz(u) : 32;
        unsigned ctz = u ? __builtin_ctz(u) : 0;
        if (clz + ctz >= 24) {
            movLowImm8(reg, (u >> ctz) & 0xff);
            lslImm(reg, reg, ctz);
        } else if (u <= 0xffff) {
            movLowImm16(reg, u);
        } else {
            if (negate) {
                negate = false; // a literal word holds the value as it is
                u = 0u - u;
            }
            movImm32(reg, u);
        }
        if (negate) op16(format4(0x4240, reg, reg)); // negs
    }
}

void AsmThumb::movRegReg(int dest, int src) {
    uint32_t lo = src < 8 ? uint32_t(src) << 3 : 0x40 | uint32_t(src - 8) << 3;
    lo |= dest < 8 ? uint32_t(dest) : 0x80 | uint32_t(dest - 8);
    op16(0x4600 | lo); // mov dest, src
}

void AsmThumb::checkLocal(int local) {
    // sp-relative loads and stores have an 8-bit word offset
    if (emitting() && (local < 0 || local > 255) && onError) onError("NotImplementedError", "too many locals for native method");
}

void AsmThumb::movLocalReg(int local, int reg) {
    checkLocal(local);
    op16(0x9000 | uint32_t(reg) << 8 | (uint32_t(local) & 0xff)); // str r, [sp, #4k]
}

void AsmThumb::movRegLocal(int reg, int local) {
    checkLocal(local);
    op16(0x9800 | uint32_t(reg) << 8 | (uint32_t(local) & 0xff)); // ldr r, [sp, #4k]
}

void AsmThumb::movRegLocalAddr(int reg, int local) {
    op16(0xa800 | uint32_t(reg) << 8 | (uint32_t(local) & 0xff)); // add r, sp, #4k
}

void AsmThumb::movRegPcrel(int reg, Label label) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos());
    rel |= 1; // stay in Thumb state when jumping there
    if (v7m_) {
        rel -= 6 + 4; // movw, sxth, then the add's pc+4
        movImm16(0xf240, reg, uint32_t(rel) & 0xffff);
    } else {
        rel -= 8 + 4;
        movLowImm16(reg, uint32_t(rel) & 0xffff);
    }
    op16(0xb200 | uint32_t(reg) << 3 | uint32_t(reg)); // sxth (kept on armv6m for a fixed size)
    op16(format5(0x4400, reg, kPc));                 // add r, pc
}

void AsmThumb::addRegOffset(int dest, int base, uint32_t offset, unsigned shift) {
    // dest = base + (offset << shift), for the generic load/store sequence
    assert(dest < 8 && base < 8);
    if ((offset << shift) < 256) {
        if (dest != base) movRegReg(dest, base);
        op16(0x3000 | uint32_t(dest) << 8 | ((offset << shift) & 0xff)); // adds
    } else if (offset < 256 && dest != base) {
        movLowImm8(dest, offset);
        lslImm(dest, dest, shift);
        op16(0x1800 | uint32_t(base) << 6 | uint32_t(dest) << 3 | uint32_t(dest)); // adds dest, dest, base
    } else if (dest != base) {
        movRegImm(dest, int32_t(offset << shift));
        op16(0x1800 | uint32_t(base) << 6 | uint32_t(dest) << 3 | uint32_t(dest));
    } else {
        int other = dest ^ 7;
        op16(0xb400 | 1u << other); // push {other}
        movRegImm(other, int32_t(offset << shift));
        op16(0x1800 | uint32_t(other) << 6 | uint32_t(dest) << 3 | uint32_t(dest));
        op16(0xbc00 | 1u << other); // pop {other}
    }
}

void AsmThumb::loadStore(bool isLoad, unsigned size, int reg, int base, uint32_t offset) {
    uint32_t t1 = (kLoadStoreT1[size] | (isLoad ? 1 : 0)) << 11;
    if (offset < 32 && reg < 8 && base < 8) {
        op16(t1 | offset << 6 | uint32_t(base) << 3 | uint32_t(reg)); // T1
    } else if (v7m_ && (offset << size) < 4096) {
        op32(0xf880 | size << 5 | uint32_t(base) | (isLoad ? 0x10 : 0), uint32_t(reg) << 12 | (offset << size)); // T3
    } else if (isLoad) {
        addRegOffset(reg, base, offset - 31, size);
        op16(t1 | 31 << 6 | uint32_t(reg) << 3 | uint32_t(reg));
    } else {
        op16(0xb400 | 1u << base); // push {base}
        addRegOffset(base, base, offset - 31, size);
        op16(t1 | 31 << 6 | uint32_t(base) << 3 | uint32_t(reg));
        op16(0xbc00 | 1u << base);
    }
}

static unsigned sizeCode(unsigned bits) { return bits == 8 ? 0 : bits == 16 ? 1 : 2; }

void AsmThumb::load(unsigned bits, int dest, int base, int offset) {
    loadStore(true, sizeCode(bits), dest, base, static_cast<uint32_t>(offset));
}

void AsmThumb::store(unsigned bits, int src, int base, int offset) {
    loadStore(false, sizeCode(bits), src, base, static_cast<uint32_t>(offset));
}

void AsmThumb::loadIndexed(unsigned bits, int dest, int base, int index) {
    if (bits == 8) {
        op16(0x5c00 | uint32_t(index) << 6 | uint32_t(base) << 3 | uint32_t(dest)); // ldrb
        return;
    }
    lslImm(kR2, index, bits == 16 ? 1 : 2); // the scaled index in REG_TEMP2
    op16((bits == 16 ? 0x5a00 : 0x5800) | uint32_t(kR2) << 6 | uint32_t(base) << 3 | uint32_t(dest));
}

void AsmThumb::storeIndexed(unsigned bits, int src, int base, int index) {
    if (bits == 8) {
        op16(0x5400 | uint32_t(index) << 6 | uint32_t(base) << 3 | uint32_t(src)); // strb
        return;
    }
    op16(0xb400 | 1u << index); // push {index}: it is scaled in place
    lslImm(index, index, bits == 16 ? 1 : 2);
    op16((bits == 16 ? 0x5200 : 0x5000) | uint32_t(index) << 6 | uint32_t(base) << 3 | uint32_t(src));
    op16(0xbc00 | 1u << index);
}

void AsmThumb::jump(Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos()) - 4; // pc is 4 bytes ahead
    if (dest != kUnknown && rel <= -4 && fitsSigned(rel, 12)) {
        op16(bN(rel)); // a backward jump in range
        return;
    }
    if (v7m_) {
        op32(0xf000 | ((uint32_t(rel) >> 12) & 0x07ff), 0xb800 | ((uint32_t(rel) >> 1) & 0x07ff)); // b.w
        return;
    }
    // armv6m: the same size whatever rel is (8 bytes, or 10 when not 4-aligned)
    bool align = codePos() & 2;
    if (fitsSigned(rel, 12)) {
        op16(bN(rel));
        op16(kNop);
        op16(kNop);
        op16(kNop);
        if (align) op16(kNop);
        return;
    }
    // ldr r1, [pc, #0]; add pc, r1; .word rel (r0 may hold the return value)
    rel -= 2;
    if (align) {
        op16(kNop);
        rel -= 2;
    }
    op16(0x4800 | uint32_t(kR1) << 8);
    op16(format5(0x4400, kPc, kR1));
    op16(uint32_t(rel) & 0xffff);
    op16((uint32_t(rel) >> 16) & 0xffff);
}

void AsmThumb::bcc(unsigned cond, Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos()) - 4;
    if (dest != kUnknown && rel <= -4 && fitsSigned(rel, 9)) {
        op16(bccN(cond, rel));
        return;
    }
    if (v7m_) {
        uint32_t r = uint32_t(rel);
        op32(0xf000 | cond << 6 | ((r >> 10) & 0x0400) | ((r >> 12) & 0x003f),
             0x8000 | ((r >> 5) & 0x2000) | ((r >> 8) & 0x0800) | ((r >> 1) & 0x07ff)); // bcc.w
        return;
    }
    // armv6m: the inverted condition over an unconditional jump
    size_t start = codePos();
    uint8_t* slot = write(2);
    jump(label);
    uint32_t op = bccN(cond ^ 1, int64_t(codePos() - start) - 4);
    if (slot) {
        slot[0] = static_cast<uint8_t>(op);
        slot[1] = static_cast<uint8_t>(op >> 8);
    }
}

bool AsmThumb::branchNarrow(Label label) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos()) - 4;
    op16(bN(rel));
    return !emitting() || fitsSigned(rel, 12);
}

bool AsmThumb::branchCond(unsigned cond, Label label, bool wide) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos()) - 4;
    if (!wide) {
        op16(bccN(cond, rel));
        return !emitting() || fitsSigned(rel, 9);
    }
    uint32_t r = uint32_t(rel);
    op32(0xf000 | cond << 6 | ((r >> 10) & 0x0400) | ((r >> 12) & 0x003f),
         0x8000 | ((r >> 5) & 0x2000) | ((r >> 8) & 0x0800) | ((r >> 1) & 0x07ff));
    return true;
}

bool AsmThumb::branchLink(Label label) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos()) - 4;
    op32(0xf000 | ((uint32_t(rel) >> 12) & 0x07ff), 0xf800 | ((uint32_t(rel) >> 1) & 0x07ff)); // bl
    return !emitting() || fitsSigned(rel, 23);
}

void AsmThumb::armToThumbPrelude() {
    op32(0x4010, 0xe92d); // push {r4, lr}
    op32(0xe009, 0xe28f); // add lr, pc, 8 + 1
    op32(0xff3e, 0xe12f); // blx lr
    op32(0x4010, 0xe8bd); // pop {r4, lr}
    op32(0xff1e, 0xe12f); // bx lr
}

void AsmThumb::jumpIfRegZero(int reg, Label label, bool) {
    op16(0x2800 | uint32_t(reg) << 8); // cmp rlo, #0
    bcc(EQ, label);
}

void AsmThumb::jumpIfRegNonzero(int reg, Label label, bool) {
    op16(0x2800 | uint32_t(reg) << 8);
    bcc(NE, label);
}

void AsmThumb::jumpIfRegEq(int reg1, int reg2, Label label) {
    op16(format4(0x4280, reg1, reg2)); // cmp reg1, reg2
    bcc(EQ, label);
}

void AsmThumb::jumpReg(int reg) { op16(format5(0x4700, 0, reg)); } // bx

void AsmThumb::callInd(unsigned funIndex) {
    load(32, kR3, kFunTable, static_cast<int>(funIndex));
    op16(0x4780 | uint32_t(kR3) << 3); // blx r3
}

void AsmThumb::callSetupCodeState(unsigned funIndex) {
    // r3 holds the fourth argument here, so r4 carries the address
    load(32, kR4, kFunTable, static_cast<int>(funIndex));
    op16(0x4780 | uint32_t(kR4) << 3);
}

void AsmThumb::clrReg(int reg) { movLowImm8(reg, 0); }
void AsmThumb::notReg(int reg) { op16(format4(0x43c0, reg, reg)); } // mvns
void AsmThumb::negReg(int reg) { op16(format4(0x4240, reg, reg)); } // negs

void AsmThumb::alu(AluOp op, int dest, int src) {
    switch (op) {
    case AluOp::Or: op16(format4(0x4300, dest, src)); break;
    case AluOp::Xor: op16(format4(0x4040, dest, src)); break;
    case AluOp::And: op16(format4(0x4000, dest, src)); break;
    case AluOp::Mul: op16(format4(0x4340, dest, src)); break;
    case AluOp::Add: op16(0x1800 | uint32_t(src) << 6 | uint32_t(dest) << 3 | uint32_t(dest)); break; // adds d, d, s
    case AluOp::Sub: op16(0x1a00 | uint32_t(src) << 6 | uint32_t(dest) << 3 | uint32_t(dest)); break; // subs d, d, s
    }
}

void AsmThumb::shift(ShiftOp op, int dest, int src) {
    op16(format4(op == ShiftOp::Left ? 0x4080 : op == ShiftOp::RightLogical ? 0x40c0 : 0x4100, dest, src));
}

void AsmThumb::compareSet(unsigned opIndex, int dest, int lhs, int rhs) {
    // unsigned <, >, ==, <=, >=, != then the signed ones
    static const unsigned conds[12] = {CC, HI, EQ, LS, CS, NE, LT, GT, EQ, LE, GE, NE};
    unsigned cc = conds[opIndex];
    op16(format4(0x4280, lhs, rhs)); // cmp lhs, rhs
    if (v7m_) {
        // ite cc; movs dest, #1; movs dest, #0 (the else mask depends on the condition's low bit)
        op16(0xbf00 | cc << 4 | ((cc & 1) ? 0x4 : 0xc));
        movLowImm8(dest, 1);
        movLowImm8(dest, 0);
    } else {
        op16(bccN(cc, 6 - 4)); // bcc over the next two
        movLowImm8(dest, 0);
        op16(bN(4 - 4));
        movLowImm8(dest, 1);
    }
}

} // namespace mpyc
