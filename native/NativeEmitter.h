// NativeEmitter: the second implementation of the emitter interface, turning the code
// generator's calls into machine code through a NativeAsm, as py/emitnative.c does for
// @micropython.native and @micropython.viper functions.
//
// What it decides (each rule named after the reference function it follows):
//  - the value stack as a model of entries that are in their frame slot, in a register, or
//    an immediate not yet materialised; registers are spilled before they are reused and
//    before every runtime call, everything is settled at labels and jumps;
//  - the frame: an nlr buffer when the function needs the global exception handler, the
//    code state, then the Python stack and the locals (reversed); up to two locals in
//    registers when there are no handlers and no yield;
//  - entry and exit sequences for native, generator and viper functions; the global
//    exception handler; exception handlers, finally blocks and unwind jumps;
//  - viper's static types: casts, pointer loads and stores, machine arithmetic and
//    comparisons, and its type errors;
//  - the native-py fun_data framing: the prelude-index word, the generator's start word,
//    and the bytecode-style prelude after the code.
// Like the reference, one emitter serves every native scope of a module, and each scope is
// compiled three times with the same calls: StackSize (the stack depth), CodeSize (the
// label offsets) and Emit.
#pragma once

#include "emit/Emitter.h"
#include "mpy/ModuleTables.h"
#include "mpy/RawCode.h"
#include "native/NativeAsm.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mpyc {

class ConstPool;

// Viper types (vtype_kind_t); the low 4 bits are the MP_NATIVE_TYPE_* value the runtime's
// converters take.
enum VType : uint8_t {
    VObj = 0x00,
    VBool = 0x01,
    VInt = 0x02,
    VUint = 0x03,
    VPtr = 0x04,
    VPtr8 = 0x05,
    VPtr16 = 0x06,
    VPtr32 = 0x07,
    VPtrNone = 0x54,
    VUnbound = 0x60,
    VBuiltinCast = 0x70,
};

// The name a viper type has in messages ("None" for the None literal).
const char* vtypeName(uint8_t vtype);
// mp_native_type_from_qstr: the type a cast or annotation name stands for, or -1.
int nativeTypeFromName(llvm::StringRef name);

// Scope flags the native emitter reads beyond the prelude's four (py/runtime0.h).
constexpr uint16_t kScopeFlagRefGlobals = 0x10;
constexpr uint16_t kScopeFlagHasConsts = 0x20;
constexpr unsigned kScopeFlagViperRetPos = 6;

// What the native emitter needs of a scope beyond the prelude's signature.
struct NativeScope {
    bool viper = false;
    // "Class.method": simple names up to the module (emitnative.c builds it for -march=debug)
    std::string qualifiedName;
    // Viper: the annotated type of each parameter, by local number.
    std::vector<std::pair<uint32_t, uint8_t>> paramTypes;
};

// Errors of the native emitter, reported to the code generator: a ViperTypeError replaces
// any error already recorded (the reference overwrites its error slot); a
// NotImplementedError ends the compilation at once.
struct NativeErrors {
    std::function<void(std::string)> viperTypeError;
    std::function<void(std::string)> notImplemented;
    // any other exception the reference raises out of the compiler (no traceback)
    std::function<void(const char* errorClass, std::string)> fatal;
};

class NativeEmitter final : public Emitter {
public:
    enum class Pass : uint8_t { StackSize, CodeSize, Emit };

    NativeEmitter(std::unique_ptr<NativeAsm> as, ModuleTables& tables, ConstPool& pool, NativeErrors errors);
    ~NativeEmitter() override;

    const NativeArch& arch() const { return as_->arch(); }

    // Before the three passes of a scope.
    void startScope(const NativeScope& scope);
    void setPass(Pass pass) { pass_ = pass; }
    // After each pass: the epilogue and, for native-py, the prelude. The scope flags the
    // emitter changed (GENERATOR, HASCONSTS) are in scopeFlags() for the next pass.
    void endPass();
    uint16_t scopeFlags() const { return sig_.scopeFlags; }
    // After the Emit pass.
    const std::vector<uint8_t>& code() const { return as_->code(); }
    const std::string& listing() const { return as_->listing(); }
    // The emit pass placed code where the compute pass did not (never expected: a guard)
    bool layoutChanged() const { return as_->layoutChanged(); }
    uint32_t preludeOffset() const { return static_cast<uint32_t>(preludeOffset_); }
    llvm::ArrayRef<RawCode*> children() const { return children_; }
    uint32_t nState() const { return static_cast<uint32_t>(nState_); }

    // Emitter
    void begin(const FunctionSignature& sig) override;
    Label newLabel() override { return numLabels_++; }
    void placeLabel(Label label) override;
    void setLine(uint32_t) override {}
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
    void endExceptHandler() override {}

private:
    enum class Where : uint8_t { Value, Reg, Imm }; // stack_info_kind_t
    struct StackEntry {
        uint8_t vtype = VUnbound;
        Where where = Where::Value;
        int reg = 0;
        int64_t imm = 0;
    };
    struct ExcEntry {
        Label label;
        bool isFinally;
        bool isActive;
        // UNWIND_LABEL_UNUSED / UNWIND_LABEL_DO_FINAL_UNWIND, or the next finally's label
        enum : uint8_t { Unused, FinalUnwind, ToLabel } unwind = Unused;
        Label unwindLabel = 0;
    };

    // frame and scope facts (NativeEmitterFrame.cpp)
    bool isGenerator() const { return sig_.scopeFlags & 0x01; }
    bool needGlobalExcHandler() const;
    bool needFunObj() const;
    bool canUseRegsForLocals() const;
    int localIdxExcVal() const { return 1; }
    int localIdxExcHandlerPc() const { return static_cast<int>(arch().nlrBufLocal1); }
    int localIdxExcHandlerUnwind() const { return static_cast<int>(arch().nlrBufWords) + 1; }
    int localIdxThrowVal() const { return static_cast<int>(arch().nlrBufWords) + 2; }
    int localIdxRetVal() const { return static_cast<int>(arch().nlrBufWords); }
    int localIdxFunObj() const { return codeStateStart_; }
    int localIdxOldGlobals() const { return codeStateStart_ + 1; }
    int localIdxGenPc() const { return codeStateStart_ + 1; }
    int localIdxLocalVar(uint32_t local) const { return stackStart_ + nState_ - 1 - static_cast<int>(local); }
    int regLocal(uint32_t i) const { return arch().regLocal[i]; }
    int regQstrTable() const { return arch().regLocal[2]; }
    int regGeneratorState() const { return arch().regLocal[1]; }
    void startPassEntry();
    void globalExcEntry();
    void globalExcExit();

    // the stack model (NativeEmitterStack.cpp)
    // After a viper error the reference's model can be out of step with the code (it then
    // crashes on an assertion); these accessors stay in bounds so that the error is reported.
    StackEntry& peek(uint32_t depth) { return int(depth) < size_ ? info_[size_ - 1 - depth] : scratch_; }
    StackEntry& at(int index) { return info_[index]; }
    void ensureExtra(int delta);
    uint8_t peekVtype(uint32_t depth) { return doViper_ ? peek(depth).vtype : uint8_t(VObj); }
    void adjust(int delta);
    void needRegSingle(int reg, int skipPos);
    void needRegAll();
    uint8_t loadRegStackImm(int reg, const StackEntry& e, bool convertToObj);
    void needStackSettled();
    void accessStack(int pos, uint8_t* vtype, int reg);
    void foldStackTop(int reg);
    void prePopRegFlexible(uint8_t* vtype, int* reg, int notR1, int notR2);
    void prePopDiscard() { adjust(-1); }
    void prePopReg(uint8_t* vtype, int reg);
    void pushReg(uint8_t vtype, int reg);
    void pushImm(uint8_t vtype, int64_t imm);
    void call(unsigned fun);
    void callWithImm(unsigned fun, int64_t imm, int reg);
    void callWith2Imm(unsigned fun, int64_t imm1, int reg1, int64_t imm2, int reg2);
    void callWithQstr(unsigned fun, llvm::StringRef qstr, int reg);
    void stackPointerForPop(int reg, uint32_t nPop);
    void stackPointerForPush(int reg, uint32_t nPush);
    void movStateReg(int local, int reg);
    void movRegState(int reg, int local);
    void movRegStateAddr(int reg, int local);
    void movRegQstr(int reg, llvm::StringRef qstr);
    void movRegConst(int reg, unsigned funTableSlot);
    void movLocalNull(int local, int regTemp);
    void loadRegWithObject(int reg, const ConstValue* value);
    void loadRegWithChild(int reg, RawCode* child);
    void pushExcStack(Label label, bool isFinally);
    void leaveExcStack(bool startOfHandler);
    ExcEntry popExcStack();

    // operations (NativeEmitterOps.cpp)
    void loadFast(llvm::StringRef name, uint32_t local);
    void storeFast(llvm::StringRef name, uint32_t local);
    void loadSubscr();
    void storeSubscr();
    void jumpHelper(bool cond, Label label, bool pop);
    void setupWith(Label label);
    void makeFunctionCall(RawCode* child, uint32_t nClosedOver, uint32_t nPosDefaults, uint32_t nKwDefaults);
    void buildSlice(uint32_t n);
    void viperError(std::string message);
    void requireObject(uint8_t vtype);
    void notImplemented(const char* message);

    std::unique_ptr<NativeAsm> as_;
    ModuleTables& tables_;
    ConstPool& pool_;
    NativeErrors errors_;

    Pass pass_ = Pass::StackSize;
    FunctionSignature sig_;
    NativeScope scope_;
    bool doViper_ = false;
    uint32_t numLabels_ = 0;
    Label exitLabel_ = 0;

    std::vector<uint8_t> localVtype_;
    // The stack entries; those above size_ keep what they held, because the reference pops
    // entries and then re-exposes them by adjusting the size (stack_info_t).
    std::vector<StackEntry> info_;
    int size_ = 0;
    StackEntry scratch_;
    uint8_t savedStackVtype_ = VObj;
    std::vector<ExcEntry> excStack_;
    std::vector<RawCode*> children_;

    // Values one pass computes and the next writes (kept across scopes, as the reference's
    // emitter object keeps them).
    size_t preludeOffset_ = 0;
    uint32_t preludePtrIndex_ = 0;
    size_t startOffset_ = 0;
    uint32_t nInfo_ = 0;
    uint32_t nCell_ = 0;

    int nState_ = 0;
    int codeStateStart_ = 0;
    int stackStart_ = 0;
    int scopeStackSize_ = 0; // scope->stack_size: the deepest the stack got
};

} // namespace mpyc
