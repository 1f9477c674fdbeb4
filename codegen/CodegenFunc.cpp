// Code generator: function, class, lambda and comprehension definitions (creating their
// scopes and closures), parameters, decorators and call arguments.
#include "codegen/Codegen.h"

#include "frontend/Limits.h"
#include "native/NativeTargets.h"

namespace mpyc {

void Codegen::compileFunctionDef(FunctionDefStmt* s) {
    if (!s->decorators.empty()) {
        compileDecorated(s, s->decorators);
        return;
    }
    llvm::StringRef name = funcDefHelper(s, cur_->emit);
    // `async def` makes a generator (a coroutine)
    if (s->isAsync) scopeOf(s)->scopeFlags |= ScopeGenerator | ScopeAsync;
    storeId(name);
}

void Codegen::compileClassDef(ClassDefStmt* s) {
    if (!s->decorators.empty()) {
        compileDecorated(s, s->decorators);
        return;
    }
    storeId(classDefHelper(s, cur_->emit));
}

llvm::StringRef Codegen::funcDefHelper(FunctionDefStmt* s, EmitKind emit) {
    if (pass_ == Pass::Scope) newScope(ScopeKind::Function, s->name, s, s->defLine)->emit = emit;
    Scope* fscope = scopeOf(s);
    defaultsAndMake(fscope, s->params);
    return s->name;
}

llvm::StringRef Codegen::classDefHelper(ClassDefStmt* s, EmitKind emit) {
    if (pass_ == Pass::Scope) newScope(ScopeKind::Class, s->name, s, s->classLine)->emit = emit;
    Scope* cscope = scopeOf(s);
    e_->loadBuildClass();
    closeOverAndMake(cscope, 0, 0);
    e_->loadConstStr(s->name);
    // the function and the name are the first two positional arguments
    callArgs(s->bases, false, 2);
    return s->name;
}

// @micropython.<x> decorators select the code emitter and emit nothing themselves.
bool Codegen::builtinDecorator(const Decorator& d, EmitKind& emit) {
    if (d.dotted[0] != "micropython") return false;
    if (d.dotted.size() != 2) {
        errorAtLine(0, d.range, "invalid micropython decorator");
        return true;
    }
    llvm::StringRef attr = d.dotted[1];
    if (attr == "bytecode") {
        emit = EmitKind::Bytecode;
    } else if (attr == "native") {
        emit = EmitKind::Native;
    } else if (attr == "viper") {
        emit = EmitKind::Viper;
    } else if (attr == "asm_thumb" || attr == "asm_xtensa" || (attr == "asm_rv32" && opts_.target->has(TargetFeature::InlineAsmRv32))) {
        emit = EmitKind::Asm;
    } else {
        errorAtLine(0, d.range, "invalid micropython decorator");
    }
    // the reference's emit_native_table[] and emit_asm_table[] have no entry for the arch
    bool haveEmitter = emit == EmitKind::Bytecode ||
                       (nativeTarget_ && (emit == EmitKind::Asm ? nativeTarget_->hasInlineAsm
                                                                 : nativeTarget_->hasNativeEmitter));
    if (!haveEmitter && !nativeTarget_ && emit != EmitKind::Asm &&
        !opts_.target->has(TargetFeature::NoDefaultNativeArch)) {
        // before v1.20 mpy-cross compiled native code for its host without -march (x64, which
        // has no inline assembler): bytes this mpyc does not make for such a target, so
        // refused rather than "invalid arch"
        if (!failed()) {
            Diagnostic e;
            e.errorClass = "NotImplementedError";
            e.message = std::string(opts_.target->reference) + "'s mpy-cross compiles @micropython." + attr.str() +
                        " for its host (x64) when no -march is given; native code for " + opts_.target->name +
                        " is not supported yet";
            e.hint = "compile this module for micropython-1.20 or later, or without native code";
            e.line = d.line;
            e.range = d.range;
            e.hasRange = d.range.end > d.range.begin;
            error_ = e;
        }
    } else if (!haveEmitter) {
        errorAtLine(0, d.range, "invalid arch");
    }
    return true;
}

void Codegen::compileDecorated(Stmt* s, llvm::ArrayRef<Decorator> decorators) {
    EmitKind emit = cur_->emit;
    size_t numBuiltin = 0;
    for (const Decorator& d : decorators) {
        if (builtinDecorator(d, emit)) {
            numBuiltin += 1;
            continue;
        }
        loadId(d.dotted[0]);
        for (size_t j = 1; j < d.dotted.size(); ++j)
            e_->attr(d.dotted[j], AccessKind::Load);
        if (d.call) {
            e_->setLine(d.call->line);
            callArgs(d.call->args, false, 0);
        }
    }
    llvm::StringRef name;
    if (auto* f = s->as<FunctionDefStmt>()) {
        name = funcDefHelper(f, emit);
        if (f->isAsync) scopeOf(f)->scopeFlags |= ScopeGenerator | ScopeAsync;
    } else {
        name = classDefHelper(s->as<ClassDefStmt>(), emit);
    }
    for (size_t i = 0; i < decorators.size() - numBuiltin; ++i)
        e_->callFunction(1, 0, 0);
    storeId(name);
}

void Codegen::defaultsAndMake(Scope* child, llvm::ArrayRef<Param> params) {
    // A default can contain a lambda, which comes back here: keep the outer state.
    bool savedHaveStar = haveStar_;
    uint32_t savedDict = numDictParams_, savedDefault = numDefaultParams_;
    haveStar_ = false;
    numDictParams_ = 0;
    numDefaultParams_ = 0;
    for (const Param& p : params)
        defaultParam(p);
    if (failed()) return;
    // positional defaults go in a tuple; keyword-only defaults may have built it already
    if (numDefaultParams_ > 0 && numDictParams_ == 0) {
        e_->build(numDefaultParams_, BuildKind::Tuple);
        e_->loadNull(); // no keyword-only defaults
    }
    closeOverAndMake(child, numDefaultParams_, numDictParams_);
    haveStar_ = savedHaveStar;
    numDictParams_ = savedDict;
    numDefaultParams_ = savedDefault;
}

void Codegen::defaultParam(const Param& p) {
    if (p.kind == ParamKind::Star) {
        haveStar_ = true;
        return;
    }
    if (p.kind == ParamKind::DoubleStar) return;
    if (!p.defaultValue) {
        if (!haveStar_ && numDefaultParams_ != 0)
            errorAtLine(p.isStruct ? p.line : 0, p.range, "non-default argument follows default argument");
        return;
    }
    if (haveStar_) {
        // keyword-only defaults go in a dict built by the bytecode
        numDictParams_ += 1;
        if (numDictParams_ == 1) {
            if (numDefaultParams_ > 0) {
                e_->build(numDefaultParams_, BuildKind::Tuple);
            } else {
                e_->loadNull(); // no positional defaults
            }
            e_->build(0, BuildKind::Map);
        }
        compileNode(p.defaultValue);
        e_->loadConstStr(p.name);
        e_->storeMap();
    } else {
        numDefaultParams_ += 1;
        compileNode(p.defaultValue);
    }
}

void Codegen::closeOverAndMake(Scope* child, uint32_t nPosDefaults, uint32_t nKwDefaults) {
    if (nKwDefaults > 0) child->scopeFlags |= ScopeDefKwArgs;
    child->numDefPosArgs = nPosDefaults;
    // making a function takes a reference to the current globals (native code: it needs
    // its function object and the globals swapped in)
    cur_->scopeFlags |= ScopeRefGlobals | ScopeHasConsts;
    // Variables the child closes over are passed in the parent's order; MicroPython
    // loads the cells with LOAD_FAST.
    // (In the scope pass the child's ids are not known yet, so nothing is closed over.)
    uint32_t numFree = 0;
    if (cur_->kind != ScopeKind::Module && pass_ == Pass::Emit) {
        for (const IdInfo* id : cur_->closureIds()) {
            IdInfo* inner = child->find(id->name);
            if (inner && inner->kind == IdKind::Free) {
                e_->loadLocal(id->name, id->localNum, LocalKind::Fast);
                numFree += 1;
            }
        }
    }
    if (numFree == 0) {
        e_->makeFunction(rawCodeOf_[child->index], nPosDefaults, nKwDefaults);
    } else {
        e_->makeClosure(rawCodeOf_[child->index], numFree, nPosDefaults, nKwDefaults);
    }
}

void Codegen::scopeParam(const Param& p) {
    // **kwargs must be last
    if (cur_->scopeFlags & ScopeVarKeywords) {
        errorAtLine(p.isStruct ? p.line : 0, p.range, "invalid syntax");
        return;
    }
    llvm::StringRef name;
    uint8_t flags = IdIsParam;
    switch (p.kind) {
    case ParamKind::Normal:
        name = p.name;
        if (haveStar_) {
            cur_->numKwonlyArgs += 1;
        } else {
            cur_->numPosArgs += 1;
        }
        break;
    case ParamKind::Star:
        if (haveStar_) {
            errorAtLine(p.line, p.range, "invalid syntax");
            return;
        }
        haveStar_ = true;
        flags = IdIsParam | IdIsStarParam;
        if (!p.name.empty()) {
            cur_->scopeFlags |= ScopeVarArgs;
            name = p.name;
        }
        break;
    case ParamKind::DoubleStar:
        name = p.name;
        flags = IdIsParam | IdIsDblStarParam;
        cur_->scopeFlags |= ScopeVarKeywords;
        break;
    }
    if (name.empty()) return;
    IdInfo* id = cur_->findOrAdd(name, IdKind::Undecided);
    if (id->kind != IdKind::Undecided) {
        errorAtLine(p.isStruct ? p.line : 0, p.range, "argument name reused");
        return;
    }
    id->kind = IdKind::Local;
    id->flags = flags;
    // viper: the parameter's annotated type (lambdas have no annotations)
    if (cur_->emit == EmitKind::Viper && cur_->kind == ScopeKind::Function)
        id->flags |= static_cast<uint8_t>(viperAnnotation(p.annotation, p.line) << kIdViperTypePos);
}

uint8_t Codegen::viperAnnotation(const Expr* annotation, uint32_t line) {
    if (!annotation) return 0; // object
    if (annotation->kind != NodeKind::Name) {
        errorAtLine(isStruct(annotation) ? annotation->line : 0, annotation->range, "annotation must be an identifier");
        return 0;
    }
    llvm::StringRef name = annotation->as<NameExpr>()->id();
    static const char* const types[] = {"object", "bool", "int", "uint", "ptr", "ptr8", "ptr16", "ptr32"};
    for (uint8_t i = 0; i < 8; ++i)
        if (name == types[i]) return i;
    (void)line;
    viperTypeError("unknown type '" + name.str() + "'");
    return 0;
}

void Codegen::compileLambda(LambdaExpr* l) {
    if (pass_ == Pass::Scope) newScope(ScopeKind::Lambda, "<lambda>", l, l->line);
    defaultsAndMake(scopeOf(l), l->params);
}

void Codegen::compileComprehension(ComprehensionExpr* c) {
    if (pass_ == Pass::Scope) {
        ScopeKind kind = ScopeKind::ListComp;
        llvm::StringRef name = "<listcomp>";
        switch (c->compKind) {
        case ComprehensionKind::List:
            break;
        case ComprehensionKind::Dict:
            kind = ScopeKind::DictComp;
            name = "<dictcomp>";
            break;
        case ComprehensionKind::Set:
            kind = ScopeKind::SetComp;
            name = "<setcomp>";
            break;
        case ComprehensionKind::Generator:
            kind = ScopeKind::GenExpr;
            name = "<genexpr>";
            break;
        }
        newScope(kind, name, c, c->scopeLine);
    }
    Scope* s = scopeOf(c);
    closeOverAndMake(s, 0, 0);
    // the outermost iterable is evaluated in the enclosing scope
    compileNode(c->clauses[0].expr);
    if (s->kind == ScopeKind::GenExpr) e_->getIter(false);
    e_->callFunction(1, 0, 0);
}

void Codegen::compileCompIter(Scope* s, ComprehensionExpr* c, size_t clause, uint32_t forDepth) {
    Label top = e_->newLabel();
    Label end = e_->newLabel();
    e_->placeLabel(top);
    e_->forIter(end);
    assign(c->clauses[clause].target, AssignKind::Store);
    size_t i = clause + 1;
    for (; i < c->clauses.size(); ++i) {
        const CompClause& cl = c->clauses[i];
        if (!cl.isIf) break;
        condJump(cl.expr, false, top);
    }
    if (i == c->clauses.size()) {
        compileNode(c->elt);
        if (s->kind == ScopeKind::GenExpr) {
            e_->yield(YieldKind::Value);
            s->scopeFlags |= ScopeGenerator;
            e_->popTop();
        } else {
            // the collection sits below the iterators: 4 slots per nested for, plus 1
            e_->storeComp(s->kind == ScopeKind::ListComp   ? CompKind::List
                          : s->kind == ScopeKind::DictComp ? CompKind::Dict
                                                           : CompKind::Set,
                          4 * forDepth + 5);
        }
    } else {
        compileNode(c->clauses[i].expr);
        e_->getIter(true);
        compileCompIter(s, c, i, forDepth + 1);
    }
    e_->jump(top);
    e_->placeLabel(end);
    e_->forIterEnd();
}

// `name=value` in a call: the name as a string, then the value; false on a bad name.
bool Codegen::keywordArg(const Arg& a) {
    auto* name = a.keyword->as<NameExpr>();
    if (!name) {
        errorAtLine(a.line, a.range, "LHS of keyword arg must be an id");
        return false;
    }
    e_->loadConstStr(name->id());
    compileNode(a.value);
    return true;
}

// Before v1.19 (MultipleStarArgs): at most one *args and one **kwargs, passed after the
// keywords, a NULL standing for the one not given.
void Codegen::callArgsOneStarEach(llvm::ArrayRef<Arg> args, bool isMethod, uint32_t nPositionalExtra) {
    uint32_t nPositional = nPositionalExtra, nKeyword = 0;
    const Arg* star = nullptr;
    const Arg* dblStar = nullptr;
    for (const Arg& a : args) {
        switch (a.kind) {
        case ArgKind::Star:
            if (star) {
                errorAtLine(a.line, a.range, "can't have multiple *x");
                return;
            }
            star = &a;
            break;
        case ArgKind::DoubleStar:
            if (dblStar) {
                errorAtLine(a.line, a.range, "can't have multiple **x");
                return;
            }
            dblStar = &a;
            break;
        case ArgKind::Keyword:
            if (!keywordArg(a)) return;
            nKeyword++;
            break;
        case ArgKind::NamedExpr: // no order check for these two
            compileNamedExpr(nullptr, a.keyword, a.value);
            nPositional++;
            break;
        case ArgKind::Generator:
            compileComprehension(a.value->as<ComprehensionExpr>());
            nPositional++;
            break;
        case ArgKind::Positional:
            if (star || dblStar) {
                error(a.value, "non-keyword arg after */**");
                return;
            }
            if (nKeyword > 0) {
                error(a.value, "non-keyword arg after keyword arg");
                return;
            }
            compileNode(a.value);
            nPositional++;
            break;
        }
    }
    uint32_t starFlags = 0;
    if (star || dblStar) {
        starFlags = (star ? kStarFlagSingle : 0) | (dblStar ? kStarFlagDouble : 0);
        if (star)
            compileNode(star->value);
        else
            e_->loadNull();
        if (dblStar)
            compileNode(dblStar->value);
        else
            e_->loadNull();
    }
    if (isMethod) {
        e_->callMethod(nPositional, nKeyword, starFlags);
    } else {
        e_->callFunction(nPositional, nKeyword, starFlags);
    }
}

void Codegen::callArgs(llvm::ArrayRef<Arg> args, bool isMethod, uint32_t nPositionalExtra) {
    if (!opts_.target->has(TargetFeature::MultipleStarArgs)) {
        callArgsOneStarEach(args, isMethod, nPositionalExtra);
        return;
    }
    uint32_t nPositional = nPositionalExtra, nKeyword = 0;
    bool single = false, dbl = false;
    uint64_t starArgs = 0;
    const Arg* beyondLimit = nullptr; // the first argument past the 8-bit counts
    for (size_t i = 0; i < args.size(); ++i) {
        const Arg& a = args[i];
        if (!beyondLimit && (nPositional > limits::kMaxCallPositional || nKeyword > limits::kMaxCallKeywords))
            beyondLimit = &args[i - 1];
        switch (a.kind) {
        case ArgKind::Star:
            if (dbl) {
                errorAtLine(a.line, a.range, "* arg after **");
                return;
            }
            if (i >= opts_.smallIntBits - 1) {
                // the star bitmap is a small int
                errorAtLine(a.line, a.range, "too many args");
                return;
            }
            single = true;
            starArgs |= uint64_t(1) << i;
            compileNode(a.value);
            nPositional++;
            break;
        case ArgKind::DoubleStar:
            dbl = true;
            e_->loadNull(); // ** args are keyword args with a NULL key
            compileNode(a.value);
            nKeyword++;
            break;
        case ArgKind::NamedExpr:
            compileNamedExpr(nullptr, a.keyword, a.value);
            nPositional++;
            break;
        case ArgKind::Keyword:
            if (!keywordArg(a)) return;
            nKeyword++;
            break;
        case ArgKind::Generator:
            compileComprehension(a.value->as<ComprehensionExpr>());
            nPositional++;
            break;
        case ArgKind::Positional:
            if (dbl) {
                error(a.value, "positional arg after **");
                return;
            }
            if (nKeyword > 0) {
                error(a.value, "positional arg after keyword arg");
                return;
            }
            compileNode(a.value);
            nPositional++;
            break;
        }
    }
    if (!beyondLimit && (nPositional > limits::kMaxCallPositional || nKeyword > limits::kMaxCallKeywords))
        beyondLimit = &args.back();
    if (beyondLimit) {
        bool positional = nPositional > limits::kMaxCallPositional;
        limitExceeded(
            beyondLimit->line, beyondLimit->range,
            std::string("too many ") + (positional ? "positional" : "keyword") + " arguments in one call: " +
                std::to_string(positional ? nPositional : nKeyword) + ", beyond the " +
                std::to_string(positional ? limits::kMaxCallPositional : limits::kMaxCallKeywords) +
                " the bytecode can pass",
            "CALL_FUNCTION stores each count in 8 bits (the reference writes a wrong count); pass the "
            "values as one list or dict, or as *args/**kwargs");
    }
    if (single || dbl) e_->loadConstSmallInt(static_cast<int64_t>(starArgs));
    uint32_t starFlags = (single ? kStarFlagSingle : 0) | (dbl ? kStarFlagDouble : 0);
    if (isMethod) {
        e_->callMethod(nPositional, nKeyword, starFlags);
    } else {
        e_->callFunction(nPositional, nKeyword, starFlags);
    }
}

} // namespace mpyc
