// The .mpy format's variable-length integers (mpy-format.md: vuint, and the signed form of
// LOAD_CONST_SMALL_INT's operand).
#include "mpy/Vuint.h"

namespace mpyc {

void encodeUint(std::vector<uint8_t>& out, uint64_t v) {
    uint8_t buf[10];
    int n = 0;
    buf[n++] = v & 0x7f;
    for (v >>= 7; v != 0; v >>= 7)
        buf[n++] = 0x80 | (v & 0x7f);
    while (n > 0)
        out.push_back(buf[--n]);
}

void encodeSignedInt(std::vector<uint8_t>& out, int64_t v) {
    // 7-bit groups from the least significant end until only sign bits remain; an extra
    // group when bit 6 of the top group disagrees with the sign.
    uint8_t buf[11];
    int n = 0;
    do {
        buf[n++] = v & 0x7f;
        v >>= 7;
    } while (v != 0 && v != -1);
    if (v == -1 && (buf[n - 1] & 0x40) == 0) {
        buf[n++] = 0x7f;
    } else if (v == 0 && (buf[n - 1] & 0x40) != 0) {
        buf[n++] = 0;
    }
    while (n > 1)
        out.push_back(buf[--n] | 0x80);
    out.push_back(buf[0]);
}

} // namespace mpyc
