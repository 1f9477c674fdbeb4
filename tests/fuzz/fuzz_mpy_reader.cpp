// Fuzz target for the .mpy readers (v6 and v5) and everything that consumes what it reads: the bytecode
// check, the disassembler, the JSON dump, the size model (its import figure runs the module's
// top level abstractly), the freezer and the merger. Any input must either
// be rejected with a message that names a byte offset, or be processed without a crash, a
// sanitizer report or a broken invariant (a merge of accepted files must read back).
//
// Built with libFuzzer under clang (tests/fuzz/CMakeLists.txt); with another compiler, or to
// replay a crash, StandaloneMain.cpp gives it a main() that runs the files it is given.
#include "mpy/Disassembler.h"
#include "firmware/FrozenWriter.h"
#include "firmware/ImportModel.h"
#include "mpy/MpyJson.h"
#include "mpy/MpyMerge.h"
#include "mpy/MpyReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

void require(bool condition, const char* what, const std::string& detail = "") {
    if (condition) return;
    std::fprintf(stderr, "fuzz_mpy_reader: invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

void exercise(const uint8_t* data, size_t size) {
    using namespace mpyc;
    llvm::ArrayRef<uint8_t> bytes(data, size);
    std::string error;
    MpyReadOptions options;
    options.allowNative = true;
    if (size >= 2 && data[1] == 5) {
        // .mpy v5: its own reader, then the disassembler over what it read
        std::optional<MpyFile> v5 = readMpyV5(bytes, error);
        if (!v5) {
            require(error.find("at byte offset ") != std::string::npos, "v5 reader error without an offset:", error);
            return;
        }
        require(!disassemble(*v5).empty(), "empty disassembly of a v5 file");
        return;
    }
    std::optional<MpyFile> file = readMpy(bytes, error, options);
    if (!file) {
        require(error.find("at byte offset ") != std::string::npos, "reader error without an offset:", error);
        return;
    }
    if (!checkBytecode(*file, error)) {
        require(error.find("at byte offset ") != std::string::npos,
                "bytecode error without an offset:", error);
        return;
    }
    // the disassembler takes bytecode-only files
    MpyReadOptions plain;
    if (std::optional<MpyFile> bytecodeOnly = readMpy(bytes, error, plain)) (void)disassemble(*bytecodeOnly);
    (void)mpyToJson(*file);

    // the size report's figures, on a 32-bit and a 64-bit target
    for (unsigned word : {4u, 8u}) {
        TargetModel target;
        target.wordBytes = word;
        target.gcBlockBytes = 4 * word;
        ModuleSize m = measureModule(*file, target, nullptr);
        m.name = "fuzz.py";
        addImportFigures(m, *file, target);
        require(m.import.applies || !m.import.reason.empty(), "an import figure that does not apply says why");
        require(!m.import.applies || m.import.bytes == m.import.moduleBytes + m.import.loadedBytes +
                                                         m.import.functionBytes + m.import.classBytes +
                                                         m.import.valueBytes,
                "the import figure's breakdown adds up");
    }

    std::vector<FreezeModule> modules{{"fuzz.mpy", *file}};
    FreezeOutput out;
    if (!freezeModules(modules, {}, out, error)) require(!error.empty(), "freeze failed without a message");
    FreezeConfig other;
    other.longInt = FreezeConfig::LongInt::LongLong;
    other.mpzDigitBits = 8;
    other.bytesInHash = 0;
    (void)freezeModules(modules, other, out, error);

    // merged with itself (the second copy is rewritten), the result must read back
    std::vector<MergeInput> inputs(2);
    for (MergeInput& in : inputs) {
        in.path = "fuzz.mpy";
        in.bytes.assign(data, data + size);
        in.file = *file;
    }
    std::vector<uint8_t> merged;
    if (mergeMpy(inputs, merged, error)) {
        std::optional<MpyFile> back = readMpy(merged, error, options);
        require(back.has_value(), "merged file does not read back:", error);
        require(checkBytecode(*back, error), "merged file fails the bytecode check:", error);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    exercise(data, size);
    return 0;
}
