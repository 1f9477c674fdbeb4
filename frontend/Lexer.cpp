// Lexer implementation. See Lexer.h for what it decides and why.
#include "frontend/Lexer.h"

#include <llvm/ADT/StringSwitch.h>

#include <cstring>

namespace mpyc {

const char* tokenSpelling(TokenKind kind) {
    switch (kind) {
#define MPYC_TOKEN_CASE(name, spelling)                                                                      \
    case TokenKind::name:                                                                                    \
        return spelling;
        MPYC_TOKEN_KINDS(MPYC_TOKEN_CASE)
#undef MPYC_TOKEN_CASE
    }
    return "?";
}

namespace {

constexpr size_t kTabSize = 8;
constexpr int kInvalidByte = 1; // a NUL byte in the input, kept distinct from end of input

bool asciiSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool asciiAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool asciiDigit(int c) {
    return c >= '0' && c <= '9';
}
bool asciiXDigit(int c) {
    return asciiDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
int xdigitValue(int c) {
    return asciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}

// Keywords (and __debug__); any other identifier is a name.
TokenKind keywordKind(llvm::StringRef s) {
    return llvm::StringSwitch<TokenKind>(s)
        .Case("False", TokenKind::KwFalse)
        .Case("None", TokenKind::KwNone)
        .Case("True", TokenKind::KwTrue)
        .Case("__debug__", TokenKind::KwDebug)
        .Case("and", TokenKind::KwAnd)
        .Case("as", TokenKind::KwAs)
        .Case("assert", TokenKind::KwAssert)
        .Case("async", TokenKind::KwAsync)
        .Case("await", TokenKind::KwAwait)
        .Case("break", TokenKind::KwBreak)
        .Case("class", TokenKind::KwClass)
        .Case("continue", TokenKind::KwContinue)
        .Case("def", TokenKind::KwDef)
        .Case("del", TokenKind::KwDel)
        .Case("elif", TokenKind::KwElif)
        .Case("else", TokenKind::KwElse)
        .Case("except", TokenKind::KwExcept)
        .Case("finally", TokenKind::KwFinally)
        .Case("for", TokenKind::KwFor)
        .Case("from", TokenKind::KwFrom)
        .Case("global", TokenKind::KwGlobal)
        .Case("if", TokenKind::KwIf)
        .Case("import", TokenKind::KwImport)
        .Case("in", TokenKind::KwIn)
        .Case("is", TokenKind::KwIs)
        .Case("lambda", TokenKind::KwLambda)
        .Case("nonlocal", TokenKind::KwNonlocal)
        .Case("not", TokenKind::KwNot)
        .Case("or", TokenKind::KwOr)
        .Case("pass", TokenKind::KwPass)
        .Case("raise", TokenKind::KwRaise)
        .Case("return", TokenKind::KwReturn)
        .Case("try", TokenKind::KwTry)
        .Case("while", TokenKind::KwWhile)
        .Case("with", TokenKind::KwWith)
        .Case("yield", TokenKind::KwYield)
        .Default(TokenKind::Name);
}

} // namespace

Lexer::Lexer(llvm::StringRef source, const TargetProfile& target, bool strUnicode)
    : target_(target), strUnicode_(strUnicode), src_(source) {
    // Start with three dummy characters and shift the real ones in, so that the
    // end-of-line and end-of-input rules apply from the first character; the column
    // starts three below 1 to account for the dummies.
    column_ = static_cast<size_t>(-2);
    nextChar();
    nextChar();
    nextChar();
    advance();
}

void Lexer::nextChar() {
    if (chr0_ == '\n') {
        ++line_;
        column_ = 1;
    } else if (chr0_ == '\t') {
        column_ = (((column_ - 1 + kTabSize) / kTabSize) * kTabSize) + 1;
    } else {
        ++column_;
    }

    chr0_ = chr1_;
    off0_ = off1_;
    chr1_ = chr2_;
    off1_ = off2_;

    int c;
    uint32_t off;
    for (;;) {
        if (argsFeedIdx_ != 0) {
            // before v1.28: feeding the arguments from the buffer that collects them; its
            // end (or a NUL byte in it) gives back the hidden lookahead
            if (argsFeedIdx_ < fstringArgs_.size()) {
                c = static_cast<unsigned char>(fstringArgs_[argsFeedIdx_++]);
                if (c == 0) c = kInjectEnd;
            } else {
                c = kInjectEnd;
            }
            off = injectOffset_;
            if (chr0_ == kInjectEnd) {
                chr0_ = savedChr_[0];
                chr1_ = savedChr_[1];
                c = savedChr_[2];
                off0_ = savedOff_[0];
                off1_ = savedOff_[1];
                off = savedOff_[2];
                fstringArgs_.clear();
                argsFeedIdx_ = 0;
            }
        } else if (injectIdx_ != 0) {
            c = static_cast<unsigned char>(injectChars_[injectIdx_++]);
            off = injectOffset_;
            if (injectIdx_ >= injectChars_.size()) {
                injectChars_.clear();
                injectIdx_ = 0;
            }
        } else if (pos_ < src_.size()) {
            off = static_cast<uint32_t>(pos_);
            c = static_cast<unsigned char>(src_[pos_++]);
            if (c == 0) c = target_.has(TargetFeature::NulByteIsInvalid) ? kInvalidByte : kNulChar;
        } else {
            off = static_cast<uint32_t>(src_.size());
            c = kEof;
        }
        if (chr1_ == '\r') {
            // CR is a newline; CR LF is a single newline.
            chr1_ = '\n';
            if (c == '\n') continue;
        }
        break;
    }
    if (c == kEof && chr1_ != kEof && chr1_ != '\n') c = '\n';
    chr2_ = c;
    off2_ = off;
}

bool Lexer::isWhitespace() const {
    return chr0_ < 128 && asciiSpace(chr0_);
}
bool Lexer::isLetter() const {
    return asciiAlpha(chr0_);
}
bool Lexer::isDigit() const {
    return asciiDigit(chr0_);
}
// Any byte with the high bit set may be part of an identifier (UTF-8 identifiers).
bool Lexer::isHeadOfIdentifier() const {
    return isLetter() || chr0_ == '_' || (chr0_ >= 0x80 && chr0_ <= 0xff);
}
bool Lexer::isTailOfIdentifier() const {
    return isHeadOfIdentifier() || isDigit();
}

bool Lexer::isStringOrBytes() const {
    auto isQuote = [](int c) { return c == '\'' || c == '"'; };
    if (isQuote(chr0_)) return true;
    bool t = target_.has(TargetFeature::TStrings);
    if ((chr0_ == 'r' || chr0_ == 'u' || chr0_ == 'b' || chr0_ == 'f' || (t && chr0_ == 't')) && isQuote(chr1_))
        return true;
    if ((isCharAnd('r', 'f') || isCharAnd('f', 'r') || (t && (isCharAnd('r', 't') || isCharAnd('t', 'r')))) &&
        isQuote(chr2_))
        return true;
    return (isCharAnd('r', 'b') || isCharAnd('b', 'r')) && isQuote(chr2_);
}

bool Lexer::skipWhitespace(bool stopAtNewline) {
    bool crossedNewline = false;
    while (!isEnd()) {
        if (chr0_ == '\n') {
            if (stopAtNewline && nestedBracketLevel_ == 0) return true;
            crossedNewline = true;
            nextChar();
        } else if (isWhitespace()) {
            nextChar();
        } else if (isChar('#')) {
            nextChar();
            while (!isEnd() && chr0_ != '\n')
                nextChar();
        } else if (isCharAnd('\\', '\n')) {
            // explicit line joining
            nextChar();
            nextChar();
        } else {
            break;
        }
    }
    return !stopAtNewline && crossedNewline;
}

bool Lexer::getHex(size_t numDigits, uint32_t& result) {
    uint32_t num = 0;
    while (numDigits-- != 0) {
        nextChar();
        if (!asciiXDigit(chr0_)) return false;
        num = (num << 4) + xdigitValue(chr0_);
    }
    result = num;
    return true;
}

void Lexer::addChar(uint32_t c) {
    std::string& s = tok_.text;
    if (c < 0x80) {
        s.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        s.push_back(static_cast<char>(0xc0 | (c >> 6)));
        s.push_back(static_cast<char>(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        s.push_back(static_cast<char>(0xe0 | (c >> 12)));
        s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
        s.push_back(static_cast<char>(0x80 | (c & 0x3f)));
    } else {
        s.push_back(static_cast<char>(0xf0 | (c >> 18)));
        s.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3f)));
        s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
        s.push_back(static_cast<char>(0x80 | (c & 0x3f)));
    }
}

void Lexer::parseStringLiteral(bool isRaw, bool isFString, bool isTString) {
    std::string& vstr = tok_.text;
    char quoteChar = isChar('"') ? '"' : '\'';
    nextChar();

    size_t numQuotes = 1;
    if (isCharAnd(quoteChar, quoteChar)) {
        nextChar();
        nextChar();
        numQuotes = 3;
    }

    size_t nClosing = 0;
    // before v1.24 (TargetFeature::AdjacentFStrings) every f-string starts its own ".format("
    if (isFString && (fstringArgs_.empty() || !target_.has(TargetFeature::AdjacentFStrings))) {
        // Assume there will be interpolation; an empty args buffer marks the start of a
        // new f-string, a non-empty one an adjacent f-string being concatenated.
        fstringArgs_ += ".format(";
    }
    if (isTString && fstringArgs_.empty()) {
        vstr += "((";
        vstr.append(numQuotes, quoteChar);
    }

    size_t tstringNumInterpolations = 0;
    size_t endOfFormatIndex = 0;
    size_t nestedFormattingInTString = 0;
    bool nestedFormattingNeedsFString = false;

    while (!isEnd() && (numQuotes > 1 || !isChar('\n')) && nClosing < numQuotes) {
        if (isChar(quoteChar)) {
            nClosing += 1;
            addChar(chr0_);
        } else if (isTString && isChar('\n')) {
            vstr += "\\n";
        } else {
            nClosing = 0;
            bool continueOuter = false;
            while ((isFString || isTString) && isChar('{')) {
                if (nestedFormattingInTString) {
                    ++nestedFormattingInTString;
                    break;
                }
                nextChar();
                if (isChar('{')) {
                    // "{{" passes through to str.format unchanged (both braces are kept)
                    if (!isTString) vstr.push_back('{');
                    nextChar();
                } else {
                    // Wrap each argument in (): f"{a,b}" -> "{}".format((a,b),)
                    // (before v1.20, TargetFeature::FStringArgsParenthesized, copied bare)
                    const bool parenthesized = target_.has(TargetFeature::FStringArgsParenthesized);
                    if (parenthesized) fstringArgs_.push_back('(');
                    size_t argStart = fstringArgs_.size();
                    // Copy up to the ':', '}' or a '!r'/'!s' conversion at bracket level 0
                    // (before v1.21, TargetFeature::FStringConversions, the conversion was
                    // copied into the argument: a syntax error there).
                    const bool conversions = target_.has(TargetFeature::FStringConversions);
                    unsigned nestedLevel = 0;
                    while (!isEnd() &&
                           (nestedLevel != 0 ||
                            !(isCharOr(':', '}') || (conversions && isChar('!') && (chr1_ == 'r' || chr1_ == 's') &&
                                                     (chr2_ == ':' || chr2_ == '}'))))) {
                        int c = chr0_;
                        if (c == '[' || c == '{') {
                            nestedLevel += 1;
                        } else if (c == ']' || c == '}') {
                            nestedLevel -= 1;
                        }
                        fstringArgs_.push_back(static_cast<char>(c));
                        nextChar();
                    }
                    bool wasDebug = false;
                    if (!fstringArgs_.empty() && fstringArgs_.back() == '=') {
                        // f'{a=}' -> 'a={}'.format(a)
                        vstr.append(fstringArgs_, argStart, fstringArgs_.size() - argStart);
                        fstringArgs_.pop_back();
                        wasDebug = true;
                    }
                    if (isTString) {
                        while (!fstringArgs_.empty() &&
                               asciiSpace(static_cast<unsigned char>(fstringArgs_.back())))
                            fstringArgs_.pop_back();
                    }
                    if (fstringArgs_.size() == argStart && target_.has(TargetFeature::EmptyFStringFieldIsError)) {
                        // empty expression, e.g. f'{}' (before v1.28: `.format(())`)
                        tok_.kind = TokenKind::MalformedFString;
                    }
                    fstringArgs_ += parenthesized ? ")," : ",";
                    if (isTString) {
                        // The expression text, quoted, then the conversion and format spec.
                        fstringArgs_.push_back(quoteChar);
                        size_t nn = fstringArgs_.size() - argStart - 3;
                        for (size_t j = 0; j < nn; ++j) {
                            char b = fstringArgs_[argStart + j];
                            if (b == quoteChar || b == '\\') fstringArgs_.push_back('\\');
                            fstringArgs_.push_back(b);
                        }
                        fstringArgs_.push_back(quoteChar);
                        fstringArgs_.push_back(',');
                        vstr.append(numQuotes, quoteChar);
                        vstr.push_back(',');
                        vstr.append(numQuotes, quoteChar);
                        if (isChar('!')) {
                            nextChar();
                            fstringArgs_.push_back(quoteChar);
                            fstringArgs_.push_back(static_cast<char>(chr0_));
                            nextChar();
                            fstringArgs_.push_back(quoteChar);
                            fstringArgs_.push_back(',');
                        } else if (wasDebug && !isChar(':')) {
                            fstringArgs_ += "'r',";
                        } else {
                            fstringArgs_ += "None,";
                        }
                        if (isChar(':')) nextChar();
                        nestedFormattingInTString = 1;
                        endOfFormatIndex = vstr.size();
                    }
                }
                vstr.push_back('{');
                // before v1.28 the loop goes on, and the character after the field or "{{"
                // is taken below as a literal whatever it is
                if (target_.has(TargetFeature::FStringBraceRestartsLoop)) {
                    continueOuter = true;
                    break;
                }
            }
            if (continueOuter) continue;

            if (isTString && isChar('\\')) {
                // re-parsed later as part of a string
                vstr.push_back('\\');
                if (isRaw) {
                    vstr.push_back('\\');
                } else {
                    nextChar();
                    vstr.push_back(static_cast<char>(chr0_));
                }
            } else if (isChar('\\')) {
                nextChar();
                uint32_t c = static_cast<uint32_t>(chr0_);
                bool skip = false;
                if (isRaw) {
                    // raw strings keep the backslash (and still escape the quote)
                    addChar('\\');
                } else {
                    switch (c) {
                    case '\n':
                        skip = true; // backslash-newline continues the string
                        break;
                    case '\\':
                    case '\'':
                    case '"':
                        break;
                    case 'a':
                        c = 0x07;
                        break;
                    case 'b':
                        c = 0x08;
                        break;
                    case 't':
                        c = 0x09;
                        break;
                    case 'n':
                        c = 0x0a;
                        break;
                    case 'v':
                        c = 0x0b;
                        break;
                    case 'f':
                        c = 0x0c;
                        break;
                    case 'r':
                        c = 0x0d;
                        break;
                    case 'u':
                    case 'U':
                        if (tok_.kind == TokenKind::Bytes) {
                            // b'\u1234' == b'\\u1234'
                            addChar('\\');
                            break;
                        }
                        [[fallthrough]];
                    case 'x': {
                        uint32_t num = 0;
                        if (!getHex(c == 'x' ? 2 : c == 'u' ? 4 : 8, num)) tok_.kind = TokenKind::Invalid;
                        c = num;
                        break;
                    }
                    case 'N':
                        // The reference raises at once, outside the parser, with no location.
                        if (fatalError_.empty()) {
                            fatalErrorClass_ = "NotImplementedError";
                            fatalError_ = "unicode name escapes";
                        }
                        tok_.kind = TokenKind::Invalid;
                        break;
                    default:
                        if (c >= '0' && c <= '7') {
                            // octal escape, 1 to 3 digits
                            size_t digits = 3;
                            uint32_t num = c - '0';
                            while (chr1_ >= '0' && chr1_ <= '7' && --digits != 0) {
                                nextChar();
                                num = num * 8 + (chr0_ - '0');
                            }
                            c = num;
                        } else {
                            // unknown escape: kept verbatim, backslash included
                            addChar('\\');
                        }
                        break;
                    }
                }
                if (!skip && !strUnicode_) {
                    // without unicode every escape is one byte
                    if (c < 0x100)
                        vstr.push_back(static_cast<char>(c));
                    else
                        tok_.kind = TokenKind::Invalid;
                } else if (!skip) {
                    if (c < 0x110000 && tok_.kind == TokenKind::String) {
                        addChar(c);
                    } else if (c < 0x100 && tok_.kind == TokenKind::Bytes) {
                        vstr.push_back(static_cast<char>(c));
                    } else {
                        tok_.kind = TokenKind::Invalid;
                    }
                }
            } else if (isTString && nestedFormattingInTString && isChar('}')) {
                if (--nestedFormattingInTString > 0) {
                    nestedFormattingNeedsFString = true;
                    vstr.push_back(static_cast<char>(chr0_));
                } else {
                    // end of the current interpolation
                    ++tstringNumInterpolations;
                    if (nestedFormattingNeedsFString) {
                        fstringArgs_.push_back('f');
                        nestedFormattingNeedsFString = false;
                    }
                    fstringArgs_.push_back(quoteChar);
                    fstringArgs_.append(vstr, endOfFormatIndex + 1, vstr.size() - endOfFormatIndex - 1);
                    vstr.resize(endOfFormatIndex);
                    fstringArgs_.push_back(quoteChar);
                    fstringArgs_.push_back(',');
                }
            } else {
                // Add the raw byte so that UTF-8 passes through unchanged.
                vstr.push_back(static_cast<char>(chr0_));
                if (isTString && isCharAnd('}', '}')) {
                    nextChar();
                } else if (isTString && isChar('}')) {
                    tok_.kind = TokenKind::MalformedFString;
                }
            }
        }
        nextChar();
    }

    if (nClosing < numQuotes) tok_.kind = TokenKind::LonelyStringOpen;

    if (isTString) {
        if (nestedFormattingInTString > 0) tok_.kind = TokenKind::MalformedFString;
        if (1 + tstringNumInterpolations * 4 > 255) {
            // too many arguments for one call: wrap the interpolations in a tuple
            fstringArgs_.insert(fstringArgs_.begin(), '(');
            fstringArgs_.push_back(')');
        }
    } else {
        // drop the closing quotes from the value
        vstr.resize(vstr.size() >= nClosing ? vstr.size() - nClosing : 0);
    }
}

void Lexer::injectFStringArgs() {
    fstringArgs_.push_back(')');
    if (injectIdx_ == 0) {
        // switch from the source to the injected characters, followed by the three
        // characters already looked ahead
        injectChars_.push_back(static_cast<char>(chr0_));
        injectChars_.push_back(static_cast<char>(chr1_));
        injectChars_.push_back(static_cast<char>(chr2_));
        injectOffset_ = off0_;
    } else {
        // already injecting: rewind over the lookahead and insert before it
        injectIdx_ -= 3;
    }
    injectChars_.insert(injectIdx_, fstringArgs_);
    fstringArgs_.clear();
    chr0_ = static_cast<unsigned char>(injectChars_[injectIdx_++]);
    chr1_ = static_cast<unsigned char>(injectChars_[injectIdx_++]);
    chr2_ = static_cast<unsigned char>(injectChars_[injectIdx_++]);
    off0_ = off1_ = off2_ = injectOffset_;
    if (injectIdx_ >= injectChars_.size()) {
        injectChars_.clear();
        injectIdx_ = 0;
    }
}

void Lexer::lexStringSequence() {
    // End marks "no literal seen yet"; the first literal sets the kind.
    tok_.kind = TokenKind::End;
    bool hadTString = false;
    // before v1.24 (TargetFeature::RawFStrings) a raw f-string makes the token an error, which
    // the parser reports here; the literal is still read, so that the lexer moves on
    bool rawFStringError = false;
    do {
        bool isRaw = false, isFString = false, isTString = false, rawFString = false;
        TokenKind kind = TokenKind::String;
        int nChar = 0;
        if (isChar('u')) {
            nChar = 1;
        } else if (isChar('b')) {
            kind = TokenKind::Bytes;
            nChar = 1;
            if (chr1_ == 'r') {
                isRaw = true;
                nChar = 2;
            }
        } else if (isChar('r')) {
            isRaw = true;
            nChar = 1;
            if (chr1_ == 'b') {
                kind = TokenKind::Bytes;
                nChar = 2;
            } else if (chr1_ == 'f') {
                isFString = true;
                nChar = 2;
                rawFString = true;
            } else if (chr1_ == 't' && target_.has(TargetFeature::TStrings)) {
                isTString = true;
                nChar = 2;
            }
        } else if (isChar('f')) {
            isFString = true;
            nChar = 1;
            if (chr1_ == 'r') {
                isRaw = true;
                nChar = 2;
                rawFString = true;
            }
        } else if (isChar('t') && target_.has(TargetFeature::TStrings)) {
            isTString = true;
            nChar = 1;
            if (chr1_ == 'r') {
                isRaw = true;
                nChar = 2;
            }
        }
        if (isTString) hadTString = true;
        if (rawFString && !target_.has(TargetFeature::RawFStrings)) rawFStringError = true;

        if (tok_.kind == TokenKind::End) {
            tok_.kind = kind;
        } else if (tok_.kind != kind) {
            break; // str and bytes don't concatenate
        }
        for (int i = 0; i < nChar; ++i)
            nextChar();
        parseStringLiteral(isRaw, isFString, isTString);
        skipWhitespace(true);
    } while (isStringOrBytes());

    if (rawFStringError) tok_.kind = TokenKind::FStringRaw;
    if (tok_.kind <= TokenKind::MalformedFString) {
        // A malformed literal is an error at this token, where the reference stops, so its
        // arguments are never parsed. Injecting them anyway would only feed error recovery,
        // and an unterminated t-string re-injects its own text, which holds the same
        // unterminated t-string: a loop that grows the text on every turn (fuzz_compile).
        fstringArgs_.clear();
        return;
    }
    if (hadTString) {
        tok_.text += ",),";
        fstringArgs_.insert(0, tok_.text);
        // the token becomes the name of the function the template calls
        tok_.kind = TokenKind::Name;
        tok_.text = "__template__";
    }
    if (!fstringArgs_.empty()) {
        if (target_.has(TargetFeature::NestedFStrings)) {
            injectFStringArgs();
        } else if (argsFeedIdx_ == 0) {
            injectFStringArgsOneBuffer();
        }
        // (before v1.28, an f-string among the arguments being fed has appended its own to
        // the same buffer: they are fed after the rest)
    }
}

void Lexer::injectFStringArgsOneBuffer() {
    fstringArgs_.push_back(')');
    savedChr_[0] = chr0_;
    savedChr_[1] = chr1_;
    savedChr_[2] = chr2_;
    savedOff_[0] = off0_;
    savedOff_[1] = off1_;
    savedOff_[2] = off2_;
    injectOffset_ = off0_;
    auto fed = [&](size_t k) {
        int c = static_cast<unsigned char>(fstringArgs_[k]);
        return c == 0 ? kInjectEnd : c;
    };
    // ".format(" and ")" make at least three characters
    chr0_ = fed(0);
    chr1_ = fed(1);
    chr2_ = fed(2);
    off0_ = off1_ = off2_ = injectOffset_;
    argsFeedIdx_ = 3;
}

void Lexer::lexNumber() {
    bool forcedInteger = false;
    if (isChar('.')) {
        tok_.kind = TokenKind::FloatOrImag;
    } else {
        tok_.kind = TokenKind::Integer;
        if (isChar('0')) {
            int c1 = chr1_ | 0x20;
            if (c1 == 'b' || c1 == 'o' || c1 == 'x') forcedInteger = true;
        }
    }
    addChar(chr0_);
    nextChar();
    while (!isEnd()) {
        if (!forcedInteger && isCharOr('e', 'E')) {
            tok_.kind = TokenKind::FloatOrImag;
            addChar('e');
            nextChar();
            if (isChar('+') || isChar('-')) {
                addChar(chr0_);
                nextChar();
            }
        } else if (isLetter() || isDigit() || isChar('.')) {
            if (isChar('.') || isChar('j') || isChar('J')) tok_.kind = TokenKind::FloatOrImag;
            addChar(chr0_);
            nextChar();
        } else if (isChar('_')) {
            nextChar();
        } else {
            break;
        }
    }
}

void Lexer::lexOperator() {
    int c = chr0_;
    nextChar();
    auto follow = [&](int ch) {
        if (isChar(ch)) {
            nextChar();
            return true;
        }
        return false;
    };
    TokenKind k;
    switch (c) {
    case '(':
        k = TokenKind::ParenOpen;
        break;
    case ')':
        k = TokenKind::ParenClose;
        break;
    case '[':
        k = TokenKind::BracketOpen;
        break;
    case ']':
        k = TokenKind::BracketClose;
        break;
    case '{':
        k = TokenKind::BraceOpen;
        break;
    case '}':
        k = TokenKind::BraceClose;
        break;
    case ',':
        k = TokenKind::Comma;
        break;
    case ';':
        k = TokenKind::Semicolon;
        break;
    case '~':
        k = TokenKind::OpTilde;
        break;
    case ':':
        k = follow('=') ? TokenKind::OpAssign : TokenKind::Colon;
        break;
    case '<':
        if (follow('='))
            k = TokenKind::OpLessEqual;
        else if (follow('<'))
            k = follow('=') ? TokenKind::DelDblLessEqual : TokenKind::OpDblLess;
        else
            k = TokenKind::OpLess;
        break;
    case '>':
        if (follow('='))
            k = TokenKind::OpMoreEqual;
        else if (follow('>'))
            k = follow('=') ? TokenKind::DelDblMoreEqual : TokenKind::OpDblMore;
        else
            k = TokenKind::OpMore;
        break;
    case '*':
        if (follow('='))
            k = TokenKind::DelStarEqual;
        else if (follow('*'))
            k = follow('=') ? TokenKind::DelDblStarEqual : TokenKind::OpDblStar;
        else
            k = TokenKind::OpStar;
        break;
    case '+':
        k = follow('=') ? TokenKind::DelPlusEqual : TokenKind::OpPlus;
        break;
    case '-':
        if (follow('='))
            k = TokenKind::DelMinusEqual;
        else if (follow('>'))
            k = TokenKind::MinusMore;
        else
            k = TokenKind::OpMinus;
        break;
    case '&':
        k = follow('=') ? TokenKind::DelAmpersandEqual : TokenKind::OpAmpersand;
        break;
    case '|':
        k = follow('=') ? TokenKind::DelPipeEqual : TokenKind::OpPipe;
        break;
    case '/':
        if (follow('='))
            k = TokenKind::DelSlashEqual;
        else if (follow('/'))
            k = follow('=') ? TokenKind::DelDblSlashEqual : TokenKind::OpDblSlash;
        else
            k = TokenKind::OpSlash;
        break;
    case '%':
        k = follow('=') ? TokenKind::DelPercentEqual : TokenKind::OpPercent;
        break;
    case '^':
        k = follow('=') ? TokenKind::DelCaretEqual : TokenKind::OpCaret;
        break;
    case '@':
        k = follow('=') ? TokenKind::DelAtEqual : TokenKind::OpAt;
        break;
    case '=':
        k = follow('=') ? TokenKind::OpDblEqual : TokenKind::Equal;
        break;
    case '!':
        k = follow('=') ? TokenKind::OpNotEqual : TokenKind::Invalid;
        break;
    case '.':
        if (isCharAnd('.', '.')) {
            nextChar();
            nextChar();
            k = TokenKind::Ellipsis;
        } else {
            k = TokenKind::Period;
        }
        break;
    default:
        k = TokenKind::Invalid;
        break;
    }
    tok_.kind = k;
    if (k == TokenKind::ParenOpen || k == TokenKind::BracketOpen || k == TokenKind::BraceOpen) {
        nestedBracketLevel_ += 1;
    } else if (k == TokenKind::ParenClose || k == TokenKind::BracketClose || k == TokenKind::BraceClose) {
        nestedBracketLevel_ -= 1;
    }
}

void Lexer::advance() {
    tok_.text.clear();

    // Newline tokens take the line of the line they end: skip up to the newline only,
    // record the position, then skip the rest. Before v1.22 (TargetFeature::NewlineAtLineEnd)
    // everything was skipped first, so a newline took the position of the next token.
    const bool newlineAtLineEnd = target_.has(TargetFeature::NewlineAtLineEnd);
    bool hadPhysicalNewline =
        newlineAtLineEnd ? skipWhitespace(true) : skipWhitespace(false) && nestedBracketLevel_ == 0;

    tok_.line = static_cast<uint32_t>(line_);
    tok_.offset = off0_;
    size_t tokColumn = column_;

    if (emitDent_ < 0) {
        tok_.kind = TokenKind::Dedent;
        emitDent_ += 1;
    } else if (emitDent_ > 0) {
        tok_.kind = TokenKind::Indent;
        emitDent_ -= 1;
    } else if (hadPhysicalNewline) {
        if (newlineAtLineEnd) skipWhitespace(false);
        tok_.kind = TokenKind::Newline;
        size_t numSpaces = column_ - 1;
        if (numSpaces == indentLevels_.back()) {
        } else if (numSpaces > indentLevels_.back()) {
            indentLevels_.push_back(numSpaces);
            emitDent_ += 1;
        } else {
            while (numSpaces < indentLevels_.back()) {
                indentLevels_.pop_back();
                emitDent_ -= 1;
            }
            if (numSpaces != indentLevels_.back()) tok_.kind = TokenKind::DedentMismatch;
        }
    } else if (isEnd()) {
        tok_.kind = TokenKind::End;
    } else if (isStringOrBytes()) {
        lexStringSequence();
    } else if (isHeadOfIdentifier()) {
        tok_.kind = TokenKind::Name;
        tok_.text.push_back(static_cast<char>(chr0_));
        nextChar();
        while (!isEnd() && isTailOfIdentifier()) {
            tok_.text.push_back(static_cast<char>(chr0_));
            nextChar();
        }
        tok_.kind = keywordKind(tok_.text);
    } else if (isDigit() || (isChar('.') && asciiDigit(chr1_))) {
        lexNumber();
    } else {
        lexOperator();
    }
    tok_.endOffset = off0_ >= tok_.offset ? off0_ : tok_.offset;
    if (tok_.kind == TokenKind::Newline || tok_.kind == TokenKind::Indent || tok_.kind == TokenKind::Dedent ||
        tok_.kind == TokenKind::DedentMismatch)
        tok_.endOffset = tok_.offset + 1; // point at the line end, not at the next token


    // The very first token must start in column 1 (unless it is a newline); otherwise
    // the reference turns it into an INDENT so that the parser reports the error.
    if (firstToken_) {
        firstToken_ = false;
        if (tokColumn != 1 && (tok_.kind != TokenKind::Newline || !newlineAtLineEnd)) tok_.kind = TokenKind::Indent;
    }
}

} // namespace mpyc
