// Fuzz target for the whole compiler on source text: lexer, parser (with its error
// recovery and nesting limit), optimizer, code generator and .mpy writer. Any input must
// either be rejected with at least one diagnostic that renders in every format, or compile
// to a .mpy that reads back and passes the bytecode check.
//
// Built with libFuzzer under clang (tests/fuzz/CMakeLists.txt); with another compiler,
// MPYC_FUZZ_STANDALONE gives it a main() that runs the files it is given.
#include "codegen/Compiler.h"
#include "mpy/Disassembler.h"
#include "mpy/MpyReader.h"

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

void exercise(const uint8_t* data, size_t size) {
    using namespace mpyc;
    CompileInput input;
    input.source.assign(reinterpret_cast<const char*>(data), size);
    input.inputPath = "fuzz.py";
    input.sourceName = "fuzz.py";
    for (unsigned level : {0u, 3u}) {
        CompileOptions options;
        options.optLevel = level;
        EmitterOptions emitter;
        CompileResult r = compileModule(input, options, emitter);
        if (r.error) {
            require(!r.diagnostics.empty(), "error without diagnostics");
            require(!r.error->message.empty(), "error without a message");
            for (ErrorFormat f : {ErrorFormat::MpyCross, ErrorFormat::Rich, ErrorFormat::Json})
                require(!renderDiagnostics(r.diagnostics, f, "fuzz.py", input.source).empty(), "empty rendering");
            return; // the same input fails the same way at every level
        }
        std::string error;
        std::optional<MpyFile> file = readMpy(r.mpy, error);
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

#ifdef MPYC_FUZZ_STANDALONE
int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        FILE* f = std::fopen(argv[i], "rb");
        if (!f) {
            std::perror(argv[i]);
            return 1;
        }
        std::vector<uint8_t> data;
        for (int c; (c = std::fgetc(f)) != EOF;)
            data.push_back(static_cast<uint8_t>(c));
        std::fclose(f);
        exercise(data.data(), data.size());
    }
    std::printf("fuzz_compile: %d inputs ran clean\n", argc - 1);
    return 0;
}
#endif
