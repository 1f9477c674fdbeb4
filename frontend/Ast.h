// The typed AST: one node kind per construct, arena-allocated, every node with its
// source range.
//
// Shape follows MicroPython's parse tree where that tree decides bytes:
//  - `line` is the line the reference gives the corresponding parse node (the line of
//    the rule's first token; 0 for folded constants and private const() statements).
//    The code generator records it in the line table wherever the reference calls
//    compile_node() on a "struct" node, so node kinds that are leaves in the reference
//    (names, small ints, interned strings, None/True/False/...) never produce entries.
//  - operator chains are n-ary (`a + b - c` is one node), because the reference folds
//    constants over a whole chain or not at all;
//  - parentheses around a single expression leave no node; a parenthesised tuple and a
//    bare tuple are distinguished (they compile differently in assignments).
// Analyses (scopes, folding results) keep side tables keyed by node where they can; the
// optimizer replaces subtrees in place because the reference's folding happens in the
// parser and later phases must only ever see the folded tree.
#pragma once

#include "frontend/ConstValue.h"
#include "frontend/NameMap.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Allocator.h>

#include <cassert>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>

namespace mpyc {

struct SourceRange {
    uint32_t begin = 0; // byte offsets into the source
    uint32_t end = 0;
};

#define MPYC_EXPR_KINDS(X)                                                                                   \
    X(Name)                                                                                                  \
    X(Const)                                                                                                 \
    X(DebugConst)                                                                                            \
    X(Tuple)                                                                                                 \
    X(List)                                                                                                  \
    X(Brace)                                                                                                 \
    X(DictItem)                                                                                              \
    X(Comprehension)                                                                                         \
    X(AtomExpr)                                                                                              \
    X(Slice)                                                                                                 \
    X(Unary)                                                                                                 \
    X(Binary)                                                                                                \
    X(Not)                                                                                                   \
    X(BoolOp)                                                                                                \
    X(Compare)                                                                                               \
    X(IfExp)                                                                                                 \
    X(Lambda)                                                                                                \
    X(NamedExpr)                                                                                             \
    X(Star)                                                                                                  \
    X(Yield)

#define MPYC_STMT_KINDS(X)                                                                                   \
    X(ExprStmt)                                                                                              \
    X(Assign)                                                                                                \
    X(AugAssign)                                                                                             \
    X(AnnAssign)                                                                                             \
    X(Del)                                                                                                   \
    X(Pass)                                                                                                  \
    X(Break)                                                                                                 \
    X(Continue)                                                                                              \
    X(Return)                                                                                                \
    X(Raise)                                                                                                 \
    X(Import)                                                                                                \
    X(ImportFrom)                                                                                            \
    X(Global)                                                                                                \
    X(Nonlocal)                                                                                              \
    X(Assert)                                                                                                \
    X(If)                                                                                                    \
    X(While)                                                                                                 \
    X(For)                                                                                                   \
    X(Try)                                                                                                   \
    X(With)                                                                                                  \
    X(FunctionDef)                                                                                           \
    X(ClassDef)

#define MPYC_OTHER_KINDS(X)                                                                                  \
    X(CallTrailer)                                                                                           \
    X(IndexTrailer)                                                                                          \
    X(AttrTrailer)                                                                                           \
    X(Module)

enum class NodeKind : uint8_t {
#define MPYC_KIND_ENUM(k) k,
    MPYC_EXPR_KINDS(MPYC_KIND_ENUM) MPYC_STMT_KINDS(MPYC_KIND_ENUM) MPYC_OTHER_KINDS(MPYC_KIND_ENUM)
#undef MPYC_KIND_ENUM
};

const char* nodeKindName(NodeKind kind);

// `kind` last, and the one-byte fields of each node first: a node's one-byte fields then fill
// the three bytes after `kind` (a class with a constructor lends its tail padding to derived
// classes in the Itanium C++ ABI), which takes 8 bytes off most nodes that have them.
struct Node {
    uint32_t line = 0;
    SourceRange range;
    NodeKind kind;

    explicit Node(NodeKind k) : kind(k) {}

    template <class T> bool is() const { return kind == T::Kind; }
    template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
    template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
};

struct Expr : Node {
    using Node::Node;
};
struct Stmt : Node {
    using Node::Node;
};

#define MPYC_NODE_HEADER(Struct, KindName, Base)                                                             \
    static constexpr NodeKind Kind = NodeKind::KindName;                                                     \
    Struct() : Base(NodeKind::KindName) {}

// Binary operator numbers are the reference's (py/runtime0.h), so the emitter can use
// them directly as BINARY_OP operands.
enum class BinaryOp : uint8_t {
    Less = 0,
    More = 1,
    Equal = 2,
    LessEqual = 3,
    MoreEqual = 4,
    NotEqual = 5,
    In = 6,
    Is = 7,
    ExceptionMatch = 8,
    InplaceOr = 9,
    InplaceXor,
    InplaceAnd,
    InplaceLShift,
    InplaceRShift,
    InplaceAdd,
    InplaceSubtract,
    InplaceMultiply,
    InplaceMatMultiply,
    InplaceFloorDivide,
    InplaceTrueDivide,
    InplaceModulo,
    InplacePower,
    Or = 22,
    Xor,
    And,
    LShift,
    RShift,
    Add,
    Subtract,
    Multiply,
    MatMultiply,
    FloorDivide,
    TrueDivide,
    Modulo,
    Power = 34,
    // Emitted as two opcodes (the base op, then `not`).
    NotIn,
    IsNot,
};
constexpr uint8_t kInplaceOffset = uint8_t(BinaryOp::Or) - uint8_t(BinaryOp::InplaceOr);
inline BinaryOp inplaceOf(BinaryOp op) {
    return BinaryOp(uint8_t(op) - kInplaceOffset);
}
const char* binaryOpSpelling(BinaryOp op);

enum class UnaryOp : uint8_t { Positive = 0, Negative = 1, Invert = 2, Not = 3 };

// --- expressions -------------------------------------------------------------------------

// A module's names, one copy of each (AstContext::intern): a name expression holds a pointer
// rather than a text and its length, and the text is not copied per occurrence.
struct InternedName {
    uint32_t size;
    char text[1]; // `size` bytes and a NUL, allocated with the struct
    llvm::StringRef str() const { return llvm::StringRef(text, size); }
};

struct NameExpr : Expr {
    MPYC_NODE_HEADER(NameExpr, Name, Expr)
    const InternedName* name = nullptr;
    llvm::StringRef id() const { return name->str(); }
};

// A constant: a literal, a folded expression, a substituted const() name or a constant
// tuple. Whether the reference has it as a leaf (no line entry, dedicated opcodes) or a
// constant object (LOAD_CONST_OBJ with a line entry) follows from the value and flags:
//  - ints are leaves when they fit the target's small-int width;
//  - strings are leaves when `internedStr` (short, or already interned when parsed);
//  - None/True/False/... are leaves unless `forceObject` (a substituted const() value);
//  - floats, complex numbers, bytes, big ints and tuples are always objects.
struct ConstExpr : Expr {
    MPYC_NODE_HEADER(ConstExpr, Const, Expr)
    bool internedStr = false;
    bool forceObject = false;
    const ConstValue* value = nullptr;
};

// `__debug__`: the optimizer replaces it with True or False by opt level.
struct DebugConstExpr : Expr {
    MPYC_NODE_HEADER(DebugConstExpr, DebugConst, Expr)
};

enum class TupleForm : uint8_t {
    Paren, // (a, b), (a,), () -- the reference's atom_paren
    Bare,  // a, b in statements, returns, for-iterables and subscripts
};

struct TupleExpr : Expr {
    MPYC_NODE_HEADER(TupleExpr, Tuple, Expr)
    TupleForm form = TupleForm::Bare;
    // Whether the reference would turn it into one constant when all items are constant
    // (not for `for`/`del` target lists), and the line it then gives the constant
    // (constLine): for `(a, b, ...)` the line of the item after the first comma, otherwise
    // the tuple's.
    bool foldable = true;
    llvm::ArrayRef<Expr*> elts;
    uint32_t constLine = 0;
};

struct ListExpr : Expr {
    MPYC_NODE_HEADER(ListExpr, List, Expr)
    llvm::ArrayRef<Expr*> elts;
};

// {...}: a dict when the first item is a DictItem, otherwise a set; {} is an empty dict.
struct BraceExpr : Expr {
    MPYC_NODE_HEADER(BraceExpr, Brace, Expr)
    llvm::ArrayRef<Expr*> items;
};

// key: value, in dict displays and dict comprehensions.
struct DictItemExpr : Expr {
    MPYC_NODE_HEADER(DictItemExpr, DictItem, Expr)
    Expr* key = nullptr;
    Expr* value = nullptr;
};

enum class ComprehensionKind : uint8_t { List, Dict, Set, Generator };

struct CompClause {
    bool isIf = false;
    Expr* target = nullptr; // for
    Expr* expr = nullptr;   // iterable (for) or condition (if)
};

struct ComprehensionExpr : Expr {
    MPYC_NODE_HEADER(ComprehensionExpr, Comprehension, Expr)
    ComprehensionKind compKind = ComprehensionKind::List;
    Expr* elt = nullptr;                // a DictItemExpr for dict comprehensions
    llvm::ArrayRef<CompClause> clauses; // clauses[0] is a `for`
    // The comprehension scope's own line (its first element's line); `line` is the line
    // of the enclosing bracket, which the parent scope records.
    uint32_t scopeLine = 0;
};

enum class ArgKind : uint8_t { Positional, Star, DoubleStar, Keyword, Generator, NamedExpr };

struct Arg {
    ArgKind kind = ArgKind::Positional;
    uint32_t line = 0; // the reference's `argument` node line (keyword and generator args)
    SourceRange range;
    Expr* keyword = nullptr; // Keyword: the expression left of '='; NamedExpr: the target
    Expr* value = nullptr;   // Generator: a ComprehensionExpr
};

struct Trailer : Node {
    using Node::Node;
};

struct CallTrailer : Trailer {
    MPYC_NODE_HEADER(CallTrailer, CallTrailer, Trailer)
    llvm::ArrayRef<Arg> args;
};

struct IndexTrailer : Trailer {
    MPYC_NODE_HEADER(IndexTrailer, IndexTrailer, Trailer)
    Expr* index = nullptr;
};

struct AttrTrailer : Trailer {
    MPYC_NODE_HEADER(AttrTrailer, AttrTrailer, Trailer)
    llvm::StringRef attr;
};

// atom followed by trailers: calls, subscripts, attributes; also `await atom trailers`.
struct AtomExpr : Expr {
    MPYC_NODE_HEADER(AtomExpr, AtomExpr, Expr)
    bool isAwait = false;
    Expr* atom = nullptr;
    llvm::ArrayRef<Trailer*> trailers;
};

// A slice inside a subscript; missing parts are null.
struct SliceExpr : Expr {
    MPYC_NODE_HEADER(SliceExpr, Slice, Expr)
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

struct UnaryExpr : Expr {
    MPYC_NODE_HEADER(UnaryExpr, Unary, Expr)
    UnaryOp op = UnaryOp::Positive;
    Expr* operand = nullptr;
};

// One precedence level's chain: `first op1 rest[0] op2 rest[1] ...`; Power has exactly
// one operand (the right side, itself a factor).
enum class BinaryLevel : uint8_t { BitOr, BitXor, BitAnd, Shift, Arith, Term, Power };

struct BinaryOperand {
    BinaryOp op;
    Expr* operand;
};

struct BinaryExpr : Expr {
    MPYC_NODE_HEADER(BinaryExpr, Binary, Expr)
    BinaryLevel level = BinaryLevel::Arith;
    Expr* first = nullptr;
    llvm::ArrayRef<BinaryOperand> rest;
};

struct NotExpr : Expr {
    MPYC_NODE_HEADER(NotExpr, Not, Expr)
    Expr* operand = nullptr;
};

struct BoolOpExpr : Expr {
    MPYC_NODE_HEADER(BoolOpExpr, BoolOp, Expr)
    bool isOr = false;
    llvm::ArrayRef<Expr*> values;
};

struct CompareExpr : Expr {
    MPYC_NODE_HEADER(CompareExpr, Compare, Expr)
    Expr* first = nullptr;
    llvm::ArrayRef<BinaryOperand> rest; // ops are Less..IsNot
};

struct IfExpExpr : Expr {
    MPYC_NODE_HEADER(IfExpExpr, IfExp, Expr)
    Expr* body = nullptr;
    Expr* test = nullptr;
    Expr* orelse = nullptr;
};

enum class ParamKind : uint8_t { Normal, Star, DoubleStar };

struct Param {
    ParamKind kind = ParamKind::Normal;
    llvm::StringRef name; // empty for a bare `*`
    Expr* annotation = nullptr;
    Expr* defaultValue = nullptr;
    uint32_t line = 0;
    SourceRange range;
    // Whether the reference has this parameter as a struct node (it then has a line for
    // error messages); a plain name is a leaf.
    bool isStruct = false;
};

struct LambdaExpr : Expr {
    MPYC_NODE_HEADER(LambdaExpr, Lambda, Expr)
    llvm::ArrayRef<Param> params;
    Expr* body = nullptr;
};

struct NamedExprExpr : Expr {
    MPYC_NODE_HEADER(NamedExprExpr, NamedExpr, Expr)
    Expr* target = nullptr;
    Expr* value = nullptr;
};

struct StarExpr : Expr {
    MPYC_NODE_HEADER(StarExpr, Star, Expr)
    Expr* value = nullptr;
};

struct YieldExpr : Expr {
    MPYC_NODE_HEADER(YieldExpr, Yield, Expr)
    bool isFrom = false;
    Expr* value = nullptr;
};

// --- statements --------------------------------------------------------------------------

// A statement list. `mpContainer` is set when the reference holds it in a node of its own
// (two or more statements, or a trailing ';'), which matters for the line an error on a
// leaf is reported at.
struct Block {
    llvm::ArrayRef<Stmt*> stmts;
    bool mpContainer = false;
    bool empty() const { return stmts.empty(); }
};

struct ExprStmt : Stmt {
    MPYC_NODE_HEADER(ExprStmt, ExprStmt, Stmt)
    Expr* value = nullptr;
};

struct AssignStmt : Stmt {
    MPYC_NODE_HEADER(AssignStmt, Assign, Stmt)
    llvm::ArrayRef<Expr*> targets; // a = b = c: targets a, b
    Expr* value = nullptr;
};

struct AugAssignStmt : Stmt {
    MPYC_NODE_HEADER(AugAssignStmt, AugAssign, Stmt)
    BinaryOp op = BinaryOp::InplaceAdd;
    Expr* target = nullptr;
    Expr* value = nullptr;
};

struct AnnAssignStmt : Stmt {
    MPYC_NODE_HEADER(AnnAssignStmt, AnnAssign, Stmt)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
};

struct DelStmt : Stmt {
    MPYC_NODE_HEADER(DelStmt, Del, Stmt)
    llvm::ArrayRef<Expr*> targets;
};

struct PassStmt : Stmt {
    MPYC_NODE_HEADER(PassStmt, Pass, Stmt)
};
struct BreakStmt : Stmt {
    MPYC_NODE_HEADER(BreakStmt, Break, Stmt)
};
struct ContinueStmt : Stmt {
    MPYC_NODE_HEADER(ContinueStmt, Continue, Stmt)
};

struct ReturnStmt : Stmt {
    MPYC_NODE_HEADER(ReturnStmt, Return, Stmt)
    Expr* value = nullptr;
};

struct RaiseStmt : Stmt {
    MPYC_NODE_HEADER(RaiseStmt, Raise, Stmt)
    Expr* exc = nullptr;
    Expr* cause = nullptr;
};

struct ImportAlias {
    llvm::ArrayRef<llvm::StringRef> dotted; // empty for `from . import`
    llvm::StringRef asname;
};

struct ImportStmt : Stmt {
    MPYC_NODE_HEADER(ImportStmt, Import, Stmt)
    llvm::ArrayRef<ImportAlias> names;
};

struct ImportFromStmt : Stmt {
    MPYC_NODE_HEADER(ImportFromStmt, ImportFrom, Stmt)
    bool star = false;
    unsigned level = 0;
    llvm::ArrayRef<llvm::StringRef> module;
    llvm::ArrayRef<ImportAlias> names; // each with a single-component name
};

struct GlobalStmt : Stmt {
    MPYC_NODE_HEADER(GlobalStmt, Global, Stmt)
    llvm::ArrayRef<llvm::StringRef> names;
};

struct NonlocalStmt : Stmt {
    MPYC_NODE_HEADER(NonlocalStmt, Nonlocal, Stmt)
    llvm::ArrayRef<llvm::StringRef> names;
};

struct AssertStmt : Stmt {
    MPYC_NODE_HEADER(AssertStmt, Assert, Stmt)
    Expr* test = nullptr;
    Expr* msg = nullptr;
};

struct ElifClause {
    Expr* test = nullptr;
    Block body;
};

struct IfStmt : Stmt {
    MPYC_NODE_HEADER(IfStmt, If, Stmt)
    bool hasElse = false;
    Expr* test = nullptr;
    Block body;
    llvm::ArrayRef<ElifClause> elifs;
    Block orelse;
};

struct WhileStmt : Stmt {
    MPYC_NODE_HEADER(WhileStmt, While, Stmt)
    bool hasElse = false;
    Expr* test = nullptr;
    Block body;
    Block orelse;
};

struct ForStmt : Stmt {
    MPYC_NODE_HEADER(ForStmt, For, Stmt)
    bool hasElse = false;
    bool isAsync = false;
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Block body;
    Block orelse;
};

struct ExceptHandler {
    Expr* type = nullptr; // null for a bare except
    llvm::StringRef name; // `as name`
    Block body;
    uint32_t line = 0;
    SourceRange range;
};

struct TryStmt : Stmt {
    MPYC_NODE_HEADER(TryStmt, Try, Stmt)
    bool hasElse = false;
    bool hasFinally = false;
    Block body;
    llvm::ArrayRef<ExceptHandler> handlers;
    Block orelse;
    Block finalbody;
};

struct WithItem {
    Expr* context = nullptr;
    Expr* target = nullptr;
};

struct WithStmt : Stmt {
    MPYC_NODE_HEADER(WithStmt, With, Stmt)
    bool isAsync = false;
    llvm::ArrayRef<WithItem> items;
    Block body;
};

struct Decorator {
    llvm::ArrayRef<llvm::StringRef> dotted;
    CallTrailer* call = nullptr; // @name(args)
    uint32_t line = 0;
    SourceRange range;
};

// `line` is the statement's line as the reference records it (the first decorator's,
// or `async`'s); `defLine` is the line of `def` (the function scope's own line).
struct FunctionDefStmt : Stmt {
    MPYC_NODE_HEADER(FunctionDefStmt, FunctionDef, Stmt)
    bool isAsync = false;
    llvm::StringRef name;
    llvm::ArrayRef<Param> params;
    Expr* returns = nullptr;
    Block body;
    llvm::ArrayRef<Decorator> decorators;
    uint32_t defLine = 0;
    SourceRange nameRange;
};

struct ClassDefStmt : Stmt {
    MPYC_NODE_HEADER(ClassDefStmt, ClassDef, Stmt)
    llvm::StringRef name;
    llvm::ArrayRef<Arg> bases;
    Block body;
    llvm::ArrayRef<Decorator> decorators;
    uint32_t classLine = 0;
    SourceRange nameRange;
};

struct Module : Node {
    MPYC_NODE_HEADER(Module, Module, Node)
    Block body;
};

#undef MPYC_NODE_HEADER

// The layout Node's comment describes, where pointers are 8 bytes (a big module has hundreds
// of thousands of these).
static_assert(sizeof(void*) != 8 || (sizeof(ConstExpr) == 24 && sizeof(AtomExpr) == 40 && sizeof(UnaryExpr) == 24 &&
                                 sizeof(NameExpr) == 24),
              "a node's one-byte fields belong first, in the tail padding of Node");

// Owns all nodes and strings of one parsed module.
class AstContext {
public:
    template <class T> T* make(uint32_t line, SourceRange range) {
        T* node = new (nodes_.Allocate<T>()) T();
        node->line = line;
        node->range = range;
        return node;
    }
    template <class T> llvm::ArrayRef<T> copy(llvm::ArrayRef<T> items) {
        if (items.empty()) return {};
        T* mem = nodes_.Allocate<T>(items.size());
        std::uninitialized_copy(items.begin(), items.end(), mem);
        return llvm::ArrayRef<T>(mem, items.size());
    }
    // One copy of each distinct name of a module (identifiers repeat: a module of 60k names
    // has a few thousand different ones).
    const InternedName* intern(llvm::StringRef s) {
        auto it = names_.find(s);
        if (it != names_.end()) return it->second;
        if (s.size() > UINT32_MAX) throw std::length_error("name too long");
        void* mem = nameArena_->Allocate(sizeof(InternedName) + s.size(), alignof(InternedName));
        auto* n = static_cast<InternedName*>(mem);
        n->size = static_cast<uint32_t>(s.size());
        std::memcpy(n->text, s.data(), s.size());
        n->text[s.size()] = 0;
        names_.try_emplace(n->str(), n);
        return n;
    }
    llvm::StringRef save(llvm::StringRef s) {
        return s.empty() ? llvm::StringRef() : copyToArena(nodes_, s);
    }
    ConstPool& consts() { return scratch_ ? *scratch_ : consts_; }
    // A streaming compile makes constants in a scratch pool, freed with the nodes
    // (releaseNodes): most are folded away or compiled inline. What must outlive the
    // statement (a constant-table entry, a const() declaration's value) is kept: copied into
    // the module's pool, once per scratch object, so that one object stays one (the
    // reference compares constants by identity first: a NaN equals only itself).
    void useScratchConsts() { scratch_.emplace(); }
    const ConstValue* keep(const ConstValue* v) {
        if (!v || !scratch_ || !scratch_->owns(v)) return v;
        auto it = kept_.find(v);
        if (it != kept_.end()) return it->second;
        // a tuple's items are kept first (the map grows meanwhile)
        const ConstValue* copy = consts_.copyOf(*v, [this](const ConstValue* item) { return keep(item); });
        kept_[v] = copy;
        return copy;
    }
    // Interned names go to an arena of their own from now on (before, to the nodes' one
    // arena: a second arena's first slab costs a small compile a page), so that
    // releaseNodes() can free every node, node list and saved text, keeping the names and
    // the constants: a streaming compile does this after each top-level statement.
    void keepNamesApart() { nameArena_ = &namesApart_; }
    // Frees the index of interned names once parsing is over (the names stay): a later
    // intern() makes a new copy of a name.
    void dropNameIndex() { NameMap<const InternedName*>().swap(names_); }
    void releaseNodes() {
        assert(nameArena_ == &namesApart_);
        nodes_.Reset();
        if (scratch_) {
            scratch_->reset();
            kept_.clear();
        }
    }

private:
    llvm::BumpPtrAllocator nodes_; // nodes, their lists and texts
    llvm::BumpPtrAllocator namesApart_;
    llvm::BumpPtrAllocator* nameArena_ = &nodes_; // interned names
    NameMap<const InternedName*> names_; // keyed by the interned texts
    ConstPool consts_;
    std::optional<ConstPool> scratch_;
    llvm::DenseMap<const ConstValue*, const ConstValue*> kept_; // scratch object -> its copy
};

} // namespace mpyc
