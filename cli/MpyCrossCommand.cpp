// mpy-cross compatible compile command; see MpyCrossCommand.h.
//
// The option grammar is mpy-cross's own (`-O3`, `-OO`, `-X emit=...`,
// `-msmall-int-bits=N`), which a general-purpose option library does not express, so it
// is parsed here by hand: unknown options print the usage on stdout and exit 1, exactly
// like the reference.
#include "cli/MpyCrossCommand.h"
#include "firmware/SizeReport.h"

#include "cli/Commands.h"

#include "cli/CompilerFlags.h"
#include "cli/Files.h"
#include "cli/Suggest.h"
#include "firmware/CArrayWriter.h"
#include "codegen/Compiler.h"
#include "mpy/MpyReader.h"
#include "frontend/Limits.h"
#include "optimizer/ConstAdvice.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace mpyc {

namespace {

// The reference's usage text (mpy-cross/main.c), byte for byte under its name; `mpyc compile`
// adds its own options.
int usage(const char* prog, bool mpyCrossName) {
    std::printf(
        "usage: %s [<opts>] [-X <implopt>] [--] <input filename>\n"
        "Options:\n"
        "--version : show version information\n"
        "-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or "
        "stdout if input is stdin)\n"
        "-s : source filename to embed in the compiled bytecode (defaults to input file)\n"
        "-v : verbose (trace various operations); can be multiple\n"
        "-O[N] : apply bytecode optimizations of level N\n"
        "\n"
        "Target specific options:\n"
        "-msmall-int-bits=number : set the maximum bits used to encode a small-int\n"
        "-march=<arch> : set architecture for native emitter;\n"
        "                x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp,\n"
        "                armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug\n"
        "-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a "
        "comma-separated flags string)\n"
        "                       supported flags for rv32imc: zba, zcmp\n"
        "\n"
        "Implementation specific options:\n"
        "  emit={bytecode,native,viper} -- set the default code emitter\n"
        "  heapsize=<n> -- set the heap size for the GC (default 2097152)\n",
        prog);
    if (!mpyCrossName)
        std::printf(
            "\n"
            "mpyc options:\n"
            "--error-format=mpy-cross|rich|json : how errors are reported\n"
            "--warnings / --no-warnings : show or hide warnings (shown unless named mpy-cross)\n"
            "--explain-consts : list the const() declarations and what each saves\n"
            "--target=NAME : the firmware release to compile for (mpyc targets lists them; default\n"
            "                micropython-1.28), or --target=mpy:VALUE with sys.implementation._mpy\n"
            "-h, --help : show this help (exit 0)\n"
            "-X source-lines / -X no-source-lines : keep or drop line-number tables whatever -O says\n"
            "--format=mpy|c-array : write .mpy bytes (default) or C arrays of them (several inputs, .mpy\n"
            "                       inputs taken as they are, an index table, stdout unless -o)\n");
    std::fflush(stdout);
    return 1;
}

// A command line the compile command cannot take. Under the `mpy-cross` name the reference's
// answer: its usage on stdout, exit 1. As `mpyc compile`, what was wrong, on stderr, and
// where the options are listed.
int badUsage(const char* prog, bool mpyCrossName, const std::string& what) {
    if (mpyCrossName) return usage(prog, true);
    std::fprintf(stderr, "%s: %s\nRun '%s -h' for the options.\n", prog, what.c_str(), prog);
    return 1;
}

const std::vector<std::string>& compileOptionSpellings() {
    static const std::vector<std::string> spellings = {"-o",
                                                       "-s",
                                                       "-v",
                                                       "-O",
                                                       "-X",
                                                       "--version",
                                                       "-h",
                                                       "--help",
                                                       "-march=",
                                                       "-march-flags=",
                                                       "-msmall-int-bits=",
                                                       "--error-format=",
                                                       "--explain-consts",
                                                       "--target=",
                                                       "--warnings",
                                                       "--no-warnings",
                                                       "--format=",
                                                       "--"};
    return spellings;
}

// A file that cannot be read or written. In the reference's form (the `mpy-cross` name, or
// --error-format=mpy-cross) exactly what its uncaught-exception handler prints: an open that
// failed is `OSError: (errno, "can't open PATH")`, a read that failed after the open (a
// folder) `OSError: errno`. Otherwise a diagnostic naming the file and the system's reason,
// in the chosen format. A write that failed after the open has no reference text (it exits 0
// with a truncated file); mpyc says so.
enum class FileAction { Read, Write };
void reportFileError(const std::string& path, int err, bool openFailed, FileAction action,
                     ErrorFormat format) {
    std::string reason = std::strerror(err);
    if (err == EFBIG) reason += " (at most 4 GiB - 1 bytes of source)"; // limits::kMaxSourceBytes
    if (format == ErrorFormat::MpyCross) {
        if (err == EFBIG) {
            // mpyc's own limit; the reference runs out of heap first
            std::fprintf(stderr, "error: %s: %s\n", path.c_str(), reason.c_str());
        } else if (openFailed) {
            std::fprintf(stderr, "OSError: (%d, \"can't open %s\")\n", err, path.c_str());
        } else if (action == FileAction::Read) {
            std::fprintf(stderr, "OSError: %d\n", err);
        } else {
            std::fprintf(stderr, "error: cannot write %s: %s\n", path.c_str(), reason.c_str());
        }
        return;
    }
    Diagnostic d;
    d.errorClass = "OSError";
    d.hasTraceback = false;
    d.file = path;
    d.message = std::string(action == FileAction::Write ? "cannot write"
                            : openFailed                ? "cannot open"
                                                        : "cannot read") +
                ": " + reason;
    std::string text = renderDiagnostics({d}, format, path, "", isatty(STDERR_FILENO) != 0);
    std::fwrite(text.data(), 1, text.size(), stderr);
}

bool readInput(const std::string& path, std::string& source, ErrorFormat format) {
    bool openFailed = false;
    bool ok = path == "<stdin>" ? readAll(STDIN_FILENO, source) : readFile(path, source, &openFailed);
    if (!ok) reportFileError(path, errno, openFailed, FileAction::Read, format);
    return ok;
}

// The input of a compile: a regular file of at least kMapFromBytes is mapped (its pages given
// back as a streaming compile moves past them, CompileInput::sourceConsumed), anything else read.
constexpr size_t kMapFromBytes = 32 * 1024;

bool loadInput(const std::string& path, CompileInput& input, MappedFile& mapped, ErrorFormat format) {
    if (path != "<stdin>") {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && uint64_t(st.st_size) >= kMapFromBytes &&
            uint64_t(st.st_size) <= limits::kMaxSourceBytes && mapped.map(fd, static_cast<size_t>(st.st_size))) {
            ::close(fd);
            input.sourceView = llvm::StringRef(mapped.data(), mapped.size());
            input.sourceConsumed = [&mapped](size_t offset) { mapped.release(offset); };
            return true;
        }
        if (fd >= 0) ::close(fd);
    }
    return readInput(path, input.source, format);
}

// The reference makes the input path and the output path qstrs (mpy-cross/main.c), so a path
// longer than a qstr can be is its "RuntimeError: name too long", like any long name.
bool pathTooLong(const std::string& path, const char* what, ErrorFormat errorFormat) {
    if (path.size() <= limits::kMaxQstrBytes) return false;
    Diagnostic d;
    d.errorClass = "RuntimeError";
    d.message = "name too long";
    d.hasTraceback = false;
    d.hint = std::string("the ") + what + " is " + std::to_string(path.size()) +
             " bytes long; mpy-cross keeps it as a qstr, of at most " +
             std::to_string(limits::kMaxQstrBytes) + " bytes";
    d.file = path;
    std::string text = renderDiagnostics({d}, errorFormat, path, "", isatty(STDERR_FILENO) != 0);
    std::fwrite(text.data(), 1, text.size(), stderr);
    return true;
}

// An output that could not be opened is reported as the reference reports it; one that was
// opened but not fully written (a full disk or device) the reference reports not at all, and
// exits 0 with a truncated file: mpyc says so and exits 1.
int writeOutput(const std::string& path, const std::string& data, ErrorFormat format) {
    bool openFailed = false;
    if (writeFileAtomically(path, data, &openFailed)) return 0;
    reportFileError(path, errno, openFailed, FileAction::Write, format);
    return 1;
}

int writeOutputToStdout(const std::string& data) {
    if (writeStdout(data)) return 0;
    std::fprintf(stderr, "error: cannot write to stdout: %s\n", std::strerror(errno));
    return 1;
}

// --format=c-array: each input compiled (a .mpy input checked and taken as it is), all of
// them written as one C file of arrays (firmware/CArrayWriter.h), to stdout unless -o.
int runCArray(const std::vector<std::string>& inputs, const CompileOptions& options,
              const EmitterOptions& emitter, ErrorFormat errorFormat, const std::string* sourceName,
              const char* outputFile) {
    std::vector<CArrayImage> images;
    for (const std::string& inputPath : inputs) {
        CompileInput input;
        bool fromStdin = inputPath == "-";
        input.inputPath = fromStdin ? "<stdin>" : inputPath;
        if (!readInput(input.inputPath, input.source, errorFormat)) return 1;
        input.sourceName = sourceName ? *sourceName : input.inputPath;
        CArrayImage image;
        if (inputPath.size() > 4 && inputPath.compare(inputPath.size() - 4, 4, ".mpy") == 0) {
            image.mpy.assign(input.source.begin(), input.source.end());
            std::string error;
            MpyReadOptions readOptions;
            readOptions.allowNative = true;
            std::optional<MpyFile> file = readMpy(image.mpy, error, readOptions);
            if (!file || !checkBytecode(*file, error)) {
                std::fprintf(stderr, "%s: not a usable .mpy file: %s\n", inputPath.c_str(), error.c_str());
                return 1;
            }
            image.sourceName = sourceName ? *sourceName : file->qstrs.empty() ? inputPath : file->qstrs[0];
        } else {
            CompileResult result = compileModule(input, options, emitter);
            if (result.error) {
                std::string file = result.error->file.empty() ? input.sourceName : result.error->file;
                std::string text = renderDiagnostics(result.diagnostics, errorFormat, file, input.source,
                                                     isatty(STDERR_FILENO) != 0,
                                                     options.target->has(TargetFeature::TracebackCrLf));
                std::fwrite(text.data(), 1, text.size(), stderr);
                return 1;
            }
            image.sourceName = input.sourceName;
            image.mpy = std::move(result.mpy);
        }
        images.push_back(std::move(image));
    }
    std::string text = writeCArrays(images);
    if (!outputFile || std::strcmp(outputFile, "-") == 0) return writeOutputToStdout(text);
    return writeOutput(outputFile, text, errorFormat);
}

} // namespace

int runMpyCrossCommand(int argc, char** argv, bool mpyCrossName) {
    const char* prog = argv[0];
    CompileOptions options;
    EmitterOptions emitter;
    ErrorFormat errorFormat = mpyCrossName ? ErrorFormat::MpyCross : ErrorFormat::Rich;
    const char* inputFile = nullptr;
    const char* outputFile = nullptr;
    std::string sourceFile;
    bool haveSourceFile = false;
    std::string arch;
    const char* archFlagsText = nullptr;
    const char* unicodeOption = nullptr; // -mno-unicode / -municode, for micropython-1.18
    bool explainConstants = false;
    bool showWarnings = !mpyCrossName;
    // --format=c-array takes several inputs, so it is known before the inputs are seen
    bool cArray = false;
    std::vector<std::string> cArrayInputs;
    for (int a = 1; a < argc && std::strcmp(argv[a], "--") != 0; a++)
        if (std::strcmp(argv[a], "--format=c-array") == 0) cArray = true;

    // -X options are processed first, as the reference does.
    for (int a = 1; a < argc; a++) {
        if (std::strcmp(argv[a], "-X") != 0) continue;
        if (a + 1 >= argc) return badUsage(prog, mpyCrossName, "option '-X' needs a value");
        std::string x = argv[a + 1];
        if (x == "emit=bytecode") {
            emitter.defaultEmit = EmitKind::Bytecode;
        } else if (x == "emit=native") {
            emitter.defaultEmit = EmitKind::Native;
        } else if (x == "emit=viper") {
            emitter.defaultEmit = EmitKind::Viper;
        } else if (x.rfind("heapsize=", 0) == 0) {
            // accepted and ignored: mpyc has no fixed heap
        } else if (x == "source-lines") {
            options.sourceLines = true;
        } else if (x == "no-source-lines") {
            options.sourceLines = false;
        } else {
            return badUsage(prog, mpyCrossName,
                            "unknown option '-X " + x +
                                "' (emit=bytecode|native|viper, heapsize=N, source-lines, no-source-lines)");
        }
        a++;
    }

    bool optionsActive = true;
    for (int a = 1; a < argc; a++) {
        const char* arg = argv[a];
        if (optionsActive && arg[0] == '-' && arg[1] != '\0') {
            if (std::strcmp(arg, "-X") == 0) {
                a += 1;
            } else if (std::strcmp(arg, "--version") == 0) {
                std::printf("mpyc 0.1.0 (MicroPython v1.28.0 compatible); mpy-cross emitting mpy v6.3\n");
                return 0;
            } else if (std::strcmp(arg, "-v") == 0) {
                // accepted; the reference prints nothing more for it
            } else if (std::strncmp(arg, "-O", 2) == 0) {
                if (arg[2] >= '0' && arg[2] <= '9') {
                    options.optLevel = arg[2] & 0xf;
                } else {
                    options.optLevel = 0;
                    for (const char* p = arg + 1; *p == 'O'; ++p)
                        options.optLevel++;
                }
            } else if (!mpyCrossName && (std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help") == 0)) {
                usage(prog, false);
                return 0;
            } else if (std::strcmp(arg, "-o") == 0) {
                if (a + 1 >= argc) return badUsage(prog, mpyCrossName, "option '-o' needs a file name");
                outputFile = argv[++a];
            } else if (std::strcmp(arg, "-s") == 0) {
                if (a + 1 >= argc) return badUsage(prog, mpyCrossName, "option '-s' needs a source name");
                sourceFile = forwardSlashes(argv[++a]);
                haveSourceFile = true;
            } else if (std::strncmp(arg, "-msmall-int-bits=", 17) == 0) {
                char* end;
                long bits = std::strtol(arg + 17, &end, 0);
                if (*end || end == arg + 17)
                    return badUsage(prog, mpyCrossName,
                                    std::string("-msmall-int-bits needs a number, not '") + (arg + 17) + "'");
                options.smallIntBits = static_cast<unsigned>(bits);
            } else if (std::strncmp(arg, "-march=", 7) == 0) {
                if (!knownArch(arg + 7))
                    return badUsage(prog, mpyCrossName,
                                    std::string("unknown architecture '") + (arg + 7) + "' (" +
                                        kArchListText + ")");
                emitter.haveNativeArch = true;
                arch = arg + 7;
                emitter.arch = arch;
            } else if (std::strncmp(arg, "-march-flags=", 13) == 0) {
                archFlagsText = arg + 13;
            } else if (std::strncmp(arg, "--error-format=", 15) == 0) {
                std::string f = arg + 15;
                if (f == "mpy-cross") {
                    errorFormat = ErrorFormat::MpyCross;
                } else if (f == "rich") {
                    errorFormat = ErrorFormat::Rich;
                } else if (f == "json") {
                    errorFormat = ErrorFormat::Json;
                } else {
                    return badUsage(prog, mpyCrossName,
                                    "unknown error format '" + f + "' (mpy-cross, rich or json)");
                }
            } else if (std::strcmp(arg, "--explain-consts") == 0) {
                explainConstants = true;
            } else if (std::strncmp(arg, "--target=", 9) == 0) {
                std::string error;
                const TargetProfile* target = resolveTarget(arg + 9, error);
                if (!target) return badUsage(prog, mpyCrossName, error);
                options.target = target;
            } else if (std::strcmp(arg, "-mno-unicode") == 0 || std::strcmp(arg, "-municode") == 0) {
                // v1.18's mpy-cross only (checked below, once the target is known)
                unicodeOption = arg;
                options.strUnicode = std::strcmp(arg, "-municode") == 0;
            } else if (std::strcmp(arg, "--no-warnings") == 0) {
                showWarnings = false;
            } else if (std::strcmp(arg, "--warnings") == 0) {
                showWarnings = true;
            } else if (std::strcmp(arg, "--") == 0) {
                optionsActive = false;
            } else if (std::strcmp(arg, "--format=c-array") == 0 || std::strcmp(arg, "--format=mpy") == 0) {
                // handled before the loop
            } else if (std::strncmp(arg, "--format=", 9) == 0) {
                return badUsage(prog, mpyCrossName,
                                std::string("unknown output format '") + (arg + 9) + "' (mpy or c-array)");
            } else {
                return badUsage(prog, mpyCrossName,
                                std::string("unknown option '") + arg + "'" +
                                    didYouMean(arg, compileOptionSpellings()));
            }
        } else {
            if (cArray) cArrayInputs.push_back(forwardSlashes(arg));
            if (inputFile && !cArray) {
                std::fprintf(stderr, "multiple input files\n");
                std::exit(1);
            }
            inputFile = arg;
        }
    }

    // -mno-unicode / -municode: options of v1.18's mpy-cross, unknown to later ones
    if (unicodeOption && options.target->mpyVersion != 5)
        return badUsage(prog, mpyCrossName,
                        std::string("unknown option '") + unicodeOption + "' (only micropython-1.18's mpy-cross has it)");
    // flags without an architecture are ignored, as in the reference
    if (archFlagsText && emitter.haveNativeArch && !parseArchFlags(arch, archFlagsText, emitter.archFlags)) {
        std::fprintf(stderr, "unrecognised arch flags\n");
        return 1;
    }
    if (std::string error; !checkNativeTarget(options, emitter, error)) return badUsage(prog, mpyCrossName, error);
    if ((emitter.defaultEmit == EmitKind::Native || emitter.defaultEmit == EmitKind::Viper) &&
        !emitter.haveNativeArch) {
        std::fprintf(stderr, "arch not specified\n");
        return 1;
    }
    if (!inputFile) {
        std::fprintf(stderr, "no input file\n");
        return 1;
    }
    if (cArray) {
        if (haveSourceFile && cArrayInputs.size() > 1) {
            std::fprintf(stderr, "-s names one input; with several, each is named by its path\n");
            return 1;
        }
        return runCArray(cArrayInputs, options, emitter, errorFormat, haveSourceFile ? &sourceFile : nullptr,
                         outputFile);
    }

    MappedFile mapped; // outlives `input`, which may refer to it
    CompileInput input;
    std::string inputPath = forwardSlashes(inputFile);
    bool fromStdin = inputPath == "-";
    if (fromStdin) {
        input.inputPath = "<stdin>";
        if (!readInput(input.inputPath, input.source, errorFormat)) return 1;
    } else {
        input.inputPath = inputPath;
        if (pathTooLong(inputPath, "input path", errorFormat)) return 1;
        if (!loadInput(inputPath, input, mapped, errorFormat)) return 1;
    }
    input.sourceName = haveSourceFile ? sourceFile : input.inputPath;
    input.collectWarnings = (showWarnings || explainConstants) && errorFormat != ErrorFormat::MpyCross;

    CompileResult result = compileModule(input, options, emitter);
    if (!result.nativeListing.empty()) {
        // -march=debug: the listing goes to stdout as the functions are compiled
        std::fwrite(result.nativeListing.data(), 1, result.nativeListing.size(), stdout);
        std::fflush(stdout);
    }
    if (result.error) {
        // The reference names the input path for parser errors and the source name for
        // compiler errors; each diagnostic carries the right one.
        std::string file = result.error->file.empty() ? input.sourceName : result.error->file;
        std::string text = renderDiagnostics(result.diagnostics, errorFormat, file, input.text(),
                                             isatty(STDERR_FILENO) != 0,
                                             options.target->has(TargetFeature::TracebackCrLf));
        std::fwrite(text.data(), 1, text.size(), stderr);
        return 1;
    }

    bool toStdout = (outputFile && std::strcmp(outputFile, "-") == 0) || (!outputFile && fromStdin);
    if (showWarnings && !result.diagnostics.empty() && errorFormat != ErrorFormat::MpyCross) {
        std::string text = renderDiagnostics(result.diagnostics, errorFormat, input.inputPath, input.text(),
                                             isatty(STDERR_FILENO) != 0);
        std::fwrite(text.data(), 1, text.size(), stderr);
    }
    if (explainConstants) {
        // the report goes to stdout unless the .mpy does
        // the savings on a default 32-bit target (`mpyc size` takes the target's parameters)
        for (ConstCandidate& c : result.constCandidates)
            c.ramSavedIfPrivate = globalNameRamBytes(c.name.size(), TargetModel{});
        std::string text = explainConsts(result.constDeclarations, result.constCandidates, input.inputPath);
        std::fwrite(text.data(), 1, text.size(), toStdout ? stderr : stdout);
    }
    std::string mpy(reinterpret_cast<const char*>(result.mpy.data()), result.mpy.size());
    if (toStdout) return writeOutputToStdout(mpy);
    std::string outPath;
    if (outputFile) {
        outPath = outputFile;
    } else {
        // the reference replaces the input's last two characters with "mpy"
        outPath = inputPath;
        outPath.resize(outPath.size() >= 2 ? outPath.size() - 2 : 0);
        outPath += "mpy";
    }
    if (pathTooLong(outPath, "output path", errorFormat)) return 1;
    return writeOutput(outPath, mpy, errorFormat);
}

Command addCompileCommand(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("compile", "compile one .py file to .mpy (mpy-cross's options; see "
                                                  "`mpyc compile -h`)");
    cmd->prefix_command();
    cmd->allow_extras();
    cmd->set_help_flag(); // -h goes to the mpy-cross option parser, which prints its usage
    return {cmd, [cmd, &app] {
                std::vector<std::string> rest = cmd->remaining();
                std::string prog = app.get_name() + " compile";
                std::vector<char*> args{prog.data()};
                for (std::string& s : rest)
                    args.push_back(s.data());
                args.push_back(nullptr);
                return runMpyCrossCommand(static_cast<int>(args.size() - 1), args.data(), false);
            }};
}

} // namespace mpyc
