// Opcode table lookups; see Opcodes.h.
#include "mpy/Opcodes.h"

#include <array>
#include <cstddef>

namespace mpyc {

namespace {

constexpr OpInfo row(const char* name, OperandFormat format, int stack) {
    OpInfo r{};
    for (std::size_t i = 0; name[i] != 0; ++i)
        r.name[i] = name[i];
    r.format = format;
    r.stack = stack;
    return r;
}

// Built by the compiler, into read-only data: a table built at first use (as it was) costs
// every process a page of .bss and its construction.
constexpr std::array<OpInfo, 256> buildTable() {
    std::array<OpInfo, 256> info{};
    for (auto& i : info)
        i = row("unknown", OperandFormat::Byte, 0);
#define MPYC_OP_ROW(name, byte, format, stack) info[byte] = row(#name, OperandFormat::format, stack);
    MPYC_OPCODES(MPYC_OP_ROW)
#undef MPYC_OP_ROW
    for (int b = 0x70; b < 0xb0; ++b)
        info[b] = row("LOAD_CONST_SMALL_INT", OperandFormat::Byte, 1);
    for (int b = 0xb0; b < 0xc0; ++b)
        info[b] = row("LOAD_FAST", OperandFormat::Byte, 1);
    for (int b = 0xc0; b < 0xd0; ++b)
        info[b] = row("STORE_FAST", OperandFormat::Byte, -1);
    for (int b = 0xd0; b < 0xd4; ++b)
        info[b] = row("UNARY_OP", OperandFormat::Byte, 0);
    for (int b = 0xd7; b < 0xfa; ++b)
        info[b] = row("BINARY_OP", OperandFormat::Byte, -1);
    return info;
}

constexpr std::array<OpInfo, 256> kTable = buildTable();

} // namespace

const OpInfo& opInfo(uint8_t byte) {
    return kTable[byte];
}

OperandFormat operandFormat(uint8_t byte) {
    // py/bc0.h: (0x000003a4 >> (2 * (op >> 4))) & 3
    switch ((0x000003a4u >> (2 * (byte >> 4))) & 3) {
    case 1:
        return OperandFormat::Qstr;
    case 2:
        return OperandFormat::VarUint;
    case 3:
        return OperandFormat::Offset;
    default:
        return OperandFormat::Byte;
    }
}

} // namespace mpyc
