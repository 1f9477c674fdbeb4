// Constant values: construction, truthiness and the reference's strict equality.
#include "frontend/ConstValue.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <new>
#include <stdexcept>

namespace mpyc {

bool smallIntFits(int64_t v, unsigned bits) {
    // The host (64-bit) small int holds 63 bits; larger values are int objects in the
    // reference even before the target's width is considered.
    constexpr int64_t kHostMax = (int64_t(1) << 62) - 1;
    constexpr int64_t kHostMin = -(int64_t(1) << 62);
    if (v > kHostMax || v < kHostMin) return false;
    if (bits == 0 || bits >= 64) return true;
    uint64_t signMask = ~uint64_t(0) << (bits - 1);
    uint64_t u = static_cast<uint64_t>(v);
    return (u & signMask) == 0 || (u & signMask) == signMask;
}

bool ConstValue::isSmallInt(unsigned bits) const {
    return isInt() && !intObject_ && fitsInt64() && smallIntFits(small_, bits);
}

bool ConstValue::isHostSmallInt() const {
    return isSmallInt(64);
}

std::string ConstValue::intText() const {
    return big_ ? big_->toString() : std::to_string(small_);
}

bool ConstValue::isTrue() const {
    switch (kind) {
    case ConstKind::None:
    case ConstKind::False:
        return false;
    case ConstKind::True:
    case ConstKind::Ellipsis:
        return true;
    case ConstKind::Int:
        return big_ ? !big_->isZero() : small_ != 0;
    case ConstKind::Float:
        return real_ != 0.0;
    case ConstKind::Complex:
        return real_ != 0.0 || imag_ != 0.0;
    case ConstKind::Str:
    case ConstKind::Bytes:
        return size_ != 0;
    case ConstKind::Tuple:
        return size_ != 0;
    }
    return false;
}

bool strictlyEqual(const ConstValue& a, const ConstValue& b) {
    if (&a == &b) {
        // The reference compares object pointers first, so even a NaN equals itself.
        return true;
    }
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case ConstKind::None:
    case ConstKind::False:
    case ConstKind::True:
    case ConstKind::Ellipsis:
        return true;
    case ConstKind::Int:
        if (a.fitsInt64() && b.fitsInt64()) return a.int64() == b.int64();
        return a.toBigInt() == b.toBigInt();
    case ConstKind::Float: {
        double x = a.floatValue(), y = b.floatValue();
        if (!(x == y)) return false;
        if (x == 0.0) return std::signbit(x) == std::signbit(y);
        return true;
    }
    case ConstKind::Complex:
        return a.floatValue() == b.floatValue() && a.imagValue() == b.imagValue();
    case ConstKind::Str:
    case ConstKind::Bytes:
        return a.data() == b.data();
    case ConstKind::Tuple: {
        auto ai = a.items(), bi = b.items();
        if (ai.size() != bi.size()) return false;
        for (size_t i = 0; i < ai.size(); ++i)
            if (!strictlyEqual(*ai[i], *bi[i])) return false;
        return true;
    }
    }
    return false;
}

size_t strictHash(const ConstValue& v) {
    size_t h = static_cast<size_t>(v.kind) * 0x9e3779b97f4a7c15ull;
    auto mix = [&h](size_t x) { h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
    switch (v.kind) {
    case ConstKind::Int:
        // not the decimal text: that is quadratic in the size, and a big constant used in a
        // loop is hashed at every use (fuzz_compile)
        mix(v.fitsInt64() ? std::hash<int64_t>()(v.int64()) : v.toBigInt().hashValue());
        break;
    case ConstKind::Float:
    case ConstKind::Complex: {
        double parts[2] = {v.floatValue(), v.kind == ConstKind::Complex ? v.imagValue() : 0.0};
        for (double d : parts) {
            if (d == 0.0) d = std::signbit(d) ? -0.0 : 0.0;
            uint64_t bits;
            std::memcpy(&bits, &d, sizeof bits);
            mix(std::hash<uint64_t>()(bits));
        }
        break;
    }
    case ConstKind::Str:
    case ConstKind::Bytes:
        mix(std::hash<std::string_view>()(std::string_view(v.data().data(), v.data().size())));
        break;
    case ConstKind::Tuple:
        for (const ConstValue* item : v.items())
            mix(strictHash(*item));
        break;
    default:
        break;
    }
    return h;
}

ConstPool::ConstPool() { makeSingletons(); }

void ConstPool::reset() {
    storage_.Reset();
    bigs_.clear();
    smallInts_.clear();
    makeSingletons();
}

const ConstValue* ConstPool::copyOf(const ConstValue& v, llvm::function_ref<const ConstValue*(const ConstValue*)> item) {
    switch (v.kind) {
    case ConstKind::None: return none_;
    case ConstKind::False: return false_;
    case ConstKind::True: return true_;
    case ConstKind::Ellipsis: return ellipsis_;
    case ConstKind::Int:
        if (v.intObject_) return makeIntObject(v.toBigInt());
        return v.big_ ? makeInt(*v.big_) : makeInt(v.small_);
    case ConstKind::Float: return makeFloat(v.real_);
    case ConstKind::Complex: return makeComplex(v.real_, v.imag_);
    case ConstKind::Str: return makeStr(v.data());
    case ConstKind::Bytes: return makeBytes(v.data());
    case ConstKind::Tuple: {
        std::vector<const ConstValue*> items;
        items.reserve(v.size_);
        for (const ConstValue* i : v.items())
            items.push_back(item(i));
        return makeTuple(items);
    }
    }
    return none_;
}

void ConstPool::makeSingletons() {
    none_ = alloc(ConstKind::None);
    false_ = alloc(ConstKind::False);
    true_ = alloc(ConstKind::True);
    ellipsis_ = alloc(ConstKind::Ellipsis);
    emptyTuple_ = alloc(ConstKind::Tuple);
}

ConstValue* ConstPool::alloc(ConstKind kind) {
    ConstValue* c = new (storage_.Allocate<ConstValue>()) ConstValue();
    c->kind = kind;
    return c;
}

const ConstValue* ConstPool::makeInt(int64_t v) {
    const bool cached = v >= kCachedIntMin && v < kCachedIntEnd;
    if (cached) {
        if (smallInts_.empty()) smallInts_.resize(kCachedIntEnd - kCachedIntMin);
        if (const ConstValue* c = smallInts_[v - kCachedIntMin]) return c;
    }
    ConstValue* c = alloc(ConstKind::Int);
    c->small_ = v;
    if (cached) smallInts_[v - kCachedIntMin] = c;
    return c;
}

const ConstValue* ConstPool::makeInt(const BigInt& v) {
    int64_t small;
    if (v.toInt64(small)) return makeInt(small);
    ConstValue* c = alloc(ConstKind::Int);
    c->big_ = &bigs_.emplace_back(v);
    return c;
}

const ConstValue* ConstPool::makeIntObject(const BigInt& v) {
    ConstValue* c = alloc(ConstKind::Int); // never a shared small int (makeInt)
    int64_t small;
    if (v.toInt64(small))
        c->small_ = small;
    else
        c->big_ = &bigs_.emplace_back(v);
    c->intObject_ = true;
    return c;
}

const ConstValue* ConstPool::makeFloat(double v) {
    ConstValue* c = alloc(ConstKind::Float);
    c->real_ = v;
    return c;
}

const ConstValue* ConstPool::makeComplex(double real, double imag) {
    ConstValue* c = alloc(ConstKind::Complex);
    c->real_ = real;
    c->imag_ = imag;
    return c;
}

const ConstValue* ConstPool::makeStr(llvm::StringRef s) {
    return makeText(ConstKind::Str, s);
}

const ConstValue* ConstPool::makeBytes(llvm::StringRef s) {
    return makeText(ConstKind::Bytes, s);
}

const ConstValue* ConstPool::makeText(ConstKind kind, llvm::StringRef s) {
    if (s.size() > UINT32_MAX) throw std::length_error("constant too long"); // sources are < 4 GB
    ConstValue* c = alloc(kind);
    c->data_ = copyToArena(storage_, s).data();
    c->size_ = static_cast<uint32_t>(s.size());
    return c;
}

const ConstValue* ConstPool::makeTuple(llvm::ArrayRef<const ConstValue*> items) {
    if (items.empty()) return emptyTuple_;
    ConstValue* c = alloc(ConstKind::Tuple);
    const ConstValue** copy = storage_.Allocate<const ConstValue*>(items.size());
    std::copy(items.begin(), items.end(), copy);
    c->items_ = copy;
    c->size_ = static_cast<uint32_t>(items.size());
    return c;
}

std::string quoteText(llvm::StringRef s) {
    std::string out = "'";
    for (unsigned char c : s) {
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "'";
}

} // namespace mpyc
