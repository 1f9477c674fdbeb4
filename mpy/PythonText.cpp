// Python text conventions used by the freezer; see PythonText.h.
#include "mpy/PythonText.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>

namespace mpyc {

namespace {

struct CodePointRange {
    uint32_t first, last;
};

const CodePointRange kPrintable[] = {
#include "mpy/PythonPrintable.inc"
};

// makeqstrdata's codepoint2name: the HTML 4 entity names (Python's html.entities) plus the
// names mpy-tool's author gave to the ASCII punctuation that has none.
const std::map<uint32_t, const char*>& codePointNames() {
    static const std::map<uint32_t, const char*> names = {
        {198, "AElig"},
        {193, "Aacute"},
        {194, "Acirc"},
        {192, "Agrave"},
        {913, "Alpha"},
        {197, "Aring"},
        {195, "Atilde"},
        {196, "Auml"},
        {914, "Beta"},
        {199, "Ccedil"},
        {935, "Chi"},
        {8225, "Dagger"},
        {916, "Delta"},
        {208, "ETH"},
        {201, "Eacute"},
        {202, "Ecirc"},
        {200, "Egrave"},
        {917, "Epsilon"},
        {919, "Eta"},
        {203, "Euml"},
        {915, "Gamma"},
        {205, "Iacute"},
        {206, "Icirc"},
        {204, "Igrave"},
        {921, "Iota"},
        {207, "Iuml"},
        {922, "Kappa"},
        {923, "Lambda"},
        {924, "Mu"},
        {209, "Ntilde"},
        {925, "Nu"},
        {338, "OElig"},
        {211, "Oacute"},
        {212, "Ocirc"},
        {210, "Ograve"},
        {937, "Omega"},
        {927, "Omicron"},
        {216, "Oslash"},
        {213, "Otilde"},
        {214, "Ouml"},
        {934, "Phi"},
        {928, "Pi"},
        {8243, "Prime"},
        {936, "Psi"},
        {929, "Rho"},
        {352, "Scaron"},
        {931, "Sigma"},
        {222, "THORN"},
        {932, "Tau"},
        {920, "Theta"},
        {218, "Uacute"},
        {219, "Ucirc"},
        {217, "Ugrave"},
        {933, "Upsilon"},
        {220, "Uuml"},
        {926, "Xi"},
        {221, "Yacute"},
        {376, "Yuml"},
        {918, "Zeta"},
        {225, "aacute"},
        {226, "acirc"},
        {180, "acute"},
        {230, "aelig"},
        {224, "agrave"},
        {8501, "alefsym"},
        {945, "alpha"},
        {38, "amp"},
        {8743, "and"},
        {8736, "ang"},
        {229, "aring"},
        {8776, "asymp"},
        {227, "atilde"},
        {228, "auml"},
        {8222, "bdquo"},
        {946, "beta"},
        {166, "brvbar"},
        {8226, "bull"},
        {8745, "cap"},
        {231, "ccedil"},
        {184, "cedil"},
        {162, "cent"},
        {967, "chi"},
        {710, "circ"},
        {9827, "clubs"},
        {8773, "cong"},
        {169, "copy"},
        {8629, "crarr"},
        {8746, "cup"},
        {164, "curren"},
        {8659, "dArr"},
        {8224, "dagger"},
        {8595, "darr"},
        {176, "deg"},
        {948, "delta"},
        {9830, "diams"},
        {247, "divide"},
        {233, "eacute"},
        {234, "ecirc"},
        {232, "egrave"},
        {8709, "empty"},
        {8195, "emsp"},
        {8194, "ensp"},
        {949, "epsilon"},
        {8801, "equiv"},
        {951, "eta"},
        {240, "eth"},
        {235, "euml"},
        {8364, "euro"},
        {8707, "exist"},
        {402, "fnof"},
        {8704, "forall"},
        {189, "frac12"},
        {188, "frac14"},
        {190, "frac34"},
        {8260, "frasl"},
        {947, "gamma"},
        {8805, "ge"},
        {62, "gt"},
        {8660, "hArr"},
        {8596, "harr"},
        {9829, "hearts"},
        {8230, "hellip"},
        {237, "iacute"},
        {238, "icirc"},
        {161, "iexcl"},
        {236, "igrave"},
        {8465, "image"},
        {8734, "infin"},
        {8747, "int"},
        {953, "iota"},
        {191, "iquest"},
        {8712, "isin"},
        {239, "iuml"},
        {954, "kappa"},
        {8656, "lArr"},
        {955, "lambda"},
        {9001, "lang"},
        {171, "laquo"},
        {8592, "larr"},
        {8968, "lceil"},
        {8220, "ldquo"},
        {8804, "le"},
        {8970, "lfloor"},
        {8727, "lowast"},
        {9674, "loz"},
        {8206, "lrm"},
        {8249, "lsaquo"},
        {8216, "lsquo"},
        {60, "lt"},
        {175, "macr"},
        {8212, "mdash"},
        {181, "micro"},
        {183, "middot"},
        {8722, "minus"},
        {956, "mu"},
        {8711, "nabla"},
        {160, "nbsp"},
        {8211, "ndash"},
        {8800, "ne"},
        {8715, "ni"},
        {172, "not"},
        {8713, "notin"},
        {8836, "nsub"},
        {241, "ntilde"},
        {957, "nu"},
        {243, "oacute"},
        {244, "ocirc"},
        {339, "oelig"},
        {242, "ograve"},
        {8254, "oline"},
        {969, "omega"},
        {959, "omicron"},
        {8853, "oplus"},
        {8744, "or"},
        {170, "ordf"},
        {186, "ordm"},
        {248, "oslash"},
        {245, "otilde"},
        {8855, "otimes"},
        {246, "ouml"},
        {182, "para"},
        {8706, "part"},
        {8240, "permil"},
        {8869, "perp"},
        {966, "phi"},
        {960, "pi"},
        {982, "piv"},
        {177, "plusmn"},
        {163, "pound"},
        {8242, "prime"},
        {8719, "prod"},
        {8733, "prop"},
        {968, "psi"},
        {34, "quot"},
        {8658, "rArr"},
        {8730, "radic"},
        {9002, "rang"},
        {187, "raquo"},
        {8594, "rarr"},
        {8969, "rceil"},
        {8221, "rdquo"},
        {8476, "real"},
        {174, "reg"},
        {8971, "rfloor"},
        {961, "rho"},
        {8207, "rlm"},
        {8250, "rsaquo"},
        {8217, "rsquo"},
        {8218, "sbquo"},
        {353, "scaron"},
        {8901, "sdot"},
        {167, "sect"},
        {173, "shy"},
        {963, "sigma"},
        {962, "sigmaf"},
        {8764, "sim"},
        {9824, "spades"},
        {8834, "sub"},
        {8838, "sube"},
        {8721, "sum"},
        {8835, "sup"},
        {185, "sup1"},
        {178, "sup2"},
        {179, "sup3"},
        {8839, "supe"},
        {223, "szlig"},
        {964, "tau"},
        {8756, "there4"},
        {952, "theta"},
        {977, "thetasym"},
        {8201, "thinsp"},
        {254, "thorn"},
        {732, "tilde"},
        {215, "times"},
        {8482, "trade"},
        {8657, "uArr"},
        {250, "uacute"},
        {8593, "uarr"},
        {251, "ucirc"},
        {249, "ugrave"},
        {168, "uml"},
        {978, "upsih"},
        {965, "upsilon"},
        {252, "uuml"},
        {8472, "weierp"},
        {958, "xi"},
        {253, "yacute"},
        {165, "yen"},
        {255, "yuml"},
        {950, "zeta"},
        {8205, "zwj"},
        {8204, "zwnj"},
        // mpy-tool's additions for ASCII punctuation (they replace nothing above: none of
        // these characters has an HTML name except '-', whose name is new too)
        {'-', "hyphen"},
        {' ', "space"},
        {'\'', "squot"},
        {',', "comma"},
        {'.', "dot"},
        {':', "colon"},
        {';', "semicolon"},
        {'/', "slash"},
        {'%', "percent"},
        {'#', "hash"},
        {'(', "paren_open"},
        {')', "paren_close"},
        {'[', "bracket_open"},
        {']', "bracket_close"},
        {'{', "brace_open"},
        {'}', "brace_close"},
        {'*', "star"},
        {'!', "bang"},
        {'\\', "backslash"},
        {'+', "plus"},
        {'$', "dollar"},
        {'=', "equals"},
        {'?', "question"},
        {'@', "at_sign"},
        {'^', "caret"},
        {'|', "pipe"},
        {'~', "tilde"},
    };
    return names;
}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

// ASCII case-insensitive prefix test (StringRef's own lives in LLVM's library, which the
// static binary leaves out; see cli/LlvmSupportShim.cpp).
bool startsWithNoCase(llvm::StringRef s, llvm::StringRef prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != b) return false;
    }
    return true;
}

// The decimal part of a float text: digits, optional point, digits (at least one digit in
// all), optional exponent. Returns the length consumed, 0 if there is no number.
size_t scanDecimal(llvm::StringRef s) {
    size_t i = 0, digits = 0;
    while (i < s.size() && isAsciiDigit(s[i]))
        i++, digits++;
    if (i < s.size() && s[i] == '.') {
        i++;
        while (i < s.size() && isAsciiDigit(s[i]))
            i++, digits++;
    }
    if (digits == 0) return 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) j++;
        size_t expDigits = 0;
        while (j < s.size() && isAsciiDigit(s[j]))
            j++, expDigits++;
        if (expDigits) i = j;
    }
    return i;
}

// One real number at the start of `s` (sign, then a decimal or inf/infinity/nan), the
// way Python's float parser reads it. Sets `len` to the characters used.
std::optional<double> scanReal(llvm::StringRef s, size_t& len) {
    size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    llvm::StringRef rest = s.drop_front(i);
    double value;
    if (startsWithNoCase(rest, "infinity")) {
        value = std::numeric_limits<double>::infinity();
        i += 8;
    } else if (startsWithNoCase(rest, "inf")) {
        value = std::numeric_limits<double>::infinity();
        i += 3;
    } else if (startsWithNoCase(rest, "nan")) {
        value = std::numeric_limits<double>::quiet_NaN();
        i += 3;
    } else {
        size_t n = scanDecimal(rest);
        if (n == 0) return std::nullopt;
        // strtod is correctly rounded in glibc, as Python's own dtoa is; the text has been
        // checked, so strtod cannot wander into hex floats or locale-specific points.
        std::string digits = rest.substr(0, n).str();
        value = std::strtod(digits.c_str(), nullptr);
        i += n;
    }
    len = i;
    return negative ? -value : value;
}

} // namespace

std::optional<std::vector<uint32_t>> decodeUtf8(llvm::StringRef s, size_t* badOffset) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    size_t i = 0;
    auto bad = [&]() -> std::optional<std::vector<uint32_t>> {
        if (badOffset) *badOffset = i;
        return std::nullopt;
    };
    while (i < s.size()) {
        uint8_t b = static_cast<uint8_t>(s[i]);
        if (b < 0x80) {
            out.push_back(b);
            i++;
            continue;
        }
        unsigned n;
        uint32_t cp, min;
        if (b >= 0xc2 && b <= 0xdf) {
            n = 1, cp = b & 0x1f, min = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            n = 2, cp = b & 0x0f, min = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            n = 3, cp = b & 0x07, min = 0x10000;
        } else {
            return bad();
        }
        if (s.size() - i <= n) return bad();
        for (unsigned k = 1; k <= n; ++k) {
            uint8_t c = static_cast<uint8_t>(s[i + k]);
            if ((c & 0xc0) != 0x80) return bad();
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return bad();
        out.push_back(cp);
        i += n + 1;
    }
    return out;
}

size_t utf8Length(llvm::StringRef s) {
    size_t n = 0;
    for (char c : s)
        if ((static_cast<uint8_t>(c) & 0xc0) != 0x80) n++;
    return n;
}

bool pythonIsPrintable(uint32_t cp) {
    const CodePointRange* end = std::end(kPrintable);
    const CodePointRange* it =
        std::upper_bound(std::begin(kPrintable), end, cp,
                         [](uint32_t value, const CodePointRange& r) { return value < r.first; });
    return it != std::begin(kPrintable) && cp <= (it - 1)->last;
}

std::string pythonRepr(llvm::StringRef s) {
    std::vector<uint32_t> cps = decodeUtf8(s).value_or(std::vector<uint32_t>{});
    bool hasSingle = s.contains('\''), hasDouble = s.contains('"');
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, quote);
    char buf[16];
    for (uint32_t c : cps) {
        if (c == static_cast<uint32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else if (c < 0x7f || pythonIsPrintable(c)) {
            appendUtf8(out, c);
        } else {
            if (c <= 0xff)
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c <= 0xffff)
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", c);
            out += buf;
        }
    }
    out += quote;
    return out;
}

std::string qstrEscape(llvm::StringRef s) {
    std::vector<uint32_t> cps = decodeUtf8(s).value_or(std::vector<uint32_t>{});
    const auto& names = codePointNames();
    std::string out;
    out.reserve(s.size());
    char buf[16];
    for (uint32_t c : cps) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
            out += static_cast<char>(c);
            continue;
        }
        out += '_';
        auto it = names.find(c);
        if (it != names.end()) {
            out += it->second;
        } else {
            std::snprintf(buf, sizeof buf, "0x%02x", c);
            out += buf;
        }
        out += '_';
    }
    return out;
}

uint32_t qstrHash(llvm::StringRef bytes, unsigned bytesInHash) {
    // Python's ints do not overflow, but only the low bits survive the mask and
    // multiplication and xor never carry downwards, so 64-bit wraparound is exact.
    uint64_t h = 5381;
    for (char c : bytes)
        h = (h * 33) ^ static_cast<uint8_t>(c);
    unsigned bits = 8 * (bytesInHash ? bytesInHash : 2);
    uint64_t mask = bits >= 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
    uint64_t v = h & mask;
    return v ? static_cast<uint32_t>(v) : 1;
}

std::string qstrPoolLiteral(llvm::StringRef s) {
    bool plain = std::all_of(s.begin(), s.end(), [](char c) {
        auto b = static_cast<uint8_t>(c);
        return b >= 32 && b <= 126 && c != '\\' && c != '"';
    });
    if (plain) return s.str();
    std::string out;
    char buf[8];
    for (char c : s) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<uint8_t>(c));
        out += buf;
    }
    return out;
}

std::string formatG16(double x) {
    if (std::isnan(x)) return "nan";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.16g", x);
    return buf;
}

std::optional<double> parsePythonFloat(llvm::StringRef text) {
    size_t len = 0;
    std::optional<double> v = scanReal(text, len);
    if (!v || len != text.size()) return std::nullopt;
    return v;
}

std::optional<std::pair<double, double>> parsePythonComplex(llvm::StringRef text) {
    llvm::StringRef s = text;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = s.drop_front().drop_back();
    size_t len = 0;
    std::optional<double> first = scanReal(s, len);
    if (!first) return std::nullopt;
    s = s.drop_front(len);
    if (s == "j" || s == "J") return std::make_pair(0.0, *first);
    if (s.empty()) return std::make_pair(*first, 0.0);
    if (s.front() != '+' && s.front() != '-') return std::nullopt;
    std::optional<double> second = scanReal(s, len);
    if (!second || s.drop_front(len) != "j") return std::nullopt;
    return std::make_pair(*first, *second);
}

std::optional<uint32_t> float32Bits(double x) {
    // Python's PyFloat_Pack4 converts with the C cast (round to nearest, ties to even) and
    // raises OverflowError when a finite value becomes infinite. The cast itself is
    // undefined in C++ beyond FLT_MAX, so that range is decided here: values below
    // FLT_MAX + half an ulp (2^128 - 2^103) round down to FLT_MAX, the rest overflow.
    float f;
    double limit = std::ldexp(1.0, 128) - std::ldexp(1.0, 103);
    if (std::isfinite(x) && std::fabs(x) > std::numeric_limits<float>::max()) {
        if (std::fabs(x) >= limit) return std::nullopt;
        f = std::copysign(std::numeric_limits<float>::max(), static_cast<float>(std::signbit(x) ? -1 : 1));
    } else {
        f = static_cast<float>(x);
    }
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

} // namespace mpyc
