// Constant advice: warnings and the --explain-consts report; see ConstAdvice.h.
#include "optimizer/ConstAdvice.h"

#include "frontend/AstVisitor.h"
#include "frontend/FloatFormat.h"

#include <llvm/ADT/StringMap.h>

#include <algorithm>

namespace mpyc {

namespace {

bool isAllCaps(llvm::StringRef name) {
    bool letter = false;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') {
            letter = true;
        } else if (!(c == '_' || (c >= '0' && c <= '9'))) {
            return false;
        }
    }
    return letter && !(name.front() >= '0' && name.front() <= '9');
}

// Counts, for every name, the places that bind it anywhere in the module.
class BindingCounter : public AstVisitor {
public:
    llvm::StringMap<unsigned> counts;
    std::vector<const AtomExpr*> micropythonConstCalls;

    bool visit(const Node* n) override {
        switch (n->kind) {
        case NodeKind::Assign:
            for (const Expr* t : n->as<AssignStmt>()->targets)
                target(t);
            break;
        case NodeKind::AugAssign:
            target(n->as<AugAssignStmt>()->target);
            break;
        case NodeKind::AnnAssign:
            target(n->as<AnnAssignStmt>()->target);
            break;
        case NodeKind::Del:
            for (const Expr* t : n->as<DelStmt>()->targets)
                target(t);
            break;
        case NodeKind::For:
            target(n->as<ForStmt>()->target);
            break;
        case NodeKind::With:
            for (const WithItem& item : n->as<WithStmt>()->items)
                target(item.target);
            break;
        case NodeKind::Comprehension:
            for (const CompClause& cl : n->as<ComprehensionExpr>()->clauses)
                target(cl.target);
            break;
        case NodeKind::NamedExpr:
            target(n->as<NamedExprExpr>()->target);
            break;
        case NodeKind::Import:
            for (const ImportAlias& a : n->as<ImportStmt>()->names)
                if (!a.dotted.empty()) counts[a.asname.empty() ? a.dotted[0] : a.asname]++;
            break;
        case NodeKind::ImportFrom:
            for (const ImportAlias& a : n->as<ImportFromStmt>()->names)
                counts[a.asname.empty() ? a.dotted[0] : a.asname]++;
            break;
        case NodeKind::Global:
            for (llvm::StringRef name : n->as<GlobalStmt>()->names)
                counts[name] += 2; // may rebind
            break;
        case NodeKind::FunctionDef:
            counts[n->as<FunctionDefStmt>()->name]++;
            break;
        case NodeKind::ClassDef:
            counts[n->as<ClassDefStmt>()->name]++;
            break;
        case NodeKind::Try:
            for (const ExceptHandler& h : n->as<TryStmt>()->handlers)
                if (!h.name.empty()) counts[h.name]++;
            break;
        case NodeKind::AtomExpr: {
            auto* a = n->as<AtomExpr>();
            auto* base = a->atom->as<NameExpr>();
            if (base && base->id() == "micropython" && a->trailers.size() >= 2) {
                auto* attr = a->trailers[0]->as<AttrTrailer>();
                if (attr && attr->attr == "const" && a->trailers[1]->is<CallTrailer>())
                    micropythonConstCalls.push_back(a);
            }
            break;
        }
        default:
            break;
        }
        return true;
    }

private:
    void target(const Expr* e) {
        if (!e) return;
        if (auto* n = e->as<NameExpr>()) {
            counts[n->id()]++;
        } else if (auto* t = e->as<TupleExpr>()) {
            for (const Expr* x : t->elts)
                target(x);
        } else if (auto* l = e->as<ListExpr>()) {
            for (const Expr* x : l->elts)
                target(x);
        } else if (auto* s = e->as<StarExpr>()) {
            target(s->value);
        }
    }
};

} // namespace

std::string constValueText(const ConstValue* v) {
    switch (v->kind) {
    case ConstKind::None:
        return "None";
    case ConstKind::True:
        return "True";
    case ConstKind::False:
        return "False";
    case ConstKind::Ellipsis:
        return "Ellipsis";
    case ConstKind::Int:
        return v->intText();
    case ConstKind::Float:
        return formatFloatRepr(v->floatValue());
    case ConstKind::Complex:
        return formatComplexRepr(v->floatValue(), v->imagValue());
    case ConstKind::Str:
        return quoteText(v->data());
    case ConstKind::Bytes:
        return "b" + quoteText(v->data());
    case ConstKind::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < v->items().size(); ++i) {
            if (i) s += ", ";
            s += constValueText(v->items()[i]);
        }
        if (v->items().size() == 1) s += ",";
        return s + ")";
    }
    }
    return "?";
}

std::vector<ConstCandidate> constCandidates(const Module* module, llvm::ArrayRef<ConstDeclaration> decls) {
    std::vector<ConstCandidate> out;
    BindingCounter counter;
    counter.walk(module);
    llvm::StringMap<bool> declared;
    for (const ConstDeclaration& d : decls)
        declared[d.name] = true;
    for (const Stmt* s : module->body.stmts) {
        auto* a = s->as<AssignStmt>();
        if (!a || a->targets.size() != 1) continue;
        auto* name = a->targets[0]->as<NameExpr>();
        auto* value = a->value ? a->value->as<ConstExpr>() : nullptr;
        if (!name || !value || !value->value->isInt() || !isAllCaps(name->id()) || declared.count(name->id()))
            continue;
        if (counter.counts.lookup(name->id()) != 1) continue;
        out.push_back({name->id().str(), constValueText(value->value), s->line, s->range, 0});
    }
    return out;
}

std::vector<Diagnostic> constWarnings(const Module* module, llvm::ArrayRef<ConstDeclaration> decls,
                                      llvm::ArrayRef<ConstCandidate> candidates) {
    std::vector<Diagnostic> out;
    auto warn = [&](uint32_t line, SourceRange range, std::string message, std::string hint) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.errorClass = "Warning";
        d.message = std::move(message);
        d.hint = std::move(hint);
        d.line = line;
        d.range = range;
        d.hasRange = true;
        out.push_back(std::move(d));
    };

    for (const ConstDeclaration& d : decls) {
        if (d.uses > 0) continue;
        if (d.isPrivate) {
            warn(d.line, d.range, "constant '" + d.name + "' is declared with const() but never used",
                 "remove it, or use it after its declaration (uses before it are not substituted)");
        } else {
            warn(d.line, d.range,
                 "constant '" + d.name + "' is declared with const() but not used in this module",
                 "if no other module imports it, name it '_" + d.name + "' so that it takes no memory");
        }
    }

    BindingCounter counter;
    counter.walk(module);
    for (const AtomExpr* call : counter.micropythonConstCalls) {
        warn(call->line, call->range,
             "micropython.const(...) is an ordinary call, not a compile-time constant",
             "use 'from micropython import const' and call const(...) directly");
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Diagnostic& x, const Diagnostic& y) { return x.range.begin < y.range.begin; });

    // one line, no source excerpt, after the others
    if (!candidates.empty()) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.errorClass = "Warning";
        d.message = candidates.size() == 1
                        ? "'" + candidates[0].name + "' (line " + std::to_string(candidates[0].line) +
                              ") is assigned once to an int and could be const(): see --explain-consts"
                        : std::to_string(candidates.size()) +
                              " module-level ints could be const(): see --explain-consts";
        out.push_back(std::move(d));
    }
    return out;
}

namespace {

std::string padRight(std::string s, size_t w) {
    s.resize(std::max(s.size(), w), ' ');
    return s;
}

std::string explainCandidates(llvm::ArrayRef<ConstCandidate> candidates) {
    std::string out = std::to_string(candidates.size()) + " module-level int" +
                      (candidates.size() == 1 ? " is" : "s are") +
                      " assigned once and could be const() (uses become immediate values);\n"
                      "  as _NAME = const(...) each would also take no global and no qstr:\n";
    size_t nameWidth = 4, valueWidth = 5;
    for (const ConstCandidate& c : candidates) {
        nameWidth = std::max(nameWidth, c.name.size());
        valueWidth = std::max(valueWidth, std::min<size_t>(c.value.size(), 40));
    }
    out += "  " + padRight("line", 6) + padRight("name", nameWidth + 2) + padRight("value", valueWidth + 2) +
           "RAM saved as _NAME\n";
    uint64_t total = 0;
    for (const ConstCandidate& c : candidates) {
        std::string value = c.value.size() > 40 ? c.value.substr(0, 37) + "..." : c.value;
        out += "  " + padRight(std::to_string(c.line), 6) + padRight(c.name, nameWidth + 2) +
               padRight(value, valueWidth + 2) +
               (c.ramSavedIfPrivate ? std::to_string(c.ramSavedIfPrivate) + " bytes" : std::string("?")) + "\n";
        total += c.ramSavedIfPrivate;
    }
    if (total)
        out += "  " + std::to_string(total) +
               " bytes in all, if no other module imports them (a private name is not importable)\n";
    return out;
}

} // namespace

std::string explainConsts(llvm::ArrayRef<ConstDeclaration> decls, llvm::ArrayRef<ConstCandidate> candidates,
                          llvm::StringRef fileName) {
    std::string out = fileName.str() + ": " + std::to_string(decls.size()) + " constant" +
                      (decls.size() == 1 ? "" : "s") + " declared with const()\n";
    if (decls.empty()) return candidates.empty() ? out : out + "  " + explainCandidates(candidates);
    size_t nameWidth = 4, valueWidth = 5;
    std::vector<std::string> values;
    for (const ConstDeclaration& d : decls) {
        values.push_back(constValueText(d.value));
        if (values.back().size() > 40) values.back() = values.back().substr(0, 37) + "...";
        nameWidth = std::max(nameWidth, d.name.size());
        valueWidth = std::max(valueWidth, values.back().size());
    }
    auto pad = padRight;
    out += "  " + pad("line", 6) + pad("name", nameWidth + 2) + pad("value", valueWidth + 2) +
           pad("uses", 6) + "storage\n";
    unsigned privateCount = 0;
    for (size_t i = 0; i < decls.size(); ++i) {
        const ConstDeclaration& d = decls[i];
        std::string storage = d.isPrivate ? "none (private: no global, no qstr)" : "a global and its qstr";
        if (d.isPrivate) ++privateCount;
        out += "  " + pad(std::to_string(d.line), 6) + pad(d.name, nameWidth + 2) +
               pad(values[i], valueWidth + 2) + pad(std::to_string(d.uses), 6) + storage + "\n";
    }
    out += "  " + std::to_string(privateCount) + " of " + std::to_string(decls.size()) +
           " take no memory at run time; every use is replaced by its value\n";
    if (!candidates.empty()) out += "  " + explainCandidates(candidates);
    return out;
}

} // namespace mpyc
