// Float parsing and repr formatting with MicroPython's own algorithms (see FloatFormat.h).
//
// Everything that decides a result bit is reproduced: which decimal digits are kept, the
// order of the long double multiplications and divisions, where values are rounded to
// double, and which comparisons are made in double. Changing any of those (say, computing
// a power of ten with std::pow, or comparing in long double) changes some outputs.
#include "frontend/FloatFormat.h"

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace mpyc {

// MicroPython selects its "exact" float formatting when long double is wider than double.
// The reference mpy-cross is an x86-64 build, so that means the x87 80-bit format with a
// 64-bit significand; other long double formats would round differently.
static_assert(LDBL_MANT_DIG == 64, "FloatFormat needs the x87 80-bit long double (x86-64 host)");

namespace {

using Wide = long double;

// value * 10^exp10, evaluated like MicroPython's mp_decimal_exp: binary exponentiation
// where the running power 10^(2^k) is squared in long double (so it is exact only up to
// 10^16, after which each square rounds), and each selected power is applied to the value
// in turn, by multiplication or, for a negative exponent, by division.
Wide scaleByPowerOfTen(Wide value, int exp10) {
    if (exp10 == 0 || value == 0) return value;
    const bool divide = exp10 < 0;
    // exp10 is never INT_MIN here (the parser caps exponents well below that).
    unsigned remaining = divide ? unsigned(-exp10) : unsigned(exp10);
    Wide power = 10;
    while (true) {
        if (remaining & 1u) value = divide ? value / power : value * power;
        remaining >>= 1;
        if (remaining == 0) break;
        power *= power;
    }
    return value;
}

// The decimal scanner keeps at most this much in its 64-bit mantissa: one more digit
// could overflow, so from here on digits are dropped (truncated, not rounded).
constexpr uint64_t kMantissaLimit = 0x1999999999999998ull;
// Exponent digits stop accumulating at this size; the value is inf or 0 long before.
constexpr int kExponentCap = (INT_MAX / 2 - 9) / 10;

enum class Part { Integer, Fraction, Exponent };

// The mantissa accumulates in Acc: a 64-bit integer up to kMantissaLimit (v1.25 and later), or,
// before v1.25 (py/parsenum.c before 5fdd249c55), a double up to 1e200.
template <typename Acc>
struct DecimalScan {
    Acc mantissa = 0;
    Acc limit;
    // Power of ten to apply to the mantissa, apart from the written exponent.
    int exp10Adjust = 0;

    // Appends one digit to the mantissa if there is room; otherwise the digit is lost,
    // and if it was left of the point the value still gains a factor of ten.
    void acceptDigit(unsigned digit, Part where) {
        if (mantissa < limit) {
            mantissa = mantissa * 10 + digit;
            if (where == Part::Fraction) --exp10Adjust;
        } else if (where == Part::Integer) {
            ++exp10Adjust;
        }
    }
};

} // namespace

namespace {

// The scan the parsers share: the truncated decimal mantissa and its power of ten.
template <typename Acc>
struct ScannedDecimal {
    Acc mantissa;
    int exp10;
};

// `deferZeros`: v1.20 and later hold zeros back (below); before, each digit was taken as it
// came, so "1.000e-20" scaled 1000 by 1e-23.
template <typename Acc>
ScannedDecimal<Acc> scanDecimal(llvm::StringRef text, Acc limit, bool deferZeros = true) {
    DecimalScan<Acc> scan;
    scan.limit = limit;
    Part part = Part::Integer;
    int exponent = 0;
    bool exponentNegative = false;
    // Zeros (and, once the mantissa is full, every digit) are held back until a later
    // non-zero digit proves they are significant. Zeros pending at the end of the
    // integer part only scale the value; pending fraction zeros are simply dropped.
    int pendingIntegerZeros = 0;
    int pendingFractionZeros = 0;

    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            const unsigned digit = unsigned(c - '0');
            if (part == Part::Exponent) {
                if (exponent < kExponentCap) exponent = exponent * 10 + int(digit);
            } else if (!deferZeros) {
                scan.acceptDigit(digit, part);
            } else if (digit == 0 || scan.mantissa >= limit) {
                ++(part == Part::Integer ? pendingIntegerZeros : pendingFractionZeros);
            } else {
                for (; pendingIntegerZeros > 0; --pendingIntegerZeros) scan.acceptDigit(0, Part::Integer);
                for (; pendingFractionZeros > 0; --pendingFractionZeros) scan.acceptDigit(0, Part::Fraction);
                scan.acceptDigit(digit, part);
            }
        } else if (c == '.' && part == Part::Integer) {
            part = Part::Fraction;
        } else if ((c == 'e' || c == 'E') && part != Part::Exponent) {
            part = Part::Exponent;
            if (i + 1 < text.size() && (text[i + 1] == '+' || text[i + 1] == '-')) {
                exponentNegative = text[i + 1] == '-';
                ++i;
            }
        } else if (c == '_') {
            continue;
        } else {
            break;
        }
    }

    return {scan.mantissa, (exponentNegative ? -exponent : exponent) + scan.exp10Adjust + pendingIntegerZeros};
}

} // namespace

double parseFloatLiteral(llvm::StringRef text) {
    ScannedDecimal<uint64_t> d = scanDecimal<uint64_t>(text, kMantissaLimit);
    // The mantissa converts to long double exactly (64-bit significand); the only
    // roundings are inside the scaling and the final narrowing to double.
    return double(scaleByPowerOfTen(Wide(d.mantissa), d.exp10));
}

double parseFloatLiteral(llvm::StringRef text, FloatParserStyle style) {
    if (style == FloatParserStyle::LongDouble) return parseFloatLiteral(text);
    // Before v1.26 (py/parsenum.c before e4e1c9f413): the scan, then in double: the mantissa
    // rounded to a double, kept off the subnormals by 1e-307 first, then divided by 10^n for
    // 0 < n <= 22 (exact powers) or multiplied by the C library's pow(10, exp) otherwise
    double value;
    int exp10;
    if (style == FloatParserStyle::IntegerMantissa) {
        ScannedDecimal<uint64_t> d = scanDecimal<uint64_t>(text, kMantissaLimit);
        value = double(d.mantissa);
        exp10 = d.exp10;
    } else {
        ScannedDecimal<double> d = scanDecimal<double>(text, 1e200, style == FloatParserStyle::DoubleMantissa);
        value = d.mantissa;
        exp10 = d.exp10;
    }
    if (exp10 < -307) {
        exp10 += 307;
        value *= 1e-307;
    }
    if (exp10 < 0 && exp10 >= -22) return value / std::pow(10.0, -exp10);
    return value * std::pow(10.0, exp10);
}

namespace {

// Repr output uses between 16 and 19 significant digits: it starts with 16 and adds one
// at a time until the text parses back (with parseFloatLiteral) to the same double. The
// 19-digit text is used without that check.
constexpr int kFirstDigitCount = 16;
constexpr int kLastDigitCount = 19;
// Decimal exponents from -4 up to this (exclusive) are written without an exponent.
constexpr int kMaxPlainExponent = 16;

// The decimal exponent of a positive double: the e with 10^e <= value < 10^(e+1), as
// MicroPython estimates it. The starting guess comes from the binary exponent field
// (also for subnormals, whose field is 0), and the guess is then walked up or down
// comparing the value with powers of ten that were rounded to double. Because the
// comparison is in double, 9.999999999999999e22 (the double nearest 1e23) counts as
// having exponent 23.
int decimalExponent(double value) {
    if (value == 0) return 0;
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    const int binaryExponent = int((bits >> 52) & 0x7ff) - 1023;
    int e = int(binaryExponent * 0.3010299956639812); // log10(2), truncated toward zero
    const bool atLeastOne = !(value < 1.0);
    auto powerOfTen = [](int k) { return double(scaleByPowerOfTen(1.0L, k)); };
    double bound = powerOfTen(atLeastOne ? e + 1 : e);
    while ((value >= bound) == atLeastOne) {
        e += atLeastOne ? 1 : -1;
        bound = powerOfTen(atLeastOne ? e + 1 : e);
    }
    return e;
}

uint64_t powerOfTenInt(int n) {
    uint64_t p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

// Text (without sign) for `value` > 0 or == +0.0 with `digitCount` significant digits,
// laid out like %g with MicroPython's repr rules.
std::string renderRepr(double value, int exp10, int digitCount) {
    // Scale so that the wanted digits sit left of the point, then round half up. The
    // conversion to an integer truncates, so adding 0.5 rounds to nearest.
    const Wide scaled = scaleByPowerOfTen(Wide(value), digitCount - 1 - exp10);
    uint64_t mantissa = uint64_t(scaled + Wide(0.5));
    int e = exp10;
    if (mantissa != 0 && mantissa >= powerOfTenInt(digitCount)) {
        // Rounding carried into a new digit (or the exponent guess was low): drop the
        // last digit, without rounding it.
        mantissa /= 10;
        ++e;
    }

    // Exactly digitCount digits, zero-padded on the left (only the low digitCount digits
    // of the mantissa are printed, as in the reference).
    std::string digits(size_t(digitCount), '0');
    for (int i = digitCount - 1; i >= 0; --i) {
        digits[size_t(i)] = char('0' + mantissa % 10);
        mantissa /= 10;
    }

    std::string whole, fraction;
    std::string exponentText;
    if (e >= 0 && e < kMaxPlainExponent) {
        whole = digits.substr(0, size_t(e) + 1);
        fraction = digits.substr(size_t(e) + 1);
    } else if (e < 0 && e >= -4) {
        whole = "0";
        fraction = std::string(size_t(-e - 1), '0') + digits;
    } else {
        whole = digits.substr(0, 1);
        fraction = digits.substr(1);
        int shown = e < 0 ? -e : e;
        exponentText = e < 0 ? "e-" : "e+";
        if (shown >= 100) exponentText += char('0' + shown / 100);
        exponentText += char('0' + shown / 10 % 10);
        exponentText += char('0' + shown % 10);
    }
    // %g drops trailing zeros of the fraction, and the point if nothing is left.
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    std::string text = whole;
    if (!fraction.empty()) text += "." + fraction;
    return text + exponentText;
}

// The repr text of a double without the float-only ".0" suffix; `plusSign` asks for an
// explicit '+' on non-negative values (used for the imaginary part of a complex).
std::string formatReprCore(double value, bool plusSign) {
    std::string sign;
    if (std::signbit(value) && !std::isnan(value)) {
        sign = "-";
        value = -value;
    } else if (plusSign) {
        sign = "+";
    }
    if (std::isinf(value)) return sign + "inf";
    if (std::isnan(value)) return sign + "nan";

    const int exp10 = decimalExponent(value);
    for (int digitCount = kFirstDigitCount;; ++digitCount) {
        std::string text = renderRepr(value, exp10, digitCount);
        if (digitCount == kLastDigitCount || parseFloatLiteral(text) == value) return sign + text;
    }
}

} // namespace

std::string formatFloatRepr(double value) {
    std::string text = formatReprCore(value, false);
    // A float repr must not read as an int: add ".0" unless there is a point, an
    // exponent, or it is inf/nan.
    if (text.find_first_of(".en") == std::string::npos) text += ".0";
    return text;
}

std::string formatComplexRepr(double real, double imag) {
    // `real != 0` is true for NaN, so a NaN real part uses the parenthesised form.
    if (real != 0) return "(" + formatReprCore(real, false) + formatReprCore(imag, true) + "j)";
    return formatReprCore(imag, false) + "j";
}

namespace {

// The end both 16-digit formatters share (py/formatfloat.c's round, strip and exponent): with
// `roundUp` the digits in buf[0, s) are rounded up (9.99 becomes 10.0, moving the point and the
// exponent in 'e' form); a leading 1 that needs one more character is dropped at `bufLimit`
// (0: no limit); 'g' then drops trailing zeros and a trailing point, and the exponent follows.
std::string finishG16(char* buf, int s, bool roundUp, char fmt, char eSign, int e, int prec, int bufLimit) {
    if (roundUp) {
        int rs = s - 1;
        while (true) {
            if (buf[rs] == '.') {
                --rs;
                continue;
            }
            if (buf[rs] < '0' || buf[rs] > '9') {
                ++rs; // on the digit right of the sign
                break;
            }
            if (buf[rs] < '9') {
                ++buf[rs];
                break;
            }
            buf[rs] = '0';
            if (rs == 0) break;
            --rs;
        }
        if (buf[rs] == '0') {
            // a leading 1 goes in: 9.99 -> 10.0 moves the point (and the exponent)
            if (buf[rs + 1] == '.' && fmt != 'f') {
                buf[rs] = '.';
                buf[rs + 1] = '0';
                if (eSign == '-') {
                    if (--e == 0) eSign = '+';
                } else {
                    ++e;
                }
            } else if (bufLimit == 0 || s + 1 < bufLimit) {
                ++s; // room for one more character; at the limit the last one is dropped
            }
            for (int ss = s; ss > rs; --ss)
                buf[ss] = buf[ss - 1];
            buf[rs] = '1';
        }
    }
    if (prec > 0) {
        // 'g': no trailing zeros, no trailing point
        while (buf[s - 1] == '0') --s;
        if (buf[s - 1] == '.') --s;
    }
    std::string out(buf, s);
    if (eSign) {
        out += 'e';
        out += eSign;
        if (e >= 100) out += char('0' + e / 100);
        out += char('0' + (e / 10) % 10);
        out += char('0' + e % 10);
    }
    return out;
}

// MicroPython v1.25 and earlier: mp_format_float(f, buf[32], 'g', 16, '\0') of py/formatfloat.c
// before dbbaa959c8. Not a shortest repr: it finds the decimal exponent with the C library's
// pow(), then takes 16 significant digits one at a time by subtracting powers of ten (and, below
// the unit, by multiplying the rest by ten), in double, computes a 17th to round on, rounds the
// text up, and drops trailing zeros. Its digits can be off in the last place (6.02e23 prints as
// 6.019999999999999e+23). The buffer limits (32 bytes) shape the precision the same way.
std::string formatG16Before126(double f) {
    constexpr int kBufSize = 32, kMinBufSize = 7; // FPMIN_BUF_SIZE for double: "+9e+199"
    char buf[kBufSize + 2] = {};
    int s = 0; // the write position, as `s - buf`
    if (std::signbit(f) && !std::isnan(f)) {
        buf[s++] = '-';
        f = -f;
    }
    const int bufRemaining = kBufSize - 1 - s;
    if (std::isinf(f)) return std::string(buf, s) + "inf";
    if (std::isnan(f)) return std::string(buf, s) + "nan";

    int prec = 16;
    char fmt = 'g';
    int e = 0, dec = 0, numDigits = 0, signedE = 0;
    char eSign = 0;
    // the unbiased binary exponent, times log10(2), truncated toward zero
    uint64_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    const int binaryExp = int((bits >> 52) & 0x7ff) - 1023;
    const int eGuess = int(binaryExp * 0.3010299956639812);
    if (f == 0) {
        e = 0;
        if (prec + 6 > bufRemaining) prec = bufRemaining - 6;
    } else if (f < 1.0) {
        const double fEntry = f;
        e = -eGuess;
        double uBase = std::pow(10.0, -e);
        while (uBase > f) {
            ++e;
            uBase = std::pow(10.0, -e);
        }
        f /= uBase;
        if (e <= 4) {
            fmt = 'f';
            dec = 0;
            prec += e - 1;
            if (prec + 2 > bufRemaining) prec = bufRemaining - 2;
            numDigits = prec + 1;
            signedE = 0;
            f = fEntry;
        } else {
            eSign = '-';
            dec = 0;
            if (prec > bufRemaining - kMinBufSize) prec = bufRemaining - kMinBufSize + 1;
            signedE = -e;
        }
    } else {
        e = eGuess;
        double nextU = std::pow(10.0, e + 1);
        while (f >= nextU) {
            ++e;
            nextU = std::pow(10.0, e + 1);
        }
        if (prec + (kMinBufSize - 1) > bufRemaining) prec = bufRemaining - (kMinBufSize - 1);
        if (e < prec) {
            fmt = 'f';
            prec -= e + 1;
            dec = e;
            numDigits = prec + e + 1;
        } else {
            eSign = '+';
        }
        signedE = e;
    }
    if (prec < 0) prec = 0;
    if (fmt == 'g') {
        if (prec == 0) prec = 1;
        numDigits = prec;
    }

    int d = 0;
    for (int digitIndex = signedE; numDigits >= 0; --digitIndex) {
        double uBase = 1.0;
        if (digitIndex > 0) uBase = std::pow(10.0, digitIndex);
        for (d = 0; d < 9; ++d) {
            if (f < uBase) break;
            f -= uBase;
        }
        // one digit more than shown, to round on
        if (numDigits > 0) {
            buf[s++] = char('0' + d);
            if (dec == 0 && prec > 0) buf[s++] = '.';
        }
        --dec;
        --numDigits;
        if (digitIndex <= 0) f *= 10.0;
    }
    return finishG16(buf, s, d >= 5, fmt, eSign, e, prec, kBufSize);
}

// MicroPython v1.19 and earlier: mp_format_float(f, buf[32], 'g', 16, '\0') before 6f4d424f46.
// The decimal exponent comes from scaling the value by the table entries 1e±256 .. 1e±1 (each
// taken when it fits), leaving a mantissa in [1, 10) (below 1, values from 0.999999999995 up
// count as 1); then 16 digits, each the integer part, the rest times ten; a 17th rounds.
std::string formatG16Before120(double f) {
    static const double kPosPow[] = {1e256, 1e128, 1e64, 1e32, 1e16, 1e8, 1e4, 1e2, 1e1};
    static const double kNegPow[] = {1e-256, 1e-128, 1e-64, 1e-32, 1e-16, 1e-8, 1e-4, 1e-2, 1e-1};
    constexpr double kRoundToOne = 0.999999999995; // FPROUND_TO_ONE for double
    constexpr int kBufSize = 32, kMinBufSize = 7;  // FPMIN_BUF_SIZE for double: "+9e+199"
    char buf[kBufSize + 2] = {};
    int s = 0;
    if (std::signbit(f) && !std::isnan(f)) {
        buf[s++] = '-';
        f = -f;
    }
    const int bufRemaining = kBufSize - 1 - s;
    if (std::isinf(f)) return std::string(buf, s) + "inf";
    if (std::isnan(f)) return std::string(buf, s) + "nan";

    int prec = 16;
    char fmt = 'g';
    int e = 0, dec = 0, numDigits = 0;
    char eSign = 0;
    if (f == 0) {
        if (prec + 6 > bufRemaining) prec = bufRemaining - 6;
    } else if (f < 1.0) {
        const char firstDigit = f >= kRoundToOne ? '1' : '0';
        for (int i = 0, e1 = 256; e1; e1 >>= 1, ++i) {
            if (kNegPow[i] > f) {
                e += e1;
                f *= kPosPow[i];
            }
        }
        char eSignChar = '-';
        if (f < 1.0 && f >= kRoundToOne) {
            f = 1.0;
            if (e == 0) eSignChar = '+';
        } else if (f < 1.0) {
            ++e;
            f *= 10.0;
        }
        if (e <= 4) {
            // 'g' with a small exponent: fixed, the leading "0." and zeros written here
            fmt = 'f';
            dec = -1;
            buf[s++] = firstDigit;
            prec += e - 1;
            if (prec + 2 > bufRemaining) prec = bufRemaining - 2;
            numDigits = prec;
            if (numDigits) {
                buf[s++] = '.';
                while (--e && numDigits) {
                    buf[s++] = '0';
                    --numDigits;
                }
            }
        } else {
            eSign = eSignChar;
            dec = 0;
            if (prec > bufRemaining - kMinBufSize) prec = bufRemaining - kMinBufSize + 1;
        }
    } else {
        for (int i = 0, e1 = 256; e1; e1 >>= 1, ++i) {
            if (kPosPow[i] <= f) {
                e += e1;
                f *= kNegPow[i];
            }
        }
        // f can be right on the edge of a table entry
        if (int(f) >= 10) {
            e += 1;
            f *= 0.1;
        }
        if (prec + (kMinBufSize - 1) > bufRemaining) prec = bufRemaining - (kMinBufSize - 1);
        if (e < prec) {
            fmt = 'f';
            prec -= e + 1;
            dec = e;
            numDigits = prec + e + 1;
        } else {
            eSign = '+';
        }
    }
    if (prec < 0) prec = 0;
    if (fmt == 'g') {
        if (prec == 0) prec = 1;
        numDigits = prec;
    }
    for (int i = 0; i < numDigits; ++i, --dec) {
        int32_t d = int32_t(f);
        buf[s++] = d < 0 ? '0' : char('0' + d);
        if (dec == 0 && prec > 0) buf[s++] = '.';
        f -= double(d);
        f *= 10.0;
    }
    // no limit on the inserted leading 1 (the buffer had room for it)
    return finishG16(buf, s, f >= 5.0, fmt, eSign, e, prec, 0);
}

} // namespace

std::string formatFloatRepr(double value, FloatTextStyle style) {
    if (style == FloatTextStyle::Shortest) return formatFloatRepr(value);
    std::string text = style == FloatTextStyle::Digits16Pow ? formatG16Before126(value) : formatG16Before120(value);
    if (text.find_first_of(".en") == std::string::npos) text += ".0";
    return text;
}

std::string formatComplexRepr(double real, double imag, FloatTextStyle style) {
    if (style == FloatTextStyle::Shortest) return formatComplexRepr(real, imag);
    auto part = style == FloatTextStyle::Digits16Pow ? formatG16Before126 : formatG16Before120;
    // py/objcomplex.c complex_print: a '+' before the imaginary part when it is >= 0 (so -0.0
    // gets "+-0") or NaN
    if (real == 0) return part(imag) + "j";
    return "(" + part(real) + (imag >= 0 || std::isnan(imag) ? "+" : "") + part(imag) + "j)";
}

} // namespace mpyc
