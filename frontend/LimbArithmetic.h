// Multiplication of little-endian limb vectors in a fixed base: 2^32 (BigInt's own limbs) or
// 10^9 (decimal limbs, for turning a BigInt into text). Schoolbook below kKaratsubaLimbs,
// Karatsuba above, so that folding a constant of millions of bits (`3 ** 2000000`, which the
// reference folds too) and printing it into the .mpy take a second, not minutes.
//
// Why one template: the two bases differ only in how a 64-bit column sum splits into a limb
// and a carry (mask and shift for 2^32, a division by the constant 10^9 that the compiler
// turns into a multiplication), so the algorithm is written once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mpyc::limbs {

using Limbs = std::vector<uint32_t>;

// Below this many limbs in the shorter operand, schoolbook multiplication is faster.
constexpr size_t kKaratsubaLimbs = 48;

template <uint64_t Base> void trimZeros(Limbs& m) {
    while (!m.empty() && m.back() == 0)
        m.pop_back();
}

// out[offset...] += a (out long enough for the carry to stop inside it).
template <uint64_t Base> void addInto(Limbs& out, const uint32_t* a, size_t n, size_t offset) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < n; ++i) {
        uint64_t t = uint64_t(out[offset + i]) + a[i] + carry;
        out[offset + i] = uint32_t(t % Base);
        carry = t / Base;
    }
    for (size_t k = offset + i; carry != 0; ++k) {
        if (k == out.size()) out.push_back(0);
        uint64_t t = uint64_t(out[k]) + carry;
        out[k] = uint32_t(t % Base);
        carry = t / Base;
    }
}

// out -= a, where out >= a.
template <uint64_t Base> void subtractFrom(Limbs& out, const Limbs& a) {
    int64_t borrow = 0;
    for (size_t i = 0; i < out.size(); ++i) {
        int64_t t = int64_t(out[i]) - borrow - (i < a.size() ? int64_t(a[i]) : 0);
        borrow = t < 0;
        if (t < 0) t += int64_t(Base);
        out[i] = uint32_t(t);
        if (i >= a.size() && borrow == 0) break;
    }
}

template <uint64_t Base> Limbs schoolbook(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
    Limbs product(na + nb, 0);
    for (size_t i = 0; i < na; ++i) {
        uint64_t ai = a[i];
        if (ai == 0) continue;
        uint64_t carry = 0;
        for (size_t j = 0; j < nb; ++j) {
            // (Base-1)^2 + 2 * (Base-1) < 2^64 for both bases: the sum cannot overflow
            uint64_t t = ai * b[j] + product[i + j] + carry;
            product[i + j] = uint32_t(t % Base);
            carry = t / Base;
        }
        product[i + nb] = uint32_t(carry);
    }
    return product;
}

template <uint64_t Base> Limbs multiply(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
    if (na == 0 || nb == 0) return {};
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    if (nb < kKaratsubaLimbs) return schoolbook<Base>(a, na, b, nb);
    if (nb * 2 <= na) {
        // unbalanced: multiply b by slices of a as long as b, and add the partial products
        Limbs product(na + nb, 0);
        for (size_t at = 0; at < na; at += nb) {
            size_t n = std::min(nb, na - at);
            Limbs part = multiply<Base>(a + at, n, b, nb);
            trimZeros<Base>(part);
            addInto<Base>(product, part.data(), part.size(), at);
        }
        return product;
    }
    // a = a1 * Base^m + a0, b likewise; a*b = z2 * Base^2m + z1 * Base^m + z0 with
    // z1 = (a0 + a1)(b0 + b1) - z2 - z0
    size_t m = nb / 2;
    Limbs z0 = multiply<Base>(a, m, b, m);
    Limbs z2 = multiply<Base>(a + m, na - m, b + m, nb - m);
    Limbs sa(a + m, a + na), sb(b + m, b + nb);
    addInto<Base>(sa, a, m, 0);
    addInto<Base>(sb, b, m, 0);
    Limbs z1 = multiply<Base>(sa.data(), sa.size(), sb.data(), sb.size());
    trimZeros<Base>(z0);
    trimZeros<Base>(z2);
    subtractFrom<Base>(z1, z0);
    subtractFrom<Base>(z1, z2);
    trimZeros<Base>(z1);
    Limbs product(na + nb + 1, 0);
    addInto<Base>(product, z0.data(), z0.size(), 0);
    addInto<Base>(product, z1.data(), z1.size(), m);
    addInto<Base>(product, z2.data(), z2.size(), 2 * m);
    product.resize(na + nb);
    return product;
}

} // namespace mpyc::limbs
