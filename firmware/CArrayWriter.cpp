// C arrays of .mpy images; see CArrayWriter.h.
#include "firmware/CArrayWriter.h"

#include <cstdio>
#include <set>

namespace mpyc {

namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string withoutSuffix(const std::string& s, const std::string& suffix) {
    return endsWith(s, suffix) ? s.substr(0, s.size() - suffix.size()) : s;
}

// A C string literal's contents: octal escapes (a \x escape would swallow following hex
// digits) for quotes, backslashes and control characters; UTF-8 passes through.
std::string cString(const std::string& s) {
    std::string out;
    for (char c : s) {
        auto b = static_cast<uint8_t>(c);
        if (c == '"' || c == '\\' || b < 0x20 || b == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", b);
            out += buf;
        } else {
            out += c;
        }
    }
    return out;
}

// A comment's contents: one line, not ending in a backslash (which would splice the next).
std::string commentSafe(std::string s) {
    for (char& c : s)
        if (static_cast<uint8_t>(c) < 0x20 || c == 0x7f) c = '?';
    if (!s.empty() && s.back() == '\\') s.back() = '?';
    return s;
}

} // namespace

std::string moduleNameOf(const std::string& sourceName) {
    std::string name = endsWith(sourceName, "/__init__.py")
                           ? withoutSuffix(sourceName, "/__init__.py")
                           : withoutSuffix(withoutSuffix(sourceName, ".py"), ".mpy");
    for (char& c : name)
        if (c == '/') c = '.';
    return name;
}

std::string writeCArrays(const std::vector<CArrayImage>& images) {
    std::string out;
    out += "// .mpy images (MicroPython .mpy v6) as C arrays, written by `mpyc compile --format=c-array`.\n";
    out += "// Each array holds the bytes of one .mpy file exactly as mpy-cross writes it.\n";
    out += "#include <stddef.h>\n";
    out += "#include <stdint.h>\n";
    std::set<std::string> used;
    std::vector<std::string> idents;
    for (const CArrayImage& image : images) {
        std::string base = "mpy_";
        for (char c : withoutSuffix(withoutSuffix(image.sourceName, ".py"), ".mpy")) {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            base += ok ? c : '_';
        }
        std::string ident = base;
        for (unsigned i = 2; !used.insert(ident).second; ++i)
            ident = base + "_" + std::to_string(i);
        idents.push_back(ident);

        const std::vector<uint8_t>& bytes = image.mpy;
        out += "\n// " + commentSafe(image.sourceName) + "\n";
        out += "const uint8_t " + ident + "[" + std::to_string(bytes.size()) + "] = {\n";
        for (size_t i = 0; i < bytes.size(); i += 16) {
            out += "   ";
            for (size_t k = i; k < bytes.size() && k < i + 16; ++k) {
                char buf[8];
                std::snprintf(buf, sizeof buf, " 0x%02x,", bytes[k]);
                out += buf;
            }
            out += "\n";
        }
        out += "};\n";
        out += "const size_t " + ident + "_len = " + std::to_string(bytes.size()) + ";\n";
    }
    if (images.size() > 1) {
        out += "\n";
        // guarded so that several generated files can share one translation unit's type
        out += "#ifndef MPYC_MPY_IMAGE_T_DEFINED\n";
        out += "#define MPYC_MPY_IMAGE_T_DEFINED\n";
        out += "typedef struct _mpyc_mpy_image_t {\n";
        out += "    const char *module; // import name, e.g. \"pkg.sub\"\n";
        out += "    const char *path; // file name under a filesystem root, e.g. \"pkg/sub.mpy\"\n";
        out += "    const uint8_t *data;\n";
        out += "    size_t len;\n";
        out += "} mpyc_mpy_image_t;\n";
        out += "#endif\n";
        out += "\n";
        out += "// every image, in input order, then an all-NULL entry\n";
        out += "const mpyc_mpy_image_t mpyc_mpy_images[] = {\n";
        for (size_t i = 0; i < images.size(); ++i) {
            const std::string& source = images[i].sourceName;
            std::string path = withoutSuffix(withoutSuffix(source, ".py"), ".mpy") + ".mpy";
            out += "    {\"" + cString(moduleNameOf(source)) + "\", \"" + cString(path) + "\", " + idents[i] +
                   ", " + std::to_string(images[i].mpy.size()) + "},\n";
        }
        out += "    {NULL, NULL, NULL, 0},\n";
        out += "};\n";
        out += "const size_t mpyc_mpy_images_len = " + std::to_string(images.size()) + ";\n";
    }
    return out;
}

} // namespace mpyc
