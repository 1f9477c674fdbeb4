// Code generator: the streaming compile (see Codegen.h), one top-level statement at a time.
//
// Why it gives the reference's bytes without the whole module's AST:
//  - The reference numbers qstrs and constants in first-use order: the scope pass of every
//    scope in list order (the module, then breadth-first as definitions are met), then the
//    emit passes in the same order (a name is first used there: the scope pass only records
//    identifiers). Here each scope's uses are recorded against ids of a side table
//    (DeferredUses) as its statement is compiled, and replayed into the module's tables at
//    the end in that order; the instructions are kept with id operands and laid out at the
//    end, when the numbers (and so the operand sizes) are known.
//  - A function's scope depends only on its own statement (closures never reach the module),
//    so its passes can run as soon as its statement is parsed.
//  - One decision of the module's code depends on later statements: a name that any function
//    declares `global`, or a later module-level `global`, is LOAD/STORE/DELETE_GLOBAL rather
//    than _NAME everywhere at module level. The module's _NAME instructions are recorded and
//    retargeted at the end (both forms have the same size and stack effect).
//  - Whatever else could differ falls back (false): every error and limit (the full compile
//    reports it with the reference's precedence), native and inline-assembler scopes.
#include "codegen/CodegenStream.h"

#include "frontend/Limits.h"

namespace mpyc {


void Codegen::deferExplicitGlobal(llvm::StringRef name) { stream_->explicitGlobals.push_back(name); }

bool Codegen::beginStream(CompiledModule& out, size_t sourceBytes) {
    startModule(out);
    if (out.mpyVersion != 6 || emitOpts_.defaultEmit != EmitKind::Bytecode) return false;
    stream_ = std::make_unique<Stream>();
    Stream& st = *stream_;
    // the module's line is known at the end (it depends on the number of statements)
    st.module = newScope(ScopeKind::Module, "<module>", nullptr, 1);
    st.module->keepNamesIn(ctx_);
    st.deferredOf.push_back(0);
    const bool deadCode = opts_.target->has(TargetFeature::DeadCodeSuppressed);
    st.moduleScopePass = std::make_unique<BytecodeBuilder>(out.tables, true, opts_.emitLineNumbers(), deadCode);
    st.moduleEmitPass = std::make_unique<BytecodeBuilder>(out.tables, false, opts_.emitLineNumbers(), deadCode);
    st.moduleScopePass->deferNumbering(st.ids, st.moduleUses);
    st.moduleEmitPass->deferNumbering(st.ids, st.moduleUses);
    st.moduleEmitPass->recordNameOps();
    // module-level code takes about one instruction per 10 source bytes (pygen's programs,
    // micropython-lib), so this is room enough for code at the top level only
    st.moduleEmitPass->reserveCode(sourceBytes / 4);
    FunctionSignature sig;
    sig.simpleName = st.module->simpleName;
    st.moduleScopePass->begin(sig);
    st.moduleEmitPass->begin(sig);
    return true;
}

bool Codegen::streamStatements(llvm::ArrayRef<Stmt*> stmts) {
    Stream& st = *stream_;
    const size_t firstScope = scopes_.size();
    const bool deadCode = opts_.target->has(TargetFeature::DeadCodeSuppressed);
    auto moduleStatements = [&](Pass pass, BytecodeBuilder* builder) {
        pass_ = pass;
        cur_ = st.module;
        e_ = builder;
        exceptLevel_ = 0;
        for (Stmt* s : stmts) {
            compileStmt(s);
            if (failed() || limitError_) return false;
        }
        return true;
    };

    // The module's scope pass over these statements, then the scope passes of the scopes
    // they define, breadth-first as the list grows.
    if (!moduleStatements(Pass::Scope, st.moduleScopePass.get())) return false;
    for (size_t i = firstScope; i < scopes_.size(); ++i) {
        Scope* s = scopes_[i].get();
        if (s->emit != EmitKind::Bytecode) return false;
        auto d = std::make_unique<Stream::Deferred>();
        const auto index = static_cast<uint32_t>(st.deferred.size());
        st.deferredOf.push_back(index);
        (s->parent == st.module ? st.moduleChildren : st.deferred[st.deferredOf[s->parent->index]]->children)
            .push_back(index);
        BytecodeBuilder builder(out_->tables, /*scopeOnly=*/true, opts_.emitLineNumbers(), deadCode);
        builder.deferNumbering(st.ids, d->uses);
        st.deferred.push_back(std::move(d));
        pass_ = Pass::Scope;
        e_ = &builder;
        compileScope(s);
        if (failed()) return false;
        for (IdInfo& id : s->ids())
            if (id.kind == IdKind::GlobalImplicit) s->checkToCloseOver(&id);
    }
    for (size_t i = firstScope; i < scopes_.size(); ++i)
        scopes_[i]->computeLocals();

    // The module's code for these statements.
    if (!moduleStatements(Pass::Emit, st.moduleEmitPass.get())) return false;

    // The code of the scopes, kept until the end.
    for (size_t i = firstScope; i < scopes_.size(); ++i) {
        Scope* s = scopes_[i].get();
        Stream::Deferred& d = *st.deferred[st.deferredOf[i]];
        d.builder = std::make_unique<BytecodeBuilder>(out_->tables, /*scopeOnly=*/false, opts_.emitLineNumbers(), deadCode);
        d.builder->deferNumbering(st.ids, d.uses);
        pass_ = Pass::Emit;
        e_ = d.builder.get();
        compileScope(s);
        if (failed()) return false;
        checkEmittedScope(s, *d.builder);
        if (limitError_) return false;
        d.sig = signatureOf(s);
        d.rc = rawCodeOf_[i];
        d.scopeFlags = s->scopeFlags;
        d.uses.dropRepeats();
        d.builder->compact();
    }

    // The statements' scopes are done: the caller frees their nodes.
    for (size_t i = firstScope; i < scopes_.size(); ++i) {
        scopeOfNode_.erase(scopes_[i]->node);
        scopes_[i].reset();
    }
    cur_ = st.module;
    return true;
}

bool Codegen::endStream(uint32_t moduleLine) {
    Stream& st = *stream_;
    Scope* module = st.module;
    module->line = moduleLine;
    rawCodeOf_[0]->line = moduleLine;

    // The module's last instructions, in both passes.
    cur_ = module;
    for (auto [pass, builder] : {std::pair{Pass::Scope, st.moduleScopePass.get()}, std::pair{Pass::Emit, st.moduleEmitPass.get()}}) {
        pass_ = pass;
        e_ = builder;
        e_->loadConstToken(ConstToken::None);
        e_->returnValue();
    }
    for (llvm::StringRef name : st.explicitGlobals)
        if (IdInfo* g = module->find(name)) g->kind = IdKind::GlobalExplicit;
    module->computeLocals();
    st.moduleEmitPass->retargetNameOps([&](llvm::StringRef name) {
        IdInfo* id = module->find(name);
        return id && id->kind == IdKind::GlobalExplicit;
    });
    checkEmittedScope(module, *st.moduleEmitPass);
    if (limitError_) return false;
    st.moduleScopePass.reset();

    // The scopes in the reference's order: breadth-first, children in the order met.
    std::vector<uint32_t> order(st.moduleChildren);
    for (size_t i = 0; i < order.size(); ++i)
        for (uint32_t child : st.deferred[order[i]]->children)
            order.push_back(child);
    auto replay = [&](const std::vector<uint32_t>& uses) {
        for (uint32_t u : uses) {
            if (u & 1)
                out_->tables.consts.use(st.ids.consts.entries()[u >> 1]);
            else
                out_->tables.qstrs.use(st.ids.qstrs.entries()[u >> 1]);
        }
    };
    st.moduleUses.dropRepeats();
    replay(st.moduleUses.scopePass);
    for (uint32_t i : order)
        replay(st.deferred[i]->uses.scopePass);
    replay(st.moduleUses.emitPass);
    for (uint32_t i : order)
        replay(st.deferred[i]->uses.emitPass);

    // Renumber every operand (nothing new is numbered: every use was replayed), then lay the
    // scopes out, the module last: its code is the largest, and the others' instruction lists
    // are gone by then.
    const size_t qstrs = out_->tables.qstrs.size(), consts = out_->tables.consts.size();
    st.moduleEmitPass->resolveNumbering(out_->tables);
    for (uint32_t i : order)
        st.deferred[i]->builder->resolveNumbering(out_->tables);
    st.ids = ModuleTables();
    for (uint32_t i : order) {
        Stream::Deferred& d = *st.deferred[i];
        d.rc->funData = d.builder->finish(d.sig, &d.rc->layout);
        if (d.builder->overflowed()) return false;
        d.rc->children.assign(d.builder->children().begin(), d.builder->children().end());
        d.rc->scopeFlags = d.scopeFlags;
        st.deferred[i].reset();
    }
    RawCode* rc = rawCodeOf_[0];
    rc->funData = st.moduleEmitPass->finish(signatureOf(module), &rc->layout);
    if (st.moduleEmitPass->overflowed()) return false;
    rc->children.assign(st.moduleEmitPass->children().begin(), st.moduleEmitPass->children().end());
    rc->scopeFlags = module->scopeFlags;
    st.moduleEmitPass.reset();
    // every use was replayed, so nothing new is numbered here
    if (out_->tables.qstrs.size() != qstrs || out_->tables.consts.size() != consts) return false;
    // the qstr limit (checkQstrTable) on the whole module's table
    if (out_->tables.qstrs.nonStaticCount() > limits::kMaxQstrNumber - kLastStaticQstr) return false;
    return !failed() && !limitError_;
}

} // namespace mpyc
