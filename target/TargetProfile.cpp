// The release table; see TargetProfile.h. Facts from each release's py/persistentcode.h
// (MPY_VERSION, MPY_SUB_VERSION) and its git history, cited per switch.
//
// Who loads what (py/persistentcode.c mp_raw_code_load and mp_raw_code_save): a file without
// native code has 0 in its feature byte in every v6 release (the sub-version, which v1.20 put in
// the low two bits that v1.19 requires to be 0, d94141e147, is written only with native code),
// and the bytecode opcodes (py/bc0.h) have not changed since v1.19, so bytecode from any v6
// release loads on v1.19 and later. Native code loads only where the sub-version (and the
// architecture) match. v5 is the format of v1.12 to v1.18.
#include "target/TargetProfile.h"

#include <cstdlib>

namespace mpyc {

namespace {

// The feature table: one row per compiler decision that changed, with the release and commit
// that introduced it. Newest first.
constexpr TargetFeatureInfo kFeatures[] = {
    // PEP 750 t-strings t"..."; before, a syntax error.
    {TargetFeature::TStrings, 128, "d4751a164e", "t-strings t\"...\""},
    // The same commit made an empty f-string field (f'{}') a malformed f-string; before, it
    // formatted the empty tuple.
    {TargetFeature::EmptyFStringFieldIsError, 128, "d4751a164e", "f'{}' is a malformed f-string"},
    // An f-string in an f-string's braces: the lexer keeps a second buffer to inject from.
    // Before, one buffer both collected and fed the arguments, so an inner f-string's arguments
    // were appended to the text being fed back (and compiled).
    {TargetFeature::NestedFStrings, 128, "7ea88f7da2", "nested f-strings"},
    // After "{{" or a "{...}" field the lexer restarts its loop at the next character; before,
    // that character was taken as a literal, so f'{{' ran on past its closing quote.
    {TargetFeature::FStringBraceRestartsLoop, 128, "58436b2882", "f'{{' ends at its quote"},
    // A NUL byte in the source is an invalid byte; before, a character like any other (kept in
    // a string literal).
    {TargetFeature::NulByteIsInvalid, 128, "617c7dba3b", "a NUL byte is invalid"},
    // Constant folding of floats, and of math.pi/e/tau/inf/nan (MICROPY_COMP_CONST_FLOAT).
    // Before, only ints were folded, never `/` or `@`, and never `**`, `<<` or `>>` by a
    // negative number, or `%` or `//` by zero.
    {TargetFeature::ConstFloatFolding, 126, "69ead7d98e", "floats and math constants folded"},
    // A float constant's text in the .mpy is its shortest repr that reads back. Before, 16
    // significant digits from a digit loop in double, sometimes off in the last place
    // (frontend/FloatFormat.h formatFloatReprBefore126).
    {TargetFeature::FloatReprShortest, 126, "dbbaa959c8", "shortest float text"},
    // Float literals parsed in long double with MicroPython's own powers of ten. Before, in
    // double with the C library's pow(): 8.888e32 was one ulp away.
    {TargetFeature::LongDoubleFloatParser, 126, "e4e1c9f413", "float literals parsed in long double"},
    // The float parser's digits accumulate in a 64-bit integer; before, in a double, which
    // rounds long literals differently.
    {TargetFeature::FloatMantissaInteger, 125, "5fdd249c55", "float digits in an integer"},
    // An int literal with a leading zero ("01") is a syntax error; before, it read as decimal.
    {TargetFeature::IntLeadingZeroIsError, 125, "13b13d1fdd", "01 is a syntax error"},
    // @micropython.asm_rv32; before, an invalid micropython decorator.
    {TargetFeature::InlineAsmRv32, 125, "268acb714d", "@micropython.asm_rv32"},
    // Raw f-strings rf"..."; before, "raw f-strings are not supported".
    {TargetFeature::RawFStrings, 124, "3c8089d1b1", "raw f-strings"},
    // Adjacent f-strings f"a" f"b" share one .format(; before, each f-string started its own,
    // so the arguments read ".format(...,.format(...)".
    {TargetFeature::AdjacentFStrings, 124, "a066f2308f", "adjacent f-strings joined"},
    // A big int operation whose result fits a small int gives a small int (py/objint_mpz.c);
    // before, any operation with a big int operand, and `<<` by 64 or more, gave a big int
    // object whatever its value, so a folded `(1 << 70) >> 68` is a constant object.
    {TargetFeature::BigIntResultsNarrowed, 124, "557d31ed2c", "folded big ints narrowed"},
    // A finally block keeps a stack slot for the value of a return in the try part (also for
    // the `except E as e` cleanup); before, none, so n_state could be one short (v1.22.2's
    // b979c5a92a is this commit backported).
    {TargetFeature::FinallyReservesReturnSlot, 122, "28b18c43fe", "finally keeps a return slot"},
    // A newline token is placed at the end of the line it ends; before, blank lines, comments
    // and the next line's indent were skipped first, so it took the next token's line and
    // column (a syntax error at a line's end was reported on the next line), and a file whose
    // first line is blank or a comment and whose code is indented was an indentation error.
    {TargetFeature::NewlineAtLineEnd, 122, "c85db05244", "a newline token ends its own line"},
    // `async for` keeps the object __aiter__ returned on the stack; before, it was stored in a
    // variable named after the iterator expression (a local of its own unless it is a name).
    {TargetFeature::AsyncForIteratorOnStack, 121, "606ec9bfb1", "async for keeps its iterable on the stack"},
    // f'{x!r}' passes the conversion to str.format; before, "!r" stayed in the argument, so
    // the f-string was a syntax error.
    {TargetFeature::FStringConversions, 121, "b3cd41dd4b", "f-string conversions !r !s"},
    // A parenthesised tuple or generator expression as an if/while condition is evaluated;
    // before, it was taken as true without evaluating it (and `()` as false).
    {TargetFeature::ParenConditionEvaluated, 121, "1b980c9dbe", "(a, b) as a condition evaluated"},
    // Code after an unconditional jump, return or raise is not emitted, until the next label
    // (with e85a096302, which removed what came before): before, it was, and the compiler
    // left out an if-block's jump to the end, a for body's jump back and a function's final
    // `return None` when the last opcode was a return.
    {TargetFeature::DeadCodeSuppressed, 120, "a506335524", "dead code after a jump not emitted"},
    // The target of := in a comprehension is declared global or nonlocal there; before, the
    // store used the enclosing scope's variable as it is there (STORE_NAME at module level,
    // the enclosing function's slot number in a function).
    {TargetFeature::WalrusTargetDeclared, 120, "7c1584aef1", ":= in a comprehension declared"},
    // Each f-string argument is wrapped in parentheses: f"{a,b}" formats the tuple (a, b), and
    // f"{}" the empty tuple; before, the text was copied as it is (f"{}" a syntax error).
    {TargetFeature::FStringArgsParenthesized, 120, "fb8792c095", "f-string arguments parenthesised"},
    // mpy-cross without -march has no native architecture (@micropython.native is "invalid
    // arch"); before, it compiled native code for the host it runs on.
    {TargetFeature::NoDefaultNativeArch, 120, "f31a358eb2", "no native code without -march"},
    // Any constant decides an if/while condition, an `and`/`or` operand or a `not` at compile
    // time (`if None:`, `"" or x`); before, only True, False and small ints did.
    {TargetFeature::ConstTruthOfAnyConstant, 120, "25ff5b52d9", "any constant's truth folded"},
    // Float text finds the decimal exponent with pow(10, e), so 1eX no longer prints as
    // 9.99...eX-1; before, the value was scaled by tables of 1e±2^k (6.02e23 printed exactly).
    {TargetFeature::FloatTextPowerOfTen, 120, "6f4d424f46", "float text scaled by pow(10, e)"},
    // A float literal's zeros are held back until a later digit proves them significant, so
    // "1.000e-20" reads as 1e-20; before, each digit was taken as it came.
    {TargetFeature::FloatZerosDeferred, 120, "6cd2e41918", "float literal zeros deferred"},
    // The .mpy v6 format (f2040bfc7e): qstrs and constants in per-module tables, referred to by
    // vuint index, constants de-duplicated (8588525868), and jumps 1 or 2 bytes (538c3c0a55) with
    // JUMP_IF_x_OR_POP forward-only (6d11c69983). Before, v5: a qstr operand is 2 bytes (written
    // to the file through a window of recent qstrs), each function has its own constant table
    // (argument names, then one entry per LOAD_CONST_OBJ, then its children), every jump is 2
    // bytes and the prelude names the source file.
    {TargetFeature::MpyV6Bytecode, 119, "f2040bfc7e", ".mpy v6 bytecode and tables"},
    // A tuple of constants is one constant object (`(1, 2)`, `x = 1, "a"`); before, BUILD_TUPLE.
    {TargetFeature::ConstTuples, 119, "35c0cff92b", "constant tuples"},
    // `X = const(o)` takes any constant (str, bytes, float, tuple, None...); before, only an
    // int ("constant must be an integer").
    {TargetFeature::ConstOfAnyConstant, 119, "079f3e5e5b", "const() of any constant"},
    // A call may have several *args and **kwargs (a bitmap of star positions, ** as keywords
    // with a NULL key); before, at most one of each, passed after the keywords (a NULL for the
    // missing one), "can't have multiple *x", "non-keyword arg after */**" (783b1a868f,
    // 1e99d29f36).
    {TargetFeature::MultipleStarArgs, 119, "783b1a868f", "several *args and **kwargs in a call"},
    // A class body's assignment to a name makes it the class's own, so an inner function does
    // not close over it; before, an implicit global assigned in a class could be closed over.
    {TargetFeature::ClassAssignedNotClosed, 119, "590de399f0", "class-assigned names not closed over"},
    // The parser keeps an int literal or folded result as a small int only if it fits the
    // target's small int (-msmall-int-bits); before, the host's (63 bits on a 64-bit build), so
    // `if 1 << 40:` was decided at compile time.
    {TargetFeature::ParserChecksSmallIntBits, 119, "962ad8622e", "target small-int range in the parser"},
    // A bytes literal is a constant object in the parse tree; before, a short one (or one
    // already interned) was a qstr leaf like a string, so it set no line of its own.
    {TargetFeature::BytesAreConstObjects, 119, "3c7cab4e98", "bytes literals are constant objects"},
    // Freezing (tools/mpy-tool.py -f): functions as mp_raw_code_truncated_t / mp_proto_fun_t
    // (e2ff00e811, a3a73b64a3), and without -q every static qstr known to the firmware
    // (0432f73206). Before, a full mp_raw_code_t per function, and the static qstrs whose C
    // name differs from their text frozen again (FreezeConfig::fullRawCodes and
    // escapedStaticQstrsMissing).
    {TargetFeature::FrozenProtoFunctions, 123, "e2ff00e811", "frozen C as mpyc writes it"},
    // mpy-tool.py freezes big ints for -mlongint-impl=longlong; before, "freezing int to
    // long-long is not implemented".
    {TargetFeature::FreezeLongLongInts, 124, "b4213c9c92", "frozen long-long ints"},

    // CircuitPython's own changes (py/ marked CIRCUITPY-CHANGE; commits of adafruit/circuitpython).
    // An async def's scope has MP_SCOPE_FLAG_ASYNC (0x10, in the prelude's signature flags,
    // whose mask MP_SCOPE_FLAG_ALL_SIG is 0x1f there) besides the generator flag.
    {TargetFeature::AsyncScopeFlag, kCircuitPythonOnly, "51a79b1af7", "async def flagged 0x10 in the prelude"},
    // `await x` calls x.__await__() and yields from what it returns (LOAD_METHOD __await__,
    // CALL_METHOD 0, LOAD_CONST_NONE, YIELD_FROM); MicroPython yields from iter(x).
    {TargetFeature::AwaitCallsDunderAwait, kCircuitPythonOnly, "f13ea9a49f", "await calls __await__"},
    // `yield from` in an async def is a syntax error ("'yield from' inside async function").
    {TargetFeature::YieldFromInAsyncIsError, kCircuitPythonOnly, "f13ea9a49f", "no yield from in async def"},
    // mpy-cross's traceback ends its translated lines with "\r\n" (the first line, and a
    // frame's ", in BLOCK"); a frame without a block ends with "\n".
    {TargetFeature::TracebackCrLf, kCircuitPythonOnly, "3fda0c0a1b", "tracebacks end lines with CR LF"},
};
constexpr bool rowsInEnumOrder() {
    for (unsigned i = 0; i < sizeof(kFeatures) / sizeof(kFeatures[0]); ++i)
        if (kFeatures[i].feature != TargetFeature(i)) return false;
    return sizeof(kFeatures) / sizeof(kFeatures[0]) == size_t(TargetFeature::Count);
}
static_assert(rowsInEnumOrder(), "one row per TargetFeature, in the enum's order (featureInfo indexes by it)");

constexpr uint64_t kAllFeatures = (uint64_t(1) << unsigned(TargetFeature::Count)) - 1;

// The features of a MicroPython release's compiler.
uint64_t featuresOfRelease(uint16_t release) {
    uint64_t out = 0;
    for (const TargetFeatureInfo& f : kFeatures)
        if (f.since != kCircuitPythonOnly && release >= f.since) out |= uint64_t(1) << unsigned(f.feature);
    return out;
}

uint64_t circuitPythonFeatures() {
    uint64_t out = 0;
    for (const TargetFeatureInfo& f : kFeatures)
        if (f.since == kCircuitPythonOnly) out |= uint64_t(1) << unsigned(f.feature);
    return out;
}

TargetProfile micropython(const char* name, const char* reference, uint16_t release, uint8_t version,
                          uint8_t subVersion, bool available, bool nativeAvailable, bool freezeAvailable) {
    const char* loadedBy = version == 5 ? "MicroPython 1.12 to 1.18" : "MicroPython 1.19 and later";
    TargetProfile t{name, reference, loadedBy, 'M', version, subVersion, release, available, nativeAvailable,
                    freezeAvailable};
    t.features = featuresOfRelease(release) & kAllFeatures;
    return t;
}

// name, reference, the release (major * 100 + minor), .mpy version and sub-version, whether its
// bytecode, its native code and its frozen C are checked against the reference
const std::vector<TargetProfile> kTargets = {
    micropython("micropython-1.28", "MicroPython v1.28.0", 128, 6, 3, true, true, true),
    micropython("micropython-1.27", "MicroPython v1.27.0", 127, 6, 3, true, false, true),
    micropython("micropython-1.26", "MicroPython v1.26.1", 126, 6, 3, true, false, true),
    micropython("micropython-1.25", "MicroPython v1.25.0", 125, 6, 3, true, false, true),
    micropython("micropython-1.24", "MicroPython v1.24.1", 124, 6, 3, true, false, true),
    micropython("micropython-1.23", "MicroPython v1.23.0", 123, 6, 3, true, false, true),
    micropython("micropython-1.22", "MicroPython v1.22.2", 122, 6, 2, true, false, true),
    micropython("micropython-1.21", "MicroPython v1.21.0", 121, 6, 1, true, false, false),
    micropython("micropython-1.20", "MicroPython v1.20.0", 120, 6, 1, true, false, false),
    micropython("micropython-1.19", "MicroPython v1.19.1", 119, 6, 0, true, false, false),
    micropython("micropython-1.18", "MicroPython v1.18", 118, 5, 0, true, false, false),
    // CircuitPython 10.2.1 is MicroPython v1.27.0's compiler (py/mpconfig.h there) with its own
    // changes
    {"circuitpython-10", "CircuitPython 10.2.1", "CircuitPython 10", 'C', 6, 3, 127, true, false, false,
     featuresOfRelease(127) | circuitPythonFeatures()},
};

std::string knownNames() {
    std::string out;
    for (const TargetProfile& t : kTargets)
        out += (out.empty() ? "" : ", ") + std::string(t.name);
    return out;
}

} // namespace

uint64_t frontendFeatures(const TargetProfile& t) {
    static const TargetFeature kFrontend[] = {
        TargetFeature::TStrings,           TargetFeature::EmptyFStringFieldIsError,
        TargetFeature::NestedFStrings,     TargetFeature::FStringBraceRestartsLoop,
        TargetFeature::NulByteIsInvalid,   TargetFeature::ConstFloatFolding,
        TargetFeature::LongDoubleFloatParser, TargetFeature::FloatMantissaInteger,
        TargetFeature::IntLeadingZeroIsError, TargetFeature::RawFStrings,
        TargetFeature::AdjacentFStrings,   TargetFeature::BigIntResultsNarrowed,
        TargetFeature::NewlineAtLineEnd,   TargetFeature::FStringConversions,
        TargetFeature::FStringArgsParenthesized, TargetFeature::ConstTruthOfAnyConstant,
        TargetFeature::FloatZerosDeferred, TargetFeature::ConstTuples,
        TargetFeature::ConstOfAnyConstant, TargetFeature::ParserChecksSmallIntBits,
        TargetFeature::BytesAreConstObjects,
    };
    uint64_t mask = 0;
    for (TargetFeature f : kFrontend)
        mask |= uint64_t(1) << unsigned(f);
    return t.features & mask;
}

const char* featureName(TargetFeature f) {
    static const char kNames[][32] = { // inline, not pointers to relocate at start-up
#define MPYC_TARGET_FEATURE_NAME(name) #name,
        MPYC_TARGET_FEATURES(MPYC_TARGET_FEATURE_NAME)
#undef MPYC_TARGET_FEATURE_NAME
    };
    return unsigned(f) < unsigned(TargetFeature::Count) ? kNames[unsigned(f)] : "?";
}

const TargetFeatureInfo& featureInfo(TargetFeature f) {
    return kFeatures[unsigned(f)];
}

const std::vector<TargetProfile>& allTargets() {
    return kTargets;
}

const TargetProfile& defaultTarget() {
    return kTargets.front();
}

const TargetProfile* findTarget(const std::string& name) {
    for (const TargetProfile& t : kTargets)
        if (name == t.name) return &t;
    return nullptr;
}

std::vector<const TargetProfile*> targetsLoading(char magic, unsigned version, unsigned subVersion, bool native) {
    std::vector<const TargetProfile*> out;
    for (auto it = kTargets.rbegin(); it != kTargets.rend(); ++it)
        if (it->headerMagic == magic && it->mpyVersion == version && (!native || it->mpySubVersion == subVersion))
            out.push_back(&*it);
    return out;
}

const TargetProfile* resolveTarget(const std::string& spec, std::string& error) {
    const TargetProfile* found = nullptr;
    if (spec.rfind("mpy:", 0) == 0) {
        std::string text = spec.substr(4);
        char* end = nullptr;
        unsigned long value = text.empty() ? 0 : std::strtoul(text.c_str(), &end, 0);
        if (text.empty() || *end || value > 0xffff) {
            error = "--target=" + spec + ": expected mpy:VALUE, the number sys.implementation._mpy prints";
            return nullptr;
        }
        // v5's low bits are feature flags (unicode, map caches), not a sub-version
        unsigned version = value & 0xff, subVersion = version == 5 ? 0 : (value >> 8) & 3;
        // several releases share a format: the oldest this mpyc supports, whose compiler
        // accepts the least syntax the board's VM may not know
        const TargetProfile* oldest = nullptr;
        for (const TargetProfile& t : kTargets)
            if (t.headerMagic == 'M' && t.mpyVersion == version && t.mpySubVersion == subVersion) {
                oldest = &t;
                if (t.available) found = &t;
            }
        if (!found) found = oldest;
        if (!found) {
            error = "--target=" + spec + ": no MicroPython release has .mpy version " + std::to_string(version) +
                    "." + std::to_string(subVersion);
            return nullptr;
        }
    } else {
        found = findTarget(spec);
        if (!found) {
            error = "--target=" + spec + ": unknown target; the targets are " + knownNames() + " (mpyc targets)";
            return nullptr;
        }
    }
    if (!found->available) {
        error = "--target=" + std::string(found->name) + " (" + found->reference +
                "): not yet supported; this mpyc produces bytes checked against " + defaultTarget().reference +
                " only so far (mpyc targets)";
        return nullptr;
    }
    return found;
}

} // namespace mpyc
