// Token kinds and the token record produced by the lexer.
//
// The kinds follow what MicroPython's lexer distinguishes, because the parser's
// error messages depend on them (an INDENT token where a statement was expected is
// "unexpected indent", a MALFORMED_FSTRING is "malformed f-string", and so on).
#pragma once

#include <cstdint>
#include <string>

namespace mpyc {

// X(name, spelling)
#define MPYC_TOKEN_KINDS(X)                                                                                  \
    X(End, "end of input")                                                                                   \
    X(Invalid, "invalid token")                                                                              \
    X(DedentMismatch, "dedent mismatch")                                                                     \
    X(LonelyStringOpen, "unterminated string")                                                               \
    X(FStringRaw, "raw f-string")                                                                            \
    X(MalformedFString, "malformed f-string")                                                                \
    X(Newline, "newline")                                                                                    \
    X(Indent, "indent")                                                                                      \
    X(Dedent, "dedent")                                                                                      \
    X(Name, "name")                                                                                          \
    X(Integer, "integer")                                                                                    \
    X(FloatOrImag, "number")                                                                                 \
    X(String, "string")                                                                                      \
    X(Bytes, "bytes")                                                                                        \
    X(Ellipsis, "...")                                                                                       \
    X(KwFalse, "False")                                                                                      \
    X(KwNone, "None")                                                                                        \
    X(KwTrue, "True")                                                                                        \
    X(KwDebug, "__debug__")                                                                                  \
    X(KwAnd, "and")                                                                                          \
    X(KwAs, "as")                                                                                            \
    X(KwAssert, "assert")                                                                                    \
    X(KwAsync, "async")                                                                                      \
    X(KwAwait, "await")                                                                                      \
    X(KwBreak, "break")                                                                                      \
    X(KwClass, "class")                                                                                      \
    X(KwContinue, "continue")                                                                                \
    X(KwDef, "def")                                                                                          \
    X(KwDel, "del")                                                                                          \
    X(KwElif, "elif")                                                                                        \
    X(KwElse, "else")                                                                                        \
    X(KwExcept, "except")                                                                                    \
    X(KwFinally, "finally")                                                                                  \
    X(KwFor, "for")                                                                                          \
    X(KwFrom, "from")                                                                                        \
    X(KwGlobal, "global")                                                                                    \
    X(KwIf, "if")                                                                                            \
    X(KwImport, "import")                                                                                    \
    X(KwIn, "in")                                                                                            \
    X(KwIs, "is")                                                                                            \
    X(KwLambda, "lambda")                                                                                    \
    X(KwNonlocal, "nonlocal")                                                                                \
    X(KwNot, "not")                                                                                          \
    X(KwOr, "or")                                                                                            \
    X(KwPass, "pass")                                                                                        \
    X(KwRaise, "raise")                                                                                      \
    X(KwReturn, "return")                                                                                    \
    X(KwTry, "try")                                                                                          \
    X(KwWhile, "while")                                                                                      \
    X(KwWith, "with")                                                                                        \
    X(KwYield, "yield")                                                                                      \
    X(OpAssign, ":=")                                                                                        \
    X(OpTilde, "~")                                                                                          \
    X(OpLess, "<")                                                                                           \
    X(OpMore, ">")                                                                                           \
    X(OpDblEqual, "==")                                                                                      \
    X(OpLessEqual, "<=")                                                                                     \
    X(OpMoreEqual, ">=")                                                                                     \
    X(OpNotEqual, "!=")                                                                                      \
    X(OpPipe, "|")                                                                                           \
    X(OpCaret, "^")                                                                                          \
    X(OpAmpersand, "&")                                                                                      \
    X(OpDblLess, "<<")                                                                                       \
    X(OpDblMore, ">>")                                                                                       \
    X(OpPlus, "+")                                                                                           \
    X(OpMinus, "-")                                                                                          \
    X(OpStar, "*")                                                                                           \
    X(OpAt, "@")                                                                                             \
    X(OpDblSlash, "//")                                                                                      \
    X(OpSlash, "/")                                                                                          \
    X(OpPercent, "%")                                                                                        \
    X(OpDblStar, "**")                                                                                       \
    X(DelPipeEqual, "|=")                                                                                    \
    X(DelCaretEqual, "^=")                                                                                   \
    X(DelAmpersandEqual, "&=")                                                                               \
    X(DelDblLessEqual, "<<=")                                                                                \
    X(DelDblMoreEqual, ">>=")                                                                                \
    X(DelPlusEqual, "+=")                                                                                    \
    X(DelMinusEqual, "-=")                                                                                   \
    X(DelStarEqual, "*=")                                                                                    \
    X(DelAtEqual, "@=")                                                                                      \
    X(DelDblSlashEqual, "//=")                                                                               \
    X(DelSlashEqual, "/=")                                                                                   \
    X(DelPercentEqual, "%=")                                                                                 \
    X(DelDblStarEqual, "**=")                                                                                \
    X(ParenOpen, "(")                                                                                        \
    X(ParenClose, ")")                                                                                       \
    X(BracketOpen, "[")                                                                                      \
    X(BracketClose, "]")                                                                                     \
    X(BraceOpen, "{")                                                                                        \
    X(BraceClose, "}")                                                                                       \
    X(Comma, ",")                                                                                            \
    X(Colon, ":")                                                                                            \
    X(Period, ".")                                                                                           \
    X(Semicolon, ";")                                                                                        \
    X(Equal, "=")                                                                                            \
    X(MinusMore, "->")

enum class TokenKind : uint8_t {
#define MPYC_TOKEN_ENUM(name, spelling) name,
    MPYC_TOKEN_KINDS(MPYC_TOKEN_ENUM)
#undef MPYC_TOKEN_ENUM
};

const char* tokenSpelling(TokenKind kind);

struct Token {
    TokenKind kind = TokenKind::End;
    // Line as MicroPython counts it (the line the reference reports and records in line
    // tables). For tokens injected by the f-string rewrite it is the line where the
    // lexer was when it injected them, exactly as in the reference.
    uint32_t line = 1;
    // Byte offsets into the original source, for diagnostics with columns.
    uint32_t offset = 0;
    uint32_t endOffset = 0;
    // Names: the identifier. Strings/bytes: the decoded value (adjacent literals already
    // concatenated, f-strings already rewritten). Numbers: the literal text without '_'.
    std::string text;
};

} // namespace mpyc
