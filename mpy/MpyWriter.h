// Serialises a compiled module to the .mpy v6 format (py/persistentcode.c: header,
// qstr table, constant table, then the raw-code tree depth-first).
#pragma once

#include "mpy/RawCode.h"

#include <cstdint>
#include <vector>

namespace mpyc {

std::vector<uint8_t> writeMpy(const CompiledModule& module);

// The text the reference writes for an int/float/complex constant (its repr); with
// `floatTextBefore126`, as v1.25 and earlier wrote floats (CompiledModule::floatTextBefore126).
std::string constantRepr(const ConstValue& v, bool floatTextBefore126 = false);

} // namespace mpyc
