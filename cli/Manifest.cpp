// The manifest evaluator; see Manifest.h for the language subset and the semantics.
//
// One Evaluator runs a whole evaluation: a stack of frames (one per manifest being
// evaluated, for relative paths, `options` and the "included from" notes of errors), the
// metadata stack of require(), the registered libraries and their package indexes. Errors are
// rendered where they happen, while the frame stack still says which manifest included which,
// and thrown as text.
#include "cli/Manifest.h"

#include "cli/Files.h"
#include "mpy/PythonText.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace mpyc {

namespace {

// A value of the manifest language.
struct Value {
    enum class Kind : uint8_t { None, Bool, Int, Str, List, Options };
    Kind kind = Kind::None;
    bool b = false;
    int64_t i = 0;
    std::string s;
    std::vector<Value> items;

    static Value none() { return {}; }
    static Value boolean(bool v) {
        Value r;
        r.kind = Kind::Bool;
        r.b = v;
        return r;
    }
    static Value integer(int64_t v) {
        Value r;
        r.kind = Kind::Int;
        r.i = v;
        return r;
    }
    static Value str(std::string v) {
        Value r;
        r.kind = Kind::Str;
        r.s = std::move(v);
        return r;
    }
    bool truthy() const {
        switch (kind) {
        case Kind::None:
            return false;
        case Kind::Bool:
            return b;
        case Kind::Int:
            return i != 0;
        case Kind::Str:
            return !s.empty();
        case Kind::List:
            return !items.empty();
        case Kind::Options:
            return true;
        }
        return false;
    }
    bool operator==(const Value& o) const {
        // Python: True == 1 and False == 0
        auto num = [](const Value& v) { return v.kind == Kind::Bool ? int64_t(v.b) : v.i; };
        bool numeric =
            (kind == Kind::Bool || kind == Kind::Int) && (o.kind == Kind::Bool || o.kind == Kind::Int);
        if (numeric) return num(*this) == num(o);
        if (kind != o.kind) return false;
        switch (kind) {
        case Kind::None:
        case Kind::Options:
            return true;
        case Kind::Str:
            return s == o.s;
        case Kind::List:
            return items == o.items;
        default:
            return false;
        }
    }
};

const char* kindName(Value::Kind k) {
    switch (k) {
    case Value::Kind::None:
        return "None";
    case Value::Kind::Bool:
        return "bool";
    case Value::Kind::Int:
        return "int";
    case Value::Kind::Str:
        return "str";
    case Value::Kind::List:
        return "list";
    case Value::Kind::Options:
        return "options";
    }
    return "value";
}

// Python's repr() of a value, for __version__ tagging and messages.
std::string reprOf(const Value& v) {
    switch (v.kind) {
    case Value::Kind::None:
        return "None";
    case Value::Kind::Bool:
        return v.b ? "True" : "False";
    case Value::Kind::Int:
        return std::to_string(v.i);
    case Value::Kind::Str:
        return decodeUtf8(v.s) ? pythonRepr(v.s) : "'" + v.s + "'";
    case Value::Kind::List: {
        std::string out = "[";
        for (size_t k = 0; k < v.items.size(); ++k)
            out += (k ? ", " : "") + reprOf(v.items[k]);
        return out + "]";
    }
    case Value::Kind::Options:
        return "options";
    }
    return "?";
}

// An error already rendered (with its "included from" notes).
struct ManifestFailure {
    std::string text;
};

struct Frame {
    std::string path;    // the manifest file
    std::string display; // its name in messages: as given on the command line, else resolved
    std::string dir;     // its folder: relative paths in it resolve here
    std::string source;
    std::unique_ptr<AstContext> ctx;
    SourceRange callRange; // in the parent frame: the include()/require() call
    bool hasCall = false;
    std::map<std::string, Value> kwargs;   // options.NAME
    std::map<std::string, Value> defaults; // options.defaults(NAME=...)
    std::map<std::string, Value> locals;   // NAME = value
};

struct Metadata {
    bool initialised = false;
    std::string versionRepr;
};

// One positional-or-keyword parameter of a manifest function.
struct Param {
    const char* name;
    bool required;
};

struct Args {
    std::map<std::string, Value> values;
    std::map<std::string, const Node*> nodes;         // where each came from
    std::vector<std::pair<std::string, Value>> extra; // **kwargs, in call order
    const Node* call = nullptr;
    bool has(const std::string& n) const { return values.count(n) && values.at(n).kind != Value::Kind::None; }
};

class Evaluator {
public:
    Evaluator(const ManifestOptions& options, ManifestResult& result) : options_(options), result_(result) {
        metadata_.emplace_back();
        metadataStack_.push_back(0);
        auto lib = options.vars.find("MPY_LIB_DIR");
        if (lib != options.vars.end() && !lib->second.empty()) {
            // manifestfile.py's BASE_LIBRARY_NAMES, in order
            for (const char* name : {"micropython", "python-stdlib", "python-ecosys"})
                addLibrary(name, (fs::path(lib->second) / name).string(), false);
        }
    }

    void runTopLevel(const std::string& path) {
        std::string base = options_.baseDir.empty() ? fs::current_path().string() : options_.baseDir;
        std::string resolved = absolute(path, base);
        includeFile(resolved, {}, false, nullptr, path);
    }

    void finish() {
        for (size_t k = 0; k < result_.entries.size(); ++k)
            result_.entries[k].versionRepr = metadata_[entryMetadata_[k]].versionRepr;
    }

private:
    // --- errors ------------------------------------------------------------------------------

    [[noreturn]] void fail(const Node* at, const std::string& message, const std::string& hint = {}) {
        SourceRange r = at ? at->range : SourceRange{};
        failAt(r, at != nullptr, message, hint);
    }

    [[noreturn]] void failAt(SourceRange range, bool hasRange, const std::string& message,
                             const std::string& hint = {}) {
        std::string text;
        if (frames_.empty()) throw ManifestFailure{"mpyc: error: " + message + "\n"};
        Frame& top = *frames_.back();
        Diagnostic d;
        d.message = message;
        d.hint = hint;
        d.range = range;
        d.hasRange = hasRange;
        d.line = 0;
        text = renderDiagnostics({d}, ErrorFormat::Rich, top.display, top.source);
        appendIncludeNotes(text);
        throw ManifestFailure{text};
    }

    void appendIncludeNotes(std::string& text) {
        for (size_t k = frames_.size(); k-- > 1;) {
            if (!frames_[k]->hasCall) continue;
            Frame& parent = *frames_[k - 1];
            Diagnostic note;
            note.severity = Severity::Note;
            note.message = "included from here";
            note.range = frames_[k]->callRange;
            note.hasRange = true;
            text += renderDiagnostics({note}, ErrorFormat::Rich, parent.display, parent.source);
        }
    }

    void warn(const Node* at, const std::string& message) {
        Frame& top = *frames_.back();
        Diagnostic d;
        d.severity = Severity::Warning;
        d.message = message;
        d.range = at->range;
        d.hasRange = true;
        result_.warnings.push_back(renderDiagnostics({d}, ErrorFormat::Rich, top.display, top.source));
    }

    std::string where(const Node* at) const {
        const Frame& top = *frames_.back();
        return top.display + ":" +
               std::to_string(SourceLocator(top.source).lineColumn(at->range.begin).first);
    }

    // --- paths -------------------------------------------------------------------------------

    static std::string absolute(const std::string& path, const std::string& base) {
        fs::path p(path);
        if (p.is_relative()) p = fs::path(base) / p;
        std::string s = p.lexically_normal().string();
        while (s.size() > 1 && s.back() == '/')
            s.pop_back();
        return s;
    }

    // `$(NAME)` substitution, then made absolute against the current manifest's folder.
    std::string resolvePath(const std::string& path, const Node* at) {
        std::string out;
        for (size_t k = 0; k < path.size();) {
            if (path.compare(k, 2, "$(") == 0) {
                size_t close = path.find(')', k + 2);
                if (close == std::string::npos) fail(at, "unterminated $( in path '" + path + "'");
                std::string name = path.substr(k + 2, close - k - 2);
                auto it = options_.vars.find(name);
                if (it == options_.vars.end() || it->second.empty()) {
                    std::string opt = name == "MPY_DIR"       ? "--mpy-dir"
                                      : name == "MPY_LIB_DIR" ? "--lib-dir"
                                      : name == "PORT_DIR"    ? "--port-dir"
                                      : name == "BOARD_DIR"   ? "--board-dir"
                                                              : "--var " + name + "=PATH";
                    fail(at, "path variable $(" + name + ") is not set", "give it with " + opt);
                }
                out += it->second;
                k = close + 1;
            } else {
                out += path[k++];
            }
        }
        return absolute(out, frames_.back()->dir);
    }

    // The module path on the device: relative, normalised, inside its base folder.
    std::string targetPath(const std::string& raw, const Node* at) {
        fs::path p = fs::path(raw).lexically_normal();
        std::string s = p.string();
        if (p.is_absolute() || s.empty() || s == "." || s.rfind("..", 0) == 0)
            fail(at, "'" + raw + "' is not a path inside the base folder (it would be the module's name)");
        return s;
    }

    static std::string extensionOf(const std::string& path) {
        std::string ext = fs::path(path).extension().string();
        for (char& c : ext)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return ext;
    }

    // --- evaluation --------------------------------------------------------------------------

    void includeFile(const std::string& pathIn, std::map<std::string, Value> kwargs, bool isRequire,
                     const Node* call, std::string display = {}) {
        std::string path = pathIn;
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            path = (fs::path(path) / "manifest.py").string();
            if (!display.empty()) display = (fs::path(display) / "manifest.py").string();
        }
        if (!visited_.insert(path).second) return;
        std::string source;
        if (!readFile(path, source)) {
            std::string msg = "cannot read manifest " + path + ": " + std::strerror(errno);
            if (call) fail(call, msg);
            throw ManifestFailure{"mpyc: error: " + msg + "\n"};
        }
        result_.manifestsRead.push_back(path);
        if (isRequire) {
            metadata_.emplace_back();
            metadataStack_.push_back(metadata_.size() - 1);
        }
        auto frame = std::make_unique<Frame>();
        frame->path = path;
        frame->display = display.empty() ? path : display;
        frame->dir = fs::path(path).parent_path().string();
        frame->source = std::move(source);
        frame->ctx = std::make_unique<AstContext>();
        frame->kwargs = std::move(kwargs);
        if (call) {
            frame->callRange = call->range;
            frame->hasCall = true;
        }
        frames_.push_back(std::move(frame));
        Frame& f = *frames_.back();
        llvm::StringRef interned[] = {f.path};
        Parser parser(*f.ctx, f.source, interned);
        ParseResult parsed = parser.parseModule();
        if (parsed.error) {
            Diagnostic d = *parsed.error;
            std::string text = renderDiagnostics({d}, ErrorFormat::Rich, f.display, f.source);
            appendIncludeNotes(text);
            throw ManifestFailure{text};
        }
        execBlock(parsed.module->body);
        frames_.pop_back();
        if (isRequire) metadataStack_.pop_back();
    }

    void execBlock(const Block& block) {
        for (const Stmt* s : block.stmts)
            exec(s);
    }

    void exec(const Stmt* s) {
        switch (s->kind) {
        case NodeKind::Pass:
            return;
        case NodeKind::ExprStmt: {
            const Expr* e = s->as<ExprStmt>()->value;
            // a lone string is a comment (doc string)
            if (auto* c = e->as<ConstExpr>(); c && c->value->kind == ConstKind::Str) return;
            if (!isCall(e))
                fail(e, "a manifest statement must be a call such as freeze(...) or include(...), not " +
                            describe(e));
            eval(e);
            return;
        }
        case NodeKind::If: {
            auto* i = s->as<IfStmt>();
            if (eval(i->test).truthy()) return execBlock(i->body);
            for (const ElifClause& c : i->elifs)
                if (eval(c.test).truthy()) return execBlock(c.body);
            return execBlock(i->orelse);
        }
        case NodeKind::Assign: {
            auto* a = s->as<AssignStmt>();
            if (a->targets.size() != 1 || !a->targets[0]->is<NameExpr>())
                fail(s, "only assignments to a single name (NAME = value) are supported in manifests");
            llvm::StringRef name = a->targets[0]->as<NameExpr>()->id();
            if (name == "options" || builtin(name))
                fail(a->targets[0], "'" + name.str() + "' cannot be assigned in a manifest");
            frames_.back()->locals[name.str()] = eval(a->value);
            return;
        }
        default:
            fail(s, std::string("'") + statementName(s->kind) +
                        "' statements are not supported in manifests (supported: calls, if/elif/else, "
                        "pass and NAME = value)");
        }
    }

    static const char* statementName(NodeKind k) {
        switch (k) {
        case NodeKind::For:
            return "for";
        case NodeKind::While:
            return "while";
        case NodeKind::Import:
        case NodeKind::ImportFrom:
            return "import";
        case NodeKind::FunctionDef:
            return "def";
        case NodeKind::ClassDef:
            return "class";
        case NodeKind::Try:
            return "try";
        case NodeKind::With:
            return "with";
        case NodeKind::Return:
            return "return";
        case NodeKind::Raise:
            return "raise";
        case NodeKind::Del:
            return "del";
        case NodeKind::Global:
            return "global";
        case NodeKind::Nonlocal:
            return "nonlocal";
        case NodeKind::Assert:
            return "assert";
        case NodeKind::AugAssign:
            return "augmented assignment";
        case NodeKind::AnnAssign:
            return "annotated assignment";
        case NodeKind::Break:
            return "break";
        case NodeKind::Continue:
            return "continue";
        default:
            return nodeKindName(k);
        }
    }

    static std::string describe(const Expr* e) {
        switch (e->kind) {
        case NodeKind::Name:
            return "a bare name";
        case NodeKind::Const:
            return "a constant";
        case NodeKind::Lambda:
            return "a lambda";
        case NodeKind::Comprehension:
            return "a comprehension";
        case NodeKind::Yield:
            return "yield";
        default:
            return std::string("an expression (") + nodeKindName(e->kind) + ")";
        }
    }

    static bool isCall(const Expr* e) {
        auto* a = e->as<AtomExpr>();
        return a && !a->trailers.empty() && a->trailers.back()->is<CallTrailer>();
    }

    static bool builtin(llvm::StringRef name) {
        static const char* const names[] = {"metadata",      "include",   "require", "add_library",
                                            "package",       "module",    "freeze",  "freeze_as_str",
                                            "freeze_as_mpy", "freeze_mpy"};
        for (const char* n : names)
            if (name == n) return true;
        return false;
    }

    Value eval(const Expr* e) {
        switch (e->kind) {
        case NodeKind::Const: {
            const ConstValue* v = e->as<ConstExpr>()->value;
            switch (v->kind) {
            case ConstKind::None:
                return Value::none();
            case ConstKind::True:
                return Value::boolean(true);
            case ConstKind::False:
                return Value::boolean(false);
            case ConstKind::Str:
                return Value::str(v->data().str());
            case ConstKind::Int:
                if (v->fitsInt64()) return Value::integer(v->int64());
                fail(e, "integer too large for a manifest");
            default:
                fail(e, "only str, int, bool and None constants are supported in manifests");
            }
        }
        case NodeKind::Name: {
            llvm::StringRef id = e->as<NameExpr>()->id();
            if (id == "options") {
                Value v;
                v.kind = Value::Kind::Options;
                return v;
            }
            auto& locals = frames_.back()->locals;
            if (auto it = locals.find(id.str()); it != locals.end()) return it->second;
            if (builtin(id)) fail(e, "'" + id.str() + "' is a manifest function: call it");
            fail(e, "name '" + id.str() + "' is not defined in this manifest");
        }
        case NodeKind::Tuple:
        case NodeKind::List: {
            llvm::ArrayRef<Expr*> elts =
                e->is<TupleExpr>() ? e->as<TupleExpr>()->elts : e->as<ListExpr>()->elts;
            Value v;
            v.kind = Value::Kind::List;
            for (const Expr* x : elts) {
                if (x->is<StarExpr>()) fail(x, "'*' unpacking is not supported in manifests");
                v.items.push_back(eval(x));
            }
            return v;
        }
        case NodeKind::Not:
            return Value::boolean(!eval(e->as<NotExpr>()->operand).truthy());
        case NodeKind::BoolOp: {
            auto* b = e->as<BoolOpExpr>();
            Value last;
            for (const Expr* x : b->values) {
                last = eval(x);
                if (last.truthy() == b->isOr) return last;
            }
            return last;
        }
        case NodeKind::Compare:
            return evalCompare(e->as<CompareExpr>());
        case NodeKind::Binary:
            return evalBinary(e->as<BinaryExpr>());
        case NodeKind::Unary: {
            auto* u = e->as<UnaryExpr>();
            Value v = eval(u->operand);
            if (v.kind != Value::Kind::Int || (u->op != UnaryOp::Negative && u->op != UnaryOp::Positive))
                fail(e, "only unary - and + on ints are supported in manifests");
            if (u->op == UnaryOp::Negative) v.i = -v.i;
            return v;
        }
        case NodeKind::AtomExpr:
            return evalAtom(e->as<AtomExpr>());
        default:
            fail(e, describe(e) + " is not supported in manifests");
        }
    }

    Value evalCompare(const CompareExpr* c) {
        Value left = eval(c->first);
        for (const BinaryOperand& o : c->rest) {
            Value right = eval(o.operand);
            bool r = false;
            switch (o.op) {
            case BinaryOp::Equal:
                r = left == right;
                break;
            case BinaryOp::NotEqual:
                r = !(left == right);
                break;
            case BinaryOp::Is:
            case BinaryOp::IsNot: {
                bool same =
                    left.kind == right.kind &&
                    (left.kind == Value::Kind::None || (left.kind == Value::Kind::Bool && left.b == right.b));
                if (left.kind != Value::Kind::None && right.kind != Value::Kind::None &&
                    left.kind != Value::Kind::Bool && right.kind != Value::Kind::Bool)
                    fail(o.operand, "'is' is only supported with None, True and False in manifests");
                r = o.op == BinaryOp::Is ? same : !same;
                break;
            }
            case BinaryOp::In:
            case BinaryOp::NotIn: {
                bool found = false;
                if (right.kind == Value::Kind::List) {
                    found = std::find(right.items.begin(), right.items.end(), left) != right.items.end();
                } else if (right.kind == Value::Kind::Str && left.kind == Value::Kind::Str) {
                    found = right.s.find(left.s) != std::string::npos;
                } else {
                    fail(o.operand,
                         std::string("'in' needs a list or a str on its right, not ") + kindName(right.kind));
                }
                r = o.op == BinaryOp::In ? found : !found;
                break;
            }
            default:
                fail(o.operand,
                     "only ==, !=, in, not in, is and is not comparisons are supported in manifests");
            }
            if (!r) return Value::boolean(false);
            left = std::move(right);
        }
        return Value::boolean(true);
    }

    Value evalBinary(const BinaryExpr* b) {
        Value acc = eval(b->first);
        for (const BinaryOperand& o : b->rest) {
            Value right = eval(o.operand);
            if (o.op != BinaryOp::Add) fail(b, "only + (on strings and lists) is supported in manifests");
            if (acc.kind == Value::Kind::Str && right.kind == Value::Kind::Str) {
                acc.s += right.s;
            } else if (acc.kind == Value::Kind::List && right.kind == Value::Kind::List) {
                acc.items.insert(acc.items.end(), right.items.begin(), right.items.end());
            } else if (acc.kind == Value::Kind::Int && right.kind == Value::Kind::Int) {
                acc.i += right.i;
            } else {
                fail(o.operand,
                     std::string("cannot add ") + kindName(right.kind) + " to " + kindName(acc.kind));
            }
        }
        return acc;
    }

    Value evalAtom(const AtomExpr* a) {
        if (a->isAwait) fail(a, "'await' is not supported in manifests");
        auto* name = a->atom->as<NameExpr>();
        llvm::ArrayRef<Trailer*> t = a->trailers;
        if (name && name->id() == "options") {
            if (t.size() == 1 && t[0]->is<AttrTrailer>()) {
                std::string attr = t[0]->as<AttrTrailer>()->attr.str();
                const Frame& f = *frames_.back();
                if (auto it = f.kwargs.find(attr); it != f.kwargs.end()) return it->second;
                if (auto it = f.defaults.find(attr); it != f.defaults.end()) return it->second;
                return Value::none();
            }
            if (t.size() == 2 && t[0]->is<AttrTrailer>() && t[0]->as<AttrTrailer>()->attr == "defaults" &&
                t[1]->is<CallTrailer>()) {
                Args args = bind(a, t[1]->as<CallTrailer>(), "options.defaults", {}, true);
                // IncludeOptions.defaults() replaces the defaults
                frames_.back()->defaults.clear();
                for (auto& [k, v] : args.extra)
                    frames_.back()->defaults[k] = v;
                return Value::none();
            }
            fail(a, "only options.NAME and options.defaults(...) are supported in manifests");
        }
        if (!name || t.size() != 1 || !t[0]->is<CallTrailer>()) {
            if (!name)
                fail(a,
                     "method calls (and f-strings, which are method calls) are not supported in manifests");
            if (!t.empty() && t[0]->is<AttrTrailer>())
                fail(a, "attribute access is only supported on 'options' in manifests");
            if (!t.empty() && t[0]->is<IndexTrailer>()) fail(a, "subscripts are not supported in manifests");
            fail(a, "only calls of the manifest functions (freeze, include, require, ...) are supported");
        }
        return call(a, name->id().str(), t[0]->as<CallTrailer>());
    }

    // Binds a call's arguments to positional-or-keyword parameters (and **kwargs if `extraKw`).
    Args bind(const Node* callNode, const CallTrailer* call, const std::string& fn, std::vector<Param> params,
              bool extraKw) {
        Args out;
        out.call = callNode;
        size_t positional = 0;
        for (const Arg& arg : call->args) {
            const Node* at = arg.value ? static_cast<const Node*>(arg.value) : callNode;
            switch (arg.kind) {
            case ArgKind::Positional: {
                if (positional >= params.size())
                    fail(at, fn + "() takes " + std::to_string(params.size()) + " positional argument" +
                                 (params.size() == 1 ? "" : "s") + " at most");
                const std::string name = params[positional++].name;
                out.values[name] = eval(arg.value);
                out.nodes[name] = arg.value;
                break;
            }
            case ArgKind::Keyword: {
                auto* kw = arg.keyword ? arg.keyword->as<NameExpr>() : nullptr;
                if (!kw) fail(at, "a keyword argument must be NAME=value");
                std::string name = kw->id().str();
                bool known =
                    std::any_of(params.begin(), params.end(), [&](const Param& p) { return name == p.name; });
                if (out.values.count(name) || std::any_of(out.extra.begin(), out.extra.end(),
                                                          [&](const auto& e) { return e.first == name; }))
                    fail(kw, fn + "() got multiple values for argument '" + name + "'");
                if (known) {
                    out.values[name] = eval(arg.value);
                    out.nodes[name] = arg.value;
                } else if (extraKw) {
                    out.extra.emplace_back(name, eval(arg.value));
                } else {
                    fail(kw, fn + "() got an unexpected keyword argument '" + name + "'");
                }
                break;
            }
            default:
                fail(at, "*args, **kwargs, generators and := are not supported in manifest calls");
            }
        }
        for (const Param& p : params)
            if (p.required && !out.values.count(p.name))
                fail(callNode, fn + "() missing required argument '" + p.name + "'");
        return out;
    }

    const Node* nodeOf(const Args& a, const std::string& name) const {
        auto it = a.nodes.find(name);
        return it != a.nodes.end() ? it->second : a.call;
    }

    std::string strArg(const Args& a, const std::string& name, const std::string& fn) {
        const Value& v = a.values.at(name);
        if (v.kind != Value::Kind::Str)
            fail(nodeOf(a, name), fn + "(): '" + name + "' must be a str, not " + kindName(v.kind));
        return v.s;
    }

    std::string strArgOr(const Args& a, const std::string& name, const std::string& fn, const char* dflt) {
        return a.has(name) ? strArg(a, name, fn) : dflt;
    }

    std::optional<unsigned> optArg(const Args& a, const std::string& fn) {
        if (!a.has("opt")) return std::nullopt;
        const Value& v = a.values.at("opt");
        if (v.kind != Value::Kind::Int || v.i < 0 || v.i > 9)
            fail(nodeOf(a, "opt"), fn + "(): opt must be an optimisation level 0..9 (or None)");
        return static_cast<unsigned>(v.i);
    }

    // A list of strings (a str counts as a one-item list where the reference iterates).
    std::vector<std::string> strList(const Args& a, const std::string& name, const std::string& fn) {
        const Value& v = a.values.at(name);
        std::vector<std::string> out;
        if (v.kind != Value::Kind::List)
            fail(nodeOf(a, name),
                 fn + "(): '" + name + "' must be a list or tuple of str, not " + kindName(v.kind));
        for (const Value& item : v.items) {
            if (item.kind != Value::Kind::Str)
                fail(nodeOf(a, name),
                     fn + "(): '" + name + "' must hold only str, not " + kindName(item.kind));
            out.push_back(item.s);
        }
        return out;
    }

    Value call(const AtomExpr* node, const std::string& fn, const CallTrailer* c) {
        if (fn == "metadata") {
            Args a = bind(node, c, fn,
                          {{"description", false},
                           {"version", false},
                           {"license", false},
                           {"author", false},
                           {"stdlib", false},
                           {"pypi", false},
                           {"pypi_publish", false}},
                          false);
            // the parameters are keyword-only in the reference
            for (const Arg& arg : c->args)
                if (arg.kind == ArgKind::Positional)
                    fail(arg.value, "metadata() takes keyword arguments only");
            if (a.values.empty()) return Value::none();
            Metadata& m = metadata_[metadataStack_.back()];
            if (m.initialised) fail(node, "duplicate call to metadata() (one per package)");
            m.initialised = true;
            if (a.has("version")) {
                const Value& v = a.values.at("version");
                if (v.kind != Value::Kind::Str && v.kind != Value::Kind::Int)
                    fail(nodeOf(a, "version"), "metadata(): version must be a str");
                m.versionRepr = reprOf(v);
            }
            return Value::none();
        }
        if (fn == "include") {
            Args a = bind(node, c, fn, {{"manifest_path", true}, {"is_require", false}}, true);
            std::map<std::string, Value> kwargs(a.extra.begin(), a.extra.end());
            bool isRequire = a.has("is_require") && a.values.at("is_require").truthy();
            const Value& p = a.values.at("manifest_path");
            if (p.kind == Value::Kind::Str) {
                includeFile(resolvePath(p.s, nodeOf(a, "manifest_path")), kwargs, isRequire, node);
            } else {
                for (const std::string& s : strList(a, "manifest_path", fn))
                    includeFile(resolvePath(s, nodeOf(a, "manifest_path")), kwargs, isRequire, node);
            }
            return Value::none();
        }
        if (fn == "require") {
            Args a = bind(node, c, fn,
                          {{"name", true}, {"version", false}, {"pypi", false}, {"library", false}}, true);
            std::string name = strArg(a, "name", fn);
            std::map<std::string, Value> kwargs(a.extra.begin(), a.extra.end());
            require(a, name, kwargs);
            return Value::none();
        }
        if (fn == "add_library") {
            Args a =
                bind(node, c, fn, {{"library", true}, {"library_path", true}, {"prepend", false}}, false);
            std::string lib = strArg(a, "library", fn);
            std::string path = resolvePath(strArg(a, "library_path", fn), nodeOf(a, "library_path"));
            addLibrary(lib, path, a.has("prepend") && a.values.at("prepend").truthy());
            return Value::none();
        }
        if (fn == "package") {
            Args a =
                bind(node, c, fn,
                     {{"package_path", true}, {"files", false}, {"base_path", false}, {"opt", false}}, false);
            std::string pkg = strArg(a, "package_path", fn);
            std::string base = resolvePath(strArgOr(a, "base_path", fn, "."), nodeOf(a, "base_path"));
            std::optional<std::vector<std::string>> files;
            if (a.has("files")) files = strList(a, "files", fn);
            search(a, base, pkg, files, {".py"}, Mode::Auto, optArg(a, fn));
            return Value::none();
        }
        if (fn == "module") {
            Args a = bind(node, c, fn, {{"module_path", true}, {"base_path", false}, {"opt", false}}, false);
            std::string mod = strArg(a, "module_path", fn);
            std::string base = resolvePath(strArgOr(a, "base_path", fn, "."), nodeOf(a, "base_path"));
            if (extensionOf(mod) != ".py") fail(nodeOf(a, "module_path"), "module() must name a .py file");
            addFile(a, (fs::path(base) / mod).lexically_normal().string(),
                    targetPath(mod, nodeOf(a, "module_path")), Mode::Auto, optArg(a, fn));
            return Value::none();
        }
        if (fn == "freeze" || fn == "freeze_as_mpy" || fn == "freeze_mpy") {
            Args a = bind(node, c, fn, {{"path", true}, {"script", false}, {"opt", false}}, false);
            Mode mode = fn == "freeze" ? Mode::Auto : fn == "freeze_as_mpy" ? Mode::AsMpy : Mode::Mpy;
            std::vector<std::string> exts = fn == "freeze"          ? std::vector<std::string>{".py", ".mpy"}
                                            : fn == "freeze_as_mpy" ? std::vector<std::string>{".py"}
                                                                    : std::vector<std::string>{".mpy"};
            std::string base = resolvePath(strArg(a, "path", fn), nodeOf(a, "path"));
            std::optional<unsigned> opt = optArg(a, fn);
            if (!a.has("script")) {
                search(a, base, "", std::nullopt, exts, mode, opt);
            } else if (a.values.at("script").kind == Value::Kind::Str) {
                std::string script = a.values.at("script").s;
                std::error_code ec;
                if (fs::is_directory(fs::path(base) / script, ec))
                    search(a, base, script, std::nullopt, exts, mode, opt);
                else
                    search(a, base, "", std::vector<std::string>{script}, exts, mode, opt);
            } else {
                search(a, base, "", strList(a, "script", fn), exts, mode, opt);
            }
            return Value::none();
        }
        if (fn == "freeze_as_str") {
            Args a = bind(node, c, fn, {{"path", true}}, false);
            std::string base = resolvePath(strArg(a, "path", fn), nodeOf(a, "path"));
            search(a, base, "", std::nullopt, {".py"}, Mode::Str, std::nullopt);
            return Value::none();
        }
        if (fn == "options")
            fail(node, "'options' is not callable; use options.NAME or options.defaults(...)");
        fail(node->atom, "unknown manifest function '" + fn + "'",
             "the manifest functions are metadata, include, require, add_library, package, module, freeze, "
             "freeze_as_str, freeze_as_mpy and freeze_mpy");
    }

    // --- files -------------------------------------------------------------------------------

    enum class Mode : uint8_t { Auto, AsMpy, Mpy, Str };

    void addFile(const Args& a, const std::string& full, const std::string& target, Mode mode,
                 std::optional<unsigned> opt) {
        std::error_code ec;
        if (!fs::exists(full, ec)) fail(a.call, "cannot find " + full);
        if (fs::is_directory(full, ec)) fail(a.call, full + " is a directory, not a file");
        ManifestEntry e;
        std::string ext = extensionOf(full);
        switch (mode) {
        case Mode::Auto:
            if (ext == ".py")
                e.kind = ManifestEntry::Kind::CompilePy;
            else if (ext == ".mpy")
                e.kind = ManifestEntry::Kind::Mpy;
            else
                fail(a.call, "cannot freeze " + full + ": only .py and .mpy files can be frozen");
            break;
        case Mode::AsMpy:
            e.kind = ManifestEntry::Kind::CompilePy;
            break;
        case Mode::Mpy:
            e.kind = ManifestEntry::Kind::Mpy;
            break;
        case Mode::Str:
            e.kind = ManifestEntry::Kind::Str;
            break;
        }
        e.fullPath = full;
        e.targetPath = target;
        e.opt = opt;
        e.declaredAt = where(a.call);
        result_.entries.push_back(std::move(e));
        entryMetadata_.push_back(metadataStack_.back());
    }

    // manifestfile.py's _search: an explicit file list (relative to base/pkg), or every file
    // with one of `exts` under base/pkg.
    void search(const Args& a, const std::string& base, const std::string& pkg,
                const std::optional<std::vector<std::string>>& files, const std::vector<std::string>& exts,
                Mode mode, std::optional<unsigned> opt) {
        std::error_code ec;
        if (files) {
            for (const std::string& file : *files) {
                std::string rel = pkg.empty() ? file : (fs::path(pkg) / file).string();
                addFile(a, (fs::path(base) / rel).lexically_normal().string(), targetPath(rel, a.call), mode,
                        opt);
            }
            return;
        }
        if (!fs::is_directory(base, ec)) fail(a.call, "cannot find the folder " + base);
        fs::path root = pkg.empty() ? fs::path(base) : fs::path(base) / pkg;
        if (!fs::is_directory(root, ec)) {
            // the reference walks nothing, silently
            warn(a.call, "the folder " + root.lexically_normal().string() + " does not exist: nothing added");
            return;
        }
        std::vector<std::pair<std::string, std::string>> found; // full, target
        std::set<std::string> seen;
        walk(root, pkg.empty() ? fs::path() : fs::path(pkg), exts, found, seen);
        for (auto& [full, rel] : found)
            addFile(a, full, targetPath(rel, a.call), mode, opt);
    }

    void walk(const fs::path& dir, const fs::path& rel, const std::vector<std::string>& exts,
              std::vector<std::pair<std::string, std::string>>& out, std::set<std::string>& seen) {
        std::error_code ec;
        // os.walk(followlinks=True) could loop over a symlink cycle; visit each folder once
        fs::path canonical = fs::canonical(dir, ec);
        if (ec || !seen.insert(canonical.string()).second) return;
        result_.directoriesRead.push_back(dir.lexically_normal().string());
        std::vector<std::string> files, dirs;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::string name = it->path().filename().string();
            std::error_code ec2;
            if (it->is_directory(ec2))
                dirs.push_back(name);
            else if (it->is_regular_file(ec2))
                files.push_back(name);
        }
        std::sort(files.begin(), files.end());
        std::sort(dirs.begin(), dirs.end());
        for (const std::string& f : files)
            if (std::find(exts.begin(), exts.end(), extensionOf(f)) != exts.end())
                out.emplace_back((dir / f).lexically_normal().string(), (rel / f).string());
        for (const std::string& d : dirs)
            walk(dir / d, rel / d, exts, out, seen);
    }

    // --- libraries ---------------------------------------------------------------------------

    void addLibrary(const std::string& name, const std::string& path, bool prepend) {
        libraries_[name] = path;
        if (prepend)
            libraryDirs_.insert(libraryDirs_.begin(), path);
        else
            libraryDirs_.push_back(path);
    }

    // The first folder (walking in sorted pre-order) with a manifest.py, by folder name.
    const std::map<std::string, std::string>& libraryIndex(const std::string& path) {
        auto it = libraryIndexes_.find(path);
        if (it != libraryIndexes_.end()) return it->second;
        std::map<std::string, std::string>& index = libraryIndexes_[path];
        std::vector<fs::path> stack{fs::path(path)};
        // iterative pre-order walk: push children in reverse sorted order
        while (!stack.empty()) {
            fs::path dir = stack.back();
            stack.pop_back();
            std::error_code ec;
            std::vector<std::string> dirs;
            bool hasManifest = false;
            for (fs::directory_iterator d(dir, ec), end; !ec && d != end; d.increment(ec)) {
                std::string name = d->path().filename().string();
                std::error_code ec2;
                if (d->is_symlink(ec2)) {
                    // os.walk's default does not follow links into folders
                    if (name == "manifest.py" && d->is_regular_file(ec2)) hasManifest = true;
                    continue;
                }
                if (d->is_directory(ec2)) {
                    if (name.empty() || name[0] != '.') dirs.push_back(name);
                } else if (name == "manifest.py") {
                    hasManifest = true;
                }
            }
            if (hasManifest) index.emplace(dir.filename().string(), dir.string());
            std::sort(dirs.begin(), dirs.end());
            for (size_t k = dirs.size(); k-- > 0;)
                stack.push_back(dir / dirs[k]);
        }
        return index;
    }

    void require(const Args& a, const std::string& name, const std::map<std::string, Value>& kwargs) {
        auto found = [&](const std::string& lib) -> std::string {
            const auto& index = libraryIndex(lib);
            auto it = index.find(name);
            if (it == index.end()) return {};
            result_.directoriesRead.push_back(it->second);
            return it->second;
        };
        if (a.has("library")) {
            std::string lib = strArg(a, "library", "require");
            auto it = libraries_.find(lib);
            if (it == libraries_.end())
                fail(nodeOf(a, "library"), "unknown library '" + lib + "' for require('" + name + "')",
                     "register it first with add_library('" + lib + "', PATH)");
            std::string dir = found(it->second);
            if (dir.empty())
                fail(a.call,
                     "package '" + name + "' not found in library '" + lib + "' (" + it->second + ")");
            includeFile(dir, kwargs, true, a.call);
            return;
        }
        for (const std::string& lib : libraryDirs_) {
            std::string dir = found(lib);
            if (!dir.empty()) {
                includeFile(dir, kwargs, true, a.call);
                return;
            }
        }
        if (libraryDirs_.empty())
            fail(a.call, "package '" + name + "' not found: no library to search",
                 "give a micropython-lib checkout with --lib-dir PATH");
        fail(a.call, "package '" + name + "' not found in any known library");
    }

    const ManifestOptions& options_;
    ManifestResult& result_;
    std::vector<std::unique_ptr<Frame>> frames_;
    std::set<std::string> visited_;
    std::deque<Metadata> metadata_;
    std::vector<size_t> metadataStack_;
    std::vector<size_t> entryMetadata_; // per entry: its metadata
    std::map<std::string, std::string> libraries_;
    std::vector<std::string> libraryDirs_;
    std::map<std::string, std::map<std::string, std::string>> libraryIndexes_;
};

} // namespace

bool evaluateManifests(const std::vector<std::string>& paths, const ManifestOptions& options,
                       ManifestResult& result, std::string& error) {
    Evaluator ev(options, result);
    try {
        for (const std::string& p : paths)
            ev.runTopLevel(p);
    } catch (const ManifestFailure& f) {
        error = f.text;
        return false;
    }
    ev.finish();
    return true;
}

bool evaluateManifest(const std::string& path, const ManifestOptions& options, ManifestResult& result,
                      std::string& error) {
    return evaluateManifests({path}, options, result, error);
}

} // namespace mpyc
