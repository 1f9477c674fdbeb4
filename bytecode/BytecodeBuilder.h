// BytecodeBuilder: builds one function's bytecode and prelude, knowing nothing of the AST.
//
// It owns what the reference's bytecode emitter (py/emitbc.c) decides:
//  - operand encodings (one-byte "multi" forms, vuints, signed small ints);
//  - the maximum stack depth, from each opcode's stack effect plus explicit adjustments;
//  - dead code: after an unconditional jump, return or raise nothing is emitted until the
//    next label, but stack effects, table entries, children and line entries still count;
//  - jump sizes: every jump starts long (2-byte offset) and shrinks to 1 byte when the
//    offset fits, over the same passes the reference makes, so the layout is identical;
//  - the line-number table and the prelude (signature, sizes, names, cells).
// In "scope" mode (the reference's first pass) it only allocates qstrs and constants, so
// the module tables get the reference's order.
#pragma once

#include "mpy/ModuleTables.h"
#include "mpy/Opcodes.h"
#include "mpy/RawCode.h"
#include "mpy/Vuint.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/SmallVector.h>

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

using Label = uint32_t;

// What the prelude records about the function (filled by the code generator).
struct FunctionSignature {
    llvm::StringRef simpleName;
    std::vector<llvm::StringRef> argNames; // n_pos_args + n_kwonly_args names ('*' for none)
    uint32_t numLocals = 0;
    uint32_t excStackSize = 0;
    uint16_t scopeFlags = 0;
    uint32_t numPosArgs = 0;
    uint32_t numKwonlyArgs = 0;
    uint32_t numDefPosArgs = 0;
    std::vector<uint8_t> cells; // local slots to turn into cells
};

class BytecodeBuilder {
public:
    BytecodeBuilder(ModuleTables& tables, bool scopeOnly, bool emitLines)
        : tables_(tables), scopeOnly_(scopeOnly), emitLines_(emitLines) {}

    // Start of a pass: allocates the simple name and argument names, as the reference does
    // when it writes the prelude.
    void begin(llvm::StringRef simpleName, llvm::ArrayRef<llvm::StringRef> argNames);

    Label newLabel();
    void placeLabel(Label label);
    void setLine(uint32_t line);
    void adjustStack(int delta);
    int stackDepth() const { return stack_; }

    // Fixed-effect opcodes without operand.
    void op(Op op);
    void opQstr(Op op, llvm::StringRef qstr);
    // Opcodes with an unsigned operand; `stackDelta` for variable-effect opcodes.
    void opUint(Op op, uint32_t value, int stackDelta);
    void jump(Op op, Label target);

    void loadSmallInt(int64_t value);
    void loadConstObj(const ConstValue* value);
    void loadFast(uint32_t local);
    void storeFast(uint32_t local);
    void unaryOp(uint8_t op);
    void binaryOp(uint8_t op); // 0..34, plus NotIn (35) / IsNot (36) emitted as two opcodes
    void unwindJump(Label target, uint32_t exceptDepth, bool breakFromFor);
    void makeFunction(RawCode* child, bool hasDefaults, uint32_t numClosed);
    void call(bool isMethod, uint32_t nPositional, uint32_t nKeyword, bool hasStar);

    llvm::ArrayRef<RawCode*> children() const { return children_; }

    // Lays out jumps, then encodes prelude + line table + cells + bytecode.
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
    enum class Kind : uint8_t { Plain, Uint, SInt, Jump, Label, Line, Raw };
    struct Instr {
        Kind kind;
        uint8_t opcode;
        uint8_t extra; // extra raw byte (MAKE_CLOSURE, UNWIND_JUMP), if hasExtra
        bool hasExtra;
        int64_t value; // operand, label or line
    };

    void record(const Instr& in);
    void emitPlain(uint8_t opcode, int stackDelta);

    ModuleTables& tables_;
    bool scopeOnly_;
    bool emitLines_;
    bool suppress_ = false;
    bool overflow_ = false;
    bool closureTooLarge_ = false;
    int stack_ = 0;
    int maxStack_ = 0;
    uint32_t line_ = 0;
    uint32_t maxStackLine_ = 0;
    uint32_t numLabels_ = 0;
    std::vector<Instr> code_;
    std::vector<RawCode*> children_;
    llvm::SmallVector<uint32_t, 8> nameIndices_;
};

} // namespace mpyc
