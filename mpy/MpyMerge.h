// Merging .mpy files into one, byte for byte as MicroPython v1.28.0's
// `tools/mpy-tool.py --merge` does it: the qstr and constant tables are concatenated
// verbatim, a new outer function calls each module's top-level code in turn, and every
// module but the first has its qstr and constant operands shifted (with jumps re-sized).
//
// Importing the merged file runs all the modules in one namespace, in order, which is how
// firmware and `mpremote` users bundle an application into a single .mpy.
#pragma once

#include "mpy/MpyReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

struct MergeInput {
    std::string path;           // for messages
    std::vector<uint8_t> bytes; // the file itself (sections are copied from it)
    MpyFile file;               // read with MpyReadOptions::allowNative
};

// Merges the inputs in order (a single input is copied unchanged; a file with native code
// goes first, and at most one may have it). Returns false with `error` set on failure.
bool mergeMpy(const std::vector<MergeInput>& inputs, std::vector<uint8_t>& out, std::string& error);

// mpy-tool.py's mp_encode_uint: 7 bits per byte, most significant first; `isSigned` adds a
// sign byte where the top bit of the first byte would be read wrongly.
std::vector<uint8_t> encodeMpyUint(int64_t value, bool isSigned = false);

} // namespace mpyc
