// Prelude encodings; see Prelude.h.
#include "mpy/Prelude.h"

namespace mpyc {

void encodePreludeSignature(std::vector<uint8_t>& out, const PreludeSignature& sig) {
    uint64_t S = sig.nState - 1, E = sig.nExcStack, F = sig.scopeFlags & 0x1f, A = sig.numPosArgs,
             K = sig.numKwonlyArgs, D = sig.numDefPosArgs;
    uint8_t z = static_cast<uint8_t>((S & 0xf) << 3 | (E & 1) << 2 | (A & 3));
    S >>= 4;
    E >>= 1;
    A >>= 2;
    while (S | E | F | A | K | D) {
        out.push_back(0x80 | z);
        z = static_cast<uint8_t>((F & 1) << 6 | (S & 3) << 4 | (K & 1) << 3 | (A & 1) << 2 | (E & 1) << 1 | (D & 1));
        S >>= 2;
        E >>= 1;
        F >>= 1;
        A >>= 1;
        K >>= 1;
        D >>= 1;
    }
    out.push_back(z);
}

void encodePreludeSize(std::vector<uint8_t>& out, uint64_t nInfo, uint64_t nCell) {
    // n_info and n_cell, 6 + 1 bits per byte
    uint64_t I = nInfo, C = nCell;
    do {
        uint8_t z = static_cast<uint8_t>((I & 0x3f) << 1 | (C & 1));
        C >>= 1;
        I >>= 6;
        if (C | I) z |= 0x80;
        out.push_back(z);
    } while (C | I);
}

} // namespace mpyc
