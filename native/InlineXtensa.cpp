// @micropython.asm_xtensa; see InlineXtensa.h. The instruction set, operand checks and
// messages are those of py/emitinlinextensa.c (v1.28.0) as mpy-cross builds it (without
// MICROPY_EMIT_INLINE_XTENSA_UNCOMMON_OPCODES).
#include "native/InlineXtensa.h"

#include <cstdio>

namespace mpyc {

namespace {

// An opcode-table row (the reference's OPCODE_TABLE): a field below 16 is a constant, 16, 32
// or 48 takes operand 0, 1 or 2 as a register. RRI8 rows take operand 2 as an immediate,
// unsigned and scaled by 2^(shift/2) when shift > 0, else signed 8-bit.
enum Form : uint8_t { Rrr, Rri8, Rrrn };
constexpr uint8_t A0 = 16, A1 = 32, A2 = 48;
struct Opcode {
    char name[7]; // inline, not a pointer to relocate at start-up; the longest, callx0
    uint8_t operands, op2, op1, op0, r, s, t, shift;
    Form form;
};
const Opcode kOpcodes[] = {
    {"abs_", 2, 6, 0, 0, A0, 1, A1, 0, Rrr},      {"add", 3, 8, 0, 0, A0, A1, A2, 0, Rrr},
    {"add_n", 3, 0, 0, 10, A0, A1, A2, 0, Rrrn},  {"addi", 3, 0, 0, 2, 12, A1, A0, 0, Rri8},
    {"addx2", 3, 9, 0, 0, A0, A1, A2, 0, Rrr},    {"addx4", 3, 10, 0, 0, A0, A1, A2, 0, Rrr},
    {"addx8", 3, 11, 0, 0, A0, A1, A2, 0, Rrr},   {"and_", 3, 1, 0, 0, A0, A1, A2, 0, Rrr},
    {"callx0", 1, 0, 0, 0, 0, A0, 12, 0, Rrr},    {"jx", 1, 0, 0, 0, 0, A0, 10, 0, Rrr},
    {"l16si", 3, 0, 0, 2, 9, A1, A0, 3, Rri8},    {"l16ui", 3, 0, 0, 2, 1, A1, A0, 3, Rri8},
    {"l32i", 3, 0, 0, 2, 2, A1, A0, 5, Rri8},     {"l8ui", 3, 0, 0, 2, 0, A1, A0, 1, Rri8},
    {"mov", 2, 0, 0, 13, 0, A1, A0, 0, Rrrn},     {"mov_n", 2, 0, 0, 13, 0, A1, A0, 0, Rrrn},
    {"mull", 3, 8, 2, 0, A0, A1, A2, 0, Rrr},     {"neg", 2, 6, 0, 0, A0, 0, A1, 0, Rrr},
    {"nop", 0, 0, 0, 0, 2, 0, 15, 0, Rrr},        {"nop_n", 0, 0, 0, 13, 15, 0, 3, 0, Rrrn},
    {"nsa", 2, 4, 0, 0, 14, A1, A0, 0, Rrr},      {"nsau", 2, 4, 0, 0, 15, A1, A0, 0, Rrr},
    {"or_", 3, 2, 0, 0, A0, A1, A2, 0, Rrr},      {"ret", 0, 0, 0, 13, 15, 0, 0, 0, Rrrn},
    {"ret_n", 0, 0, 0, 13, 15, 0, 0, 0, Rrrn},    {"s16i", 3, 0, 0, 2, 5, A1, A0, 3, Rri8},
    {"s32i", 3, 0, 0, 2, 6, A1, A0, 5, Rri8},     {"s8i", 3, 0, 0, 2, 4, A1, A0, 1, Rri8},
    {"sll", 2, 10, 1, 0, A0, A1, 0, 0, Rrr},      {"sra", 2, 11, 1, 0, A0, 0, A1, 0, Rrr},
    {"src", 3, 8, 1, 0, A0, A1, A2, 0, Rrr},      {"srl", 2, 9, 1, 0, A0, 0, A1, 0, Rrr},
    {"ssa8b", 1, 4, 0, 0, 3, A0, 0, 0, Rrr},      {"ssa8l", 1, 4, 0, 0, 2, A0, 0, 0, Rrr},
    {"ssl", 1, 4, 0, 0, 1, A0, 0, 0, Rrr},        {"ssr", 1, 4, 0, 0, 0, A0, 0, 0, Rrr},
    {"sub", 3, 12, 0, 0, A0, A1, A2, 0, Rrr},     {"subx2", 3, 13, 0, 0, A0, A1, A2, 0, Rrr},
    {"subx4", 3, 14, 0, 0, A0, A1, A2, 0, Rrr},   {"subx8", 3, 15, 0, 0, A0, A1, A2, 0, Rrr},
    {"xor", 3, 3, 0, 0, A0, A1, A2, 0, Rrr},
};

// Two-register branches, by their condition field (the empty names are not instructions)
const char* const kBranches[] = {"bnone", "beq", "blt", "bltu", "ball", "bbc", "", "",
                                 "bany", "bne", "bge", "bgeu", "bnall", "bbs"};
// Branches on one register; the index & 3 is the condition
const char* const kBranchesZ[] = {"beqz", "bnez", "bltz", "bgez", "beqz_n", "bnez_n"};

std::string printf2(const char* fmt, long a, long b = 0, long c = 0) {
    char buf[160];
    std::snprintf(buf, sizeof buf, fmt, a, b, c);
    return buf;
}

uint32_t rrr(uint32_t op0, uint32_t op1, uint32_t op2, uint32_t r, uint32_t s, uint32_t t) {
    return op2 << 20 | op1 << 16 | r << 12 | s << 8 | t << 4 | op0;
}

} // namespace

void InlineXtensa::startPass(bool emit, uint32_t maxLabels) {
    emit_ = emit;
    (void)maxLabels;
    if (!emit) labels_.reset();
    as_.startPass(emit);
    as_.entry(0);
}

void InlineXtensa::endPass() {
    as_.exit();
    as_.endPass();
}

uint32_t InlineXtensa::countParams(llvm::ArrayRef<std::string> names) {
    if (names.size() > 4) {
        fail("can only have up to 4 parameters to Xtensa assembly");
        return 0;
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] != "a" + std::to_string(i + 2)) {
            fail("parameters must be registers in sequence a2 to a5");
            return 0;
        }
    }
    return static_cast<uint32_t>(names.size());
}

bool InlineXtensa::label(uint32_t number, llvm::StringRef name) {
    if (!labels_.define(number, name, !emit_)) return false;
    as_.labelAssign(number);
    return true;
}

void InlineXtensa::raise(std::string message) {
    // the reference raises out of the compiler: the first one ends it
    if (!error || errorClass != "RuntimeError") {
        error = std::move(message);
        errorClass = "RuntimeError";
    }
}

uint32_t InlineXtensa::reg(const std::string& op, const AsmOperand& a) {
    if (a.kind == AsmOperand::Kind::Name && a.name.size() >= 2 && a.name[0] == 'a') {
        for (uint32_t i = 0; i < 16; ++i)
            if (a.name == "a" + std::to_string(i)) return i;
    }
    fail("'" + op + "' expects a register");
    return 0;
}

uint32_t InlineXtensa::imm(const std::string& op, const AsmOperand& a, int min, int max) {
    if (a.kind != AsmOperand::Kind::Int) {
        fail("'" + op + "' expects an integer");
        return 0;
    }
    uint32_t i = static_cast<uint32_t>(a.value);
    if (min != max && (int32_t(i) < min || int32_t(i) > max)) {
        fail("'" + op + printf2("' integer %ld isn't within range %ld..%ld", long(int32_t(i)), min, max));
        return 0;
    }
    return i;
}

uint32_t InlineXtensa::labelNumber(const std::string& op, const AsmOperand& a) {
    if (a.kind != AsmOperand::Kind::Name) {
        fail("'" + op + "' expects a label");
        return 0;
    }
    if (std::optional<uint32_t> number = labels_.find(a.name)) return *number;
    if (emit_) fail("label '" + a.name + "' not defined");
    return 0;
}

void InlineXtensa::call0(Label label) {
    int64_t dest = int64_t(as_.labelOffset(label));
    int64_t rel = dest - int64_t(as_.codePos()) - 3;
    if (as_.emitting()) {
        if (dest & 3) raise("ERROR: call0 target not word-aligned");
        if (rel & 3) raise("ERROR: call0 location not word-aligned");
        if (rel < -(1 << 17) || rel >= (1 << 17)) raise("ERROR: xtensa call0 out of range");
    }
    as_.op24((uint32_t(rel) & 0x3ffff) << 6 | 5);
}

void InlineXtensa::l32rLabel(int reg, Label label) {
    int64_t dest = int64_t(as_.labelOffset(label));
    int64_t rel = dest - int64_t(as_.codePos());
    if (as_.emitting()) {
        if (dest & 3) raise("ERROR: l32r target not word-aligned");
        if (rel & 3) raise("ERROR: l32r location not word-aligned");
        if (rel < -(1 << 17) || rel >= (1 << 17) || rel >= 0) raise("ERROR: xtensa l32r out of range");
    }
    as_.l32r(reg, uint32_t(as_.codePos()), uint32_t(dest));
}

void InlineXtensa::bitBranch(uint32_t reg, uint32_t bit, Label label, uint32_t cond) {
    int64_t rel = int64_t(as_.labelOffset(label)) - int64_t(as_.codePos()) - 4;
    if (as_.emitting() && (rel < -128 || rel > 127)) raise("ERROR: xtensa bit_branch out of range");
    as_.op24((uint32_t(rel) & 0xff) << 16 | (cond | ((bit >> 4) & 1)) << 12 | reg << 8 | (bit & 0xf) << 4 | 7);
}

void InlineXtensa::op(const AsmInstruction& in) {
    bool known = false;
    if (table(in, &known)) {
        if (!known) fail("unsupported Xtensa instruction '" + in.op + "' with " + std::to_string(in.args.size()) + " arguments");
        return;
    }
    switch (in.args.size()) {
    case 1: known = op1(in); break;
    case 2: known = op2(in); break;
    case 3: known = op3(in); break;
    default: known = false; break;
    }
    if (!known) fail("unsupported Xtensa instruction '" + in.op + "' with " + std::to_string(in.args.size()) + " arguments");
}

bool InlineXtensa::table(const AsmInstruction& in, bool* known) {
    for (const Opcode& e : kOpcodes) {
        if (in.op != e.name) continue;
        if (in.args.size() != e.operands) {
            *known = false;
            return true;
        }
        uint32_t code = (e.r & 0xfu) << 12 | (e.s & 0xfu) << 8 | (e.t & 0xfu) << 4 | e.op0;
        if (e.form == Rrr) {
            code |= uint32_t(e.op2) << 20 | uint32_t(e.op1) << 16;
        } else if (e.form == Rri8) {
            int min = 0, max = 0, shift = e.shift;
            if (shift > 0) {
                shift >>= 1;
                max = 0xff << shift;
            } else {
                min = -128;
                max = 127;
            }
            uint32_t i = imm(in.op, in.args[2], min, max);
            code |= ((i >> shift) & 0xff) << 16;
        }
        if (e.r >= A0) code |= reg(in.op, in.args[(e.r >> 4) - 1]) << 12;
        if (e.s >= A0) code |= reg(in.op, in.args[(e.s >> 4) - 1]) << 8;
        if (e.t >= A0) code |= reg(in.op, in.args[(e.t >> 4) - 1]) << 4;
        if (e.form == Rrrn) {
            as_.op16(code & 0xffff);
        } else {
            as_.op24(code);
        }
        *known = true;
        return true;
    }
    return false;
}

bool InlineXtensa::op1(const AsmInstruction& in) {
    const std::string& op = in.op;
    if (op == "j") {
        as_.jump(labelNumber(op, in.args[0]));
    } else if (op == "ssai") {
        uint32_t sa = imm(op, in.args[0], 0, 31);
        as_.op24(rrr(0, 0, 4, 4, sa & 0xf, (sa >> 4) & 1));
    } else if (op == "call0") {
        call0(labelNumber(op, in.args[0]));
    } else {
        return false;
    }
    return true;
}

bool InlineXtensa::op2(const AsmInstruction& in) {
    const std::string& op = in.op;
    uint32_t r0 = reg(op, in.args[0]); // read first, whatever the instruction
    for (size_t i = 0; i < sizeof kBranchesZ / sizeof *kBranchesZ; ++i) {
        if (op == kBranchesZ[i]) {
            as_.bccz(unsigned(i & 3), int(r0), labelNumber(op, in.args[1]));
            return true;
        }
    }
    if (op == "movi") {
        // always a literal, whatever the value (unlike the native emitter's movi)
        as_.movImm32(int(r0), imm(op, in.args[1], 0, 0));
    } else if (op == "l32r") {
        l32rLabel(int(r0), labelNumber(op, in.args[1]));
    } else if (op == "movi_n") {
        as_.movin(int(r0), int32_t(imm(op, in.args[1], -32, 95)));
    } else {
        return false;
    }
    return true;
}

bool InlineXtensa::op3(const AsmInstruction& in) {
    const std::string& op = in.op;
    const auto& a = in.args;
    for (size_t i = 0; i < sizeof kBranches / sizeof *kBranches; ++i) {
        if (*kBranches[i] && op == kBranches[i]) {
            uint32_t r0 = reg(op, a[0]);
            uint32_t r1 = reg(op, a[1]);
            as_.bcc(unsigned(i), int(r0), int(r1), labelNumber(op, a[2]));
            return true;
        }
    }
    if (op == "addi_n") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t r1 = reg(op, a[1]);
        int32_t i4 = int32_t(imm(op, a[2], -1, 15));
        // 0 encodes -1; the reference's -1 spills into the other fields (kept as it is)
        int32_t t = i4 != 0 ? i4 : -1;
        as_.op16(uint32_t(int32_t(r0 << 12) | int32_t(r1 << 8) | int32_t(uint32_t(t) << 4) | 11) & 0xffff);
    } else if (op == "addmi") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t r1 = reg(op, a[1]);
        int32_t i8 = int32_t(imm(op, a[2], -128 * 256, 127 * 256));
        if (i8 & 0xff) {
            fail(printf2("%ld is not a multiple of %ld", i8, 256));
        } else {
            as_.op24((uint32_t(i8 >> 8) << 16 | 13 << 12 | r1 << 8 | r0 << 4 | 2) & 0xffffff);
        }
    } else if (op == "bbci" || op == "bbsi") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t bit = imm(op, a[1], 0, 31);
        Label label = labelNumber(op, a[2]);
        bitBranch(r0, bit, label, op == "bbci" ? 6 : 14);
    } else if (op == "slli") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t r1 = reg(op, a[1]);
        uint32_t bits = 32 - imm(op, a[2], 1, 31);
        as_.op24(rrr(0, 1, (bits >> 4) & 1, r0, r1, bits & 0xf));
    } else if (op == "srai") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t r1 = reg(op, a[1]);
        uint32_t bits = imm(op, a[2], 0, 31);
        as_.op24(rrr(0, 1, 2 | ((bits >> 4) & 1), r0, bits & 0xf, r1));
    } else if (op == "srli") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t r1 = reg(op, a[1]);
        uint32_t bits = imm(op, a[2], 0, 15);
        as_.op24(rrr(0, 1, 4, r0, bits, r1));
    } else if (op == "l32i_n" || op == "s32i_n") {
        uint32_t r0 = reg(op, a[0]);
        uint32_t r1 = reg(op, a[1]);
        uint32_t i = imm(op, a[2], 0, 60);
        if (i & 3) {
            fail(printf2("%ld is not a multiple of %ld", long(i), 4));
        } else if (op == "l32i_n") {
            as_.l32in(int(r0), int(r1), i >> 2);
        } else {
            as_.s32in(int(r0), int(r1), i >> 2);
        }
    } else {
        return false;
    }
    return true;
}

} // namespace mpyc
