// The prelude of a bytecode or native Python function (mpy-format.md, py/bc.h
// MP_BC_PRELUDE_SIG_ENCODE and MP_BC_PRELUDE_SIZE_ENCODE): the signature (S = n_state - 1,
// E, F, A, K, D interleaved, low bits first) and the sizes of the name/line info and the
// cell list. Shared by the bytecode builder and the native emitter.
#pragma once

#include <cstdint>
#include <vector>

namespace mpyc {

struct PreludeSignature {
    uint64_t nState = 1;
    uint64_t nExcStack = 0;
    // MP_SCOPE_FLAG_ALL_SIG's bits: the low four, and CircuitPython's 0x10 (MP_SCOPE_FLAG_ASYNC)
    uint64_t scopeFlags = 0;
    uint64_t numPosArgs = 0;
    uint64_t numKwonlyArgs = 0;
    uint64_t numDefPosArgs = 0;
};

void encodePreludeSignature(std::vector<uint8_t>& out, const PreludeSignature& sig);
void encodePreludeSize(std::vector<uint8_t>& out, uint64_t nInfo, uint64_t nCell);

} // namespace mpyc
