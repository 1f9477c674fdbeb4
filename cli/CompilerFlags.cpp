// mpy-cross's target options; see CompilerFlags.h.
#include "cli/CompilerFlags.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace mpyc {

const char* const kArchListText = "x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp, armv7emdp, xtensa, "
                                  "xtensawin, rv32imc, rv64imc, host, debug";

bool knownArch(const std::string& arch) {
    static const char* const archs[] = {"x86",     "x64",       "armv6",     "armv6m", "armv7m",
                                        "armv7em", "armv7emsp", "armv7emdp", "xtensa", "xtensawin",
                                        "rv32imc", "rv64imc",   "host",      "debug"};
    for (const char* a : archs)
        if (arch == a) return true;
    return false;
}

// Each architecture's -march-flags, by name and bit. Origin: mpy-cross/main.c
// (parse_rv32_flags_string) and py/asmrv32.h (RV32_EXT_ZBA, RV32_EXT_ZCMP) in v1.28.0; no
// other architecture takes flags.
struct ArchFlagName {
    const char* arch;
    const char* name;
    uint32_t bit;
};
constexpr ArchFlagName kArchFlagNames[] = {{"rv32imc", "zba", 1u << 0}, {"rv32imc", "zcmp", 1u << 1}};

// -march-flags=TEXT for ARCH, as the reference reads it: a number (decimal, 0x hex or 0b
// binary; an optional sign and surrounding spaces) or a comma-separated list of flag names
// (a trailing comma allowed), with no bit the architecture lacks. False: "unrecognised arch
// flags".
bool parseArchFlags(const std::string& arch, const std::string& text, uint32_t& flags) {
    uint64_t known = 0;
    for (const ArchFlagName& f : kArchFlagNames)
        if (arch == f.arch) known |= f.bit;
    if (known == 0) return false;
    auto fits = [&](int64_t v) {
        if ((static_cast<uint64_t>(v) & ~known) != 0) return false;
        flags = static_cast<uint32_t>(v);
        return true;
    };
    // a number
    int base = 10;
    if (text.size() > 2 && text[0] == '0') {
        int kind = text[1] | 0x20;
        base = kind == 'b' ? 2 : kind == 'x' ? 16 : 0;
    }
    if (base != 0) {
        std::string digits = text;
        size_t b = digits.find_first_not_of(" \t"), e = digits.find_last_not_of(" \t");
        digits = b == std::string::npos ? "" : digits.substr(b, e - b + 1);
        bool negative = !digits.empty() && digits[0] == '-';
        if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.erase(0, 1);
        if (base != 10 && digits.size() > 2 && digits[0] == '0' &&
            (digits[1] | 0x20) == (base == 2 ? 'b' : 'x'))
            digits.erase(0, 2);
        if (!digits.empty() && std::isalnum(static_cast<unsigned char>(digits[0]))) {
            char* end = nullptr;
            errno = 0;
            unsigned long long v = std::strtoull(digits.c_str(), &end, base);
            if (errno == 0 && *end == '\0' && v < (1ull << 62))
                return fits(negative ? -int64_t(v) : int64_t(v));
        }
    }
    // names
    uint64_t collected = 0;
    for (size_t at = 0; at < text.size();) {
        size_t comma = text.find(',', at);
        if (comma == std::string::npos) comma = text.size();
        std::string name = text.substr(at, comma - at);
        bool found = false;
        for (const ArchFlagName& f : kArchFlagNames)
            if (arch == f.arch && name == f.name) {
                collected |= f.bit;
                found = true;
            }
        if (!found) return false;
        at = comma + 1;
    }
    return collected != 0 && fits(int64_t(collected));
}

bool checkNativeTarget(const CompileOptions& options, const EmitterOptions& emitter, std::string& error) {
    if (!emitter.haveNativeArch || options.target->nativeAvailable) return true;
    error = std::string("native code for ") + options.target->name + " (-march=" + emitter.arch +
            "): not yet supported; its bytecode is, so leave out -march, or compile for " +
            defaultTarget().name;
    return false;
}

bool freezeSupported(const TargetProfile& target, std::string& error) {
    if (target.freezeAvailable) return true;
    error = std::string("--target=") + target.name + " (" + target.reference +
            "): not yet supported for freezing; mpyc freezes as the mpy-tool.py of MicroPython v1.22.2 to "
            "v1.28.0 does";
    return false;
}

bool applyTargetOptions(const std::string& arch, const std::string* archFlags, EmitterOptions& emitter,
                        std::string& error) {
    if (arch.empty()) return true; // flags without an architecture are ignored, as in the reference
    if (!knownArch(arch)) {
        error = "unknown architecture '" + arch + "' (" + kArchListText + ")";
        return false;
    }
    emitter.haveNativeArch = true;
    emitter.arch = arch;
    if (archFlags && !parseArchFlags(arch, *archFlags, emitter.archFlags)) {
        error = "unrecognised arch flags '" + *archFlags + "' for " + arch;
        return false;
    }
    return true;
}

bool applyXOption(const std::string& x, CompileOptions& options, std::string& error) {
    if (x == "source-lines") {
        options.sourceLines = true;
    } else if (x == "no-source-lines") {
        options.sourceLines = false;
    } else if (x != "emit=bytecode" && x.rfind("heapsize=", 0) != 0) {
        error = "unknown option '-X " + x + "' (source-lines, no-source-lines, emit=bytecode, heapsize=N)";
        return false;
    }
    return true;
}

std::vector<std::string> withMpyCrossSpellings(const std::vector<std::string>& args) {
    std::vector<std::string> out;
    bool options = true;
    std::vector<std::string> expanded;
    for (size_t k = 0; k < args.size(); ++k) {
        std::string flags;
        if (args[k] == "--") {
            expanded.insert(expanded.end(), args.begin() + long(k), args.end());
            break;
        }
        if (args[k] == "--mpy-cross-flags" && k + 1 < args.size()) {
            flags = args[++k];
        } else if (args[k].rfind("--mpy-cross-flags=", 0) == 0) {
            flags = args[k].substr(18);
        } else {
            expanded.push_back(args[k]);
            continue;
        }
        for (size_t at = 0; at < flags.size();) {
            size_t b = flags.find_first_not_of(" \t", at);
            if (b == std::string::npos) break;
            size_t e = flags.find_first_of(" \t", b);
            if (e == std::string::npos) e = flags.size();
            expanded.push_back(flags.substr(b, e - b));
            at = e;
        }
    }
    for (const std::string& a : expanded) {
        if (a == "--") options = false;
        if (!options) {
            out.push_back(a);
        } else if (a.rfind("-march=", 0) == 0 || a.rfind("-march-flags=", 0) == 0) {
            out.push_back("-" + a);
        } else if (a.rfind("-msmall-int-bits=", 0) == 0) {
            out.push_back("--small-int-bits=" + a.substr(17));
        } else if (a.size() >= 3 && a.rfind("-O", 0) == 0 &&
                   a.find_first_not_of('O', 1) == std::string::npos) {
            out.push_back("-O" + std::to_string(a.size() - 1));
        } else {
            out.push_back(a);
        }
    }
    return out;
}

} // namespace mpyc
