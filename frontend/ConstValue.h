// Compile-time constant values: what literals, folded expressions, const() names and
// constant tuples evaluate to.
//
// The same values end up in a .mpy constant table, so equality here is the reference's
// "strictly equal" (emitcommon.c): same type and equal value, with 0.0 and -0.0 distinct
// and NaN equal to nothing; 1, 1.0 and True never merge. A ConstPool owns every value of
// one compilation; values are immutable once made.
#pragma once

#include "frontend/ArenaText.h"
#include "frontend/BigInt.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/STLFunctionalExtras.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Allocator.h>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

enum class ConstKind : uint8_t { None, False, True, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple };

class ConstValue {
public:
    ConstKind kind = ConstKind::None;

    bool isInt() const { return kind == ConstKind::Int; }
    bool isNumber() const { return kind == ConstKind::Int || kind == ConstKind::Float; }
    bool isStrOrBytes() const { return kind == ConstKind::Str || kind == ConstKind::Bytes; }

    // Int: the value fits in int64 (fast path) or is held as a BigInt.
    bool fitsInt64() const { return big_ == nullptr; }
    int64_t int64() const { return small_; }
    BigInt toBigInt() const { return big_ ? *big_ : BigInt(small_); }
    // True when the int fits the target's small-int range for `bits` bits
    // (-2^(bits-1) .. 2^(bits-1)-1, see smallIntFits()).
    bool isSmallInt(unsigned bits) const;
    // An int the reference holds as a big-int object although its value would fit a small
    // int (a unary - or ~ applied to a big int is not narrowed back: -(2**62)).
    bool isIntObject() const { return intObject_; }
    // Fits the host's (64-bit) small ints and is not an int object.
    bool isHostSmallInt() const;

    double floatValue() const { return real_; }
    double imagValue() const { return imag_; }
    llvm::StringRef data() const { return llvm::StringRef(data_, size_); }
    llvm::ArrayRef<const ConstValue*> items() const { return llvm::ArrayRef<const ConstValue*>(items_, size_); }

    // Python truthiness, as used by constant conditions and logical folding.
    bool isTrue() const;

    // Decimal text of an int.
    std::string intText() const;

private:
    // 40 bytes, trivially destructible: a module has one value per literal, and a big module
    // hundreds of thousands (they were 136 bytes, with a string and a vector each). The text,
    // items and big ints live in the pool.
    friend class ConstPool;
    bool intObject_ = false;
    uint32_t size_ = 0; // data_'s bytes or items_'s count
    union {
        int64_t small_ = 0;
        double real_;
    };
    double imag_ = 0;
    const BigInt* big_ = nullptr; // Int beyond int64
    union {
        const char* data_ = nullptr;     // Str, Bytes (NUL-terminated too)
        const ConstValue* const* items_; // Tuple
    };
};

// Whether v fits a small int of the target: the reference checks that the bits above
// bit (bits-1) are all equal to the sign bit, i.e. -2^(bits-1) <= v < 2^(bits-1).
bool smallIntFits(int64_t v, unsigned bits);

// Strict equality as the reference's constant table deduplicates.
bool strictlyEqual(const ConstValue& a, const ConstValue& b);
// A hash consistent with strictlyEqual (NaN hashes like any float; it never compares equal).
size_t strictHash(const ConstValue& v);

class ConstPool {
public:
    ConstPool();
    ConstPool(const ConstPool&) = delete;
    ConstPool& operator=(const ConstPool&) = delete;

    const ConstValue* none() const { return none_; }
    const ConstValue* falseValue() const { return false_; }
    const ConstValue* trueValue() const { return true_; }
    const ConstValue* boolean(bool b) const { return b ? true_ : false_; }
    const ConstValue* ellipsis() const { return ellipsis_; }
    const ConstValue* emptyTuple() const { return emptyTuple_; }

    const ConstValue* makeInt(int64_t v);
    const ConstValue* makeInt(const BigInt& v);
    // An int that stays an int object even if its value fits a small int.
    const ConstValue* makeIntObject(const BigInt& v);
    const ConstValue* makeFloat(double v);
    const ConstValue* makeComplex(double real, double imag);
    const ConstValue* makeStr(llvm::StringRef s);
    const ConstValue* makeBytes(llvm::StringRef s);
    const ConstValue* makeTuple(llvm::ArrayRef<const ConstValue*> items);

    // A copy of `v` made in this pool; `item` gives each tuple item's (the caller's mapping, so
    // that an object met twice is copied once).
    const ConstValue* copyOf(const ConstValue& v, llvm::function_ref<const ConstValue*(const ConstValue*)> item);
    // Whether `v` was made by this pool.
    bool owns(const ConstValue* v) { return storage_.identifyObject(v).hasValue(); }
    // Frees every value (a streaming compile's scratch pool, after each statement).
    void reset();

private:
    void makeSingletons();
    const ConstValue* makeText(ConstKind kind, llvm::StringRef s);

private:
    ConstValue* alloc(ConstKind kind);
    llvm::BumpPtrAllocator storage_; // values, texts and item lists
    std::deque<BigInt> bigs_;
    const ConstValue* none_;
    const ConstValue* false_;
    const ConstValue* true_;
    const ConstValue* ellipsis_;
    const ConstValue* emptyTuple_;
    // One value per small int, made on first use: int literals are the commonest constants,
    // and a big module's pool otherwise holds one 40-byte value per literal.
    static constexpr int64_t kCachedIntMin = -16, kCachedIntEnd = 240;
    std::vector<const ConstValue*> smallInts_;
};

// A string's or bytes' text for messages and dumps: single quotes, with backslash escapes for
// quotes, backslashes, newlines and other control bytes (other bytes as they are).
std::string quoteText(llvm::StringRef s);

} // namespace mpyc
