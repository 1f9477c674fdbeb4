// Fuzz target for the inline assemblers: the input is the body of an
// @micropython.asm_thumb function (each line indented under `def f(r0, r1):`), compiled for
// a Thumb-2 target with VFP, for Thumb-1 and for ARM state. Any body must either be rejected
// with a diagnostic that renders, or give a .mpy whose asm raw code reads back.
#include "codegen/Compiler.h"
#include "mpy/MpyReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

void require(bool condition, const char* what, const std::string& detail = "") {
    if (condition) return;
    std::fprintf(stderr, "fuzz_inline_asm: invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

void exercise(const uint8_t* data, size_t size) {
    using namespace mpyc;
    CompileInput input;
    input.source = "@micropython.asm_thumb\ndef f(r0, r1):\n    ";
    for (size_t i = 0; i < size; ++i) {
        char c = static_cast<char>(data[i]);
        input.source += c;
        if (c == '\n') input.source += "    ";
    }
    input.source += "\n";
    input.inputPath = "fuzz.py";
    input.sourceName = "fuzz.py";
    for (const char* arch : {"armv7emsp", "armv6m", "armv6"}) {
        CompileOptions options;
        EmitterOptions emitter;
        emitter.arch = arch;
        emitter.haveNativeArch = true;
        CompileResult r = compileModule(input, options, emitter);
        if (r.error) {
            require(!r.error->message.empty(), "error without a message");
            require(r.mpy.empty(), "an error and a .mpy");
            require(!renderDiagnostics({*r.error}, ErrorFormat::MpyCross, "fuzz.py", input.source).empty(),
                    "empty rendering");
            continue;
        }
        std::string error;
        MpyReadOptions readOptions;
        readOptions.allowNative = true;
        std::optional<MpyFile> file = readMpy(r.mpy, error, readOptions);
        require(file.has_value(), "our .mpy does not read back:", error);
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
    std::printf("fuzz_inline_asm: %d inputs ran clean\n", argc - 1);
    return 0;
}
#endif
