// Lexer: tokens, lines, indentation, strings (joining, escapes, f-string rewriting) and
// MicroPython's number lexing, as the reference lexes them.
#include "TestUtil.h"

#include <doctest/doctest.h>

using mpyc::test::lex;

TEST_CASE("lexer: statement tokens carry their lines") {
    CHECK_EQ(lex("x = 1\ny += 2.5\n"),
             "name'x'@1 =@1 integer'1'@1 newline@1 name'y'@2 +=@2 number'2.5'@2 newline@2 end of input@3");
}

TEST_CASE("lexer: indentation with spaces and tabs, and dedent mismatch") {
    // a tab advances to the next multiple of 8: deeper than 4 spaces
    CHECK_EQ(lex("if a:\n    b\n\tc\n"),
             "if@1 name'a'@1 :@1 newline@1 indent@2 name'b'@2 newline@2 indent@3 name'c'@3 "
             "newline@3 dedent@4 dedent@4 end of input@4");
    CHECK_EQ(lex("if a:\n    b\n        c\nd\n"),
             "if@1 name'a'@1 :@1 newline@1 indent@2 name'b'@2 newline@2 indent@3 "
             "name'c'@3 newline@3 dedent@4 dedent@4 name'd'@4 newline@4 end of input@5");
    CHECK_EQ(lex("if a:\n    b\n  c\n"), "if@1 name'a'@1 :@1 newline@1 indent@2 name'b'@2 dedent mismatch@2 "
                                         "dedent@3 name'c'@3 newline@3 end of input@4");
}

TEST_CASE("lexer: the first token must be in column 1") {
    CHECK_EQ(lex("  x = 1\n"), "indent@1 =@1 integer'1'@1 newline@1 end of input@2");
}

TEST_CASE("lexer: CR, CRLF and a missing final newline") {
    CHECK_EQ(lex("a\r\nb\rc"), "name'a'@1 newline@1 name'b'@2 newline@2 name'c'@3 newline@3 end of input@4");
}

TEST_CASE("lexer: blank lines and comments produce no tokens; brackets join lines") {
    CHECK_EQ(lex("# c\n\nf(1,\n  2)  # x\n"),
             "newline@1 name'f'@3 (@3 integer'1'@3 ,@3 integer'2'@4 )@4 newline@4 end of input@5");
    CHECK_EQ(lex("x = 1 + \\\n  2\n"),
             "name'x'@1 =@1 integer'1'@1 +@1 integer'2'@2 newline@2 end of input@3");
}

TEST_CASE("lexer: adjacent string literals are joined; escapes are decoded") {
    CHECK_EQ(lex("'a' \"b\"\n"), "string'ab'@1 newline@1 end of input@2");
    CHECK_EQ(lex("'\\x41\\n\\101'\n"), "string'A\nA'@1 newline@1 end of input@2");
    CHECK_EQ(lex("r'\\n'\n"), "string'\\n'@1 newline@1 end of input@2");
    CHECK_EQ(lex("b'\\u1234'\n"), "bytes'\\u1234'@1 newline@1 end of input@2");
    // str and bytes don't join: two tokens
    CHECK_EQ(lex("'a' b'c'\n"), "string'a'@1 bytes'c'@1 newline@1 end of input@2");
}

TEST_CASE("lexer: f-strings become a .format() call") {
    CHECK_EQ(lex("f'a{x}b{y!r:>4}'\n"),
             "string'a{}b{!r:>4}'@1 .@1 name'format'@1 (@1 (@1 name'x'@1 )@1 ,@1 (@1 name'y'@1 )@1 ,@1 )@1 "
             "newline@1 end of input@2");
    CHECK_EQ(lex("f'{x=}'\n"),
             "string'x={}'@1 .@1 name'format'@1 (@1 (@1 name'x'@1 )@1 ,@1 )@1 newline@1 end of input@2");
    CHECK_EQ(lex("f'{{}}'\n"), "string'{{}}'@1 .@1 name'format'@1 (@1 )@1 newline@1 end of input@2");
    CHECK(lex("f'{}'\n").find("malformed f-string") != std::string::npos);
}

TEST_CASE("lexer: numbers swallow letters and dots like MicroPython's") {
    CHECK_EQ(lex("1if 0x1F 1_000 1.5j 1e-5 .5\n"),
             "integer'1if'@1 integer'0x1F'@1 integer'1000'@1 number'1.5j'@1 "
             "number'1e-5'@1 number'.5'@1 newline@1 end of input@2");
    CHECK_EQ(lex("1.5.real\n"), "number'1.5.real'@1 newline@1 end of input@2");
}

TEST_CASE("lexer: operators and keywords") {
    CHECK_EQ(lex("a **= b // c := d -> e ... != @= >>= __debug__\n"),
             "name'a'@1 **=@1 name'b'@1 //@1 name'c'@1 :=@1 name'd'@1 ->@1 name'e'@1 ...@1 !=@1 @=@1 >>=@1 "
             "__debug__@1 newline@1 end of input@2");
    CHECK_EQ(lex("!\n"), "invalid token@1 newline@1 end of input@2");
}

TEST_CASE("lexer: errors are token kinds the parser reports") {
    CHECK_EQ(lex("'abc\n"), "unterminated string@1 newline@1 end of input@2");
    CHECK_EQ(lex("'\\x4g'\n"), "invalid token@1 newline@1 end of input@2");
    mpyc::Lexer named("s = '\\N{DASH}'\n");
    while (!named.hasFatalError() && named.current().kind != mpyc::TokenKind::End)
        named.advance();
    CHECK(named.hasFatalError());
    CHECK_EQ(named.fatalErrorClass(), "NotImplementedError");
    CHECK_EQ(named.fatalError(), "unicode name escapes");
}

TEST_CASE("lexer: a malformed f-string or t-string injects no arguments after its error token") {
    // The reference stops at the error token; injecting the arguments only fed error recovery,
    // and an unterminated t-string re-injected its own text without end (found by fuzz_compile).
    CHECK_EQ(lex("f'{x}\ny\n"), "unterminated string@1 newline@1 name'y'@2 newline@2 end of input@3");
    CHECK_EQ(lex("t'{x}\ny\n"), "unterminated string@1 newline@1 name'y'@2 newline@2 end of input@3");
    CHECK_EQ(lex("f'{}{x}' + 1\n"), "malformed f-string@1 +@1 integer'1'@1 newline@1 end of input@2");
}
