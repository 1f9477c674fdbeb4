// The bytecode opcode table (MicroPython .mpy v6, py/bc0.h), one row per opcode.
//
// Each row gives the opcode byte, its operand format and its stack effect, so the builder
// computes the maximum stack depth from what it emits. A stack effect of kVarStack means
// it depends on the operand and the builder is told explicitly (calls, builds, unpacks).
#pragma once

#include <cstdint>

namespace mpyc {

enum class OperandFormat : uint8_t {
    Byte,    // no operand
    Qstr,    // vuint index into the module's qstr table
    VarUint, // vuint (signed vuint for LOAD_CONST_SMALL_INT)
    Offset,  // jump offset, 1 or 2 bytes
};

constexpr int kVarStack = 1000;

// X(name, byte, format, stack effect)
#define MPYC_OPCODES(X)                                                                                      \
    X(LOAD_CONST_STRING, 0x10, Qstr, 1)                                                                      \
    X(LOAD_NAME, 0x11, Qstr, 1)                                                                              \
    X(LOAD_GLOBAL, 0x12, Qstr, 1)                                                                            \
    X(LOAD_ATTR, 0x13, Qstr, 0)                                                                              \
    X(LOAD_METHOD, 0x14, Qstr, 1)                                                                            \
    X(LOAD_SUPER_METHOD, 0x15, Qstr, -1)                                                                     \
    X(STORE_NAME, 0x16, Qstr, -1)                                                                            \
    X(STORE_GLOBAL, 0x17, Qstr, -1)                                                                          \
    X(STORE_ATTR, 0x18, Qstr, -2)                                                                            \
    X(DELETE_NAME, 0x19, Qstr, 0)                                                                            \
    X(DELETE_GLOBAL, 0x1a, Qstr, 0)                                                                          \
    X(IMPORT_NAME, 0x1b, Qstr, -1)                                                                           \
    X(IMPORT_FROM, 0x1c, Qstr, 1)                                                                            \
    X(MAKE_CLOSURE, 0x20, VarUint, kVarStack)                                                                \
    X(MAKE_CLOSURE_DEFARGS, 0x21, VarUint, kVarStack)                                                        \
    X(LOAD_CONST_SMALL_INT, 0x22, VarUint, 1)                                                                \
    X(LOAD_CONST_OBJ, 0x23, VarUint, 1)                                                                      \
    X(LOAD_FAST_N, 0x24, VarUint, 1)                                                                         \
    X(LOAD_DEREF, 0x25, VarUint, 1)                                                                          \
    X(STORE_FAST_N, 0x26, VarUint, -1)                                                                       \
    X(STORE_DEREF, 0x27, VarUint, -1)                                                                        \
    X(DELETE_FAST, 0x28, VarUint, 0)                                                                         \
    X(DELETE_DEREF, 0x29, VarUint, 0)                                                                        \
    X(BUILD_TUPLE, 0x2a, VarUint, kVarStack)                                                                 \
    X(BUILD_LIST, 0x2b, VarUint, kVarStack)                                                                  \
    X(BUILD_MAP, 0x2c, VarUint, 1)                                                                           \
    X(BUILD_SET, 0x2d, VarUint, kVarStack)                                                                   \
    X(BUILD_SLICE, 0x2e, VarUint, kVarStack)                                                                 \
    X(STORE_COMP, 0x2f, VarUint, kVarStack)                                                                  \
    X(UNPACK_SEQUENCE, 0x30, VarUint, kVarStack)                                                             \
    X(UNPACK_EX, 0x31, VarUint, kVarStack)                                                                   \
    X(MAKE_FUNCTION, 0x32, VarUint, 1)                                                                       \
    X(MAKE_FUNCTION_DEFARGS, 0x33, VarUint, -1)                                                              \
    X(CALL_FUNCTION, 0x34, VarUint, kVarStack)                                                               \
    X(CALL_FUNCTION_VAR_KW, 0x35, VarUint, kVarStack)                                                        \
    X(CALL_METHOD, 0x36, VarUint, kVarStack)                                                                 \
    X(CALL_METHOD_VAR_KW, 0x37, VarUint, kVarStack)                                                          \
    X(UNWIND_JUMP, 0x40, Offset, 0)                                                                          \
    X(JUMP, 0x42, Offset, 0)                                                                                 \
    X(POP_JUMP_IF_TRUE, 0x43, Offset, -1)                                                                    \
    X(POP_JUMP_IF_FALSE, 0x44, Offset, -1)                                                                   \
    X(JUMP_IF_TRUE_OR_POP, 0x45, Offset, -1)                                                                 \
    X(JUMP_IF_FALSE_OR_POP, 0x46, Offset, -1)                                                                \
    X(SETUP_WITH, 0x47, Offset, 2)                                                                           \
    X(SETUP_EXCEPT, 0x48, Offset, 0)                                                                         \
    X(SETUP_FINALLY, 0x49, Offset, 0)                                                                        \
    X(POP_EXCEPT_JUMP, 0x4a, Offset, 0)                                                                      \
    X(FOR_ITER, 0x4b, Offset, 1)                                                                             \
    X(LOAD_CONST_FALSE, 0x50, Byte, 1)                                                                       \
    X(LOAD_CONST_NONE, 0x51, Byte, 1)                                                                        \
    X(LOAD_CONST_TRUE, 0x52, Byte, 1)                                                                        \
    X(LOAD_NULL, 0x53, Byte, 1)                                                                              \
    X(LOAD_BUILD_CLASS, 0x54, Byte, 1)                                                                       \
    X(LOAD_SUBSCR, 0x55, Byte, -1)                                                                           \
    X(STORE_SUBSCR, 0x56, Byte, -3)                                                                          \
    X(DUP_TOP, 0x57, Byte, 1)                                                                                \
    X(DUP_TOP_TWO, 0x58, Byte, 2)                                                                            \
    X(POP_TOP, 0x59, Byte, -1)                                                                               \
    X(ROT_TWO, 0x5a, Byte, 0)                                                                                \
    X(ROT_THREE, 0x5b, Byte, 0)                                                                              \
    X(WITH_CLEANUP, 0x5c, Byte, 2)                                                                           \
    X(END_FINALLY, 0x5d, Byte, -1)                                                                           \
    X(GET_ITER, 0x5e, Byte, 0)                                                                               \
    X(GET_ITER_STACK, 0x5f, Byte, 3)                                                                         \
    X(STORE_MAP, 0x62, Byte, -2)                                                                             \
    X(RETURN_VALUE, 0x63, Byte, -1)                                                                          \
    X(RAISE_LAST, 0x64, Byte, 0)                                                                             \
    X(RAISE_OBJ, 0x65, Byte, -1)                                                                             \
    X(RAISE_FROM, 0x66, Byte, -2)                                                                            \
    X(YIELD_VALUE, 0x67, Byte, 0)                                                                            \
    X(YIELD_FROM, 0x68, Byte, -1)                                                                            \
    X(IMPORT_STAR, 0x69, Byte, -1)

enum class Op : uint8_t {
#define MPYC_OP_ENUM(name, byte, format, stack) name = byte,
    MPYC_OPCODES(MPYC_OP_ENUM)
#undef MPYC_OP_ENUM
};

// The "multi" opcodes encode their operand in the opcode byte.
constexpr uint8_t kLoadConstSmallIntMulti = 0x70; // value = op - 0x80, for -16..47
constexpr uint8_t kLoadFastMulti = 0xb0;          // local 0..15
constexpr uint8_t kStoreFastMulti = 0xc0;         // local 0..15
constexpr uint8_t kUnaryOpMulti = 0xd0;           // + unary op (0..3)
constexpr uint8_t kBinaryOpMulti = 0xd7;          // + binary op (0..34)
constexpr int kSmallIntMultiExcess = 16;
constexpr int kSmallIntMultiCount = 64;

struct OpInfo {
    char name[22]; // inline: the table is built at compile time, with nothing to relocate
    OperandFormat format;
    int stack; // kVarStack when it depends on the operand
};

// Information for a plain opcode byte (0 <= byte < 256); multi opcodes report their family.
const OpInfo& opInfo(uint8_t byte);
// The operand format of any opcode byte, as the VM decodes it.
OperandFormat operandFormat(uint8_t byte);
// Whether the opcode carries one extra raw byte after its operand.
inline bool hasExtraByte(uint8_t byte) {
    return (byte & 0x9e) == 0;
}
// Jumps with a signed offset (the others are forward-only).
inline bool isSignedJump(uint8_t byte) {
    return byte <= static_cast<uint8_t>(Op::POP_JUMP_IF_FALSE);
}

} // namespace mpyc
