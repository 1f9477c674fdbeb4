// frozen_content.c as makemanifest.py writes it; see FrozenContent.h.
#include "cli/FrozenContent.h"

#include <cstdio>

namespace mpyc {

namespace {

// makemanifest.generate_frozen_str_content: each source as one C string literal, printable
// ASCII kept, \n \r " \ escaped, everything else \xNN, and a `" "` break before a printable
// character that follows a \xNN (which would otherwise extend the hex escape).
std::string frozenStrContent(const std::vector<FrozenStrModule>& modules) {
    std::string out = "#include <stdint.h>\n#define MP_FROZEN_STR_NAMES \\\n";
    for (const FrozenStrModule& m : modules)
        out += "\"" + m.targetPath + "\\0\" \\\n";
    out += "\n";
    out += "const uint32_t mp_frozen_str_sizes[] = { ";
    for (const FrozenStrModule& m : modules)
        out += std::to_string(m.contents.size()) + ", ";
    out += "0 };\n";
    out += "const char mp_frozen_str_content[] = {\n";
    for (const FrozenStrModule& m : modules) {
        out += '"';
        bool breakStr = false;
        for (unsigned char c : m.contents) {
            switch (c) {
            case '\n':
                out += "\\n";
                continue;
            case '\r':
                out += "\\r";
                continue;
            case '"':
                out += "\\\"";
                continue;
            case '\\':
                out += "\\\\";
                continue;
            default:
                break;
            }
            if (c >= 32 && c <= 126) {
                if (breakStr) {
                    out += "\" \"";
                    breakStr = false;
                }
                out += static_cast<char>(c);
            } else {
                char hex[8];
                std::snprintf(hex, sizeof hex, "\\x%02x", c);
                out += hex;
                breakStr = true;
            }
        }
        out += "\\0\"\n";
    }
    out += "\"\\0\"\n};\n\n";
    return out;
}

// What makemanifest.py writes for the bytecode part when nothing is frozen as bytecode.
const char kNoMpyContent[] =
    "#include \"py/emitglue.h\"\n"
    "extern const qstr_pool_t mp_qstr_const_pool;\n"
    "const qstr_pool_t mp_qstr_frozen_const_pool = {\n"
    "    #if MICROPY_QSTR_BYTES_IN_HASH\n"
    "    (qstr_pool_t*)&mp_qstr_const_pool, MP_QSTRnumber_of, 0, 0, 0, NULL, NULL, {},\n"
    "    #else\n"
    "    (qstr_pool_t*)&mp_qstr_const_pool, MP_QSTRnumber_of, 0, 0, 0, NULL, {},\n"
    "    #endif\n"
    "};\n"
    "const char mp_frozen_names[] = { MP_FROZEN_STR_NAMES \"\\0\"};\n"
    "const mp_raw_code_t *const mp_frozen_mpy_content[] = {NULL};\n";

} // namespace

bool makeFrozenContent(const std::vector<FrozenStrModule>& strModules,
                       const std::vector<FreezeModule>& mpyModules, const FreezeConfig& config,
                       std::string& out, std::vector<std::string>& warnings, std::string& error) {
    std::string mpyPart;
    if (mpyModules.empty()) {
        mpyPart = kNoMpyContent;
    } else {
        FreezeOutput frozen;
        if (!freezeModules(mpyModules, config, frozen, error)) return false;
        mpyPart = std::move(frozen.text);
        warnings = std::move(frozen.warnings);
    }
    out = "//\n// Content for MICROPY_MODULE_FROZEN_STR\n//\n";
    out += frozenStrContent(strModules);
    out += "//\n// Content for MICROPY_MODULE_FROZEN_MPY\n//\n";
    out += mpyPart;
    return true;
}

} // namespace mpyc
