// Code generator: expressions, conditions and assignment targets.
#include "codegen/Codegen.h"

#include "frontend/Limits.h"
#include "optimizer/ConstFold.h"

#include <algorithm>

namespace mpyc {

bool Codegen::isConstTrue(const Expr* e) const {
    return constTruth(ctx_, e, opts_) == std::optional<bool>(true);
}
bool Codegen::isConstFalse(const Expr* e) const {
    return constTruth(ctx_, e, opts_) == std::optional<bool>(false);
}

void Codegen::compileConst(ConstExpr* c) {
    const ConstValue* v = c->value;
    switch (v->kind) {
    case ConstKind::Int:
        if (v->isSmallInt(opts_.smallIntBits)) {
            e_->loadConstSmallInt(v->int64());
        } else {
            e_->loadConstObj(v);
        }
        return;
    case ConstKind::Str:
        if (c->internedStr && !c->forceObject) {
            e_->loadConstStr(v->data());
        } else {
            e_->loadConstObj(v);
        }
        return;
    case ConstKind::None:
    case ConstKind::True:
    case ConstKind::False:
        if (c->forceObject) {
            e_->loadConstObj(v);
        } else {
            e_->loadConstToken(v->kind == ConstKind::None   ? ConstToken::None
                               : v->kind == ConstKind::True ? ConstToken::True
                                                            : ConstToken::False);
        }
        return;
    default:
        e_->loadConstObj(v);
        return;
    }
}

void Codegen::compileTuple(TupleExpr* t) {
    for (Expr* e : t->elts)
        compileNode(e);
    e_->build(static_cast<uint32_t>(t->elts.size()), BuildKind::Tuple);
}

void Codegen::compileList(ListExpr* l) {
    size_t n = l->elts.size();
    for (Expr* e : l->elts) {
        compileNode(e);
        if (failed() && n >= 2) {
            noteErrorLine(e);
            return;
        }
    }
    e_->build(static_cast<uint32_t>(n), BuildKind::List);
}

void Codegen::compileBrace(BraceExpr* b) {
    size_t n = b->items.size();
    if (n == 0) {
        e_->build(0, BuildKind::Map);
        return;
    }
    Expr* first = b->items[0];
    if (first->is<DictItemExpr>()) {
        e_->build(static_cast<uint32_t>(n), BuildKind::Map);
        compileNode(first);
        e_->storeMap();
        for (size_t i = 1; i < n; ++i) {
            compileNode(b->items[i]);
            if (!b->items[i]->is<DictItemExpr>()) {
                errorAtLine(first->line, b->range, "expecting key:value for dict");
                return;
            }
            e_->storeMap();
        }
        return;
    }
    compileNode(first);
    for (size_t i = 1; i < n; ++i) {
        compileNode(b->items[i]);
        if (b->items[i]->is<DictItemExpr>()) {
            errorAtLine(first->line, b->range, "expecting just a value for set");
            return;
        }
    }
    e_->build(static_cast<uint32_t>(n), BuildKind::Set);
}

void Codegen::compileTrailer(Trailer* t) {
    e_->setLine(t->line);
    if (auto* c = t->as<CallTrailer>()) {
        callArgs(c->args, false, 0);
    } else if (auto* i = t->as<IndexTrailer>()) {
        compileNode(i->index);
        e_->subscr(AccessKind::Load);
    } else {
        e_->attr(t->as<AttrTrailer>()->attr, AccessKind::Load);
    }
}

void Codegen::compileAtomExpr(AtomExpr* a) {
    if (a->isAwait && cur_->kind != ScopeKind::Function && cur_->kind != ScopeKind::Lambda) {
        error(a, "'await' outside function");
        return;
    }
    compileNode(a->atom);
    size_t n = a->trailers.size();
    size_t i = 0;
    // super() in a function: pass the class cell and the first parameter explicitly
    auto* name = a->atom->as<NameExpr>();
    if (n > 0 && cur_->kind == ScopeKind::Function && name && name->id() == "super" &&
        a->trailers[0]->is<CallTrailer>() && a->trailers[0]->as<CallTrailer>()->args.empty()) {
        loadId("__class__");
        const IdInfo* self = nullptr;
        for (const IdInfo& id : cur_->ids()) {
            if (id.flags & IdIsParam) {
                self = &id;
                break;
            }
        }
        if (!self) {
            error(a->trailers[0], "super() can't find self");
            return;
        }
        loadId(self->name);
        if (n >= 3 && a->trailers[1]->is<AttrTrailer>() && a->trailers[2]->is<CallTrailer>()) {
            // super().f(...) without allocating a super object
            e_->loadMethod(a->trailers[1]->as<AttrTrailer>()->attr, true);
            callArgs(a->trailers[2]->as<CallTrailer>()->args, true, 0);
            i = 3;
        } else {
            e_->callFunction(2, 0, 0);
            i = 1;
        }
    }
    for (; i < n; ++i) {
        if (i + 1 < n && a->trailers[i]->is<AttrTrailer>() && a->trailers[i + 1]->is<CallTrailer>()) {
            // a.f(...) loads the method and calls it without a bound-method object
            e_->loadMethod(a->trailers[i]->as<AttrTrailer>()->attr, false);
            callArgs(a->trailers[i + 1]->as<CallTrailer>()->args, true, 0);
            i += 1;
        } else {
            compileTrailer(a->trailers[i]);
        }
    }
    if (a->isAwait) {
        if (opts_.target->has(TargetFeature::AwaitCallsDunderAwait)) {
            // CircuitPython: yield from x.__await__()
            e_->loadMethod("__await__", false);
            e_->callMethod(0, 0, 0);
            e_->loadConstToken(ConstToken::None);
            e_->yield(YieldKind::From);
            cur_->scopeFlags |= ScopeGenerator;
        } else {
            yieldFrom();
        }
    }
}

void Codegen::compileSlice(SliceExpr* s) {
    if (s->lower) {
        compileNode(s->lower);
    } else {
        e_->loadConstToken(ConstToken::None);
    }
    if (s->upper) {
        compileNode(s->upper);
    } else {
        e_->loadConstToken(ConstToken::None);
    }
    if (s->step) {
        compileNode(s->step);
        e_->build(3, BuildKind::Slice);
    } else {
        e_->build(2, BuildKind::Slice);
    }
}

void Codegen::compileBinary(BinaryExpr* b) {
    if (b->level == BinaryLevel::Power) {
        // the reference compiles both operands as a generic node list
        compileNode(b->first);
        if (failed()) return noteErrorLine(b->first);
        compileNode(b->rest[0].operand);
        if (failed()) return noteErrorLine(b->rest[0].operand);
        e_->binaryOp(static_cast<uint8_t>(BinaryOp::Power));
        return;
    }
    compileNode(b->first);
    for (const BinaryOperand& o : b->rest) {
        compileNode(o.operand);
        e_->binaryOp(static_cast<uint8_t>(o.op));
    }
}

void Codegen::compileBoolOp(BoolOpExpr* b) {
    Label end = e_->newLabel();
    size_t n = b->values.size();
    for (size_t i = 0; i < n; ++i) {
        compileNode(b->values[i]);
        if (i + 1 < n) e_->jumpIfOrPop(b->isOr, end);
    }
    e_->placeLabel(end);
}

void Codegen::compileCompare(CompareExpr* c) {
    compileNode(c->first);
    size_t n = c->rest.size();
    bool multi = n > 1;
    Label fail = multi ? e_->newLabel() : 0;
    for (size_t i = 0; i < n; ++i) {
        compileNode(c->rest[i].operand);
        bool last = i + 1 == n;
        if (!last) {
            e_->dupTop();
            e_->rotThree();
        }
        e_->binaryOp(static_cast<uint8_t>(c->rest[i].op));
        if (!last) e_->jumpIfOrPop(false, fail);
    }
    if (multi) {
        Label end = e_->newLabel();
        e_->jump(end);
        e_->placeLabel(fail);
        e_->adjustStack(1);
        e_->rotTwo();
        e_->popTop();
        e_->placeLabel(end);
    }
}

void Codegen::compileIfExp(IfExpExpr* e) {
    Label fail = e_->newLabel();
    Label end = e_->newLabel();
    condJump(e->test, false, fail);
    compileNode(e->body);
    e_->jump(end);
    e_->placeLabel(fail);
    e_->adjustStack(-1);
    compileNode(e->orelse);
    e_->placeLabel(end);
}

void Codegen::yieldFrom() {
    e_->getIter(false);
    e_->loadConstToken(ConstToken::None);
    e_->yield(YieldKind::From);
    cur_->scopeFlags |= ScopeGenerator;
}

void Codegen::compileYield(YieldExpr* y) {
    if (cur_->kind != ScopeKind::Function && cur_->kind != ScopeKind::Lambda) {
        error(y, "'yield' outside function");
        return;
    }
    if (!y->value) {
        e_->loadConstToken(ConstToken::None);
        e_->yield(YieldKind::Value);
        cur_->scopeFlags |= ScopeGenerator;
    } else if (y->isFrom) {
        if ((cur_->scopeFlags & ScopeAsync) && opts_.target->has(TargetFeature::YieldFromInAsyncIsError)) {
            error(y, "'yield from' inside async function");
            return;
        }
        compileNode(y->value);
        yieldFrom();
    } else {
        compileNode(y->value);
        e_->yield(YieldKind::Value);
        cur_->scopeFlags |= ScopeGenerator;
    }
}

void Codegen::compileNamedExpr(Expr* at, Expr* target, Expr* value) {
    (void)at;
    auto* name = target->as<NameExpr>();
    if (!name) {
        error(target, "can't assign to expression");
        return;
    }
    compileNode(value);
    e_->dupTop();
    if (isCompLike(cur_->kind) && !opts_.target->has(TargetFeature::WalrusTargetDeclared)) {
        // before v1.20 the enclosing scope's variable was used as it is there: STORE_NAME at
        // module level, the enclosing function's slot number in a function
        Scope* comprehension = cur_;
        cur_ = cur_->parent;
        storeId(name->id());
        cur_ = comprehension;
        return;
    }
    // In a comprehension, := binds in the enclosing scope (PEP 572), honouring its
    // global/nonlocal declarations.
    if (pass_ == Pass::Scope && isCompLike(cur_->kind)) {
        IdInfo* parentId = idForModification(cur_->parent, name->id());
        if (parentId->kind == IdKind::GlobalExplicit) {
            cur_->findOrAdd(name->id(), IdKind::GlobalExplicit);
        } else {
            IdInfo* id = cur_->findOrAdd(name->id(), IdKind::Undecided);
            bool isGlobal = cur_->parent->parent == nullptr;
            // already referenced here, but must now be closed over
            if (!isGlobal && id->kind == IdKind::GlobalImplicit) id->kind = IdKind::Undecided;
            if (isGlobal) {
                declareGlobal(target, id);
            } else {
                declareNonlocal(target, id);
            }
        }
    }
    storeId(name->id());
}

void Codegen::condJump(Expr* e, bool jumpIf, Label label) {
    if (std::optional<bool> truth = constTruth(ctx_, e, opts_)) {
        if (*truth == jumpIf) e_->jump(label);
        return;
    }
    if (auto* b = e->as<BoolOpExpr>()) {
        // `or` jumping when false, or `and` jumping when true, needs a second label
        bool needLabel = b->isOr ? !jumpIf : jumpIf;
        size_t n = b->values.size();
        if (needLabel) {
            Label skip = e_->newLabel();
            for (size_t i = 0; i + 1 < n; ++i)
                condJump(b->values[i], !jumpIf, skip);
            condJump(b->values[n - 1], jumpIf, label);
            e_->placeLabel(skip);
        } else {
            for (size_t i = 0; i < n; ++i)
                condJump(b->values[i], jumpIf, label);
        }
        return;
    }
    if (auto* n = e->as<NotExpr>()) {
        condJump(n->operand, !jumpIf, label);
        return;
    }
    if (!opts_.target->has(TargetFeature::ParenConditionEvaluated)) {
        // before v1.21: a parenthesised tuple or generator expression as a condition is true
        // and never evaluated (nor its generator's scope made); `()` is false
        auto* t = e->as<TupleExpr>();
        auto* c = e->as<ComprehensionExpr>();
        if ((t && t->form == TupleForm::Paren) || (c && c->compKind == ComprehensionKind::Generator)) {
            bool truth = !(t && t->elts.empty());
            if (truth == jumpIf) e_->jump(label);
            return;
        }
    }
    compileNode(e);
    e_->popJumpIf(jumpIf, label);
}

void Codegen::assign(Expr* target, AssignKind kind) {
    if (auto* n = target->as<NameExpr>()) {
        if (kind == AssignKind::AugLoad) {
            loadId(n->id());
        } else {
            storeId(n->id());
        }
        return;
    }
    if (auto* a = target->as<AtomExpr>(); a && !a->isAwait) {
        assignAtomExpr(a, kind);
        return;
    }
    if (auto* t = target->as<TupleExpr>()) {
        if (kind == AssignKind::Store && !(t->form == TupleForm::Paren && t->elts.empty())) {
            assignTuple(t->elts);
            return;
        }
    } else if (auto* l = target->as<ListExpr>()) {
        if (kind == AssignKind::Store) {
            assignTuple(l->elts);
            return;
        }
    }
    error(target, "can't assign to expression");
}

void Codegen::assignAtomExpr(AtomExpr* a, AssignKind kind) {
    if (kind != AssignKind::AugStore) compileNode(a->atom);
    size_t n = a->trailers.size();
    if (kind != AssignKind::AugStore) {
        for (size_t i = 0; i + 1 < n; ++i)
            compileTrailer(a->trailers[i]);
    }
    Trailer* last = a->trailers[n - 1];
    if (auto* idx = last->as<IndexTrailer>()) {
        if (kind == AssignKind::AugStore) {
            e_->rotThree();
            e_->subscr(AccessKind::Store);
        } else {
            compileNode(idx->index);
            if (kind == AssignKind::AugLoad) {
                e_->dupTopTwo();
                e_->subscr(AccessKind::Load);
            } else {
                e_->subscr(AccessKind::Store);
            }
        }
        return;
    }
    if (auto* attr = last->as<AttrTrailer>()) {
        if (kind == AssignKind::AugLoad) {
            e_->dupTop();
            e_->attr(attr->attr, AccessKind::Load);
        } else {
            if (kind == AssignKind::AugStore) e_->rotTwo();
            e_->attr(attr->attr, AccessKind::Store);
        }
        return;
    }
    error(a, "can't assign to expression");
}

void Codegen::assignTuple(llvm::ArrayRef<Expr*> elts) {
    size_t n = elts.size();
    size_t starIndex = n;
    for (size_t i = 0; i < n; ++i) {
        if (!elts[i]->is<StarExpr>()) continue;
        if (starIndex != n) {
            error(elts[i], "multiple *x in assignment");
            return;
        }
        uint32_t left = static_cast<uint32_t>(i), right = static_cast<uint32_t>(n - i - 1);
        if (left > limits::kMaxUnpackSide || right > limits::kMaxUnpackSide) {
            const Expr* at =
                elts[left > limits::kMaxUnpackSide ? limits::kMaxUnpackSide : i + 1 + limits::kMaxUnpackSide];
            limitExceeded(
                at->line, at->range,
                "too many targets " + std::string(left > limits::kMaxUnpackSide ? "before" : "after") +
                    " the starred one in an unpacking: " + std::to_string(std::max(left, right)) +
                    ", beyond the " + std::to_string(limits::kMaxUnpackSide) + " the bytecode can take",
                "UNPACK_EX stores each count in 8 bits (the reference writes a wrong count); unpack in "
                "two steps, or index the sequence");
        }
        e_->unpackEx(left, right);
        starIndex = i;
    }
    if (starIndex == n) e_->unpackSequence(static_cast<uint32_t>(n));
    for (size_t i = 0; i < n; ++i) {
        if (i == starIndex) {
            assign(elts[i]->as<StarExpr>()->value, AssignKind::Store);
        } else {
            assign(elts[i], AssignKind::Store);
        }
    }
}

} // namespace mpyc
