// Parser: expressions, from `test` down to atoms, and number/string literals.
#include "frontend/FloatFormat.h"
#include "frontend/NumberLiteral.h"
#include "frontend/Parser.h"

namespace mpyc {

bool Parser::startsExpr() const {
    switch (kind()) {
    case TokenKind::OpPlus:
    case TokenKind::OpMinus:
    case TokenKind::OpTilde:
    case TokenKind::KwAwait:
    case TokenKind::Name:
    case TokenKind::Integer:
    case TokenKind::FloatOrImag:
    case TokenKind::String:
    case TokenKind::Bytes:
    case TokenKind::Ellipsis:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwDebug:
    case TokenKind::ParenOpen:
    case TokenKind::BracketOpen:
    case TokenKind::BraceOpen:
        return true;
    default:
        return false;
    }
}

bool Parser::startsTest() const {
    return at(TokenKind::KwLambda) || at(TokenKind::KwNot) || startsExpr();
}

Expr* Parser::parseTestListStarExpr() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = at(TokenKind::OpStar) ? parseStarExpr() : parseTest();
    if (!at(TokenKind::Comma)) return first;
    llvm::SmallVector<Expr*, 8> elts{first};
    while (accept(TokenKind::Comma)) {
        if (!at(TokenKind::OpStar) && !startsTest()) break;
        elts.push_back(at(TokenKind::OpStar) ? parseStarExpr() : parseTest());
    }
    auto* t = make<TupleExpr>(line, begin);
    t->form = TupleForm::Bare;
    t->elts = ctx_.copy(llvm::ArrayRef<Expr*>(elts));
    t->constLine = line;
    return t;
}

Expr* Parser::parseTestList() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = parseTest();
    if (!at(TokenKind::Comma)) return first;
    llvm::SmallVector<Expr*, 8> elts{first};
    while (accept(TokenKind::Comma)) {
        if (!startsTest()) break;
        elts.push_back(parseTest());
    }
    auto* t = make<TupleExpr>(line, begin);
    t->form = TupleForm::Bare;
    t->elts = ctx_.copy(llvm::ArrayRef<Expr*>(elts));
    t->constLine = line;
    return t;
}

Expr* Parser::parseExprList() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = at(TokenKind::OpStar) ? parseStarExpr() : parseExpr();
    if (!at(TokenKind::Comma)) return first;
    llvm::SmallVector<Expr*, 8> elts{first};
    while (accept(TokenKind::Comma)) {
        if (!at(TokenKind::OpStar) && !startsExpr()) break;
        elts.push_back(at(TokenKind::OpStar) ? parseStarExpr() : parseExpr());
    }
    auto* t = make<TupleExpr>(line, begin);
    t->form = TupleForm::Bare;
    t->elts = ctx_.copy(llvm::ArrayRef<Expr*>(elts));
    t->foldable = false;
    return t;
}

Expr* Parser::parseNamedExprTest() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* e = parseTest();
    if (!accept(TokenKind::OpAssign)) return e;
    auto* n = make<NamedExprExpr>(line, begin);
    n->target = e;
    n->value = parseTest();
    n->range.end = prevEnd_;
    return n;
}

Expr* Parser::parseTest() {
    NestingGuard guard(*this);
    if (at(TokenKind::KwLambda)) return parseLambda(false);
    uint32_t line = tok().line, begin = tok().offset;
    Expr* body = parseOrTest();
    if (!accept(TokenKind::KwIf)) return body;
    auto* e = make<IfExpExpr>(line, begin);
    e->body = body;
    e->test = parseOrTest();
    expect(TokenKind::KwElse);
    e->orelse = parseTest();
    e->range.end = prevEnd_;
    return e;
}

Expr* Parser::parseTestNoCond() {
    if (at(TokenKind::KwLambda)) return parseLambda(true);
    return parseOrTest();
}

Expr* Parser::parseLambda(bool noCond) {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::KwLambda);
    auto* l = make<LambdaExpr>(line, begin);
    if (!at(TokenKind::Colon)) l->params = parseParams(false, TokenKind::Colon);
    expect(TokenKind::Colon);
    l->body = noCond ? parseTestNoCond() : parseTest();
    l->range.end = prevEnd_;
    return l;
}

Expr* Parser::parseOrTest() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = parseAndTest();
    if (!at(TokenKind::KwOr)) return first;
    llvm::SmallVector<Expr*, 8> values{first};
    while (accept(TokenKind::KwOr))
        values.push_back(parseAndTest());
    auto* b = make<BoolOpExpr>(line, begin);
    b->isOr = true;
    b->values = ctx_.copy(llvm::ArrayRef<Expr*>(values));
    return b;
}

Expr* Parser::parseAndTest() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = parseNotTest();
    if (!at(TokenKind::KwAnd)) return first;
    llvm::SmallVector<Expr*, 8> values{first};
    while (accept(TokenKind::KwAnd))
        values.push_back(parseNotTest());
    auto* b = make<BoolOpExpr>(line, begin);
    b->isOr = false;
    b->values = ctx_.copy(llvm::ArrayRef<Expr*>(values));
    return b;
}

Expr* Parser::parseNotTest() {
    if (!at(TokenKind::KwNot)) return parseComparison();
    uint32_t line = tok().line, begin = tok().offset;
    NestingGuard guard(*this);
    advance();
    auto* n = make<NotExpr>(line, begin);
    n->operand = parseNotTest();
    n->range.end = prevEnd_;
    return n;
}

Expr* Parser::parseComparison() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = parseExpr();
    llvm::SmallVector<BinaryOperand, 4> rest;
    for (;;) {
        BinaryOp op;
        switch (kind()) {
        case TokenKind::OpLess:
            op = BinaryOp::Less;
            break;
        case TokenKind::OpMore:
            op = BinaryOp::More;
            break;
        case TokenKind::OpDblEqual:
            op = BinaryOp::Equal;
            break;
        case TokenKind::OpLessEqual:
            op = BinaryOp::LessEqual;
            break;
        case TokenKind::OpMoreEqual:
            op = BinaryOp::MoreEqual;
            break;
        case TokenKind::OpNotEqual:
            op = BinaryOp::NotEqual;
            break;
        case TokenKind::KwIn:
            op = BinaryOp::In;
            break;
        case TokenKind::KwNot:
            op = BinaryOp::NotIn;
            break;
        case TokenKind::KwIs:
            op = BinaryOp::Is;
            break;
        default:
            goto done;
        }
        advance();
        if (op == BinaryOp::NotIn) {
            expect(TokenKind::KwIn);
        } else if (op == BinaryOp::Is && accept(TokenKind::KwNot)) {
            op = BinaryOp::IsNot;
        }
        rest.push_back({op, parseExpr()});
    }
done:
    if (rest.empty()) return first;
    auto* c = make<CompareExpr>(line, begin);
    c->first = first;
    c->rest = ctx_.copy(llvm::ArrayRef<BinaryOperand>(rest));
    return c;
}

Expr* Parser::parseStarExpr() {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::OpStar);
    auto* s = make<StarExpr>(line, begin);
    s->value = parseExpr();
    s->range.end = prevEnd_;
    return s;
}

Expr* Parser::parseExpr() {
    return parseBinaryLevel(BinaryLevel::BitOr);
}

static bool binaryOpAt(BinaryLevel level, TokenKind k, BinaryOp& op) {
    switch (level) {
    case BinaryLevel::BitOr:
        op = BinaryOp::Or;
        return k == TokenKind::OpPipe;
    case BinaryLevel::BitXor:
        op = BinaryOp::Xor;
        return k == TokenKind::OpCaret;
    case BinaryLevel::BitAnd:
        op = BinaryOp::And;
        return k == TokenKind::OpAmpersand;
    case BinaryLevel::Shift:
        if (k == TokenKind::OpDblLess) {
            op = BinaryOp::LShift;
            return true;
        }
        op = BinaryOp::RShift;
        return k == TokenKind::OpDblMore;
    case BinaryLevel::Arith:
        if (k == TokenKind::OpPlus) {
            op = BinaryOp::Add;
            return true;
        }
        op = BinaryOp::Subtract;
        return k == TokenKind::OpMinus;
    case BinaryLevel::Term:
        switch (k) {
        case TokenKind::OpStar:
            op = BinaryOp::Multiply;
            return true;
        case TokenKind::OpAt:
            op = BinaryOp::MatMultiply;
            return true;
        case TokenKind::OpSlash:
            op = BinaryOp::TrueDivide;
            return true;
        case TokenKind::OpPercent:
            op = BinaryOp::Modulo;
            return true;
        case TokenKind::OpDblSlash:
            op = BinaryOp::FloorDivide;
            return true;
        default:
            return false;
        }
    case BinaryLevel::Power:
        return false;
    }
    return false;
}

// The six binary levels (| ^ & shifts, + -, * @ / % //) by precedence climbing: parse a
// factor, then extend it level by level from the tightest up to `top`. The tree is the one
// a descent through every level builds (a BinaryExpr per level holding a flat operand
// list, starting where its first operand starts), but an operand with no operator after it
// costs one call instead of six.
Expr* Parser::parseBinaryLevel(BinaryLevel top) {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* e = parseFactor();
    for (int level = int(BinaryLevel::Term); level >= int(top); --level)
        e = extendBinaryLevel(BinaryLevel(level), e, line, begin);
    return e;
}

Expr* Parser::extendBinaryLevel(BinaryLevel level, Expr* first, uint32_t line, uint32_t begin) {
    BinaryOp op;
    if (!binaryOpAt(level, kind(), op)) return first;
    llvm::SmallVector<BinaryOperand, 4> rest;
    do {
        advance();
        Expr* operand =
            level == BinaryLevel::Term ? parseFactor() : parseBinaryLevel(BinaryLevel(uint8_t(level) + 1));
        rest.push_back({op, operand});
    } while (binaryOpAt(level, kind(), op));
    auto* b = make<BinaryExpr>(line, begin);
    b->level = level;
    b->first = first;
    b->rest = ctx_.copy(llvm::ArrayRef<BinaryOperand>(rest));
    return b;
}

Expr* Parser::parseFactor() {
    UnaryOp op;
    switch (kind()) {
    case TokenKind::OpPlus:
        op = UnaryOp::Positive;
        break;
    case TokenKind::OpMinus:
        op = UnaryOp::Negative;
        break;
    case TokenKind::OpTilde:
        op = UnaryOp::Invert;
        break;
    default:
        return parsePower();
    }
    uint32_t line = tok().line, begin = tok().offset;
    NestingGuard guard(*this);
    advance();
    auto* u = make<UnaryExpr>(line, begin);
    u->op = op;
    u->operand = parseFactor();
    u->range.end = prevEnd_;
    return u;
}

Expr* Parser::parsePower() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* base = parseAtomExpr();
    if (!accept(TokenKind::OpDblStar)) return base;
    NestingGuard guard(*this);
    Expr* exponent = parseFactor();
    auto* b = make<BinaryExpr>(line, begin);
    b->level = BinaryLevel::Power;
    b->first = base;
    BinaryOperand rhs{BinaryOp::Power, exponent};
    b->rest = ctx_.copy(llvm::ArrayRef<BinaryOperand>(rhs));
    return b;
}

Expr* Parser::parseAtomExpr() {
    uint32_t line = tok().line, begin = tok().offset;
    bool isAwait = accept(TokenKind::KwAwait);
    Expr* atom = parseAtom();
    llvm::SmallVector<Trailer*, 4> trailers;
    while (at(TokenKind::ParenOpen) || at(TokenKind::BracketOpen) || at(TokenKind::Period))
        trailers.push_back(parseTrailer());
    if (!isAwait && trailers.empty()) return atom;
    auto* a = make<AtomExpr>(line, begin);
    a->atom = atom;
    a->isAwait = isAwait;
    a->trailers = ctx_.copy(llvm::ArrayRef<Trailer*>(trailers));
    return a;
}

Trailer* Parser::parseTrailer() {
    uint32_t line = tok().line, begin = tok().offset;
    if (at(TokenKind::ParenOpen)) return parseCallTrailer();
    if (accept(TokenKind::BracketOpen)) {
        auto* t = make<IndexTrailer>(line, begin);
        t->index = parseSubscriptList();
        expect(TokenKind::BracketClose);
        t->range.end = prevEnd_;
        return t;
    }
    expect(TokenKind::Period);
    auto* t = make<AttrTrailer>(line, begin);
    t->attr = takeName();
    t->range.end = prevEnd_;
    return t;
}

CallTrailer* Parser::parseCallTrailer() {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::ParenOpen);
    auto* t = make<CallTrailer>(line, begin);
    if (!at(TokenKind::ParenClose)) t->args = parseArgList(TokenKind::ParenClose);
    expect(TokenKind::ParenClose);
    t->range.end = prevEnd_;
    return t;
}

llvm::ArrayRef<Arg> Parser::parseArgList(TokenKind closer) {
    (void)closer;
    llvm::SmallVector<Arg, 4> args;
    for (;;) {
        Arg a;
        a.line = tok().line;
        a.range.begin = tok().offset;
        if (accept(TokenKind::OpStar)) {
            a.kind = ArgKind::Star;
            a.value = parseTest();
        } else if (accept(TokenKind::OpDblStar)) {
            a.kind = ArgKind::DoubleStar;
            a.value = parseTest();
        } else {
            Expr* e = parseTest();
            if (at(TokenKind::KwFor)) {
                auto* c = ctx_.make<ComprehensionExpr>(a.line, SourceRange{a.range.begin, 0});
                c->compKind = ComprehensionKind::Generator;
                c->elt = e;
                c->clauses = parseCompFor();
                c->scopeLine = a.line;
                c->range.end = prevEnd_;
                a.kind = ArgKind::Generator;
                a.value = c;
            } else if (accept(TokenKind::Equal)) {
                a.kind = ArgKind::Keyword;
                a.keyword = e;
                a.value = parseTest();
            } else if (accept(TokenKind::OpAssign)) {
                a.kind = ArgKind::NamedExpr;
                a.keyword = e;
                a.value = parseTest();
            } else {
                a.kind = ArgKind::Positional;
                a.value = e;
            }
        }
        a.range.end = prevEnd_;
        args.push_back(a);
        if (!accept(TokenKind::Comma)) break;
        if (!startsTest() && !at(TokenKind::OpStar) && !at(TokenKind::OpDblStar)) break;
    }
    return ctx_.copy(llvm::ArrayRef<Arg>(args));
}

llvm::ArrayRef<CompClause> Parser::parseCompFor() {
    std::vector<CompClause> clauses;
    for (;;) {
        if (accept(TokenKind::KwFor)) {
            CompClause c;
            c.target = parseExprList();
            expect(TokenKind::KwIn);
            c.expr = parseOrTest();
            clauses.push_back(c);
        } else if (accept(TokenKind::KwIf)) {
            CompClause c;
            c.isIf = true;
            c.expr = parseTestNoCond();
            clauses.push_back(c);
        } else {
            break;
        }
    }
    return ctx_.copy(llvm::ArrayRef<CompClause>(clauses));
}

Expr* Parser::parseSubscriptList() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* first = parseSubscript();
    if (!at(TokenKind::Comma)) return first;
    llvm::SmallVector<Expr*, 8> elts{first};
    while (accept(TokenKind::Comma)) {
        if (!startsTest() && !at(TokenKind::Colon)) break;
        elts.push_back(parseSubscript());
    }
    auto* t = make<TupleExpr>(line, begin);
    t->form = TupleForm::Bare;
    t->elts = ctx_.copy(llvm::ArrayRef<Expr*>(elts));
    t->constLine = line;
    return t;
}

Expr* Parser::parseSubscript() {
    uint32_t line = tok().line, begin = tok().offset;
    Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = parseTest();
        if (!at(TokenKind::Colon)) return lower;
    }
    expect(TokenKind::Colon);
    auto* s = make<SliceExpr>(line, begin);
    s->lower = lower;
    if (accept(TokenKind::Colon)) {
        if (startsTest()) s->step = parseTest();
    } else if (startsTest()) {
        s->upper = parseTest();
        if (accept(TokenKind::Colon) && startsTest()) s->step = parseTest();
    }
    s->range.end = prevEnd_;
    return s;
}

Expr* Parser::parseYieldExpr() {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::KwYield);
    auto* y = make<YieldExpr>(line, begin);
    if (accept(TokenKind::KwFrom)) {
        y->isFrom = true;
        y->value = parseTest();
    } else if (startsTest()) {
        y->value = parseTestList();
    }
    y->range.end = prevEnd_;
    return y;
}

Expr* Parser::parseAtom() {
    uint32_t line = tok().line, begin = tok().offset;
    NestingGuard guard(*this);
    switch (kind()) {
    case TokenKind::Name: {
        auto* n = ctx_.make<NameExpr>(line, here());
        if (!at(TokenKind::Name)) syntaxError();
        n->name = ctx_.intern(tok().text);
        advance();
        return n;
    }
    case TokenKind::Integer:
    case TokenKind::FloatOrImag:
        return parseNumberAtom();
    case TokenKind::String:
    case TokenKind::Bytes:
        return parseStringAtom();
    case TokenKind::Ellipsis:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
        auto* c = ctx_.make<ConstExpr>(line, here());
        ConstPool& pool = ctx_.consts();
        c->value = at(TokenKind::Ellipsis) ? pool.ellipsis()
                   : at(TokenKind::KwNone) ? pool.none()
                                           : pool.boolean(at(TokenKind::KwTrue));
        advance();
        return c;
    }
    case TokenKind::KwDebug: {
        auto* d = ctx_.make<DebugConstExpr>(line, here());
        advance();
        return d;
    }
    case TokenKind::ParenOpen:
        return parseParenAtom();
    case TokenKind::BracketOpen:
        return parseBracketAtom();
    case TokenKind::BraceOpen:
        return parseBraceAtom();
    default:
        (void)begin;
        syntaxError();
    }
}

Expr* Parser::parseParenAtom() {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::ParenOpen);
    if (accept(TokenKind::ParenClose)) {
        auto* t = make<TupleExpr>(line, begin);
        t->form = TupleForm::Paren;
        t->foldable = false; // () is constant only as an item of a larger constant tuple
        return t;
    }
    if (at(TokenKind::KwYield)) {
        Expr* y = parseYieldExpr();
        expect(TokenKind::ParenClose);
        return y;
    }
    uint32_t firstLine = tok().line;
    Expr* first = at(TokenKind::OpStar) ? parseStarExpr() : parseNamedExprTest();
    if (at(TokenKind::KwFor)) {
        auto* c = ctx_.make<ComprehensionExpr>(line, SourceRange{begin, 0});
        c->compKind = ComprehensionKind::Generator;
        c->elt = first;
        c->clauses = parseCompFor();
        c->scopeLine = firstLine;
        expect(TokenKind::ParenClose);
        c->range.end = prevEnd_;
        return c;
    }
    if (!at(TokenKind::Comma)) {
        expect(TokenKind::ParenClose);
        return first; // parentheses around one expression leave no node
    }
    llvm::SmallVector<Expr*, 8> elts{first};
    // The line the reference gives this tuple when it becomes a constant: the line of
    // its first item for (a,) and (a, b), otherwise the line of the item list after the
    // first comma (a node of its own in the reference's parse tree).
    uint32_t afterFirstComma = 0;
    bool trailingComma = false;
    while (accept(TokenKind::Comma)) {
        trailingComma = true;
        if (!at(TokenKind::OpStar) && !startsTest()) break;
        if (elts.size() == 1) afterFirstComma = tok().line;
        trailingComma = false;
        elts.push_back(at(TokenKind::OpStar) ? parseStarExpr() : parseNamedExprTest());
    }
    expect(TokenKind::ParenClose);
    auto* t = make<TupleExpr>(line, begin);
    t->form = TupleForm::Paren;
    t->elts = ctx_.copy(llvm::ArrayRef<Expr*>(elts));
    bool ownListNode = elts.size() >= 3 || (elts.size() == 2 && trailingComma);
    t->constLine = ownListNode ? afterFirstComma : firstLine;
    return t;
}

Expr* Parser::parseBracketAtom() {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::BracketOpen);
    std::vector<Expr*> elts;
    if (!at(TokenKind::BracketClose)) {
        uint32_t firstLine = tok().line;
        Expr* first = at(TokenKind::OpStar) ? parseStarExpr() : parseNamedExprTest();
        if (at(TokenKind::KwFor)) {
            auto* c = ctx_.make<ComprehensionExpr>(line, SourceRange{begin, 0});
            c->compKind = ComprehensionKind::List;
            c->elt = first;
            c->clauses = parseCompFor();
            c->scopeLine = firstLine;
            expect(TokenKind::BracketClose);
            c->range.end = prevEnd_;
            return c;
        }
        elts.push_back(first);
        while (accept(TokenKind::Comma)) {
            if (!at(TokenKind::OpStar) && !startsTest()) break;
            elts.push_back(at(TokenKind::OpStar) ? parseStarExpr() : parseNamedExprTest());
        }
    }
    expect(TokenKind::BracketClose);
    auto* l = make<ListExpr>(line, begin);
    l->elts = ctx_.copy(llvm::ArrayRef<Expr*>(elts));
    return l;
}

Expr* Parser::parseBraceAtom() {
    uint32_t line = tok().line, begin = tok().offset;
    expect(TokenKind::BraceOpen);
    std::vector<Expr*> items;
    auto parseItem = [&]() -> Expr* {
        uint32_t itemLine = tok().line, itemBegin = tok().offset;
        Expr* key = parseTest();
        if (!accept(TokenKind::Colon)) return key;
        auto* d = make<DictItemExpr>(itemLine, itemBegin);
        d->key = key;
        d->value = parseTest();
        d->range.end = prevEnd_;
        return d;
    };
    if (!at(TokenKind::BraceClose)) {
        uint32_t firstLine = tok().line;
        Expr* first = parseItem();
        if (at(TokenKind::KwFor)) {
            auto* c = ctx_.make<ComprehensionExpr>(line, SourceRange{begin, 0});
            c->compKind = first->is<DictItemExpr>() ? ComprehensionKind::Dict : ComprehensionKind::Set;
            c->elt = first;
            c->clauses = parseCompFor();
            c->scopeLine = firstLine;
            expect(TokenKind::BraceClose);
            c->range.end = prevEnd_;
            return c;
        }
        items.push_back(first);
        while (accept(TokenKind::Comma)) {
            if (!startsTest()) break;
            items.push_back(parseItem());
        }
    }
    expect(TokenKind::BraceClose);
    auto* b = make<BraceExpr>(line, begin);
    b->items = ctx_.copy(llvm::ArrayRef<Expr*>(items));
    return b;
}

Expr* Parser::parseStringAtom() {
    uint32_t line = tok().line;
    auto* c = ctx_.make<ConstExpr>(line, here());
    if (at(TokenKind::Bytes)) {
        c->value = ctx_.consts().makeBytes(tok().text);
        // interned like a string before v1.19 (BytesAreConstObjects)
        if (!target_.has(TargetFeature::BytesAreConstObjects)) c->internedStr = isInternedNow(tok().text);
    } else {
        c->value = ctx_.consts().makeStr(tok().text);
        c->internedStr = isInternedNow(tok().text);
    }
    advance();
    return c;
}

namespace {

// The float literal parser of the target's release (TargetProfile.cpp's float rows).
FloatParserStyle floatParserStyle(const TargetProfile& target) {
    if (target.has(TargetFeature::LongDoubleFloatParser)) return FloatParserStyle::LongDouble;
    if (target.has(TargetFeature::FloatMantissaInteger)) return FloatParserStyle::IntegerMantissa;
    if (target.has(TargetFeature::FloatZerosDeferred)) return FloatParserStyle::DoubleMantissa;
    return FloatParserStyle::DoubleEager;
}

} // namespace

Expr* Parser::parseNumberAtom() {
    uint32_t line = tok().line;
    SourceRange range = here();
    NumberLiteral lit =
        at(TokenKind::Integer)
            ? parseIntegerLiteral(tok().text, target_.has(TargetFeature::IntLeadingZeroIsError))
            : parseFloatOrImagLiteral(tok().text, floatParserStyle(target_));
    if (!lit.ok) errorAt(line, range, "SyntaxError", lit.error);
    auto* c = ctx_.make<ConstExpr>(line, range);
    ConstPool& pool = ctx_.consts();
    switch (lit.kind) {
    case NumberLiteral::Kind::Int:
        c->value = lit.isBig ? pool.makeInt(lit.big) : pool.makeInt(lit.small);
        break;
    case NumberLiteral::Kind::Float:
        c->value = pool.makeFloat(lit.real);
        break;
    case NumberLiteral::Kind::Imag:
        c->value = pool.makeComplex(0.0, lit.real);
        break;
    }
    advance();
    return c;
}

} // namespace mpyc
