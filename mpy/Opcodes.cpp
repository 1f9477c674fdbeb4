// Opcode table lookups; see Opcodes.h.
#include "mpy/Opcodes.h"

#include <array>

namespace mpyc {

namespace {

struct Table {
    std::array<OpInfo, 256> info;
    Table() {
        for (auto& i : info)
            i = {"unknown", OperandFormat::Byte, 0};
#define MPYC_OP_ROW(name, byte, format, stack) info[byte] = {#name, OperandFormat::format, stack};
        MPYC_OPCODES(MPYC_OP_ROW)
#undef MPYC_OP_ROW
        for (int b = 0x70; b < 0xb0; ++b)
            info[b] = {"LOAD_CONST_SMALL_INT", OperandFormat::Byte, 1};
        for (int b = 0xb0; b < 0xc0; ++b)
            info[b] = {"LOAD_FAST", OperandFormat::Byte, 1};
        for (int b = 0xc0; b < 0xd0; ++b)
            info[b] = {"STORE_FAST", OperandFormat::Byte, -1};
        for (int b = 0xd0; b < 0xd4; ++b)
            info[b] = {"UNARY_OP", OperandFormat::Byte, 0};
        for (int b = 0xd7; b < 0xfa; ++b)
            info[b] = {"BINARY_OP", OperandFormat::Byte, -1};
    }
};

const Table& table() {
    static const Table t;
    return t;
}

} // namespace

const OpInfo& opInfo(uint8_t byte) {
    return table().info[byte];
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
