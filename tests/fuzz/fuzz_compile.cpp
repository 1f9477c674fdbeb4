// Fuzz target for the whole compiler on source text: lexer, parser (with its error
// recovery and nesting limit), optimizer, code generator, the bytecode and native emitters
// (x64, x86, Thumb, ARM, Xtensa, RISC-V; the input's own decorators too, so inline-asm bodies
// are assembled) and the .mpy writer. Any input must either be rejected with at least one diagnostic that renders in every format, or compile
// to a .mpy that reads back and passes the bytecode check.
//
// Built with libFuzzer under clang (tests/fuzz/CMakeLists.txt); with another compiler,
// StandaloneMain.cpp gives it a main() that runs the files it is given.
#include "codegen/Compiler.h"
#include "mpy/Disassembler.h"
#include "mpy/MpyReader.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

void require(bool condition, const char* what, const std::string& detail = "") {
    if (condition) return;
    std::fprintf(stderr, "fuzz_compile: invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

// One way of compiling the input: bytecode at -O0 and -O3, then native code for every assembler family
// (the input's own decorators, and -X emit=native|viper making every function native).
struct Config {
    unsigned optLevel;
    const char* arch; // "" for none
    mpyc::EmitKind emit;
    uint32_t archFlags = 0; // rv32imc: 3 is zba,zcmp
};
const Config kConfigs[] = {
    {0, "", mpyc::EmitKind::Bytecode},        {3, "", mpyc::EmitKind::Bytecode},
    {0, "x64", mpyc::EmitKind::Bytecode},     {0, "x64", mpyc::EmitKind::Native},
    {0, "x64", mpyc::EmitKind::Viper},        {0, "x86", mpyc::EmitKind::Native},
    {0, "armv7emsp", mpyc::EmitKind::Bytecode}, {0, "armv7m", mpyc::EmitKind::Viper},
    {0, "armv6m", mpyc::EmitKind::Native},    {0, "armv6", mpyc::EmitKind::Viper},
    {0, "xtensawin", mpyc::EmitKind::Native}, {0, "xtensa", mpyc::EmitKind::Viper},
    {0, "rv32imc", mpyc::EmitKind::Native},   {0, "rv32imc", mpyc::EmitKind::Viper, 3},
};

void exercise(const uint8_t* data, size_t size) {
    using namespace mpyc;
    CompileInput input;
    input.source.assign(reinterpret_cast<const char*>(data), size);
    input.inputPath = "fuzz.py";
    input.sourceName = "fuzz.py";
    bool skipNative = false, skipRest = false;
    for (const Config& config : kConfigs) {
        if (skipRest || (skipNative && *config.arch)) break;
        CompileOptions options;
        options.optLevel = config.optLevel;
        EmitterOptions emitter;
        emitter.arch = config.arch;
        emitter.haveNativeArch = *config.arch != 0;
        emitter.defaultEmit = config.emit;
        emitter.archFlags = config.archFlags;
        auto started = std::chrono::steady_clock::now();
        CompileResult r = compileModule(input, options, emitter);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (r.error) {
            require(!r.diagnostics.empty() || !r.error->hasTraceback, "error without diagnostics");
            require(!r.error->message.empty(), "error without a message");
            require(r.mpy.empty(), "an error and a .mpy");
            for (ErrorFormat f : {ErrorFormat::MpyCross, ErrorFormat::Rich, ErrorFormat::Json})
                require(!renderDiagnostics({*r.error}, f, "fuzz.py", input.source).empty(), "empty rendering");
            if (!*config.arch) return; // the same input fails the same way at every level
            continue;
        }
        // A module of huge constants (a folded 2**1000000) says nothing more about native
        // code: bytecode only. One whose folding alone takes long (million-bit powers: 0.25 s
        // in a release build, 6 s under the sanitizers) is compiled once, so that a loaded
        // machine does not turn it into a timeout.
        if (!*config.arch && r.mpy.size() > 65536) skipNative = true;
        if (seconds > 0.5) skipRest = true;
        std::string error;
        MpyReadOptions readOptions;
        readOptions.allowNative = true;
        std::optional<MpyFile> file = readMpy(r.mpy, error, readOptions);
        require(file.has_value(), "our .mpy does not read back:", error);
        require(checkBytecode(*file, error), "our .mpy fails the bytecode check:", error);
        (void)disassemble(*file);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    exercise(data, size);
    return 0;
}
