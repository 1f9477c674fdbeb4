// x64 encodings; see AsmX64.h. Byte for byte what py/asmx64.c writes, including its
// choices where x64 offers several encodings (mov r32, 0 rather than xor for an immediate
// 0; a negative immediate always as imm64; sub rsp, -n to free the frame).
#include "native/AsmX64.h"

#include <cassert>

namespace mpyc {

using namespace x64;

// py/asmx64.h: REG_RET rax, REG_ARG_1..4 rdi rsi rdx rcx, REG_TEMP0..2 rax rdi rsi,
// REG_LOCAL_1..3 rbx r12 r13, REG_FUN_TABLE rbp. nlr_buf_t on x64 saves 8 registers:
// SIZEOF_NLR_BUF = 2 + 8 + 1 = 13 (py/nlr.h, MICROPY_NLR_X64), and rbx is its word 5.
const NativeArch kArchX64 = {
    "x64", 2, 8,
    RAX, RAX,
    {RDI, RSI, RDX, RCX}, {RDI, RSI, RDX, RCX},
    {RAX, RDI, RSI},
    {RBX, R12, R13},
    RBP,
    /*regZero=*/-1,
    /*nlrBufWords=*/13, /*nlrBufLocal1=*/5,
    /*shiftCountInCl=*/true, /*byteStoreFromArg3=*/true, /*hasNot=*/true,
    /*nlrSetjmp=*/false, /*argsOnStack=*/false,
};

namespace {

constexpr uint8_t kRexW = 0x48;
constexpr uint8_t kRex = 0x40;

uint8_t rexR(int r) { return static_cast<uint8_t>((r >> 1) & 4); }
uint8_t rexB(int r) { return static_cast<uint8_t>((r >> 3) & 1); }
bool fitsInt8(int64_t v) { return v >= -128 && v <= 127; }

} // namespace

void AsmX64::regReg(uint8_t opcode, int rm, int reg) {
    bytes({static_cast<uint8_t>(kRexW | rexR(reg) | rexB(rm)), opcode,
           static_cast<uint8_t>(0xc0 | (reg & 7) << 3 | (rm & 7))});
}

void AsmX64::memOperand(int reg, int base, int32_t disp) {
    // no displacement for 0 unless the base is rbp/r13 (that encoding means rip-relative)
    uint8_t mod = disp == 0 && (base & 7) != RBP ? 0x00 : fitsInt8(disp) ? 0x40 : 0x80;
    byte(static_cast<uint8_t>((reg & 7) << 3 | mod | (base & 7)));
    if ((base & 7) == RSP) byte(0x24); // SIB: base rsp/r12, no index
    if (mod == 0x40) {
        byte(static_cast<uint8_t>(disp));
    } else if (mod == 0x80) {
        word32(static_cast<uint32_t>(disp));
    }
}

void AsmX64::subRspImm(int32_t n) {
    if (fitsInt8(n)) {
        bytes({kRexW, 0x83, 0xec, static_cast<uint8_t>(n)});
    } else {
        bytes({kRexW, 0x81, 0xec});
        word32(static_cast<uint32_t>(n));
    }
}

void AsmX64::entry(unsigned numLocals) {
    bytes({0x55, 0x53, 0x41, 0x54, 0x41, 0x55}); // push rbp, rbx, r12, r13
    frameWords_ = numLocals | 1;                 // odd, so that rsp stays 16-byte aligned
    subRspImm(static_cast<int32_t>(frameWords_ * 8));
}

void AsmX64::exit() {
    subRspImm(-static_cast<int32_t>(frameWords_ * 8));
    bytes({0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3}); // pop r13, r12, rbx, rbp; ret
}

void AsmX64::jump(Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos());
    if (dest != kUnknown && rel < 0 && fitsInt8(rel - 2)) {
        bytes({0xeb, static_cast<uint8_t>(rel - 2)});
        return;
    }
    byte(0xe9);
    word32(static_cast<uint32_t>(rel - 5));
}

void AsmX64::jcc(Cond cond, Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos());
    if (dest != kUnknown && rel < 0 && fitsInt8(rel - 2)) {
        bytes({static_cast<uint8_t>(0x70 | cond), static_cast<uint8_t>(rel - 2)});
        return;
    }
    bytes({0x0f, static_cast<uint8_t>(0x80 | cond)});
    word32(static_cast<uint32_t>(rel - 6));
}

void AsmX64::testReg(int reg, bool byteTest) {
    if (byteTest) {
        assert(reg < 8);
        bytes({0x84, static_cast<uint8_t>(0xc0 | reg << 3 | reg)}); // test r8, r8
    } else {
        regReg(0x85, reg, reg); // test r64, r64
    }
}

void AsmX64::jumpIfRegZero(int reg, Label label, bool boolTest) {
    testReg(reg, boolTest);
    jcc(E, label);
}

void AsmX64::jumpIfRegNonzero(int reg, Label label, bool boolTest) {
    testReg(reg, boolTest);
    jcc(NE, label);
}

void AsmX64::jumpIfRegEq(int reg1, int reg2, Label label) {
    regReg(0x39, reg2, reg1); // cmp reg2, reg1
    jcc(E, label);
}

void AsmX64::jumpReg(int reg) {
    assert(reg < 8);
    bytes({0xff, static_cast<uint8_t>(0xe0 | reg)});
}

void AsmX64::callInd(unsigned funIndex) {
    loadWord(RAX, RBP, static_cast<int>(funIndex)); // mov rax, [rbp + 8*index]
    bytes({0xff, 0xd0});                            // call rax
}

void AsmX64::loadWord(int dest, int base, int offset) {
    bytes({static_cast<uint8_t>(kRexW | rexR(dest) | rexB(base)), 0x8b});
    memOperand(dest, base, offset * 8);
}

void AsmX64::storeWord(int src, int base, int offset) {
    bytes({static_cast<uint8_t>(kRexW | rexR(src) | rexB(base)), 0x89});
    memOperand(src, base, offset * 8);
}

void AsmX64::load(unsigned bits, int dest, int base, int offset) {
    uint8_t rex = static_cast<uint8_t>(kRex | rexR(dest) | rexB(base));
    bool needRex = dest >= 8 || base >= 8;
    if (needRex) byte(rex);
    switch (bits) {
    case 8: bytes({0x0f, 0xb6}); break; // movzx r64, byte
    case 16: bytes({0x0f, 0xb7}); offset *= 2; break; // movzx r64, word
    default: byte(0x8b); offset *= 4; break; // mov r32 (zero-extends)
    }
    memOperand(dest, base, offset);
}

void AsmX64::store(unsigned bits, int src, int base, int offset) {
    uint8_t rex = static_cast<uint8_t>(kRex | rexR(src) | rexB(base));
    bool needRex = src >= 8 || base >= 8;
    switch (bits) {
    case 8:
        if (needRex) byte(rex);
        byte(0x88);
        break;
    case 16:
        byte(0x66); // operand-size prefix before REX
        if (needRex) byte(rex);
        byte(0x89);
        offset *= 2;
        break;
    default:
        if (needRex) byte(rex);
        byte(0x89);
        offset *= 4;
        break;
    }
    memOperand(src, base, offset);
}

void AsmX64::movLocalReg(int local, int reg) { storeWord(reg, RSP, local); }
void AsmX64::movRegLocal(int reg, int local) { loadWord(reg, RSP, local); }
void AsmX64::movRegReg(int dest, int src) { regReg(0x89, dest, src); }

void AsmX64::movRegLocalAddr(int reg, int local) {
    if (local == 0) {
        movRegReg(reg, RSP);
        return;
    }
    bytes({static_cast<uint8_t>(kRexW | rexR(reg) | rexB(RSP)), 0x8d}); // lea
    memOperand(reg, RSP, local * 8);
}

void AsmX64::movRegImm(int reg, int64_t imm) {
    if ((uint64_t(imm) >> 32) == 0) {
        // mov r32, imm32 (zero-extends)
        if (reg >= 8) byte(kRex | 1);
        byte(static_cast<uint8_t>(0xb8 | (reg & 7)));
        word32(static_cast<uint32_t>(imm));
    } else {
        bytes({static_cast<uint8_t>(kRexW | (reg >= 8 ? 1 : 0)), static_cast<uint8_t>(0xb8 | (reg & 7))});
        word64(static_cast<uint64_t>(imm));
    }
}

void AsmX64::movRegPcrel(int reg, Label label) {
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos() + 7);
    bytes({static_cast<uint8_t>(kRexW | rexR(reg)), 0x8d, static_cast<uint8_t>((reg & 7) << 3 | 5)}); // lea r, [rip+rel]
    word32(static_cast<uint32_t>(rel));
}

void AsmX64::clrReg(int reg) { regReg(0x31, reg, reg); }
void AsmX64::notReg(int reg) { regReg(0xf7, reg, 2); }
void AsmX64::negReg(int reg) { regReg(0xf7, reg, 3); }

void AsmX64::alu(AluOp op, int dest, int src) {
    switch (op) {
    case AluOp::Or: regReg(0x09, dest, src); break;
    case AluOp::Xor: regReg(0x31, dest, src); break;
    case AluOp::And: regReg(0x21, dest, src); break;
    case AluOp::Add: regReg(0x01, dest, src); break;
    case AluOp::Sub: regReg(0x29, dest, src); break;
    case AluOp::Mul: // imul dest, src
        bytes({static_cast<uint8_t>(kRexW | rexR(dest) | rexB(src)), 0x0f, 0xaf,
               static_cast<uint8_t>(0xc0 | (dest & 7) << 3 | (src & 7))});
        break;
    }
}

void AsmX64::shift(ShiftOp op, int dest, int) {
    // shl/shr/sar dest, cl
    regReg(0xd3, dest, op == ShiftOp::Left ? 4 : op == ShiftOp::RightLogical ? 5 : 7);
}

void AsmX64::compareSet(unsigned opIndex, int dest, int lhs, int rhs) {
    static const Cond conds[12] = {B, A, E, BE, AE, NE, L, G, E, LE, GE, NE};
    assert(dest < 8);
    clrReg(dest);
    regReg(0x39, lhs, rhs); // cmp lhs, rhs
    bytes({0x0f, static_cast<uint8_t>(0x90 | conds[opIndex]), static_cast<uint8_t>(0xc0 | dest)}); // setcc
}

} // namespace mpyc
