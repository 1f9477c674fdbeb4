// The whole frozen_content.c a MicroPython port compiles: what tools/makemanifest.py v1.28.0
// writes for a manifest, i.e. the sources frozen as text (freeze_as_str) followed by the
// frozen bytecode, which is mpy-tool.py -f's text (firmware/FrozenWriter.h).
//
// Kept apart from `mpyc build` so that the text format (which must match makemanifest.py
// byte for byte, so ports can swap it in) is in one small place.
#pragma once

#include "firmware/FrozenWriter.h"

#include <string>
#include <vector>

namespace mpyc {

struct FrozenStrModule {
    std::string targetPath; // the name it is imported by, e.g. "frzstr1.py"
    std::string contents;   // the source bytes
};

// Builds frozen_content.c. False with `error` when the bytecode part cannot be frozen.
bool makeFrozenContent(const std::vector<FrozenStrModule>& strModules,
                       const std::vector<FreezeModule>& mpyModules, const FreezeConfig& config,
                       std::string& out, std::vector<std::string>& warnings, std::string& error);

} // namespace mpyc
