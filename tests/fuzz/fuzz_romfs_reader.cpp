// Fuzz target for the ROMFS image reader (firmware/Romfs.h) and what `mpyc romfs ls` and
// `mpyc dump IMAGE:PATH` do with what it reads: any input must be rejected with a message that
// names a byte offset, or be listed without a crash or a sanitizer report; every entry must
// lie inside the image and be found again by its path; the .mpy files inside are read and
// disassembled (their own readers' guarantees hold there too).
#include "firmware/Romfs.h"
#include "mpy/Disassembler.h"
#include "mpy/MpyReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void require(bool condition, const char* what, const std::string& detail = "") {
    if (condition) return;
    std::fprintf(stderr, "fuzz_romfs_reader: invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

void visit(const mpyc::RomfsImage& image, llvm::ArrayRef<uint8_t> bytes, const std::vector<mpyc::RomfsNode>& dir,
           const std::string& prefix) {
    for (const mpyc::RomfsNode& n : dir) {
        std::string path = prefix + n.name;
        require(mpyc::findRomfsEntry(image, path) != nullptr, "entry not found by its path:", path);
        if (n.isDir) {
            visit(image, bytes, n.children, path + "/");
            continue;
        }
        require(uint64_t(n.dataOffset) + n.dataSize <= bytes.size(), "file data beyond the image:", path);
        llvm::ArrayRef<uint8_t> data = bytes.slice(n.dataOffset, n.dataSize);
        if (path.size() > 4 && path.compare(path.size() - 4, 4, ".mpy") == 0) {
            std::string error;
            mpyc::MpyReadOptions options;
            options.allowNative = true;
            auto file = data.size() >= 2 && data[1] == 5 ? mpyc::readMpyV5(data, error)
                                                          : mpyc::readMpy(data, error, options);
            if (file && (file->version == 5 || mpyc::checkBytecode(*file, error))) (void)mpyc::disassemble(*file);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    llvm::ArrayRef<uint8_t> bytes(data, size);
    std::string error;
    std::optional<mpyc::RomfsImage> image = mpyc::readRomfs(bytes, error);
    if (!image) {
        require(error.find("at byte offset ") != std::string::npos, "reader error without an offset:", error);
        return 0;
    }
    visit(*image, bytes, image->entries, "");
    return 0;
}
