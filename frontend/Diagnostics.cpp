// Rendering of diagnostics in the three formats: mpy-cross (the reference's traceback
// text), rich (file:line:col, source line and caret) and JSON (for tools).
#include "frontend/Diagnostics.h"

#include <cstring>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mpyc {

SourceLocator::SourceLocator(llvm::StringRef source) : source_(source) {
    lineStarts_.push_back(0);
    for (size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= source.size() || source[i + 1] != '\n'))) {
            lineStarts_.push_back(static_cast<uint32_t>(i + 1));
        }
    }
}

std::pair<uint32_t, uint32_t> SourceLocator::lineColumn(uint32_t offset) const {
    offset = std::min<uint32_t>(offset, static_cast<uint32_t>(source_.size()));
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    uint32_t lineIndex = static_cast<uint32_t>(it - lineStarts_.begin()) - 1;
    uint32_t column = 1;
    for (uint32_t i = lineStarts_[lineIndex]; i < offset; ++i) {
        // count characters, not UTF-8 continuation bytes
        if ((static_cast<unsigned char>(source_[i]) & 0xc0) != 0x80) ++column;
    }
    return {lineIndex + 1, column};
}

llvm::StringRef SourceLocator::lineText(uint32_t line) const {
    if (line == 0 || line > lineStarts_.size()) return {};
    uint32_t begin = lineStarts_[line - 1];
    uint32_t end = line < lineStarts_.size() ? lineStarts_[line] : static_cast<uint32_t>(source_.size());
    llvm::StringRef text = source_.slice(begin, end);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text = text.drop_back();
    return text;
}

namespace {

const char* severityName(Severity s) {
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Note:
        return "note";
    }
    return "error";
}

// `crlf`: CircuitPython prints the traceback's translated texts (the first line and
// ", in BLOCK") with "\r\n", and a frame without a block with "\n" (py/obj.c there).
std::string renderMpyCross(const Diagnostic& d, llvm::StringRef fileName, bool crlf) {
    std::string out;
    if (d.hasTraceback) {
        out += crlf ? "Traceback (most recent call last):\r\n" : "Traceback (most recent call last):\n";
        out += "  File \"" + fileName.str() + "\", line " + std::to_string(d.line);
        if (!d.block.empty()) out += ", in " + d.block + (crlf ? "\r" : "");
        out += "\n";
    }
    out += d.errorClass + ": " + d.message + "\n";
    return out;
}

std::string renderRich(const Diagnostic& d, llvm::StringRef fileName, const SourceLocator& loc, bool color) {
    const char* bold = color ? "\x1b[1m" : "";
    const char* red = color ? "\x1b[1;31m" : "";
    const char* green = color ? "\x1b[1;32m" : "";
    const char* reset = color ? "\x1b[0m" : "";
    uint32_t line = d.line, column = 0;
    if (d.hasRange) {
        auto lc = loc.lineColumn(d.range.begin);
        line = lc.first;
        column = lc.second;
    }
    std::string out = std::string(bold) + fileName.str();
    if (line) out += ":" + std::to_string(line);
    if (column) out += ":" + std::to_string(column);
    out += std::string(": ") + reset + red + severityName(d.severity) + ": " + reset + bold;
    // a file that cannot be read or written says so in words; the class is for the VM's errors
    if (d.errorClass != "SyntaxError" && d.errorClass != "OSError" && d.severity == Severity::Error)
        out += d.errorClass + ": ";
    out += d.message + reset + "\n";
    llvm::StringRef text = loc.lineText(line);
    if (line && !text.empty()) {
        // A long line (generated code, minified data) is shown as a window of kShownColumns
        // characters around the column, with "..." where it is cut.
        constexpr uint32_t kShownColumns = 160, kBeforeColumn = 60;
        uint32_t firstColumn = column > kBeforeColumn ? column - kBeforeColumn : 1;
        size_t begin = text.size(), end = text.size();
        uint32_t c = 1;
        for (size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) continue;
            if (c == firstColumn) begin = i;
            if (c == firstColumn + kShownColumns) {
                end = i;
                break;
            }
            ++c;
        }
        if (begin > end) begin = end;
        const char* lead = begin > 0 ? "..." : "";
        out += std::string("    ") + lead + text.slice(begin, end).str() + (end < text.size() ? "..." : "") +
               "\n";
        if (column) {
            llvm::StringRef shown = text.slice(begin, end);
            std::string caret(std::strlen(lead) + (column - firstColumn), ' ');
            // keep tabs so the caret lines up with the source line
            for (uint32_t i = 0, k = 0; i < shown.size() && k < column - firstColumn; ++i) {
                if ((static_cast<unsigned char>(shown[i]) & 0xc0) == 0x80) continue;
                if (shown[i] == '\t') caret[std::strlen(lead) + k] = '\t';
                ++k;
            }
            uint32_t width = 1;
            if (d.hasRange && d.range.end > d.range.begin) {
                auto endLc = loc.lineColumn(d.range.end);
                if (endLc.first == line && endLc.second > column) width = endLc.second - column;
            }
            width = std::min(width, firstColumn + kShownColumns - column);
            out += "    " + caret + green + "^" + std::string(width - 1, '~') + reset + "\n";
        }
    }
    if (!d.hint.empty()) out += std::string("    ") + bold + "hint: " + reset + d.hint + "\n";
    return out;
}

} // namespace

std::string renderDiagnostics(const std::vector<Diagnostic>& diags, ErrorFormat format,
                              llvm::StringRef fileName, llvm::StringRef source, bool color, bool crlfTraceback) {
    SourceLocator loc(source);
    if (format == ErrorFormat::Json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const Diagnostic& d : diags) {
            nlohmann::json j;
            j["file"] = fileName.str();
            j["severity"] = severityName(d.severity);
            j["class"] = d.errorClass;
            j["message"] = d.message;
            uint32_t line = d.line, column = 0, endLine = 0, endColumn = 0;
            if (d.hasRange) {
                auto b = loc.lineColumn(d.range.begin);
                auto e = loc.lineColumn(std::max(d.range.end, d.range.begin));
                line = b.first;
                column = b.second;
                endLine = e.first;
                endColumn = e.second;
            }
            j["line"] = line;
            j["column"] = column;
            j["end_line"] = endLine ? endLine : line;
            j["end_column"] = endColumn ? endColumn : column;
            j["reference_line"] = d.line;
            if (!d.hint.empty()) j["hint"] = d.hint;
            arr.push_back(std::move(j));
        }
        // file names and messages may hold bytes that are not UTF-8 (the source can)
        return arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    std::string out;
    for (const Diagnostic& d : diags) {
        if (format == ErrorFormat::MpyCross) {
            // the reference stops at its first error and prints only that
            if (d.severity == Severity::Error) return renderMpyCross(d, fileName, crlfTraceback);
            continue;
        }
        out += renderRich(d, fileName, loc, color);
    }
    return out;
}

} // namespace mpyc
