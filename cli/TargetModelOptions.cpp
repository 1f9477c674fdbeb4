// Target options of the size model; see TargetModelOptions.h.
#include "cli/TargetModelOptions.h"

#include "cli/Cli11.h"

namespace mpyc {

void addTargetModelOptions(CLI::App* cmd, TargetModelArgs& a) {
    cmd->add_option("--word-size", a.wordSize,
                    "the target's word in bytes: 4 (default, 32-bit ports) or 8 (the 64-bit unix port)");
    cmd->add_option("--gc-block-bytes", a.gcBlockBytes, "the target's MICROPY_BYTES_PER_GC_BLOCK (default: 4 words)");
    cmd->add_option("--target-small-int-bits", a.targetSmallIntBits,
                    "bits of the target's small ints (default: a word less 1; 30 under MICROPY_OBJ_REPR_C)");
    cmd->add_option("--sys-path-entry", a.sysPathEntry,
                    "where the .mpy files will be found, as a sys.path entry (\"\" or \"/lib\"): their path is a qstr");
    cmd->add_option("--max-ram", a.maxRam,
                    "exit 2 when the RAM an import keeps exceeds [module:|total:]N[B|K] (repeatable; bare = total)")
        ->allow_extra_args(false);
}

bool applyTargetModelArgs(const TargetModelArgs& a, TargetModel& target, std::vector<RamBudget>& budgets,
                          std::string& error) {
    // a 32-bit port by default; a GC block is 4 words and a small int a word less one bit
    // (MICROPY_OBJ_REPR_A) unless told otherwise
    if (a.wordSize != 4 && a.wordSize != 8) {
        error = "--word-size must be 4 or 8";
        return false;
    }
    target.wordBytes = a.wordSize;
    target.gcBlockBytes = a.gcBlockBytes ? a.gcBlockBytes : 4 * a.wordSize;
    if (target.gcBlockBytes < a.wordSize || (target.gcBlockBytes & (target.gcBlockBytes - 1))) {
        error = "--gc-block-bytes must be a power of two, at least a word";
        return false;
    }
    target.smallIntBits = a.targetSmallIntBits ? a.targetSmallIntBits : 8 * a.wordSize - 1;
    if (target.smallIntBits < 8 || target.smallIntBits > 8 * a.wordSize - 1) {
        error = "--target-small-int-bits must be between 8 and " + std::to_string(8 * a.wordSize - 1);
        return false;
    }
    target.sysPathEntry = a.sysPathEntry;
    for (const std::string& spec : a.maxRam) {
        RamBudget b;
        if (!parseRamBudget(spec, b, error)) return false;
        budgets.push_back(b);
    }
    return true;
}

} // namespace mpyc
