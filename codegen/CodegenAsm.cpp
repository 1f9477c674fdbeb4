// Code generator: inline-assembler functions (@micropython.asm_thumb and the like), read as
// py/compile.c's compile_scope_inline_asm reads them. The body is a list of calls, one
// instruction each; `label`, `align` and `data` are handled here, every other instruction
// goes to the target's inline assembler (native/InlineAsm.h) with its operands.
#include "codegen/Codegen.h"

#include "frontend/BigInt.h"
#include "native/InlineAsm.h"
#include "native/NativeTargets.h"

namespace mpyc {

namespace {

// The low 64 bits of a big int, two's complement (mp_obj_int_get_truncated).
uint64_t low64(const BigInt& v) {
    BigInt r = v - ((v >> 64) << 64); // 0 <= r < 2^64 (>> floors)
    int64_t out = 0;
    if (!r.toInt64(out)) (r - BigInt::powerOfTwo(64)).toInt64(out);
    return static_cast<uint64_t>(out);
}

AsmOperand operandOf(const Expr* e) {
    AsmOperand a;
    if (!e) return a;
    if (auto* n = e->as<NameExpr>()) {
        a.kind = AsmOperand::Kind::Name;
        a.name = n->id().str();
    } else if (auto* c = e->as<ConstExpr>(); c && c->value->kind == ConstKind::Int) {
        a.kind = AsmOperand::Kind::Int;
        // the low bits, as mp_obj_get_int_truncated gives them
        a.value = c->value->fitsInt64() ? static_cast<uint64_t>(c->value->int64())
                                        : low64(c->value->toBigInt());
    } else if (auto* l = e->as<ListExpr>()) {
        a.kind = AsmOperand::Kind::Bracket;
        for (const Expr* x : l->elts)
            a.items.push_back(operandOf(x));
    } else if (auto* b = e->as<BraceExpr>()) {
        a.kind = AsmOperand::Kind::Brace;
        for (const Expr* x : b->items) {
            if (x->kind == NodeKind::DictItem) return AsmOperand{}; // a dict is no register list
            a.items.push_back(operandOf(x));
        }
        if (a.items.empty()) return AsmOperand{}; // {} is an empty dict
    } else if (auto* u = e->as<UnaryExpr>(); u && (u->op == UnaryOp::Negative || u->op == UnaryOp::Positive)) {
        // `-4(a0)`: the sign applies to the whole `4(a0)` (emitinlinerv32.c takes it apart)
        a = operandOf(u->operand);
        if (a.kind != AsmOperand::Kind::Offset) return AsmOperand{};
        a.negative = u->op == UnaryOp::Negative;
    } else if (auto* x = e->as<AtomExpr>(); x && !x->isAwait && !x->trailers.empty()) {
        // `offset(base)`: the atom and what its one trailer holds, as the reference reads the
        // parse node (more trailers, or a call of other than one positional argument, hold no
        // register there)
        a.kind = AsmOperand::Kind::Offset;
        a.items.push_back(operandOf(x->atom));
        AsmOperand inner;
        if (x->trailers.size() == 1) {
            if (auto* call = x->trailers[0]->as<CallTrailer>()) {
                if (call->args.size() == 1 && call->args[0].kind == ArgKind::Positional)
                    inner = operandOf(call->args[0].value);
            } else if (auto* index = x->trailers[0]->as<IndexTrailer>()) {
                inner = operandOf(index->index);
            } else if (auto* attr = x->trailers[0]->as<AttrTrailer>()) {
                inner.kind = AsmOperand::Kind::Name;
                inner.name = attr->attr.str();
            }
        }
        a.items.push_back(std::move(inner));
    }
    return a;
}

// MP_PARSE_NODE_IS_SMALL_INT on the host that compiles (63-bit small ints on x86-64)
bool isSmallIntLeaf(const Expr* e, int64_t* value) {
    auto* c = e ? e->as<ConstExpr>() : nullptr;
    if (!c || c->value->kind != ConstKind::Int || !c->value->isHostSmallInt()) return false;
    *value = c->value->int64();
    return true;
}

} // namespace

InlineAssembler* Codegen::inlineAssembler() {
    if (!inlineAsm_) {
        inlineAsm_ = makeInlineAssembler(*nativeTarget_, emitOpts_.archFlags);
        if (inlineAsm_) out_->nativeArch = nativeTarget_->mpyArch; // the module now has native code
    }
    return inlineAsm_.get();
}

void Codegen::compileAsmScope(Scope* s, AsmPass pass) {
    auto* f = s->node ? s->node->as<FunctionDefStmt>() : nullptr;
    if (s->kind != ScopeKind::Function || !f) {
        errorAtLine(0, SourceRange{}, "inline assembler must be a function");
        return;
    }
    InlineAssembler* as = pass == AsmPass::Scope ? nullptr : inlineAssembler();
    auto asmError = [&](uint32_t line) {
        // the reference gives the error the line of the instruction's call (or the def)
        Diagnostic d;
        d.errorClass = as->errorClass;
        d.message = *as->error;
        d.line = line;
        // a RuntimeError leaves the reference's compiler as it is, without a traceback
        d.hasTraceback = as->errorClass == "SyntaxError";
        error_ = d;
    };
    if (as) {
        as->error.reset();
        as->errorClass = "SyntaxError";
        as->startPass(pass == AsmPass::Emit, 0);
    }
    if (pass == AsmPass::CodeSize) {
        // the parameters must be plain names (an annotation or default makes a struct node)
        std::vector<std::string> names;
        for (const Param& p : f->params)
            names.push_back(p.kind == ParamKind::Normal && !p.annotation && !p.defaultValue ? p.name.str() : "");
        s->numPosArgs = as->countParams(names);
        if (as->error) {
            asmError(s->line);
            return;
        }
    }

    // the return annotation is the type signature
    uint32_t typeSig = 2; // int
    if (Expr* r = f->returns) {
        if (auto* n = r->as<NameExpr>()) {
            if (n->id() == "object") {
                typeSig = 0;
            } else if (n->id() == "bool") {
                typeSig = 1;
            } else if (n->id() == "int") {
                typeSig = 2;
            } else if (n->id() == "uint") {
                typeSig = 3;
            } else {
                errorAtLine(0, r->range, "unknown type");
                return;
            }
        } else {
            errorAtLine(isStruct(r) ? r->line : 0, r->range, "return annotation must be an identifier");
        }
    }

    uint32_t nextLabel = 0;
    for (Stmt* st : f->body.stmts) {
        if (st->kind == NodeKind::Pass) continue;
        auto* es = st->as<ExprStmt>();
        auto* call = es ? es->value->as<AtomExpr>() : nullptr;
        auto* name = call && !call->isAwait ? call->atom->as<NameExpr>() : nullptr;
        auto* trailer = name && call->trailers.size() == 1 ? call->trailers[0]->as<CallTrailer>() : nullptr;
        if (!trailer) {
            errorAtLine(st->line, st->range, "expecting an assembler instruction");
            return;
        }
        llvm::StringRef op = name->id();
        llvm::ArrayRef<Arg> args = trailer->args;
        auto positional = [&](size_t i) -> const Expr* {
            return args[i].kind == ArgKind::Positional ? args[i].value : nullptr;
        };
        uint32_t callLine = trailer->line ? trailer->line : st->line;
        int64_t small = 0;
        if (op == "label") {
            auto* labelName = args.size() == 1 && positional(0) ? positional(0)->as<NameExpr>() : nullptr;
            if (!labelName) {
                errorAtLine(st->line, st->range, "'label' requires 1 argument");
                return;
            }
            uint32_t number = nextLabel++;
            if (as && !as->label(number, labelName->id())) {
                errorAtLine(st->line, st->range, "label redefined");
                return;
            }
        } else if (op == "align") {
            if (!(args.size() == 1 && isSmallIntLeaf(positional(0), &small))) {
                errorAtLine(st->line, st->range, "'align' requires 1 argument");
                return;
            }
            if (as) {
                if (small <= 0 || small > (1 << 16) || (small & (small - 1))) {
                    // mp_asm_base_align expects a power of 2 (other values misalign silently)
                    as->error = "align needs a power of 2 up to 65536 (mpyc's limit)";
                    asmError(callLine);
                    return;
                }
                as->as().align(static_cast<unsigned>(small));
            }
        } else if (op == "data") {
            if (!(args.size() >= 2 && isSmallIntLeaf(positional(0), &small))) {
                errorAtLine(st->line, st->range, "'data' requires at least 2 arguments");
                return;
            }
            if (as) {
                if (small < 0 || small > (1 << 16)) {
                    as->error = "'data' size must be 0..65536 bytes (mpyc's limit; mpy-cross misbehaves beyond)";
                    asmError(callLine);
                    return;
                }
                for (size_t j = 1; j < args.size(); ++j) {
                    AsmOperand v = operandOf(positional(j));
                    if (v.kind != AsmOperand::Kind::Int) {
                        errorAtLine(st->line, st->range, "'data' requires integer arguments");
                        return;
                    }
                    as->as().data(static_cast<unsigned>(small), v.value);
                }
            }
        } else if (as) {
            AsmInstruction in;
            in.op = op.str();
            for (const Arg& a : args)
                in.args.push_back(a.kind == ArgKind::Positional ? operandOf(a.value) : AsmOperand{});
            as->op(in);
        }
        if (as && as->error) {
            asmError(callLine);
            return;
        }
        if (failed()) return;
    }
    if (!as) return;
    as->endPass();
    if (pass == AsmPass::Emit && as->as().layoutChanged()) {
        Diagnostic d;
        d.errorClass = "RuntimeError";
        d.message = "a branch was sized short and then emitted long (mpy-cross aborts on a failed assertion "
                    "here): a forward branch placed after the function's first label";
        d.hasTraceback = false;
        d.hint = "put the branch's target before the branch, or use a form whose size is fixed";
        error_ = d;
        return;
    }
    if (pass == AsmPass::Emit) {
        RawCode* rc = rawCodeOf_[s->index];
        rc->kind = RawCodeKind::NativeAsm;
        rc->funData = as->as().code();
        rc->asmNumPosArgs = s->numPosArgs;
        rc->asmTypeSig = typeSig;
        rc->children.clear();
    }
}

} // namespace mpyc
