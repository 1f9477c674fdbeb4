// The disassembler: readable text for a .mpy file (header, tables, and for each function
// its prelude, line table and instructions with their qstr and constant operands).
//
// Used by `mpyc dump`, by doctest cases that compare disassembly text, and by the golden
// test to show the first differing instruction when bytes differ.
#pragma once

#include "mpy/MpyReader.h"

#include <llvm/ADT/ArrayRef.h>

#include <functional>
#include <optional>
#include <string>

namespace mpyc {

struct DisassemblyOptions {
    bool showTables = true;
    bool showOffsets = true;
    bool showHex = false;
    // Native machine code as instruction lines (the caller's disassembler); without it, or
    // when it gives nothing, the code is shown as hex.
    // `inlineAsm` tells an inline-assembler function (on armv6 it starts in ARM state).
    std::function<std::optional<std::string>(llvm::ArrayRef<uint8_t> code, bool inlineAsm)> machineCodeText;
};

std::string disassemble(const MpyFile& file, const DisassemblyOptions& options = {});

// The text of one constant as the disassembler shows it (Python-like repr).
std::string constRepr(const MpyConst& c);

} // namespace mpyc
