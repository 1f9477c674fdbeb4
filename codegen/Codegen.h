// The code generator: AST to bytecode, through BytecodeBuilder, making every decision the
// reference's compiler (py/compile.c) makes about which instructions to emit.
//
// Like the reference it walks each scope twice:
//  - the scope pass discovers scopes (breadth-first, in the order their definitions are
//    met) and identifiers, and allocates the qstrs and constants the reference allocates
//    in its first pass;
//  - after every scope's identifiers are known (closures resolved, locals numbered), the
//    emit pass generates the bytecode of each scope in the same order.
// The two passes share all code, so the identifier and table orders follow the same
// compile order the reference has. Split over files: Codegen.cpp (driver, identifiers,
// errors), CodegenStmt.cpp, CodegenExpr.cpp, CodegenFunc.cpp (definitions and calls).
#pragma once

#include "emit/Emitter.h"
#include "mpy/ModuleTables.h"
#include "mpy/RawCode.h"
#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"
#include "frontend/Scope.h"
#include "optimizer/CompileOptions.h"

#include <llvm/ADT/DenseMap.h>

#include <memory>
#include <optional>
#include <vector>

namespace mpyc {

class BytecodeBuilder;
class NativeEmitter;
class InlineAssembler;
struct NativeTarget;

// Code-generation settings beyond CompileOptions that only the emitter needs.
struct EmitterOptions {
    // The target architecture for native code (-march); none means bytecode only, and
    // @micropython.native/viper/asm_* are "invalid arch" as in the reference.
    bool haveNativeArch = false;
    EmitKind defaultEmit = EmitKind::Bytecode; // -X emit=
    uint32_t archFlags = 0;                    // -march-flags, already checked for the arch
    std::string arch;                          // the -march name, for reports
};

class Codegen {
public:
    Codegen(AstContext& ctx, const CompileOptions& opts, const EmitterOptions& emitOpts,
            llvm::StringRef sourceName);
    ~Codegen();

    // Compiles the module; on error returns the diagnostic the reference reports.
    std::optional<Diagnostic> compile(Module* module, CompiledModule& out);

    // A streaming compile (CodegenStream.cpp): the module's top-level statements are given as
    // they are parsed and compiled at once, their functions included, so that the caller can
    // free each statement's AST; the qstrs and constants of functions are numbered at the end,
    // in the order the reference gives them. Bytecode of .mpy v6 only. Any step returns false
    // when the module needs what streaming does not do (an error or a limit to report, native
    // code, an inline assembler, a table the emit pass would extend): the caller then compiles
    // it again with compile(), which decides as the reference does. Bytes are the same either way.
    // `sourceBytes` sizes the module's instruction list (reserved, touched only as used).
    bool beginStream(CompiledModule& out, size_t sourceBytes);
    bool streamStatements(llvm::ArrayRef<Stmt*> stmts);
    bool endStream(uint32_t moduleLine);

private:
    enum class Pass { Scope, Emit };
    enum class AssignKind { Store, AugLoad, AugStore };
    static constexpr Label kNoLabel = ~Label(0);

    // driver (Codegen.cpp)
    // The header fields and the first qstr (the source name), before any scope.
    void startModule(CompiledModule& out);
    Scope* newScope(ScopeKind kind, llvm::StringRef name, Node* node, uint32_t line);
    Scope* scopeOf(const Node* node) const;
    void compileScope(Scope* s);
    // The three native passes of a @native/@viper scope; false on an error.
    bool compileNativeScope(Scope* s, RawCode* rc);
    NativeEmitter& nativeEmitter();
public:
    // -march=debug's listing of the native functions compiled so far; empty otherwise
    std::string nativeListing() const;
private:
    // An inline-assembler function (CodegenAsm.cpp): the reference's scope pass checks, then
    // its sizing and emitting passes.
    enum class AsmPass { Scope, CodeSize, Emit };
    void compileAsmScope(Scope* s, AsmPass pass);
    InlineAssembler* inlineAssembler(); // null where mpyc has none for the target yet
    // The reference's viper annotation rules (compile_viper_type_annotation).
    uint8_t viperAnnotation(const Expr* annotation, uint32_t line);
    // Errors of the native emitter: a ViperTypeError replaces an error already recorded (the
    // reference overwrites its error slot); a NotImplementedError ends compilation.
    void viperTypeError(std::string message);
    void nativeNotImplemented(std::string message);
    FunctionSignature signatureOf(Scope* s) const;
    void compileBlock(const Block& block);
    void compileNode(Expr* e);
    bool isStruct(const Node* n) const;

    // identifiers
    // Where an identifier lives for the emitter's load, store and delete operations.
    struct IdAccess {
        IdInfo* id;
        bool global;
        GlobalKind globalKind;
        LocalKind localKind;
    };
    IdAccess accessOf(llvm::StringRef name) const;
    void loadId(llvm::StringRef name);
    void storeId(llvm::StringRef name);
    void deleteId(llvm::StringRef name);
    IdInfo* idForModification(Scope* s, llvm::StringRef name);
    void declareGlobal(const Node* at, IdInfo* id);
    void declareNonlocal(const Node* at, IdInfo* id);

    // errors: the first one wins; a leaf node has no line (0) and the enclosing
    // statement list or the scope supplies it, as in the reference
    void error(const Node* at, const char* message);
    void errorAtLine(uint32_t line, SourceRange range, const char* message);
    void noteErrorLine(const Node* child);
    bool failed() const { return error_.has_value(); }
    // A limit of the .mpy format or the VM (frontend/Limits.h) that the reference does not
    // check (it aborts, or writes a file the VM cannot run). The first one is reported only
    // when the module has no error the reference reports, so that a program both reject
    // gets the reference's message.
    void limitExceeded(uint32_t line, SourceRange range, std::string message, std::string hint);
    void checkQstrTable(const Stmt* s);
    // The reference's "RuntimeError: name too long" for a name it makes while compiling.
    void nameTooLong(const Node* at, size_t length);
    void checkFrameSize(const Scope* s, uint32_t maxStack, uint32_t maxStackLine);
    // The limits of a scope just emitted: cell slots, closure size, frame size.
    void checkEmittedScope(const Scope* s, const BytecodeBuilder& builder);

    // statements (CodegenStmt.cpp)
    void compileStmt(Stmt* s);
    void compileExprStmt(ExprStmt* s);
    void compileAssign(AssignStmt* s);
    void compilePlainAssign(Expr* target, Expr* value);
    void compileAugAssign(AugAssignStmt* s);
    void compileAnnAssign(AnnAssignStmt* s);
    void compileDel(Expr* target);
    void compileBreakContinue(Stmt* s, bool isBreak);
    void compileReturn(ReturnStmt* s);
    void compileRaise(RaiseStmt* s);
    void compileImport(ImportStmt* s);
    void compileImportFrom(ImportFromStmt* s);
    // Emits IMPORT_NAME for a dotted name; `base` receives the name the import binds.
    void importName(const Stmt* at, const ImportAlias& alias, llvm::StringRef* base);
    void compileGlobalNonlocal(Stmt* s, llvm::ArrayRef<llvm::StringRef> names, bool isGlobal);
    void compileAssert(AssertStmt* s);
    void compileIf(IfStmt* s);
    void compileWhile(WhileStmt* s);
    void compileFor(ForStmt* s);
    bool compileForRange(ForStmt* s);
    void compileTry(TryStmt* s);
    void compileTryExcept(TryStmt* s);
    void compileTryFinally(TryStmt* s);
    int finallyReturnSlot() const;
    bool afterReturn() const;
    void compileWith(WithStmt* s, size_t item);
    void compileAsyncFor(ForStmt* s);
    void compileAsyncWith(WithStmt* s, size_t item);
    void awaitObjectMethod(llvm::StringRef method);
    void increaseExceptLevel(Label label, BlockKind kind);
    void decreaseExceptLevel();

    struct LoopState {
        Label breakLabel, continueLabel;
        bool breakFromFor;
        uint32_t exceptLevel;
    };
    LoopState beginLoop(Label breakLabel, Label continueLabel);
    void endLoop(const LoopState& saved);

    // expressions (CodegenExpr.cpp)
    void compileConst(ConstExpr* c);
    void compileTuple(TupleExpr* t);
    void compileList(ListExpr* l);
    void compileBrace(BraceExpr* b);
    void compileAtomExpr(AtomExpr* a);
    void compileTrailer(Trailer* t);
    void compileSlice(SliceExpr* s);
    void compileBinary(BinaryExpr* b);
    void compileBoolOp(BoolOpExpr* b);
    void compileCompare(CompareExpr* c);
    void compileIfExp(IfExpExpr* e);
    void compileYield(YieldExpr* y);
    void yieldFrom();
    void compileNamedExpr(Expr* at, Expr* target, Expr* value);
    void condJump(Expr* e, bool jumpIf, Label label);
    void assign(Expr* target, AssignKind kind);
    void assignAtomExpr(AtomExpr* a, AssignKind kind);
    void assignTuple(llvm::ArrayRef<Expr*> elts);
    bool isConstTrue(const Expr* e) const;
    bool isConstFalse(const Expr* e) const;

    // definitions and calls (CodegenFunc.cpp)
    void compileFunctionDef(FunctionDefStmt* s);
    void compileClassDef(ClassDefStmt* s);
    llvm::StringRef funcDefHelper(FunctionDefStmt* s, EmitKind emit);
    llvm::StringRef classDefHelper(ClassDefStmt* s, EmitKind emit);
    bool builtinDecorator(const Decorator& d, EmitKind& emit);
    void compileDecorated(Stmt* s, llvm::ArrayRef<Decorator> decorators);
    void defaultsAndMake(Scope* child, llvm::ArrayRef<Param> params);
    void defaultParam(const Param& p);
    void closeOverAndMake(Scope* child, uint32_t nPosDefaults, uint32_t nKwDefaults);
    void scopeParam(const Param& p);
    void compileLambda(LambdaExpr* l);
    void compileComprehension(ComprehensionExpr* c);
    void compileCompIter(Scope* s, ComprehensionExpr* c, size_t clause, uint32_t forDepth);
    void callArgs(llvm::ArrayRef<Arg> args, bool isMethod, uint32_t nPositionalExtra);
    bool isParseNodeSmallInt(const ConstValue* v) const;
    bool keywordArg(const Arg& a);
    void callArgsOneStarEach(llvm::ArrayRef<Arg> args, bool isMethod, uint32_t nPositionalExtra);

    AstContext& ctx_;
    const CompileOptions& opts_;
    const EmitterOptions& emitOpts_;
    std::string sourceName_;
    CompiledModule* out_ = nullptr;

    std::vector<std::unique_ptr<Scope>> scopes_;
    llvm::DenseMap<const Node*, Scope*> scopeOfNode_;
    std::vector<RawCode*> rawCodeOf_; // by scope index

    Pass pass_ = Pass::Scope;
    Scope* cur_ = nullptr;
    Emitter* e_ = nullptr;

    Label breakLabel_ = kNoLabel;
    Label continueLabel_ = kNoLabel;
    bool breakFromFor_ = false;
    uint32_t exceptLevel_ = 0;
    uint32_t breakContinueExceptLevel_ = 0;

    bool haveStar_ = false;
    uint32_t numDictParams_ = 0;
    uint32_t numDefaultParams_ = 0;

    const NativeTarget* nativeTarget_ = nullptr;
    std::unique_ptr<NativeEmitter> native_;
    std::unique_ptr<InlineAssembler> inlineAsm_;
    bool fatal_ = false; // error_ is final (the reference raised out of the compiler)

    // streaming (CodegenStream.cpp)
    struct Stream;
    std::unique_ptr<Stream> stream_;
    // A function's `global` declaration makes the module's id explicitly global: in a stream,
    // once the whole module has been through its scope pass, as in the reference.
    void deferExplicitGlobal(llvm::StringRef name);

    std::optional<Diagnostic> error_;
    std::optional<Diagnostic> limitError_;
    uint32_t stmtLine_ = 0; // the statement being compiled, for errors at leaf nodes
};

} // namespace mpyc
