// The optimizer pass: the compile-time decisions MicroPython makes while parsing, made
// here as one walk over the AST in source order.
//
//  - `NAME = const(expr)`: the value is recorded and every later bare use of NAME is
//    replaced by it (as a constant object, except small ints); names starting with `_`
//    lose their assignment entirely. A value that is not constant is "not a constant".
//  - constant folding of numeric operator chains, unary +,-,~ and `math.<const>`,
//    all-or-nothing per chain, with the runtime's arithmetic (see NumericFold.h);
//  - logical folding of `not`, `and`, `or` over constants;
//  - constant tuples;
//  - lone constant expression statements (doc strings) become `pass`;
//  - `__debug__` and asserts by opt level.
// The walk is post-order in source order, which is exactly the order in which the
// reference's parser completes rules, so const() substitution sees the same table.
#pragma once

#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"
#include "optimizer/CompileOptions.h"

#include <llvm/ADT/StringMap.h>

#include <optional>
#include <string>
#include <vector>

namespace mpyc {

// What the optimizer learnt about one const() declaration (for --explain-consts).
struct ConstDeclaration {
    std::string name;
    const ConstValue* value = nullptr;
    uint32_t line = 0;
    SourceRange range;
    unsigned uses = 0;      // substituted uses
    bool isPrivate = false; // starts with '_': no global, no qstr, no store
};

class Optimizer {
public:
    Optimizer(AstContext& ctx, const CompileOptions& opts) : ctx_(ctx), opts_(opts) {}

    // Runs every pass over the module. Returns the first error, as the reference reports it.
    std::optional<Diagnostic> run(Module* module);
    // The same over some of the module's top-level statements, in order (a streaming compile
    // gives each as it is parsed); a statement may be replaced.
    std::optional<Diagnostic> runOn(llvm::MutableArrayRef<Stmt*> stmts);

    // After a syntax error: processes only the const() declarations that were complete
    // before the error, because the reference raises "not a constant" while parsing and
    // so reports it first when it comes earlier in the file.
    std::optional<Diagnostic> checkConstDeclarations(llvm::ArrayRef<AssignStmt*> candidates);

    const std::vector<ConstDeclaration>& declarations() const { return decls_; }

private:
    struct Error {};

    void foldBlock(Block& block);
    Stmt* foldStmt(Stmt* s);
    Expr* fold(Expr* e);
    void foldArgs(llvm::ArrayRef<Arg> args);
    void foldParams(llvm::ArrayRef<Param> params);
    Stmt* processConstDeclaration(AssignStmt* s);

    Expr* foldBinary(BinaryExpr* b);
    Expr* foldUnary(UnaryExpr* u);
    Expr* foldNot(NotExpr* n);
    Expr* foldBoolOp(BoolOpExpr* b);
    Expr* foldTuple(TupleExpr* t);
    Expr* foldAtomExpr(AtomExpr* a);

    ConstExpr* makeConst(const ConstValue* v, uint32_t line, SourceRange range, bool forceObject);

    AstContext& ctx_;
    const CompileOptions& opts_;
    llvm::StringMap<size_t> consts_; // name -> index in decls_
    std::vector<ConstDeclaration> decls_;
    std::optional<Diagnostic> error_;
    const ConstValue* mathNan_ = nullptr;
    const ConstValue* mathInf_ = nullptr;
};

// Whether the reference treats the expression as a constant (mp_parse_node_is_const):
// any ConstExpr, and `()`.
bool isConstNode(const Expr* e);
// The constant's value (for `()` the empty tuple).
const ConstValue* constNodeValue(AstContext& ctx, const Expr* e);

// The truth the compiler decides at compile time for a condition, an `and`/`or` operand or a
// `not` operand (mp_parse_node_is_const_true/false), or nullopt when it is left to run time:
// any constant node; before v1.20 (TargetFeature::ConstTruthOfAnyConstant) only True, False
// and small ints.
std::optional<bool> constTruth(AstContext& ctx, const Expr* e, const CompileOptions& opts);

} // namespace mpyc
