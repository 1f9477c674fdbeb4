// `mpyc dump --json`: a .mpy file as JSON for tools (size reports, coverage, IDE views):
// header, qstr table, constants, and every function with its prelude, line table, cells,
// instructions (offset, bytes, mpy-tool.py's name, operand and what it refers to) and
// children, native functions with their machine code as hex.
//
// The text is written here, not with a JSON library, so that the emitter library stays free
// of dependencies; tests/unit/test_freeze.cpp parses it back with nlohmann::json. Strings
// are UTF-8: a qstr or str constant that is not valid UTF-8 gets U+FFFD for its bad bytes
// and a "hex" member with its exact bytes.
#pragma once

#include "mpy/MpyReader.h"

#include <string>

namespace mpyc {

// The JSON text (two-space indented, ending in a newline) of a file that has passed
// checkBytecode().
std::string mpyToJson(const MpyFile& file);

} // namespace mpyc
