// Fuzz target for the inline assemblers: the input is the body of an inline-assembler
// function (each line indented under `def f(...):`, with the family's first two argument
// registers), compiled for a Thumb-2 target with VFP, for Thumb-1 and ARM state (asm_thumb),
// for both Xtensa ABIs (asm_xtensa) and for RV32 with and without Zba (asm_rv32). Any body must either be rejected
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
    struct Target {
        const char* arch;
        uint32_t archFlags;
        const char* header;
    };
    static const Target kTargets[] = {
        {"armv7emsp", 0, "@micropython.asm_thumb\ndef f(r0, r1):\n    "},
        {"armv6m", 0, "@micropython.asm_thumb\ndef f(r0, r1):\n    "},
        {"armv6", 0, "@micropython.asm_thumb\ndef f(r0, r1):\n    "},
        {"xtensa", 0, "@micropython.asm_xtensa\ndef f(a2, a3):\n    "},
        {"xtensawin", 0, "@micropython.asm_xtensa\ndef f(a2, a3):\n    "},
        {"rv32imc", 0, "@micropython.asm_rv32\ndef f(a0, a1):\n    "},
        {"rv32imc", 3, "@micropython.asm_rv32\ndef f(a0, a1):\n    "}, // zba, zcmp
    };
    for (const Target& target : kTargets) {
        CompileInput input;
        input.source = target.header;
        for (size_t i = 0; i < size; ++i) {
            char c = static_cast<char>(data[i]);
            input.source += c;
            if (c == '\n') input.source += "    ";
        }
        input.source += "\n";
        input.inputPath = "fuzz.py";
        input.sourceName = "fuzz.py";
        CompileOptions options;
        EmitterOptions emitter;
        emitter.arch = target.arch;
        emitter.archFlags = target.archFlags;
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
