// RawCode: one compiled function (or module, class body, lambda, comprehension) as it is
// stored in a .mpy file: its fun_data bytes and its children, in MAKE_FUNCTION order.
#pragma once

#include "frontend/FloatFormat.h"
#include "mpy/ModuleTables.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mpyc {

// Facts about the encoded function, for reports and the disassembler.
struct FunctionLayout {
    uint32_t prelude = 0;  // signature + size bytes
    uint32_t nameInfo = 0; // simple name + argument names
    uint32_t lineInfo = 0; // line table bytes
    uint32_t cellInfo = 0;
    uint32_t bytecode = 0;
    uint32_t nState = 0;
    uint32_t maxStack = 0;
};

// The raw-code kinds of the format (MP_CODE_BYTECODE .. MP_CODE_NATIVE_ASM).
enum class RawCodeKind : uint8_t { Bytecode = 0, NativePy = 1, NativeViper = 2, NativeAsm = 3 };

struct RawCode {
    RawCodeKind kind = RawCodeKind::Bytecode;
    std::string simpleName;
    std::vector<uint8_t> funData;
    std::vector<RawCode*> children;
    uint16_t scopeFlags = 0;
    uint32_t line = 0; // line of the definition
    FunctionLayout layout;
    // Native code: where the bytecode-style prelude starts in funData (NativePy), and the
    // inline assembler's argument count and return type (NativeAsm).
    uint32_t preludeOffset = 0;
    uint32_t asmNumPosArgs = 0;
    uint32_t asmTypeSig = 0;
    // .mpy v5 only: this function's own constant table (v6 modules share ModuleTables):
    // its argument names (qstr-table indices) and its objects, in LOAD_CONST_OBJ order.
    std::vector<uint32_t> v5ArgNames;
    std::vector<const ConstValue*> v5Objects;
};

// The result of compiling one module: the tables and the raw-code tree.
struct CompiledModule {
    ModuleTables tables;
    std::vector<std::unique_ptr<RawCode>> rawCodes; // owns every raw code; [0] is the module
    RawCode* root() const { return rawCodes.empty() ? nullptr : rawCodes.front().get(); }
    unsigned smallIntBits = 31;
    // -march-flags (rv32imc's extensions): written after the header, with the header's 0x40
    // bit, even when the module has no native code (as the reference writes it).
    uint32_t archFlags = 0;
    // The header's arch code (MP_NATIVE_ARCH_*) when any function was compiled to machine
    // code; 0 for a module of bytecode only, which then names no architecture.
    uint8_t nativeArch = 0;
    // The header's first byte: 'M' (MicroPython); 'C' for CircuitPython, whose VM refuses 'M'.
    char headerMagic = 'M';
    // The .mpy version: 6, or 5 (v1.18 and before: mpy/MpyWriterV5.cpp; its bytecode as
    // BytecodeBuilder's mpyV5 mode lays it out).
    uint8_t mpyVersion = 6;
    // .mpy v5's header flag: str objects are unicode (mpy-cross -mno-unicode clears it)
    bool v5StrUnicode = true;
    // How float and complex constants are written (the target release's formatter).
    FloatTextStyle floatText = FloatTextStyle::Shortest;
};

} // namespace mpyc
