// Helpers shared by the unit tests: lex, parse or compile a source string and return text
// that a test can compare with an expected literal.
#pragma once

#include "codegen/Compiler.h"
#include "mpy/Disassembler.h"
#include "mpy/MpyReader.h"
#include "frontend/AstDump.h"
#include "frontend/LargeStack.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"

#include <string>

namespace mpyc::test {

// Tokens as "kind 'text'@line" joined by spaces.
inline std::string lex(const std::string& src) {
    Lexer lexer(src);
    std::string out;
    for (int guard = 0; guard < 10000; ++guard) {
        const Token& t = lexer.current();
        if (!out.empty()) out += ' ';
        out += tokenSpelling(t.kind);
        if (t.kind == TokenKind::Name || t.kind == TokenKind::String || t.kind == TokenKind::Bytes ||
            t.kind == TokenKind::Integer || t.kind == TokenKind::FloatOrImag)
            out += "'" + t.text + "'";
        out += "@" + std::to_string(t.line);
        if (t.kind == TokenKind::End || lexer.hasFatalError()) break;
        lexer.advance();
    }
    return out;
}

// The AST dump, or "error: Class: message @line" for a syntax error.
inline std::string parseOnThisStack(const std::string& src, bool lines) {
    AstContext ctx;
    Parser parser(ctx, src, {});
    ParseResult r = parser.parseModule();
    if (r.error)
        return "error: " + r.error->errorClass + ": " + r.error->message + " @" +
               std::to_string(r.error->line);
    AstDumpOptions opts;
    opts.showLines = lines;
    return dumpAst(r.module, opts);
}

// Parses on a large stack, as compilations do.
inline std::string parse(const std::string& src, bool lines = true) {
    std::string out;
    runOnLargeStack([&] { out = parseOnThisStack(src, lines); });
    return out;
}

// The AST after the optimizer, or "error: ..." (parse or optimizer error).
inline std::string optimize(const std::string& src, unsigned optLevel = 0, bool lines = false) {
    std::string out;
    runOnLargeStack([&] {
        AstContext ctx;
        Parser parser(ctx, src, {});
        ParseResult r = parser.parseModule();
        if (r.error) {
            out = "error: " + r.error->message + " @" + std::to_string(r.error->line);
            return;
        }
        CompileOptions options;
        options.optLevel = optLevel;
        Optimizer optimizer(ctx, options);
        if (auto e = optimizer.run(r.module)) {
            out = "error: " + e->message + " @" + std::to_string(e->line);
            return;
        }
        AstDumpOptions opts;
        opts.showLines = lines;
        out = dumpAst(r.module, opts);
    });
    return out;
}

inline CompileResult compileSource(const std::string& src, unsigned optLevel = 0,
                                   const std::string& name = "t.py", unsigned smallIntBits = 31) {
    CompileInput input{src, name, name};
    CompileOptions options;
    options.optLevel = optLevel;
    options.smallIntBits = smallIntBits;
    EmitterOptions emitter;
    return compileModule(input, options, emitter);
}

// The disassembly of the compiled module (tables included), or "error: ... @line in block".
inline std::string compile(const std::string& src, unsigned optLevel = 0, bool tables = false) {
    CompileResult r = compileSource(src, optLevel);
    if (r.error)
        return "error: " + r.error->errorClass + ": " + r.error->message + " @" +
               std::to_string(r.error->line) + (r.error->block.empty() ? "" : " in " + r.error->block);
    std::string err;
    auto file = readMpy(r.mpy, err);
    if (!file) return "unreadable: " + err;
    DisassemblyOptions opts;
    opts.showTables = tables;
    std::string text = disassemble(*file, opts);
    // drop the header line: tests are about code
    return text.substr(text.find('\n') + 1);
}

inline std::string hex(llvm::ArrayRef<uint8_t> bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (uint8_t b : bytes) {
        if (!out.empty()) out += ' ';
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

} // namespace mpyc::test
