// x86 and x64 encodings; see AsmX86.h. Byte for byte what py/asmx86.c and py/asmx64.c write,
// including their choices where the ISA offers several encodings (mov r32, 0 rather than xor
// for an immediate 0; on x64 a negative immediate always as imm64; sub esp, -n to free the
// frame).
#include "native/AsmX86.h"

#include "native/FunTable.h"

#include <cassert>

namespace mpyc {

using namespace x86;

// py/asmx64.h: REG_RET rax, REG_ARG_1..4 rdi rsi rdx rcx, REG_TEMP0..2 rax rdi rsi,
// REG_LOCAL_1..3 rbx r12 r13, REG_FUN_TABLE rbp. nlr_buf_t on x64 saves 8 registers:
// SIZEOF_NLR_BUF = 2 + 8 + 1 = 13, and rbx is its word 5 (py/emitnx64.c).
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

// py/asmx86.h: arguments are staged in eax ecx edx ebx and pushed by the call (cdecl);
// REG_TEMP0..2 eax ecx edx, REG_LOCAL_1..3 ebx esi edi, REG_FUN_TABLE ebp. nlr_buf_t on
// x86 saves 6 registers: SIZEOF_NLR_BUF = 2 + 6 + 1 = 9, and ebx is its word 5
// (py/emitnx86.c). The caller's arguments are on the C stack.
const NativeArch kArchX86 = {
    "x86", 1, 4,
    RAX, RAX,
    {RAX, RCX, RDX, RBX}, {RAX, RCX, RDX, RBX},
    {RAX, RCX, RDX},
    {RBX, RSI, RDI},
    RBP,
    /*regZero=*/-1,
    /*nlrBufWords=*/9, /*nlrBufLocal1=*/5,
    /*shiftCountInCl=*/true, /*byteStoreFromArg3=*/true, /*hasNot=*/true,
    /*nlrSetjmp=*/false, /*argsOnStack=*/true,
};

namespace {

// How many arguments each mp_fun_table entry takes, for x86's cdecl pushes
// (py/emitnx86.c, mp_f_n_args).
const uint8_t kX86FunArgCount[] = {
    0, 0, 0, // the None, False, True data slots
    2,       // ConvertObjToNative
    2,       // ConvertNativeToObj
    1,       // NativeSwapGlobals
    1, 1,    // LoadName, LoadGlobal
    0,       // LoadBuildClass
    2, 3, 2, // LoadAttr, LoadMethod, LoadSuperMethod
    2, 2, 3, // StoreName, StoreGlobal, StoreAttr
    3, 1,    // ObjSubscr, ObjIsTrue
    2, 3,    // UnaryOp, BinaryOp
    2, 2, 1, 2, // BuildTuple, BuildList, BuildMap, BuildSet
    2, 2, 3, // StoreSet, ListAppend, StoreMap
    3,       // MakeFunctionFromProtoFun
    3, 3, 3, // NativeCallFunctionNKw, CallMethodNKw, CallMethodNKwVar
    2, 1,    // NativeGetIter, NativeIterNext
    1, 0, 1, // NlrPush, NlrPop, NativeRaise
    3, 2, 1, // ImportName, ImportFrom, ImportAll
    3,       // NewSlice
    3, 3,    // UnpackSequence, UnpackEx
    1, 1,    // DeleteName, DeleteGlobal
    3, 3, 4, // NewClosure, ArgCheckNumSig, SetupCodeState
    2, 2,    // SmallIntFloorDivide, SmallIntModulo
    3, 1,    // NativeYieldFrom, Setjmp
};
static_assert(sizeof(kX86FunArgCount) == fun::Setjmp + 1, "one count per mp_fun_table entry");

constexpr uint8_t kRex = 0x40;
uint8_t rexR(int r) { return static_cast<uint8_t>((r >> 1) & 4); }
uint8_t rexB(int r) { return static_cast<uint8_t>((r >> 3) & 1); }
bool fitsInt8(int64_t v) { return v >= -128 && v <= 127; }

} // namespace

void AsmX86::rex(bool w, int reg, int rm) {
    if (!wide_) return;
    if (w || reg >= 8 || rm >= 8) byte(static_cast<uint8_t>(kRex | (w ? 8 : 0) | rexR(reg) | rexB(rm)));
}

void AsmX86::regReg(uint8_t opcode, int rm, int reg) {
    rex(true, reg, rm);
    bytes({opcode, static_cast<uint8_t>(0xc0 | (reg & 7) << 3 | (rm & 7))});
}

void AsmX86::memOperand(int reg, int base, int32_t disp) {
    // no displacement for 0 unless the base is ebp/rbp/r13 (that encoding means something else)
    uint8_t mod = disp == 0 && (base & 7) != RBP ? 0x00 : fitsInt8(disp) ? 0x40 : 0x80;
    byte(static_cast<uint8_t>((reg & 7) << 3 | mod | (base & 7)));
    if ((base & 7) == RSP) byte(0x24); // SIB: base esp/rsp/r12, no index
    if (mod == 0x40) {
        byte(static_cast<uint8_t>(disp));
    } else if (mod == 0x80) {
        word32(static_cast<uint32_t>(disp));
    }
}

void AsmX86::addSpImm(uint8_t ext, int32_t n) {
    // add (ext 0) or sub (ext 5) esp|rsp, imm8 or imm32
    rex(true, 0, RSP);
    bytes({static_cast<uint8_t>(fitsInt8(n) ? 0x83 : 0x81), static_cast<uint8_t>(0xc0 | ext << 3 | RSP)});
    if (fitsInt8(n)) {
        byte(static_cast<uint8_t>(n));
    } else {
        word32(static_cast<uint32_t>(n));
    }
}

void AsmX86::entry(unsigned numLocals) {
    if (wide_) {
        bytes({0x55, 0x53, 0x41, 0x54, 0x41, 0x55}); // push rbp, rbx, r12, r13
        frameWords_ = numLocals | 1;                 // keeps rsp 16-byte aligned
    } else {
        bytes({0x55, 0x53, 0x56, 0x57}); // push ebp, ebx, esi, edi
        frameWords_ = numLocals | 3;     // keeps esp 16-byte aligned
    }
    addSpImm(5, static_cast<int32_t>(frameWords_ * arch_.wordBytes));
}

void AsmX86::exit() {
    addSpImm(5, -static_cast<int32_t>(frameWords_ * arch_.wordBytes));
    if (wide_) {
        bytes({0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3}); // pop r13, r12, rbx, rbp; ret
    } else {
        bytes({0x5f, 0x5e, 0x5b, 0x5d, 0xc3}); // pop edi, esi, ebx, ebp; ret
    }
}

void AsmX86::jump(Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos());
    if (dest != kUnknown && rel < 0 && fitsInt8(rel - 2)) {
        bytes({0xeb, static_cast<uint8_t>(rel - 2)});
        return;
    }
    byte(0xe9);
    word32(static_cast<uint32_t>(rel - 5));
}

void AsmX86::jcc(Cond cond, Label label) {
    size_t dest = labelOffset(label);
    int64_t rel = int64_t(dest) - int64_t(codePos());
    if (dest != kUnknown && rel < 0 && fitsInt8(rel - 2)) {
        bytes({static_cast<uint8_t>(0x70 | cond), static_cast<uint8_t>(rel - 2)});
        return;
    }
    bytes({0x0f, static_cast<uint8_t>(0x80 | cond)});
    word32(static_cast<uint32_t>(rel - 6));
}

void AsmX86::testReg(int reg, bool byteTest) {
    if (byteTest) {
        assert(reg < 8);
        bytes({0x84, static_cast<uint8_t>(0xc0 | reg << 3 | reg)}); // test r8, r8
    } else {
        regReg(0x85, reg, reg); // test r, r
    }
}

void AsmX86::jumpIfRegZero(int reg, Label label, bool boolTest) {
    testReg(reg, boolTest);
    jcc(E, label);
}

void AsmX86::jumpIfRegNonzero(int reg, Label label, bool boolTest) {
    testReg(reg, boolTest);
    jcc(NE, label);
}

void AsmX86::jumpIfRegEq(int reg1, int reg2, Label label) {
    regReg(0x39, reg2, reg1); // cmp reg2, reg1
    jcc(E, label);
}

void AsmX86::jumpReg(int reg) {
    assert(reg < 8);
    bytes({0xff, static_cast<uint8_t>(0xe0 | reg)});
}

void AsmX86::callInd(unsigned funIndex) {
    unsigned nArgs = 0, pad = 0;
    if (!wide_) {
        // cdecl: push the arguments (last first), with esp 16-byte aligned at the call
        nArgs = kX86FunArgCount[funIndex];
        pad = ((nArgs + 3) & ~3u) - nArgs;
        if (pad) addSpImm(5, static_cast<int32_t>(pad * 4));
        for (unsigned i = nArgs; i-- > 0;)
            byte(static_cast<uint8_t>(0x50 | arch_.regArg[i])); // push
    }
    loadWord(RAX, RBP, static_cast<int>(funIndex)); // mov eax|rax, [fun_table + index]
    bytes({0xff, 0xd0});                            // call eax|rax
    if (nArgs) addSpImm(0, static_cast<int32_t>((nArgs + pad) * 4)); // the caller pops them
}

void AsmX86::movArgToReg(unsigned index, int reg) {
    // x86: above the frame, the 4 saved registers and the return address
    load(32, reg, RSP, static_cast<int>(frameWords_ + 4 + 1 + index));
}

void AsmX86::loadWord(int dest, int base, int offset) {
    rex(true, dest, base);
    byte(0x8b);
    memOperand(dest, base, offset * static_cast<int>(arch_.wordBytes));
}

void AsmX86::storeWord(int src, int base, int offset) {
    rex(true, src, base);
    byte(0x89);
    memOperand(src, base, offset * static_cast<int>(arch_.wordBytes));
}

void AsmX86::load(unsigned bits, int dest, int base, int offset) {
    rex(false, dest, base);
    switch (bits) {
    case 8: bytes({0x0f, 0xb6}); break;               // movzx r, byte
    case 16: bytes({0x0f, 0xb7}); offset *= 2; break; // movzx r, word
    default: byte(0x8b); offset *= 4; break;          // mov r32 (zero-extends on x64)
    }
    memOperand(dest, base, offset);
}

void AsmX86::store(unsigned bits, int src, int base, int offset) {
    switch (bits) {
    case 8:
        rex(false, src, base);
        byte(0x88);
        break;
    case 16:
        byte(0x66); // the operand-size prefix comes before REX
        rex(false, src, base);
        byte(0x89);
        offset *= 2;
        break;
    default:
        rex(false, src, base);
        byte(0x89);
        offset *= 4;
        break;
    }
    memOperand(src, base, offset);
}

void AsmX86::movLocalReg(int local, int reg) { storeWord(reg, RSP, local); }
void AsmX86::movRegLocal(int reg, int local) { loadWord(reg, RSP, local); }
void AsmX86::movRegReg(int dest, int src) { regReg(0x89, dest, src); }

void AsmX86::movRegLocalAddr(int reg, int local) {
    if (local == 0) {
        movRegReg(reg, RSP);
        return;
    }
    rex(true, reg, RSP);
    byte(0x8d); // lea
    memOperand(reg, RSP, local * static_cast<int>(arch_.wordBytes));
}

void AsmX86::movRegImm(int reg, int64_t imm) {
    if (wide_ && (uint64_t(imm) >> 32) != 0) {
        // x64: anything beyond 32 unsigned bits, negative values included, is an imm64
        bytes({static_cast<uint8_t>(kRex | 8 | (reg >= 8 ? 1 : 0)), static_cast<uint8_t>(0xb8 | (reg & 7))});
        word64(static_cast<uint64_t>(imm));
        return;
    }
    rex(false, 0, reg); // mov r32, imm32 (zero-extends on x64)
    byte(static_cast<uint8_t>(0xb8 | (reg & 7)));
    word32(static_cast<uint32_t>(imm));
}

void AsmX86::movRegPcrel(int reg, Label label) {
    if (wide_) {
        int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos() + 7);
        bytes({static_cast<uint8_t>(kRex | 8 | rexR(reg)), 0x8d, static_cast<uint8_t>((reg & 7) << 3 | 5)}); // lea r, [rip+rel]
        word32(static_cast<uint32_t>(rel));
        return;
    }
    // x86 has no pc-relative addressing: call the next instruction, pop, add
    bytes({0xe8, 0, 0, 0, 0});
    int64_t rel = int64_t(labelOffset(label)) - int64_t(codePos());
    byte(static_cast<uint8_t>(0x58 | reg)); // pop
    bytes({0x81, static_cast<uint8_t>(0xc0 | reg)});
    word32(static_cast<uint32_t>(rel));
}

void AsmX86::clrReg(int reg) { regReg(0x31, reg, reg); }
void AsmX86::notReg(int reg) { regReg(0xf7, reg, 2); }
void AsmX86::negReg(int reg) { regReg(0xf7, reg, 3); }

void AsmX86::alu(AluOp op, int dest, int src) {
    switch (op) {
    case AluOp::Or: regReg(0x09, dest, src); break;
    case AluOp::Xor: regReg(0x31, dest, src); break;
    case AluOp::And: regReg(0x21, dest, src); break;
    case AluOp::Add: regReg(0x01, dest, src); break;
    case AluOp::Sub: regReg(0x29, dest, src); break;
    case AluOp::Mul: // imul dest, src (the reg field is the destination here)
        rex(true, dest, src);
        bytes({0x0f, 0xaf, static_cast<uint8_t>(0xc0 | (dest & 7) << 3 | (src & 7))});
        break;
    }
}

void AsmX86::shift(ShiftOp op, int dest, int) {
    // shl/shr/sar dest, cl
    regReg(0xd3, dest, op == ShiftOp::Left ? 4 : op == ShiftOp::RightLogical ? 5 : 7);
}

void AsmX86::compareSet(unsigned opIndex, int dest, int lhs, int rhs) {
    static const Cond conds[12] = {B, A, E, BE, AE, NE, L, G, E, LE, GE, NE};
    assert(dest < 8);
    clrReg(dest);
    regReg(0x39, lhs, rhs); // cmp lhs, rhs
    bytes({0x0f, static_cast<uint8_t>(0x90 | conds[opIndex]), static_cast<uint8_t>(0xc0 | dest)}); // setcc
}

} // namespace mpyc
