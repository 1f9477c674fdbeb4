// Code generator: statements.
#include "codegen/Codegen.h"

#include "frontend/Limits.h"
#include "optimizer/ConstFold.h"

#include <cstdio>

namespace mpyc {

void Codegen::compileStmt(Stmt* s) {
    e_->setLine(s->line);
    stmtLine_ = s->line;
    switch (s->kind) {
    case NodeKind::ExprStmt:
        compileExprStmt(s->as<ExprStmt>());
        break;
    case NodeKind::Assign:
        compileAssign(s->as<AssignStmt>());
        break;
    case NodeKind::AugAssign:
        compileAugAssign(s->as<AugAssignStmt>());
        break;
    case NodeKind::AnnAssign:
        compileAnnAssign(s->as<AnnAssignStmt>());
        break;
    case NodeKind::Del:
        for (Expr* t : s->as<DelStmt>()->targets)
            compileDel(t);
        break;
    case NodeKind::Pass:
        break;
    case NodeKind::Break:
        compileBreakContinue(s, true);
        break;
    case NodeKind::Continue:
        compileBreakContinue(s, false);
        break;
    case NodeKind::Return:
        compileReturn(s->as<ReturnStmt>());
        break;
    case NodeKind::Raise:
        compileRaise(s->as<RaiseStmt>());
        break;
    case NodeKind::Import:
        compileImport(s->as<ImportStmt>());
        break;
    case NodeKind::ImportFrom:
        compileImportFrom(s->as<ImportFromStmt>());
        break;
    case NodeKind::Global:
        compileGlobalNonlocal(s, s->as<GlobalStmt>()->names, true);
        break;
    case NodeKind::Nonlocal:
        compileGlobalNonlocal(s, s->as<NonlocalStmt>()->names, false);
        break;
    case NodeKind::Assert:
        compileAssert(s->as<AssertStmt>());
        break;
    case NodeKind::If:
        compileIf(s->as<IfStmt>());
        break;
    case NodeKind::While:
        compileWhile(s->as<WhileStmt>());
        break;
    case NodeKind::For: {
        auto* f = s->as<ForStmt>();
        if (f->isAsync) {
            if (!(cur_->scopeFlags & ScopeGenerator)) {
                error(s, "async for/with outside async function");
                break;
            }
            compileAsyncFor(f);
        } else {
            compileFor(f);
        }
        break;
    }
    case NodeKind::Try:
        compileTry(s->as<TryStmt>());
        break;
    case NodeKind::With: {
        auto* w = s->as<WithStmt>();
        if (w->isAsync) {
            if (!(cur_->scopeFlags & ScopeGenerator)) {
                error(s, "async for/with outside async function");
                break;
            }
            compileAsyncWith(w, 0);
        } else {
            compileWith(w, 0);
        }
        break;
    }
    case NodeKind::FunctionDef:
        compileFunctionDef(s->as<FunctionDefStmt>());
        break;
    case NodeKind::ClassDef:
        compileClassDef(s->as<ClassDefStmt>());
        break;
    default:
        break;
    }
    checkQstrTable(s);
}

void Codegen::compileExprStmt(ExprStmt* s) {
    // a lone constant compiles to nothing
    if (s->value->is<ConstExpr>()) return;
    compileNode(s->value);
    e_->popTop();
}

void Codegen::compileAssign(AssignStmt* s) {
    if (s->targets.size() == 1) {
        compilePlainAssign(s->targets[0], s->value);
        return;
    }
    // a = b = c: evaluate once, store left-most first
    size_t rhs = s->targets.size() - 1;
    compileNode(s->value);
    e_->dupTop();
    assign(s->targets[0], AssignKind::Store);
    for (size_t i = 0; i < rhs; ++i) {
        if (i + 1 < rhs) e_->dupTop();
        assign(s->targets[i + 1], AssignKind::Store);
    }
}

void Codegen::compilePlainAssign(Expr* target, Expr* value) {
    auto* lhs = target->as<TupleExpr>();
    auto* rhs = value->as<TupleExpr>();
    // a, b = c, d and a, b, c = d, e, f without building a tuple
    if (lhs && rhs && lhs->form == TupleForm::Bare && rhs->form == TupleForm::Bare && lhs->foldable &&
        rhs->foldable && lhs->elts.size() == rhs->elts.size() &&
        (lhs->elts.size() == 2 || lhs->elts.size() == 3)) {
        bool star = false;
        for (Expr* e : lhs->elts)
            star |= e->is<StarExpr>();
        if (!star) {
            compileNode(rhs->elts[0]);
            compileNode(rhs->elts[1]);
            if (lhs->elts.size() == 3) {
                compileNode(rhs->elts[2]);
                e_->rotThree();
            }
            e_->rotTwo();
            for (Expr* t : lhs->elts)
                assign(t, AssignKind::Store);
            return;
        }
    }
    compileNode(value);
    assign(target, AssignKind::Store);
}

void Codegen::compileAugAssign(AugAssignStmt* s) {
    assign(s->target, AssignKind::AugLoad);
    compileNode(s->value);
    e_->binaryOp(static_cast<uint8_t>(s->op));
    assign(s->target, AssignKind::AugStore);
}

void Codegen::compileAnnAssign(AnnAssignStmt* s) {
    if (s->value) {
        compilePlainAssign(s->target, s->value);
        return;
    }
    // `x: T` alone declares x local in a function; the annotation is not compiled
    if (cur_->kind == ScopeKind::Function) {
        if (auto* n = s->target->as<NameExpr>()) cur_->findOrAdd(n->id(), IdKind::Local);
    }
}

void Codegen::compileDel(Expr* e) {
    if (auto* n = e->as<NameExpr>()) {
        deleteId(n->id());
        return;
    }
    if (auto* a = e->as<AtomExpr>(); a && !a->isAwait) {
        compileNode(a->atom);
        size_t n = a->trailers.size();
        for (size_t i = 0; i + 1 < n; ++i)
            compileTrailer(a->trailers[i]);
        Trailer* last = a->trailers[n - 1];
        if (auto* idx = last->as<IndexTrailer>()) {
            compileNode(idx->index);
            e_->subscr(AccessKind::Delete);
            return;
        }
        if (auto* attr = last->as<AttrTrailer>()) {
            e_->attr(attr->attr, AccessKind::Delete);
            return;
        }
        error(e, "can't delete expression");
        return;
    }
    if (auto* t = e->as<TupleExpr>(); t && t->form == TupleForm::Paren && !t->elts.empty()) {
        for (Expr* x : t->elts)
            compileDel(x);
        return;
    }
    error(e, "can't delete expression");
}

void Codegen::compileBreakContinue(Stmt* s, bool isBreak) {
    Label label = isBreak ? breakLabel_ : continueLabel_;
    if (label == kNoLabel) error(s, "'break'/'continue' outside loop");
    e_->unwindJump(label, exceptLevel_ - breakContinueExceptLevel_, isBreak && breakFromFor_);
}

void Codegen::compileReturn(ReturnStmt* s) {
    if (cur_->kind != ScopeKind::Function) {
        error(s, "'return' outside function");
        return;
    }
    if (!s->value) {
        e_->loadConstToken(ConstToken::None);
    } else if (auto* ie = s->value->as<IfExpExpr>()) {
        // return a if c else b: two returns, no jump over the else value
        Label fail = e_->newLabel();
        condJump(ie->test, false, fail);
        compileNode(ie->body);
        e_->returnValue();
        e_->placeLabel(fail);
        compileNode(ie->orelse);
    } else {
        compileNode(s->value);
    }
    e_->returnValue();
}

void Codegen::compileRaise(RaiseStmt* s) {
    if (pass_ == Pass::Emit && (cur_->emit == EmitKind::Native || cur_->emit == EmitKind::Viper) &&
        (!s->exc || s->cause)) {
        // mpy-cross v1.28.0 aborts on a failed assertion here (emit_native_raise_varargs)
        nativeNotImplemented(std::string(s->exc ? "raise ... from ..." : "a bare raise") +
                             " in @micropython.native or @micropython.viper code (mpy-cross aborts on it)");
        return;
    }
    if (!s->exc) {
        e_->raiseVarargs(0);
    } else if (s->cause) {
        compileNode(s->exc);
        compileNode(s->cause);
        e_->raiseVarargs(2);
    } else {
        compileNode(s->exc);
        e_->raiseVarargs(1);
    }
}

void Codegen::importName(const Stmt* at, const ImportAlias& alias, llvm::StringRef* base) {
    bool isAs = !alias.asname.empty();
    if (isAs) *base = alias.asname;
    if (alias.dotted.empty()) {
        *base = "";
        e_->importOp("", ImportKind::Name);
        return;
    }
    if (alias.dotted.size() == 1) {
        if (!isAs) *base = alias.dotted[0];
        e_->importOp(alias.dotted[0], ImportKind::Name);
        return;
    }
    if (!isAs) *base = alias.dotted[0];
    std::string full;
    for (size_t i = 0; i < alias.dotted.size(); ++i) {
        if (i) full += '.';
        full += alias.dotted[i].str();
    }
    if (full.size() > limits::kMaxQstrBytes) {
        // the reference interns the dotted name while compiling the import
        nameTooLong(at, full.size());
        return;
    }
    e_->importOp(full, ImportKind::Name);
    if (isAs) {
        for (size_t i = 1; i < alias.dotted.size(); ++i)
            e_->attr(alias.dotted[i], AccessKind::Load);
    }
}

void Codegen::compileImport(ImportStmt* s) {
    for (const ImportAlias& alias : s->names) {
        e_->loadConstSmallInt(0);         // level 0
        e_->loadConstToken(ConstToken::None); // no fromlist
        llvm::StringRef base;
        importName(s, alias, &base);
        storeId(base);
    }
}

void Codegen::compileImportFrom(ImportFromStmt* s) {
    ImportAlias source;
    source.dotted = s->module;
    llvm::StringRef dummy;
    if (s->star) {
        if (cur_->kind != ScopeKind::Module) {
            error(s, "import * not at module level");
            return;
        }
        e_->loadConstSmallInt(s->level);
        e_->loadConstStr("*");
        e_->build(1, BuildKind::Tuple);
        importName(s, source, &dummy);
        e_->importOp("", ImportKind::Star);
        return;
    }
    e_->loadConstSmallInt(s->level);
    for (const ImportAlias& a : s->names)
        e_->loadConstStr(a.dotted[0]);
    e_->build(static_cast<uint32_t>(s->names.size()), BuildKind::Tuple);
    importName(s, source, &dummy);
    for (const ImportAlias& a : s->names) {
        e_->importOp(a.dotted[0], ImportKind::From);
        storeId(a.asname.empty() ? a.dotted[0] : a.asname);
    }
    e_->popTop();
}

void Codegen::compileGlobalNonlocal(Stmt* s, llvm::ArrayRef<llvm::StringRef> names, bool isGlobal) {
    if (pass_ != Pass::Scope) return;
    if (!isGlobal && cur_->kind == ScopeKind::Module) {
        error(s, "can't declare nonlocal in outer code");
        return;
    }
    for (llvm::StringRef name : names) {
        IdInfo* id = cur_->findOrAdd(name, IdKind::Undecided);
        if (isGlobal) {
            declareGlobal(s, id);
        } else {
            declareNonlocal(s, id);
        }
    }
}

void Codegen::compileAssert(AssertStmt* s) {
    if (opts_.stripAsserts()) return;
    Label end = e_->newLabel();
    condJump(s->test, true, end);
    // AssertionError is loaded as a global directly, as CPython does
    e_->loadGlobal("AssertionError", GlobalKind::Global);
    if (s->msg) {
        compileNode(s->msg);
        e_->callFunction(1, 0, 0);
    }
    e_->raiseVarargs(1);
    e_->placeLabel(end);
}

void Codegen::compileIf(IfStmt* s) {
    Label end = e_->newLabel();
    // `if <false constant>` compiles nothing; `if <true constant>` compiles only its body
    if (!isConstFalse(s->test)) {
        Label fail = e_->newLabel();
        condJump(s->test, false, fail);
        compileBlock(s->body);
        if (isConstTrue(s->test)) {
            e_->placeLabel(end);
            return;
        }
        if ((!s->elifs.empty() || s->hasElse) && !afterReturn()) e_->jump(end);
        e_->placeLabel(fail);
    }
    for (const ElifClause& c : s->elifs) {
        if (isConstFalse(c.test)) continue;
        Label fail = e_->newLabel();
        condJump(c.test, false, fail);
        compileBlock(c.body);
        if (isConstTrue(c.test)) {
            e_->placeLabel(end);
            return;
        }
        if (!afterReturn()) e_->jump(end);
        e_->placeLabel(fail);
    }
    compileBlock(s->orelse);
    e_->placeLabel(end);
}

Codegen::LoopState Codegen::beginLoop(Label breakLabel, Label continueLabel) {
    LoopState saved{breakLabel_, continueLabel_, breakFromFor_, breakContinueExceptLevel_};
    breakLabel_ = breakLabel;
    continueLabel_ = continueLabel;
    breakFromFor_ = false;
    breakContinueExceptLevel_ = exceptLevel_;
    return saved;
}

void Codegen::endLoop(const LoopState& saved) {
    breakLabel_ = saved.breakLabel;
    continueLabel_ = saved.continueLabel;
    breakFromFor_ = saved.breakFromFor;
    breakContinueExceptLevel_ = saved.exceptLevel;
}

void Codegen::compileWhile(WhileStmt* s) {
    Label breakLabel = e_->newLabel();
    Label continueLabel = e_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    if (!isConstFalse(s->test)) {
        Label top = e_->newLabel();
        if (!isConstTrue(s->test)) e_->jump(continueLabel);
        e_->placeLabel(top);
        compileBlock(s->body);
        e_->placeLabel(continueLabel);
        condJump(s->test, true, top);
    }
    // break/continue in the else block belong to an outer loop
    endLoop(saved);
    compileBlock(s->orelse);
    e_->placeLabel(breakLabel);
}

// for <name> in range(<start>, <end>[, <step>]) with a constant small-int step compiles
// to a counting loop instead of an iterator.
bool Codegen::compileForRange(ForStmt* s) {
    auto* var = s->target->as<NameExpr>();
    auto* call = s->iter->as<AtomExpr>();
    if (!var || !call || call->isAwait || call->trailers.size() != 1) return false;
    auto* callee = call->atom->as<NameExpr>();
    auto* paren = call->trailers[0]->as<CallTrailer>();
    if (!callee || callee->id() != "range" || !paren) return false;
    size_t n = paren->args.size();
    if (n < 1 || n > 3) return false;
    auto plain = [](const Arg& a) { return a.kind == ArgKind::Positional; };
    Expr* start = n >= 2 ? paren->args[0].value : nullptr;
    Expr* end = n >= 2 ? paren->args[1].value : paren->args[0].value;
    int64_t step = 1;
    if (n == 3) {
        const Arg& stepArg = paren->args[2];
        auto* c = stepArg.kind == ArgKind::Positional ? stepArg.value->as<ConstExpr>() : nullptr;
        if (!c || !isParseNodeSmallInt(c->value) || c->value->int64() == 0) return false;
        step = c->value->int64();
    }
    // start and end must be ordinary expressions (no *, ** or keyword)
    if (n >= 2 && !plain(paren->args[0])) return false;
    if (!plain(paren->args[n >= 2 ? 1 : 0])) return false;

    Label breakLabel = e_->newLabel();
    Label continueLabel = e_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    Label top = e_->newLabel();
    Label entry = e_->newLabel();

    auto* endConst = end->as<ConstExpr>();
    bool endOnStack = !(endConst && isParseNodeSmallInt(endConst->value));
    if (endOnStack) compileNode(end);
    if (start) {
        compileNode(start);
    } else {
        e_->loadConstSmallInt(0);
    }
    e_->jump(entry);
    e_->placeLabel(top);
    e_->dupTop();
    assign(s->target, AssignKind::Store);
    compileBlock(s->body);
    e_->placeLabel(continueLabel);
    if (n == 3) {
        compileNode(paren->args[2].value);
    } else {
        e_->loadConstSmallInt(1);
    }
    e_->binaryOp(static_cast<uint8_t>(BinaryOp::InplaceAdd));
    e_->placeLabel(entry);
    if (endOnStack) {
        e_->dupTopTwo();
        e_->rotTwo();
    } else {
        e_->dupTop();
        compileNode(end);
    }
    e_->binaryOp(static_cast<uint8_t>(step >= 0 ? BinaryOp::Less : BinaryOp::More));
    e_->popJumpIf(true, top);
    endLoop(saved);

    // The loop values are popped before the else block, which may break/continue.
    Label endLabel = 0;
    if (s->hasElse) {
        e_->popTop();
        if (endOnStack) e_->popTop();
        compileBlock(s->orelse);
        endLabel = e_->newLabel();
        e_->jump(endLabel);
        e_->adjustStack(1 + (endOnStack ? 1 : 0));
    }
    e_->placeLabel(breakLabel);
    e_->popTop();
    if (endOnStack) e_->popTop();
    if (s->hasElse) e_->placeLabel(endLabel);
    return true;
}

void Codegen::compileFor(ForStmt* s) {
    if (compileForRange(s)) return;
    Label breakLabel = e_->newLabel();
    Label continueLabel = e_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    breakFromFor_ = true;
    Label pop = e_->newLabel();
    compileNode(s->iter);
    e_->getIter(true);
    e_->placeLabel(continueLabel);
    e_->forIter(pop);
    assign(s->target, AssignKind::Store);
    compileBlock(s->body);
    if (!afterReturn()) e_->jump(continueLabel);
    e_->placeLabel(pop);
    e_->forIterEnd();
    endLoop(saved);
    compileBlock(s->orelse);
    e_->placeLabel(breakLabel);
}

void Codegen::increaseExceptLevel(Label label, BlockKind kind) {
    e_->setupBlock(label, kind);
    exceptLevel_ += 1;
    if (exceptLevel_ > cur_->excStackSize) cur_->excStackSize = exceptLevel_;
}

void Codegen::decreaseExceptLevel() {
    exceptLevel_ -= 1;
    e_->endFinally();
}

void Codegen::compileTry(TryStmt* s) {
    if (s->hasFinally) {
        compileTryFinally(s);
    } else {
        compileTryExcept(s);
    }
}

void Codegen::compileTryExcept(TryStmt* s) {
    Label handler = e_->newLabel();
    Label success = e_->newLabel();
    increaseExceptLevel(handler, BlockKind::Except);
    compileBlock(s->body);
    e_->popExceptJump(success, false); // over the handlers
    e_->placeLabel(handler);
    e_->startExceptHandler(); // the exception instance is on the stack

    Label end = e_->newLabel();
    for (size_t i = 0; i < s->handlers.size(); ++i) {
        const ExceptHandler& h = s->handlers[i];
        Label endFinally = e_->newLabel();
        if (!h.type) {
            if (i + 1 != s->handlers.size()) {
                errorAtLine(h.line, h.range, "default 'except' must be last");
                decreaseExceptLevel();
                return;
            }
        } else {
            e_->dupTop();
            compileNode(h.type);
            e_->binaryOp(static_cast<uint8_t>(BinaryOp::ExceptionMatch));
            e_->popJumpIf(false, endFinally);
        }
        bool bound = h.type && !h.name.empty();
        if (!bound) {
            e_->popTop();
        } else {
            storeId(h.name);
        }
        // `except E as e:` runs its body in a try/finally that deletes e afterwards
        Label cleanup = 0;
        if (bound) {
            cleanup = e_->newLabel();
            increaseExceptLevel(cleanup, BlockKind::Finally);
        }
        compileBlock(h.body);
        if (bound) {
            e_->loadConstToken(ConstToken::None);
            e_->placeLabel(cleanup);
            const int returnSlot = finallyReturnSlot();
            e_->adjustStack(returnSlot); // a possible return value
            e_->loadConstToken(ConstToken::None);
            storeId(h.name);
            deleteId(h.name);
            e_->adjustStack(-returnSlot);
            decreaseExceptLevel();
        }
        e_->popExceptJump(end, true);
        e_->placeLabel(endFinally);
        e_->adjustStack(1); // the exception is still on the stack here
    }
    decreaseExceptLevel();
    e_->endExceptHandler();
    e_->placeLabel(success);
    compileBlock(s->orelse);
    e_->placeLabel(end);
}

bool Codegen::afterReturn() const {
    // before v1.20 (TargetFeature::DeadCodeSuppressed) the emitter wrote dead code, and the
    // compiler left out a jump or a function's final return right after a return instead
    return !opts_.target->has(TargetFeature::DeadCodeSuppressed) && e_->lastEmitWasReturn();
}

int Codegen::finallyReturnSlot() const {
    // a return in the try part leaves its value on the stack while the finally block runs;
    // before v1.22.2 (TargetFeature::FinallyReservesReturnSlot) no room was kept for it
    return opts_.target->has(TargetFeature::FinallyReservesReturnSlot) ? 1 : 0;
}

void Codegen::compileTryFinally(TryStmt* s) {
    Label finallyBlock = e_->newLabel();
    increaseExceptLevel(finallyBlock, BlockKind::Finally);
    if (s->handlers.empty()) {
        e_->adjustStack(3); // a possible unwind-jump state
        compileBlock(s->body);
        e_->adjustStack(-3);
    } else {
        compileTryExcept(s);
    }
    // None on the stack tells the finally block the try part ended normally.
    e_->loadConstToken(ConstToken::None);
    e_->placeLabel(finallyBlock);
    const int returnSlot = finallyReturnSlot();
    e_->adjustStack(returnSlot); // a possible return value
    compileBlock(s->finalbody);
    e_->adjustStack(-returnSlot);
    decreaseExceptLevel();
}

void Codegen::compileWith(WithStmt* s, size_t item) {
    if (item == s->items.size()) {
        compileBlock(s->body);
        return;
    }
    Label end = e_->newLabel();
    const WithItem& w = s->items[item];
    compileNode(w.context);
    increaseExceptLevel(end, BlockKind::With);
    if (w.target) {
        assign(w.target, AssignKind::Store);
    } else {
        e_->popTop();
    }
    compileWith(s, item + 1);
    e_->withCleanup(end);
    decreaseExceptLevel();
}

void Codegen::awaitObjectMethod(llvm::StringRef method) {
    e_->loadMethod(method, false);
    e_->callMethod(0, 0, 0);
    yieldFrom();
}

void Codegen::compileAsyncFor(ForStmt* s) {
    Label whileElse = e_->newLabel();
    Label tryException = e_->newLabel();
    Label tryElse = e_->newLabel();
    Label tryFinally = e_->newLabel();

    // Before v1.21 (TargetFeature::AsyncForIteratorOnStack) the iterable lived in a variable:
    // the iterator expression's own name when it is a name (so `async for x in it` made `it`
    // a local), else a local of its own (the reference took a qstr from the parse node's
    // pointer, a name nothing else uses).
    llvm::StringRef iterableVar;
    if (!opts_.target->has(TargetFeature::AsyncForIteratorOnStack)) {
        if (auto* n = s->iter->as<NameExpr>()) {
            iterableVar = n->id();
        } else {
            char name[48];
            std::snprintf(name, sizeof name, "<async for iterable %p>", static_cast<const void*>(s));
            iterableVar = ctx_.save(name);
        }
    }

    compileNode(s->iter);
    e_->loadMethod("__aiter__", false);
    e_->callMethod(0, 0, 0);
    if (!iterableVar.empty()) storeId(iterableVar);

    Label breakLabel = e_->newLabel();
    Label continueLabel = e_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    e_->placeLabel(continueLabel);
    increaseExceptLevel(tryException, BlockKind::Except);
    if (iterableVar.empty()) {
        e_->dupTop();
    } else {
        loadId(iterableVar);
    }
    awaitObjectMethod("__anext__");
    assign(s->target, AssignKind::Store);
    e_->popExceptJump(tryElse, false);

    e_->placeLabel(tryException);
    e_->startExceptHandler();
    e_->dupTop();
    e_->loadGlobal("StopAsyncIteration", GlobalKind::Global);
    e_->binaryOp(static_cast<uint8_t>(BinaryOp::ExceptionMatch));
    e_->popJumpIf(false, tryFinally);
    e_->popTop();
    e_->popExceptJump(whileElse, true);

    e_->placeLabel(tryFinally);
    e_->adjustStack(1); // if we jump here, the exception is on the stack
    decreaseExceptLevel();
    e_->endExceptHandler();

    e_->placeLabel(tryElse);
    compileBlock(s->body);
    e_->jump(continueLabel);
    endLoop(saved);

    e_->placeLabel(whileElse);
    compileBlock(s->orelse);
    e_->placeLabel(breakLabel);
    if (iterableVar.empty()) e_->popTop();
}

void Codegen::compileAsyncWith(WithStmt* s, size_t item) {
    if (item == s->items.size()) {
        compileBlock(s->body);
        return;
    }
    Label finallyBlock = e_->newLabel();
    Label aexitNoExc = e_->newLabel();
    Label retUnwindJump = e_->newLabel();
    Label end = e_->newLabel();

    const WithItem& w = s->items[item];
    compileNode(w.context);
    e_->dupTop();
    awaitObjectMethod("__aenter__");
    if (w.target) {
        assign(w.target, AssignKind::Store);
    } else {
        e_->popTop();
    }

    increaseExceptLevel(finallyBlock, BlockKind::Finally);
    e_->adjustStack(3);
    compileAsyncWith(s, item + 1);
    e_->adjustStack(-3);

    // case 1, no exception: fall through to call __aexit__
    e_->asyncWithSetupFinally(aexitNoExc, finallyBlock, retUnwindJump);

    // case 2, an exception: call __aexit__ and swallow or re-raise it
    e_->dupTop();
    e_->rotThree();
    e_->rotTwo();
    e_->loadMethod("__aexit__", false);
    e_->rotThree();
    e_->rotThree();
    e_->dupTop();
    e_->attr("__class__", AccessKind::Load);
    e_->rotTwo();
    e_->loadConstToken(ConstToken::None);
    e_->callMethod(3, 0, 0);
    yieldFrom();
    e_->popJumpIf(false, end);
    e_->popTop();
    e_->loadConstToken(ConstToken::None);
    e_->jump(end);
    e_->adjustStack(2);

    // case 3, return or unwind jump: call __aexit__
    e_->placeLabel(retUnwindJump);
    e_->rotThree();
    e_->rotThree();
    e_->placeLabel(aexitNoExc);
    e_->loadMethod("__aexit__", false);
    e_->loadConstToken(ConstToken::None);
    e_->dupTop();
    e_->dupTop();
    e_->callMethod(3, 0, 0);
    yieldFrom();
    e_->popTop();
    e_->adjustStack(-1);

    e_->placeLabel(end);
    decreaseExceptLevel();
}

} // namespace mpyc
