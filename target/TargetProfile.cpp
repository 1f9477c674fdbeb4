// The release table; see TargetProfile.h. Facts from each release's py/persistentcode.h
// (MPY_VERSION, MPY_SUB_VERSION) and its git history, cited per switch.
//
// Who loads what (py/persistentcode.c mp_raw_code_load and mp_raw_code_save): a file without
// native code has 0 in its feature byte in every v6 release (the sub-version, which v1.20 put in
// the low two bits that v1.19 requires to be 0, d94141e147, is written only with native code),
// and the bytecode opcodes (py/bc0.h) have not changed since v1.19, so bytecode from any v6
// release loads on v1.19 and later. Native code loads only where the sub-version (and the
// architecture) match. v5 is the format of v1.12 to v1.18.
#include "target/TargetProfile.h"

#include <cstdlib>

namespace mpyc {

namespace {

// name, reference, loaded by, magic, version, sub-version, available, native available, then
// the switches of
// TargetProfile.h in order: t-strings, nested f-strings, brace restarts the loop, NUL invalid,
// float folding, shortest float text, long-double float parser, integer float mantissa,
// leading-zero ints refused, asm_rv32, raw f-strings, adjacent f-strings
const std::vector<TargetProfile> kTargets = {
    {"micropython-1.28", "MicroPython v1.28.0", "MicroPython 1.19 and later", 'M', 6, 3, true, true, true, true, true, true, true, true, true, true, true, true, true, true},
    {"micropython-1.27", "MicroPython v1.27.0", "MicroPython 1.19 and later", 'M', 6, 3, true, false, false, false, false, false, true, true, true, true, true, true, true, true},
    {"micropython-1.26", "MicroPython v1.26.1", "MicroPython 1.19 and later", 'M', 6, 3, true, false, false, false, false, false, true, true, true, true, true, true, true, true},
    {"micropython-1.25", "MicroPython v1.25.0", "MicroPython 1.19 and later", 'M', 6, 3, true, false, false, false, false, false, false, false, false, true, true, true, true, true},
    {"micropython-1.24", "MicroPython v1.24.1", "MicroPython 1.19 and later", 'M', 6, 3, true, false, false, false, false, false, false, false, false, false, false, false, true, true},
    {"micropython-1.23", "MicroPython v1.23.0", "MicroPython 1.19 and later", 'M', 6, 3, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
    {"micropython-1.22", "MicroPython v1.22.2", "MicroPython 1.19 and later", 'M', 6, 2, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
    {"micropython-1.21", "MicroPython v1.21.0", "MicroPython 1.19 and later", 'M', 6, 1, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
    {"micropython-1.20", "MicroPython v1.20.0", "MicroPython 1.19 and later", 'M', 6, 1, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
    {"micropython-1.19", "MicroPython v1.19.1", "MicroPython 1.19 and later", 'M', 6, 0, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
    {"micropython-1.18", "MicroPython v1.18", "MicroPython 1.12 to 1.18", 'M', 5, 0, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
    {"circuitpython-10", "CircuitPython 10.2.1", "CircuitPython 10", 'C', 6, 3, false, false, false, false, false, false, false, false, false, false, false, false, false, false},
};

std::string knownNames() {
    std::string out;
    for (const TargetProfile& t : kTargets)
        out += (out.empty() ? "" : ", ") + std::string(t.name);
    return out;
}

} // namespace

const std::vector<TargetProfile>& allTargets() {
    return kTargets;
}

const TargetProfile& defaultTarget() {
    return kTargets.front();
}

const TargetProfile* findTarget(const std::string& name) {
    for (const TargetProfile& t : kTargets)
        if (name == t.name) return &t;
    return nullptr;
}

std::vector<const TargetProfile*> targetsLoading(char magic, unsigned version, unsigned subVersion, bool native) {
    std::vector<const TargetProfile*> out;
    for (auto it = kTargets.rbegin(); it != kTargets.rend(); ++it)
        if (it->headerMagic == magic && it->mpyVersion == version && (!native || it->mpySubVersion == subVersion))
            out.push_back(&*it);
    return out;
}

const TargetProfile* resolveTarget(const std::string& spec, std::string& error) {
    const TargetProfile* found = nullptr;
    if (spec.rfind("mpy:", 0) == 0) {
        std::string text = spec.substr(4);
        char* end = nullptr;
        unsigned long value = text.empty() ? 0 : std::strtoul(text.c_str(), &end, 0);
        if (text.empty() || *end || value > 0xffff) {
            error = "--target=" + spec + ": expected mpy:VALUE, the number sys.implementation._mpy prints";
            return nullptr;
        }
        unsigned version = value & 0xff, subVersion = (value >> 8) & 3;
        // several releases share a format: the oldest this mpyc supports, whose compiler
        // accepts the least syntax the board's VM may not know
        const TargetProfile* oldest = nullptr;
        for (const TargetProfile& t : kTargets)
            if (t.headerMagic == 'M' && t.mpyVersion == version && t.mpySubVersion == subVersion) {
                oldest = &t;
                if (t.available) found = &t;
            }
        if (!found) found = oldest;
        if (!found) {
            error = "--target=" + spec + ": no MicroPython release has .mpy version " + std::to_string(version) +
                    "." + std::to_string(subVersion);
            return nullptr;
        }
    } else {
        found = findTarget(spec);
        if (!found) {
            error = "--target=" + spec + ": unknown target; the targets are " + knownNames() + " (mpyc targets)";
            return nullptr;
        }
    }
    if (!found->available) {
        error = "--target=" + std::string(found->name) + " (" + found->reference +
                "): not yet supported; this mpyc produces bytes checked against " + defaultTarget().reference +
                " only so far (mpyc targets)";
        return nullptr;
    }
    return found;
}

} // namespace mpyc
