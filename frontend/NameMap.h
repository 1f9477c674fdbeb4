// NameMap: a hash map keyed by identifier and qstr texts (llvm::DenseMap with StringRef keys
// and an inline hash). Unlike llvm::StringMap it allocates nothing per entry and does not
// copy the keys: the caller keeps each key's text alive as long as the map. Its hash is
// defined here because LLVM's out-of-line hash_value(StringRef) would pull much of
// LLVMSupport into the static binary (see cli/LlvmSupportShim.cpp).
#pragma once

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <cstring>

namespace mpyc {

struct NameKeyInfo {
    static llvm::StringRef getEmptyKey() {
        return llvm::StringRef(reinterpret_cast<const char*>(~uintptr_t(0)), 0);
    }
    static llvm::StringRef getTombstoneKey() {
        return llvm::StringRef(reinterpret_cast<const char*>(~uintptr_t(1)), 0);
    }
    static unsigned getHashValue(llvm::StringRef s) {
        // Eight bytes at a time, then the tail; a multiply and a fold mix each step so that
        // the low bits DenseMap uses depend on every byte.
        const unsigned char* p = s.bytes_begin();
        size_t n = s.size();
        uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
        for (; n >= 8; p += 8, n -= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        }
        uint64_t tail = 0;
        for (size_t i = 0; i < n; ++i)
            tail |= uint64_t(p[i]) << (8 * i);
        h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
        return static_cast<unsigned>(h ^ (h >> 32));
    }
    static bool isEqual(llvm::StringRef a, llvm::StringRef b) {
        if (isSentinel(a) || isSentinel(b)) return a.data() == b.data();
        return a == b;
    }

private:
    static bool isSentinel(llvm::StringRef s) {
        return s.data() == getEmptyKey().data() || s.data() == getTombstoneKey().data();
    }
};

template <class Value> using NameMap = llvm::DenseMap<llvm::StringRef, Value, NameKeyInfo>;

} // namespace mpyc
