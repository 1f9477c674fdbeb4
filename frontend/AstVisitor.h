// A read-only AST visitor: calls visit(Node*) for every node in source order, descending
// into children when it returns true. Analyses derive from it and override visit().
#pragma once

#include "frontend/Ast.h"

namespace mpyc {

class AstVisitor {
public:
    virtual ~AstVisitor() = default;
    // Return false to skip the node's children.
    virtual bool visit(const Node* node) = 0;

    void walk(const Module* m) { walkBlock(m->body); }
    void walkBlock(const Block& b) {
        for (const Stmt* s : b.stmts)
            walk(s);
    }

    void walk(const Node* n) {
        if (!n || !visit(n)) return;
        switch (n->kind) {
        case NodeKind::Tuple:
            for (const Expr* e : n->as<TupleExpr>()->elts)
                walk(e);
            break;
        case NodeKind::List:
            for (const Expr* e : n->as<ListExpr>()->elts)
                walk(e);
            break;
        case NodeKind::Brace:
            for (const Expr* e : n->as<BraceExpr>()->items)
                walk(e);
            break;
        case NodeKind::DictItem:
            walk(n->as<DictItemExpr>()->key);
            walk(n->as<DictItemExpr>()->value);
            break;
        case NodeKind::Comprehension: {
            auto* c = n->as<ComprehensionExpr>();
            walk(c->elt);
            for (const CompClause& cl : c->clauses) {
                walk(cl.target);
                walk(cl.expr);
            }
            break;
        }
        case NodeKind::AtomExpr: {
            auto* a = n->as<AtomExpr>();
            walk(a->atom);
            for (const Trailer* t : a->trailers)
                walk(t);
            break;
        }
        case NodeKind::CallTrailer:
            walkArgs(n->as<CallTrailer>()->args);
            break;
        case NodeKind::IndexTrailer:
            walk(n->as<IndexTrailer>()->index);
            break;
        case NodeKind::Slice:
            walk(n->as<SliceExpr>()->lower);
            walk(n->as<SliceExpr>()->upper);
            walk(n->as<SliceExpr>()->step);
            break;
        case NodeKind::Unary:
            walk(n->as<UnaryExpr>()->operand);
            break;
        case NodeKind::Binary:
            walk(n->as<BinaryExpr>()->first);
            for (const BinaryOperand& o : n->as<BinaryExpr>()->rest)
                walk(o.operand);
            break;
        case NodeKind::Not:
            walk(n->as<NotExpr>()->operand);
            break;
        case NodeKind::BoolOp:
            for (const Expr* e : n->as<BoolOpExpr>()->values)
                walk(e);
            break;
        case NodeKind::Compare:
            walk(n->as<CompareExpr>()->first);
            for (const BinaryOperand& o : n->as<CompareExpr>()->rest)
                walk(o.operand);
            break;
        case NodeKind::IfExp:
            walk(n->as<IfExpExpr>()->body);
            walk(n->as<IfExpExpr>()->test);
            walk(n->as<IfExpExpr>()->orelse);
            break;
        case NodeKind::Lambda:
            walkParams(n->as<LambdaExpr>()->params);
            walk(n->as<LambdaExpr>()->body);
            break;
        case NodeKind::NamedExpr:
            walk(n->as<NamedExprExpr>()->target);
            walk(n->as<NamedExprExpr>()->value);
            break;
        case NodeKind::Star:
            walk(n->as<StarExpr>()->value);
            break;
        case NodeKind::Yield:
            walk(n->as<YieldExpr>()->value);
            break;
        case NodeKind::ExprStmt:
            walk(n->as<ExprStmt>()->value);
            break;
        case NodeKind::Assign:
            for (const Expr* t : n->as<AssignStmt>()->targets)
                walk(t);
            walk(n->as<AssignStmt>()->value);
            break;
        case NodeKind::AugAssign:
            walk(n->as<AugAssignStmt>()->target);
            walk(n->as<AugAssignStmt>()->value);
            break;
        case NodeKind::AnnAssign:
            walk(n->as<AnnAssignStmt>()->target);
            walk(n->as<AnnAssignStmt>()->annotation);
            walk(n->as<AnnAssignStmt>()->value);
            break;
        case NodeKind::Del:
            for (const Expr* t : n->as<DelStmt>()->targets)
                walk(t);
            break;
        case NodeKind::Return:
            walk(n->as<ReturnStmt>()->value);
            break;
        case NodeKind::Raise:
            walk(n->as<RaiseStmt>()->exc);
            walk(n->as<RaiseStmt>()->cause);
            break;
        case NodeKind::Assert:
            walk(n->as<AssertStmt>()->test);
            walk(n->as<AssertStmt>()->msg);
            break;
        case NodeKind::If: {
            auto* i = n->as<IfStmt>();
            walk(i->test);
            walkBlock(i->body);
            for (const ElifClause& c : i->elifs) {
                walk(c.test);
                walkBlock(c.body);
            }
            walkBlock(i->orelse);
            break;
        }
        case NodeKind::While:
            walk(n->as<WhileStmt>()->test);
            walkBlock(n->as<WhileStmt>()->body);
            walkBlock(n->as<WhileStmt>()->orelse);
            break;
        case NodeKind::For:
            walk(n->as<ForStmt>()->target);
            walk(n->as<ForStmt>()->iter);
            walkBlock(n->as<ForStmt>()->body);
            walkBlock(n->as<ForStmt>()->orelse);
            break;
        case NodeKind::Try: {
            auto* t = n->as<TryStmt>();
            walkBlock(t->body);
            for (const ExceptHandler& h : t->handlers) {
                walk(h.type);
                walkBlock(h.body);
            }
            walkBlock(t->orelse);
            walkBlock(t->finalbody);
            break;
        }
        case NodeKind::With:
            for (const WithItem& item : n->as<WithStmt>()->items) {
                walk(item.context);
                walk(item.target);
            }
            walkBlock(n->as<WithStmt>()->body);
            break;
        case NodeKind::FunctionDef: {
            auto* f = n->as<FunctionDefStmt>();
            for (const Decorator& d : f->decorators)
                if (d.call) walk(d.call);
            walkParams(f->params);
            walk(f->returns);
            walkBlock(f->body);
            break;
        }
        case NodeKind::ClassDef: {
            auto* c = n->as<ClassDefStmt>();
            for (const Decorator& d : c->decorators)
                if (d.call) walk(d.call);
            walkArgs(c->bases);
            walkBlock(c->body);
            break;
        }
        default:
            break;
        }
    }

private:
    void walkArgs(llvm::ArrayRef<Arg> args) {
        for (const Arg& a : args) {
            walk(a.keyword);
            walk(a.value);
        }
    }
    void walkParams(llvm::ArrayRef<Param> params) {
        for (const Param& p : params) {
            walk(p.annotation);
            walk(p.defaultValue);
        }
    }
};

} // namespace mpyc
