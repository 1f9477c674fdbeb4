// RV32IMC encodings; see AsmRv32.h. Byte for byte what py/asmrv32.c writes.
#include "native/AsmRv32.h"

#include <algorithm>

namespace mpyc {

// py/asmrv32.h: REG_RET and REG_ARG_1..4 a0-a3 (x10-x13), REG_TEMP0..2 t1 t2 t3 (x6 x7 x28),
// REG_LOCAL_1..3 s3 s2 s4 (x19 x18 x20), REG_FUN_TABLE s1 (x9), REG_ZERO x0. nlr_buf_t is
// 2 + 14 + 1 = 17 words (MICROPY_NLR_NUM_REGS_RV32I) with s3 as word 6 (py/emitnrv32.c).
const NativeArch kArchRv32 = {
    "rv32imc", 11, 4,
    10, 10,
    {10, 11, 12, 13}, {10, 11, 12, 13},
    {6, 7, 28},
    {19, 18, 20},
    9,
    /*regZero=*/0,
    /*nlrBufWords=*/17, /*nlrBufLocal1=*/6,
    /*shiftCountInCl=*/false, /*byteStoreFromArg3=*/false, /*hasNot=*/true,
    /*nlrSetjmp=*/false, /*argsOnStack=*/false,
};

namespace rv32 {

uint32_t typeR(uint32_t op, uint32_t f3, uint32_t f7, uint32_t rd, uint32_t rs1, uint32_t rs2) {
    return (op & 0x7f) | (rd & 0x1f) << 7 | (f3 & 7) << 12 | (rs1 & 0x1f) << 15 | (rs2 & 0x1f) << 20 |
           (f7 & 0x7f) << 25;
}
uint32_t typeI(uint32_t op, uint32_t f3, uint32_t rd, uint32_t rs, uint32_t imm) {
    return (op & 0x7f) | (rd & 0x1f) << 7 | (f3 & 7) << 12 | (rs & 0x1f) << 15 | (imm & 0xfff) << 20;
}
uint32_t typeS(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, uint32_t imm) {
    return (op & 0x7f) | (imm & 0x1f) << 7 | (f3 & 7) << 12 | (rs1 & 0x1f) << 15 | (rs2 & 0x1f) << 20 |
           (imm & 0xfe0) << 20;
}
uint32_t typeB(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, uint32_t imm) {
    return (op & 0x7f) | (f3 & 7) << 12 | (imm & 0x800) >> 4 | (imm & 0x1e) << 7 | (rs1 & 0x1f) << 15 |
           (rs2 & 0x1f) << 20 | (imm & 0x7e0) << 20 | (imm & 0x1000) << 19;
}
uint32_t typeU(uint32_t op, uint32_t rd, uint32_t imm) { return (op & 0x7f) | (rd & 0x1f) << 7 | (imm & 0xfffff000); }
uint32_t typeJ(uint32_t op, uint32_t rd, uint32_t imm) {
    return (op & 0x7f) | (rd & 0x1f) << 7 | (imm & 0xff000) | (imm & 0x800) << 9 | (imm & 0x7fe) << 20 |
           (imm & 0x100000) << 11;
}
uint32_t typeCsrI(uint32_t op, uint32_t f3, uint32_t rd, uint32_t csr, uint32_t imm) {
    return (op & 0x7f) | (rd & 0x1f) << 7 | (f3 & 7) << 12 | (csr & 0xfff) << 20 | (imm & 0x1f) << 15;
}
uint32_t typeCR(uint32_t op, uint32_t f4, uint32_t rs1, uint32_t rs2) {
    return (op & 3) | (rs2 & 0x1f) << 2 | (rs1 & 0x1f) << 7 | (f4 & 0xf) << 12;
}
uint32_t typeCI(uint32_t op, uint32_t f3, uint32_t rd, uint32_t imm) {
    return (op & 3) | (f3 & 7) << 13 | (rd & 0x1f) << 7 | (imm & 0x20) << 7 | (imm & 0x1f) << 2;
}
uint32_t typeCSS(uint32_t op, uint32_t f3, uint32_t rs, uint32_t imm) {
    return (op & 3) | (f3 & 7) << 13 | (rs & 0x1f) << 2 | (imm & 0x3f) << 7;
}
uint32_t typeCIW(uint32_t op, uint32_t f3, uint32_t rd, uint32_t imm) {
    return (op & 3) | (f3 & 7) << 13 | (rd & 7) << 2 | (imm & 0x3c0) << 1 | (imm & 0x30) << 7 | (imm & 0x08) << 2 |
           (imm & 0x04) << 4;
}
uint32_t typeCL(uint32_t op, uint32_t f3, uint32_t rd, uint32_t rs, uint32_t imm) {
    return (op & 3) | (f3 & 7) << 13 | (rd & 7) << 2 | (rs & 7) << 7 | (imm & 0x40) >> 1 | (imm & 0x38) << 7 |
           (imm & 0x04) << 4;
}
// The register fields are masked to 2 bits as RV32_ENCODE_TYPE_CA does (the hardware field is
// 3 bits: c.and/c.or/c.sub/c.xor on x12-x15 name x8-x11 in mpy-cross's bytes, kept for identity).
uint32_t typeCA(uint32_t op, uint32_t f6, uint32_t f2, uint32_t rd, uint32_t rs) {
    return (op & 3) | (f6 & 0x3f) << 10 | (f2 & 3) << 5 | (rd & 3) << 7 | (rs & 3) << 2;
}
uint32_t typeCB(uint32_t op, uint32_t f3, uint32_t rs, uint32_t imm) {
    return (op & 3) | (f3 & 7) << 13 | (rs & 7) << 7 | (imm & 0xe0) << 5 | (imm & 0x1f) << 2;
}
uint32_t typeCJ(uint32_t op, uint32_t f3, uint32_t imm) {
    return (op & 3) | (f3 & 7) << 13 | (imm & 0x0e) << 2 | (imm & 0x300) << 1 | (imm & 0x800) << 1 |
           (imm & 0x400) >> 2 | (imm & 0x80) >> 1 | (imm & 0x40) << 1 | (imm & 0x20) >> 3 | (imm & 0x10) << 7;
}
uint32_t typeCMPP(uint32_t op, uint32_t f6, uint32_t f2, uint32_t rlist, uint32_t imm) {
    return (op & 3) | (f6 & 0x3f) << 10 | (f2 & 3) << 8 | (rlist & 0xf) << 4 | (imm & 3) << 2;
}
uint32_t cbBranchOffset(uint32_t o) {
    return (o & 0x100) >> 1 | (o & 0xc0) >> 3 | (o & 0x20) >> 5 | (o & 0x18) << 2 | (o & 0x06);
}
bool fitsSigned(int64_t value, unsigned bits) {
    uint32_t m = ~((1u << (bits - 1)) - 1);
    uint32_t v = uint32_t(value) & m;
    return v == 0 || v == m;
}
bool fitsUnsigned(int64_t value, unsigned bits) { return (uint32_t(value) & ~((1u << bits) - 1)) == 0; }

} // namespace rv32

using namespace rv32;

namespace {

constexpr int kZero = 0, kRa = 1, kSp = 2, kS0 = 8, kTemp0 = 6, kTemp2 = 28;
constexpr uint32_t kCWindow = 8; // x8 is register 0 in a compressed form's 3-bit field

// The upper and lower parts of a 32-bit value for lui/auipc + addi: the lower part is
// signed 12 bits, so the upper part takes a carry when its bit 11 is set.
void splitImmediate(int64_t imm, uint64_t& upper, uint64_t& lower) {
    uint64_t u = uint64_t(imm);
    upper = u & 0xfffff000u;
    lower = u & 0xfffu;
    if (lower & 0x800) upper += 0x1000;
}

// lbu, lhu, lw by access size (RV32_LOAD_OPCODE_TABLE)
constexpr uint32_t kLoadFunct3[3] = {4, 5, 2};

unsigned sizeOf(unsigned bits) { return bits == 8 ? 0 : bits == 16 ? 1 : 2; }

// Zcmp's register list length: ra, s0, s1, s2..s11 as bits 0..12, up to the highest set;
// a list ending at s10 cannot be written and takes s11 too.
uint32_t zcmpSequenceLength(uint32_t mask) {
    uint32_t bits = (mask & 2) >> 1 | (mask & 0x300) >> 7 | (mask & 0x0ffc0000) >> 15;
    uint32_t length = 0;
    while (bits >> length) ++length;
    return length == 12 ? 13 : length;
}

} // namespace

void AsmRv32::loadUpper(int reg, uint64_t upper) {
    if (fitsSigned(int64_t(upper), 17) && (upper >> 12) != 0) {
        op16(typeCI(1, 3, uint32_t(reg), uint32_t(upper >> 12))); // c.lui
    } else {
        op32w(typeU(0x37, uint32_t(reg), uint32_t(upper))); // lui
    }
}

void AsmRv32::loadLower(int reg, uint64_t lower) {
    if (lower == 0) return;
    if (fitsSigned(int64_t(lower), 6)) {
        op16(typeCI(1, 0, uint32_t(reg), uint32_t(lower))); // c.addi
    } else {
        op32w(typeI(0x13, 0, uint32_t(reg), uint32_t(reg), uint32_t(lower))); // addi
    }
}

void AsmRv32::loadFull(int reg, int64_t imm) {
    uint64_t upper, lower;
    splitImmediate(imm, upper, lower);
    loadUpper(reg, upper);
    loadLower(reg, lower);
}

void AsmRv32::loadImmediate(int reg, int64_t imm) {
    if (fitsSigned(imm, 6)) {
        cli(reg, int32_t(imm));
    } else if (fitsSigned(imm, 12)) {
        op32w(typeI(0x13, 0, uint32_t(reg), kZero, uint32_t(imm))); // addi reg, zero, imm
    } else {
        loadFull(reg, imm);
    }
}

void AsmRv32::loadAddress(int reg, int64_t displacement) {
    uint64_t upper, lower;
    splitImmediate(displacement, upper, lower);
    op32w(typeU(0x17, uint32_t(reg), uint32_t(upper)));                     // auipc
    op32w(typeI(0x13, 0, uint32_t(reg), uint32_t(reg), uint32_t(lower))); // addi
}

void AsmRv32::adjustStack(int64_t bytes) {
    if (bytes == 0) return;
    if (fitsSigned(bytes, 6)) {
        op16(typeCI(1, 0, kSp, uint32_t(bytes))); // c.addi sp
    } else if (fitsSigned(bytes, 12)) {
        op32w(typeI(0x13, 0, kSp, kSp, uint32_t(bytes))); // addi sp, sp
    } else {
        loadFull(kTemp0, bytes);
        op16(typeCR(2, 9, kSp, kTemp0)); // c.add sp, t1
    }
}

void AsmRv32::entry(unsigned numLocals) {
    numLocals_ = numLocals;
    savedMask_ |= 1u << arch_.regFunTable | 1u << arch_.regLocal[0] | 1u << arch_.regLocal[1] |
                  1u << arch_.regLocal[2];
    if (zcmp()) {
        // cm.push saves ra and s0..sK and can take up to 3 more 16-byte chunks of stack;
        // the locals first fill the slack of its 16-byte-aligned block
        uint32_t length = zcmpSequenceLength(savedMask_);
        uint32_t allocated = (length + 3) & ~3u;
        uint32_t slack = allocated - length;
        uint32_t left = numLocals < slack ? 0 : numLocals - slack;
        uint32_t chunks = std::min(3u, left / 4);
        left -= chunks * 4;
        op16(typeCMPP(2, 0x2e, 0, std::min(3 + length, 15u), chunks)); // cm.push
        adjustStack(-int64_t(left) * 4);
        stackSize_ = left * 4 | chunks;
        return;
    }
    uint32_t count = uint32_t(__builtin_popcount(savedMask_));
    stackSize_ = (count + numLocals) * 4;
    adjustStack(-int64_t(stackSize_));
    uint32_t offset = 0;
    for (uint32_t reg = 0; reg < 32; ++reg) {
        if (!(savedMask_ >> reg & 1)) continue;
        op16(typeCSS(2, 6, reg, (offset & 0xc0) >> 6 | (offset & 0x3c))); // c.swsp
        offset += 4;
    }
    localsOffset_ = count * 4;
}

void AsmRv32::exit() {
    if (zcmp()) {
        adjustStack(stackSize_ & ~3u);
        op16(typeCMPP(2, 0x2f, 2, std::min(3 + zcmpSequenceLength(savedMask_), 15u), stackSize_ & 3)); // cm.popret
        return;
    }
    uint32_t offset = 0;
    for (uint32_t reg = 0; reg < 32; ++reg) {
        if (!(savedMask_ >> reg & 1)) continue;
        op16(typeCI(2, 2, reg, (offset & 0xc0) >> 6 | (offset & 0x3c))); // c.lwsp
        offset += 4;
    }
    adjustStack(stackSize_);
    op16(typeCR(2, 8, kRa, 0)); // c.jr ra
}

bool AsmRv32::backward(Label label, int64_t& displacement) const {
    size_t at = labelOffset(label);
    displacement = int64_t(at) - int64_t(codePos());
    return at != kUnknown && displacement < 0;
}

void AsmRv32::longJump(int64_t displacement) {
    uint64_t upper, lower;
    splitImmediate(displacement, upper, lower);
    op32w(typeU(0x17, kTemp2, uint32_t(upper)));              // auipc t3
    op32w(typeI(0x67, 0, kZero, kTemp2, uint32_t(lower))); // jalr zero, t3
}

void AsmRv32::jump(Label label) {
    int64_t d;
    if (backward(label, d) && fitsSigned(d, 12)) {
        op16(typeCJ(1, 5, uint32_t(d))); // c.j
        return;
    }
    longJump(d);
}

void AsmRv32::jumpIfRegEq(int reg1, int reg2, Label label) {
    int64_t d;
    if (backward(label, d) && fitsSigned(d, 13)) {
        op32w(typeB(0x63, 0, uint32_t(reg1), uint32_t(reg2), uint32_t(d))); // beq
        return;
    }
    op32w(typeB(0x63, 1, uint32_t(reg1), uint32_t(reg2), 12)); // bne over the long jump
    longJump(d - 4);
}

void AsmRv32::jumpIfRegNonzero(int reg, Label label, bool) {
    int64_t d;
    bool back = backward(label, d);
    if (back && fitsSigned(d, 8) && inCWindow(reg)) {
        op16(typeCB(1, 7, uint32_t(reg) - kCWindow, cbBranchOffset(uint32_t(d)))); // c.bnez
        return;
    }
    if (back && fitsSigned(d, 13)) {
        op32w(typeB(0x63, 1, uint32_t(reg), kZero, uint32_t(d))); // bne reg, zero
        return;
    }
    if (back && inCWindow(reg)) {
        op16(typeCB(1, 6, uint32_t(reg) - kCWindow, cbBranchOffset(10))); // c.beqz over the long jump
        d -= 2;
    } else {
        op32w(typeB(0x63, 0, uint32_t(reg), kZero, 12)); // beq over the long jump
        d -= 4;
    }
    longJump(d);
}

void AsmRv32::callInd(unsigned funIndex) {
    uint32_t offset = funIndex * 4;
    int table = arch_.regFunTable;
    savedMask_ |= 1u << kRa;
    if (fitsUnsigned(offset, 6)) {
        // s0 is the call's scratch here, so it is saved from now on
        savedMask_ |= 1u << kS0;
        op16(typeCL(0, 2, kS0 - kCWindow, uint32_t(table) - kCWindow, offset)); // c.lw s0, offset(s1)
        op16(typeCR(2, 9, kS0, 0));                                           // c.jalr s0
        return;
    }
    if (fitsUnsigned(offset, 11)) {
        op32w(typeI(0x03, 2, kTemp2, uint32_t(table), offset)); // lw t3, offset(s1)
    } else {
        uint64_t upper, lower;
        splitImmediate(offset, upper, lower);
        loadUpper(kTemp2, upper);
        op16(typeCR(2, 9, kTemp2, uint32_t(table)));               // c.add t3, s1
        op32w(typeI(0x03, 2, kTemp2, kTemp2, uint32_t(lower))); // lw t3, lo(t3)
    }
    op16(typeCR(2, 9, kTemp2, 0)); // c.jalr t3
}

void AsmRv32::movLocalReg(int local, int reg) {
    uint32_t offset = localsOffset_ + uint32_t(local) * 4;
    if (fitsUnsigned(offset >> 2, 6)) {
        op16(typeCSS(2, 6, uint32_t(reg), (offset & 0xc0) >> 6 | (offset & 0x3c))); // c.swsp
    } else if (fitsUnsigned(offset, 11)) {
        op32w(typeS(0x23, 2, kSp, uint32_t(reg), offset)); // sw reg, offset(sp)
    } else {
        uint64_t upper, lower;
        splitImmediate(offset, upper, lower);
        loadUpper(kTemp2, upper);
        op16(typeCR(2, 9, kTemp2, kSp));
        op32w(typeS(0x23, 2, kTemp2, uint32_t(reg), uint32_t(lower)));
    }
}

void AsmRv32::movRegLocal(int reg, int local) {
    uint32_t offset = localsOffset_ + uint32_t(local) * 4;
    if (fitsUnsigned(offset >> 2, 6)) {
        op16(typeCI(2, 2, uint32_t(reg), (offset & 0xc0) >> 6 | (offset & 0x3c))); // c.lwsp
    } else if (fitsUnsigned(offset, 11)) {
        op32w(typeI(0x03, 2, uint32_t(reg), kSp, offset)); // lw reg, offset(sp)
    } else {
        uint64_t upper, lower;
        splitImmediate(offset, upper, lower);
        loadUpper(reg, upper);
        op16(typeCR(2, 9, uint32_t(reg), kSp));
        op32w(typeI(0x03, 2, uint32_t(reg), uint32_t(reg), uint32_t(lower)));
    }
}

void AsmRv32::movRegLocalAddr(int reg, int local) {
    uint32_t offset = localsOffset_ + uint32_t(local) * 4;
    if (fitsUnsigned(offset, 10) && offset != 0 && inCWindow(reg)) {
        op16(typeCIW(0, 0, uint32_t(reg) - kCWindow, offset)); // c.addi4spn
    } else if (fitsUnsigned(offset, 11)) {
        op32w(typeI(0x13, 0, uint32_t(reg), kSp, offset)); // addi reg, sp, offset
    } else {
        loadFull(reg, offset);
        op16(typeCR(2, 9, uint32_t(reg), kSp));
    }
}

void AsmRv32::movRegPcrel(int reg, Label label) { loadAddress(reg, int64_t(labelOffset(label)) - int64_t(codePos())); }

void AsmRv32::alu(AluOp op, int dest, int src) {
    uint32_t d = uint32_t(dest), s = uint32_t(src);
    switch (op) {
    case AluOp::Or: op32w(typeR(0x33, 6, 0, d, d, s)); break;
    case AluOp::Xor:
        if (d == s) {
            cli(dest, 0);
        } else {
            op32w(typeR(0x33, 4, 0, d, d, s));
        }
        break;
    case AluOp::And: op32w(typeR(0x33, 7, 0, d, s, d)); break; // the reference's operand order
    case AluOp::Add: op16(typeCR(2, 9, d, s)); break;          // c.add
    case AluOp::Sub: op32w(typeR(0x33, 0, 0x20, d, d, s)); break;
    case AluOp::Mul: op32w(typeR(0x33, 0, 1, d, d, s)); break;
    }
}

void AsmRv32::shift(ShiftOp op, int dest, int src) {
    uint32_t d = uint32_t(dest), s = uint32_t(src);
    switch (op) {
    case ShiftOp::Left: op32w(typeR(0x33, 1, 0, d, d, s)); break;           // sll
    case ShiftOp::RightLogical: op32w(typeR(0x33, 5, 0, d, d, s)); break;   // srl
    case ShiftOp::RightArith: op32w(typeR(0x33, 5, 0x20, d, d, s)); break;  // sra
    }
}

void AsmRv32::compareSet(unsigned opIndex, int dest, int lhs, int rhs) {
    // emitnative.c's RV32 case: slt[u] for < and >, slt[u] + xori 1 for <= and >=, and
    // sub + sltiu/sltu for == and != (with != taking its operands the other way round)
    bool isUnsigned = opIndex < 6;
    uint32_t d = uint32_t(dest);
    auto lt = [&](int a, int b) { op32w(typeR(0x33, isUnsigned ? 3 : 2, 0, d, uint32_t(a), uint32_t(b))); };
    switch (static_cast<CompareOp>(opIndex % 6)) {
    case CompareOp::Less: lt(lhs, rhs); break;
    case CompareOp::More: lt(rhs, lhs); break;
    case CompareOp::LessEqual:
        lt(rhs, lhs);
        op32w(typeI(0x13, 4, d, d, 1)); // xori 1
        break;
    case CompareOp::MoreEqual:
        lt(lhs, rhs);
        op32w(typeI(0x13, 4, d, d, 1));
        break;
    case CompareOp::Equal:
        op32w(typeR(0x33, 0, 0x20, d, uint32_t(lhs), uint32_t(rhs))); // sub
        op32w(typeI(0x13, 3, d, d, 1));                               // sltiu 1
        break;
    case CompareOp::NotEqual:
        op32w(typeR(0x33, 0, 0x20, d, uint32_t(rhs), uint32_t(lhs))); // sub
        op32w(typeR(0x33, 3, 0, d, kZero, d));                        // sltu zero
        break;
    }
}

void AsmRv32::load(unsigned bits, int dest, int base, int offset) {
    unsigned size = sizeOf(bits);
    int32_t scaled = int32_t(uint32_t(offset) << size);
    if (scaled >= 0 && size == 2 && inCWindow(dest) && inCWindow(base) && fitsUnsigned(scaled, 6)) {
        op16(typeCL(0, 2, uint32_t(dest) - kCWindow, uint32_t(base) - kCWindow, uint32_t(scaled))); // c.lw
    } else if (fitsSigned(scaled, 12)) {
        op32w(typeI(0x03, kLoadFunct3[size], uint32_t(dest), uint32_t(base), uint32_t(scaled)));
    } else {
        uint64_t upper, lower;
        splitImmediate(scaled, upper, lower);
        loadUpper(dest, upper);
        op16(typeCR(2, 9, uint32_t(dest), uint32_t(base)));
        op32w(typeI(0x03, kLoadFunct3[size], uint32_t(dest), uint32_t(dest), uint32_t(lower)));
    }
}

void AsmRv32::store(unsigned bits, int src, int base, int offset) {
    unsigned size = sizeOf(bits);
    int32_t scaled = int32_t(uint32_t(offset) << size);
    if (scaled >= 0 && size == 2 && inCWindow(src) && inCWindow(base) && fitsUnsigned(scaled, 6)) {
        op16(typeCL(0, 6, uint32_t(src) - kCWindow, uint32_t(base) - kCWindow, uint32_t(scaled))); // c.sw
    } else if (fitsSigned(scaled, 12)) {
        op32w(typeS(0x23, size, uint32_t(base), uint32_t(src), uint32_t(scaled)));
    } else {
        uint64_t upper, lower;
        splitImmediate(scaled, upper, lower);
        loadUpper(kTemp2, upper);
        op16(typeCR(2, 9, kTemp2, uint32_t(base)));
        op32w(typeS(0x23, size, kTemp2, uint32_t(src), uint32_t(lower)));
    }
}

void AsmRv32::scaledAddress(unsigned size, int base, int index) {
    if (size > 0 && zba()) {
        op32w(typeR(0x33, 1u << size, 0x10, kTemp2, uint32_t(index), uint32_t(base))); // sh1add / sh2add
    } else if (size > 0) {
        op32w(typeI(0x13, 1, kTemp2, uint32_t(index), size)); // slli t3, index, size
        op16(typeCR(2, 9, kTemp2, uint32_t(base)));           // c.add t3, base
    } else {
        op32w(typeR(0x33, 0, 0, kTemp2, uint32_t(base), uint32_t(index))); // add t3, base, index
    }
}

void AsmRv32::loadIndexed(unsigned bits, int dest, int base, int index) {
    scaledAddress(sizeOf(bits), base, index);
    load(bits, dest, kTemp2, 0);
}

void AsmRv32::storeIndexed(unsigned bits, int src, int base, int index) {
    scaledAddress(sizeOf(bits), base, index);
    store(bits, src, kTemp2, 0);
}

} // namespace mpyc
