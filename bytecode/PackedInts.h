// Unsigned integers packed 7 bits a byte, least significant group first (LEB128): the
// compact form in which a streaming compile keeps functions until the module's end
// (BytecodeBuilder::pack, Codegen's deferred scopes). Not the .mpy format's vuint (mpy/Vuint.h).
#pragma once

#include <llvm/ADT/ArrayRef.h>

#include <cstdint>
#include <vector>

namespace mpyc::packed {

inline void put(std::vector<uint8_t>& out, uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<uint8_t>(v));
}

// Reads one integer at `pos` and moves past it; the caller reads only what put() wrote.
inline uint64_t get(llvm::ArrayRef<uint8_t> in, size_t& pos) {
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t b = in[pos++];
        v |= uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
}

} // namespace mpyc::packed
