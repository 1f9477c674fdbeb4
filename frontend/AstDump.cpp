// AST dump; see AstDump.h.
#include "frontend/AstDump.h"

#include "frontend/Diagnostics.h"

namespace mpyc {

const char* nodeKindName(NodeKind kind) {
    switch (kind) {
#define MPYC_KIND_NAME(k)                                                                                    \
    case NodeKind::k:                                                                                        \
        return #k;
        MPYC_EXPR_KINDS(MPYC_KIND_NAME) MPYC_STMT_KINDS(MPYC_KIND_NAME) MPYC_OTHER_KINDS(MPYC_KIND_NAME)
#undef MPYC_KIND_NAME
    }
    return "?";
}

const char* binaryOpSpelling(BinaryOp op) {
    switch (op) {
    case BinaryOp::Less:
        return "<";
    case BinaryOp::More:
        return ">";
    case BinaryOp::Equal:
        return "==";
    case BinaryOp::LessEqual:
        return "<=";
    case BinaryOp::MoreEqual:
        return ">=";
    case BinaryOp::NotEqual:
        return "!=";
    case BinaryOp::In:
        return "in";
    case BinaryOp::Is:
        return "is";
    case BinaryOp::NotIn:
        return "not in";
    case BinaryOp::IsNot:
        return "is not";
    case BinaryOp::ExceptionMatch:
        return "exception-match";
    case BinaryOp::Or:
        return "|";
    case BinaryOp::Xor:
        return "^";
    case BinaryOp::And:
        return "&";
    case BinaryOp::LShift:
        return "<<";
    case BinaryOp::RShift:
        return ">>";
    case BinaryOp::Add:
        return "+";
    case BinaryOp::Subtract:
        return "-";
    case BinaryOp::Multiply:
        return "*";
    case BinaryOp::MatMultiply:
        return "@";
    case BinaryOp::FloorDivide:
        return "//";
    case BinaryOp::TrueDivide:
        return "/";
    case BinaryOp::Modulo:
        return "%";
    case BinaryOp::Power:
        return "**";
    case BinaryOp::InplaceOr:
        return "|=";
    case BinaryOp::InplaceXor:
        return "^=";
    case BinaryOp::InplaceAnd:
        return "&=";
    case BinaryOp::InplaceLShift:
        return "<<=";
    case BinaryOp::InplaceRShift:
        return ">>=";
    case BinaryOp::InplaceAdd:
        return "+=";
    case BinaryOp::InplaceSubtract:
        return "-=";
    case BinaryOp::InplaceMultiply:
        return "*=";
    case BinaryOp::InplaceMatMultiply:
        return "@=";
    case BinaryOp::InplaceFloorDivide:
        return "//=";
    case BinaryOp::InplaceTrueDivide:
        return "/=";
    case BinaryOp::InplaceModulo:
        return "%=";
    case BinaryOp::InplacePower:
        return "**=";
    }
    return "?";
}

namespace {

std::string constText(const ConstValue* v) {
    switch (v->kind) {
    case ConstKind::None:
        return "None";
    case ConstKind::True:
        return "True";
    case ConstKind::False:
        return "False";
    case ConstKind::Ellipsis:
        return "...";
    case ConstKind::Int:
        return v->intText();
    case ConstKind::Float: {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", v->floatValue());
        return buf;
    }
    case ConstKind::Complex: {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17gj", v->imagValue());
        return buf;
    }
    case ConstKind::Str:
        return quoteText(v->data());
    case ConstKind::Bytes:
        return "b" + quoteText(v->data());
    case ConstKind::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < v->items().size(); ++i) {
            if (i) s += ", ";
            s += constText(v->items()[i]);
        }
        if (v->items().size() == 1) s += ",";
        return s + ")";
    }
    }
    return "?";
}

struct Dumper {
    const AstDumpOptions& opts;
    std::string out;
    std::unique_ptr<SourceLocator> locator;

    explicit Dumper(const AstDumpOptions& o) : opts(o) {
        if (!o.source.empty()) locator = std::make_unique<SourceLocator>(o.source);
    }

    void head(int depth, const Node* n, const std::string& label, const std::string& extra = "") {
        out.append(2 * depth, ' ');
        if (!label.empty()) out += label + ": ";
        out += nodeKindName(n->kind);
        if (!extra.empty()) out += " " + extra;
        if (opts.showLines) out += " @" + std::to_string(n->line);
        if (locator) {
            auto b = locator->lineColumn(n->range.begin), e = locator->lineColumn(n->range.end);
            out += " [" + std::to_string(b.first) + ":" + std::to_string(b.second) + "-" +
                   std::to_string(e.first) + ":" + std::to_string(e.second) + "]";
        }
        out += "\n";
    }
    void text(int depth, const std::string& s) {
        out.append(2 * depth, ' ');
        out += s + "\n";
    }

    void expr(int depth, const Expr* e, const std::string& label = "") {
        if (!e) return;
        switch (e->kind) {
        case NodeKind::Name:
            head(depth, e, label, e->as<NameExpr>()->id().str());
            return;
        case NodeKind::Const: {
            auto* c = e->as<ConstExpr>();
            std::string extra = constText(c->value);
            if (c->internedStr) extra += " interned";
            if (c->forceObject) extra += " object";
            head(depth, e, label, extra);
            return;
        }
        case NodeKind::Tuple: {
            auto* t = e->as<TupleExpr>();
            head(depth, e, label, t->form == TupleForm::Paren ? "paren" : "bare");
            for (Expr* x : t->elts)
                expr(depth + 1, x);
            return;
        }
        case NodeKind::List:
            head(depth, e, label);
            for (Expr* x : e->as<ListExpr>()->elts)
                expr(depth + 1, x);
            return;
        case NodeKind::Brace:
            head(depth, e, label);
            for (Expr* x : e->as<BraceExpr>()->items)
                expr(depth + 1, x);
            return;
        case NodeKind::DictItem:
            head(depth, e, label);
            expr(depth + 1, e->as<DictItemExpr>()->key, "key");
            expr(depth + 1, e->as<DictItemExpr>()->value, "value");
            return;
        case NodeKind::Comprehension: {
            auto* c = e->as<ComprehensionExpr>();
            static const char* const kinds[] = {"list", "dict", "set", "generator"};
            head(depth, e, label, kinds[static_cast<int>(c->compKind)]);
            expr(depth + 1, c->elt, "elt");
            for (const CompClause& cl : c->clauses) {
                if (cl.isIf) {
                    expr(depth + 1, cl.expr, "if");
                } else {
                    expr(depth + 1, cl.target, "for");
                    expr(depth + 1, cl.expr, "in");
                }
            }
            return;
        }
        case NodeKind::AtomExpr: {
            auto* a = e->as<AtomExpr>();
            head(depth, e, label, a->isAwait ? "await" : "");
            expr(depth + 1, a->atom, "atom");
            for (Trailer* t : a->trailers) {
                if (auto* c = t->as<CallTrailer>()) {
                    head(depth + 1, t, "");
                    args(depth + 2, c->args);
                } else if (auto* i = t->as<IndexTrailer>()) {
                    head(depth + 1, t, "");
                    expr(depth + 2, i->index);
                } else {
                    head(depth + 1, t, "", t->as<AttrTrailer>()->attr.str());
                }
            }
            return;
        }
        case NodeKind::Slice: {
            auto* s = e->as<SliceExpr>();
            head(depth, e, label);
            expr(depth + 1, s->lower, "lower");
            expr(depth + 1, s->upper, "upper");
            expr(depth + 1, s->step, "step");
            return;
        }
        case NodeKind::Unary: {
            static const char* const ops[] = {"+", "-", "~", "not"};
            auto* u = e->as<UnaryExpr>();
            head(depth, e, label, ops[static_cast<int>(u->op)]);
            expr(depth + 1, u->operand);
            return;
        }
        case NodeKind::Binary: {
            auto* b = e->as<BinaryExpr>();
            head(depth, e, label);
            expr(depth + 1, b->first);
            for (const BinaryOperand& o : b->rest)
                expr(depth + 1, o.operand, binaryOpSpelling(o.op));
            return;
        }
        case NodeKind::Compare: {
            auto* c = e->as<CompareExpr>();
            head(depth, e, label);
            expr(depth + 1, c->first);
            for (const BinaryOperand& o : c->rest)
                expr(depth + 1, o.operand, binaryOpSpelling(o.op));
            return;
        }
        case NodeKind::Not:
            head(depth, e, label);
            expr(depth + 1, e->as<NotExpr>()->operand);
            return;
        case NodeKind::BoolOp: {
            auto* b = e->as<BoolOpExpr>();
            head(depth, e, label, b->isOr ? "or" : "and");
            for (Expr* v : b->values)
                expr(depth + 1, v);
            return;
        }
        case NodeKind::IfExp: {
            auto* i = e->as<IfExpExpr>();
            head(depth, e, label);
            expr(depth + 1, i->body, "body");
            expr(depth + 1, i->test, "test");
            expr(depth + 1, i->orelse, "else");
            return;
        }
        case NodeKind::Lambda: {
            auto* l = e->as<LambdaExpr>();
            head(depth, e, label);
            params(depth + 1, l->params);
            expr(depth + 1, l->body, "body");
            return;
        }
        case NodeKind::NamedExpr:
            head(depth, e, label);
            expr(depth + 1, e->as<NamedExprExpr>()->target, "target");
            expr(depth + 1, e->as<NamedExprExpr>()->value, "value");
            return;
        case NodeKind::Star:
            head(depth, e, label);
            expr(depth + 1, e->as<StarExpr>()->value);
            return;
        case NodeKind::Yield: {
            auto* y = e->as<YieldExpr>();
            head(depth, e, label, y->isFrom ? "from" : "");
            expr(depth + 1, y->value);
            return;
        }
        default:
            head(depth, e, label);
            return;
        }
    }

    void args(int depth, llvm::ArrayRef<Arg> list) {
        static const char* const kinds[] = {"arg", "*arg", "**arg", "kwarg", "genexpr", "walrus"};
        for (const Arg& a : list) {
            text(depth, kinds[static_cast<int>(a.kind)]);
            expr(depth + 1, a.keyword, "name");
            expr(depth + 1, a.value);
        }
    }

    void params(int depth, llvm::ArrayRef<Param> list) {
        for (const Param& p : list) {
            std::string s = p.kind == ParamKind::Star ? "*" : p.kind == ParamKind::DoubleStar ? "**" : "";
            text(depth, "param " + s + p.name.str());
            expr(depth + 1, p.annotation, "annotation");
            expr(depth + 1, p.defaultValue, "default");
        }
    }

    void block(int depth, const Block& b, const std::string& label = "") {
        if (!label.empty()) text(depth, label + ":");
        for (const Stmt* s : b.stmts)
            stmt(label.empty() ? depth : depth + 1, s);
    }

    void decorators(int depth, llvm::ArrayRef<Decorator> decs) {
        for (const Decorator& d : decs) {
            std::string name;
            for (size_t i = 0; i < d.dotted.size(); ++i)
                name += (i ? "." : "") + d.dotted[i].str();
            text(depth, "@" + name + (d.call ? "(...)" : ""));
            if (d.call) args(depth + 1, d.call->args);
        }
    }

    void stmt(int depth, const Stmt* s) {
        switch (s->kind) {
        case NodeKind::ExprStmt:
            head(depth, s, "");
            expr(depth + 1, s->as<ExprStmt>()->value);
            return;
        case NodeKind::Assign: {
            auto* a = s->as<AssignStmt>();
            head(depth, s, "");
            for (Expr* t : a->targets)
                expr(depth + 1, t, "target");
            expr(depth + 1, a->value, "value");
            return;
        }
        case NodeKind::AugAssign: {
            auto* a = s->as<AugAssignStmt>();
            head(depth, s, "", binaryOpSpelling(a->op));
            expr(depth + 1, a->target, "target");
            expr(depth + 1, a->value, "value");
            return;
        }
        case NodeKind::AnnAssign: {
            auto* a = s->as<AnnAssignStmt>();
            head(depth, s, "");
            expr(depth + 1, a->target, "target");
            expr(depth + 1, a->annotation, "annotation");
            expr(depth + 1, a->value, "value");
            return;
        }
        case NodeKind::Del:
            head(depth, s, "");
            for (Expr* t : s->as<DelStmt>()->targets)
                expr(depth + 1, t);
            return;
        case NodeKind::Return:
            head(depth, s, "");
            expr(depth + 1, s->as<ReturnStmt>()->value);
            return;
        case NodeKind::Raise:
            head(depth, s, "");
            expr(depth + 1, s->as<RaiseStmt>()->exc, "exc");
            expr(depth + 1, s->as<RaiseStmt>()->cause, "from");
            return;
        case NodeKind::Import: {
            head(depth, s, "");
            for (const ImportAlias& a : s->as<ImportStmt>()->names) {
                std::string n;
                for (size_t i = 0; i < a.dotted.size(); ++i)
                    n += (i ? "." : "") + a.dotted[i].str();
                text(depth + 1, n + (a.asname.empty() ? "" : " as " + a.asname.str()));
            }
            return;
        }
        case NodeKind::ImportFrom: {
            auto* f = s->as<ImportFromStmt>();
            std::string n(f->level, '.');
            for (size_t i = 0; i < f->module.size(); ++i)
                n += (i ? "." : "") + f->module[i].str();
            head(depth, s, "", n);
            if (f->star) text(depth + 1, "*");
            for (const ImportAlias& a : f->names)
                text(depth + 1, a.dotted[0].str() + (a.asname.empty() ? "" : " as " + a.asname.str()));
            return;
        }
        case NodeKind::Global:
        case NodeKind::Nonlocal: {
            auto names = s->is<GlobalStmt>() ? s->as<GlobalStmt>()->names : s->as<NonlocalStmt>()->names;
            std::string n;
            for (llvm::StringRef x : names)
                n += " " + x.str();
            head(depth, s, "", n.substr(1));
            return;
        }
        case NodeKind::Assert:
            head(depth, s, "");
            expr(depth + 1, s->as<AssertStmt>()->test, "test");
            expr(depth + 1, s->as<AssertStmt>()->msg, "msg");
            return;
        case NodeKind::If: {
            auto* i = s->as<IfStmt>();
            head(depth, s, "");
            expr(depth + 1, i->test, "test");
            block(depth + 1, i->body, "body");
            for (const ElifClause& c : i->elifs) {
                expr(depth + 1, c.test, "elif");
                block(depth + 1, c.body, "body");
            }
            if (i->hasElse) block(depth + 1, i->orelse, "else");
            return;
        }
        case NodeKind::While: {
            auto* w = s->as<WhileStmt>();
            head(depth, s, "");
            expr(depth + 1, w->test, "test");
            block(depth + 1, w->body, "body");
            if (w->hasElse) block(depth + 1, w->orelse, "else");
            return;
        }
        case NodeKind::For: {
            auto* f = s->as<ForStmt>();
            head(depth, s, "", f->isAsync ? "async" : "");
            expr(depth + 1, f->target, "target");
            expr(depth + 1, f->iter, "iter");
            block(depth + 1, f->body, "body");
            if (f->hasElse) block(depth + 1, f->orelse, "else");
            return;
        }
        case NodeKind::Try: {
            auto* t = s->as<TryStmt>();
            head(depth, s, "");
            block(depth + 1, t->body, "body");
            for (const ExceptHandler& h : t->handlers) {
                text(depth + 1, "except" + (h.name.empty() ? std::string() : " as " + h.name.str()) + " @" +
                                    std::to_string(h.line));
                expr(depth + 2, h.type, "type");
                block(depth + 2, h.body, "body");
            }
            if (t->hasElse) block(depth + 1, t->orelse, "else");
            if (t->hasFinally) block(depth + 1, t->finalbody, "finally");
            return;
        }
        case NodeKind::With: {
            auto* w = s->as<WithStmt>();
            head(depth, s, "", w->isAsync ? "async" : "");
            for (const WithItem& item : w->items) {
                expr(depth + 1, item.context, "item");
                expr(depth + 2, item.target, "as");
            }
            block(depth + 1, w->body, "body");
            return;
        }
        case NodeKind::FunctionDef: {
            auto* f = s->as<FunctionDefStmt>();
            head(depth, s, "", (f->isAsync ? "async " : "") + f->name.str());
            decorators(depth + 1, f->decorators);
            params(depth + 1, f->params);
            expr(depth + 1, f->returns, "returns");
            block(depth + 1, f->body, "body");
            return;
        }
        case NodeKind::ClassDef: {
            auto* c = s->as<ClassDefStmt>();
            head(depth, s, "", c->name.str());
            decorators(depth + 1, c->decorators);
            args(depth + 1, c->bases);
            block(depth + 1, c->body, "body");
            return;
        }
        default:
            head(depth, s, "");
            return;
        }
    }
};

} // namespace

std::string dumpAst(const Module* module, const AstDumpOptions& options) {
    Dumper d(options);
    d.head(0, module, "");
    d.block(1, module->body);
    return d.out;
}

std::string dumpExpr(const Expr* e, const AstDumpOptions& options) {
    Dumper d(options);
    d.expr(0, e);
    return d.out;
}

} // namespace mpyc
