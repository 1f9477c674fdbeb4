// Code generator driver: the two passes over all scopes, identifier resolution, errors,
// and the per-scope prologue/epilogue.
#include "codegen/Codegen.h"
#include "bytecode/BytecodeBuilder.h"
#include "codegen/CodegenStream.h"
#include "native/InlineAsm.h"
#include "native/NativeEmitter.h"
#include "native/NativeTargets.h"

#include "frontend/Limits.h"

#include <cassert>

namespace mpyc {

Codegen::Codegen(AstContext& ctx, const CompileOptions& opts, const EmitterOptions& emitOpts,
                 llvm::StringRef sourceName)
    : ctx_(ctx), opts_(opts), emitOpts_(emitOpts), sourceName_(sourceName.str()) {
    std::string arch = emitOpts.arch;
    if (arch == "host") {
        // mpy-cross's host is the machine it was built for
#if defined(__x86_64__)
        arch = "x64";
#elif defined(__i386__)
        arch = "x86";
#endif
    }
    if (emitOpts.haveNativeArch) nativeTarget_ = findNativeTarget(arch);
}

Codegen::~Codegen() = default;

Scope* Codegen::newScope(ScopeKind kind, llvm::StringRef name, Node* node, uint32_t line) {
    auto s = std::make_unique<Scope>(kind, cur_, name, node, line);
    s->index = static_cast<uint32_t>(scopes_.size());
    s->emit = cur_ ? cur_->emit : emitOpts_.defaultEmit;
    Scope* raw = s.get();
    scopes_.push_back(std::move(s));
    scopeOfNode_[node] = raw;
    auto rc = std::make_unique<RawCode>();
    rc->simpleName = name.str();
    rc->line = line;
    rawCodeOf_.push_back(rc.get());
    out_->rawCodes.push_back(std::move(rc));
    return raw;
}

Scope* Codegen::scopeOf(const Node* node) const {
    auto it = scopeOfNode_.find(node);
    assert(it != scopeOfNode_.end());
    return it->second;
}

void Codegen::startModule(CompiledModule& out) {
    out_ = &out;
    out.smallIntBits = opts_.smallIntBits;
    out.floatText = opts_.target->has(TargetFeature::FloatReprShortest) ? FloatTextStyle::Shortest
                    : opts_.target->has(TargetFeature::FloatTextPowerOfTen) ? FloatTextStyle::Digits16Pow
                                                                            : FloatTextStyle::Digits16Table;
    out.archFlags = emitOpts_.archFlags;
    out.headerMagic = opts_.target->headerMagic;
    const bool mpyV5 = !opts_.target->has(TargetFeature::MpyV6Bytecode);
    out.mpyVersion = mpyV5 ? 5 : 6;
    out.v5StrUnicode = opts_.strUnicode;
    // The source name is always the first qstr.
    out.tables.qstrs.use(sourceName_);
}

std::optional<Diagnostic> Codegen::compile(Module* module, CompiledModule& out) {
    startModule(out);
    const bool mpyV5 = out.mpyVersion == 5;

    uint32_t moduleLine = module->body.mpContainer || module->body.empty() ? 1 : module->body.stmts[0]->line;
    newScope(ScopeKind::Module, "<module>", module, moduleLine);

    // Scope pass, over a list that grows as definitions are met.
    pass_ = Pass::Scope;
    for (size_t i = 0; i < scopes_.size() && !failed(); ++i) {
        Scope* s = scopes_[i].get();
        BytecodeBuilder builder(out.tables, /*scopeOnly=*/true, opts_.emitLineNumbers(),
                                opts_.target->has(TargetFeature::DeadCodeSuppressed), mpyV5);
        e_ = &builder;
        if (s->emit == EmitKind::Asm) {
            // an inline-assembler body is not Python: no identifiers, no qstrs
            cur_ = s;
            compileAsmScope(s, AsmPass::Scope);
        } else {
            compileScope(s);
        }
        if (failed()) {
            if (error_->line == 0) error_->line = s->line;
            error_->block = s->simpleName.str();
            return error_;
        }
        for (IdInfo& id : s->ids())
            if (id.kind == IdKind::GlobalImplicit) s->checkToCloseOver(&id);
    }
    for (auto& s : scopes_)
        s->computeLocals();

    // Emit pass.
    pass_ = Pass::Emit;
    for (auto& sp : scopes_) {
        Scope* s = sp.get();
        if (s->emit == EmitKind::Native || s->emit == EmitKind::Viper) {
            if (!nativeTarget_ || !nativeTarget_->hasNativeEmitter) {
                Diagnostic d;
                d.errorClass = "NotImplementedError";
                d.message = "cannot emit native code for this architecture";
                d.hasTraceback = false;
                return d;
            }
            if (!nativeTarget_->implemented) {
                Diagnostic d;
                d.errorClass = "NotImplementedError";
                d.message = std::string("mpyc does not emit native code for ") + nativeTarget_->name + " yet";
                d.hint = "mpyc emits @micropython.native and @micropython.viper code for x64 and x86 so far; the other "
                         "architectures follow";
                d.line = s->line;
                d.block = s->simpleName.str();
                return d;
            }
            if (!compileNativeScope(s, rawCodeOf_[s->index])) {
                if (error_->line == 0 && error_->hasTraceback) error_->line = s->line;
                error_->block = s->simpleName.str();
                return error_;
            }
            continue;
        }
        if (s->emit == EmitKind::Asm) {
            if (!nativeTarget_ || !inlineAssembler()) {
                Diagnostic d;
                d.errorClass = "NotImplementedError";
                d.message = std::string("mpyc does not emit inline assembler for ") +
                            (nativeTarget_ ? nativeTarget_->name : "this architecture") + " yet";
                d.hint = "mpyc has @micropython.asm_thumb so far; asm_xtensa and asm_rv32 follow";
                d.line = s->line;
                d.block = s->simpleName.str();
                return d;
            }
            cur_ = s;
            unsigned sizing = inlineAssembler()->sizingPasses();
            compileAsmScope(s, AsmPass::CodeSize);
            for (unsigned i = 1; i < sizing; ++i) {
                if (failed()) {
                    // the reference runs its second sizing pass even so; it stops at once,
                    // giving the error the def's line
                    if (error_->hasTraceback && !fatal_) error_->line = s->line;
                    break;
                }
                compileAsmScope(s, AsmPass::CodeSize);
            }
            if (!failed()) compileAsmScope(s, AsmPass::Emit);
            if (failed()) {
                if (error_->line == 0 && error_->hasTraceback) error_->line = s->line;
                error_->block = s->simpleName.str();
                return error_;
            }
            continue;
        }
        BytecodeBuilder builder(out.tables, /*scopeOnly=*/false, opts_.emitLineNumbers(),
                                opts_.target->has(TargetFeature::DeadCodeSuppressed), mpyV5);
        e_ = &builder;
        compileScope(s);
        RawCode* rc = rawCodeOf_[s->index];
        FunctionSignature sig = signatureOf(s);
        checkEmittedScope(s, builder);
        rc->funData = builder.finish(sig, &rc->layout);
        if (builder.overflowed()) {
            Diagnostic d;
            d.errorClass = "RuntimeError";
            d.message = "bytecode overflow";
            d.hasTraceback = false; // raised by the reference's emitter, outside the compiler's tracebacks
            d.line = s->line;
            d.hint = "a jump in '" + s->simpleName.str() +
                     "' spans more than 16 KB of bytecode; split the function or loop into smaller ones";
            return d;
        }
        rc->children.assign(builder.children().begin(), builder.children().end());
        if (mpyV5) {
            rc->v5ArgNames.assign(builder.argNameQstrs().begin(), builder.argNameQstrs().end());
            rc->v5Objects.assign(builder.v5Objects().begin(), builder.v5Objects().end());
        }
        rc->scopeFlags = s->scopeFlags;
    }
    return limitError_;
}

void Codegen::checkEmittedScope(const Scope* s, const BytecodeBuilder& builder) {
    // The .mpy format stores a cell's local slot, and the number of variables a closure
    // captures, in one byte each (the reference aborts on an assertion here).
    for (const IdInfo& id : s->ids()) {
        if (id.kind == IdKind::Cell && id.localNum > limits::kMaxCellLocal) {
            limitExceeded(s->line, s->kind == ScopeKind::Module ? SourceRange{} : s->node->range,
                          "too many local variables: '" + id.name.str() +
                              "' is used by an inner function but is local number " + std::to_string(id.localNum) +
                              ", and the .mpy format can only make locals 0.." +
                              std::to_string(limits::kMaxCellLocal) + " into cells",
                          "define the variables that inner functions use first, or pass them as arguments");
            break;
        }
    }
    if (builder.closureTooLarge())
        limitExceeded(s->line, SourceRange{},
                      "a function captures more than " + std::to_string(limits::kMaxClosedOver) +
                          " variables of enclosing functions, which the .mpy format cannot encode",
                      "pass the values as arguments, or keep them in one list or object");
    checkFrameSize(s, builder.maxStack(), builder.maxStackLine());
}

std::string Codegen::nativeListing() const { return native_ ? native_->listing() : std::string(); }

NativeEmitter& Codegen::nativeEmitter() {
    if (!native_) {
        // one emitter for every native scope of the module, as in the reference
        NativeErrors errors;
        errors.viperTypeError = [this](std::string m) { viperTypeError(std::move(m)); };
        errors.notImplemented = [this](std::string m) { nativeNotImplemented(std::move(m)); };
        errors.fatal = [this](const char* errorClass, std::string m) {
            if (fatal_) return;
            nativeNotImplemented(std::move(m));
            error_->errorClass = errorClass;
        };
        native_ = std::make_unique<NativeEmitter>(makeNativeAsm(*nativeTarget_, emitOpts_.archFlags), out_->tables, ctx_.consts(),
                                                  std::move(errors));
        out_->nativeArch = nativeTarget_->mpyArch;
    }
    return *native_;
}

bool Codegen::compileNativeScope(Scope* s, RawCode* rc) {
    NativeEmitter& ne = nativeEmitter();
    NativeScope ns;
    ns.viper = s->emit == EmitKind::Viper;
    for (Scope* q = s; q; q = q->parent) {
        ns.qualifiedName = q == s ? q->simpleName.str() : q->simpleName.str() + "." + ns.qualifiedName;
        if (!q->parent || q->parent->simpleName == "<module>") break;
    }
    if (ns.viper) {
        for (const IdInfo& id : s->ids())
            if (id.flags & IdIsParam) ns.paramTypes.push_back({id.localNum, static_cast<uint8_t>(id.flags >> kIdViperTypePos)});
    }
    ne.startScope(ns);
    for (NativeEmitter::Pass pass : {NativeEmitter::Pass::StackSize, NativeEmitter::Pass::CodeSize,
                                     NativeEmitter::Pass::Emit}) {
        ne.setPass(pass);
        e_ = &ne;
        compileScope(s);
        if (failed()) return false;
        ne.endPass();
        s->scopeFlags = ne.scopeFlags(); // GENERATOR and HASCONSTS, as the emitter found them
    }
    if (ne.layoutChanged()) {
        // mpy-cross would abort on its label assertion; never write code whose branches are off
        nativeNotImplemented("internal error: native code changed size between passes");
        return false;
    }
    rc->kind = ns.viper ? RawCodeKind::NativeViper : RawCodeKind::NativePy;
    rc->funData = ne.code();
    rc->preludeOffset = ne.preludeOffset();
    rc->children.assign(ne.children().begin(), ne.children().end());
    rc->scopeFlags = s->scopeFlags;
    rc->layout = {};
    rc->layout.nState = ne.nState();
    return true;
}

void Codegen::viperTypeError(std::string message) {
    if (fatal_) return;
    // The reference overwrites its error object but keeps the error's line (a separate
    // field, set once, by the first statement list that sees an error): the message is the
    // last error's, the line the first's.
    Diagnostic d;
    if (error_) {
        d.line = error_->line;
        d.range = error_->range;
        d.hasRange = error_->hasRange;
    }
    d.errorClass = "ViperTypeError";
    d.message = std::move(message);
    error_ = d;
}

void Codegen::nativeNotImplemented(std::string message) {
    if (fatal_) return;
    Diagnostic d;
    d.errorClass = "NotImplementedError";
    d.message = std::move(message);
    d.hasTraceback = false;
    error_ = d;
    fatal_ = true;
}

FunctionSignature Codegen::signatureOf(Scope* s) const {
    FunctionSignature sig;
    sig.simpleName = s->simpleName;
    sig.numLocals = s->numLocals;
    sig.excStackSize = s->excStackSize;
    sig.scopeFlags = s->scopeFlags;
    sig.asyncSignatureFlag = (s->scopeFlags & ScopeAsync) && opts_.target->has(TargetFeature::AsyncScopeFlag);
    sig.numPosArgs = s->numPosArgs;
    sig.numKwonlyArgs = s->numKwonlyArgs;
    sig.numDefPosArgs = s->numDefPosArgs;
    for (const IdInfo& id : s->ids())
        if (id.kind == IdKind::Cell) sig.cells.push_back(static_cast<uint8_t>(id.localNum));
    return sig;
}

void Codegen::compileScope(Scope* s) {
    cur_ = s;
    exceptLevel_ = 0;
    // The prelude names: in the scope pass the parameters are not known yet.
    FunctionSignature sig;
    if (pass_ == Pass::Emit) {
        sig = signatureOf(s);
        uint32_t n = s->numPosArgs + s->numKwonlyArgs;
        sig.argNames.assign(n, "*");
        for (const IdInfo& id : s->ids())
            if ((id.flags & IdIsParam) && id.localNum < n) sig.argNames[id.localNum] = id.name;
    } else {
        s->excStackSize = 0;
        sig.simpleName = s->simpleName;
    }
    e_->begin(sig);

    switch (s->kind) {
    case ScopeKind::Module:
        compileBlock(static_cast<Module*>(s->node)->body);
        e_->loadConstToken(ConstToken::None);
        e_->returnValue();
        break;
    case ScopeKind::Function: {
        auto* f = static_cast<FunctionDefStmt*>(s->node);
        if (pass_ == Pass::Scope) {
            haveStar_ = false;
            for (const Param& p : f->params)
                scopeParam(p);
            if (s->emit == EmitKind::Viper)
                s->scopeFlags |= static_cast<uint16_t>(viperAnnotation(f->returns, f->line) << kScopeViperRetPos);
        }
        compileBlock(f->body);
        if (!afterReturn()) {
            e_->loadConstToken(ConstToken::None);
            e_->returnValue();
        }
        break;
    }
    case ScopeKind::Lambda: {
        auto* l = static_cast<LambdaExpr*>(s->node);
        e_->setLine(l->line);
        if (pass_ == Pass::Scope) {
            haveStar_ = false;
            for (const Param& p : l->params)
                scopeParam(p);
        }
        compileNode(l->body);
        // a generator lambda returns None, not its expression's value
        if (s->scopeFlags & ScopeGenerator) {
            e_->popTop();
            e_->loadConstToken(ConstToken::None);
        }
        e_->returnValue();
        break;
    }
    case ScopeKind::ListComp:
    case ScopeKind::DictComp:
    case ScopeKind::SetComp:
    case ScopeKind::GenExpr: {
        auto* c = static_cast<ComprehensionExpr*>(s->node);
        // the iterator argument is named '' (it can't clash with a real name)
        if (pass_ == Pass::Scope) {
            s->findOrAdd("", IdKind::Local);
            s->numPosArgs = 1;
        }
        e_->setLine(c->scopeLine);
        if (s->kind == ScopeKind::ListComp) {
            e_->build(0, BuildKind::List);
        } else if (s->kind == ScopeKind::DictComp) {
            e_->build(0, BuildKind::Map);
        } else if (s->kind == ScopeKind::SetComp) {
            e_->build(0, BuildKind::Set);
        }
        if (s->kind == ScopeKind::GenExpr) {
            // 4 iterator slots, the first NULL to say the second is the iterator object
            e_->loadNull();
            loadId("");
            e_->loadNull();
            e_->loadNull();
        } else {
            loadId("");
            e_->getIter(true);
        }
        compileCompIter(s, c, 0, 0);
        if (s->kind == ScopeKind::GenExpr) e_->loadConstToken(ConstToken::None);
        e_->returnValue();
        break;
    }
    case ScopeKind::Class: {
        auto* c = static_cast<ClassDefStmt*>(s->node);
        if (pass_ == Pass::Scope) s->findOrAdd("__class__", IdKind::Local);
        loadId("__name__");
        storeId("__module__");
        e_->loadConstStr(c->name);
        storeId("__qualname__");
        compileBlock(c->body);
        IdInfo* id = s->find("__class__");
        if (id->kind == IdKind::Local) {
            e_->loadConstToken(ConstToken::None);
        } else {
            e_->loadLocal(id->name, id->localNum, LocalKind::Fast);
        }
        e_->returnValue();
        break;
    }
    }
}

void Codegen::compileBlock(const Block& block) {
    for (Stmt* s : block.stmts) {
        compileStmt(s);
        if (failed() && block.mpContainer) {
            // the reference's statement lists stop at an error and give it their child's line
            noteErrorLine(s);
            return;
        }
    }
}

bool Codegen::isStruct(const Node* n) const {
    if (!n) return false;
    switch (n->kind) {
    case NodeKind::Name:
    case NodeKind::DebugConst:
        return false;
    case NodeKind::Const: {
        auto* c = n->as<ConstExpr>();
        const ConstValue* v = c->value;
        switch (v->kind) {
        case ConstKind::Int: // a parse node's small int: the target's range, the host's before v1.19
            return !isParseNodeSmallInt(v);
        case ConstKind::Str:
            return c->forceObject || !c->internedStr;
        case ConstKind::Bytes: // a leaf when interned, before v1.19 (BytesAreConstObjects)
            return c->forceObject || opts_.target->has(TargetFeature::BytesAreConstObjects) || !c->internedStr;
        case ConstKind::None:
        case ConstKind::True:
        case ConstKind::False:
        case ConstKind::Ellipsis:
            return c->forceObject;
        default:
            return true;
        }
    }
    default:
        return true;
    }
}

// What the reference's MP_PARSE_NODE_IS_SMALL_INT says of an int constant: it fits the
// target's small int (v1.19, ParserChecksSmallIntBits), or before, mpy-cross's own (63 bits).
bool Codegen::isParseNodeSmallInt(const ConstValue* v) const {
    return v->kind == ConstKind::Int &&
           v->isSmallInt(opts_.target->has(TargetFeature::ParserChecksSmallIntBits) ? opts_.smallIntBits : 63);
}

void Codegen::compileNode(Expr* e) {
    if (!e) return;
    if (isStruct(e)) e_->setLine(e->line);
    switch (e->kind) {
    case NodeKind::Name:
        loadId(e->as<NameExpr>()->id());
        break;
    case NodeKind::Const:
        compileConst(e->as<ConstExpr>());
        break;
    case NodeKind::DebugConst:
        e_->loadConstToken(opts_.debugValue() ? ConstToken::True : ConstToken::False);
        break;
    case NodeKind::Tuple:
        compileTuple(e->as<TupleExpr>());
        break;
    case NodeKind::List:
        compileList(e->as<ListExpr>());
        break;
    case NodeKind::Brace:
        compileBrace(e->as<BraceExpr>());
        break;
    case NodeKind::DictItem: {
        auto* d = e->as<DictItemExpr>();
        compileNode(d->value);
        compileNode(d->key);
        break;
    }
    case NodeKind::Comprehension:
        compileComprehension(e->as<ComprehensionExpr>());
        break;
    case NodeKind::AtomExpr:
        compileAtomExpr(e->as<AtomExpr>());
        break;
    case NodeKind::Slice:
        compileSlice(e->as<SliceExpr>());
        break;
    case NodeKind::Unary: {
        auto* u = e->as<UnaryExpr>();
        compileNode(u->operand);
        e_->unaryOp(static_cast<uint8_t>(u->op));
        break;
    }
    case NodeKind::Binary:
        compileBinary(e->as<BinaryExpr>());
        break;
    case NodeKind::Not:
        compileNode(e->as<NotExpr>()->operand);
        e_->unaryOp(static_cast<uint8_t>(UnaryOp::Not));
        break;
    case NodeKind::BoolOp:
        compileBoolOp(e->as<BoolOpExpr>());
        break;
    case NodeKind::Compare:
        compileCompare(e->as<CompareExpr>());
        break;
    case NodeKind::IfExp:
        compileIfExp(e->as<IfExpExpr>());
        break;
    case NodeKind::Lambda:
        compileLambda(e->as<LambdaExpr>());
        break;
    case NodeKind::NamedExpr: {
        auto* n = e->as<NamedExprExpr>();
        compileNamedExpr(n, n->target, n->value);
        break;
    }
    case NodeKind::Star:
        error(e, "*x must be assignment target");
        break;
    case NodeKind::Yield:
        compileYield(e->as<YieldExpr>());
        break;
    default:
        assert(false && "not an expression");
        break;
    }
}

// --- identifiers -------------------------------------------------------------------------

IdInfo* Codegen::idForModification(Scope* s, llvm::StringRef name) {
    IdInfo* id = s->findOrAdd(name, IdKind::GlobalImplicit);
    if (id->kind == IdKind::GlobalImplicit) {
        // assigned in a function: a local; at module/class level: never closed over (v1.19,
        // ClassAssignedNotClosed; before, it stayed an implicit global that an inner function
        // could close over)
        if (isFuncLike(s->kind))
            id->kind = IdKind::Local;
        else if (opts_.target->has(TargetFeature::ClassAssignedNotClosed))
            id->kind = IdKind::GlobalImplicitAssigned;
    }
    return id;
}

Codegen::IdAccess Codegen::accessOf(llvm::StringRef name) const {
    IdInfo* id = cur_->find(name);
    assert(id);
    switch (id->kind) {
    case IdKind::GlobalImplicit:
    case IdKind::GlobalImplicitAssigned: return {id, true, GlobalKind::Name, LocalKind::Fast};
    case IdKind::GlobalExplicit: return {id, true, GlobalKind::Global, LocalKind::Fast};
    case IdKind::Local: return {id, false, GlobalKind::Name, LocalKind::Fast};
    default: return {id, false, GlobalKind::Name, LocalKind::Deref}; // a cell or a free variable
    }
}

void Codegen::loadId(llvm::StringRef name) {
    if (pass_ == Pass::Scope) {
        cur_->findOrAdd(name, IdKind::GlobalImplicit);
        return;
    }
    IdAccess a = accessOf(name);
    if (a.global) {
        e_->loadGlobal(name, a.globalKind);
    } else {
        e_->loadLocal(a.id->name, a.id->localNum, a.localKind);
    }
}

void Codegen::storeId(llvm::StringRef name) {
    if (pass_ == Pass::Scope) {
        idForModification(cur_, name);
        return;
    }
    IdAccess a = accessOf(name);
    if (a.global) {
        e_->storeGlobal(name, a.globalKind);
    } else {
        e_->storeLocal(a.id->name, a.id->localNum, a.localKind);
    }
}

void Codegen::deleteId(llvm::StringRef name) {
    if (pass_ == Pass::Scope) {
        idForModification(cur_, name);
        return;
    }
    IdAccess a = accessOf(name);
    if (a.global) {
        e_->deleteGlobal(name, a.globalKind);
    } else {
        e_->deleteLocal(a.id->name, a.id->localNum, a.localKind);
    }
}

void Codegen::declareGlobal(const Node* at, IdInfo* id) {
    if (id->kind != IdKind::Undecided && id->kind != IdKind::GlobalExplicit) {
        error(at, "identifier redefined as global");
        return;
    }
    id->kind = IdKind::GlobalExplicit;
    // a module-level use of the name becomes explicitly global too
    if (stream_ && cur_->parent)
        deferExplicitGlobal(id->name);
    else if (IdInfo* g = cur_->findGlobal(id->name))
        g->kind = IdKind::GlobalExplicit;
}

void Codegen::declareNonlocal(const Node* at, IdInfo* id) {
    if (id->kind == IdKind::Undecided) {
        id->kind = IdKind::GlobalImplicit;
        cur_->checkToCloseOver(id);
        if (id->kind == IdKind::GlobalImplicit) error(at, "no binding for nonlocal found");
    } else if (id->kind != IdKind::Free) {
        error(at, "identifier redefined as nonlocal");
    }
}

// --- errors ------------------------------------------------------------------------------

void Codegen::error(const Node* at, const char* message) {
    if (failed()) return;
    Diagnostic d;
    d.message = message;
    d.line = isStruct(at) ? at->line : 0;
    if (at) {
        d.range = at->range;
        d.hasRange = true;
    }
    error_ = d;
}

void Codegen::errorAtLine(uint32_t line, SourceRange range, const char* message) {
    if (failed()) return;
    Diagnostic d;
    d.message = message;
    d.line = line;
    d.range = range;
    d.hasRange = range.end > range.begin;
    error_ = d;
}

void Codegen::limitExceeded(uint32_t line, SourceRange range, std::string message, std::string hint) {
    if (limitError_) return;
    Diagnostic d;
    d.errorClass = "RuntimeError";
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.line = line != 0 ? line : stmtLine_;
    d.range = range;
    d.hasRange = range.end > range.begin;
    d.block = cur_ ? cur_->simpleName.str() : std::string();
    limitError_ = d;
}

void Codegen::nameTooLong(const Node* at, size_t length) {
    if (failed()) return;
    Diagnostic d;
    d.errorClass = "RuntimeError";
    d.message = "name too long";
    d.hasTraceback = false;
    d.line = at->line;
    d.range = at->range;
    d.hasRange = true;
    d.hint = "this name is " + std::to_string(length) + " bytes long; MicroPython limits names to " +
             std::to_string(limits::kMaxQstrBytes) + " bytes (MICROPY_QSTR_BYTES_IN_LEN=1)";
    error_ = d;
}

void Codegen::checkQstrTable(const Stmt* s) {
    // Every firmware holds qstr 0 and the static qstrs 1..kLastStaticQstr; the module's other
    // names are numbered after the firmware's own, and the numbers are 16 bits on the device.
    constexpr size_t kRoom = limits::kMaxQstrNumber - kLastStaticQstr;
    size_t n = out_->tables.qstrs.nonStaticCount();
    if (n <= kRoom || limitError_) return;
    limitExceeded(
        s->line, s->range,
        "too many names and short strings in one module: this statement brings the module's qstrs to " +
            std::to_string(n) + ", beyond the " + std::to_string(kRoom) + " a module can add",
        "qstr numbers are 16 bits on the device (qstr_short_t) and every firmware has " +
            std::to_string(kLastStaticQstr + 1) +
            " of its own; split the module, or keep data in fewer, longer strings or in bytes");
}

void Codegen::checkFrameSize(const Scope* s, uint32_t maxStack, uint32_t maxStackLine) {
    uint64_t slots = uint64_t(s->numLocals) + maxStack;
    if (slots <= limits::kMaxFrameSlots) return;
    const Node* at = s->node;
    std::string what = s->kind == ScopeKind::Module ? "the module's top level" : "'" + s->simpleName.str() + "'";
    // Either many variables or one very long display, call or expression fills the frame.
    bool stackBound = maxStack > s->numLocals;
    SourceRange range = at && s->kind != ScopeKind::Module ? at->range : SourceRange{};
    if (stackBound) range = SourceRange{}; // the statement's line, where the stack peaks
    limitExceeded(stackBound && maxStackLine ? maxStackLine : s->line, range,
                  std::string(stackBound ? "too large a frame: " : "too many local variables: ") + what + " needs " +
                      std::to_string(slots) + " frame slots (" + std::to_string(s->numLocals) +
                      " for variables, " + std::to_string(maxStack) + " for its value stack), beyond the " +
                      std::to_string(limits::kMaxFrameSlots) + " a MicroPython frame can hold",
                  std::string("the VM stores a frame's size in 16 bits (mp_code_state_t.n_state); ") +
                      (stackBound ? "a list, tuple, set or dict display, or a call, with that many items needs as "
                                    "many stack slots: build it in steps (append, extend, update)"
                                  : "split the function, or keep values in a list or dict instead of separate "
                                    "variables"));
}

void Codegen::noteErrorLine(const Node* child) {
    if (failed() && error_->line == 0 && isStruct(child)) error_->line = child->line;
}

} // namespace mpyc
