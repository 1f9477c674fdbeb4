// ROMFS images: MicroPython's read-only, memory-mappable file system (vfs.VfsRom, v1.25 and
// later), which a board mounts from a flash partition and imports from in place, like frozen
// code, without a firmware rebuild. extmod/vfs_rom.c reads it; tools/mpremote/mpremote/romfs.py
// (`mpremote romfs build`) writes it, and RomfsWriter writes the same bytes.
//
// An image is one record (kind 0x14a6b1, encoded d2 cd 31) whose payload is records: a
// directory (4: name length, name, its records), a file (5: name length, name, then a data
// record: 2 verbatim, or 3 a size and an offset into the payload), padding (1) and anything
// unknown skipped. Every number is a vuint (a leading 0x80 pads it); the image's length is
// even.
#pragma once

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mpyc {

// Builds an image in the order entries are added (romfs.py's VfsRomWriter: a directory's
// records are gathered until it is closed, then written as one record).
class RomfsWriter {
public:
    RomfsWriter();
    void openDir(const std::string& name);
    void closeDir();
    void addFile(const std::string& name, llvm::ArrayRef<uint8_t> data);
    // The image; all directories must be closed.
    std::vector<uint8_t> finish();

private:
    std::vector<std::pair<std::string, std::vector<uint8_t>>> stack_;
};

struct RomfsNode {
    bool isDir = false;
    std::string name;
    uint32_t recordOffset = 0; // of the record's kind, in the image
    // files: where the data is in the image, and its size
    uint32_t dataOffset = 0;
    uint32_t dataSize = 0;
    std::vector<RomfsNode> children; // directories
};

struct RomfsImage {
    std::vector<RomfsNode> entries; // the top-level directory
    uint32_t payloadOffset = 0;     // where the records start (data pointers count from here)
    uint32_t size = 0;
};

// Reads an image. Input is untrusted: every read is bounds-checked, nesting is bounded, and a
// malformed image is an error naming the byte offset (tests/fuzz/fuzz_romfs_reader.cpp).
// Stricter than the VM, which takes a broken record as the end of its directory and the
// first of two entries with one name: here both are errors, so that a truncated or corrupt
// image is reported, not half listed.
std::optional<RomfsImage> readRomfs(llvm::ArrayRef<uint8_t> image, std::string& error);

// The entry at `path` ("lib/mod.mpy", an optional leading '/'), or nullptr.
const RomfsNode* findRomfsEntry(const RomfsImage& image, llvm::StringRef path);

// An image of files given by their paths ("pkg/mod.mpy"): folders made from the paths, each
// folder's entries in sorted order, as romfs.py packs a folder holding those files.
std::vector<uint8_t> romfsImageOf(const std::vector<std::pair<std::string, llvm::ArrayRef<uint8_t>>>& files);

// Whether the bytes start like a ROMFS image.
bool looksLikeRomfs(llvm::ArrayRef<uint8_t> data);

} // namespace mpyc
