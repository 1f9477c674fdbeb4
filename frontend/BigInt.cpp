// Arbitrary-precision integers: sign-magnitude, base 2^32 limbs.
//
// Multiplication is Karatsuba above a few dozen limbs (frontend/LimbArithmetic.h), and so is
// the conversion to text (divide and conquer over decimal limbs): folding and writing a
// constant of millions of bits takes about a second. Division is Knuth's algorithm D and
// reading text is quadratic: a 10,000-digit literal reads in a few milliseconds, and no
// folded result needs either at scale.
#include "frontend/BigInt.h"

#include "frontend/LimbArithmetic.h"

#include <algorithm>
#include <cassert>

namespace mpyc {

namespace {

using Limbs = std::vector<uint32_t>;
constexpr unsigned kLimbBits = 32;
constexpr uint64_t kLimbBase = uint64_t(1) << kLimbBits;

void trim(Limbs& m) {
    while (!m.empty() && m.back() == 0)
        m.pop_back();
}

int compareMagnitudes(const Limbs& a, const Limbs& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Limbs addMagnitudes(const Limbs& a, const Limbs& b) {
    const Limbs& longer = a.size() >= b.size() ? a : b;
    const Limbs& shorter = a.size() >= b.size() ? b : a;
    Limbs sum(longer.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < longer.size(); ++i) {
        uint64_t s = uint64_t(longer[i]) + (i < shorter.size() ? shorter[i] : 0) + carry;
        sum[i] = uint32_t(s);
        carry = s >> kLimbBits;
    }
    sum[longer.size()] = uint32_t(carry);
    trim(sum);
    return sum;
}

// a - b, requires |a| >= |b|.
Limbs subtractMagnitudes(const Limbs& a, const Limbs& b) {
    Limbs diff(a.size());
    uint64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        uint64_t sub = uint64_t(i < b.size() ? b[i] : 0) + borrow;
        uint64_t ai = a[i];
        diff[i] = uint32_t(ai - sub);
        borrow = ai < sub ? 1 : 0;
    }
    assert(borrow == 0);
    trim(diff);
    return diff;
}

Limbs multiplyMagnitudes(const Limbs& a, const Limbs& b) {
    Limbs product = limbs::multiply<kLimbBase>(a.data(), a.size(), b.data(), b.size());
    trim(product);
    return product;
}

constexpr uint64_t kDecimalBase = 1000000000; // nine digits per decimal limb

// The decimal limbs (base 10^9, least significant first) of the binary limbs a[0..n).
// Divide and conquer: the upper half's value times 2^(32h) plus the lower half's, with the
// decimal powers of 2^(32 * 2^k) squared up once; so the cost is that of a few Karatsuba
// multiplications, not the quadratic peeling of nine digits at a time.
Limbs toDecimalLimbs(const uint32_t* a, size_t n, std::vector<Limbs>& powers) {
    constexpr size_t kDirect = 64;
    if (n <= kDirect) {
        // Horner's rule: dec = dec * 2^32 + a[i], most significant limb first
        Limbs dec;
        for (size_t i = n; i-- > 0;) {
            uint64_t carry = a[i];
            for (uint32_t& d : dec) {
                uint64_t t = (uint64_t(d) << 32) + carry; // d < 10^9 < 2^30: no overflow
                d = uint32_t(t % kDecimalBase);
                carry = t / kDecimalBase;
            }
            while (carry != 0) {
                dec.push_back(uint32_t(carry % kDecimalBase));
                carry /= kDecimalBase;
            }
        }
        return dec;
    }
    size_t k = 0;
    while ((size_t(2) << k) < n)
        ++k;
    size_t half = size_t(1) << k; // the largest power of two below n
    while (powers.size() <= k) {
        if (powers.empty()) {
            powers.push_back({294967296, 4}); // 2^32
        } else {
            const Limbs& p = powers.back();
            Limbs sq = limbs::multiply<kDecimalBase>(p.data(), p.size(), p.data(), p.size());
            limbs::trimZeros<kDecimalBase>(sq);
            powers.push_back(std::move(sq));
        }
    }
    Limbs lo = toDecimalLimbs(a, half, powers);
    Limbs hi = toDecimalLimbs(a + half, n - half, powers);
    const Limbs& p = powers[k];
    Limbs result = limbs::multiply<kDecimalBase>(hi.data(), hi.size(), p.data(), p.size());
    result.resize(std::max(result.size(), lo.size()) + 1, 0);
    limbs::addInto<kDecimalBase>(result, lo.data(), lo.size(), 0);
    limbs::trimZeros<kDecimalBase>(result);
    return result;
}

// m = m * factor + addend, in place.
void multiplyAddSmall(Limbs& m, uint32_t factor, uint32_t addend) {
    uint64_t carry = addend;
    for (uint32_t& limb : m) {
        uint64_t t = uint64_t(limb) * factor + carry;
        limb = uint32_t(t);
        carry = t >> kLimbBits;
    }
    if (carry != 0) m.push_back(uint32_t(carry));
}

// m = m / divisor in place; returns the remainder.
uint32_t divideSmallInPlace(Limbs& m, uint32_t divisor) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
        uint64_t cur = (rem << kLimbBits) | m[i];
        m[i] = uint32_t(cur / divisor);
        rem = cur % divisor;
    }
    trim(m);
    return uint32_t(rem);
}

Limbs shiftLeftMagnitude(const Limbs& m, uint64_t shift) {
    if (m.empty()) return {};
    size_t whole = size_t(shift / kLimbBits);
    unsigned part = unsigned(shift % kLimbBits);
    Limbs out(m.size() + whole + 1, 0);
    for (size_t i = 0; i < m.size(); ++i) {
        uint64_t v = uint64_t(m[i]) << part;
        out[i + whole] |= uint32_t(v);
        out[i + whole + 1] |= uint32_t(v >> kLimbBits);
    }
    trim(out);
    return out;
}

// floor(|m| / 2^shift).
Limbs shiftRightMagnitude(const Limbs& m, uint64_t shift) {
    uint64_t whole64 = shift / kLimbBits;
    if (whole64 >= m.size()) return {};
    size_t whole = size_t(whole64);
    unsigned part = unsigned(shift % kLimbBits);
    Limbs out(m.size() - whole);
    for (size_t i = 0; i < out.size(); ++i) {
        uint64_t lo = m[i + whole];
        uint64_t hi = i + whole + 1 < m.size() ? m[i + whole + 1] : 0;
        out[i] = uint32_t(((hi << kLimbBits) | lo) >> part);
    }
    trim(out);
    return out;
}

unsigned leadingZeros(uint32_t x) {
    unsigned n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        ++n;
    }
    return n;
}

// Truncating division of magnitudes, |divisor| > 0 (Knuth, TAOCP vol. 2, 4.3.1, algorithm D).
void divideMagnitudes(const Limbs& dividend, const Limbs& divisor, Limbs& quotient, Limbs& remainder) {
    assert(!divisor.empty());
    if (compareMagnitudes(dividend, divisor) < 0) {
        quotient.clear();
        remainder = dividend;
        return;
    }
    if (divisor.size() == 1) {
        quotient = dividend;
        uint32_t r = divideSmallInPlace(quotient, divisor[0]);
        remainder.clear();
        if (r != 0) remainder.push_back(r);
        return;
    }

    const size_t n = divisor.size();
    const size_t m = dividend.size() - n;
    // Normalise so that the divisor's top limb has its high bit set; this keeps each
    // quotient-digit estimate at most two too large.
    const unsigned s = leadingZeros(divisor.back());
    Limbs v(n), u(dividend.size() + 1);
    for (size_t i = n; i-- > 0;) {
        uint64_t lower = i > 0 ? divisor[i - 1] : 0;
        v[i] = uint32_t(((uint64_t(divisor[i]) << kLimbBits | lower) << s) >> kLimbBits);
    }
    u[dividend.size()] = uint32_t((uint64_t(dividend.back()) << s) >> kLimbBits);
    for (size_t i = dividend.size(); i-- > 0;) {
        uint64_t lower = i > 0 ? dividend[i - 1] : 0;
        u[i] = uint32_t(((uint64_t(dividend[i]) << kLimbBits | lower) << s) >> kLimbBits);
    }

    const uint64_t base = uint64_t(1) << kLimbBits;
    quotient.assign(m + 1, 0);
    for (size_t j = m + 1; j-- > 0;) {
        // Estimate the next quotient digit from the top two limbs, then correct it.
        uint64_t top = (uint64_t(u[j + n]) << kLimbBits) | u[j + n - 1];
        uint64_t qhat = top / v[n - 1];
        uint64_t rhat = top % v[n - 1];
        while (qhat >= base || qhat * v[n - 2] > ((rhat << kLimbBits) | u[j + n - 2])) {
            --qhat;
            rhat += v[n - 1];
            if (rhat >= base) break;
        }
        // u[j .. j+n] -= qhat * v.
        uint64_t mulCarry = 0;
        int64_t borrow = 0;
        for (size_t i = 0; i < n; ++i) {
            uint64_t p = qhat * v[i] + mulCarry;
            mulCarry = p >> kLimbBits;
            int64_t t = int64_t(u[i + j]) - borrow - int64_t(p & 0xffffffffu);
            u[i + j] = uint32_t(t);
            borrow = t < 0 ? 1 : 0;
        }
        int64_t t = int64_t(u[j + n]) - borrow - int64_t(mulCarry);
        u[j + n] = uint32_t(t);
        if (t < 0) {
            // The estimate was one too large: add the divisor back.
            --qhat;
            uint64_t carry = 0;
            for (size_t i = 0; i < n; ++i) {
                uint64_t sum = uint64_t(u[i + j]) + v[i] + carry;
                u[i + j] = uint32_t(sum);
                carry = sum >> kLimbBits;
            }
            u[j + n] = uint32_t(uint64_t(u[j + n]) + carry);
        }
        quotient[j] = uint32_t(qhat);
    }
    trim(quotient);

    // The remainder is the low n limbs of u, shifted back.
    remainder.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        uint64_t pair = (uint64_t(u[i + 1]) << kLimbBits) | u[i];
        remainder[i] = uint32_t(pair >> s);
    }
    trim(remainder);
}

// Two's complement image of a value in `width` limbs (width must leave room for the sign).
Limbs toTwosComplement(const Limbs& magnitude, bool negative, size_t width) {
    Limbs out(width, 0);
    std::copy(magnitude.begin(), magnitude.end(), out.begin());
    if (negative) {
        // -m == ~m + 1
        uint64_t carry = 1;
        for (uint32_t& limb : out) {
            uint64_t t = uint64_t(uint32_t(~limb)) + carry;
            limb = uint32_t(t);
            carry = t >> kLimbBits;
        }
    }
    return out;
}

} // namespace

BigInt BigInt::fromInt64(int64_t value) {
    // Negate in unsigned arithmetic so that INT64_MIN works.
    uint64_t magnitude = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
    BigInt result = fromUint64(magnitude);
    result.negative_ = value < 0;
    return result;
}

BigInt::BigInt(bool negative, Limbs limbs) : limbs_(std::move(limbs)), negative_(negative) {
    normalize();
}

void BigInt::normalize() {
    trim(limbs_);
    if (limbs_.empty()) negative_ = false;
}

BigInt BigInt::fromUint64(uint64_t value) {
    Limbs m;
    while (value != 0) {
        m.push_back(uint32_t(value));
        value >>= kLimbBits;
    }
    return BigInt(false, std::move(m));
}

BigInt BigInt::powerOfTwo(uint64_t exponent) {
    return BigInt(1) << exponent;
}

std::optional<BigInt> BigInt::parse(llvm::StringRef digits, unsigned base) {
    if (digits.empty()) return std::nullopt;
    auto digitValue = [](char c) -> unsigned {
        if (c >= '0' && c <= '9') return unsigned(c - '0');
        if (c >= 'a' && c <= 'f') return unsigned(c - 'a' + 10);
        if (c >= 'A' && c <= 'F') return unsigned(c - 'A' + 10);
        return 99;
    };
    Limbs m;
    if (base == 10) {
        // Nine decimal digits at a time: 10^9 fits a limb.
        size_t i = 0;
        while (i < digits.size()) {
            size_t chunk = std::min<size_t>(9, digits.size() - i);
            uint32_t value = 0, scale = 1;
            for (size_t k = 0; k < chunk; ++k) {
                unsigned d = digitValue(digits[i + k]);
                if (d >= 10) return std::nullopt;
                value = value * 10 + d;
                scale *= 10;
            }
            multiplyAddSmall(m, scale, value);
            i += chunk;
        }
    } else if (base == 2 || base == 8 || base == 16) {
        // Power-of-two bases: place each digit's bits directly, from the low end.
        unsigned bitsPerDigit = base == 2 ? 1 : (base == 8 ? 3 : 4);
        uint64_t bitPos = 0;
        for (size_t i = digits.size(); i-- > 0;) {
            unsigned d = digitValue(digits[i]);
            if (d >= base) return std::nullopt;
            size_t limb = size_t(bitPos / kLimbBits);
            unsigned off = unsigned(bitPos % kLimbBits);
            if (m.size() < limb + 2) m.resize(limb + 2, 0);
            uint64_t v = uint64_t(d) << off;
            m[limb] |= uint32_t(v);
            m[limb + 1] |= uint32_t(v >> kLimbBits);
            bitPos += bitsPerDigit;
        }
    } else {
        return std::nullopt;
    }
    return BigInt(false, std::move(m));
}

bool BigInt::toInt64(int64_t& out) const {
    if (limbs_.size() > 2) return false;
    uint64_t mag = 0;
    if (!limbs_.empty()) mag = limbs_[0];
    if (limbs_.size() == 2) mag |= uint64_t(limbs_[1]) << kLimbBits;
    if (negative_) {
        if (mag > uint64_t(1) << 63) return false;
        out = int64_t(0 - mag); // wraps to INT64_MIN for 2^63, as intended
    } else {
        if (mag > uint64_t(INT64_MAX)) return false;
        out = int64_t(mag);
    }
    return true;
}

bool BigInt::fitsSmallInt(unsigned smallIntBits) const {
    // The host's own small ints hold 63 bits; nothing wider can be small.
    unsigned bits = std::min(std::max(smallIntBits, 1u), 63u);
    int64_t v;
    if (!toInt64(v)) return false;
    int64_t limit = int64_t(1) << (bits - 1);
    return v >= -limit && v <= limit - 1;
}

uint64_t BigInt::bitLength() const {
    if (limbs_.empty()) return 0;
    return uint64_t(limbs_.size()) * kLimbBits - leadingZeros(limbs_.back());
}

std::string BigInt::toString() const {
    if (limbs_.empty()) return "0";
    std::vector<Limbs> powers;
    Limbs chunks = toDecimalLimbs(limbs_.data(), limbs_.size(), powers);
    std::string text;
    text.reserve(chunks.size() * 9 + 1);
    if (negative_) text.push_back('-');
    text += std::to_string(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        char buf[10];
        uint32_t c = chunks[i];
        for (int k = 8; k >= 0; --k) {
            buf[k] = char('0' + c % 10);
            c /= 10;
        }
        text.append(buf, 9);
    }
    return text;
}

size_t BigInt::hashValue() const {
    uint64_t h = negative_ ? 0x9e3779b97f4a7c15ull : 0;
    for (uint32_t limb : limbs_)
        h = (h ^ limb) * 0x100000001b3ull; // FNV-1a over the limbs
    return static_cast<size_t>(h ^ limbs_.size());
}

double BigInt::toDouble() const {
    // Reproduces mpz_as_float: Horner's rule over the 32-bit digits, in double. The
    // multiplication by 2^32 is exact (until overflow); the addition rounds. Two separate
    // statements so that no compiler contracts them into a fused multiply-add.
    const double limbBase = 4294967296.0;
    double acc = 0.0;
    for (size_t i = limbs_.size(); i-- > 0;) {
        double scaled = acc * limbBase;
        acc = scaled + double(limbs_[i]);
    }
    return negative_ ? -acc : acc;
}

std::vector<uint16_t> BigInt::magnitudeDigits16() const {
    std::vector<uint16_t> out;
    out.reserve(limbs_.size() * 2);
    for (uint32_t limb : limbs_) {
        out.push_back(uint16_t(limb));
        out.push_back(uint16_t(limb >> 16));
    }
    while (!out.empty() && out.back() == 0)
        out.pop_back();
    return out;
}

BigInt BigInt::operator-() const {
    return BigInt(!negative_, limbs_);
}

BigInt BigInt::operator~() const {
    // ~x == -x - 1
    return -*this - BigInt(1);
}

BigInt BigInt::abs() const {
    return BigInt(false, limbs_);
}

BigInt operator+(const BigInt& a, const BigInt& b) {
    if (a.negative_ == b.negative_) return BigInt(a.negative_, addMagnitudes(a.limbs_, b.limbs_));
    // Opposite signs: subtract the smaller magnitude; the larger one's sign wins.
    int c = compareMagnitudes(a.limbs_, b.limbs_);
    if (c == 0) return BigInt();
    if (c > 0) return BigInt(a.negative_, subtractMagnitudes(a.limbs_, b.limbs_));
    return BigInt(b.negative_, subtractMagnitudes(b.limbs_, a.limbs_));
}

BigInt operator-(const BigInt& a, const BigInt& b) {
    return a + (-b);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
    return BigInt(a.negative_ != b.negative_, multiplyMagnitudes(a.limbs_, b.limbs_));
}

std::optional<std::pair<BigInt, BigInt>> BigInt::divMod(const BigInt& a, const BigInt& b) {
    if (b.isZero()) return std::nullopt;
    Limbs q, r;
    divideMagnitudes(a.limbs_, b.limbs_, q, r);
    // Truncated division first: the quotient's sign is the product of the signs and the
    // remainder takes the dividend's sign.
    BigInt quotient(a.negative_ != b.negative_, std::move(q));
    BigInt remainder(a.negative_, std::move(r));
    // Python floors instead: when the signs differ and the division was inexact, step the
    // quotient down by one and move the remainder over to the divisor's sign.
    if (a.negative_ != b.negative_ && !remainder.isZero()) {
        quotient = quotient - BigInt(1);
        remainder = remainder + b;
    }
    return std::make_pair(std::move(quotient), std::move(remainder));
}

BigInt operator/(const BigInt& a, const BigInt& b) {
    assert(!b.isZero() && "BigInt division by zero");
    return BigInt::divMod(a, b)->first;
}

BigInt operator%(const BigInt& a, const BigInt& b) {
    assert(!b.isZero() && "BigInt modulo by zero");
    return BigInt::divMod(a, b)->second;
}

BigInt BigInt::pow(uint64_t exponent) const {
    // Right-to-left binary exponentiation.
    BigInt result(1);
    BigInt base = *this;
    while (exponent != 0) {
        if (exponent & 1) result = result * base;
        exponent >>= 1;
        if (exponent != 0) base = base * base;
    }
    return result;
}

BigInt BigInt::operator<<(uint64_t shift) const {
    return BigInt(negative_, shiftLeftMagnitude(limbs_, shift));
}

BigInt BigInt::operator>>(uint64_t shift) const {
    if (!negative_) return BigInt(false, shiftRightMagnitude(limbs_, shift));
    // floor(-m / 2^k) == -(((m - 1) >> k) + 1) for m > 0.
    Limbs reduced = subtractMagnitudes(limbs_, Limbs{1});
    Limbs shifted = shiftRightMagnitude(reduced, shift);
    return BigInt(true, addMagnitudes(shifted, Limbs{1}));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
    return BigInt::bitwise(a, b, '&');
}
BigInt operator|(const BigInt& a, const BigInt& b) {
    return BigInt::bitwise(a, b, '|');
}
BigInt operator^(const BigInt& a, const BigInt& b) {
    return BigInt::bitwise(a, b, '^');
}

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, char op) {
    // Work on two's complement images one limb wider than the wider operand, so that the
    // top limb holds nothing but sign bits, then convert the result back.
    size_t width = std::max(a.limbs_.size(), b.limbs_.size()) + 1;
    Limbs x = toTwosComplement(a.limbs_, a.negative_, width);
    Limbs y = toTwosComplement(b.limbs_, b.negative_, width);
    for (size_t i = 0; i < width; ++i) {
        if (op == '&')
            x[i] &= y[i];
        else if (op == '|')
            x[i] |= y[i];
        else
            x[i] ^= y[i];
    }
    bool negative = (x.back() & 0x80000000u) != 0;
    // Negating a two's complement image again yields the magnitude.
    if (negative) x = toTwosComplement(x, true, width);
    return BigInt(negative, std::move(x));
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
    if (a.negative_ != b.negative_) return a.negative_ ? -1 : 1;
    int c = compareMagnitudes(a.limbs_, b.limbs_);
    return a.negative_ ? -c : c;
}

} // namespace mpyc
