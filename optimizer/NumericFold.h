// Constant folding of numeric operators, with MicroPython v1.28.0's results.
//
// mpy-cross folds `a OP b` and `OP a` at parse time (py/parse.c:fold_constants) when the
// operands are int or float constants, by calling the runtime's own operators. The fold
// is abandoned, leaving the expression to run at run time, whenever the operator raises
// or its result is complex. The functions here return the folded value or nullopt in
// exactly those cases, computing values bit for bit as the runtime does:
//
//  - int OP int stays an int, except `/` (true division) and `**` with a negative
//    exponent, which convert both ints to float. Int to float conversion is
//    BigInt::toDouble(), MicroPython's (not always correctly rounded) mpz_as_float.
//  - Mixing an int with a float converts the int the same way, then uses float rules.
//  - Float `//` and `%` follow MicroPython's fmod-based divmod; `**` uses C pow() after
//    MicroPython's checks (0.0 ** negative raises, negative ** non-integer is complex).
//  - Not folded: division or modulo by zero (int or float, either sign of zero), negative
//    shift counts, shift counts beyond int64, | ^ & << >> with a float operand, `@`,
//    `~` on a float, and `0 ** negative`.
//  - Huge int results: mpy-cross computes them on a 2 MiB heap and abandons the fold when
//    an allocation fails. See kMaxFoldedIntBits.
//
// Only numbers are handled here. The caller decides what is a numeric constant (bools,
// strings and complex literals are never folded) and re-encodes results (an int that fits
// the target's small-int range is a small int, anything else a constant object).
#pragma once

#include "frontend/BigInt.h"

#include <cstdint>
#include <optional>

namespace mpyc {

struct Number {
    enum class Kind { Int, Float };
    Kind kind = Kind::Int;
    BigInt i;     // the value when kind == Int
    double f = 0; // the value when kind == Float

    static Number fromInt(BigInt value) {
        Number n;
        n.kind = Kind::Int;
        n.i = std::move(value);
        return n;
    }
    static Number fromFloat(double value) {
        Number n;
        n.kind = Kind::Float;
        n.f = value;
        return n;
    }
    bool isInt() const { return kind == Kind::Int; }
    bool isFloat() const { return kind == Kind::Float; }
    // The value as a float operand: ints convert like MicroPython's int -> float.
    double asDouble() const { return isInt() ? i.toDouble() : f; }
};

enum class FoldBinaryOp { Or, Xor, And, LShift, RShift, Add, Sub, Mul, MatMul, TrueDiv, Mod, FloorDiv, Pow };
enum class FoldUnaryOp { Plus, Minus, Invert };

// Largest int result (in bits of magnitude) that we fold.
//
// mpy-cross runs with a 2 MiB GC heap, so a huge result makes its fold fail with
// MemoryError and the expression is compiled unfolded. Measured with the reference
// binary on `x = 2**N` and `x = 1<<N`:
//  - up to about 2,000,000 bits the constant folds and is written out;
//  - between that and roughly 5,000,000 bits (pow) or 16,000,000 bits (shift) the fold
//    succeeds but writing the .mpy then fails with MemoryError (no output at all), since
//    the decimal conversion needs several times the value's size;
//  - above that the fold itself fails and the expression is left as is.
// Any limit inside the failing band reproduces every successful mpy-cross output. We
// pick 4,000,000 bits and check the size before computing, so no huge value is built.
// The exact band edges depend on what else occupies the heap and are not reproduced.
constexpr uint64_t kMaxFoldedIntBits = 4000000;

// nullopt: MicroPython would not fold (the operation raises, the result is complex, or
// the operator does not apply to these types).
std::optional<Number> foldBinary(FoldBinaryOp op, const Number& lhs, const Number& rhs);
std::optional<Number> foldUnary(FoldUnaryOp op, const Number& operand);

} // namespace mpyc
