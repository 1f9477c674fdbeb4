// mpy-cross's target options, shared by every subcommand that compiles: the architectures
// -march names, the flags -march-flags takes, and the rewriting that lets `build` and `size`
// take mpy-cross's spellings (-march=, -march-flags=, -msmall-int-bits=, -OO...) next to their
// own long options.
#pragma once

#include "codegen/Codegen.h"
#include "optimizer/CompileOptions.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

// The -march names mpy-cross v1.28.0 accepts, for messages.
extern const char* const kArchListText;
bool knownArch(const std::string& arch);

// -march-flags=TEXT for ARCH, as the reference reads it: a number (decimal, 0x hex or 0b
// binary; an optional sign and surrounding spaces) or a comma-separated list of flag names
// (a trailing comma allowed), with no bit the architecture lacks. False: "unrecognised arch
// flags".
bool parseArchFlags(const std::string& arch, const std::string& text, uint32_t& flags);

// -march and -march-flags as given ("" when absent) applied to the emitter options; false
// with a message naming what was wrong.
bool applyTargetOptions(const std::string& arch, const std::string* archFlags, EmitterOptions& emitter,
                        std::string& error);

// Native code (-march) for a --target whose native emitter is not yet matched byte for byte
// (TargetProfile::nativeAvailable): false with a message naming the target and the architecture.
bool checkNativeTarget(const CompileOptions& options, const EmitterOptions& emitter, std::string& error);

// Freezing for a --target: the frozen C of MicroPython v1.22.2 to v1.28.0's mpy-tool.py
// (TargetProfile::freezeAvailable); false with a message for older releases and for
// CircuitPython, whose mpy-tool.py is not matched yet.
bool freezeSupported(const TargetProfile& target, std::string& error);

// One `-X` option of the batch commands (build, size, freeze): source-lines, no-source-lines,
// and mpy-cross's emit=bytecode and heapsize=N (accepted; mpyc has no fixed heap). False with
// a message otherwise. (`compile` takes emit=native|viper too, with its own checks.)
bool applyXOption(const std::string& x, CompileOptions& options, std::string& error);

// The arguments of `build` and `size` with mpy-cross's spellings turned into the long options
// the subcommands declare: -march=X -> --march=X, -march-flags=F -> --march-flags=F,
// -msmall-int-bits=N -> --small-int-bits=N, -OO -> -O2. Without this, CLI11 reads `-march=x64`
// as `-m arch=x64` (a manifest) and `-OO` as -O with the value "O". Stops at "--".
// `--mpy-cross-flags "FLAGS"` (makemanifest.py's option, one argument holding mpy-cross's
// flags, as MicroPython's Makefiles pass MPY_CROSS_FLAGS) is split into those flags first.
std::vector<std::string> withMpyCrossSpellings(const std::vector<std::string>& args);

} // namespace mpyc
