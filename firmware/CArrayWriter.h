// .mpy images as C source (`mpyc compile --format=c-array`): each file's bytes as a
// `const uint8_t` array with its length and, for several files, an index of module names to
// arrays. For firmware that keeps .mpy images in flash (a ROM filesystem, an OTA bundle)
// and loads them at run time, rather than linking frozen structures (`mpyc freeze`).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

struct CArrayImage {
    std::string sourceName; // as embedded in the .mpy, e.g. "pkg/sub.py"
    std::vector<uint8_t> mpy;
};

// The C text for the images, in order. The index table (`mpyc_mpy_images`) is written when
// there is more than one image.
std::string writeCArrays(const std::vector<CArrayImage>& images);

// The import name of a source name: "pkg/sub.py" -> "pkg.sub", "pkg/__init__.py" -> "pkg".
std::string moduleNameOf(const std::string& sourceName);

} // namespace mpyc
