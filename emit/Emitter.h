// Emitter: the operations the code generator asks of an emitter, one per slot of the
// reference's emit_method_table_t (py/emit.h).
//
// The reference's compiler never writes an instruction itself: every EMIT(...) goes through
// that table, and its bytecode emitter (py/emitbc.c) and native emitters (py/emitnative.c,
// one per architecture) implement the same slots. Its native code is what the same sequence
// of calls turns into, so matching its bytes means making the same calls: codegen/ walks
// the AST once and talks only to this interface; bytecode/ (BytecodeBuilder) and native/
// implement it. Nothing here knows the AST.
//
// Stack effects are the implementation's business (the bytecode and native emitters count
// differently inside a handler or a `with`); adjustStack() carries only the adjustments the
// compiler itself makes.
#pragma once

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <vector>

namespace mpyc {

struct ConstValue;
struct RawCode;

using Label = uint32_t;

// MP_EMIT_IDOP_LOCAL_*: a fast local or a cell (closure variable).
enum class LocalKind : uint8_t { Fast, Deref };
// MP_EMIT_IDOP_GLOBAL_*: LOAD_NAME-style (module/class level) or explicitly global.
enum class GlobalKind : uint8_t { Name, Global };
// MP_EMIT_IMPORT_*
enum class ImportKind : uint8_t { Name, From, Star };
// MP_EMIT_SUBSCR_* and MP_EMIT_ATTR_*
enum class AccessKind : uint8_t { Load, Store, Delete };
// MP_EMIT_SETUP_BLOCK_*
enum class BlockKind : uint8_t { With, Except, Finally };
// MP_EMIT_BUILD_*
enum class BuildKind : uint8_t { Tuple, List, Map, Set, Slice };
// The keyword constants (MP_TOKEN_KW_FALSE/NONE/TRUE). `...` is loaded as the constant
// object it is, which is what both reference emitters do with MP_TOKEN_ELLIPSIS.
enum class ConstToken : uint8_t { False, None, True };
// The collection a comprehension appends to (its scope kind).
enum class CompKind : uint8_t { List, Dict, Set };
// MP_EMIT_YIELD_*
enum class YieldKind : uint8_t { Value, From };

// MP_BINARY_OP_EXCEPTION_MATCH, which the emitters use themselves (async with).
constexpr uint8_t kBinaryOpExceptionMatch = 8;

// MP_EMIT_STAR_FLAG_*: a call with *args and/or **kwargs.
constexpr uint32_t kStarFlagSingle = 1;
constexpr uint32_t kStarFlagDouble = 2;

// What the prelude records about a function (filled by the code generator from its scope).
struct FunctionSignature {
    llvm::StringRef simpleName;
    std::vector<llvm::StringRef> argNames; // n_pos_args + n_kwonly_args names ('*' for none)
    uint32_t numLocals = 0;
    uint32_t excStackSize = 0;
    uint16_t scopeFlags = 0;
    bool asyncSignatureFlag = false; // CircuitPython: MP_SCOPE_FLAG_ASYNC (0x10) in the prelude
    uint32_t numPosArgs = 0;
    uint32_t numKwonlyArgs = 0;
    uint32_t numDefPosArgs = 0;
    std::vector<uint8_t> cells; // local slots to turn into cells
};

class Emitter {
public:
    virtual ~Emitter() = default;

    // Start of a pass over one scope (start_pass). In the scope pass the parameters are not
    // known yet and `sig.argNames` is empty.
    virtual void begin(const FunctionSignature& sig) = 0;

    // Labels are numbered by the emitter, so that an emitter can take private ones.
    virtual Label newLabel() = 0;
    virtual void placeLabel(Label label) = 0; // label_assign
    virtual void setLine(uint32_t line) = 0;  // set_source_line
    // Whether the last opcode emitted was RETURN_VALUE, with no label or other opcode since:
    // before v1.20 (e85a096302) the compiler then left out the jump or return that would follow
    // (last_emit_was_return_value). Emitters that never served such a release say false.
    virtual bool lastEmitWasReturn() const { return false; }
    virtual void adjustStack(int delta) = 0;  // adjust_stack_size

    virtual void loadLocal(llvm::StringRef name, uint32_t local, LocalKind kind) = 0;
    virtual void loadGlobal(llvm::StringRef name, GlobalKind kind) = 0;
    virtual void storeLocal(llvm::StringRef name, uint32_t local, LocalKind kind) = 0;
    virtual void storeGlobal(llvm::StringRef name, GlobalKind kind) = 0;
    virtual void deleteLocal(llvm::StringRef name, uint32_t local, LocalKind kind) = 0;
    virtual void deleteGlobal(llvm::StringRef name, GlobalKind kind) = 0;

    // import: Name pops level and fromlist and pushes the module; From peeks the module and
    // pushes the attribute; Star pops the module (name unused).
    virtual void importOp(llvm::StringRef name, ImportKind kind) = 0;
    virtual void loadConstToken(ConstToken token) = 0;
    virtual void loadConstSmallInt(int64_t value) = 0;
    virtual void loadConstStr(llvm::StringRef str) = 0; // an interned string (a qstr)
    virtual void loadConstObj(const ConstValue* value) = 0;
    virtual void loadNull() = 0;
    virtual void loadMethod(llvm::StringRef name, bool isSuper) = 0;
    virtual void loadBuildClass() = 0;
    virtual void subscr(AccessKind kind) = 0;
    virtual void attr(llvm::StringRef name, AccessKind kind) = 0;

    virtual void dupTop() = 0;
    virtual void dupTopTwo() = 0;
    virtual void popTop() = 0;
    virtual void rotTwo() = 0;
    virtual void rotThree() = 0;

    virtual void jump(Label target) = 0;
    virtual void popJumpIf(bool cond, Label target) = 0;
    virtual void jumpIfOrPop(bool cond, Label target) = 0;
    // A break/continue/return leaving `exceptDepth` handlers; `breakFromFor` pops a for
    // loop's iterator first (the reference's MP_EMIT_BREAK_FROM_FOR label bit).
    virtual void unwindJump(Label target, uint32_t exceptDepth, bool breakFromFor) = 0;
    virtual void setupBlock(Label handler, BlockKind kind) = 0;
    virtual void withCleanup(Label label) = 0;
    virtual void asyncWithSetupFinally(Label aexitNoExc, Label finallyBlock, Label retUnwindJump) = 0;
    virtual void endFinally() = 0;
    virtual void getIter(bool useStack) = 0;
    virtual void forIter(Label end) = 0;
    virtual void forIterEnd() = 0;
    virtual void popExceptJump(Label target, bool withinExcHandler) = 0;

    virtual void unaryOp(uint8_t op) = 0;  // MP_UNARY_OP_*
    virtual void binaryOp(uint8_t op) = 0; // MP_BINARY_OP_*, plus NotIn (35) and IsNot (36)
    virtual void build(uint32_t n, BuildKind kind) = 0;
    virtual void storeMap() = 0;
    virtual void storeComp(CompKind kind, uint32_t collectionStackIndex) = 0;
    virtual void unpackSequence(uint32_t n) = 0;
    virtual void unpackEx(uint32_t left, uint32_t right) = 0;
    virtual void makeFunction(RawCode* child, uint32_t nPosDefaults, uint32_t nKwDefaults) = 0;
    virtual void makeClosure(RawCode* child, uint32_t nClosedOver, uint32_t nPosDefaults, uint32_t nKwDefaults) = 0;
    virtual void callFunction(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) = 0;
    virtual void callMethod(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) = 0;
    virtual void returnValue() = 0;
    virtual void raiseVarargs(uint32_t nArgs) = 0;
    virtual void yield(YieldKind kind) = 0;

    // Entry to and exit from an exception handler; they may or may not emit code.
    virtual void startExceptHandler() = 0;
    virtual void endExceptHandler() = 0;
};

} // namespace mpyc
