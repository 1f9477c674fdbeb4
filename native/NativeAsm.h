// NativeAsm: the assembler interface the native emitter writes machine code through, and
// the code buffer with its labels and passes that every architecture shares.
//
// The operations are the reference's GENERIC_ASM_API (the ASM_* macros of py/asm*.h): the
// native emitter (NativeEmitter) is written once against them, and each architecture
// family implements them (AsmX86 for x86 and x64; the other families follow). Where the emitter
// itself must know the architecture (the registers it passes values in, the frame of an
// nlr buffer, a shift count that must sit in CL), that is data in NativeArch.
//
// Passes, as py/asmbase.c has them: a compute pass counts bytes and records label offsets
// without writing; the emit pass writes exactly that many bytes and keeps the offsets of
// the compute pass, so a branch to a label not yet placed in a compute pass is "forward"
// and takes the long form in both passes. Bytes that are skipped are zero.
#pragma once

#include "emit/Emitter.h"

#include <cstddef>
#include <functional>
#include <string>
#include <cstdint>
#include <vector>

namespace mpyc {

// What the native emitter needs to know of an architecture (py/asm*.h register maps and
// py/emitnative.c's per-architecture constants).
struct NativeArch {
    const char* name;
    uint8_t mpyArch;    // MP_NATIVE_ARCH_*, the .mpy header's arch code
    unsigned wordBytes; // ASM_WORD_SIZE
    int regRet, regParentRet;
    int regArg[4], regParentArg[4];
    int regTemp[3];
    int regLocal[3]; // REG_LOCAL_1..3; LOCAL_3 holds the qstr table, LOCAL_2 a generator's state
    int regFunTable;
    int regZero;            // a register that reads as zero, or -1 (REG_TEMP0 is cleared instead)
    unsigned nlrBufWords;   // SIZEOF_NLR_BUF: 2 + the registers nlr saves + 1
    unsigned nlrBufLocal1;  // NLR_BUF_IDX_LOCAL_1: the slot saving REG_LOCAL_1 (the handler PC)
    bool shiftCountInCl;    // x86/x64: shifts take their count in CL and work on REG_RET
    bool byteStoreFromArg3; // x86/x64: viper byte stores need a low register (REG_ARG_3)
    bool hasNot;            // ASM_NOT_REG exists (else xor with -1)
    bool nlrSetjmp;         // xtensawin: nlr_push is followed by setjmp
    bool argsOnStack;       // x86: the caller's arguments are read from the C stack
    // -march=debug: its register names are enum constants, so emitnative.c's preprocessor
    // tests `#if REG_ARG_1 != REG_RET` read 0 != 0 and drop the move they guard
    bool preprocessorSeesNoRegisters = false;
};

// Comparison operators for compareSet, in MP_BINARY_OP_LESS order.
enum class CompareOp : uint8_t { Less, More, Equal, LessEqual, MoreEqual, NotEqual };
enum class AluOp : uint8_t { Or, Xor, And, Add, Sub, Mul };
enum class ShiftOp : uint8_t { Left, RightLogical, RightArith };

class NativeAsm {
public:
    explicit NativeAsm(const NativeArch& arch) : arch_(arch) {}
    virtual ~NativeAsm() = default;
    const NativeArch& arch() const { return arch_; }

    // --- buffer, labels and passes (py/asmbase.c) ---
    void startPass(bool emit);
    bool emitting() const { return emit_; }
    size_t codePos() const { return offset_; }
    void labelAssign(Label label);
    // Code after an unconditional jump, return or raise is dropped until the next label.
    void suppressCode() { suppress_ = true; }
    bool suppressed() const { return suppress_; }
    // The function being assembled (its qualified name; -march=debug prints it at ENTRY).
    std::string functionName;
    // -march=debug's listing of everything emitted so far; empty for machine code.
    virtual const std::string& listing() const {
        static const std::string none;
        return none;
    }
    void data(unsigned bytes, uint64_t value);
    // Skips to a multiple of `n` (a power of 2); the gap stays zero (mp_asm_base_align).
    void align(unsigned n) { offset_ = (offset_ + n - 1) & ~size_t(n - 1); }
    const std::vector<uint8_t>& code() const { return code_; }
    // A label placed at another offset in the emit pass than in the compute pass: the code
    // is wrong (mpy-cross aborts on an assertion there).
    bool layoutChanged() const { return layoutChanged_; }
    // The offset a label had in the compute pass; kUnknown if not placed yet in this pass.
    static constexpr size_t kUnknown = ~size_t(0);
    size_t labelOffset(Label label) const { return label < labels_.size() ? labels_[label] : kUnknown; }

    // --- the generic operations (ASM_*) ---
    virtual void entry(unsigned numLocals) = 0;
    virtual void exit() = 0;
    virtual void jump(Label label) = 0;
    virtual void jumpIfRegZero(int reg, Label label, bool boolTest) = 0;
    virtual void jumpIfRegNonzero(int reg, Label label, bool boolTest) = 0;
    virtual void jumpIfRegEq(int reg1, int reg2, Label label) = 0;
    virtual void jumpReg(int reg) = 0;
    virtual void callInd(unsigned funIndex) = 0;
    // The call of mp_setup_code_state in a native prologue (Thumb and ARM use r4 for it).
    virtual void callSetupCodeState(unsigned funIndex) { callInd(funIndex); }
    // x86: load the caller's argument `index` from the C stack.
    virtual void movArgToReg(unsigned index, int reg) { (void)index, (void)reg; }

    virtual void movLocalReg(int local, int reg) = 0;
    virtual void movRegImm(int reg, int64_t imm) = 0;
    virtual void movRegLocal(int reg, int local) = 0;
    virtual void movRegReg(int dest, int src) = 0;
    virtual void movRegLocalAddr(int reg, int local) = 0;
    virtual void movRegPcrel(int reg, Label label) = 0;
    virtual void clrReg(int reg) = 0;

    virtual void notReg(int reg) = 0;
    virtual void negReg(int reg) = 0;
    virtual void alu(AluOp op, int dest, int src) = 0;
    // x86 family: shift REG_RET by CL. Others: shift dest by src.
    virtual void shift(ShiftOp op, int dest, int src) = 0;
    // dest = (lhs op rhs) as 0/1; opIndex 0..5 unsigned, 6..11 signed, in CompareOp order.
    virtual void compareSet(unsigned opIndex, int dest, int lhs, int rhs) = 0;

    // Loads and stores; `offset` counts elements of the access size (words for the word forms).
    virtual void loadWord(int dest, int base, int offset) = 0;
    virtual void storeWord(int src, int base, int offset) = 0;
    virtual void load(unsigned bits, int dest, int base, int offset) = 0;
    virtual void store(unsigned bits, int src, int base, int offset) = 0;
    // The offset forms of the 8-, 16- and 32-bit accesses (ASM_LOADn/STOREn_REG_REG_OFFSET);
    // every machine has them, -march=debug only the 16-bit load (the emitter adds instead).
    virtual bool hasOffsetLoad(unsigned bits) const { (void)bits; return true; }
    virtual bool hasOffsetStore(unsigned bits) const { (void)bits; return true; }
    // ASM_LOADn_REG_REG / ASM_STOREn_REG_REG: the access at the base register itself.
    virtual void loadNoOffset(unsigned bits, int dest, int base) { load(bits, dest, base, 0); }
    virtual void storeNoOffset(unsigned bits, int src, int base) { store(bits, src, base, 0); }
    // Register-indexed forms, where the architecture has them (else the emitter adds).
    virtual bool hasIndexedAccess(unsigned bits) const { (void)bits; return false; }
    virtual void loadIndexed(unsigned bits, int dest, int base, int index) { (void)bits, (void)dest, (void)base, (void)index; }
    virtual void storeIndexed(unsigned bits, int src, int base, int index) { (void)bits, (void)src, (void)base, (void)index; }

    // Where the reference's assembler raises an exception (Thumb: a local beyond its 8-bit
    // sp offset is NotImplementedError "too many locals for native method"; Xtensa: a branch
    // out of range is RuntimeError), ending the compilation; the emitter reports it.
    std::function<void(const char* errorClass, std::string message)> onError;
    // After each pass (ASM_END_PASS): Xtensa sizes its next literal pool here.
    virtual void endPass() {}

    // Reserves n bytes at the current position; null in a compute pass or in dead code.
    uint8_t* write(size_t n);
    void op16(uint32_t op) { data(2, op & 0xffff); }
    void op32(uint32_t hi, uint32_t lo) {
        data(2, hi & 0xffff);
        data(2, lo & 0xffff);
    }

protected:
    // A label placed in the emit pass (-march=debug lists it).
    virtual void labelEmitted(Label label) { (void)label; }
    void byte(uint8_t b);
    void bytes(std::initializer_list<uint8_t> bs);
    void word32(uint32_t w);
    void word64(uint64_t w);

    const NativeArch& arch_;

private:
    bool emit_ = false;
    bool suppress_ = false;
    bool layoutChanged_ = false;
    size_t offset_ = 0;
    std::vector<uint8_t> code_;
    std::vector<size_t> labels_;
};

} // namespace mpyc
