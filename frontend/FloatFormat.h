// Float literals and float/complex constant text, bit-exact with MicroPython v1.28.0.
//
// mpy-cross neither parses nor prints floats with the C library. It has its own decimal
// parser (py/parsenum.c) and its own repr formatter (py/formatfloat.c), both built on the
// host's `long double`. On x86-64 that is the x87 80-bit format, and the results depend on
// it: some literals are not correctly rounded (`25.225e-30` gives the same double as
// `2.5225e-29`, one ulp away from the nearest one), and the repr is not a shortest-repr
// algorithm (5e-324 prints as `4.940656458412465e-324`). To produce identical .mpy files
// we reimplement both with the same arithmetic, which ties this code to hosts whose
// `long double` is the x87 extended format (x86-64 Linux/macOS with GCC or Clang). The
// implementation file has a static_assert for it.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <string>

namespace mpyc {

// The double that MicroPython's parser gives a float (or imaginary) literal.
//
// `text` is the literal as the lexer saw it, without the trailing `j`/`J` of an imaginary
// literal and with underscores removed (stray underscores are skipped anyway): digits, an
// optional '.', an optional exponent `e`/`E` with an optional sign. Parsing stops at the
// first character outside that grammar. The lexer only produces well-formed literals;
// this function does not diagnose anything. Literals too large give inf, too small 0.0.
double parseFloatLiteral(llvm::StringRef text);

// How a release parses a float literal (py/parsenum.c).
enum class FloatParserStyle : uint8_t {
    LongDouble,      // v1.26 and later (e4e1c9f413): parseFloatLiteral
    IntegerMantissa, // v1.25: digits in a 64-bit integer (5fdd249c55), then double and pow()
    DoubleMantissa,  // v1.20 to v1.24: digits in a double, zeros deferred (6cd2e41918)
    DoubleEager,     // v1.19 and earlier: digits in a double, each zero taken as it comes
};

// The same literal as a release before v1.26 parsed it: in double arithmetic with the C
// library's pow() (TargetFeature::LongDoubleFloatParser false), the digits scanned as `style`
// says.
double parseFloatLiteral(llvm::StringRef text, FloatParserStyle style);

// How a release writes a float constant's text into the .mpy (py/formatfloat.c).
enum class FloatTextStyle : uint8_t {
    Shortest,     // v1.26 and later (dbbaa959c8): the shortest repr that reads back
    Digits16Pow,  // v1.20 to v1.25: 16 digits, the decimal exponent from pow() (6f4d424f46)
    Digits16Table // v1.19 and earlier: 16 digits, the value scaled by tables of 1e±2^k
};

// The text mpy-cross writes for a float constant (tag 8 in the .mpy constant table),
// i.e. MicroPython's repr(): `0.1`, `1e+16`, `1000000000000000.0`, `-0.0`, `inf`, `-inf`,
// `nan`, `4.940656458412465e-324`.
std::string formatFloatRepr(double value);

// The text of a complex constant (tag 9): `<imag>j` when the real part is zero (either
// sign), e.g. `2j`, `2.5j`, `0j`, `-0j`, `1e+100j`; otherwise `(<real><sign><imag>j)`,
// e.g. `(1+2j)`, `(nan-1.5j)`. Unlike floats, the parts never get a `.0` suffix.
std::string formatComplexRepr(double real, double imag);

// The same texts as a release wrote them: before v1.26 16 significant digits, not always the
// nearest (TargetFeature::FloatReprShortest), computed as `style` says.
std::string formatFloatRepr(double value, FloatTextStyle style);
std::string formatComplexRepr(double real, double imag, FloatTextStyle style);

} // namespace mpyc
