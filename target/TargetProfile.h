// The firmware releases mpyc compiles for: one TargetProfile per `--target` name, holding the
// release's .mpy format and every compiler decision that changed between releases, each with
// the release (and MicroPython commit) that introduced it. One code generator reads these
// switches; there is no copy of it per release.
//
// A target is `available` once its output has been checked byte for byte against that
// release's mpy-cross (golden data in tests/golden/targets, MicroPython's tests/ compiled with
// both); until then asking for it is an error that says so, never bytes that might be wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

struct TargetProfile {
    const char* name;      // the --target name, e.g. "micropython-1.28"
    const char* reference; // the mpy-cross it matches, e.g. "MicroPython v1.28.0"
    const char* loadedBy;  // the firmware whose VM loads its bytecode .mpy files
    char headerMagic;      // the .mpy's first byte: 'M' (MicroPython), 'C' (CircuitPython)
    uint8_t mpyVersion;    // MPY_VERSION
    uint8_t mpySubVersion; // MPY_SUB_VERSION (what native code is checked against)
    bool available;        // its bytes are checked against the reference (see above)
    bool nativeAvailable;  // so are its native code, viper and inline assembler (-march)

    // Compiler decisions that changed, newest first. `true` means the release has it.
    bool tStrings; // PEP 750 t-strings t"..." (v1.28.0, d4751a164e); before: a syntax error.
                   // The same commit made an empty f-string field (f'{}') a malformed f-string;
                   // before, it formatted the empty tuple.
    // An f-string in an f-string's braces (v1.28.0, 7ea88f7da2): the lexer keeps a second
    // buffer to inject from. Before, one buffer both collected and fed the arguments, so an
    // inner f-string's arguments were appended to the text being fed back (and compiled).
    bool nestedFStrings;
    // After "{{" or a "{...}" field the lexer restarts its loop at the next character
    // (v1.28.0, 58436b2882); before, that character was taken as a literal, so f'{{' ran on
    // past its closing quote.
    bool fstringBraceRestartsLoop;
    // A NUL byte in the source is an invalid byte (v1.28.0, 617c7dba3b); before, a character
    // like any other (kept in a string literal).
    bool nulByteIsInvalid;
    // Constant folding of floats, and of math.pi/e/tau/inf/nan (v1.26.1, 69ead7d98e,
    // MICROPY_COMP_CONST_FLOAT). Before, only ints were folded, never `/` or `@`, and never
    // `**`, `<<` or `>>` by a negative number, or `%` or `//` by zero.
    bool constFloatFolding;
    // A float constant's text in the .mpy is its shortest repr that reads back (v1.26.1,
    // dbbaa959c8). Before, 16 significant digits from a digit loop in double, sometimes off in
    // the last place (frontend/FloatFormat.h formatFloatReprBefore126).
    bool floatReprShortest;
    // Float literals parsed in long double with MicroPython's own powers of ten (v1.26.1,
    // e4e1c9f413). Before, in double with the C library's pow(): 8.888e32 was one ulp away.
    bool longDoubleFloatParser;
    // The float parser's digits accumulate in a 64-bit integer (v1.25.0, 5fdd249c55); before,
    // in a double, which rounds long literals differently.
    bool floatMantissaInteger;
    // An int literal with a leading zero ("01") is a syntax error (v1.25.0, 13b13d1fdd); before,
    // it read as decimal.
    bool intLeadingZeroIsError;
    // @micropython.asm_rv32 (v1.25.0, 268acb714d); before, an invalid micropython decorator.
    bool inlineAsmRv32;
    // Raw f-strings rf"..." (v1.24.0, 3c8089d1b1); before, "raw f-strings are not supported".
    bool rawFStrings;
    // Adjacent f-strings f"a" f"b" share one .format( (v1.24.0, a066f2308f); before, each f-string
    // started its own, so the arguments read ".format(...,.format(...)".
    bool adjacentFStrings;

    // sys.implementation._mpy on such a firmware without native code: version and sub-version
    // as py/persistentcode.h's MPY_FILE_HEADER_INT encodes them (the architecture's bits, from
    // 2 up in the second byte, are 0).
    unsigned sysImplementationMpy() const { return mpyVersion | (unsigned(mpySubVersion) << 8); }
};

// Every target, newest first; the first is the default.
const std::vector<TargetProfile>& allTargets();
const TargetProfile& defaultTarget();
const TargetProfile* findTarget(const std::string& name);

// `--target=NAME` or `--target=mpy:VALUE` (sys.implementation._mpy as a board prints it, in
// decimal or 0x hex): the target, or nullopt with `error` saying why (an unknown name lists
// the known ones; a known but unavailable target says so).
const TargetProfile* resolveTarget(const std::string& spec, std::string& error);

// The targets whose firmware loads a .mpy with this header (magic, version, the feature byte's
// sub-version, and whether it holds native code): bytecode of a format version loads on every
// release of it; native code only where the sub-version matches. Oldest first.
std::vector<const TargetProfile*> targetsLoading(char magic, unsigned version, unsigned subVersion, bool native);

} // namespace mpyc
