// Number literal validation and evaluation; see NumberLiteral.h.
#include "frontend/NumberLiteral.h"

#include "frontend/FloatFormat.h"

namespace mpyc {

namespace {

// The reference quotes the offending text like a bytes repr (mp_str_print_quoted).
std::string quoted(llvm::StringRef s) {
    bool hasSingle = s.contains('\''), hasDouble = s.contains('"');
    char q = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out(1, q);
    static const char* hex = "0123456789abcdef";
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out += q;
    return out;
}

int digitValue(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    return 99;
}

} // namespace

NumberLiteral parseIntegerLiteral(llvm::StringRef text, bool leadingZeroIsError) {
    NumberLiteral lit;
    lit.kind = NumberLiteral::Kind::Int;
    // Base prefix: 0x/0o/0b select the base; any other leading 0 selects "base 1", where
    // only zeros are valid (and errors name base 0).
    int base = 10;
    size_t start = 0;
    if (text.size() > 1 && text[0] == '0') {
        char c = text[1] | 0x20;
        if (c == 'x') {
            base = 16;
            start = 2;
        } else if (c == 'o') {
            base = 8;
            start = 2;
        } else if (c == 'b') {
            base = 2;
            start = 2;
        } else if (leadingZeroIsError) {
            base = 1;
        }
    }
    size_t i = start;
    std::string digits;
    for (; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '_') continue;
        int d = digitValue(c);
        if (d >= base) break;
        digits += static_cast<char>(c);
    }
    if (digits.empty() || i != text.size()) {
        lit.error = "invalid syntax for integer with base " + std::to_string(base == 1 ? 0 : base) + ": " +
                    quoted(text.substr(start));
        return lit;
    }
    std::optional<BigInt> v = BigInt::parse(digits, base == 1 ? 10 : static_cast<unsigned>(base));
    if (!v) {
        lit.error = "invalid syntax for integer with base " + std::to_string(base) + ": " +
                    quoted(text.substr(start));
        return lit;
    }
    lit.ok = true;
    if (v->toInt64(lit.small)) {
        lit.isBig = false;
    } else {
        lit.isBig = true;
        lit.big = *v;
    }
    return lit;
}

NumberLiteral parseFloatOrImagLiteral(llvm::StringRef text, FloatParserStyle style) {
    NumberLiteral lit;
    lit.kind = NumberLiteral::Kind::Float;
    enum { InInt, InFrac, InExp } in = InInt;
    size_t i = 0;
    bool bad = false;
    while (i < text.size()) {
        char c = text[i++];
        if (c >= '0' && c <= '9') continue;
        if (in == InInt && c == '.') {
            in = InFrac;
        } else if (in != InExp && (c | 0x20) == 'e') {
            in = InExp;
            if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
            if (i == text.size()) {
                bad = true;
                break;
            }
        } else if (c == '_') {
            continue;
        } else {
            --i;
            break;
        }
    }
    size_t numberEnd = i;
    if (!bad && i < text.size() && (text[i] | 0x20) == 'j') {
        lit.kind = NumberLiteral::Kind::Imag;
        ++i;
    }
    if (bad || numberEnd == 0 || i != text.size()) {
        lit.error = "invalid syntax for number";
        return lit;
    }
    std::string number;
    for (char c : text.substr(0, numberEnd))
        if (c != '_') number += c;
    lit.real = parseFloatLiteral(number, style);
    lit.ok = true;
    return lit;
}

} // namespace mpyc
