// Frozen C for firmware: the text MicroPython v1.28.0's `tools/mpy-tool.py -f` writes for a
// set of .mpy files, byte for byte (qstr pool extension, fun_data arrays, raw-code
// structures, constant objects, the frozen-module table and the size summary).
//
// It lives in the emitter library, not the command line, so the unit tests can freeze the
// golden corpus in-process and `mpyc freeze` can freeze modules it has just compiled.
//
// Where mpy-tool.py would write C that does not compile (module names that are not C
// identifiers, quotes or newlines in names, floats too large for float32, ints too large for
// the long-long implementation, duplicate modules) the result differs from the reference on
// purpose: valid C that means what the .mpy means, or an error. Whenever mpy-tool.py's
// output is valid C, ours is identical.
#pragma once

#include "mpy/MpyReader.h"

#include <llvm/ADT/StringRef.h>

#include <set>
#include <string>
#include <vector>

namespace mpyc {

struct FreezeConfig {
    enum class LongInt : uint8_t { None = 0, LongLong = 1, Mpz = 2 };
    LongInt longInt = LongInt::Mpz; // -mlongint-impl
    unsigned mpzDigitBits = 16;     // -mmpz-dig-size: 8, 16 or 32
    unsigned bytesInHash = 1;       // MICROPY_QSTR_BYTES_IN_HASH (from -q, else 1)
    unsigned bytesInLen = 1;        // MICROPY_QSTR_BYTES_IN_LEN (from -q, else 1)
    // mpy-tool.py writes float constants for MICROPY_OBJ_REPR_A/B with "%.16g", which does
    // not always give back the same double (0.1 + 0.2 freezes as 0.3): frozen code then
    // computes with other values than the .mpy file would. Off by default (identical output);
    // on, such literals get the 17 digits that do round-trip. Nothing else changes.
    bool exactFloats = false;
    // Big ints frozen for -mlongint-impl=longlong (mpy-tool.py v1.24 and later); before, that
    // release's "freezing int to long-long is not implemented".
    bool longLongInts = true;
    // Each function as a full mp_raw_code_t named raw_code_* (mpy-tool.py v1.22 and earlier);
    // off: mp_raw_code_truncated_t / mp_proto_fun_t named proto_fun_*, and a bytecode function
    // without children only its fun_data when not saving (v1.23.0, e2ff00e811 and a3a73b64a3).
    bool fullRawCodes = false;
    // Without -q, the static qstrs whose C name differs from their text ("\n", "<module>",
    // "utf-8", ...) taken as missing from the firmware and frozen again (v1.22 and earlier,
    // fixed by 0432f73206).
    bool escapedStaticQstrsMissing = false;
    // The tool's MPY_SUB_VERSION: native code of another sub-version is refused (the release's).
    unsigned mpySubVersion = 3;
    // Escaped identifiers of the qstrs the firmware already has besides the static ones
    // (the Q(...) lines of the -q file).
    std::set<std::string> firmwareQstrIdents;
};

// Reads a preprocessed qstrdefs header (genhdr/qstrdefs.preprocessed.h, the -q file of
// mpy-tool.py): its QCFG(BYTES_IN_LEN/BYTES_IN_HASH, ...) lines and Q(...) lines.
bool parseQstrDefs(llvm::StringRef text, FreezeConfig& config, std::string& error);

struct FreezeModule {
    std::string sourcePath; // the input as given (the "original source file" comment)
    MpyFile file;           // read with MpyReadOptions::allowNative
};

struct FreezeOutput {
    std::string text;
    // Things that are valid C but probably not what was meant (an escaped-name collision
    // makes two different strings share one qstr, as in mpy-tool.py; a float too large for
    // float32 becomes infinity in the MICROPY_OBJ_REPR_C branch).
    std::vector<std::string> warnings;
};

// Freezes the modules in order. Returns false with `error` set (and no text) when they
// cannot be frozen into valid C.
bool freezeModules(const std::vector<FreezeModule>& modules, const FreezeConfig& config, FreezeOutput& out,
                   std::string& error);

} // namespace mpyc
