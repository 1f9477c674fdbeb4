// Code generator: expressions, conditions and assignment targets.
#include "codegen/Codegen.h"

#include "frontend/Limits.h"
#include "optimizer/ConstFold.h"

#include <algorithm>

namespace mpyc {

bool Codegen::isConstTrue(const Expr* e) const {
    return isConstNode(e) && constNodeValue(ctx_, e)->isTrue();
}
bool Codegen::isConstFalse(const Expr* e) const {
    return isConstNode(e) && !constNodeValue(ctx_, e)->isTrue();
}

void Codegen::compileConst(ConstExpr* c) {
    const ConstValue* v = c->value;
    switch (v->kind) {
    case ConstKind::Int:
        if (v->isSmallInt(opts_.smallIntBits)) {
            b_->loadSmallInt(v->int64());
        } else {
            b_->loadConstObj(v);
        }
        return;
    case ConstKind::Str:
        if (c->internedStr && !c->forceObject) {
            b_->opQstr(Op::LOAD_CONST_STRING, v->data());
        } else {
            b_->loadConstObj(v);
        }
        return;
    case ConstKind::None:
    case ConstKind::True:
    case ConstKind::False:
        if (c->forceObject) {
            b_->loadConstObj(v);
        } else {
            b_->op(v->kind == ConstKind::None   ? Op::LOAD_CONST_NONE
                   : v->kind == ConstKind::True ? Op::LOAD_CONST_TRUE
                                                : Op::LOAD_CONST_FALSE);
        }
        return;
    default:
        b_->loadConstObj(v);
        return;
    }
}

void Codegen::compileTuple(TupleExpr* t) {
    for (Expr* e : t->elts)
        compileNode(e);
    b_->opUint(Op::BUILD_TUPLE, static_cast<uint32_t>(t->elts.size()), 1 - int(t->elts.size()));
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
    b_->opUint(Op::BUILD_LIST, static_cast<uint32_t>(n), 1 - int(n));
}

void Codegen::compileBrace(BraceExpr* b) {
    size_t n = b->items.size();
    if (n == 0) {
        b_->opUint(Op::BUILD_MAP, 0, 1);
        return;
    }
    Expr* first = b->items[0];
    if (first->is<DictItemExpr>()) {
        b_->opUint(Op::BUILD_MAP, static_cast<uint32_t>(n), 1);
        compileNode(first);
        b_->op(Op::STORE_MAP);
        for (size_t i = 1; i < n; ++i) {
            compileNode(b->items[i]);
            if (!b->items[i]->is<DictItemExpr>()) {
                errorAtLine(first->line, b->range, "expecting key:value for dict");
                return;
            }
            b_->op(Op::STORE_MAP);
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
    b_->opUint(Op::BUILD_SET, static_cast<uint32_t>(n), 1 - int(n));
}

void Codegen::compileTrailer(Trailer* t) {
    b_->setLine(t->line);
    if (auto* c = t->as<CallTrailer>()) {
        callArgs(c->args, false, 0);
    } else if (auto* i = t->as<IndexTrailer>()) {
        compileNode(i->index);
        b_->op(Op::LOAD_SUBSCR);
    } else {
        b_->opQstr(Op::LOAD_ATTR, t->as<AttrTrailer>()->attr);
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
    if (n > 0 && cur_->kind == ScopeKind::Function && name && name->id == "super" &&
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
            b_->opQstr(Op::LOAD_SUPER_METHOD, a->trailers[1]->as<AttrTrailer>()->attr);
            callArgs(a->trailers[2]->as<CallTrailer>()->args, true, 0);
            i = 3;
        } else {
            b_->call(false, 2, 0, false);
            i = 1;
        }
    }
    for (; i < n; ++i) {
        if (i + 1 < n && a->trailers[i]->is<AttrTrailer>() && a->trailers[i + 1]->is<CallTrailer>()) {
            // a.f(...) loads the method and calls it without a bound-method object
            b_->opQstr(Op::LOAD_METHOD, a->trailers[i]->as<AttrTrailer>()->attr);
            callArgs(a->trailers[i + 1]->as<CallTrailer>()->args, true, 0);
            i += 1;
        } else {
            compileTrailer(a->trailers[i]);
        }
    }
    if (a->isAwait) yieldFrom();
}

void Codegen::compileSlice(SliceExpr* s) {
    if (s->lower) {
        compileNode(s->lower);
    } else {
        b_->op(Op::LOAD_CONST_NONE);
    }
    if (s->upper) {
        compileNode(s->upper);
    } else {
        b_->op(Op::LOAD_CONST_NONE);
    }
    if (s->step) {
        compileNode(s->step);
        b_->opUint(Op::BUILD_SLICE, 3, -2);
    } else {
        b_->opUint(Op::BUILD_SLICE, 2, -1);
    }
}

void Codegen::compileBinary(BinaryExpr* b) {
    if (b->level == BinaryLevel::Power) {
        // the reference compiles both operands as a generic node list
        compileNode(b->first);
        if (failed()) return noteErrorLine(b->first);
        compileNode(b->rest[0].operand);
        if (failed()) return noteErrorLine(b->rest[0].operand);
        b_->binaryOp(static_cast<uint8_t>(BinaryOp::Power));
        return;
    }
    compileNode(b->first);
    for (const BinaryOperand& o : b->rest) {
        compileNode(o.operand);
        b_->binaryOp(static_cast<uint8_t>(o.op));
    }
}

void Codegen::compileBoolOp(BoolOpExpr* b) {
    Label end = b_->newLabel();
    size_t n = b->values.size();
    for (size_t i = 0; i < n; ++i) {
        compileNode(b->values[i]);
        if (i + 1 < n) b_->jump(b->isOr ? Op::JUMP_IF_TRUE_OR_POP : Op::JUMP_IF_FALSE_OR_POP, end);
    }
    b_->placeLabel(end);
}

void Codegen::compileCompare(CompareExpr* c) {
    compileNode(c->first);
    size_t n = c->rest.size();
    bool multi = n > 1;
    Label fail = multi ? b_->newLabel() : 0;
    for (size_t i = 0; i < n; ++i) {
        compileNode(c->rest[i].operand);
        bool last = i + 1 == n;
        if (!last) {
            b_->op(Op::DUP_TOP);
            b_->op(Op::ROT_THREE);
        }
        b_->binaryOp(static_cast<uint8_t>(c->rest[i].op));
        if (!last) b_->jump(Op::JUMP_IF_FALSE_OR_POP, fail);
    }
    if (multi) {
        Label end = b_->newLabel();
        b_->jump(Op::JUMP, end);
        b_->placeLabel(fail);
        b_->adjustStack(1);
        b_->op(Op::ROT_TWO);
        b_->op(Op::POP_TOP);
        b_->placeLabel(end);
    }
}

void Codegen::compileIfExp(IfExpExpr* e) {
    Label fail = b_->newLabel();
    Label end = b_->newLabel();
    condJump(e->test, false, fail);
    compileNode(e->body);
    b_->jump(Op::JUMP, end);
    b_->placeLabel(fail);
    b_->adjustStack(-1);
    compileNode(e->orelse);
    b_->placeLabel(end);
}

void Codegen::yieldFrom() {
    b_->op(Op::GET_ITER);
    b_->op(Op::LOAD_CONST_NONE);
    b_->op(Op::YIELD_FROM);
    cur_->scopeFlags |= ScopeGenerator;
}

void Codegen::compileYield(YieldExpr* y) {
    if (cur_->kind != ScopeKind::Function && cur_->kind != ScopeKind::Lambda) {
        error(y, "'yield' outside function");
        return;
    }
    if (!y->value) {
        b_->op(Op::LOAD_CONST_NONE);
        b_->op(Op::YIELD_VALUE);
        cur_->scopeFlags |= ScopeGenerator;
    } else if (y->isFrom) {
        compileNode(y->value);
        yieldFrom();
    } else {
        compileNode(y->value);
        b_->op(Op::YIELD_VALUE);
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
    b_->op(Op::DUP_TOP);
    // In a comprehension, := binds in the enclosing scope (PEP 572), honouring its
    // global/nonlocal declarations.
    if (pass_ == Pass::Scope && isCompLike(cur_->kind)) {
        IdInfo* parentId = idForModification(cur_->parent, name->id);
        if (parentId->kind == IdKind::GlobalExplicit) {
            cur_->findOrAdd(name->id, IdKind::GlobalExplicit);
        } else {
            IdInfo* id = cur_->findOrAdd(name->id, IdKind::Undecided);
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
    storeId(name->id);
}

void Codegen::condJump(Expr* e, bool jumpIf, Label label) {
    if (isConstNode(e)) {
        bool truth = constNodeValue(ctx_, e)->isTrue();
        if (truth == jumpIf) b_->jump(Op::JUMP, label);
        return;
    }
    if (auto* b = e->as<BoolOpExpr>()) {
        // `or` jumping when false, or `and` jumping when true, needs a second label
        bool needLabel = b->isOr ? !jumpIf : jumpIf;
        size_t n = b->values.size();
        if (needLabel) {
            Label skip = b_->newLabel();
            for (size_t i = 0; i + 1 < n; ++i)
                condJump(b->values[i], !jumpIf, skip);
            condJump(b->values[n - 1], jumpIf, label);
            b_->placeLabel(skip);
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
    compileNode(e);
    b_->jump(jumpIf ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

void Codegen::assign(Expr* target, AssignKind kind) {
    if (auto* n = target->as<NameExpr>()) {
        if (kind == AssignKind::AugLoad) {
            loadId(n->id);
        } else {
            storeId(n->id);
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
            b_->op(Op::ROT_THREE);
            b_->op(Op::STORE_SUBSCR);
        } else {
            compileNode(idx->index);
            if (kind == AssignKind::AugLoad) {
                b_->op(Op::DUP_TOP_TWO);
                b_->op(Op::LOAD_SUBSCR);
            } else {
                b_->op(Op::STORE_SUBSCR);
            }
        }
        return;
    }
    if (auto* attr = last->as<AttrTrailer>()) {
        if (kind == AssignKind::AugLoad) {
            b_->op(Op::DUP_TOP);
            b_->opQstr(Op::LOAD_ATTR, attr->attr);
        } else {
            if (kind == AssignKind::AugStore) b_->op(Op::ROT_TWO);
            b_->opQstr(Op::STORE_ATTR, attr->attr);
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
        b_->opUint(Op::UNPACK_EX, left | (right << 8), int(left + right));
        starIndex = i;
    }
    if (starIndex == n) b_->opUint(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n), int(n) - 1);
    for (size_t i = 0; i < n; ++i) {
        if (i == starIndex) {
            assign(elts[i]->as<StarExpr>()->value, AssignKind::Store);
        } else {
            assign(elts[i], AssignKind::Store);
        }
    }
}

} // namespace mpyc
