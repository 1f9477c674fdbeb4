// Parser: token handling, errors and statements. Expressions are in ParseExpr.cpp.
#include "frontend/Parser.h"
#include "frontend/Limits.h"

namespace mpyc {

namespace {

// Qstrs longer than kInternStringMaxLen compiled into the reference mpy-cross binary
// (mpy-cross/build/genhdr/qstrdefs.generated.h); a string literal equal to one of them
// is a qstr however long it is.
// names inline, not pointers the start-up code relocates in every process
const char kBuiltinLongQstrs[][33] = {
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__setitem__",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopIteration",
    "SyntaxError",
    "ZeroDivisionError",
    "classmethod",
    "micropython",
    "staticmethod",
    "Interpolation",
    "StopAsyncIteration",
    "UnicodeError",
    "ViperTypeError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__repl_print__",
    "__reversed__",
    "__template__",
    "__traceback__",
    "bound_method",
    "difference_update",
    "format_spec",
    "heap_unlock",
    "interpolations",
    "intersection",
    "intersection_update",
    "maximum recursion depth exceeded",
    "string.templatelib",
    "symmetric_difference",
    "symmetric_difference_update",
    "templatelib",
    "unpack_from",
    "vcvt_f32_s32",
    "vcvt_s32_f32",
};

} // namespace

bool isBuiltinLongQstr(llvm::StringRef s) {
    // a scan, not a set built on first use: fifty allocations in every process with a long
    // string, to save a few comparisons (most are rejected by length)
    for (const char* q : kBuiltinLongQstrs)
        if (s == q) return true;
    return false;
}

Parser::Parser(AstContext& ctx, llvm::StringRef source, llvm::ArrayRef<llvm::StringRef> internedNames,
               const TargetProfile& target, bool strUnicode)
    : ctx_(ctx), source_(source), target_(target), lexer_(source, target, strUnicode) {
    for (llvm::StringRef n : internedNames)
        longNames_.insert(n);
    if (lexer_.hasFatalError()) {
        Diagnostic d;
        d.errorClass = lexer_.fatalErrorClass();
        d.message = lexer_.fatalError();
        d.hasTraceback = false;
        d.range = here();
        d.hasRange = true;
        error_ = d;
    }
}

bool Parser::isInternedNow(llvm::StringRef s) const {
    return s.size() <= kInternStringMaxLen || longNames_.count(s) != 0 || isBuiltinLongQstr(s);
}

void Parser::advance() {
    if (at(TokenKind::Name) && tok().text.size() > kInternStringMaxLen) {
        // The reference interns each name as the parser takes it, and a qstr's length is one
        // byte: a longer name is its RuntimeError (no traceback), at this token.
        if (tok().text.size() > limits::kMaxQstrBytes) {
            Diagnostic d;
            d.errorClass = "RuntimeError";
            d.message = "name too long";
            d.hasTraceback = false;
            d.line = tok().line;
            d.range = here();
            d.hasRange = true;
            d.hint = "this name is " + std::to_string(tok().text.size()) +
                     " bytes long; MicroPython limits names to " + std::to_string(limits::kMaxQstrBytes) +
                     " bytes (MICROPY_QSTR_BYTES_IN_LEN=1)";
            recordError(d);
            throw ParseError{};
        }
        longNames_.insert(tok().text);
    }
    prevEnd_ = tok().endOffset;
    lexer_.advance();
    if (lexer_.hasFatalError()) {
        Diagnostic d;
        d.errorClass = lexer_.fatalErrorClass();
        d.message = lexer_.fatalError();
        d.hasTraceback = false;
        d.range = here();
        d.hasRange = true;
        recordError(d);
        throw ParseError{};
    }
}

bool Parser::accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
}

void Parser::expect(TokenKind k) {
    if (!at(k)) {
        std::string hint;
        if (k == TokenKind::Indent) {
            hint = "expected an indented block";
        } else if (k != TokenKind::Newline && k != TokenKind::Dedent) {
            hint = std::string("expected '") + tokenSpelling(k) + "'";
        }
        syntaxError(hint);
    }
    advance();
}

void Parser::syntaxError(const std::string& hint) {
    std::string cls = "SyntaxError", msg = "invalid syntax";
    switch (kind()) {
    case TokenKind::Indent:
        cls = "IndentationError";
        msg = "unexpected indent";
        break;
    case TokenKind::DedentMismatch:
        cls = "IndentationError";
        msg = "unindent doesn't match any outer indent level";
        break;
    case TokenKind::MalformedFString:
        msg = "malformed f-string";
        break;
    case TokenKind::FStringRaw: // before v1.24 (TargetFeature::RawFStrings)
        msg = "raw f-strings are not supported";
        break;
    default:
        break;
    }
    errorAt(tok().line, here(), cls, msg, hint);
}

void Parser::tooDeep() {
    errorAt(tok().line, here(), "SyntaxError", "too deeply nested");
}

void Parser::errorAt(uint32_t line, SourceRange range, std::string errorClass, std::string message,
                     std::string hint) {
    Diagnostic d;
    d.errorClass = std::move(errorClass);
    d.message = std::move(message);
    d.line = line;
    d.range = range;
    d.hasRange = true;
    d.hint = std::move(hint);
    switch (kind()) {
    case TokenKind::LonelyStringOpen:
        d.hint = "this string is not closed";
        break;
    case TokenKind::Invalid:
        d.hint = "this character or escape sequence is not valid here";
        break;
    default:
        break;
    }
    recordError(d);
    throw ParseError{};
}

void Parser::recordError(const Diagnostic& d) {
    if (errors_.empty()) constCandidatesBeforeError_ = constCandidates_.size();
    error_ = d;
    // one report per position: an error that propagates through several statement
    // lists is recorded once
    if (errors_.empty() || errors_.back().range.begin != d.range.begin) errors_.push_back(d);
}

llvm::StringRef Parser::takeName() {
    if (!at(TokenKind::Name)) syntaxError();
    llvm::StringRef name = ctx_.intern(tok().text)->str();
    advance();
    return name;
}

ParseResult Parser::parseModule() {
    ParseResult result;
    if (error_) {
        result.error = error_;
        result.errors.push_back(*error_);
        return result;
    }
    uint32_t begin = tok().offset;
    std::vector<Stmt*> stmts;
    bool leadingNewline = false, trailingSemicolon = false;
    try {
        while (!at(TokenKind::End)) {
            if (at(TokenKind::Newline)) {
                leadingNewline = true;
                advance();
                continue;
            }
            parseStatementRecovering(stmts, trailingSemicolon);
        }
    } catch (ParseError&) {
        // a lexer error, too many errors, or no way to continue
    }
    if (errors_.empty()) {
        Module* m = make<Module>(1, begin);
        m->body.stmts = ctx_.copy(llvm::ArrayRef<Stmt*>(stmts));
        m->body.mpContainer = stmts.size() + (leadingNewline ? 1 : 0) >= 2 || trailingSemicolon;
        result.module = m;
        result.constCandidates = std::move(constCandidates_);
    } else {
        result.error = errors_.front();
        result.errors = std::move(errors_);
        // only const() declarations completed before the first error count
        constCandidates_.resize(constCandidatesBeforeError_);
        result.constCandidates = std::move(constCandidates_);
    }
    return result;
}

bool Parser::parseModuleStreaming(llvm::function_ref<bool(llvm::MutableArrayRef<Stmt*>)> onStatements,
                                  StreamedModule& info) {
    if (error_) return false;
    std::vector<Stmt*> stmts;
    try {
        while (!at(TokenKind::End)) {
            if (at(TokenKind::Newline)) {
                info.leadingNewline = true;
                advance();
                continue;
            }
            stmts.clear();
            parseStatementInto(stmts, info.trailingSemicolon);
            // const() candidates matter only for errors, and those are reported by parseModule
            constCandidates_.clear();
            constCandidatesBeforeError_ = 0;
            if (!errors_.empty()) return false;
            if (stmts.empty()) continue;
            if (info.statements == 0) info.firstLine = stmts.front()->line;
            info.statements += stmts.size();
            if (!onStatements(stmts)) return false;
        }
    } catch (ParseError&) {
        return false;
    }
    return errors_.empty();
}

void Parser::parseStatementRecovering(std::vector<Stmt*>& out, bool& trailingSemicolon) {
    try {
        parseStatementInto(out, trailingSemicolon);
    } catch (ParseError&) {
        if (lexer_.hasFatalError() || errors_.size() >= kMaxErrors) throw;
        uint32_t at = tok().offset;
        recoverAfterError();
        if (tok().offset == at && !this->at(TokenKind::End)) throw; // no progress possible
    }
}

void Parser::recoverAfterError() {
    // Skip the rest of the logical line, then any block indented under it.
    while (!at(TokenKind::End) && !at(TokenKind::Newline))
        advance();
    if (!accept(TokenKind::Newline)) return;
    if (!at(TokenKind::Indent)) return;
    int depth = 0;
    while (!at(TokenKind::End)) {
        if (at(TokenKind::Indent)) {
            ++depth;
        } else if (at(TokenKind::Dedent) && --depth == 0) {
            advance();
            return;
        }
        advance();
    }
}

// --- statements --------------------------------------------------------------------------

void Parser::parseStatementInto(std::vector<Stmt*>& out, bool& trailingSemicolon) {
    switch (kind()) {
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWith:
    case TokenKind::KwDef:
    case TokenKind::KwClass:
    case TokenKind::OpAt:
    case TokenKind::KwAsync:
        out.push_back(parseCompoundStatement());
        return;
    default:
        parseSimpleStatement(out, trailingSemicolon);
        return;
    }
}

Stmt* Parser::parseCompoundStatement() {
    uint32_t line = tok().line, begin = tok().offset;
    switch (kind()) {
    case TokenKind::KwIf:
        return parseIf();
    case TokenKind::KwWhile:
        return parseWhile();
    case TokenKind::KwFor:
        return parseFor(line, begin, false);
    case TokenKind::KwTry:
        return parseTry();
    case TokenKind::KwWith:
        return parseWith(line, begin, false);
    case TokenKind::KwDef:
        return parseFuncDef(line, begin, false, {});
    case TokenKind::KwClass:
        return parseClassDef(line, begin, {});
    case TokenKind::OpAt:
        return parseDecorated();
    case TokenKind::KwAsync:
        return parseAsync(line, begin, {});
    default:
        syntaxError();
    }
}

static bool startsSmallStatement(TokenKind k) {
    switch (k) {
    case TokenKind::KwDel:
    case TokenKind::KwPass:
    case TokenKind::KwBreak:
    case TokenKind::KwContinue:
    case TokenKind::KwReturn:
    case TokenKind::KwRaise:
    case TokenKind::KwYield:
    case TokenKind::KwImport:
    case TokenKind::KwFrom:
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal:
    case TokenKind::KwAssert:
    case TokenKind::OpStar:
        return true;
    default:
        return false;
    }
}

void Parser::parseSimpleStatement(std::vector<Stmt*>& out, bool& trailingSemicolon) {
    size_t first = out.size();
    for (;;) {
        out.push_back(parseSmallStatement());
        if (!accept(TokenKind::Semicolon)) break;
        if (!startsSmallStatement(kind()) && !startsTest()) {
            // a trailing ';' makes the reference keep a one-statement list node
            if (out.size() - first == 1) trailingSemicolon = true;
            break;
        }
    }
    expect(TokenKind::Newline);
}

Stmt* Parser::parseSmallStatement() {
    uint32_t line = tok().line, begin = tok().offset;
    switch (kind()) {
    case TokenKind::KwDel: {
        advance();
        Expr* e = parseExprList();
        auto* s = make<DelStmt>(line, begin);
        if (auto* t = e->as<TupleExpr>(); t && t->form == TupleForm::Bare)
            s->targets = t->elts;
        else
            s->targets = ctx_.copy(llvm::ArrayRef<Expr*>(e));
        return s;
    }
    case TokenKind::KwPass:
        advance();
        return make<PassStmt>(line, begin);
    case TokenKind::KwBreak:
        advance();
        return make<BreakStmt>(line, begin);
    case TokenKind::KwContinue:
        advance();
        return make<ContinueStmt>(line, begin);
    case TokenKind::KwReturn: {
        advance();
        Expr* value = startsTest() ? parseTestList() : nullptr;
        auto* s = make<ReturnStmt>(line, begin);
        s->value = value;
        return s;
    }
    case TokenKind::KwRaise: {
        advance();
        Expr* exc = nullptr;
        Expr* cause = nullptr;
        if (startsTest()) {
            exc = parseTest();
            if (accept(TokenKind::KwFrom)) cause = parseTest();
        }
        auto* s = make<RaiseStmt>(line, begin);
        s->exc = exc;
        s->cause = cause;
        return s;
    }
    case TokenKind::KwYield: {
        Expr* y = parseYieldExpr();
        auto* s = make<ExprStmt>(line, begin);
        s->value = y;
        return s;
    }
    case TokenKind::KwImport:
        return parseImportName();
    case TokenKind::KwFrom:
        return parseImportFrom();
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
        bool isGlobal = at(TokenKind::KwGlobal);
        advance();
        std::vector<llvm::StringRef> names;
        names.push_back(takeName());
        while (accept(TokenKind::Comma))
            names.push_back(takeName());
        if (isGlobal) {
            auto* s = make<GlobalStmt>(line, begin);
            s->names = ctx_.copy(llvm::ArrayRef<llvm::StringRef>(names));
            return s;
        }
        auto* s = make<NonlocalStmt>(line, begin);
        s->names = ctx_.copy(llvm::ArrayRef<llvm::StringRef>(names));
        return s;
    }
    case TokenKind::KwAssert: {
        advance();
        Expr* test = parseTest();
        Expr* msg = accept(TokenKind::Comma) ? parseTest() : nullptr;
        auto* s = make<AssertStmt>(line, begin);
        s->test = test;
        s->msg = msg;
        return s;
    }
    default:
        return parseExprStatement();
    }
}

static bool augAssignOp(TokenKind k, BinaryOp& op) {
    switch (k) {
    case TokenKind::DelPipeEqual:
        op = BinaryOp::InplaceOr;
        return true;
    case TokenKind::DelCaretEqual:
        op = BinaryOp::InplaceXor;
        return true;
    case TokenKind::DelAmpersandEqual:
        op = BinaryOp::InplaceAnd;
        return true;
    case TokenKind::DelDblLessEqual:
        op = BinaryOp::InplaceLShift;
        return true;
    case TokenKind::DelDblMoreEqual:
        op = BinaryOp::InplaceRShift;
        return true;
    case TokenKind::DelPlusEqual:
        op = BinaryOp::InplaceAdd;
        return true;
    case TokenKind::DelMinusEqual:
        op = BinaryOp::InplaceSubtract;
        return true;
    case TokenKind::DelStarEqual:
        op = BinaryOp::InplaceMultiply;
        return true;
    case TokenKind::DelAtEqual:
        op = BinaryOp::InplaceMatMultiply;
        return true;
    case TokenKind::DelDblSlashEqual:
        op = BinaryOp::InplaceFloorDivide;
        return true;
    case TokenKind::DelSlashEqual:
        op = BinaryOp::InplaceTrueDivide;
        return true;
    case TokenKind::DelPercentEqual:
        op = BinaryOp::InplaceModulo;
        return true;
    case TokenKind::DelDblStarEqual:
        op = BinaryOp::InplacePower;
        return true;
    default:
        return false;
    }
}

// Whether `value` is `const(...)`: the callee is the bare name `const` with exactly one
// call trailer (the reference's pattern, whatever was imported).
static bool isConstCall(Expr* value) {
    auto* a = value ? value->as<AtomExpr>() : nullptr;
    if (!a || a->isAwait || a->trailers.size() != 1 || !a->trailers[0]->is<CallTrailer>()) return false;
    auto* n = a->atom->as<NameExpr>();
    return n && n->id() == "const";
}

Stmt* Parser::parseExprStatement() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* lhs = parseTestListStarExpr();
    auto parseRhs = [&]() -> Expr* {
        return at(TokenKind::KwYield) ? parseYieldExpr() : parseTestListStarExpr();
    };
    if (accept(TokenKind::Colon)) {
        Expr* annotation = parseTest();
        Expr* value = accept(TokenKind::Equal) ? parseRhs() : nullptr;
        auto* s = make<AnnAssignStmt>(line, begin);
        s->target = lhs;
        s->annotation = annotation;
        s->value = value;
        return s;
    }
    BinaryOp op;
    if (augAssignOp(kind(), op)) {
        advance();
        Expr* value = parseRhs();
        auto* s = make<AugAssignStmt>(line, begin);
        s->target = lhs;
        s->op = op;
        s->value = value;
        return s;
    }
    if (at(TokenKind::Equal)) {
        std::vector<Expr*> targets{lhs};
        Expr* value = nullptr;
        while (accept(TokenKind::Equal)) {
            Expr* v = parseRhs();
            if (at(TokenKind::Equal)) {
                targets.push_back(v);
            } else {
                value = v;
            }
        }
        auto* s = make<AssignStmt>(line, begin);
        s->targets = ctx_.copy(llvm::ArrayRef<Expr*>(targets));
        s->value = value;
        if (targets.size() == 1 && targets[0]->is<NameExpr>() && isConstCall(value))
            constCandidates_.push_back(s);
        return s;
    }
    auto* s = make<ExprStmt>(line, begin);
    s->value = lhs;
    return s;
}

llvm::ArrayRef<llvm::StringRef> Parser::parseDottedName() {
    std::vector<llvm::StringRef> parts;
    parts.push_back(takeName());
    while (accept(TokenKind::Period))
        parts.push_back(takeName());
    return ctx_.copy(llvm::ArrayRef<llvm::StringRef>(parts));
}

Stmt* Parser::parseImportName() {
    uint32_t line = tok().line, begin = tok().offset;
    advance();
    std::vector<ImportAlias> names;
    for (;;) {
        ImportAlias alias;
        alias.dotted = parseDottedName();
        if (accept(TokenKind::KwAs)) alias.asname = takeName();
        names.push_back(alias);
        if (!accept(TokenKind::Comma)) break;
    }
    auto* s = make<ImportStmt>(line, begin);
    s->names = ctx_.copy(llvm::ArrayRef<ImportAlias>(names));
    return s;
}

Stmt* Parser::parseImportFrom() {
    uint32_t line = tok().line, begin = tok().offset;
    advance();
    unsigned level = 0;
    bool relative = false;
    while (at(TokenKind::Period) || at(TokenKind::Ellipsis)) {
        level += at(TokenKind::Period) ? 1 : 3;
        relative = true;
        advance();
    }
    llvm::ArrayRef<llvm::StringRef> module;
    if (!relative || at(TokenKind::Name)) module = parseDottedName();
    expect(TokenKind::KwImport);
    auto* s = make<ImportFromStmt>(line, begin);
    s->level = level;
    s->module = module;
    if (accept(TokenKind::OpStar)) {
        s->star = true;
    } else {
        bool paren = accept(TokenKind::ParenOpen);
        std::vector<ImportAlias> names;
        for (;;) {
            ImportAlias alias;
            llvm::StringRef n = takeName();
            alias.dotted = ctx_.copy(llvm::ArrayRef<llvm::StringRef>(n));
            if (accept(TokenKind::KwAs)) alias.asname = takeName();
            names.push_back(alias);
            if (!accept(TokenKind::Comma) || !at(TokenKind::Name)) break;
        }
        if (paren) expect(TokenKind::ParenClose);
        s->names = ctx_.copy(llvm::ArrayRef<ImportAlias>(names));
    }
    s->range.end = prevEnd_;
    return s;
}

Block Parser::parseSuite() {
    NestingGuard guard(*this);
    std::vector<Stmt*> stmts;
    bool trailingSemicolon = false;
    if (accept(TokenKind::Newline)) {
        expect(TokenKind::Indent);
        do {
            parseStatementRecovering(stmts, trailingSemicolon);
        } while (!at(TokenKind::Dedent) && !at(TokenKind::End));
        expect(TokenKind::Dedent);
    } else {
        parseSimpleStatement(stmts, trailingSemicolon);
    }
    Block b;
    b.stmts = ctx_.copy(llvm::ArrayRef<Stmt*>(stmts));
    b.mpContainer = stmts.size() >= 2 || trailingSemicolon;
    return b;
}

Stmt* Parser::parseIf() {
    uint32_t line = tok().line, begin = tok().offset;
    advance();
    auto* s = make<IfStmt>(line, begin);
    s->test = parseNamedExprTest();
    expect(TokenKind::Colon);
    s->body = parseSuite();
    std::vector<ElifClause> elifs;
    while (accept(TokenKind::KwElif)) {
        ElifClause c;
        c.test = parseNamedExprTest();
        expect(TokenKind::Colon);
        c.body = parseSuite();
        elifs.push_back(c);
    }
    s->elifs = ctx_.copy(llvm::ArrayRef<ElifClause>(elifs));
    if (accept(TokenKind::KwElse)) {
        expect(TokenKind::Colon);
        s->orelse = parseSuite();
        s->hasElse = true;
    }
    s->range.end = prevEnd_;
    return s;
}

Stmt* Parser::parseWhile() {
    uint32_t line = tok().line, begin = tok().offset;
    advance();
    auto* s = make<WhileStmt>(line, begin);
    s->test = parseNamedExprTest();
    expect(TokenKind::Colon);
    s->body = parseSuite();
    if (accept(TokenKind::KwElse)) {
        expect(TokenKind::Colon);
        s->orelse = parseSuite();
        s->hasElse = true;
    }
    s->range.end = prevEnd_;
    return s;
}

Stmt* Parser::parseFor(uint32_t line, uint32_t begin, bool isAsync) {
    expect(TokenKind::KwFor);
    auto* s = make<ForStmt>(line, begin);
    s->isAsync = isAsync;
    s->target = parseExprList();
    expect(TokenKind::KwIn);
    s->iter = parseTestList();
    expect(TokenKind::Colon);
    s->body = parseSuite();
    if (accept(TokenKind::KwElse)) {
        expect(TokenKind::Colon);
        s->orelse = parseSuite();
        s->hasElse = true;
    }
    s->range.end = prevEnd_;
    return s;
}

Stmt* Parser::parseTry() {
    uint32_t line = tok().line, begin = tok().offset;
    advance();
    expect(TokenKind::Colon);
    auto* s = make<TryStmt>(line, begin);
    s->body = parseSuite();
    if (at(TokenKind::KwExcept)) {
        std::vector<ExceptHandler> handlers;
        while (at(TokenKind::KwExcept)) {
            ExceptHandler h;
            h.line = tok().line;
            h.range.begin = tok().offset;
            advance();
            if (!at(TokenKind::Colon)) {
                h.type = parseTest();
                if (accept(TokenKind::KwAs)) h.name = takeName();
            }
            h.range.end = prevEnd_;
            expect(TokenKind::Colon);
            h.body = parseSuite();
            handlers.push_back(h);
        }
        s->handlers = ctx_.copy(llvm::ArrayRef<ExceptHandler>(handlers));
        if (accept(TokenKind::KwElse)) {
            expect(TokenKind::Colon);
            s->orelse = parseSuite();
            s->hasElse = true;
        }
        if (accept(TokenKind::KwFinally)) {
            expect(TokenKind::Colon);
            s->finalbody = parseSuite();
            s->hasFinally = true;
        }
    } else {
        expect(TokenKind::KwFinally);
        expect(TokenKind::Colon);
        s->finalbody = parseSuite();
        s->hasFinally = true;
    }
    s->range.end = prevEnd_;
    return s;
}

Stmt* Parser::parseWith(uint32_t line, uint32_t begin, bool isAsync) {
    expect(TokenKind::KwWith);
    auto* s = make<WithStmt>(line, begin);
    s->isAsync = isAsync;
    std::vector<WithItem> items;
    for (;;) {
        WithItem item;
        item.context = parseTest();
        if (accept(TokenKind::KwAs)) item.target = parseExpr();
        items.push_back(item);
        if (!accept(TokenKind::Comma)) break;
    }
    s->items = ctx_.copy(llvm::ArrayRef<WithItem>(items));
    expect(TokenKind::Colon);
    s->body = parseSuite();
    s->range.end = prevEnd_;
    return s;
}

llvm::ArrayRef<Param> Parser::parseParams(bool allowAnnotations, TokenKind closer) {
    (void)closer;
    llvm::SmallVector<Param, 4> params;
    for (;;) {
        Param p;
        p.line = tok().line;
        p.range.begin = tok().offset;
        if (accept(TokenKind::OpDblStar)) {
            p.kind = ParamKind::DoubleStar;
            p.name = takeName();
            if (allowAnnotations && accept(TokenKind::Colon)) p.annotation = parseTest();
            p.isStruct = true;
        } else if (accept(TokenKind::OpStar)) {
            p.kind = ParamKind::Star;
            if (at(TokenKind::Name)) {
                p.name = takeName();
                if (allowAnnotations && accept(TokenKind::Colon)) p.annotation = parseTest();
            }
            p.isStruct = true;
        } else {
            p.name = takeName();
            if (allowAnnotations && accept(TokenKind::Colon)) p.annotation = parseTest();
            if (accept(TokenKind::Equal)) p.defaultValue = parseTest();
            p.isStruct = p.annotation || p.defaultValue;
        }
        p.range.end = prevEnd_;
        params.push_back(p);
        if (!accept(TokenKind::Comma)) break;
        if (!at(TokenKind::Name) && !at(TokenKind::OpStar) && !at(TokenKind::OpDblStar)) break;
    }
    return ctx_.copy(llvm::ArrayRef<Param>(params));
}

Stmt* Parser::parseFuncDef(uint32_t line, uint32_t begin, bool isAsync,
                           llvm::ArrayRef<Decorator> decorators) {
    uint32_t defLine = tok().line;
    expect(TokenKind::KwDef);
    auto* s = make<FunctionDefStmt>(line, begin);
    s->defLine = defLine;
    s->isAsync = isAsync;
    s->decorators = decorators;
    s->nameRange = here();
    s->name = takeName();
    expect(TokenKind::ParenOpen);
    if (!at(TokenKind::ParenClose)) s->params = parseParams(true, TokenKind::ParenClose);
    expect(TokenKind::ParenClose);
    if (accept(TokenKind::MinusMore)) s->returns = parseTest();
    expect(TokenKind::Colon);
    s->body = parseSuite();
    s->range.end = prevEnd_;
    return s;
}

Stmt* Parser::parseClassDef(uint32_t line, uint32_t begin, llvm::ArrayRef<Decorator> decorators) {
    uint32_t classLine = tok().line;
    expect(TokenKind::KwClass);
    auto* s = make<ClassDefStmt>(line, begin);
    s->classLine = classLine;
    s->decorators = decorators;
    s->nameRange = here();
    s->name = takeName();
    if (accept(TokenKind::ParenOpen)) {
        if (!at(TokenKind::ParenClose)) s->bases = parseArgList(TokenKind::ParenClose);
        expect(TokenKind::ParenClose);
    }
    expect(TokenKind::Colon);
    s->body = parseSuite();
    s->range.end = prevEnd_;
    return s;
}

Stmt* Parser::parseDecorated() {
    uint32_t line = tok().line, begin = tok().offset;
    std::vector<Decorator> decorators;
    while (at(TokenKind::OpAt)) {
        Decorator d;
        d.line = tok().line;
        d.range.begin = tok().offset;
        advance();
        d.dotted = parseDottedName();
        if (at(TokenKind::ParenOpen)) d.call = parseCallTrailer();
        d.range.end = prevEnd_;
        expect(TokenKind::Newline);
        decorators.push_back(d);
    }
    llvm::ArrayRef<Decorator> decs = ctx_.copy(llvm::ArrayRef<Decorator>(decorators));
    switch (kind()) {
    case TokenKind::KwClass:
        return parseClassDef(line, begin, decs);
    case TokenKind::KwDef:
        return parseFuncDef(line, begin, false, decs);
    case TokenKind::KwAsync:
        advance();
        return parseFuncDef(line, begin, true, decs);
    default:
        syntaxError();
    }
}

Stmt* Parser::parseAsync(uint32_t line, uint32_t begin, llvm::ArrayRef<Decorator> decorators) {
    expect(TokenKind::KwAsync);
    switch (kind()) {
    case TokenKind::KwDef:
        return parseFuncDef(line, begin, true, decorators);
    case TokenKind::KwWith:
        return parseWith(line, begin, true);
    case TokenKind::KwFor:
        return parseFor(line, begin, true);
    default:
        syntaxError();
    }
}

} // namespace mpyc
