// `mpyc freeze`: frozen C for firmware, the same text as MicroPython v1.28.0's
// `tools/mpy-tool.py -f` (firmware/FrozenWriter.h), from .mpy files and, in the same call,
// from .py files that it compiles in-process.
//
// The options are mpy-tool.py's own spellings (`-q FILE`, `-mlongint-impl=mpz`,
// `-mmpz-dig-size=16`, single dash) plus mpy-cross's for .py inputs (`-O<n>`, `-s NAME`),
// which CLI11 cannot express, so they are parsed here by hand. `-s` and `-O` are positional:
// `-s` names the .py input that follows it, `-O<n>` holds for the .py inputs after it, so one
// call can freeze a whole manifest (where each package has its own opt level).
#include "cli/Commands.h"
#include "target/TargetProfile.h"

#include "cli/CompilerFlags.h"
#include "cli/Files.h"
#include "cli/Suggest.h"
#include "codegen/Compiler.h"
#include "firmware/FrozenWriter.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace mpyc {

namespace {

const char kFreezeUsage[] =
    "usage: mpyc freeze [-o OUT.c] [-q QSTRDEFS_PREPROCESSED_H] [-mlongint-impl=none|longlong|mpz]\n"
    "                   [-mmpz-dig-size=8|16|32] [--exact-floats] [-O<n>] [-s NAME] FILE.mpy|FILE.py...\n"
    "\n"
    "Writes the frozen C that MicroPython's `tools/mpy-tool.py -f` writes for the same inputs and\n"
    "options (stdout unless -o is given).\n"
    "\n"
    "  -o FILE            write the C to FILE (atomically; nothing is written on error)\n"
    "  -q FILE            the firmware's preprocessed qstr header (genhdr/qstrdefs.preprocessed.h):\n"
    "                     its qstrs are not repeated, its QCFG lines set the hash and length sizes\n"
    "  -mlongint-impl=X   the firmware's MICROPY_LONGINT_IMPL: none, longlong or mpz (default)\n"
    "  -mmpz-dig-size=N   the firmware's MPZ_DIG_SIZE (default 16)\n"
    "  -O<n>              optimisation level (as mpy-cross) for the .py inputs after it\n"
    "  -msmall-int-bits=N, -march=ARCH, -march-flags=FLAGS, -X source-lines|no-source-lines\n"
    "                     as mpy-cross, for every .py input\n"
    "  -s NAME            source name embedded for the next .py input (default: its path), e.g.\n"
    "                     -s pkg/__init__.py pkg/__init__.py; also --module-name NAME\n"
    "  FILE.mpy           a .mpy file from any compiler\n"
    "  FILE.py            compiled in-process as `mpy-cross -s NAME -O<n> FILE.py` would\n"
    "  --exact-floats     write float constants with the digits that give back the same double\n"
    "                     (mpy-tool.py's %.16g turns 0.1 + 0.2 into 0.3; off: identical output)\n"
    "  --time             print how long reading and freezing took (on stderr)\n"
    "  --target=NAME      the firmware release (mpyc targets): .py inputs compile for it; the\n"
    "                     frozen C is that of v1.23.0 to v1.28.0's mpy-tool.py (older: refused)\n";

struct FreezeInputArg {
    std::string path;
    std::string sourceName; // .py only; empty: the path
    unsigned optLevel = 0;  // .py only: the -O in force where it was named
};

struct FreezeArgs {
    std::string output;
    std::string qstrHeader;
    FreezeConfig config;
    std::vector<FreezeInputArg> inputs;
    bool timing = false;
    // mpy-cross's compiler options, for every .py input (-O is per input, above)
    CompileOptions compile;
    EmitterOptions emitter;
};

// Exit code 1, as every usage error of every subcommand (2 is the size gate's alone).
int usageError(const std::string& message) {
    std::fprintf(stderr, "mpyc freeze: %s\nRun 'mpyc freeze --help' for the options.\n", message.c_str());
    return 1;
}

const std::vector<std::string>& freezeOptionSpellings() {
    static const std::vector<std::string> spellings = {"-o",
                                                       "--target=",
                                                       "-q",
                                                       "-mlongint-impl=",
                                                       "-mmpz-dig-size=",
                                                       "-msmall-int-bits=",
                                                       "-march=",
                                                       "-march-flags=",
                                                       "-X",
                                                       "--exact-floats",
                                                       "-O",
                                                       "-s",
                                                       "--time",
                                                       "-h",
                                                       "--help"};
    return spellings;
}

// Accepts "-opt=value" and "-opt value".
bool optionValue(const std::vector<std::string>& args, size_t& i, const std::string& name,
                 std::string& value) {
    const std::string& a = args[i];
    if (a == name) {
        if (i + 1 >= args.size()) return false;
        value = args[++i];
        return true;
    }
    if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=') {
        value = a.substr(name.size() + 1);
        return true;
    }
    return false;
}

bool endsWith(const std::string& s, const char* suffix) {
    size_t n = std::strlen(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Parses the arguments; returns -1 to go on, otherwise the exit code.
int parseArgs(const std::vector<std::string>& args, FreezeArgs& out) {
    std::string pendingName;
    bool havePendingName = false, optionsActive = true;
    unsigned optLevel = 0;
    std::string march;
    std::optional<std::string> marchFlags;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        std::string v;
        if (!optionsActive || a.empty() || a[0] != '-' || a == "-") {
            if (a == "-") return usageError("reading from stdin is not supported; name the files");
            FreezeInputArg in{a, "", optLevel};
            if (havePendingName) {
                if (!endsWith(a, ".py")) return usageError("-s names a .py input, but " + a + " follows it");
                in.sourceName = pendingName;
                havePendingName = false;
            }
            out.inputs.push_back(in);
        } else if (a == "--") {
            optionsActive = false;
        } else if (a == "-h" || a == "--help") {
            std::fputs(kFreezeUsage, stdout);
            return 0;
        } else if (optionValue(args, i, "-o", v)) {
            out.output = v;
        } else if (optionValue(args, i, "-q", v) || optionValue(args, i, "--qstr-header", v)) {
            out.qstrHeader = v;
        } else if (optionValue(args, i, "-mlongint-impl", v)) {
            if (v == "none")
                out.config.longInt = FreezeConfig::LongInt::None;
            else if (v == "longlong")
                out.config.longInt = FreezeConfig::LongInt::LongLong;
            else if (v == "mpz")
                out.config.longInt = FreezeConfig::LongInt::Mpz;
            else
                return usageError("-mlongint-impl must be none, longlong or mpz, not '" + v + "'");
        } else if (optionValue(args, i, "-mmpz-dig-size", v)) {
            if (v != "8" && v != "16" && v != "32")
                return usageError(
                    "-mmpz-dig-size must be 8, 16 or 32 (MicroPython's mpz digit sizes), not '" + v + "'");
            out.config.mpzDigitBits = static_cast<unsigned>(std::stoul(v));
        } else if (optionValue(args, i, "-s", v) || optionValue(args, i, "--module-name", v)) {
            if (havePendingName)
                return usageError("two -s options in a row: each names the .py input after it");
            pendingName = forwardSlashes(v);
            havePendingName = true;
        } else if (a.compare(0, 2, "-O") == 0) {
            if (a.size() == 3 && a[2] >= '0' && a[2] <= '9') {
                optLevel = static_cast<unsigned>(a[2] - '0');
            } else if (a.find_first_not_of('O', 1) == std::string::npos) {
                optLevel = static_cast<unsigned>(a.size() - 1);
            } else {
                return usageError("unknown option '" + a + "'" + didYouMean(a, freezeOptionSpellings()));
            }
        } else if (optionValue(args, i, "-msmall-int-bits", v)) {
            char* end = nullptr;
            unsigned long bits = std::strtoul(v.c_str(), &end, 0);
            if (v.empty() || *end) return usageError("-msmall-int-bits needs a number, not '" + v + "'");
            out.compile.smallIntBits = static_cast<unsigned>(bits);
        } else if (optionValue(args, i, "-march", v)) {
            march = v;
        } else if (optionValue(args, i, "-march-flags", v)) {
            marchFlags = v;
        } else if (a == "-X" && i + 1 < args.size()) {
            std::string error;
            if (!applyXOption(args[++i], out.compile, error)) return usageError(error);
        } else if (optionValue(args, i, "--target", v)) {
            // the frozen C of v1.23.0 to v1.28.0's mpy-tool.py; older releases' is not matched yet
            std::string error;
            const TargetProfile* target = resolveTarget(v, error);
            if (!target) return usageError(error);
            if (!freezeSupported(*target, error)) return usageError(error);
            out.compile.target = target;
            out.config.longLongInts = target->has(TargetFeature::FreezeLongLongInts);
            out.config.fullRawCodes = !target->has(TargetFeature::FrozenProtoFunctions);
            out.config.escapedStaticQstrsMissing = !target->has(TargetFeature::FrozenProtoFunctions);
            out.config.mpySubVersion = target->mpySubVersion;
        } else if (a == "--exact-floats") {
            out.config.exactFloats = true;
        } else if (a == "--time") {
            out.timing = true;
        } else {
            return usageError("unknown option '" + a + "'" + didYouMean(a, freezeOptionSpellings()));
        }
    }
    std::string error;
    if (!applyTargetOptions(march, marchFlags ? &*marchFlags : nullptr, out.emitter, error))
        return usageError(error);
    if (havePendingName) return usageError("-s " + pendingName + " is not followed by a .py input");
    if (out.inputs.empty()) return usageError("no input files");
    return -1;
}

// Reads or compiles one input into `module`; prints its own errors.
bool loadInput(const FreezeInputArg& in, const FreezeArgs& a, FreezeModule& module) {
    std::string data;
    if (!readFile(in.path, data)) {
        std::fprintf(stderr, "mpyc freeze: cannot read %s: %s\n", in.path.c_str(), std::strerror(errno));
        return false;
    }
    module.sourcePath = in.path;
    std::vector<uint8_t> bytes;
    if (endsWith(in.path, ".py")) {
        CompileInput input;
        input.source = data;
        input.inputPath = forwardSlashes(in.path);
        input.sourceName = in.sourceName.empty() ? input.inputPath : in.sourceName;
        CompileOptions options = a.compile;
        options.optLevel = in.optLevel;
        CompileResult result = compileModule(input, options, a.emitter);
        if (result.error) {
            std::vector<Diagnostic> diags{*result.error};
            std::string file = result.error->file.empty() ? input.sourceName : result.error->file;
            std::string text =
                renderDiagnostics(diags, ErrorFormat::Rich, file, input.source, isatty(STDERR_FILENO) != 0);
            std::fwrite(text.data(), 1, text.size(), stderr);
            return false;
        }
        bytes = std::move(result.mpy);
    } else {
        bytes.assign(data.begin(), data.end());
    }
    std::string error;
    MpyReadOptions options;
    options.allowNative = true;
    std::optional<MpyFile> file = readMpy(bytes, error, options);
    if (!file) {
        std::fprintf(stderr, "mpyc freeze: %s: %s\n", in.path.c_str(), error.c_str());
        return false;
    }
    module.file = std::move(*file);
    return true;
}

int runFreeze(const std::vector<std::string>& args) {
    FreezeArgs a;
    int rc = parseArgs(args, a);
    if (rc >= 0) return rc;
    auto start = std::chrono::steady_clock::now();
    if (!a.qstrHeader.empty()) {
        std::string text, error;
        if (!readFile(a.qstrHeader, text)) {
            std::fprintf(stderr, "mpyc freeze: cannot read %s: %s\n", a.qstrHeader.c_str(),
                         std::strerror(errno));
            return 1;
        }
        if (!parseQstrDefs(text, a.config, error)) {
            std::fprintf(stderr, "mpyc freeze: %s: %s\n", a.qstrHeader.c_str(), error.c_str());
            return 1;
        }
    }
    std::vector<FreezeModule> modules(a.inputs.size());
    for (size_t i = 0; i < a.inputs.size(); ++i)
        if (!loadInput(a.inputs[i], a, modules[i])) return 1;
    auto loaded = std::chrono::steady_clock::now();

    FreezeOutput out;
    std::string error;
    if (!freezeModules(modules, a.config, out, error)) {
        std::fprintf(stderr, "mpyc freeze: %s\n", error.c_str());
        return 1;
    }
    for (const std::string& w : out.warnings)
        std::fprintf(stderr, "mpyc freeze: warning: %s\n", w.c_str());
    if (a.output.empty() || a.output == "-") {
        if (std::fwrite(out.text.data(), 1, out.text.size(), stdout) != out.text.size() ||
            std::fflush(stdout) != 0) {
            std::fprintf(stderr, "mpyc freeze: cannot write to stdout: %s\n", std::strerror(errno));
            return 1;
        }
    } else if (!writeFileAtomically(a.output, out.text)) {
        std::fprintf(stderr, "mpyc freeze: cannot write %s: %s\n", a.output.c_str(), std::strerror(errno));
        return 1;
    }
    if (a.timing) {
        auto done = std::chrono::steady_clock::now();
        auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
        std::fprintf(stderr, "mpyc freeze: %zu modules: read/compile %.1f ms, freeze+write %.1f ms\n",
                     modules.size(), ms(loaded - start), ms(done - loaded));
    }
    return 0;
}

} // namespace

Command addFreezeCommand(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("freeze", "frozen C for firmware from .mpy/.py files, identical to "
                                                 "mpy-tool.py -f (see `mpyc freeze -h`)");
    cmd->prefix_command();
    cmd->allow_extras();
    cmd->set_help_flag(); // -h goes to our own parser, which prints the full usage
    return {cmd, [cmd] { return runFreeze(cmd->remaining()); }};
}

} // namespace mpyc
