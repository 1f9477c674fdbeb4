// Scopes and identifiers: which names are locals, globals, cells or free variables, and
// what local slot each one gets.
//
// The rules are Python's, with MicroPython's numbering (py/scope.c, compile.c:
// scope_compute_things), because slot numbers are in the bytecode:
//  - ids are kept in first-seen order; parameters come first;
//  - locals (including parameters that became cells) are numbered in id order, then the
//    cells that are not parameters, then free variables are moved in front of everything
//    in the order of the parent's ids;
//  - with a named *args, the star parameter swaps places with the last plain parameter.
// The code generator's scope pass drives the analysis (ids are met in compile order);
// this file owns the data and the rules.
#pragma once

#include "frontend/Ast.h"
#include "frontend/NameMap.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/ADT/iterator.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace mpyc {

// Order matters: "function-like" scopes are Lambda and above.
enum class ScopeKind : uint8_t { Module, Class, Lambda, ListComp, DictComp, SetComp, GenExpr, Function };

inline bool isFuncLike(ScopeKind k) {
    return k >= ScopeKind::Lambda;
}
inline bool isCompLike(ScopeKind k) {
    return k >= ScopeKind::ListComp && k <= ScopeKind::GenExpr;
}

enum class IdKind : uint8_t {
    Undecided,
    GlobalImplicit,
    GlobalImplicitAssigned, // assigned at module/class level: never closed over
    GlobalExplicit,
    Local,
    Cell, // a local read or written by an inner scope
    Free, // a variable of an enclosing scope
};

enum IdFlags : uint8_t {
    IdIsParam = 0x01,
    IdIsStarParam = 0x02,
    IdIsDblStarParam = 0x04,
};

// A viper parameter's annotated type (MP_NATIVE_TYPE_*) sits in the id's flags from this bit
// (the reference's ID_FLAG_VIPER_TYPE_POS).
constexpr unsigned kIdViperTypePos = 4;

struct IdInfo {
    IdKind kind = IdKind::Undecided;
    uint8_t flags = 0;
    uint32_t localNum = 0;
    llvm::StringRef name;
};

// Scope flags stored in the prelude (py/runtime0.h).
enum ScopeFlags : uint16_t {
    ScopeGenerator = 0x01,
    ScopeVarKeywords = 0x02,
    ScopeVarArgs = 0x04,
    ScopeDefKwArgs = 0x08,
    // Used by the native emitter only: the function refers to globals (it then swaps them
    // in), or makes functions or loads constant objects (it needs its function object).
    ScopeRefGlobals = 0x10,
    ScopeHasConsts = 0x20,
    // An async def's scope (ours, above the viper return type's bits): CircuitPython writes
    // it into the prelude as its MP_SCOPE_FLAG_ASYNC (0x10, TargetFeature::AsyncScopeFlag).
    ScopeAsync = 0x1000,
};
constexpr unsigned kScopeViperRetPos = 6; // a viper function's return type, 3 bits

enum class EmitKind : uint8_t { Bytecode, Native, Viper, Asm };

class Scope {
public:
    Scope(ScopeKind kind, Scope* parent, llvm::StringRef simpleName, Node* node, uint32_t line)
        : kind(kind), parent(parent), simpleName(simpleName), node(node), line(line) {}

    IdInfo* find(llvm::StringRef name);
    IdInfo* findOrAdd(llvm::StringRef name, IdKind kind);
    // Names of ids added from now on are copied here (interned) instead of referring to the
    // caller's text: the module scope of a streaming compile outlives each statement's AST.
    void keepNamesIn(AstContext& ctx) { names_ = &ctx; }
    // The module scope's id for `name`, if any.
    IdInfo* findGlobal(llvm::StringRef name);
    // An implicit global used here may really be a variable of an enclosing function:
    // then it becomes Free here and every scope in between carries it.
    void checkToCloseOver(IdInfo* id);
    // Number locals, cells and free variables (after every scope's ids are known).
    void computeLocals();

    // The cell and free variables, in id order (what inner scopes can close over).
    // Valid once the scope pass is complete (kinds no longer change).
    const std::vector<const IdInfo*>& closureIds();

    // in first-seen order
    auto ids() const { return llvm::make_pointee_range(ids_); }

    ScopeKind kind;
    Scope* parent;
    llvm::StringRef simpleName;
    Node* node;    // FunctionDefStmt, ClassDefStmt, LambdaExpr, ComprehensionExpr or Module
    uint32_t line; // the reference's line for this scope (errors fall back to it)
    EmitKind emit = EmitKind::Bytecode;
    uint16_t scopeFlags = 0;
    uint32_t numPosArgs = 0;
    uint32_t numKwonlyArgs = 0;
    uint32_t numDefPosArgs = 0;
    uint32_t numLocals = 0;
    uint32_t excStackSize = 0;
    uint32_t index = 0; // position in the scope list

private:
    void closeOverInParents(llvm::StringRef name);

    // One allocation per id, so that pointers stay valid as ids are added. (A std::deque took
    // 576 bytes per scope for its first node and map: 40% of a module of many small classes.)
    std::vector<std::unique_ptr<IdInfo>> ids_;
    std::vector<const IdInfo*> closureIds_;
    bool closureIdsValid_ = false;
    // keyed by the ids' own names (IdInfo::name refers to the caller's text, as the AST's
    // names live as long as the scopes); no allocation per entry; only for scopes of more
    // than a few ids (Scope.cpp: kLinearIds)
    NameMap<uint32_t> index_;
    AstContext* names_ = nullptr;
    void rebuildIndex();
};

} // namespace mpyc
