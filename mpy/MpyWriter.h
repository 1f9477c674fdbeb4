// Serialises a compiled module to the .mpy v6 format (py/persistentcode.c: header,
// qstr table, constant table, then the raw-code tree depth-first).
#pragma once

#include "mpy/RawCode.h"

#include <cstdint>
#include <vector>

namespace mpyc {

std::vector<uint8_t> writeMpy(const CompiledModule& module);

// The text the reference writes for an int/float/complex constant (its repr); with
// `floatText`: as the target release wrote floats (CompiledModule::floatText).
std::string constantRepr(const ConstValue& v, FloatTextStyle floatText = FloatTextStyle::Shortest);

} // namespace mpyc
