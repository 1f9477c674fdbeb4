// Limits: every size limit of the .mpy format and of the MicroPython VM that a module can
// reach, in one place, each with where it comes from. The checks live where the quantity is
// known (the parser for names, the code generator for frames, calls and the qstr table, the
// command line for paths); README.md's "Limits" table lists them with the reference's and the
// VM's behaviour beyond each.
#pragma once

#include <cstdint>

namespace mpyc::limits {

// A qstr (identifier, attribute, dotted import name, source name) is at most 255 bytes:
// MICROPY_QSTR_BYTES_IN_LEN defaults to 1 (py/mpconfig.h) in mpy-cross and in the ports, and
// qstr_from_strn raises "RuntimeError: name too long" beyond it (py/qstr.c).
constexpr uint32_t kMaxQstrBytes = 255;

// A frame's slots (locals, cells and the value stack: the prelude's n_state) must fit the VM's
// 16-bit mp_code_state_t.n_state (py/bc.h); beyond it the VM lays out the frame with a
// truncated size and runs garbage. The reference aborts on an assertion at 65536 locals
// (id_info_t.local_num is uint16_t, py/scope.h).
constexpr uint32_t kMaxFrameSlots = 65535;

// qstr numbers are 16 bits on the device (qstr_short_t, py/qstr.h): a loaded module's qstr
// table stores each name's number in 16 bits. Every firmware already holds qstr 0 and the 165
// static qstrs of the .mpy format (numbered 1..165), so a module can add at most
// 65535 - 165 names of its own; a firmware with more qstrs of its own leaves less.
constexpr uint32_t kMaxQstrNumber = 65535;

// CALL_FUNCTION/CALL_METHOD pack their counts as n_positional | n_keyword << 8, and
// UNPACK_EX as n_before | n_after << 8 (py/emitbc.c): each count is 8 bits. The reference
// writes a wrong count silently beyond 255.
constexpr uint32_t kMaxCallPositional = 255;
constexpr uint32_t kMaxCallKeywords = 255;
constexpr uint32_t kMaxUnpackSide = 255;

// A cell's local number and a closure's captured-variable count are one byte each in the
// prelude and in MAKE_CLOSURE (py/emitbc.c asserts both).
constexpr uint32_t kMaxCellLocal = 255;
constexpr uint32_t kMaxClosedOver = 255;

// Source offsets are 32-bit in mpyc's AST (SourceRange).
constexpr uint64_t kMaxSourceBytes = 0xffffffffu;

} // namespace mpyc::limits
