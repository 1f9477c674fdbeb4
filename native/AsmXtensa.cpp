// Xtensa encodings; see AsmXtensa.h. Byte for byte what py/asmxtensa.c writes.
#include "native/AsmXtensa.h"

namespace mpyc {

// py/asmxtensa.h, call0 ABI: REG_RET a2, REG_ARG_1..4 a2-a5, REG_TEMP0..2 a2-a4,
// REG_LOCAL_1..3 a12-a14, REG_FUN_TABLE a15 (a6 the assembler's temporary). nlr_buf_t on
// Xtensa is 2 + 10 + 1 = 13 words, and a12 is its word 8 (py/emitnxtensa.c).
const NativeArch kArchXtensa = {
    "xtensa", 9, 4,
    2, 2,
    {2, 3, 4, 5}, {2, 3, 4, 5},
    {2, 3, 4},
    {12, 13, 14},
    15,
    /*regZero=*/-1,
    /*nlrBufWords=*/13, /*nlrBufLocal1=*/8,
    /*shiftCountInCl=*/false, /*byteStoreFromArg3=*/false, /*hasNot=*/false,
    /*nlrSetjmp=*/false, /*argsOnStack=*/false,
};

// The windowed ABI (window size 8): the caller's arguments arrive in a2-a5 and its result
// goes back in a2, calls pass arguments in a10-a13; REG_LOCAL_1..3 a4-a6, REG_FUN_TABLE a7
// (a12 the assembler's temporary). nlr_buf_t is 2 + 17 + 1 = 20 words with a4 as word 6, and
// nlr_push is followed by setjmp (py/emitnxtensawin.c).
const NativeArch kArchXtensaWin = {
    "xtensawin", 10, 4,
    10, 2,
    {10, 11, 12, 13}, {2, 3, 4, 5},
    {10, 11, 12},
    {4, 5, 6},
    7,
    /*regZero=*/-1,
    /*nlrBufWords=*/20, /*nlrBufLocal1=*/6,
    /*shiftCountInCl=*/false, /*byteStoreFromArg3=*/false, /*hasNot=*/false,
    /*nlrSetjmp=*/true, /*argsOnStack=*/false,
};

namespace {

constexpr int kA0 = 0, kA1 = 1, kA8 = 8, kA9 = 9;
// bccz conditions and bcc conditions (ASM_XTENSA_CCZ_*, ASM_XTENSA_CC_*)
enum : unsigned { CczEq = 0, CczNe = 1 };
enum : unsigned { CcEq = 1, CcLt = 2, CcLtu = 3, CcNe = 9, CcGe = 10, CcGeu = 11 };

uint32_t rrr(uint32_t op0, uint32_t op1, uint32_t op2, uint32_t r, uint32_t s, uint32_t t) {
    return op2 << 20 | op1 << 16 | r << 12 | s << 8 | t << 4 | op0;
}
uint32_t rri8(uint32_t op0, uint32_t r, uint32_t s, uint32_t t, uint32_t imm8) {
    return (imm8 & 0xff) << 16 | r << 12 | s << 8 | t << 4 | op0;
}
uint32_t rrrn(uint32_t op0, uint32_t r, uint32_t s, uint32_t t) { return r << 12 | s << 8 | t << 4 | op0; }
uint32_t callx(uint32_t s, uint32_t m, uint32_t n) { return s << 8 | m << 6 | n << 4; }
bool fitsSigned(int64_t v, unsigned bits) { return v >= -(int64_t(1) << (bits - 1)) && v < (int64_t(1) << (bits - 1)); }

} // namespace

void AsmXtensa::movi(int reg, int32_t imm) {
    op24(rri8(2, 10, (uint32_t(imm) >> 8) & 0xf, uint32_t(reg), uint32_t(imm) & 0xff));
}

void AsmXtensa::movin(int reg, int32_t imm7) {
    uint32_t i = uint32_t(imm7);
    op16((i & 0xf) << 12 | uint32_t(reg) << 8 | (i & 0x70) | 12);
}

void AsmXtensa::addn(int dest, int a, int b) { op16(rrrn(10, uint32_t(dest), uint32_t(a), uint32_t(b))); }
void AsmXtensa::l32in(int dest, int base, uint32_t off) { op16(rrrn(8, off & 0xf, uint32_t(base), uint32_t(dest))); }
void AsmXtensa::s32in(int src, int base, uint32_t off) { op16(rrrn(9, off & 0xf, uint32_t(base), uint32_t(src))); }

void AsmXtensa::l32r(int reg, uint32_t at, uint32_t dest) {
    op24(((dest - ((at + 3) & ~3u)) >> 2 & 0xffff) << 8 | uint32_t(reg) << 4 | 1);
}

void AsmXtensa::j(int32_t rel) { op24((uint32_t(rel) & 0x3ffff) << 6 | 6); }

void AsmXtensa::endPass() {
    // the next pass's pool holds as many words as this pass asked for
    numConst_ = curConst_;
    curConst_ = 0;
}

void AsmXtensa::entry(unsigned numLocals) {
    if (numConst_ > 0) {
        j(int32_t(numConst_ * 4 + 4 - 4)); // over the literal pool
        write(1);                          // a zero byte, which aligns the pool
        poolOffset_ = codePos();
        pool_ = write(numConst_ * 4);
    } else {
        pool_ = nullptr;
    }
    if (win_) {
        stackAdjust_ = 32 + (((1 + numLocals) * 4 + 15) & ~15u);
        op24(((stackAdjust_ / 8) & 0xfff) << 12 | kA1 << 8 | 3 << 4 | 6); // entry a1, #adjust
        s32in(kA0, kA1, 0);
        return;
    }
    // a0 and a12-a15 are saved, then the locals, 16-byte aligned
    stackAdjust_ = ((5 + numLocals) * 4 + 15) & ~15u;
    if (fitsSigned(-int64_t(stackAdjust_), 8)) {
        op24(rri8(2, 12, kA1, kA1, uint32_t(-int32_t(stackAdjust_)))); // addi a1, a1, -adjust
    } else {
        movi(kA9, int32_t(stackAdjust_));
        op24(rrr(0, 0, 12, kA1, kA1, kA9)); // sub a1, a1, a9
    }
    s32in(kA0, kA1, 0);
    for (int i = 1; i < 5; ++i)
        s32in(11 + i, kA1, uint32_t(i));
}

void AsmXtensa::exit() {
    if (win_) {
        l32in(kA0, kA1, 0);
        op16(rrrn(13, 15, 0, 1)); // retw.n
        return;
    }
    for (int i = 4; i >= 1; --i)
        l32in(11 + i, kA1, uint32_t(i));
    l32in(kA0, kA1, 0);
    if (fitsSigned(stackAdjust_, 8)) {
        op24(rri8(2, 12, kA1, kA1, stackAdjust_)); // addi a1, a1, adjust
    } else {
        movi(kA9, int32_t(stackAdjust_));
        addn(kA1, kA1, kA9);
    }
    op16(rrrn(13, 15, 0, 0)); // ret.n
}

void AsmXtensa::movImm32(int reg, uint32_t value) {
    uint32_t at = uint32_t(poolOffset_ + curConst_ * 4);
    l32r(reg, uint32_t(codePos()), at);
    if (pool_ && curConst_ < numConst_) { // the pool was sized by the previous pass
        for (int i = 0; i < 4; ++i)
            pool_[curConst_ * 4 + i] = static_cast<uint8_t>(value >> (8 * i));
    }
    ++curConst_;
}

void AsmXtensa::movRegImm(int reg, int64_t imm64) {
    int32_t i = static_cast<int32_t>(imm64);
    if (i >= -32 && i <= 95) {
        movin(reg, i);
    } else if (fitsSigned(i, 12)) {
        movi(reg, i);
    } else {
        movImm32(reg, uint32_t(i));
    }
}

void AsmXtensa::movLocalReg(int local, int reg) {
    op24(rri8(2, 6, kA1, uint32_t(reg), uint32_t(local + savedWords()))); // s32i
}

void AsmXtensa::movRegLocal(int reg, int local) {
    op24(rri8(2, 2, kA1, uint32_t(reg), uint32_t(local + savedWords()))); // l32i
}

void AsmXtensa::movRegReg(int dest, int src) { op16(rrrn(13, 0, uint32_t(src), uint32_t(dest))); } // mov.n

void AsmXtensa::movRegLocalAddr(int reg, int local) {
    int32_t off = (local + savedWords()) * 4;
    if (fitsSigned(off, 8)) {
        op24(rri8(2, 12, kA1, uint32_t(reg), uint32_t(off))); // addi
    } else {
        movi(reg, off);
        addn(reg, reg, kA1);
    }
}

void AsmXtensa::movRegPcrel(int reg, Label label) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos()) - (3 + 3); // movi, then call0's pc+3
    movi(reg, int32_t(rel));
    // call0 puts pc+3 in a0; its target must be word-aligned
    uint32_t off = uint32_t(codePos() >> 1 & 1);
    uint32_t pad = uint32_t(5 - codePos()) & 3;
    op24((off & 0x3ffff) << 6 | 5); // call0
    write(pad);                     // zero bytes up to the aligned target
    addn(reg, reg, kA0);
}

void AsmXtensa::bccz(unsigned cond, int reg, Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos()) - 4;
    if (dest != kUnknown && rel < 0 && fitsSigned(rel, 12)) {
        op24((uint32_t(rel) & 0xfff) << 12 | uint32_t(reg) << 8 | cond << 6 | 1 << 4 | 6);
        return;
    }
    if (emitting() && !fitsSigned(rel - 6, 18) && onError) onError("RuntimeError", "ERROR: xtensa bccz out of range");
    // the inverted condition over a j
    op24((uint32_t(6 - 4) & 0xfff) << 12 | uint32_t(reg) << 8 | (cond ^ 1) << 6 | 1 << 4 | 6);
    j(int32_t(rel - 3));
}

void AsmXtensa::bcc(unsigned cond, int reg1, int reg2, Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos()) - 4;
    if (dest != kUnknown && rel < 0 && fitsSigned(rel, 8)) {
        op24(rri8(7, cond, uint32_t(reg1), uint32_t(reg2), uint32_t(rel)));
        return;
    }
    if (emitting() && !fitsSigned(rel - 6, 18) && onError) onError("RuntimeError", "ERROR: xtensa bcc out of range");
    op24(rri8(7, cond ^ 8, uint32_t(reg1), uint32_t(reg2), 6 - 4));
    j(int32_t(rel - 3));
}

void AsmXtensa::jump(Label label) { j(int32_t(int64_t(labelOffset(label)) - int64_t(codePos()) - 4)); }
void AsmXtensa::jumpIfRegZero(int reg, Label label, bool) { bccz(CczEq, reg, label); }
void AsmXtensa::jumpIfRegNonzero(int reg, Label label, bool) { bccz(CczNe, reg, label); }
void AsmXtensa::jumpIfRegEq(int reg1, int reg2, Label label) { bcc(CcEq, reg1, reg2, label); }
void AsmXtensa::jumpReg(int reg) { op24(callx(uint32_t(reg), 2, 2)); } // jx

void AsmXtensa::callInd(unsigned funIndex) {
    // l32i(.n) a0|a8, fun_table[index]; callx0 a0 | callx8 a8
    int reg = win_ ? kA8 : kA0;
    int table = arch_.regFunTable;
    if (funIndex < 16) {
        l32in(reg, table, funIndex);
    } else if (funIndex < 256) {
        op24(rri8(2, 2, uint32_t(table), uint32_t(reg), funIndex));
    } else {
        movRegImm(reg, int64_t(funIndex) * 4);
        addn(reg, table, reg);
        l32in(reg, reg, 0);
    }
    op24(callx(uint32_t(reg), 3, win_ ? 2 : 0));
}

void AsmXtensa::negReg(int reg) { op24(rrr(0, 0, 6, uint32_t(reg), 0, uint32_t(reg))); }

void AsmXtensa::alu(AluOp op, int dest, int src) {
    uint32_t d = uint32_t(dest), s = uint32_t(src);
    switch (op) {
    case AluOp::Or: op24(rrr(0, 0, 2, d, d, s)); break;
    case AluOp::Xor: op24(rrr(0, 0, 3, d, d, s)); break;
    case AluOp::And: op24(rrr(0, 0, 1, d, d, s)); break;
    case AluOp::Add: addn(dest, dest, src); break;
    case AluOp::Sub: op24(rrr(0, 0, 12, d, d, s)); break;
    case AluOp::Mul: op24(rrr(0, 2, 8, d, d, s)); break; // mull
    }
}

void AsmXtensa::shift(ShiftOp op, int dest, int src) {
    uint32_t d = uint32_t(dest), s = uint32_t(src);
    if (op == ShiftOp::Left) {
        op24(rrr(0, 0, 4, 1, s, 0)); // ssl
        op24(rrr(0, 1, 10, d, d, 0)); // sll
    } else {
        op24(rrr(0, 0, 4, 0, s, 0)); // ssr
        op24(op == ShiftOp::RightLogical ? rrr(0, 1, 9, d, 0, d) : rrr(0, 1, 11, d, 0, d)); // srl / sra
    }
}

void AsmXtensa::compareSet(unsigned opIndex, int dest, int lhs, int rhs) {
    // > and <= swap the operands (0x80)
    static const uint8_t conds[12] = {CcLtu, 0x80 | CcLtu, CcEq, 0x80 | CcGeu, CcGeu, CcNe,
                                      CcLt,  0x80 | CcLt,  CcEq, 0x80 | CcGe,  CcGe,  CcNe};
    uint8_t cc = conds[opIndex];
    int a = (cc & 0x80) ? rhs : lhs, b = (cc & 0x80) ? lhs : rhs;
    movin(dest, 1);
    op24(rri8(7, cc & 0x7f, uint32_t(a), uint32_t(b), 1)); // b<cc> a, b, over the next
    movin(dest, 0);
}

void AsmXtensa::load(unsigned bits, int dest, int base, int offset) {
    uint32_t size = bits == 8 ? 0 : bits == 16 ? 1 : 2;
    uint32_t off = uint32_t(offset);
    if (size == 2 && off < 16) {
        l32in(dest, base, off);
    } else if (off < 256) {
        op24(rri8(2, size, uint32_t(base), uint32_t(dest), off)); // l8ui / l16ui / l32i
    } else {
        movRegImm(dest, int64_t(off) << size);
        addn(dest, base, dest);
        if (size == 2) {
            l32in(dest, dest, 0);
        } else {
            op24(rri8(2, size, uint32_t(dest), uint32_t(dest), 0));
        }
    }
}

void AsmXtensa::store(unsigned bits, int src, int base, int offset) {
    uint32_t size = bits == 8 ? 0 : bits == 16 ? 1 : 2;
    uint32_t off = uint32_t(offset);
    // ASM_XTENSA_REG_TEMPORARY: a6 on both ABIs. asmxtensa.c picks a12 for xtensawin under
    // `#if N_XTENSAWIN`, but that macro is defined only where emitnative.c is compiled, so
    // mpy-cross uses a6 (xtensawin's qstr-table register) there too.
    int temp = 6;
    if (size == 2 && off < 16) {
        s32in(src, base, off);
    } else if (off < 256) {
        op24(rri8(2, 4 | size, uint32_t(base), uint32_t(src), off)); // s8i / s16i / s32i
    } else {
        movRegImm(temp, int64_t(off) << size);
        addn(temp, base, temp);
        if (size == 2) {
            s32in(src, temp, 0);
        } else {
            op24(rri8(2, 4 | size, uint32_t(temp), uint32_t(src), 0));
        }
    }
}

void AsmXtensa::loadIndexed(unsigned bits, int dest, int base, int index) {
    // the base register is advanced by the scaled index
    if (bits == 8) {
        addn(base, index, base);
        op24(rri8(2, 0, uint32_t(base), uint32_t(dest), 0)); // l8ui
    } else if (bits == 16) {
        op24(rrr(0, 0, 9, uint32_t(base), uint32_t(index), uint32_t(base))); // addx2
        op24(rri8(2, 1, uint32_t(base), uint32_t(dest), 0));                // l16ui
    } else {
        op24(rrr(0, 0, 10, uint32_t(base), uint32_t(index), uint32_t(base))); // addx4
        l32in(dest, base, 0);
    }
}

void AsmXtensa::storeIndexed(unsigned bits, int src, int base, int index) {
    if (bits == 8) {
        addn(base, index, base);
        op24(rri8(2, 4, uint32_t(base), uint32_t(src), 0)); // s8i
    } else if (bits == 16) {
        op24(rrr(0, 0, 9, uint32_t(base), uint32_t(index), uint32_t(base)));
        op24(rri8(2, 5, uint32_t(base), uint32_t(src), 0)); // s16i
    } else {
        op24(rrr(0, 0, 10, uint32_t(base), uint32_t(index), uint32_t(base)));
        s32in(src, base, 0);
    }
}

} // namespace mpyc
