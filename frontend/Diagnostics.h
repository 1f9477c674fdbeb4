// Diagnostics: what went wrong, where, and how to render it.
//
// A diagnostic keeps two locations because it serves two audiences: `line` (and `block`)
// are what MicroPython's mpy-cross reports, so the `mpy-cross` error format can print
// the reference's exact text; `range` is the precise source range (byte offsets), which
// the rich and JSON formats turn into line and column with a caret under the source.
#pragma once

#include "frontend/Ast.h"

#include <llvm/ADT/StringRef.h>

#include <string>
#include <vector>

namespace mpyc {

enum class Severity : uint8_t { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string errorClass = "SyntaxError"; // the exception class the reference raises
    std::string message;
    // The reference's traceback entry: `File "NAME", line N[, in BLOCK]`. Without a
    // traceback the reference prints only "Class: message".
    bool hasTraceback = true;
    uint32_t line = 0;
    std::string block;
    // Precise location for rich output; `hasRange` is false when only a line is known.
    SourceRange range;
    bool hasRange = false;
    std::string hint;
    // The file name the reference shows: parser errors name the input path, compiler
    // errors the source name (-s). Set by the compile driver.
    std::string file;
};

enum class ErrorFormat : uint8_t { MpyCross, Rich, Json };

// Maps byte offsets to 1-based line and column (columns count UTF-8 characters).
class SourceLocator {
public:
    explicit SourceLocator(llvm::StringRef source);
    // 1-based line and column of a byte offset.
    std::pair<uint32_t, uint32_t> lineColumn(uint32_t offset) const;
    // The text of a 1-based line, without its line ending.
    llvm::StringRef lineText(uint32_t line) const;
    uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }

private:
    llvm::StringRef source_;
    std::vector<uint32_t> lineStarts_;
};

// Renders diagnostics for one file. `fileName` is the name shown (the reference shows the
// source name given with -s, or the input path). `crlfTraceback`: the mpy-cross format as
// CircuitPython prints it (TargetFeature::TracebackCrLf).
std::string renderDiagnostics(const std::vector<Diagnostic>& diags, ErrorFormat format,
                              llvm::StringRef fileName, llvm::StringRef source, bool color = false,
                              bool crlfTraceback = false);

} // namespace mpyc
