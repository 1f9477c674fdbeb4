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
//    mpy-cross calls the host libm's pow() too; glibc's pow is accurate to < 1 ulp but
//    not guaranteed correctly rounded, so in principle float ** results follow the libm
//    version (all reference cases agree with the glibc used here).
//  - Not folded: division or modulo by zero (int or float, either sign of zero), negative
//    shift counts, shift counts beyond int64, | ^ & << >> with a float operand, `@`,
//    `~` on a float, and `0 ** negative`.
//  - Huge int results: mpy-cross computes them on a 2 MiB heap and abandons the fold when
//    an allocation fails. See kMaxFoldedIntBits.
//
// Only numbers are handled here. The caller decides what is a numeric constant (bools,
// strings and complex literals are never folded) and re-encodes results (an int that fits
// the target's small-int range is a small int, anything else a constant object).
//
// One representation quirk is not modelled: negating the int object 2**62 (e.g. the
// literal -4611686018427387904) leaves -2**62 as an int *object* in mpy-cross, because
// mpz negation does not demote to a small int. That only matters with
// -msmall-int-bits=63 or 64, where mpy-cross then emits LOAD_CONST_OBJ instead of
// LOAD_CONST_SMALL_INT for this one value; with the default 31 bits it is an object anyway.
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
// mpy-cross runs with a 2 MiB GC heap; a result too big for it makes the fold fail with
// MemoryError, and the expression is then compiled unfolded. Measured with the reference
// binary (`x = <expr>`):
//  - folded and written out: 2**100000, 2**1000000, 1<<2000000, 1<<2500000;
//  - folded, but writing the .mpy then fails with MemoryError (no output at all), because
//    the decimal conversion needs about twice the value's size again: 1<<3000000,
//    3**2523719 (4.0M bits), 2**6000000, 7**2000000, 12345**400000 (5.4M bits),
//    1<<16000000;
//  - not folded: 2**7000000, 2**8000000, 12345**600000 (8.2M bits), 1<<17000000, and
//    anything whose computation needs more memory than that (1 << 2**62, 2 ** 2**70).
// So mpy-cross only ever produces output with a folded int below ~3M bits, and only
// leaves a fold undone above ~6M bits (the exact edges depend on what else is on its
// heap). Any limit in between reproduces every successful mpy-cross compilation; we use
// 4M bits and check the size before computing, so no huge value is ever built. Between
// ~3M and 4M bits we produce a file where mpy-cross fails.
//
// Bases 0, 1 and -1 never grow, so their powers fold for any exponent, as in mpy-cross.
constexpr uint64_t kMaxFoldedIntBits = 4000000;

// nullopt: MicroPython would not fold (the operation raises, the result is complex, or
// the operator does not apply to these types).
std::optional<Number> foldBinary(FoldBinaryOp op, const Number& lhs, const Number& rhs);
std::optional<Number> foldUnary(FoldUnaryOp op, const Number& operand);

} // namespace mpyc
