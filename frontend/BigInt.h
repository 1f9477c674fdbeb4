// Arbitrary-precision signed integers with Python semantics.
//
// Used for int literals that do not fit a machine word, for constant folding, and when
// int constants are written out (decimal text in a .mpy, 16-bit digits in frozen C).
//
// Semantics follow Python (and therefore MicroPython's mpz):
//  - floor division and modulo round toward negative infinity, the remainder takes the
//    divisor's sign;
//  - >> on a negative number rounds toward negative infinity (arithmetic shift);
//  - & | ^ ~ behave as if both operands were infinitely sign-extended two's complement.
//
// toDouble() deliberately reproduces MicroPython's int -> float conversion, which is not
// always correctly rounded (see the comment on that function).
#pragma once

#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace mpyc {

class BigInt {
public:
    BigInt() = default;
    // From any built-in integer type, signed or unsigned, without narrowing surprises
    // (BigInt(UINT64_MAX) is 18446744073709551615, not -1). Implicit on purpose: an
    // integer is an int, so `x + 1` reads naturally.
    template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    BigInt(T value) { // NOLINT(google-explicit-constructor)
        if constexpr (std::is_signed_v<T>)
            *this = fromInt64(int64_t(value));
        else
            *this = fromUint64(uint64_t(value));
    }
    static BigInt fromInt64(int64_t value);
    static BigInt fromUint64(uint64_t value);
    // 2**exponent.
    static BigInt powerOfTwo(uint64_t exponent);

    // Parse an unsigned digit string in base 2, 8, 10 or 16: digits only, no sign, prefix
    // or underscores (the lexer strips those). Hex digits may be either case. Returns
    // nullopt for an empty string, a bad digit or an unsupported base.
    static std::optional<BigInt> parse(llvm::StringRef digits, unsigned base);

    bool isZero() const { return limbs_.empty(); }
    bool isNegative() const { return negative_; }
    // -1, 0 or 1.
    int sign() const { return negative_ ? -1 : (limbs_.empty() ? 0 : 1); }

    // Stores the value and returns true if it fits in int64_t; otherwise returns false
    // and leaves `out` unchanged.
    bool toInt64(int64_t& out) const;

    // Whether the value is a small int of a target whose small ints hold `smallIntBits`
    // bits (mpy-cross: mp_dynamic_compiler.small_int_bits, default 31, header byte 3).
    //
    // Exact range: -2^(smallIntBits-1) <= v <= 2^(smallIntBits-1) - 1, i.e. the value is
    // a `smallIntBits`-bit two's complement number. For the default 31 that is
    // [-1073741824, 1073741823]. This is what parse.c:make_node_const_object_optimised
    // checks (all bits from bit smallIntBits-1 upward equal the sign). On top of that,
    // mpy-cross itself runs on a 64-bit host whose small ints hold 63 bits, so a value
    // outside [-2^62, 2^62-1] is never small, whatever `smallIntBits` says; values of
    // `smallIntBits` >= 63 are therefore treated as 63 (and 0 as 1). Note that folding
    // can leave a value that is in range as an int object; see NumericFold.h.
    bool fitsSmallInt(unsigned smallIntBits) const;

    // Number of significant bits of |value| (0 for zero).
    uint64_t bitLength() const;

    // Decimal text, with a leading '-' for negative values ("0" for zero).
    std::string toString() const;

    // The double MicroPython's mpz_as_float produces. It folds the 32-bit digits
    // (the mpz digit size of a 64-bit host) from the most significant one down:
    // `acc = acc * 2^32 + digit`, in double. Every step may round, so the result can
    // differ from the correctly rounded value by an ulp for numbers above 2^64, and it
    // overflows to +-inf once the partial value does (from about 2^1024 up).
    double toDouble() const;

    // |value| in 16-bit digits, least significant first; empty for zero.
    std::vector<uint16_t> magnitudeDigits16() const;
    // A hash of the value (sign and limbs), linear in its size: equal values hash equally.
    size_t hashValue() const;

    BigInt operator-() const;
    BigInt operator~() const;
    BigInt abs() const;

    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    // Floor division and modulo (Python's // and %). Precondition: b is not zero.
    friend BigInt operator/(const BigInt& a, const BigInt& b);
    friend BigInt operator%(const BigInt& a, const BigInt& b);
    // Python's divmod(a, b): (a // b, a % b), or nullopt when b is zero.
    static std::optional<std::pair<BigInt, BigInt>> divMod(const BigInt& a, const BigInt& b);

    // value ** exponent.
    BigInt pow(uint64_t exponent) const;

    BigInt operator<<(uint64_t shift) const;
    // Arithmetic shift: rounds toward negative infinity, so -1 >> n == -1.
    BigInt operator>>(uint64_t shift) const;

    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);

    BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
    BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
    BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

    // <0, 0 or >0 as a is less than, equal to or greater than b.
    static int compare(const BigInt& a, const BigInt& b);
    friend bool operator==(const BigInt& a, const BigInt& b) {
        return a.negative_ == b.negative_ && a.limbs_ == b.limbs_;
    }
    friend bool operator!=(const BigInt& a, const BigInt& b) { return !(a == b); }
    friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
    friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
    friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
    friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

private:
    using Limbs = std::vector<uint32_t>;

    BigInt(bool negative, Limbs limbs);
    // & | ^ on two's complement images; op is '&', '|' or '^'.
    static BigInt bitwise(const BigInt& a, const BigInt& b, char op);
    // Drops leading zero limbs and clears the sign of zero.
    void normalize();

    // Sign-magnitude representation: magnitude in base 2^32, least significant limb
    // first, never with a leading zero limb; zero is an empty vector and not negative.
    Limbs limbs_;
    bool negative_ = false;
};

} // namespace mpyc
