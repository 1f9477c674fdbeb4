// @micropython.asm_rv32; see InlineRv32.h. The instruction set, operand checks and messages are
// those of py/emitinlinerv32.c (v1.28.0); the encodings are AsmRv32's forms.
#include "native/InlineRv32.h"

namespace mpyc {

using namespace rv32;

namespace {

// Operand kinds (the reference's N R I L, with C: a compressed register x8-x15 for R, or U:
// an unsigned immediate for I, and Z: an immediate that must not be zero)
enum : uint8_t { N = 0, R = 1, I = 2, L = 3, C = 4, U = 4, Z = 8 };
constexpr uint8_t RC = R | C, IU = I | U, IZ = I | Z, IUZ = I | U | Z;

// How the operands reach the encoder: in order, or `rd, offset(base)` (RIR)
enum class Convention : uint8_t { InOrder, RegOffsetBase };

// The encoding forms, each one writer below; `op`, `f3` and `f7` are the row's opcode bits
enum class Form : uint8_t {
    R,        // rd, rs1, rs2
    I,        // rd, rs1, imm12 (also loads and csrr*: rd, rs, imm)
    ShiftI,   // rd, rs1, shamt, f7 in the immediate's top bits
    S,        // value, base, imm12
    B,        // rs1, rs2, displacement
    U,        // rd, imm (already shifted)
    J,        // rd, displacement
    CsrI,     // rd, csr, uimm5
    Word,     // a fixed 32-bit instruction (op)
    Half,     // a fixed 16-bit instruction (op)
    CR,       // rd, rs (c.add, c.mv)
    CRJump,   // rs (c.jr, c.jalr)
    CI,       // rd, imm6 (c.addi, c.li, c.slli)
    CLui,     // rd, imm (shifted by 12)
    CIW,      // rd', uimm (c.addi4spn)
    CA,       // rd', rs' (c.and, c.or, c.sub, c.xor; f3 holds the 2-bit funct)
    CBImm,    // rd', imm6 (c.andi, c.srli, c.srai; f7 holds the funct bits)
    CBBranch, // rs', displacement
    CJ,       // displacement
    CL,       // rd', base', offset (c.lw: f3 2; c.sw: f3 6)
    CLwsp,    // rd, offset
    CSwsp,    // rs, offset
    Li,       // rd, value: the optimised immediate load
    La,       // rd, displacement: auipc + addi, always 8 bytes
};

} // namespace

// Names inline rather than pointers: a table of pointers is relocated, page by page, by every
// process at start-up (static PIE), used or not; arrays stay in read-only pages until read.
struct Rv32Opcode {
    char name[11]; // the longest, c_addi4spn
    uint8_t operands;
    Convention convention;
    uint8_t kind[3];
    uint32_t mask[3];
    uint8_t shift[3];
    uint32_t extensions; // RV32_EXT_* the instruction needs
    Form form;
    uint32_t op, f3, f7;
};

namespace {

constexpr Convention IO = Convention::InOrder, RIR = Convention::RegOffsetBase;
constexpr uint32_t ALL = 0xffffffff;

// py/emitinlinerv32.c OPCODES, one row each, in its order
const Rv32Opcode kOpcodes[] = {
    {"add", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 0, 0},
    {"addi", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x13, 0, 0},
    {"and_", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 7, 0},
    {"andi", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x13, 7, 0},
    {"auipc", 2, IO, {R, I, N}, {ALL, 0xfffff000, 0}, {0, 12, 0}, 0, Form::U, 0x17, 0, 0},
    {"beq", 3, IO, {R, R, L}, {ALL, ALL, 0x1ffe}, {0, 0, 0}, 0, Form::B, 0x63, 0, 0},
    {"bge", 3, IO, {R, R, L}, {ALL, ALL, 0x1ffe}, {0, 0, 0}, 0, Form::B, 0x63, 5, 0},
    {"bgeu", 3, IO, {R, R, L}, {ALL, ALL, 0x1ffe}, {0, 0, 0}, 0, Form::B, 0x63, 7, 0},
    {"blt", 3, IO, {R, R, L}, {ALL, ALL, 0x1ffe}, {0, 0, 0}, 0, Form::B, 0x63, 4, 0},
    {"bltu", 3, IO, {R, R, L}, {ALL, ALL, 0x1ffe}, {0, 0, 0}, 0, Form::B, 0x63, 6, 0},
    {"bne", 3, IO, {R, R, L}, {ALL, ALL, 0x1ffe}, {0, 0, 0}, 0, Form::B, 0x63, 1, 0},
    {"csrrc", 3, IO, {R, R, IU}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x73, 3, 0},
    {"csrrs", 3, IO, {R, R, IU}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x73, 2, 0},
    {"csrrw", 3, IO, {R, R, IU}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x73, 1, 0},
    {"csrrci", 3, IO, {R, IU, IU}, {ALL, 0xfff, 0x1f}, {0, 0, 0}, 0, Form::CsrI, 0x73, 7, 0},
    {"csrrsi", 3, IO, {R, IU, IU}, {ALL, 0xfff, 0x1f}, {0, 0, 0}, 0, Form::CsrI, 0x73, 6, 0},
    {"csrrwi", 3, IO, {R, IU, IU}, {ALL, 0xfff, 0x1f}, {0, 0, 0}, 0, Form::CsrI, 0x73, 5, 0},
    {"c_add", 2, IO, {R, R, N}, {0xfffffffe, 0xfffffffe, 0}, {0, 0, 0}, 0, Form::CR, 2, 9, 0},
    {"c_addi", 2, IO, {R, IZ, N}, {0xfffffffe, 0x3f, 0}, {0, 0, 0}, 0, Form::CI, 1, 0, 0},
    {"c_addi4spn", 2, IO, {R, IUZ, N}, {0xff00, 0x3fc, 0}, {0, 0, 0}, 0, Form::CIW, 0, 0, 0},
    {"c_and", 2, IO, {RC, RC, N}, {0xff00, 0xff00, 0}, {0, 0, 0}, 0, Form::CA, 1, 3, 0},
    {"c_andi", 2, IO, {RC, I, N}, {0xff00, 0x3f, 0}, {0, 0, 0}, 0, Form::CBImm, 1, 4, 0x40},
    {"c_beqz", 2, IO, {RC, L, N}, {0xff00, 0x1fe, 0}, {0, 0, 0}, 0, Form::CBBranch, 1, 6, 0},
    {"c_bnez", 2, IO, {RC, L, N}, {0xff00, 0x1fe, 0}, {0, 0, 0}, 0, Form::CBBranch, 1, 7, 0},
    {"c_ebreak", 0, IO, {N, N, N}, {0, 0, 0}, {0, 0, 0}, 0, Form::Half, 0x9002, 0, 0},
    {"c_j", 1, IO, {L, N, N}, {0xffe, 0, 0}, {0, 0, 0}, 0, Form::CJ, 1, 5, 0},
    {"c_jal", 1, IO, {L, N, N}, {0xffe, 0, 0}, {0, 0, 0}, 0, Form::CJ, 1, 1, 0},
    {"c_jalr", 1, IO, {R, N, N}, {0xfffffffe, 0, 0}, {0, 0, 0}, 0, Form::CRJump, 2, 9, 0},
    {"c_jr", 1, IO, {R, N, N}, {0xfffffffe, 0, 0}, {0, 0, 0}, 0, Form::CRJump, 2, 8, 0},
    {"c_li", 2, IO, {R, I, N}, {0xfffffffe, 0x3f, 0}, {0, 0, 0}, 0, Form::CI, 1, 2, 0},
    {"c_lui", 2, IO, {R, IUZ, N}, {0xfffffffa, 0x1f800, 0}, {0, 12, 0}, 0, Form::CLui, 1, 3, 0},
    {"c_lw", 2, RIR, {RC, I, RC}, {0xff00, 0x7c, 0xff00}, {0, 0, 0}, 0, Form::CL, 0, 2, 0},
    {"c_lwsp", 2, IO, {R, I, N}, {0xfffffffe, 0xfc, 0}, {0, 0, 0}, 0, Form::CLwsp, 2, 2, 0},
    {"c_mv", 2, IO, {R, R, N}, {0xfffffffe, 0xfffffffe, 0}, {0, 0, 0}, 0, Form::CR, 2, 8, 0},
    {"c_nop", 0, IO, {N, N, N}, {0, 0, 0}, {0, 0, 0}, 0, Form::Half, 0x0001, 0, 0},
    {"c_or", 2, IO, {RC, RC, N}, {0xff00, 0xff00, 0}, {0, 0, 0}, 0, Form::CA, 1, 2, 0},
    {"c_slli", 2, IO, {R, IU, N}, {0xfffffffe, 0x1f, 0}, {0, 0, 0}, 0, Form::CI, 2, 0, 0},
    {"c_srai", 2, IO, {RC, IU, N}, {0xff00, 0x1f, 0}, {0, 0, 0}, 0, Form::CBImm, 1, 4, 0x20},
    {"c_srli", 2, IO, {RC, IU, N}, {0xff00, 0x1f, 0}, {0, 0, 0}, 0, Form::CBImm, 1, 4, 0},
    {"c_sub", 2, IO, {RC, RC, N}, {0xff00, 0xff00, 0}, {0, 0, 0}, 0, Form::CA, 1, 0, 0},
    {"c_sw", 2, RIR, {RC, I, RC}, {0xff00, 0x7c, 0xff00}, {0, 0, 0}, 0, Form::CL, 0, 6, 0},
    {"c_swsp", 2, IO, {R, I, N}, {ALL, 0xfc, 0}, {0, 0, 0}, 0, Form::CSwsp, 2, 6, 0},
    {"c_xor", 2, IO, {RC, RC, N}, {0xff00, 0xff00, 0}, {0, 0, 0}, 0, Form::CA, 1, 1, 0},
    {"div", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 4, 1},
    {"divu", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 5, 1},
    {"ebreak", 0, IO, {N, N, N}, {0, 0, 0}, {0, 0, 0}, 0, Form::Word, 0x100073, 0, 0},
    {"ecall", 0, IO, {N, N, N}, {0, 0, 0}, {0, 0, 0}, 0, Form::Word, 0x73, 0, 0},
    {"jal", 2, IO, {R, L, N}, {ALL, 0x1ffffe, 0}, {0, 0, 0}, 0, Form::J, 0x6f, 0, 0},
    {"jalr", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x67, 0, 0},
    {"la", 2, IO, {R, L, N}, {ALL, ALL, 0}, {0, 0, 0}, 0, Form::La, 0, 0, 0},
    {"lb", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::I, 0x03, 0, 0},
    {"lbu", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::I, 0x03, 4, 0},
    {"lh", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::I, 0x03, 1, 0},
    {"lhu", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::I, 0x03, 5, 0},
    {"li", 2, IO, {R, I, N}, {ALL, ALL, 0}, {0, 0, 0}, 0, Form::Li, 0, 0, 0},
    {"lui", 2, IO, {R, I, N}, {ALL, 0xfffff000, 0}, {0, 12, 0}, 0, Form::U, 0x37, 0, 0},
    {"lw", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::I, 0x03, 2, 0},
    {"mv", 2, IO, {R, R, N}, {ALL, ALL, 0}, {0, 0, 0}, 0, Form::CR, 2, 8, 0},
    {"mul", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 0, 1},
    {"mulh", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 1, 1},
    {"mulhsu", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 2, 1},
    {"mulhu", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 3, 1},
    {"or_", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 6, 0},
    {"ori", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x13, 6, 0},
    {"rem", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 6, 1},
    {"remu", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 7, 1},
    {"sb", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::S, 0x23, 0, 0},
    {"sh", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::S, 0x23, 1, 0},
    {"sh1add", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, kRv32ExtZba, Form::R, 0x33, 2, 0x10},
    {"sh2add", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, kRv32ExtZba, Form::R, 0x33, 4, 0x10},
    {"sh3add", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, kRv32ExtZba, Form::R, 0x33, 6, 0x10},
    {"sll", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 1, 0},
    {"slli", 3, IO, {R, R, IU}, {ALL, ALL, 0x1f}, {0, 0, 0}, 0, Form::ShiftI, 0x13, 1, 0},
    {"slt", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 2, 0},
    {"slti", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x13, 2, 0},
    {"sltiu", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x13, 3, 0},
    {"sltu", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 3, 0},
    {"sra", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 5, 0x20},
    {"srai", 3, IO, {R, R, IU}, {ALL, ALL, 0x1f}, {0, 0, 0}, 0, Form::ShiftI, 0x13, 5, 0x20},
    {"srl", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 5, 0},
    {"srli", 3, IO, {R, R, IU}, {ALL, ALL, 0x1f}, {0, 0, 0}, 0, Form::ShiftI, 0x13, 5, 0},
    {"sub", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 0, 0x20},
    {"sw", 2, RIR, {R, I, R}, {ALL, 0xfff, ALL}, {0, 0, 0}, 0, Form::S, 0x23, 2, 0},
    {"xor", 3, IO, {R, R, R}, {ALL, ALL, ALL}, {0, 0, 0}, 0, Form::R, 0x33, 4, 0},
    {"xori", 3, IO, {R, R, I}, {ALL, ALL, 0xfff}, {0, 0, 0}, 0, Form::I, 0x13, 4, 0},
};

// The register names: ABI names, then x0..x31 (REGISTERS_QSTR_TABLE)
const char kAbiNames[32][5] = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0",  "s1",  "a0",
                                   "a1",   "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3",  "s4",  "s5",
                                   "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};

bool registerNumber(const AsmOperand& a, uint32_t& number) {
    if (a.kind != AsmOperand::Kind::Name) return false;
    for (uint32_t i = 0; i < 32; ++i) {
        if (a.name == kAbiNames[i] || a.name == "x" + std::to_string(i)) {
            number = i;
            return true;
        }
    }
    return false;
}

// is_in_signed_mask: a contiguous mask's range as a signed field, on the low 32 bits of the
// value (the reference's masks are 32-bit); a value with bits below the mask's lowest is out
bool inSignedMask(uint32_t mask, uint64_t value64) {
    if (mask & 0x80000000u) return true;
    uint32_t value = uint32_t(value64);
    unsigned top = 31 - unsigned(__builtin_clz(mask));
    uint32_t positiveMask = ~(mask & ~(1u << top));
    if ((value & positiveMask) == 0) return true;
    uint32_t negativeMask = ~(mask >> 1);
    unsigned low = unsigned(__builtin_ctz(mask));
    if (low > 0) {
        uint32_t lowMask = (1u << low) - 1;
        if (value & lowMask) return false;
        negativeMask &= ~lowMask;
    }
    return (value & negativeMask) == negativeMask;
}

// is_in_unsigned_mask: all 64 bits count (the mask is widened to mp_uint_t)
bool inUnsignedMask(uint32_t mask, uint64_t value) { return (value & ~uint64_t(mask)) == 0; }

std::string argText(const Rv32Opcode& row, unsigned index, const char* what) {
    return "opcode '" + std::string(row.name) + "' argument " + std::to_string(index + 1) + ": " + what;
}

} // namespace

void InlineRv32::startPass(bool emit, uint32_t) {
    emit_ = emit;
    if (!emit) labels_.reset();
    as_.startPass(emit);
}

void InlineRv32::endPass() {
    as_.jumpReg(1); // c.jr ra
}

uint32_t InlineRv32::countParams(llvm::ArrayRef<std::string> names) {
    if (names.size() > 4) {
        error = "can only have up to 4 parameters for RV32 assembly";
        return 0;
    }
    for (size_t i = 0; i < names.size(); ++i) {
        AsmOperand a;
        a.kind = AsmOperand::Kind::Name;
        a.name = names[i];
        uint32_t number = 0;
        if (!registerNumber(a, number) || number != 10 + i) {
            error = "parameters must be registers in sequence a0 to a3";
            return 0;
        }
    }
    return static_cast<uint32_t>(names.size());
}

bool InlineRv32::label(uint32_t number, llvm::StringRef name) {
    if (!labels_.define(number, name, !emit_)) return false;
    as_.labelAssign(number);
    return true;
}

bool InlineRv32::argument(const Rv32Opcode& row, const AsmOperand& a, unsigned index, uint64_t& out) {
    uint8_t kind = row.kind[index];
    uint32_t mask = row.mask[index];
    switch (kind & 3) {
    case N: out = 0; return true;
    case R: {
        uint32_t number = 0;
        if (!registerNumber(a, number)) {
            error = argText(row, index, "expecting register");
            return false;
        }
        if (!(mask >> number & 1)) {
            error = argText(row, index, "unknown register");
            return false;
        }
        out = (kind & C) ? number - 8 : number;
        return true;
    }
    case I: {
        if (a.kind != AsmOperand::Kind::Int) {
            error = argText(row, index, "expecting integer");
            return false;
        }
        uint64_t value = a.value << row.shift[index];
        if (!((kind & U) ? inUnsignedMask(mask, value) : inSignedMask(mask, value))) {
            error = argText(row, index, "out of range");
            return false;
        }
        if ((kind & Z) && value == 0) {
            error = argText(row, index, "must not be zero");
            return false;
        }
        out = value;
        return true;
    }
    default: { // L
        if (a.kind != AsmOperand::Kind::Name) {
            error = argText(row, index, "expecting label");
            return false;
        }
        std::optional<uint32_t> number = labels_.find(a.name);
        size_t at = number ? as_.labelOffset(*number) : NativeAsm::kUnknown;
        if (at == NativeAsm::kUnknown) {
            if (emit_) {
                error = argText(row, index, ("undefined label '" + a.name + "'").c_str());
                return false;
            }
            // while sizing, an unseen label is read one past the reference's label table,
            // which holds zero (see the golden README: the reference's result differs when
            // the table fills its heap block exactly)
            at = 0;
        }
        uint64_t displacement = uint64_t(int64_t(at) - int64_t(as_.codePos()));
        if (!((kind & U) ? inUnsignedMask(mask, displacement) : inSignedMask(mask, displacement))) {
            error = argText(row, index, "out of range");
            return false;
        }
        out = displacement;
        return true;
    }
    }
}

bool InlineRv32::offsetOperand(const Rv32Opcode& row, const AsmOperand& a, uint64_t& offset, uint64_t& base) {
    if (a.kind != AsmOperand::Kind::Offset) {
        error = argText(row, 1, "expecting offset");
        return false;
    }
    const AsmOperand& value = a.items[0];
    if (a.negative) {
        // the parser leaves `-4(a0)` as minus applied to `4(a0)`: the offset is checked negated
        if (value.kind != AsmOperand::Kind::Int) {
            error = argText(row, 1, "expecting integer");
            return false;
        }
        uint64_t v = ~value.value + 1;
        uint64_t shifted = v << row.shift[1];
        bool ok = (row.kind[1] & U) ? inUnsignedMask(row.mask[1], shifted) : inSignedMask(row.mask[1], shifted);
        if (!ok || ((row.kind[1] & Z) && shifted == 0)) {
            error = argText(row, 1, "out of range");
            return false;
        }
        offset = v;
    } else if (!argument(row, value, 1, offset)) {
        return false;
    }
    return argument(row, a.items[1], 2, base);
}

void InlineRv32::encode(const Rv32Opcode& e, const uint64_t args[3]) {
    uint32_t a = uint32_t(args[0]), b = uint32_t(args[1]), c = uint32_t(args[2]);
    switch (e.form) {
    case Form::R: as_.op32w(typeR(e.op, e.f3, e.f7, a, b, c)); break;
    case Form::I: as_.op32w(typeI(e.op, e.f3, a, b, c)); break;
    case Form::ShiftI: as_.op32w(typeI(e.op, e.f3, a, b, (c & 0x1f) | e.f7 << 5)); break;
    case Form::S: as_.op32w(typeS(e.op, e.f3, b, a, c)); break;
    case Form::B: as_.op32w(typeB(e.op, e.f3, a, b, c)); break;
    case Form::U: as_.op32w(typeU(e.op, a, b)); break;
    case Form::J: as_.op32w(typeJ(e.op, a, b)); break;
    case Form::CsrI: as_.op32w(typeCsrI(e.op, e.f3, a, b, c)); break;
    case Form::Word: as_.op32w(e.op); break;
    case Form::Half: as_.op16(e.op); break;
    case Form::CR: as_.op16(typeCR(e.op, e.f3, a, b)); break;
    case Form::CRJump: as_.op16(typeCR(e.op, e.f3, a, 0)); break;
    case Form::CI: as_.op16(typeCI(e.op, e.f3, a, b)); break;
    case Form::CLui: as_.op16(typeCI(e.op, e.f3, a, uint32_t(args[1] >> 12))); break;
    case Form::CIW: as_.op16(typeCIW(e.op, e.f3, a, b)); break;
    case Form::CA: as_.op16(typeCA(e.op, 0x23, e.f3, a, b)); break;
    case Form::CBImm: as_.op16(typeCB(e.op, e.f3, a, ((b & 0x20) << 2) | (b & 0x1f) | e.f7)); break;
    case Form::CBBranch: as_.op16(typeCB(e.op, e.f3, a, cbBranchOffset(b))); break;
    case Form::CJ: as_.op16(typeCJ(e.op, e.f3, a)); break;
    case Form::CL: as_.op16(typeCL(e.op, e.f3, a, b, c)); break;
    case Form::CLwsp: as_.op16(typeCI(e.op, e.f3, a, ((b & 0xc0) >> 6) | (b & 0x3c))); break;
    case Form::CSwsp: as_.op16(typeCSS(e.op, e.f3, a, ((b & 0xc0) >> 6) | (b & 0x3c))); break;
    case Form::Li: as_.loadImmediate(int(a), int64_t(args[1])); break;
    case Form::La: as_.loadAddress(int(a), int64_t(args[1])); break;
    }
}

void InlineRv32::op(const AsmInstruction& in) {
    const Rv32Opcode* row = nullptr;
    for (const Rv32Opcode& e : kOpcodes) {
        if (in.op == e.name) {
            row = &e;
            break;
        }
    }
    if (!row || (ext_ & row->extensions) != row->extensions) {
        error = "invalid RV32 instruction '" + in.op + "'";
        return;
    }
    if (in.args.size() != row->operands) {
        error = "opcode '" + in.op + "': expecting " + std::to_string(row->operands) + " arguments";
        return;
    }
    uint64_t args[3] = {0, 0, 0};
    if (row->operands >= 1 && !argument(*row, in.args[0], 0, args[0])) return;
    if (row->convention == Convention::RegOffsetBase) {
        uint64_t offset = 0, base = 0;
        if (!offsetOperand(*row, in.args[1], offset, base)) return;
        args[1] = base; // the encoders take `rd, base, offset`
        args[2] = offset;
    } else {
        if (row->operands >= 2 && !argument(*row, in.args[1], 1, args[1])) return;
        if (row->operands >= 3 && !argument(*row, in.args[2], 2, args[2])) return;
    }
    encode(*row, args);
}

} // namespace mpyc
