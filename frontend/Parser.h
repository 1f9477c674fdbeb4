// The parser: tokens to the typed AST, accepting exactly the language MicroPython
// v1.28.0's grammar (py/grammar.h) accepts and failing at the token where it fails.
//
// It is a recursive-descent parser with one token of lookahead; the reference's
// table-driven parser only backtracks before a rule consumed a token, so the two agree on
// where an error is. The parser makes the structural decisions the reference's parser
// makes (no node for parentheses around one expression, n-ary operator chains, interned
// vs object string literals) but folds nothing: folding, const() and doc-string removal
// are the optimizer's.
#pragma once

#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"
#include "frontend/LargeStack.h"
#include "frontend/Lexer.h"

#include <llvm/ADT/STLFunctionalExtras.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringSet.h>

#include <optional>
#include <vector>

namespace mpyc {

struct ParseResult {
    Module* module = nullptr;                 // null on error
    std::optional<Diagnostic> error;          // the first error, as the reference reports it
    std::vector<Diagnostic> errors;           // every error found (the parser recovers at statements)
    std::vector<AssignStmt*> constCandidates; // `NAME = const(...)` statements, in order
};

class Parser {
public:
    // `internedNames` are strings the reference has interned before parsing (the input
    // path and the -s name); a long string literal equal to one of them is a qstr.
    // `strUnicode`: false for v1.18's mpy-cross -mno-unicode (see Lexer).
    Parser(AstContext& ctx, llvm::StringRef source, llvm::ArrayRef<llvm::StringRef> internedNames,
           const TargetProfile& target = defaultTarget(), bool strUnicode = true);

    ParseResult parseModule();

    // What parseModuleStreaming() saw of the module as a whole.
    struct StreamedModule {
        size_t statements = 0;
        uint32_t firstLine = 0; // the first statement's line
        bool leadingNewline = false;
        bool trailingSemicolon = false;
        // The reference's module line (what Module's body gives): 1 for a statement list
        // (two statements or more, a leading blank line, a trailing ';') or an empty module,
        // else the one statement's line.
        uint32_t moduleLine() const {
            return statements + (leadingNewline ? 1 : 0) >= 2 || trailingSemicolon || statements == 0 ? 1 : firstLine;
        }
    };
    // Parses the module one top-level statement at a time, giving the statements of each
    // (several for `a; b`) to `onStatements` as soon as they are parsed; the caller may free
    // their nodes when it returns. Returns false at the first error, or when `onStatements`
    // returns false: the caller then parses again with parseModule(), which reports the
    // errors (with their recovery and precedence rules).
    bool parseModuleStreaming(llvm::function_ref<bool(llvm::MutableArrayRef<Stmt*>)> onStatements, StreamedModule& info);

    // Where the parser is in the source: the current token's first byte (the lexer reads at
    // most a few bytes beyond).
    size_t sourceOffset() const { return tok().offset; }

    // Whether a string of this value, met now, is a qstr (interned) in the reference.
    bool isInternedNow(llvm::StringRef s) const;

    // How deep brackets, blocks, unary operators and nested expressions may nest. The
    // reference has no fixed limit (it runs out of heap at a few thousand levels); mpyc
    // accepts this many and reports "too deeply nested" beyond, instead of overflowing
    // its stack.
    static constexpr unsigned kMaxNesting = 40000;

    // Thrown instead of "too deeply nested" when a lower, quick-path limit was set with
    // limitNestingForSmallStack(): the caller then parses again on a large stack. Almost all
    // code nests far less, and running on the caller's stack avoids starting a thread.
    struct NeedsLargeStack {};
    static constexpr unsigned kSmallStackNesting = 400;
    void limitNestingForSmallStack() { nestingLimit_ = kSmallStackNesting; }

private:
    struct ParseError {};
    friend class NestingGuard;
    unsigned depth_ = 0;
    unsigned nestingLimit_ = kMaxNesting;

    // tokens
    const Token& tok() const { return lexer_.current(); }
    TokenKind kind() const { return lexer_.current().kind; }
    bool at(TokenKind k) const { return kind() == k; }
    void advance();
    bool accept(TokenKind k);
    void expect(TokenKind k);
    [[noreturn]] void syntaxError(const std::string& hint = {});
    [[noreturn]] void tooDeep();
    void recordError(const Diagnostic& d);
    [[noreturn]] void errorAt(uint32_t line, SourceRange range, std::string errorClass, std::string message,
                              std::string hint = {});
    SourceRange here() const { return {tok().offset, tok().endOffset}; }
    uint32_t prevEnd() const { return prevEnd_; }
    template <class T> T* make(uint32_t line, uint32_t begin) {
        return ctx_.make<T>(line, SourceRange{begin, prevEnd_});
    }
    llvm::StringRef takeName(); // expects a Name token and returns it

    // statements
    void parseStatementInto(std::vector<Stmt*>& out, bool& trailingSemicolon);
    void parseStatementRecovering(std::vector<Stmt*>& out, bool& trailingSemicolon);
    void recoverAfterError();
    Stmt* parseCompoundStatement();
    void parseSimpleStatement(std::vector<Stmt*>& out, bool& trailingSemicolon);
    Stmt* parseSmallStatement();
    Stmt* parseExprStatement();
    Stmt* parseImportName();
    Stmt* parseImportFrom();
    Block parseSuite();
    Stmt* parseIf();
    Stmt* parseWhile();
    Stmt* parseFor(uint32_t line, uint32_t begin, bool isAsync);
    Stmt* parseTry();
    Stmt* parseWith(uint32_t line, uint32_t begin, bool isAsync);
    Stmt* parseFuncDef(uint32_t line, uint32_t begin, bool isAsync, llvm::ArrayRef<Decorator> decorators);
    Stmt* parseClassDef(uint32_t line, uint32_t begin, llvm::ArrayRef<Decorator> decorators);
    Stmt* parseDecorated();
    Stmt* parseAsync(uint32_t line, uint32_t begin, llvm::ArrayRef<Decorator> decorators);
    llvm::ArrayRef<Param> parseParams(bool allowAnnotations, TokenKind closer); // copied to the arena
    llvm::ArrayRef<llvm::StringRef> parseDottedName();

    // expressions
    bool startsTest() const;
    bool startsExpr() const;
    Expr* parseTestListStarExpr(); // a, *b, c  (statements)
    Expr* parseTestList();         // a, b      (return, for-in)
    Expr* parseExprList();         // a, *b     (for targets, del)
    Expr* parseNamedExprTest();
    Expr* parseTest();
    Expr* parseTestNoCond();
    Expr* parseLambda(bool noCond);
    Expr* parseOrTest();
    Expr* parseAndTest();
    Expr* parseNotTest();
    Expr* parseComparison();
    Expr* parseStarExpr();
    Expr* parseExpr();
    Expr* parseBinaryLevel(BinaryLevel top);
    Expr* extendBinaryLevel(BinaryLevel level, Expr* first, uint32_t line, uint32_t begin);
    Expr* parseFactor();
    Expr* parsePower();
    Expr* parseAtomExpr();
    Expr* parseAtom();
    Expr* parseParenAtom();
    Expr* parseBracketAtom();
    Expr* parseBraceAtom();
    Expr* parseYieldExpr();
    Trailer* parseTrailer();
    CallTrailer* parseCallTrailer();
    Expr* parseSubscriptList();
    Expr* parseSubscript();
    llvm::ArrayRef<Arg> parseArgList(TokenKind closer); // copied to the arena
    llvm::ArrayRef<CompClause> parseCompFor();
    Expr* parseStringAtom();
    Expr* parseNumberAtom();

    AstContext& ctx_;
    llvm::StringRef source_;
    const TargetProfile& target_;
    Lexer lexer_;
    uint32_t prevEnd_ = 0;
    // Identifiers longer than the reference's intern threshold seen so far, and the
    // strings interned before parsing: a long string literal equal to one is a qstr.
    llvm::StringSet<> longNames_;
    std::vector<AssignStmt*> constCandidates_;
    size_t constCandidatesBeforeError_ = 0;
    std::optional<Diagnostic> error_; // the error being thrown
    std::vector<Diagnostic> errors_;  // all errors, in order
    static constexpr size_t kMaxErrors = 50;
};

// Counts one level of nesting while a recursive parse function runs.
class NestingGuard {
public:
    static constexpr size_t kStackReserve = 256 * 1024;
    explicit NestingGuard(Parser& p) : p_(p) {
        // The depth limit, and a stack check for callers that run the parser on a small
        // stack (compilations run on a large one, see LargeStack.h).
        if (++p_.depth_ > p_.nestingLimit_ || stackRemaining() < kStackReserve) {
            --p_.depth_;
            if (p_.nestingLimit_ < Parser::kMaxNesting) throw Parser::NeedsLargeStack{};
            p_.tooDeep();
        }
    }
    ~NestingGuard() { --p_.depth_; }
    NestingGuard(const NestingGuard&) = delete;
    NestingGuard& operator=(const NestingGuard&) = delete;

private:
    Parser& p_;
};

// The reference interns string literals up to this many bytes when parsing them
// (MICROPY_ALLOC_PARSE_INTERN_STRING_LEN).
constexpr size_t kInternStringMaxLen = 10;

// Strings longer than kInternStringMaxLen that are qstrs in the reference binary itself.
bool isBuiltinLongQstr(llvm::StringRef s);

} // namespace mpyc
