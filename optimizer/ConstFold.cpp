// The optimizer pass; see ConstFold.h for what it decides.
#include "optimizer/ConstFold.h"

#include "optimizer/NumericFold.h"

#include <cmath>
#include <limits>

namespace mpyc {

bool isConstNode(const Expr* e) {
    if (!e) return false;
    if (e->is<ConstExpr>()) return true;
    if (auto* t = e->as<TupleExpr>()) return t->form == TupleForm::Paren && t->elts.empty();
    return false;
}

const ConstValue* constNodeValue(AstContext& ctx, const Expr* e) {
    if (auto* c = e->as<ConstExpr>()) return c->value;
    return ctx.consts().emptyTuple();
}

std::optional<bool> constTruth(AstContext& ctx, const Expr* e, const CompileOptions& opts) {
    if (!isConstNode(e)) return std::nullopt;
    const ConstValue* v = constNodeValue(ctx, e);
    if (!opts.target->has(TargetFeature::ConstTruthOfAnyConstant)) {
        auto* c = e->as<ConstExpr>();
        bool token = c && (v->kind == ConstKind::True || v->kind == ConstKind::False) && !c->forceObject;
        // a parse node's small int: the target's range, or the host's before v1.19
        unsigned bits = opts.target->has(TargetFeature::ParserChecksSmallIntBits) ? opts.smallIntBits : 63;
        if (!token && !(c && v->isSmallInt(bits))) return std::nullopt;
    }
    return v->isTrue();
}

ConstExpr* Optimizer::makeConst(const ConstValue* v, uint32_t line, SourceRange range, bool forceObject) {
    auto* c = ctx_.make<ConstExpr>(line, range);
    c->value = v;
    c->forceObject = forceObject;
    return c;
}

std::optional<Diagnostic> Optimizer::run(Module* module) {
    try {
        foldBlock(module->body);
    } catch (Error&) {
        return error_;
    }
    return std::nullopt;
}

std::optional<Diagnostic> Optimizer::runOn(llvm::MutableArrayRef<Stmt*> stmts) {
    try {
        for (Stmt*& s : stmts)
            s = foldStmt(s);
    } catch (Error&) {
        return error_;
    }
    return std::nullopt;
}

std::optional<Diagnostic> Optimizer::checkConstDeclarations(llvm::ArrayRef<AssignStmt*> candidates) {
    try {
        for (AssignStmt* s : candidates) {
            for (Expr*& t : const_cast<llvm::MutableArrayRef<Expr*>&>(
                     reinterpret_cast<const llvm::MutableArrayRef<Expr*>&>(s->targets)))
                t = fold(t);
            s->value = fold(s->value);
            processConstDeclaration(s);
        }
    } catch (Error&) {
        return error_;
    }
    return std::nullopt;
}

// --- statements --------------------------------------------------------------------------

template <class T> static llvm::MutableArrayRef<T> mut(llvm::ArrayRef<T> a) {
    return llvm::MutableArrayRef<T>(const_cast<T*>(a.data()), a.size());
}

void Optimizer::foldBlock(Block& block) {
    for (Stmt*& s : mut(block.stmts))
        s = foldStmt(s);
}

void Optimizer::foldArgs(llvm::ArrayRef<Arg> args) {
    for (Arg& a : mut(args)) {
        if (a.keyword) a.keyword = fold(a.keyword);
        if (a.value) a.value = fold(a.value);
    }
}

void Optimizer::foldParams(llvm::ArrayRef<Param> params) {
    for (Param& p : mut(params)) {
        if (p.annotation) p.annotation = fold(p.annotation);
        if (p.defaultValue) p.defaultValue = fold(p.defaultValue);
    }
}

Stmt* Optimizer::foldStmt(Stmt* s) {
    switch (s->kind) {
    case NodeKind::ExprStmt: {
        auto* e = s->as<ExprStmt>();
        e->value = fold(e->value);
        // A lone constant (a doc string, `...`, a number) is replaced by `pass`, which
        // keeps the statement's line.
        if (e->value->is<ConstExpr>()) {
            auto* p = ctx_.make<PassStmt>(s->line, s->range);
            return p;
        }
        return s;
    }
    case NodeKind::Assign: {
        auto* a = s->as<AssignStmt>();
        for (Expr*& t : mut(a->targets))
            t = fold(t);
        a->value = fold(a->value);
        return processConstDeclaration(a);
    }
    case NodeKind::AugAssign: {
        auto* a = s->as<AugAssignStmt>();
        a->target = fold(a->target);
        a->value = fold(a->value);
        return s;
    }
    case NodeKind::AnnAssign: {
        auto* a = s->as<AnnAssignStmt>();
        a->target = fold(a->target);
        a->annotation = fold(a->annotation);
        if (a->value) a->value = fold(a->value);
        return s;
    }
    case NodeKind::Del: {
        auto* d = s->as<DelStmt>();
        for (Expr*& t : mut(d->targets))
            t = fold(t);
        return s;
    }
    case NodeKind::Return: {
        auto* r = s->as<ReturnStmt>();
        if (r->value) r->value = fold(r->value);
        return s;
    }
    case NodeKind::Raise: {
        auto* r = s->as<RaiseStmt>();
        if (r->exc) r->exc = fold(r->exc);
        if (r->cause) r->cause = fold(r->cause);
        return s;
    }
    case NodeKind::Assert: {
        auto* a = s->as<AssertStmt>();
        a->test = fold(a->test);
        if (a->msg) a->msg = fold(a->msg);
        // With optimisation the reference compiles nothing for an assert but still
        // records its line, which is exactly what `pass` does.
        if (opts_.stripAsserts()) return ctx_.make<PassStmt>(s->line, s->range);
        return s;
    }
    case NodeKind::If: {
        auto* i = s->as<IfStmt>();
        i->test = fold(i->test);
        foldBlock(i->body);
        for (ElifClause& c : mut(i->elifs)) {
            c.test = fold(c.test);
            foldBlock(c.body);
        }
        foldBlock(i->orelse);
        return s;
    }
    case NodeKind::While: {
        auto* w = s->as<WhileStmt>();
        w->test = fold(w->test);
        foldBlock(w->body);
        foldBlock(w->orelse);
        return s;
    }
    case NodeKind::For: {
        auto* f = s->as<ForStmt>();
        f->target = fold(f->target);
        f->iter = fold(f->iter);
        foldBlock(f->body);
        foldBlock(f->orelse);
        return s;
    }
    case NodeKind::Try: {
        auto* t = s->as<TryStmt>();
        foldBlock(t->body);
        for (ExceptHandler& h : mut(t->handlers)) {
            if (h.type) h.type = fold(h.type);
            foldBlock(h.body);
        }
        foldBlock(t->orelse);
        foldBlock(t->finalbody);
        return s;
    }
    case NodeKind::With: {
        auto* w = s->as<WithStmt>();
        for (WithItem& item : mut(w->items)) {
            item.context = fold(item.context);
            if (item.target) item.target = fold(item.target);
        }
        foldBlock(w->body);
        return s;
    }
    case NodeKind::FunctionDef: {
        auto* f = s->as<FunctionDefStmt>();
        for (Decorator& d : mut(f->decorators))
            if (d.call) foldArgs(d.call->args);
        foldParams(f->params);
        if (f->returns) f->returns = fold(f->returns);
        foldBlock(f->body);
        return s;
    }
    case NodeKind::ClassDef: {
        auto* c = s->as<ClassDefStmt>();
        for (Decorator& d : mut(c->decorators))
            if (d.call) foldArgs(d.call->args);
        foldArgs(c->bases);
        foldBlock(c->body);
        return s;
    }
    default:
        return s;
    }
}

Stmt* Optimizer::processConstDeclaration(AssignStmt* s) {
    if (s->targets.size() != 1) return s;
    auto* name = s->targets[0]->as<NameExpr>();
    auto* call = s->value ? s->value->as<AtomExpr>() : nullptr;
    if (!name || !call || call->isAwait || call->trailers.size() != 1) return s;
    auto* callee = call->atom->as<NameExpr>();
    auto* paren = call->trailers[0]->as<CallTrailer>();
    if (!callee || callee->id() != "const" || !paren) return s;

    Expr* value = nullptr;
    if (paren->args.size() == 1 && paren->args[0].kind == ArgKind::Positional) value = paren->args[0].value;
    // before v1.19 (ConstOfAnyConstant) only an int
    const bool anyConstant = opts_.target->has(TargetFeature::ConstOfAnyConstant);
    const bool isInt = value && value->is<ConstExpr>() && value->as<ConstExpr>()->value->kind == ConstKind::Int;
    if (!isConstNode(value) || (!anyConstant && !isInt)) {
        Diagnostic d;
        d.message = anyConstant ? "not a constant" : "constant must be an integer";
        d.line = call->line;
        d.range = paren->args.empty()
                      ? paren->range
                      : SourceRange{paren->args.front().range.begin, paren->args.back().range.end};
        d.hasRange = true;
        d.hint = anyConstant ? "const() takes one value that is known at compile time: a number, string, bytes, "
                               "None/True/False, a tuple of those, or an expression of earlier constants"
                             : "before MicroPython v1.19, const() takes only an int known at compile time";
        error_ = d;
        throw Error{};
    }

    ConstDeclaration decl;
    decl.name = name->id().str();
    decl.value = ctx_.keep(constNodeValue(ctx_, value)); // used by later statements
    decl.line = s->line;
    decl.range = s->range;
    decl.isPrivate = name->id().startswith("_");
    consts_[name->id()] = decls_.size();
    decls_.push_back(decl);

    if (decl.isPrivate) {
        // no store, no qstr and (line 0) no line-table entry
        return ctx_.make<PassStmt>(0, s->range);
    }
    s->value = value;
    return s;
}

// --- expressions -------------------------------------------------------------------------

Expr* Optimizer::fold(Expr* e) {
    if (!e) return e;
    switch (e->kind) {
    case NodeKind::Name: {
        auto* n = e->as<NameExpr>();
        auto it = consts_.find(n->id());
        if (it == consts_.end()) return e;
        ConstDeclaration& decl = decls_[it->second];
        decl.uses++;
        return makeConst(decl.value, n->line, n->range, true);
    }
    case NodeKind::DebugConst:
        return makeConst(ctx_.consts().boolean(opts_.debugValue()), e->line, e->range, false);
    case NodeKind::Tuple: {
        auto* t = e->as<TupleExpr>();
        for (Expr*& x : mut(t->elts))
            x = fold(x);
        return foldTuple(t);
    }
    case NodeKind::List:
        for (Expr*& x : mut(e->as<ListExpr>()->elts))
            x = fold(x);
        return e;
    case NodeKind::Brace:
        for (Expr*& x : mut(e->as<BraceExpr>()->items))
            x = fold(x);
        return e;
    case NodeKind::DictItem: {
        auto* d = e->as<DictItemExpr>();
        d->key = fold(d->key);
        d->value = fold(d->value);
        return e;
    }
    case NodeKind::Comprehension: {
        auto* c = e->as<ComprehensionExpr>();
        c->elt = fold(c->elt);
        for (CompClause& cl : mut(c->clauses)) {
            if (cl.target) cl.target = fold(cl.target);
            cl.expr = fold(cl.expr);
        }
        return e;
    }
    case NodeKind::AtomExpr: {
        auto* a = e->as<AtomExpr>();
        a->atom = fold(a->atom);
        for (Trailer* t : a->trailers) {
            if (auto* c = t->as<CallTrailer>()) {
                foldArgs(c->args);
            } else if (auto* i = t->as<IndexTrailer>()) {
                i->index = fold(i->index);
            }
        }
        return foldAtomExpr(a);
    }
    case NodeKind::Slice: {
        auto* s = e->as<SliceExpr>();
        s->lower = fold(s->lower);
        s->upper = fold(s->upper);
        s->step = fold(s->step);
        return e;
    }
    case NodeKind::Unary: {
        auto* u = e->as<UnaryExpr>();
        u->operand = fold(u->operand);
        return foldUnary(u);
    }
    case NodeKind::Binary: {
        auto* b = e->as<BinaryExpr>();
        b->first = fold(b->first);
        for (BinaryOperand& o : mut(b->rest))
            o.operand = fold(o.operand);
        return foldBinary(b);
    }
    case NodeKind::Not: {
        auto* n = e->as<NotExpr>();
        n->operand = fold(n->operand);
        return foldNot(n);
    }
    case NodeKind::BoolOp: {
        auto* b = e->as<BoolOpExpr>();
        for (Expr*& x : mut(b->values))
            x = fold(x);
        return foldBoolOp(b);
    }
    case NodeKind::Compare: {
        auto* c = e->as<CompareExpr>();
        c->first = fold(c->first);
        for (BinaryOperand& o : mut(c->rest))
            o.operand = fold(o.operand);
        return e;
    }
    case NodeKind::IfExp: {
        auto* i = e->as<IfExpExpr>();
        i->body = fold(i->body);
        i->test = fold(i->test);
        i->orelse = fold(i->orelse);
        return e;
    }
    case NodeKind::Lambda: {
        auto* l = e->as<LambdaExpr>();
        foldParams(l->params);
        l->body = fold(l->body);
        return e;
    }
    case NodeKind::NamedExpr: {
        auto* n = e->as<NamedExprExpr>();
        n->target = fold(n->target);
        n->value = fold(n->value);
        return e;
    }
    case NodeKind::Star: {
        auto* s = e->as<StarExpr>();
        s->value = fold(s->value);
        return e;
    }
    case NodeKind::Yield: {
        auto* y = e->as<YieldExpr>();
        y->value = fold(y->value);
        return e;
    }
    default:
        return e;
    }
}

static bool asNumber(const Expr* e, Number& out) {
    auto* c = e->as<ConstExpr>();
    if (!c) return false;
    const ConstValue* v = c->value;
    if (v->kind == ConstKind::Int) {
        out = Number::fromInt(v->toBigInt());
        return true;
    }
    if (v->kind == ConstKind::Float) {
        out = Number::fromFloat(v->floatValue());
        return true;
    }
    return false;
}

static FoldBinaryOp foldOpFor(BinaryOp op) {
    switch (op) {
    case BinaryOp::Or:
        return FoldBinaryOp::Or;
    case BinaryOp::Xor:
        return FoldBinaryOp::Xor;
    case BinaryOp::And:
        return FoldBinaryOp::And;
    case BinaryOp::LShift:
        return FoldBinaryOp::LShift;
    case BinaryOp::RShift:
        return FoldBinaryOp::RShift;
    case BinaryOp::Add:
        return FoldBinaryOp::Add;
    case BinaryOp::Subtract:
        return FoldBinaryOp::Sub;
    case BinaryOp::Multiply:
        return FoldBinaryOp::Mul;
    case BinaryOp::MatMultiply:
        return FoldBinaryOp::MatMul;
    case BinaryOp::TrueDivide:
        return FoldBinaryOp::TrueDiv;
    case BinaryOp::Modulo:
        return FoldBinaryOp::Mod;
    case BinaryOp::FloorDivide:
        return FoldBinaryOp::FloorDiv;
    default:
        return FoldBinaryOp::Pow;
    }
}

Expr* Optimizer::foldBinary(BinaryExpr* b) {
    const bool floats = opts_.target->has(TargetFeature::ConstFloatFolding);
    // before v1.24 (TargetFeature::BigIntResultsNarrowed) an int operation with a big int
    // operand, or a `<<` the runtime's small-int path hands on to the big int one, gives a big
    // int object whatever its value
    const bool narrowed = opts_.target->has(TargetFeature::BigIntResultsNarrowed);
    auto isBigIntObject = [](Expr* e) {
        const ConstValue* c = e->as<ConstExpr>()->value;
        return c->isInt() && !c->isHostSmallInt();
    };
    Number acc;
    if (!asNumber(b->first, acc) || (!floats && acc.kind != Number::Kind::Int)) return b;
    bool accBigObject = !narrowed && isBigIntObject(b->first);
    for (const BinaryOperand& o : b->rest) {
        Number rhs;
        if (!asNumber(o.operand, rhs)) return b;
        if (!narrowed && acc.isInt() && rhs.isInt()) {
            // py/runtime.c: `<<` by the host word's bits or more leaves the small-int path
            int64_t shift = 0;
            bool farShift = o.op == BinaryOp::LShift && (!rhs.i.toInt64(shift) || shift >= 64);
            accBigObject = accBigObject || isBigIntObject(o.operand) || farShift;
        }
        if (!floats) {
            // before v1.26: ints only, and never what would give a float or raise
            if (rhs.kind != Number::Kind::Int || o.op == BinaryOp::TrueDivide || o.op == BinaryOp::MatMultiply)
                return b;
            int sign = rhs.i.isNegative() ? -1 : rhs.i.isZero() ? 0 : 1;
            if ((o.op == BinaryOp::Power || o.op == BinaryOp::LShift || o.op == BinaryOp::RShift) && sign < 0)
                return b;
            if ((o.op == BinaryOp::Modulo || o.op == BinaryOp::FloorDivide) && sign == 0) return b;
        }
        std::optional<Number> r = mpyc::foldBinary(foldOpFor(o.op), acc, rhs);
        if (!r) return b;
        acc = std::move(*r);
    }
    const ConstValue* v = acc.kind != Number::Kind::Int ? ctx_.consts().makeFloat(acc.f)
                          : accBigObject                ? ctx_.consts().makeIntObject(acc.i)
                                                        : ctx_.consts().makeInt(acc.i);
    // folded constants have no line of their own in the reference
    return makeConst(v, 0, b->range, false);
}

Expr* Optimizer::foldUnary(UnaryExpr* u) {
    Number x;
    if (!asNumber(u->operand, x)) return u;
    if (!opts_.target->has(TargetFeature::ConstFloatFolding) && x.kind != Number::Kind::Int) return u;
    FoldUnaryOp op = u->op == UnaryOp::Positive   ? FoldUnaryOp::Plus
                     : u->op == UnaryOp::Negative ? FoldUnaryOp::Minus
                                                  : FoldUnaryOp::Invert;
    std::optional<Number> r = mpyc::foldUnary(op, x);
    if (!r) return u;
    const ConstValue* v;
    if (r->kind == Number::Kind::Float) {
        v = ctx_.consts().makeFloat(r->f);
    } else if (!u->operand->as<ConstExpr>()->value->isHostSmallInt()) {
        // the runtime's unary ops on a big int return a big int, never narrowed back
        v = ctx_.consts().makeIntObject(r->i);
    } else {
        v = ctx_.consts().makeInt(r->i);
    }
    return makeConst(v, 0, u->range, false);
}

Expr* Optimizer::foldNot(NotExpr* n) {
    std::optional<bool> operand = constTruth(ctx_, n->operand, opts_);
    if (!operand) return n;
    bool truth = *operand;
    // `not <const>` becomes the token True or False
    return makeConst(ctx_.consts().boolean(!truth), n->line, n->range, false);
}

Expr* Optimizer::foldBoolOp(BoolOpExpr* b) {
    // Drop constants that cannot decide the result and stop at the first one that does;
    // the last operand is always kept.
    std::vector<Expr*> kept;
    size_t n = b->values.size();
    for (size_t i = 0; i < n; ++i) {
        Expr* v = b->values[i];
        if (i + 1 == n) {
            kept.push_back(v);
            break;
        }
        if (std::optional<bool> known = constTruth(ctx_, v, opts_)) {
            bool truth = *known;
            if (truth == b->isOr) {
                kept.push_back(v); // decides the result
                break;
            }
            continue; // neutral: dropped
        }
        kept.push_back(v);
    }
    if (kept.size() == 1) return kept[0];
    b->values = ctx_.copy(llvm::ArrayRef<Expr*>(kept));
    return b;
}

Expr* Optimizer::foldTuple(TupleExpr* t) {
    if (!t->foldable || t->elts.empty() || !opts_.target->has(TargetFeature::ConstTuples)) return t;
    std::vector<const ConstValue*> items;
    for (Expr* x : t->elts) {
        if (!isConstNode(x)) return t;
        items.push_back(constNodeValue(ctx_, x));
    }
    return makeConst(ctx_.consts().makeTuple(items), t->constLine, t->range, true);
}

Expr* Optimizer::foldAtomExpr(AtomExpr* a) {
    // `math.<name>` where the attribute of mpy-cross's math module is a number
    if (a->isAwait || a->trailers.size() != 1 || !opts_.target->has(TargetFeature::ConstFloatFolding)) return a;
    auto* base = a->atom->as<NameExpr>();
    auto* attr = a->trailers[0]->as<AttrTrailer>();
    if (!base || !attr || base->id() != "math") return a;
    double v = 0;
    const ConstValue* value = nullptr;
    if (attr->attr == "e") {
        v = M_E;
    } else if (attr->attr == "pi") {
        v = M_PI;
    } else if (attr->attr == "tau") {
        v = 2.0 * M_PI;
    } else if (attr->attr == "inf") {
        // the module's constant is one object, so every use is the same constant
        if (!mathInf_) mathInf_ = ctx_.keep(ctx_.consts().makeFloat(std::numeric_limits<double>::infinity()));
        value = mathInf_;
    } else if (attr->attr == "nan") {
        if (!mathNan_) mathNan_ = ctx_.keep(ctx_.consts().makeFloat(std::nan("")));
        value = mathNan_;
    } else {
        return a;
    }
    if (!value) value = ctx_.consts().makeFloat(v);
    return makeConst(value, 0, a->range, false);
}

} // namespace mpyc
