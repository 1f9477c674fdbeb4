// Numeric constant folding with MicroPython's runtime semantics (see NumericFold.h).
#include "optimizer/NumericFold.h"

#include <cmath>

namespace mpyc {

namespace {

std::optional<Number> intResult(BigInt value) {
    // mpy-cross would run out of heap (see kMaxFoldedIntBits).
    if (value.bitLength() > kMaxFoldedIntBits) return std::nullopt;
    return Number::fromInt(std::move(value));
}

// MicroPython's float remainder: fmod, then moved to the divisor's sign. A zero result
// gets the divisor's sign too (so 0.0 % -1.0 == -0.0).
double floatModulo(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod == 0.0) return std::copysign(0.0, y);
    if ((mod < 0.0) != (y < 0.0)) mod += y;
    return mod;
}

// MicroPython's float floor division (the quotient half of its divmod): derived from the
// fmod remainder so that x == (x // y) * y + x % y holds as closely as possible, then
// floored, and nudged up when the division landed just below an integer.
double floatFloorDivide(double x, double y) {
    double mod = std::fmod(x, y);
    double quotient = (x - mod) / y;
    if (mod != 0.0 && (mod < 0.0) != (y < 0.0)) quotient -= 1.0;
    if (quotient == 0.0) {
        // A zero quotient takes the sign of the true quotient.
        return std::copysign(0.0, x / y);
    }
    double floored = std::floor(quotient);
    if (quotient - floored > 0.5) floored += 1.0;
    return floored;
}

std::optional<Number> floatPower(double x, double y) {
    // 0.0 ** negative raises ZeroDivisionError (but 0.0 ** -inf is inf, via pow()).
    if (x == 0.0 && y < 0.0 && !std::isinf(y)) return std::nullopt;
    // A negative base with a non-integral exponent gives a complex: never folded.
    if (x < 0.0 && y != std::floor(y) && !std::isnan(y)) return std::nullopt;
    return Number::fromFloat(std::pow(x, y));
}

// Both operands as floats: what happens when either side is a float, and for int / int
// and int ** negative int.
std::optional<Number> foldFloat(FoldBinaryOp op, double x, double y) {
    switch (op) {
    case FoldBinaryOp::Add:
        return Number::fromFloat(x + y);
    case FoldBinaryOp::Sub:
        return Number::fromFloat(x - y);
    case FoldBinaryOp::Mul:
        return Number::fromFloat(x * y);
    case FoldBinaryOp::TrueDiv:
        if (y == 0.0) return std::nullopt; // ZeroDivisionError
        return Number::fromFloat(x / y);
    case FoldBinaryOp::FloorDiv:
        if (y == 0.0) return std::nullopt;
        return Number::fromFloat(floatFloorDivide(x, y));
    case FoldBinaryOp::Mod:
        if (y == 0.0) return std::nullopt;
        return Number::fromFloat(floatModulo(x, y));
    case FoldBinaryOp::Pow:
        return floatPower(x, y);
    case FoldBinaryOp::Or:
    case FoldBinaryOp::Xor:
    case FoldBinaryOp::And:
    case FoldBinaryOp::LShift:
    case FoldBinaryOp::RShift:
    case FoldBinaryOp::MatMul:
        return std::nullopt; // TypeError: unsupported types
    }
    return std::nullopt;
}

std::optional<Number> foldShift(FoldBinaryOp op, const BigInt& value, const BigInt& count) {
    // The runtime reads the count as a machine int: a count beyond int64 raises
    // OverflowError before its sign is even looked at, and a negative count raises
    // ValueError. So `x >> 2**63` is not folded although Python would give 0 or -1.
    int64_t n;
    if (!count.toInt64(n) || n < 0) return std::nullopt;
    if (op == FoldBinaryOp::RShift) return Number::fromInt(value >> uint64_t(n));
    // Zero shifted by any count (up to int64) is zero without allocating anything.
    if (value.isZero()) return Number::fromInt(BigInt());
    if (value.bitLength() + uint64_t(n) > kMaxFoldedIntBits) return std::nullopt;
    return Number::fromInt(value << uint64_t(n));
}

std::optional<Number> foldIntPower(const BigInt& base, const BigInt& exponent) {
    if (exponent.isNegative()) {
        // int ** negative int is computed in floats.
        return floatPower(base.toDouble(), exponent.toDouble());
    }
    // Bases whose powers do not grow: fine for any exponent, however large.
    if (base.isZero()) return Number::fromInt(BigInt(exponent.isZero() ? 1 : 0));
    if (base == BigInt(1)) return Number::fromInt(BigInt(1));
    if (base == BigInt(-1)) {
        bool odd = !exponent.isZero() && (exponent & BigInt(1)) == BigInt(1);
        return Number::fromInt(BigInt(odd ? -1 : 1));
    }
    // |base| >= 2: the result has at least (bits(base) - 1) * exponent + 1 bits, so check
    // that lower bound before computing anything.
    int64_t e;
    if (!exponent.toInt64(e)) return std::nullopt;
    const uint64_t baseBits = base.bitLength();
    const uint64_t e64 = uint64_t(e);
    if (e64 > kMaxFoldedIntBits || (baseBits - 1) * e64 + 1 > kMaxFoldedIntBits) return std::nullopt;
    return intResult(base.pow(e64));
}

std::optional<Number> foldInt(FoldBinaryOp op, const BigInt& x, const BigInt& y) {
    switch (op) {
    case FoldBinaryOp::Or:
        return intResult(x | y);
    case FoldBinaryOp::Xor:
        return intResult(x ^ y);
    case FoldBinaryOp::And:
        return intResult(x & y);
    case FoldBinaryOp::LShift:
    case FoldBinaryOp::RShift:
        return foldShift(op, x, y);
    case FoldBinaryOp::Add:
        return intResult(x + y);
    case FoldBinaryOp::Sub:
        return intResult(x - y);
    case FoldBinaryOp::Mul:
        if (x.bitLength() + y.bitLength() > kMaxFoldedIntBits + 1) return std::nullopt;
        return intResult(x * y);
    case FoldBinaryOp::MatMul:
        return std::nullopt; // ints have no @
    case FoldBinaryOp::TrueDiv:
        // Both sides go to float first (with MicroPython's int -> float conversion),
        // so huge ints become inf and e.g. 10**400 / 10**400 is nan, not 1.0.
        if (y.isZero()) return std::nullopt;
        return Number::fromFloat(x.toDouble() / y.toDouble());
    case FoldBinaryOp::FloorDiv:
    case FoldBinaryOp::Mod: {
        auto qr = BigInt::divMod(x, y);
        if (!qr) return std::nullopt; // ZeroDivisionError
        return Number::fromInt(op == FoldBinaryOp::FloorDiv ? std::move(qr->first) : std::move(qr->second));
    }
    case FoldBinaryOp::Pow:
        return foldIntPower(x, y);
    }
    return std::nullopt;
}

} // namespace

std::optional<Number> foldBinary(FoldBinaryOp op, const Number& lhs, const Number& rhs) {
    if (lhs.isInt() && rhs.isInt()) return foldInt(op, lhs.i, rhs.i);
    return foldFloat(op, lhs.asDouble(), rhs.asDouble());
}

std::optional<Number> foldUnary(FoldUnaryOp op, const Number& operand) {
    switch (op) {
    case FoldUnaryOp::Plus:
        return operand;
    case FoldUnaryOp::Minus:
        if (operand.isInt()) return Number::fromInt(-operand.i);
        return Number::fromFloat(-operand.f);
    case FoldUnaryOp::Invert:
        // The parser only folds ~ on ints; ~float would raise TypeError anyway.
        if (operand.isInt()) return Number::fromInt(~operand.i);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace mpyc
