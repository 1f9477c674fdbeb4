// Serialises a compiled module to the .mpy v5 format of MicroPython v1.12 to v1.18
// (py/persistentcode.c of v1.18): a header naming a qstr window size, then the raw-code tree
// depth-first, each with its own constant table; every qstr (in the prelude, the bytecode,
// the argument names) written where it is used, through a window of the 32 most recently
// used ones.
#pragma once

#include "mpy/RawCode.h"

#include <cstdint>
#include <vector>

namespace mpyc {

// The module's raw codes must come from BytecodeBuilder's mpyV5 mode (2-byte qstr operands
// holding module qstr-table indices; RawCode::v5ArgNames and v5Objects filled).
std::vector<uint8_t> writeMpyV5(const CompiledModule& module);

// The qstr window both ends of a v5 file keep: the most recently used first. `use` returns
// the position a qstr had (0 = most recent), or kWindowSize when it was not there; either
// way it is now at the front.
class QstrWindow {
public:
    static constexpr uint32_t kWindowSize = 32;
    uint32_t use(llvm::StringRef qstr);

private:
    std::vector<llvm::StringRef> recent_;
};

// Opcode sizes in v5 bytecode (v1.18 py/bc.c mp_opcode_format): a qstr operand is 2 bytes,
// a jump offset 2, a var uint as encoded, plus the extra byte of MAKE_CLOSURE(_DEFARGS) and
// UNWIND_JUMP. 0 if the bytes end inside the opcode.
size_t v5OpcodeSize(const uint8_t* ip, const uint8_t* end);

} // namespace mpyc
