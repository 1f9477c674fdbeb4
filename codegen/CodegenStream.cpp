// Code generator: the streaming compile (see Codegen.h), one top-level statement at a time.
//
// Why it gives the reference's bytes without the whole module's AST:
//  - The reference numbers qstrs and constants in first-use order: the scope pass of every
//    scope in list order (the module, then breadth-first as definitions are met), then the
//    emit passes in the same order (a name is first used there: the scope pass only records
//    identifiers). Here each scope's uses are recorded against ids of a side table
//    (DeferredUses) as its statement is compiled, and replayed into the module's tables at
//    the end in that order; the instructions are kept packed with id operands and laid out
//    at the end, when the numbers (and so the operand sizes) are known.
//  - A function's scope depends only on its own statement (closures never reach the module),
//    so its passes can run as soon as its statement is parsed.
//  - One decision of the module's code depends on later statements: a name that any function
//    declares `global`, or a later module-level `global`, is LOAD/STORE/DELETE_GLOBAL rather
//    than _NAME everywhere at module level. The module's _NAME instructions are found by
//    opcode and retargeted at the end (both forms have the same size and stack effect).
//  - Whatever else could differ falls back (false): every error and limit (the full compile
//    reports it with the reference's precedence), native and inline-assembler scopes.
#include "codegen/CodegenStream.h"
#include "bytecode/PackedInts.h"

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
    st.ids.consts.keep = [this](const ConstValue* v) { return ctx_.keep(v); }; // entries outlive the statement
    st.deferredOf.push_back(0);
    const bool deadCode = opts_.target->has(TargetFeature::DeadCodeSuppressed);
    st.moduleScopePass = std::make_unique<BytecodeBuilder>(out.tables, true, opts_.emitLineNumbers(), deadCode);
    st.moduleEmitPass = std::make_unique<BytecodeBuilder>(out.tables, false, opts_.emitLineNumbers(), deadCode);
    st.moduleScopePass->deferNumbering(st.ids, st.moduleUses);
    st.moduleEmitPass->deferNumbering(st.ids, st.moduleUses);
    // module-level code takes about one instruction (2-3 bytes packed) per 10 source bytes
    // (pygen's programs, micropython-lib), so this is room enough for code at the top level only
    st.moduleEmitPass->reservePackedCode(sourceBytes / 2);
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
    std::vector<DeferredUses> uses; // of scopes firstScope.., through both passes
    for (size_t i = firstScope; i < scopes_.size(); ++i) {
        Scope* s = scopes_[i].get();
        if (s->emit != EmitKind::Bytecode) return false;
        const auto index = static_cast<uint32_t>(st.deferred.size());
        st.deferredOf.push_back(index);
        (s->parent == st.module ? st.moduleChildren : st.deferred[st.deferredOf[s->parent->index]].children)
            .push_back(index);
        st.deferred.emplace_back();
        BytecodeBuilder builder(out_->tables, /*scopeOnly=*/true, opts_.emitLineNumbers(), deadCode);
        builder.deferNumbering(st.ids, uses.emplace_back());
        pass_ = Pass::Scope;
        e_ = &builder;
        compileScope(s);
        if (failed()) return false;
        for (IdInfo& id : s->ids())
            if (id.kind == IdKind::GlobalImplicit) s->checkToCloseOver(&id);
    }
    for (size_t i = firstScope; i < scopes_.size(); ++i)
        scopes_[i]->computeLocals();

    // The module's code for these statements, packed at once.
    if (!moduleStatements(Pass::Emit, st.moduleEmitPass.get())) return false;
    st.moduleEmitPass->packCode();

    // The code of the scopes, packed until the end (Stream::Deferred).
    for (size_t i = firstScope; i < scopes_.size(); ++i) {
        Scope* s = scopes_[i].get();
        DeferredUses& u = uses[i - firstScope];
        BytecodeBuilder builder(out_->tables, /*scopeOnly=*/false, opts_.emitLineNumbers(), deadCode);
        builder.deferNumbering(st.ids, u);
        pass_ = Pass::Emit;
        e_ = &builder;
        compileScope(s);
        if (failed()) return false;
        checkEmittedScope(s, builder);
        if (limitError_) return false;
        u.dropRepeats();
        std::vector<uint8_t>& out = st.deferred[st.deferredOf[i]].packed;
        for (const std::vector<uint32_t>* list : {&u.scopePass, &u.emitPass}) {
            packed::put(out, list->size());
            for (uint32_t use : *list)
                packed::put(out, use);
        }
        packed::put(out, i);
        const FunctionSignature sig = signatureOf(s);
        for (uint32_t v : {sig.numLocals, sig.excStackSize, uint32_t(sig.scopeFlags), uint32_t(sig.asyncSignatureFlag),
                           sig.numPosArgs, sig.numKwonlyArgs, sig.numDefPosArgs, uint32_t(sig.cells.size())})
            packed::put(out, v);
        out.insert(out.end(), sig.cells.begin(), sig.cells.end());
        builder.pack(out);
        out.shrink_to_fit();
    }

    // Past the qstr limit (checkQstrTable) the module is an error: stop at once (the module's
    // table will hold every id's text).
    if (st.ids.qstrs.nonStaticCount() > limits::kMaxQstrNumber - kLastStaticQstr) return false;

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
        for (uint32_t child : st.deferred[order[i]].children)
            order.push_back(child);

    // Replay every first use into the module's tables: the scope passes', then the emit passes'.
    auto replay = [&](llvm::ArrayRef<uint32_t> uses) {
        for (uint32_t u : uses) {
            if (u & 1)
                out_->tables.consts.use(st.ids.consts.entries()[u >> 1]);
            else
                out_->tables.qstrs.use(st.ids.qstrs.entries()[u >> 1]);
        }
    };
    auto replayPacked = [&](const std::vector<uint8_t>& in, bool emitPass) {
        size_t pos = 0;
        for (int list = 0; list < 2; ++list) {
            size_t n = packed::get(in, pos);
            for (size_t k = 0; k < n; ++k) {
                auto u = static_cast<uint32_t>(packed::get(in, pos));
                if (list == int(emitPass)) replay(u);
            }
        }
    };
    st.ids.qstrs.dropIndex(); // no more ids: only their texts and values are read from here on
    st.ids.consts.dropIndex();
    st.moduleUses.dropRepeats();
    replay(st.moduleUses.scopePass);
    for (uint32_t i : order)
        replayPacked(st.deferred[i].packed, false);
    replay(st.moduleUses.emitPass);
    for (uint32_t i : order)
        replayPacked(st.deferred[i].packed, true);
    st.moduleUses = DeferredUses();

    // Each id's number (nothing new is numbered: every use was replayed); the ids go.
    const size_t qstrs = out_->tables.qstrs.size(), consts = out_->tables.consts.size();
    std::vector<uint32_t> qstrMap, constMap;
    qstrMap.reserve(st.ids.qstrs.size());
    for (llvm::StringRef q : st.ids.qstrs.entries())
        qstrMap.push_back(out_->tables.qstrs.use(q));
    constMap.reserve(st.ids.consts.size());
    for (const ConstValue* c : st.ids.consts.entries())
        constMap.push_back(out_->tables.consts.use(c));
    st.moduleEmitPass->resolveNumbering(qstrMap, constMap);
    st.ids = ModuleTables();
    out_->tables.qstrs.dropIndex(); // numbered: what follows only reads the tables
    out_->tables.consts.dropIndex();

    // Lay the scopes out, the module last: its code is the largest, and the others' packed
    // code is gone by then.
    const bool deadCode = opts_.target->has(TargetFeature::DeadCodeSuppressed);
    for (uint32_t i : order) {
        std::vector<uint8_t>& in = st.deferred[i].packed;
        size_t pos = 0;
        for (int list = 0; list < 2; ++list) {
            size_t n = packed::get(in, pos);
            for (size_t k = 0; k < n; ++k)
                packed::get(in, pos);
        }
        RawCode* rc = rawCodeOf_[packed::get(in, pos)];
        FunctionSignature sig;
        sig.numLocals = static_cast<uint32_t>(packed::get(in, pos));
        sig.excStackSize = static_cast<uint32_t>(packed::get(in, pos));
        sig.scopeFlags = static_cast<uint16_t>(packed::get(in, pos));
        sig.asyncSignatureFlag = packed::get(in, pos) != 0;
        sig.numPosArgs = static_cast<uint32_t>(packed::get(in, pos));
        sig.numKwonlyArgs = static_cast<uint32_t>(packed::get(in, pos));
        sig.numDefPosArgs = static_cast<uint32_t>(packed::get(in, pos));
        sig.cells.resize(packed::get(in, pos));
        for (uint8_t& c : sig.cells)
            c = in[pos++];
        BytecodeBuilder builder(out_->tables, /*scopeOnly=*/false, opts_.emitLineNumbers(), deadCode);
        builder.unpack(in, pos);
        std::vector<uint8_t>().swap(in);
        builder.resolveNumbering(qstrMap, constMap);
        rc->funData = builder.finish(sig, &rc->layout);
        if (builder.overflowed()) return false;
        rc->children.assign(builder.children().begin(), builder.children().end());
        rc->scopeFlags = sig.scopeFlags;
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
