// @micropython.asm_thumb; see InlineThumb.h. The instruction set, operand checks and
// messages are those of py/emitinlinethumb.c (v1.28.0), including its order of checks: an
// operand error does not stop the instruction, and a later error replaces an earlier one.
#include "native/InlineThumb.h"

#include <cstdio>
#include <cstring>

namespace mpyc {

namespace {

// Names inline rather than pointers: a table of pointers is relocated page by page by every
// process at start-up (a static PIE), used or not; these stay in read-only pages until read.
struct RegName {
    uint32_t reg;
    char name[8];
};
const RegName kRegNames[] = {
    {0, "r0"}, {1, "r1"}, {2, "r2"}, {3, "r3"}, {4, "r4"}, {5, "r5"}, {6, "r6"}, {7, "r7"},
    {8, "r8"}, {9, "r9"}, {10, "r10"}, {11, "r11"}, {12, "r12"}, {13, "r13"}, {14, "r14"}, {15, "r15"},
    {10, "sl"}, {11, "fp"}, {13, "sp"}, {14, "lr"}, {15, "pc"},
};
const RegName kSpecialRegNames[] = {{5, "IPSR"}, {17, "BASEPRI"}};

struct CondName {
    uint32_t cc;
    char name[4];
};
const CondName kConds[] = {
    {0x0, "eq"}, {0x1, "ne"}, {0x2, "cs"}, {0x3, "cc"}, {0x4, "mi"}, {0x5, "pl"}, {0x6, "vs"},
    {0x7, "vc"}, {0x8, "hi"}, {0x9, "ls"}, {0xa, "ge"}, {0xb, "lt"}, {0xc, "gt"}, {0xd, "le"},
};

// Thumb format 4 (two low registers), by mnemonic
struct Format4 {
    uint32_t op;
    char name[4];
};
const Format4 kFormat4[] = {
    {0x4040, "eor"}, {0x4080, "lsl"}, {0x40c0, "lsr"}, {0x4100, "asr"}, {0x4140, "adc"},
    {0x4180, "sbc"}, {0x41c0, "ror"}, {0x4200, "tst"}, {0x4240, "neg"}, {0x4280, "cmp"},
    {0x42c0, "cmn"}, {0x4300, "orr"}, {0x4340, "mul"}, {0x4380, "bic"}, {0x43c0, "mvn"},
};

// Thumb formats 9 and 10 (load/store with an immediate offset)
struct Format910 {
    uint32_t op;
    char name[5];
};
const Format910 kFormat910[] = {
    {0x6800, "ldr"}, {0x7800, "ldrb"}, {0x8800, "ldrh"}, {0x6000, "str"}, {0x7000, "strb"}, {0x8000, "strh"},
};

// VFP three-register arithmetic: 0xee00 | op's high nibble, 0x0a00 | op's low nibble << 4
struct VfpArith {
    uint32_t op;
    const char* name;
};
const VfpArith kVfpArith[] = {{0x30, "add"}, {0x34, "sub"}, {0x20, "mul"}, {0x80, "div"}};

std::string format(const char* fmt, const std::string& op, long a = 0, long b = 0) {
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, op.c_str(), a, b);
    return buf;
}

const std::string& nameOf(const AsmOperand& a) {
    static const std::string empty;
    return a.kind == AsmOperand::Kind::Name ? a.name : empty;
}

} // namespace

void InlineThumb::startPass(bool emit, uint32_t maxLabels) {
    emit_ = emit;
    (void)maxLabels;
    if (!emit) labels_.reset();
    as_.startPass(emit);
    if (armState_) as_.armToThumbPrelude();
    as_.entry(0);
}

void InlineThumb::endPass() { as_.exit(); }

uint32_t InlineThumb::countParams(llvm::ArrayRef<std::string> names) {
    if (names.size() > 4) {
        fail("can only have up to 4 parameters to Thumb assembly");
        return 0;
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] != "r" + std::to_string(i)) {
            fail("parameters must be registers in sequence r0 to r3");
            return 0;
        }
    }
    return static_cast<uint32_t>(names.size());
}

bool InlineThumb::label(uint32_t number, llvm::StringRef name) {
    if (!labels_.define(number, name, !emit_)) return false; // label redefined
    as_.labelAssign(number);
    return true;
}

uint32_t InlineThumb::reg(const std::string& op, const AsmOperand& a, uint32_t maxReg) {
    const std::string& s = nameOf(a);
    for (const RegName& r : kRegNames) {
        if (s == r.name) {
            if (r.reg > maxReg) {
                fail(format("'%s' expects at most r%ld", op, long(maxReg)));
                return 0;
            }
            return r.reg;
        }
    }
    fail(format("'%s' expects a register", op));
    return 0;
}

uint32_t InlineThumb::specialReg(const std::string& op, const AsmOperand& a) {
    for (const RegName& r : kSpecialRegNames)
        if (nameOf(a) == r.name) return r.reg;
    fail(format("'%s' expects a special register", op));
    return 0;
}

uint32_t InlineThumb::vfpReg(const std::string& op, const AsmOperand& a) {
    const std::string& s = nameOf(a);
    if (s.size() >= 2 && s[0] == 's') {
        uint32_t n = 0;
        bool digits = true;
        for (size_t i = 1; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9') {
                digits = false;
                break;
            }
            n = 10 * n + uint32_t(s[i] - '0');
        }
        if (digits) {
            if (n > 31) {
                fail(format("'%s' expects at most r%ld", op, 31));
                return 0;
            }
            return n;
        }
    }
    fail(format("'%s' expects an FPU register", op));
    return 0;
}

uint32_t InlineThumb::regList(const std::string& op, const AsmOperand& a) {
    // {r0, r1, ...}: a set display; one element must be a name
    if (a.kind == AsmOperand::Kind::Brace && a.items.size() == 1 && a.items[0].kind == AsmOperand::Kind::Name)
        return 1u << reg(op, a.items[0], 15);
    if (a.kind == AsmOperand::Kind::Brace && a.items.size() >= 2) {
        uint32_t list = 0;
        for (const AsmOperand& item : a.items)
            list |= 1u << reg(op, item, 15);
        return list;
    }
    fail(format("'%s' expects {r0, r1, ...}", op));
    return 0;
}

uint32_t InlineThumb::imm(const std::string& op, const AsmOperand& a, uint32_t fitMask) {
    if (a.kind != AsmOperand::Kind::Int) {
        fail(format("'%s' expects an integer", op));
        return 0;
    }
    uint32_t i = static_cast<uint32_t>(a.value);
    if (i & ~fitMask) {
        fail(format("'%s' integer 0x%lx doesn't fit in mask 0x%lx", op, long(i), long(fitMask)));
        return 0;
    }
    return i;
}

bool InlineThumb::addr(const std::string& op, const AsmOperand& a, const AsmOperand** base, const AsmOperand** offset) {
    if (a.kind == AsmOperand::Kind::Bracket && a.items.size() == 2) {
        *base = &a.items[0];
        *offset = &a.items[1];
        return true;
    }
    fail(format("'%s' expects an address of the form [a, b]", op));
    return false;
}

uint32_t InlineThumb::labelNumber(const std::string& op, const AsmOperand& a) {
    if (a.kind != AsmOperand::Kind::Name) {
        fail(format("'%s' expects a label", op));
        return 0;
    }
    if (std::optional<uint32_t> number = labels_.find(a.name)) return *number;
    // a label not seen yet is label 0 while sizing; it must exist by the last pass
    if (emit_) fail("label '" + a.name + "' not defined");
    return 0;
}

void InlineThumb::op(const AsmInstruction& in) {
    bool known;
    if (vfp_ && !in.op.empty() && in.op[0] == 'v') {
        known = vfpOp(in);
    } else {
        switch (in.args.size()) {
        case 0: known = op0(in); break;
        case 1: known = op1(in); break;
        case 2: known = op2(in); break;
        case 3: known = op3(in); break;
        default: known = false; break;
        }
    }
    if (!known)
        fail(format("unsupported Thumb instruction '%s' with %ld arguments", in.op, long(in.args.size())));
}

bool InlineThumb::vfpOp(const AsmInstruction& in) {
    const std::string& op = in.op;
    const auto& a = in.args;
    if (a.size() == 2) {
        uint32_t code = 0x0ac0, hi = 0;
        if (op == "vcmp") {
            hi = 0xeeb4;
        } else if (op == "vsqrt") {
            hi = 0xeeb1;
        } else if (op == "vneg") {
            hi = 0xeeb1;
            code = 0x0a40;
        } else if (op == "vcvt_f32_s32") {
            hi = 0xeeb8; // int to float
        } else if (op == "vcvt_s32_f32") {
            hi = 0xeebd; // float to int
        } else if (op == "vmrs") {
            uint32_t rd = nameOf(a[0]) == "APSR_nzcv" ? 15 : reg(op, a[0], 15);
            if (nameOf(a[1]) != "FPSCR") return false;
            as_.op32(0xeef1, 0x0a10 | rd << 12); // FP status to an ARM register
            return true;
        } else if (op == "vmov") {
            uint32_t rArm, vm;
            hi = 0xee00;
            if (!nameOf(a[0]).empty() && nameOf(a[0])[0] == 'r') {
                rArm = reg(op, a[0], 15);
                vm = vfpReg(op, a[1]);
                hi |= 0x10;
            } else {
                vm = vfpReg(op, a[0]);
                rArm = reg(op, a[1], 15);
            }
            as_.op32(hi | (vm & 0x1e) >> 1, 0x0a10 | rArm << 12 | (vm & 1) << 7);
            return true;
        } else if (op == "vldr" || op == "vstr") {
            uint32_t vd = vfpReg(op, a[0]);
            const AsmOperand *base, *offset;
            if (addr(op, a[1], &base, &offset)) {
                uint32_t rlo = reg(op, *base, 7);
                uint32_t i8 = imm(op, *offset, 0x3fc) >> 2;
                as_.op32((op == "vldr" ? 0xed90 : 0xed80) | rlo | (vd & 1) << 6, 0x0a00 | (vd & 0x1e) << 11 | i8);
            }
            return true;
        } else {
            return false;
        }
        uint32_t vd = vfpReg(op, a[0]);
        uint32_t vm = vfpReg(op, a[1]);
        as_.op32(hi | (vd & 1) << 6, code | (vd & 0x1e) << 11 | (vm & 1) << 5 | (vm & 0x1e) >> 1);
        return true;
    }
    if (a.size() == 3) {
        for (const VfpArith& v : kVfpArith) {
            if (op.size() == 4 && op.compare(1, 3, v.name) == 0) {
                uint32_t hi = 0xee00 | (v.op & 0xf0);
                uint32_t code = 0x0a00 | (v.op & 0x0f) << 4;
                uint32_t vd = vfpReg(op, a[0]);
                uint32_t vn = vfpReg(op, a[1]);
                uint32_t vm = vfpReg(op, a[2]);
                as_.op32(hi | (vd & 1) << 6 | vn >> 1, code | vm >> 1 | (vm & 1) << 5 | (vd & 0x1e) << 11 | (vn & 1) << 7);
                return true;
            }
        }
    }
    return false;
}

bool InlineThumb::op0(const AsmInstruction& in) {
    if (in.op == "nop") {
        as_.op16(0xbf00);
    } else if (in.op == "wfi") {
        as_.op16(0xbf30);
    } else {
        return false;
    }
    return true;
}

bool InlineThumb::op1(const AsmInstruction& in) {
    const std::string& op = in.op;
    const AsmOperand& a0 = in.args[0];
    bool v7m = as_.v7m();
    if (op == "b") {
        if (!as_.branchNarrow(labelNumber(op, a0))) fail("branch not in range");
    } else if (op == "bl") {
        if (!as_.branchLink(labelNumber(op, a0))) fail("branch not in range");
    } else if (op == "bx") {
        as_.op16(0x4700 | reg(op, a0, 15) << 3);
    } else if (op[0] == 'b' &&
               (op.size() == 3 || (op.size() == 5 && op[3] == '_' && (op[4] == 'n' || (v7m && op[4] == 'w'))))) {
        // b<cc>, b<cc>_n, and on ARMv7-M b<cc>_w
        int64_t cc = -1;
        for (const CondName& c : kConds)
            if (op[1] == c.name[0] && op[2] == c.name[1]) cc = c.cc;
        if (cc < 0) return false;
        uint32_t label = labelNumber(op, a0);
        bool wide = op.size() == 5 && op[4] == 'w';
        if (!as_.branchCond(uint32_t(cc), label, wide)) fail("branch not in range");
    } else if (v7m && op.size() >= 2 && op[0] == 'i' && op[1] == 't') {
        // it, itt, ite, ittt, ...: the mask from the then/else letters
        const std::string& arg = nameOf(a0);
        int64_t cc = -1;
        for (const CondName& c : kConds) {
            if (arg.size() == 2 && arg == c.name) {
                cc = c.cc;
                break;
            }
        }
        if (cc < 0 || op.size() > 5) return false;
        uint32_t mask = 8;
        for (size_t i = op.size(); i-- > 2;) {
            mask >>= 1;
            if (op[i] == 't') {
                mask |= (uint32_t(cc) & 1) << 3;
            } else if (op[i] == 'e') {
                mask |= (~uint32_t(cc) & 1) << 3;
            } else {
                return false;
            }
        }
        as_.op16(0xbf00 | uint32_t(cc) << 4 | mask);
    } else if (op == "cpsid") {
        as_.op16(0xb672);
    } else if (op == "cpsie") {
        as_.op16(0xb662);
    } else if (op == "push") {
        uint32_t list = regList(op, a0);
        if ((list & 0xbf00) == 0) {
            as_.op16((list & (1 << 14)) == 0 ? 0xb400 | list : 0xb500 | (list & 0xff)); // low registers (+ lr)
        } else {
            if (!v7m) return false;
            as_.op32(0xe92d, list);
        }
    } else if (op == "pop") {
        uint32_t list = regList(op, a0);
        if ((list & 0x7f00) == 0) {
            as_.op16((list & (1 << 15)) == 0 ? 0xbc00 | list : 0xbd00 | (list & 0xff)); // low registers (+ pc)
        } else {
            if (!v7m) return false;
            as_.op32(0xe8bd, list);
        }
    } else {
        return false;
    }
    return true;
}

bool InlineThumb::op2(const AsmInstruction& in) {
    const std::string& op = in.op;
    const AsmOperand &a0 = in.args[0], &a1 = in.args[1];
    bool v7m = as_.v7m();
    if (a1.kind == AsmOperand::Kind::Name) {
        // the second operand is a register (or should be)
        if (op == "mov") {
            uint32_t rd = reg(op, a0, 15);
            uint32_t rs = reg(op, a1, 15);
            as_.movRegReg(int(rd), int(rs));
        } else if (v7m && (op == "clz" || op == "rbit")) {
            uint32_t rd = reg(op, a0, 15);
            uint32_t rm = reg(op, a1, 15);
            as_.op32((op == "clz" ? 0xfab0 : 0xfa90) | rm, (op == "clz" ? 0xf080 : 0xf0a0) | rd << 8 | rm);
        } else if (v7m && op == "mrs") {
            uint32_t rd = reg(op, a0, 12);
            uint32_t sr = specialReg(op, a1);
            as_.op32(0xf3ef, 0x8000 | rd << 8 | sr);
        } else {
            uint32_t code = 0;
            if (op == "and_") {
                code = 0x4000;
            } else {
                for (const Format4& f : kFormat4)
                    if (op == f.name) code = f.op;
                if (!code) return false;
            }
            uint32_t rd = reg(op, a0, 7);
            uint32_t rs = reg(op, a1, 7);
            as_.op16(code | rs << 3 | rd);
        }
        return true;
    }
    // the second operand is an immediate or an address
    uint32_t format3 = op == "mov" ? 0x2000 : op == "cmp" ? 0x2800 : op == "add" ? 0x3000 : op == "sub" ? 0x3800 : 0;
    if (format3) {
        uint32_t rlo = reg(op, a0, 7);
        uint32_t i8 = imm(op, a1, 0xff);
        as_.op16(format3 | rlo << 8 | i8);
    } else if (v7m && (op == "movw" || op == "movt")) {
        uint32_t rd = reg(op, a0, 15);
        uint32_t i = imm(op, a1, 0xffff);
        as_.movImm16(op == "movw" ? 0xf240 : 0xf2c0, int(rd), i);
    } else if (v7m && op == "movwt") {
        uint32_t rd = reg(op, a0, 15);
        uint32_t i = imm(op, a1, 0xffffffff);
        as_.movImm16(0xf240, int(rd), i & 0xffff);
        as_.movImm16(0xf2c0, int(rd), (i >> 16) & 0xffff);
    } else if (v7m && op == "ldrex") {
        uint32_t rd = reg(op, a0, 15);
        const AsmOperand *base, *offset;
        if (addr(op, a1, &base, &offset)) {
            uint32_t rb = reg(op, *base, 15);
            uint32_t i8 = imm(op, *offset, 0xff) >> 2;
            as_.op32(0xe850 | rb, 0x0f00 | rd << 12 | i8);
        }
    } else {
        for (const Format910& f : kFormat910) {
            if (op != f.name) continue;
            uint32_t rlo = reg(op, a0, 7);
            const AsmOperand *base, *offset;
            if (!addr(op, a1, &base, &offset)) return false; // the address error gives way
            uint32_t rb = reg(op, *base, 7);
            uint32_t i5;
            if (f.op & 0x1000) {
                i5 = imm(op, *offset, 0x1f); // bytes
            } else if (f.op & 0x8000) {
                i5 = imm(op, *offset, 0x3e) >> 1; // halfwords
            } else {
                i5 = imm(op, *offset, 0x7c) >> 2; // words
            }
            as_.op16(f.op | (i5 << 6 & 0x07c0) | rb << 3 | rlo);
            return true;
        }
        return false;
    }
    return true;
}

bool InlineThumb::op3(const AsmInstruction& in) {
    const std::string& op = in.op;
    const auto& a = in.args;
    bool v7m = as_.v7m();
    if (op == "lsl" || op == "lsr" || op == "asr") {
        uint32_t format1 = op == "lsl" ? 0x0000 : op == "lsr" ? 0x0800 : 0x1000;
        uint32_t rd = reg(op, a[0], 7);
        uint32_t rs = reg(op, a[1], 7);
        uint32_t i5 = imm(op, a[2], 0x1f);
        as_.op16(format1 | i5 << 6 | rs << 3 | rd);
    } else if (op == "add" || op == "sub") {
        uint32_t code = op == "add" ? 0x1800 : 0x1a00;
        uint32_t rd = reg(op, a[0], 7);
        uint32_t rs = reg(op, a[1], 7);
        uint32_t b;
        if (a[2].kind == AsmOperand::Kind::Name) {
            b = reg(op, a[2], 7); // register operand
        } else {
            code |= 0x0400; // immediate operand
            b = imm(op, a[2], 0x7);
        }
        as_.op16(code | b << 6 | rs << 3 | rd);
    } else if (v7m && (op == "sdiv" || op == "udiv")) {
        uint32_t rd = reg(op, a[0], 15);
        uint32_t rn = reg(op, a[1], 15);
        uint32_t rm = reg(op, a[2], 15);
        as_.op32((op == "sdiv" ? 0xfb90 : 0xfbb0) | rn, 0xf0f0 | rd << 8 | rm);
    } else if (v7m && op == "strex") {
        uint32_t rd = reg(op, a[0], 15);
        uint32_t rs = reg(op, a[1], 15);
        const AsmOperand *base, *offset;
        if (addr(op, a[2], &base, &offset)) {
            uint32_t rb = reg(op, *base, 15);
            uint32_t i8 = imm(op, *offset, 0xff) >> 2;
            as_.op32(0xe840 | rb, rs << 12 | rd << 8 | i8);
        }
    } else {
        return false;
    }
    return true;
}

} // namespace mpyc
