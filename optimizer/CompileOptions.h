// CompileOptions: every decision the command line makes about code generation, passed
// explicitly to the optimizer and the emitter (there is no global compiler state).
#pragma once

#include "target/TargetProfile.h"

#include <optional>

namespace mpyc {

struct CompileOptions {
    // The -O level, as mpy-cross's `-O<n>` / `-OO...` sets it:
    //  0   asserts are compiled, __debug__ is True, line-number tables are stored;
    //  1,2 asserts are dropped and __debug__ is False (2 behaves exactly as 1);
    //  3+  as 1, and no line-number tables are stored.
    unsigned optLevel = 0;
    // -X source-lines / -X no-source-lines: keep or drop line tables whatever the level.
    std::optional<bool> sourceLines;
    // -msmall-int-bits: ints that fit this many bits (two's complement) are small ints
    // in the target VM and are compiled inline; larger ones become int objects.
    unsigned smallIntBits = 31;
    // --target: the release whose mpy-cross the output matches (target/TargetProfile.h); the
    // default is the newest.
    const TargetProfile* target = &defaultTarget();
    // v1.18's mpy-cross -mno-unicode (for firmware without MICROPY_PY_BUILTINS_STR_UNICODE):
    // string escapes are single bytes and the .mpy v5 header's unicode flag is clear. Later
    // mpy-cross releases have no such option.
    bool strUnicode = true;

    bool stripAsserts() const { return optLevel != 0; }
    bool debugValue() const { return optLevel == 0; }
    bool emitLineNumbers() const { return sourceLines ? *sourceLines : optLevel < 3; }
};

} // namespace mpyc
