// The lexer: turns source bytes into tokens exactly as MicroPython v1.28.0 does.
//
// Byte-identical output depends on lexing decisions that differ from CPython, so this
// lexer reproduces MicroPython's on purpose:
//  - CR and CRLF become LF; a newline is added at the end of input if missing; tabs
//    advance the column to the next multiple of 8 for indentation.
//  - adjacent string literals are joined by the lexer;
//  - f-strings are rewritten as `"fmt".format((a),(b),)` by injecting the argument
//    text back into the character stream (so the injected tokens carry the line the
//    lexer is on when it injects them), and t-strings as `__template__(...)`;
//  - a number swallows following letters and dots (`1if` is one malformed number);
//  - `__debug__` is a keyword token (the optimizer decides its value by opt level).
// Errors are reported through token kinds (Invalid, LonelyStringOpen, ...) because the
// reference reports them from the parser, at the line of the offending token; the one
// exception is `\N{...}`, which the reference rejects immediately (see fatalError()).
#pragma once

#include "frontend/Token.h"
#include "target/TargetProfile.h"

#include <llvm/ADT/StringRef.h>

#include <string>
#include <vector>

namespace mpyc {

class Lexer {
public:
    // `target`: the release whose lexing rules apply (target/TargetProfile.h).
    // `strUnicode` false: a str's escapes add one byte each (\xe9 is the byte 0xe9, a \u
    // beyond 0xff is invalid), as v1.18's mpy-cross -mno-unicode lexes for firmware built
    // without MICROPY_PY_BUILTINS_STR_UNICODE.
    explicit Lexer(llvm::StringRef source, const TargetProfile& target = defaultTarget(), bool strUnicode = true);

    const Token& current() const { return tok_; }
    void advance();

    // Set when lexing hit an error the reference raises outside the parser (currently
    // only `\N{...}` escapes: "NotImplementedError: unicode name escapes").
    bool hasFatalError() const { return !fatalError_.empty(); }
    const std::string& fatalErrorClass() const { return fatalErrorClass_; }
    const std::string& fatalError() const { return fatalError_; }

private:
    void nextChar();
    bool isEnd() const { return chr0_ == kEof; }
    bool isChar(int c) const { return chr0_ == c; }
    bool isCharOr(int a, int b) const { return chr0_ == a || chr0_ == b; }
    bool isCharAnd(int a, int b) const { return chr0_ == a && chr1_ == b; }
    bool isWhitespace() const;
    bool isLetter() const;
    bool isDigit() const;
    bool isHeadOfIdentifier() const;
    bool isTailOfIdentifier() const;
    bool isStringOrBytes() const;
    // Skips blanks, comments and line joins. With stopAtNewline: true when it stopped at a
    // newline outside brackets. Without: true when it crossed a newline.
    bool skipWhitespace(bool stopAtNewline);
    bool getHex(size_t numDigits, uint32_t& result);
    void parseStringLiteral(bool isRaw, bool isFString, bool isTString);
    void lexStringSequence();
    void lexNumber();
    void lexOperator();
    void addChar(uint32_t codepoint); // UTF-8 encode, as vstr_add_char
    void injectFStringArgs();

    static constexpr int kEof = 0;
    // Before v1.28 (TargetFeature::NulByteIsInvalid) a NUL byte was an ordinary character:
    // it is this value here (a byte 0 when it is written into a buffer), kept apart from kEof.
    static constexpr int kNulChar = 0x100;
    // The end of the injected f-string arguments, or a NUL byte among them, in the one-buffer
    // scheme before v1.28 (TargetFeature::NestedFStrings): the reference's '\0' there.
    static constexpr int kInjectEnd = 0x101;
    void injectFStringArgsOneBuffer();

    const TargetProfile& target_;
    bool strUnicode_ = true;
    llvm::StringRef src_;
    size_t pos_ = 0;

    // Three characters of lookahead, as the reference has (chr0 is the current one),
    // with the byte offset each came from.
    int chr0_ = 0, chr1_ = 0, chr2_ = 0;
    uint32_t off0_ = 0, off1_ = 0, off2_ = 0;
    size_t line_ = 1;
    size_t column_ = 0;

    int emitDent_ = 0;
    int nestedBracketLevel_ = 0;
    std::vector<size_t> indentLevels_{0};

    // f-string support: characters to feed before the rest of the source.
    std::string injectChars_;
    size_t injectIdx_ = 0;
    uint32_t injectOffset_ = 0;
    std::string fstringArgs_;
    // the one-buffer scheme: where fstringArgs_ is being fed from, and the lookahead it hides
    size_t argsFeedIdx_ = 0;
    int savedChr_[3] = {0, 0, 0};
    uint32_t savedOff_[3] = {0, 0, 0};

    Token tok_;
    bool firstToken_ = true;
    std::string fatalErrorClass_;
    std::string fatalError_;
};

} // namespace mpyc
