// The .mpy format's variable-length integers: unsigned vuints (most significant 7-bit group
// first, the high bit set on every group but the last) and the signed form used for
// LOAD_CONST_SMALL_INT. Shared by the bytecode builder, the native emitter (its prelude) and
// the .mpy writer.
#pragma once

#include <cstdint>
#include <vector>

namespace mpyc {

void encodeUint(std::vector<uint8_t>& out, uint64_t v);
void encodeSignedInt(std::vector<uint8_t>& out, int64_t v);

} // namespace mpyc
