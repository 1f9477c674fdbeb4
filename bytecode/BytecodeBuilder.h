// BytecodeBuilder: builds one function's bytecode and prelude, knowing nothing of the AST.
//
// It owns what the reference's bytecode emitter (py/emitbc.c) decides:
//  - operand encodings (one-byte "multi" forms, vuints, signed small ints);
//  - the maximum stack depth, from each opcode's stack effect plus explicit adjustments;
//  - dead code: after an unconditional jump, return or raise nothing is emitted until the
//    next label, but stack effects, table entries, children and line entries still count
//    (v1.20 and later; before, it was emitted, and the compiler asked whether the last
//    opcode was a return instead: lastEmitWasReturn);
//  - jump sizes: every jump starts long (2-byte offset) and shrinks to 1 byte when the
//    offset fits, over the same passes the reference makes, so the layout is identical;
//  - the line-number table and the prelude (signature, sizes, names, cells).
// In "scope" mode (the reference's first pass) it only allocates qstrs and constants, so
// the module tables get the reference's order. For a streaming compile
// (codegen/CodegenStream.cpp) it numbers operands later (deferNumbering) and keeps its
// instructions packed (pack, packCode) until the module's end.
#pragma once

#include "emit/Emitter.h"
#include "mpy/ModuleTables.h"
#include "mpy/Opcodes.h"
#include "mpy/RawCode.h"
#include "mpy/Vuint.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/STLFunctionalExtras.h>
#include <llvm/ADT/SmallVector.h>

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

// A scope's first uses of qstrs and constants, in order, while the module's tables cannot be
// numbered yet (a streaming compile, codegen/CodegenStream.cpp): each entry is an id of the
// deferred tables, shifted left by one, with bit 0 set for a constant.
struct DeferredUses {
    std::vector<uint32_t> scopePass; // uses of the reference's first (scope) pass
    std::vector<uint32_t> emitPass;  // uses first made while emitting
    void dropRepeats();              // keeps each entry's first occurrence (replaying a repeat does nothing)
};

class BytecodeBuilder final : public Emitter {
public:
    // `suppressDeadCode`: v1.20 and later (a506335524); before, code after a jump, return or
    // raise was emitted like any other.
    // `mpyV5`: the bytecode of .mpy v5 (v1.18 and before; TargetFeature::MpyV6Bytecode): a qstr
    // operand is 2 bytes (the module qstr table's index, a placeholder the v5 writer replaces),
    // LOAD_CONST_OBJ and MAKE_FUNCTION index this function's own constant table (argument
    // names, one entry per LOAD_CONST_OBJ emitted, then the children), every jump is 3 bytes
    // (JUMP and the conditional jumps 16-bit in excess 0x8000, the rest unsigned), the info
    // section holds the simple name and the source file (qstr 0) as 2-byte qstrs and ends its
    // line table with a 0, and a call with *args or **kwargs pops both (one may be NULL).
    BytecodeBuilder(ModuleTables& tables, bool scopeOnly, bool emitLines, bool suppressDeadCode = true,
                    bool mpyV5 = false)
        : tables_(tables), scopeOnly_(scopeOnly), emitLines_(emitLines), suppressDeadCode_(suppressDeadCode),
          mpyV5_(mpyV5) {}

    // Deferred numbering: `ids` stands in for the module's tables (its indices are ids, not the
    // module's numbers) and `uses` records this pass's first uses; resolveNumbering() later
    // renumbers the operands once the module's tables have taken every scope's uses in the
    // reference's order.
    void deferNumbering(ModuleTables& ids, DeferredUses& uses) {
        idTables_ = &ids;
        uses_ = &uses;
    }
    // `qstrMap` and `constMap` give each id's number in the module's tables; finish() reads
    // them too (for packed instructions), so they must live until it has run.
    void resolveNumbering(llvm::ArrayRef<uint32_t> qstrMap, llvm::ArrayRef<uint32_t> constMap);

    // A builder kept until the module's end (a streaming compile) is packed into bytes between
    // its emit pass and finish(): an instruction takes 2 or 3 bytes instead of 8, and the
    // builder object goes. unpack() restores the state into a builder made with the same
    // settings (reading from `pos`, moved past what pack() wrote); deferred operands stay
    // deferred until resolveNumbering().
    void pack(std::vector<uint8_t>& out) const;
    void unpack(llvm::ArrayRef<uint8_t> in, size_t& pos);
    // Packs the instructions recorded so far (the module's, after each statement): finish()
    // reads them packed.
    void packCode();
    // The module's LOAD/STORE/DELETE_NAME instructions of the names a later `global`
    // declaration makes explicit become LOAD/STORE/DELETE_GLOBAL (same size, same stack effect).
    void retargetNameOps(llvm::function_ref<bool(llvm::StringRef)> isExplicitGlobal);
    // Room for this many bytes of packed instructions at once: a list that doubles as it grows
    // holds the old and the new copy together, while reserved pages that are never written
    // are never resident.
    void reservePackedCode(size_t n) { packedCode_.reserve(n); }

    // Emitter. begin() allocates the simple name and argument names, as the reference does
    // when it writes the prelude.
    void begin(const FunctionSignature& sig) override;
    Label newLabel() override;
    void placeLabel(Label label) override;
    void setLine(uint32_t line) override;
    void adjustStack(int delta) override;
    void loadLocal(llvm::StringRef name, uint32_t local, LocalKind kind) override;
    void loadGlobal(llvm::StringRef name, GlobalKind kind) override;
    void storeLocal(llvm::StringRef name, uint32_t local, LocalKind kind) override;
    void storeGlobal(llvm::StringRef name, GlobalKind kind) override;
    void deleteLocal(llvm::StringRef name, uint32_t local, LocalKind kind) override;
    void deleteGlobal(llvm::StringRef name, GlobalKind kind) override;
    void importOp(llvm::StringRef name, ImportKind kind) override;
    void loadConstToken(ConstToken token) override;
    void loadConstSmallInt(int64_t value) override;
    void loadConstStr(llvm::StringRef str) override;
    void loadConstObj(const ConstValue* value) override;
    void loadNull() override;
    void loadMethod(llvm::StringRef name, bool isSuper) override;
    void loadBuildClass() override;
    void subscr(AccessKind kind) override;
    void attr(llvm::StringRef name, AccessKind kind) override;
    void dupTop() override;
    void dupTopTwo() override;
    void popTop() override;
    void rotTwo() override;
    void rotThree() override;
    void jump(Label target) override;
    void popJumpIf(bool cond, Label target) override;
    void jumpIfOrPop(bool cond, Label target) override;
    void unwindJump(Label target, uint32_t exceptDepth, bool breakFromFor) override;
    void setupBlock(Label handler, BlockKind kind) override;
    void withCleanup(Label label) override;
    void asyncWithSetupFinally(Label aexitNoExc, Label finallyBlock, Label retUnwindJump) override;
    void endFinally() override;
    void getIter(bool useStack) override;
    void forIter(Label end) override;
    void forIterEnd() override;
    void popExceptJump(Label target, bool withinExcHandler) override;
    void unaryOp(uint8_t op) override;
    void binaryOp(uint8_t op) override;
    void build(uint32_t n, BuildKind kind) override;
    void storeMap() override;
    void storeComp(CompKind kind, uint32_t collectionStackIndex) override;
    void unpackSequence(uint32_t n) override;
    void unpackEx(uint32_t left, uint32_t right) override;
    void makeFunction(RawCode* child, uint32_t nPosDefaults, uint32_t nKwDefaults) override;
    void makeClosure(RawCode* child, uint32_t nClosedOver, uint32_t nPosDefaults, uint32_t nKwDefaults) override;
    void callFunction(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) override;
    void callMethod(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) override;
    void returnValue() override;
    void raiseVarargs(uint32_t nArgs) override;
    void yield(YieldKind kind) override;
    void startExceptHandler() override;
    void endExceptHandler() override;
    bool lastEmitWasReturn() const override { return lastWasReturn_; }

    int stackDepth() const { return stack_; }

    llvm::ArrayRef<RawCode*> children() const { return children_; }
    // .mpy v5: the objects of this function's constant table, in LOAD_CONST_OBJ order, and
    // the qstr-table indices of its argument names.
    llvm::ArrayRef<const ConstValue*> v5Objects() const { return objects_; }
    llvm::ArrayRef<uint32_t> argNameQstrs() const { return llvm::ArrayRef<uint32_t>(nameIndices_).drop_front(); }

    // Lays out jumps, then encodes prelude + line table + cells + bytecode. The builder's last
    // step: it gives back the instruction list.
    std::vector<uint8_t> finish(const FunctionSignature& sig, FunctionLayout* layout = nullptr);
    uint32_t maxStack() const { return maxStack_; }
    // The line of the statement where the stack first reached its maximum.
    uint32_t maxStackLine() const { return maxStackLine_; }
    // Set by finish() when a jump does not fit the 15-bit long form (a loop body or a
    // forward jump over more than 16 KB of code); the reference then fails with
    // "RuntimeError: bytecode overflow".
    bool overflowed() const { return overflow_; }
    // Set when a closure captures more than 255 variables (their count is one byte).
    bool closureTooLarge() const { return closureTooLarge_; }

private:
    // Fixed-effect opcodes without operand.
    void op(Op op);
    void opQstr(Op op, llvm::StringRef qstr);
    // Opcodes with an unsigned operand; `stackDelta` for variable-effect opcodes.
    void opUint(Op op, uint32_t value, int stackDelta);
    void jumpOp(Op op, Label target);
    void makeFunctionOrClosure(RawCode* child, bool hasDefaults, uint32_t numClosed);
    void call(bool isMethod, uint32_t nPositional, uint32_t nKeyword, bool hasStar);

    // Qstr2: a v5 2-byte qstr operand; Child: a v5 MAKE_FUNCTION/CLOSURE operand, resolved
    // once the number of constant objects is known.
    // SIntWide: a LOAD_CONST_SMALL_INT operand beyond 32 bits, kept in wideInts_ (value is
    // its index), so that an instruction is 8 bytes: a big module's instruction list is the
    // compile's largest buffer after the AST.
    // QstrId, ConstId: deferred operands (an id of idTables_), encoded as Uint once resolved.
    enum class Kind : uint8_t { Plain, Uint, SInt, SIntWide, Jump, Label, Line, Raw, Qstr2, Child, QstrId, ConstId };
    struct Instr {
        Kind kind;
        uint8_t opcode;
        uint8_t extra; // extra raw byte (MAKE_CLOSURE, UNWIND_JUMP), if hasExtra
        bool hasExtra;
        uint32_t value; // operand, label or line; SInt: the int32 operand's bits
    };
    static_assert(sizeof(Instr) == 8, "an instruction is 8 bytes");
    int64_t signedOperand(const Instr& in) const {
        return in.kind == Kind::SIntWide ? wideInts_[in.value] : static_cast<int32_t>(in.value);
    }

    void record(const Instr& in);
    // The instructions in order, the packed ones first, renumbered once resolveNumbering() has run.
    template <class F> void forEachInstr(F&& f) const {
        for (size_t pos = 0; pos < packedCode_.size();)
            f(resolved(readPacked(packedCode_, pos)));
        for (const Instr& in : code_)
            f(in);
    }
    Instr resolved(Instr in) const;
    static void appendPacked(std::vector<uint8_t>& out, const Instr& in);
    static Instr readPacked(llvm::ArrayRef<uint8_t> in, size_t& pos);
    std::vector<uint8_t> packedCode_; // instructions before code_'s, packed (appendPacked)
    llvm::ArrayRef<uint32_t> qstrMap_, constMap_; // resolveNumbering()'s, for packedCode_
    uint32_t useQstr(llvm::StringRef s);
    uint32_t useConst(const ConstValue* v);
    ModuleTables* idTables_ = nullptr;
    DeferredUses* uses_ = nullptr;
    void emitPlain(uint8_t opcode, int stackDelta);

    ModuleTables& tables_;
    bool scopeOnly_;
    bool emitLines_;
    bool suppressDeadCode_;
    bool mpyV5_;
    std::vector<const ConstValue*> objects_; // v5 constant objects
    std::vector<uint8_t> finishV5(const FunctionSignature& sig, FunctionLayout* layout);
    std::vector<uint8_t> assemble(const FunctionSignature& sig, uint64_t sigFlags, const std::vector<uint8_t>& info,
                                  uint32_t nameBytes, const std::vector<uint8_t>& bytecode, FunctionLayout* layout);
    bool suppress_ = false;
    bool lastWasReturn_ = false;
    bool overflow_ = false;
    bool closureTooLarge_ = false;
    int stack_ = 0;
    int maxStack_ = 0;
    uint32_t line_ = 0;
    uint32_t lastLineRecorded_ = 1; // a line table starts at line 1
    uint32_t maxStackLine_ = 0;
    uint32_t numLabels_ = 0;
    std::vector<Instr> code_;
    std::vector<int64_t> wideInts_;
    std::vector<RawCode*> children_;
    llvm::SmallVector<uint32_t, 8> nameIndices_;
};

} // namespace mpyc
