// Code generator: statements.
#include "codegen/Codegen.h"

#include "frontend/Limits.h"
#include "optimizer/ConstFold.h"

namespace mpyc {

void Codegen::compileStmt(Stmt* s) {
    b_->setLine(s->line);
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
    b_->op(Op::POP_TOP);
}

void Codegen::compileAssign(AssignStmt* s) {
    if (s->targets.size() == 1) {
        compilePlainAssign(s->targets[0], s->value);
        return;
    }
    // a = b = c: evaluate once, store left-most first
    size_t rhs = s->targets.size() - 1;
    compileNode(s->value);
    b_->op(Op::DUP_TOP);
    assign(s->targets[0], AssignKind::Store);
    for (size_t i = 0; i < rhs; ++i) {
        if (i + 1 < rhs) b_->op(Op::DUP_TOP);
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
                b_->op(Op::ROT_THREE);
            }
            b_->op(Op::ROT_TWO);
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
    b_->binaryOp(static_cast<uint8_t>(s->op));
    assign(s->target, AssignKind::AugStore);
}

void Codegen::compileAnnAssign(AnnAssignStmt* s) {
    if (s->value) {
        compilePlainAssign(s->target, s->value);
        return;
    }
    // `x: T` alone declares x local in a function; the annotation is not compiled
    if (cur_->kind == ScopeKind::Function) {
        if (auto* n = s->target->as<NameExpr>()) cur_->findOrAdd(n->id, IdKind::Local);
    }
}

void Codegen::compileDel(Expr* e) {
    if (auto* n = e->as<NameExpr>()) {
        deleteId(n->id);
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
            b_->op(Op::LOAD_NULL);
            b_->op(Op::ROT_THREE);
            b_->op(Op::STORE_SUBSCR);
            return;
        }
        if (auto* attr = last->as<AttrTrailer>()) {
            b_->op(Op::LOAD_NULL);
            b_->op(Op::ROT_TWO);
            b_->opQstr(Op::STORE_ATTR, attr->attr);
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
    b_->unwindJump(label, exceptLevel_ - breakContinueExceptLevel_, isBreak && breakFromFor_);
}

void Codegen::compileReturn(ReturnStmt* s) {
    if (cur_->kind != ScopeKind::Function) {
        error(s, "'return' outside function");
        return;
    }
    if (!s->value) {
        b_->op(Op::LOAD_CONST_NONE);
    } else if (auto* ie = s->value->as<IfExpExpr>()) {
        // return a if c else b: two returns, no jump over the else value
        Label fail = b_->newLabel();
        condJump(ie->test, false, fail);
        compileNode(ie->body);
        b_->op(Op::RETURN_VALUE);
        b_->placeLabel(fail);
        compileNode(ie->orelse);
    } else {
        compileNode(s->value);
    }
    b_->op(Op::RETURN_VALUE);
}

void Codegen::compileRaise(RaiseStmt* s) {
    if (!s->exc) {
        b_->op(Op::RAISE_LAST);
    } else if (s->cause) {
        compileNode(s->exc);
        compileNode(s->cause);
        b_->op(Op::RAISE_FROM);
    } else {
        compileNode(s->exc);
        b_->op(Op::RAISE_OBJ);
    }
}

void Codegen::importName(const Stmt* at, const ImportAlias& alias, llvm::StringRef* base) {
    bool isAs = !alias.asname.empty();
    if (isAs) *base = alias.asname;
    if (alias.dotted.empty()) {
        *base = "";
        b_->opQstr(Op::IMPORT_NAME, "");
        return;
    }
    if (alias.dotted.size() == 1) {
        if (!isAs) *base = alias.dotted[0];
        b_->opQstr(Op::IMPORT_NAME, alias.dotted[0]);
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
    b_->opQstr(Op::IMPORT_NAME, full);
    if (isAs) {
        for (size_t i = 1; i < alias.dotted.size(); ++i)
            b_->opQstr(Op::LOAD_ATTR, alias.dotted[i]);
    }
}

void Codegen::compileImport(ImportStmt* s) {
    for (const ImportAlias& alias : s->names) {
        b_->loadSmallInt(0);         // level 0
        b_->op(Op::LOAD_CONST_NONE); // no fromlist
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
        b_->loadSmallInt(s->level);
        b_->opQstr(Op::LOAD_CONST_STRING, "*");
        b_->opUint(Op::BUILD_TUPLE, 1, 0);
        importName(s, source, &dummy);
        b_->op(Op::IMPORT_STAR);
        return;
    }
    b_->loadSmallInt(s->level);
    for (const ImportAlias& a : s->names)
        b_->opQstr(Op::LOAD_CONST_STRING, a.dotted[0]);
    b_->opUint(Op::BUILD_TUPLE, static_cast<uint32_t>(s->names.size()), 1 - int(s->names.size()));
    importName(s, source, &dummy);
    for (const ImportAlias& a : s->names) {
        b_->opQstr(Op::IMPORT_FROM, a.dotted[0]);
        storeId(a.asname.empty() ? a.dotted[0] : a.asname);
    }
    b_->op(Op::POP_TOP);
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
    Label end = b_->newLabel();
    condJump(s->test, true, end);
    // AssertionError is loaded as a global directly, as CPython does
    b_->opQstr(Op::LOAD_GLOBAL, "AssertionError");
    if (s->msg) {
        compileNode(s->msg);
        b_->call(false, 1, 0, false);
    }
    b_->op(Op::RAISE_OBJ);
    b_->placeLabel(end);
}

void Codegen::compileIf(IfStmt* s) {
    Label end = b_->newLabel();
    // `if <false constant>` compiles nothing; `if <true constant>` compiles only its body
    if (!isConstFalse(s->test)) {
        Label fail = b_->newLabel();
        condJump(s->test, false, fail);
        compileBlock(s->body);
        if (isConstTrue(s->test)) {
            b_->placeLabel(end);
            return;
        }
        if (!s->elifs.empty() || s->hasElse) b_->jump(Op::JUMP, end);
        b_->placeLabel(fail);
    }
    for (const ElifClause& c : s->elifs) {
        if (isConstFalse(c.test)) continue;
        Label fail = b_->newLabel();
        condJump(c.test, false, fail);
        compileBlock(c.body);
        if (isConstTrue(c.test)) {
            b_->placeLabel(end);
            return;
        }
        b_->jump(Op::JUMP, end);
        b_->placeLabel(fail);
    }
    compileBlock(s->orelse);
    b_->placeLabel(end);
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
    Label breakLabel = b_->newLabel();
    Label continueLabel = b_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    if (!isConstFalse(s->test)) {
        Label top = b_->newLabel();
        if (!isConstTrue(s->test)) b_->jump(Op::JUMP, continueLabel);
        b_->placeLabel(top);
        compileBlock(s->body);
        b_->placeLabel(continueLabel);
        condJump(s->test, true, top);
    }
    // break/continue in the else block belong to an outer loop
    endLoop(saved);
    compileBlock(s->orelse);
    b_->placeLabel(breakLabel);
}

// for <name> in range(<start>, <end>[, <step>]) with a constant small-int step compiles
// to a counting loop instead of an iterator.
bool Codegen::compileForRange(ForStmt* s) {
    auto* var = s->target->as<NameExpr>();
    auto* call = s->iter->as<AtomExpr>();
    if (!var || !call || call->isAwait || call->trailers.size() != 1) return false;
    auto* callee = call->atom->as<NameExpr>();
    auto* paren = call->trailers[0]->as<CallTrailer>();
    if (!callee || callee->id != "range" || !paren) return false;
    size_t n = paren->args.size();
    if (n < 1 || n > 3) return false;
    auto plain = [](const Arg& a) { return a.kind == ArgKind::Positional; };
    Expr* start = n >= 2 ? paren->args[0].value : nullptr;
    Expr* end = n >= 2 ? paren->args[1].value : paren->args[0].value;
    int64_t step = 1;
    if (n == 3) {
        const Arg& stepArg = paren->args[2];
        auto* c = stepArg.kind == ArgKind::Positional ? stepArg.value->as<ConstExpr>() : nullptr;
        if (!c || !c->value->isSmallInt(opts_.smallIntBits) || c->value->int64() == 0) return false;
        step = c->value->int64();
    }
    // start and end must be ordinary expressions (no *, ** or keyword)
    if (n >= 2 && !plain(paren->args[0])) return false;
    if (!plain(paren->args[n >= 2 ? 1 : 0])) return false;

    Label breakLabel = b_->newLabel();
    Label continueLabel = b_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    Label top = b_->newLabel();
    Label entry = b_->newLabel();

    auto* endConst = end->as<ConstExpr>();
    bool endOnStack = !(endConst && endConst->value->isSmallInt(opts_.smallIntBits));
    if (endOnStack) compileNode(end);
    if (start) {
        compileNode(start);
    } else {
        b_->loadSmallInt(0);
    }
    b_->jump(Op::JUMP, entry);
    b_->placeLabel(top);
    b_->op(Op::DUP_TOP);
    assign(s->target, AssignKind::Store);
    compileBlock(s->body);
    b_->placeLabel(continueLabel);
    if (n == 3) {
        compileNode(paren->args[2].value);
    } else {
        b_->loadSmallInt(1);
    }
    b_->binaryOp(static_cast<uint8_t>(BinaryOp::InplaceAdd));
    b_->placeLabel(entry);
    if (endOnStack) {
        b_->op(Op::DUP_TOP_TWO);
        b_->op(Op::ROT_TWO);
    } else {
        b_->op(Op::DUP_TOP);
        compileNode(end);
    }
    b_->binaryOp(static_cast<uint8_t>(step >= 0 ? BinaryOp::Less : BinaryOp::More));
    b_->jump(Op::POP_JUMP_IF_TRUE, top);
    endLoop(saved);

    // The loop values are popped before the else block, which may break/continue.
    Label endLabel = 0;
    if (s->hasElse) {
        b_->op(Op::POP_TOP);
        if (endOnStack) b_->op(Op::POP_TOP);
        compileBlock(s->orelse);
        endLabel = b_->newLabel();
        b_->jump(Op::JUMP, endLabel);
        b_->adjustStack(1 + (endOnStack ? 1 : 0));
    }
    b_->placeLabel(breakLabel);
    b_->op(Op::POP_TOP);
    if (endOnStack) b_->op(Op::POP_TOP);
    if (s->hasElse) b_->placeLabel(endLabel);
    return true;
}

void Codegen::compileFor(ForStmt* s) {
    if (compileForRange(s)) return;
    Label breakLabel = b_->newLabel();
    Label continueLabel = b_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    breakFromFor_ = true;
    Label pop = b_->newLabel();
    compileNode(s->iter);
    b_->op(Op::GET_ITER_STACK);
    b_->placeLabel(continueLabel);
    b_->jump(Op::FOR_ITER, pop);
    assign(s->target, AssignKind::Store);
    compileBlock(s->body);
    b_->jump(Op::JUMP, continueLabel);
    b_->placeLabel(pop);
    b_->adjustStack(-4); // the iterator's 4 slots
    endLoop(saved);
    compileBlock(s->orelse);
    b_->placeLabel(breakLabel);
}

void Codegen::increaseExceptLevel(Label label, Op setupOp) {
    b_->jump(setupOp, label);
    exceptLevel_ += 1;
    if (exceptLevel_ > cur_->excStackSize) cur_->excStackSize = exceptLevel_;
}

void Codegen::decreaseExceptLevel() {
    exceptLevel_ -= 1;
    b_->op(Op::END_FINALLY);
}

void Codegen::compileTry(TryStmt* s) {
    if (s->hasFinally) {
        compileTryFinally(s);
    } else {
        compileTryExcept(s);
    }
}

void Codegen::compileTryExcept(TryStmt* s) {
    Label handler = b_->newLabel();
    Label success = b_->newLabel();
    increaseExceptLevel(handler, Op::SETUP_EXCEPT);
    compileBlock(s->body);
    b_->jump(Op::POP_EXCEPT_JUMP, success);
    b_->placeLabel(handler);
    b_->adjustStack(4); // the exception, plus 3 for a possible unwind-jump state

    Label end = b_->newLabel();
    for (size_t i = 0; i < s->handlers.size(); ++i) {
        const ExceptHandler& h = s->handlers[i];
        Label endFinally = b_->newLabel();
        if (!h.type) {
            if (i + 1 != s->handlers.size()) {
                errorAtLine(h.line, h.range, "default 'except' must be last");
                decreaseExceptLevel();
                return;
            }
        } else {
            b_->op(Op::DUP_TOP);
            compileNode(h.type);
            b_->binaryOp(static_cast<uint8_t>(BinaryOp::ExceptionMatch));
            b_->jump(Op::POP_JUMP_IF_FALSE, endFinally);
        }
        bool bound = h.type && !h.name.empty();
        if (!bound) {
            b_->op(Op::POP_TOP);
        } else {
            storeId(h.name);
        }
        // `except E as e:` runs its body in a try/finally that deletes e afterwards
        Label cleanup = 0;
        if (bound) {
            cleanup = b_->newLabel();
            increaseExceptLevel(cleanup, Op::SETUP_FINALLY);
        }
        compileBlock(h.body);
        if (bound) {
            b_->op(Op::LOAD_CONST_NONE);
            b_->placeLabel(cleanup);
            b_->adjustStack(1); // a possible return value
            b_->op(Op::LOAD_CONST_NONE);
            storeId(h.name);
            deleteId(h.name);
            b_->adjustStack(-1);
            decreaseExceptLevel();
        }
        b_->jump(Op::POP_EXCEPT_JUMP, end);
        b_->placeLabel(endFinally);
        b_->adjustStack(1); // the exception is still on the stack here
    }
    decreaseExceptLevel();
    b_->adjustStack(-3);
    b_->placeLabel(success);
    compileBlock(s->orelse);
    b_->placeLabel(end);
}

void Codegen::compileTryFinally(TryStmt* s) {
    Label finallyBlock = b_->newLabel();
    increaseExceptLevel(finallyBlock, Op::SETUP_FINALLY);
    if (s->handlers.empty()) {
        b_->adjustStack(3); // a possible unwind-jump state
        compileBlock(s->body);
        b_->adjustStack(-3);
    } else {
        compileTryExcept(s);
    }
    // None on the stack tells the finally block the try part ended normally.
    b_->op(Op::LOAD_CONST_NONE);
    b_->placeLabel(finallyBlock);
    b_->adjustStack(1); // a possible return value
    compileBlock(s->finalbody);
    b_->adjustStack(-1);
    decreaseExceptLevel();
}

void Codegen::compileWith(WithStmt* s, size_t item) {
    if (item == s->items.size()) {
        compileBlock(s->body);
        return;
    }
    Label end = b_->newLabel();
    const WithItem& w = s->items[item];
    compileNode(w.context);
    increaseExceptLevel(end, Op::SETUP_WITH);
    if (w.target) {
        assign(w.target, AssignKind::Store);
    } else {
        b_->op(Op::POP_TOP);
    }
    compileWith(s, item + 1);
    b_->op(Op::LOAD_CONST_NONE);
    b_->placeLabel(end);
    b_->op(Op::WITH_CLEANUP);
    b_->adjustStack(-4); // cancels WITH_CLEANUP's +2 and SETUP_WITH's +2
    decreaseExceptLevel();
}

void Codegen::awaitObjectMethod(llvm::StringRef method) {
    b_->opQstr(Op::LOAD_METHOD, method);
    b_->call(true, 0, 0, false);
    yieldFrom();
}

void Codegen::compileAsyncFor(ForStmt* s) {
    Label whileElse = b_->newLabel();
    Label tryException = b_->newLabel();
    Label tryElse = b_->newLabel();
    Label tryFinally = b_->newLabel();

    compileNode(s->iter);
    b_->opQstr(Op::LOAD_METHOD, "__aiter__");
    b_->call(true, 0, 0, false);

    Label breakLabel = b_->newLabel();
    Label continueLabel = b_->newLabel();
    LoopState saved = beginLoop(breakLabel, continueLabel);
    b_->placeLabel(continueLabel);
    increaseExceptLevel(tryException, Op::SETUP_EXCEPT);
    b_->op(Op::DUP_TOP);
    awaitObjectMethod("__anext__");
    assign(s->target, AssignKind::Store);
    b_->jump(Op::POP_EXCEPT_JUMP, tryElse);

    b_->placeLabel(tryException);
    b_->adjustStack(4);
    b_->op(Op::DUP_TOP);
    b_->opQstr(Op::LOAD_GLOBAL, "StopAsyncIteration");
    b_->binaryOp(static_cast<uint8_t>(BinaryOp::ExceptionMatch));
    b_->jump(Op::POP_JUMP_IF_FALSE, tryFinally);
    b_->op(Op::POP_TOP);
    b_->jump(Op::POP_EXCEPT_JUMP, whileElse);

    b_->placeLabel(tryFinally);
    b_->adjustStack(1);
    decreaseExceptLevel();
    b_->adjustStack(-3);

    b_->placeLabel(tryElse);
    compileBlock(s->body);
    b_->jump(Op::JUMP, continueLabel);
    endLoop(saved);

    b_->placeLabel(whileElse);
    compileBlock(s->orelse);
    b_->placeLabel(breakLabel);
    b_->op(Op::POP_TOP);
}

void Codegen::compileAsyncWith(WithStmt* s, size_t item) {
    if (item == s->items.size()) {
        compileBlock(s->body);
        return;
    }
    Label finallyBlock = b_->newLabel();
    Label aexitNoExc = b_->newLabel();
    Label retUnwindJump = b_->newLabel();
    Label end = b_->newLabel();

    const WithItem& w = s->items[item];
    compileNode(w.context);
    b_->op(Op::DUP_TOP);
    awaitObjectMethod("__aenter__");
    if (w.target) {
        assign(w.target, AssignKind::Store);
    } else {
        b_->op(Op::POP_TOP);
    }

    increaseExceptLevel(finallyBlock, Op::SETUP_FINALLY);
    b_->adjustStack(3);
    compileAsyncWith(s, item + 1);
    b_->adjustStack(-3);

    // case 1, no exception: fall through to call __aexit__
    b_->op(Op::LOAD_CONST_NONE);
    b_->op(Op::ROT_TWO);
    b_->jump(Op::JUMP, aexitNoExc);
    b_->placeLabel(finallyBlock);
    b_->op(Op::DUP_TOP);
    b_->opQstr(Op::LOAD_GLOBAL, "BaseException");
    b_->binaryOp(static_cast<uint8_t>(BinaryOp::ExceptionMatch));
    b_->jump(Op::POP_JUMP_IF_FALSE, retUnwindJump);

    // case 2, an exception: call __aexit__ and swallow or re-raise it
    b_->op(Op::DUP_TOP);
    b_->op(Op::ROT_THREE);
    b_->op(Op::ROT_TWO);
    b_->opQstr(Op::LOAD_METHOD, "__aexit__");
    b_->op(Op::ROT_THREE);
    b_->op(Op::ROT_THREE);
    b_->op(Op::DUP_TOP);
    b_->opQstr(Op::LOAD_ATTR, "__class__");
    b_->op(Op::ROT_TWO);
    b_->op(Op::LOAD_CONST_NONE);
    b_->call(true, 3, 0, false);
    yieldFrom();
    b_->jump(Op::POP_JUMP_IF_FALSE, end);
    b_->op(Op::POP_TOP);
    b_->op(Op::LOAD_CONST_NONE);
    b_->jump(Op::JUMP, end);
    b_->adjustStack(2);

    // case 3, return or unwind jump: call __aexit__
    b_->placeLabel(retUnwindJump);
    b_->op(Op::ROT_THREE);
    b_->op(Op::ROT_THREE);
    b_->placeLabel(aexitNoExc);
    b_->opQstr(Op::LOAD_METHOD, "__aexit__");
    b_->op(Op::LOAD_CONST_NONE);
    b_->op(Op::DUP_TOP);
    b_->op(Op::DUP_TOP);
    b_->call(true, 3, 0, false);
    yieldFrom();
    b_->op(Op::POP_TOP);
    b_->adjustStack(-1);

    b_->placeLabel(end);
    decreaseExceptLevel();
}

} // namespace mpyc
