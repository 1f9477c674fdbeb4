// Number literals: validating and evaluating INTEGER and FLOAT_OR_IMAG tokens the way
// the reference's parser does (py/parsenum.c), including its error messages, e.g.
// "invalid syntax for integer with base 0: '0777'".
#pragma once

#include "frontend/BigInt.h"
#include "frontend/FloatFormat.h"

#include <llvm/ADT/StringRef.h>

#include <string>

namespace mpyc {

struct NumberLiteral {
    enum class Kind { Int, Float, Imag } kind = Kind::Int;
    bool ok = false;
    std::string error; // the reference's SyntaxError message when !ok
    bool isBig = false;
    int64_t small = 0;
    BigInt big;
    double real = 0; // Float value, or the imaginary part of an Imag
};

// `leadingZeroIsError`: "01" is an error (v1.25 and later, TargetFeature::IntLeadingZeroIsError);
// else it reads as decimal.
NumberLiteral parseIntegerLiteral(llvm::StringRef text, bool leadingZeroIsError = true);
// `style`: the target release's float parser (frontend/FloatFormat.h).
NumberLiteral parseFloatOrImagLiteral(llvm::StringRef text, FloatParserStyle style = FloatParserStyle::LongDouble);

} // namespace mpyc
