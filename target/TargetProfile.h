// The firmware releases mpyc compiles for: one TargetProfile per `--target` name, holding the
// release's .mpy format and the compiler decisions that changed between releases. Each decision
// is a TargetFeature, one row in TargetProfile.cpp's feature table naming the release (and
// MicroPython commit) that introduced it; a target has every feature of the MicroPython release
// whose compiler it follows. One code generator asks `target.has(...)`; there is no copy of it
// per release.
//
// A target is `available` once its output has been checked byte for byte against that
// release's mpy-cross (golden data in tests/targets, MicroPython's tests/ compiled with both);
// until then asking for it is an error that says so, never bytes that might be wrong.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

// Compiler decisions that changed, newest first. What each means, and where it came from, is in
// the feature table (TargetProfile.cpp); `featureSummary` gives its one line.
#define MPYC_TARGET_FEATURES(X) \
    X(TStrings) \
    X(EmptyFStringFieldIsError) \
    X(NestedFStrings) \
    X(FStringBraceRestartsLoop) \
    X(NulByteIsInvalid) \
    X(ConstFloatFolding) \
    X(FloatReprShortest) \
    X(LongDoubleFloatParser) \
    X(FloatMantissaInteger) \
    X(IntLeadingZeroIsError) \
    X(InlineAsmRv32) \
    X(RawFStrings) \
    X(AdjacentFStrings) \
    X(BigIntResultsNarrowed) \
    X(FinallyReservesReturnSlot) \
    X(NewlineAtLineEnd) \
    X(AsyncForIteratorOnStack) \
    X(FStringConversions) \
    X(ParenConditionEvaluated) \
    X(DeadCodeSuppressed) \
    X(WalrusTargetDeclared) \
    X(FStringArgsParenthesized) \
    X(NoDefaultNativeArch) \
    X(ConstTruthOfAnyConstant) \
    X(FloatTextPowerOfTen) \
    X(FloatZerosDeferred) \
    X(MpyV6Bytecode) \
    X(ConstTuples) \
    X(ConstOfAnyConstant) \
    X(MultipleStarArgs) \
    X(ClassAssignedNotClosed) \
    X(ParserChecksSmallIntBits) \
    X(BytesAreConstObjects) \
    X(FrozenProtoFunctions) \
    X(FreezeLongLongInts) \
    X(AsyncScopeFlag) \
    X(AwaitCallsDunderAwait) \
    X(YieldFromInAsyncIsError) \
    X(TracebackCrLf)

enum class TargetFeature : uint8_t {
#define MPYC_TARGET_FEATURE_ENUM(name) name,
    MPYC_TARGET_FEATURES(MPYC_TARGET_FEATURE_ENUM)
#undef MPYC_TARGET_FEATURE_ENUM
    Count
};

// The feature's name, as written above ("TStrings").
const char* featureName(TargetFeature f);

constexpr uint16_t kCircuitPythonOnly = 0;

struct TargetFeatureInfo {
    TargetFeature feature;
    uint16_t since;      // the first MicroPython release with it, as major * 100 + minor;
                         // kCircuitPythonOnly for a change CircuitPython made
    // text inline rather than pointers: a table of pointers is relocated page by page by every
    // process at start-up (a static PIE), used or not
    char commit[11];  // the MicroPython commit that introduced it
    char summary[48]; // one line: what a release with it does
};
const TargetFeatureInfo& featureInfo(TargetFeature f);

struct TargetProfile {
    const char* name;      // the --target name, e.g. "micropython-1.28"
    const char* reference; // the mpy-cross it matches, e.g. "MicroPython v1.28.0"
    const char* loadedBy;  // the firmware whose VM loads its bytecode .mpy files
    char headerMagic;      // the .mpy's first byte: 'M' (MicroPython), 'C' (CircuitPython)
    uint8_t mpyVersion;    // MPY_VERSION
    uint8_t mpySubVersion; // MPY_SUB_VERSION (what native code is checked against)
    uint16_t compilerRelease; // the MicroPython release whose compiler it follows (major * 100 + minor)
    bool available;        // its bytes are checked against the reference (see above)
    bool nativeAvailable;  // so are its native code, viper and inline assembler (-march)
    bool freezeAvailable;  // and its mpy-tool.py -f's frozen C (freeze, build --freeze)
    uint64_t features = 0; // bit per TargetFeature, from compilerRelease (TargetProfile.cpp)

    bool has(TargetFeature f) const { return (features >> unsigned(f)) & 1; }

    // sys.implementation._mpy on such a firmware without native code: version and sub-version
    // as py/persistentcode.h's MPY_FILE_HEADER_INT encodes them (the architecture's bits, from
    // 2 up in the second byte, are 0). In .mpy v5 the second byte's low bits are feature flags
    // instead: 0x02 for str as unicode, which every usual port has (v1.18's unix port: 2565,
    // the unicode flag and x64's arch).
    unsigned sysImplementationMpy() const {
        return mpyVersion | (unsigned(mpyVersion == 5 ? 0x02 : mpySubVersion) << 8);
    }
};

// The features the lexer, the parser and the optimizer read (the rest are the code generator's
// and the writer's): targets that agree on these get the same optimized AST from a source, so
// a build for several targets parses each module once per distinct value.
uint64_t frontendFeatures(const TargetProfile& t);

// Every target, newest first; the first is the default.
const std::vector<TargetProfile>& allTargets();
const TargetProfile& defaultTarget();
const TargetProfile* findTarget(const std::string& name);

// `--target=NAME` or `--target=mpy:VALUE` (sys.implementation._mpy as a board prints it, in
// decimal or 0x hex): the target, or nullptr with `error` saying why (an unknown name lists
// the known ones; a known but unavailable target says so).
const TargetProfile* resolveTarget(const std::string& spec, std::string& error);

// The targets whose firmware loads a .mpy with this header (magic, version, the feature byte's
// sub-version, and whether it holds native code): bytecode of a format version loads on every
// release of it; native code only where the sub-version matches. Oldest first.
std::vector<const TargetProfile*> targetsLoading(char magic, unsigned version, unsigned subVersion, bool native);

} // namespace mpyc
