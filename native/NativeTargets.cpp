// The -march table; see NativeTargets.h.
#include "native/NativeTargets.h"

#include "native/AsmArm.h"
#include "native/AsmDebug.h"
#include "native/AsmRv32.h"
#include "native/AsmThumb.h"
#include "native/AsmX86.h"
#include "native/AsmXtensa.h"
#include "native/InlineRv32.h"
#include "native/InlineThumb.h"
#include "native/InlineXtensa.h"

namespace mpyc {

namespace {

// mpy-cross v1.28.0: x86 and x64 have no inline assembler; rv64imc has neither emitter
// (its name is accepted, its code is "invalid arch"). `host` is resolved by the caller.
const NativeTarget kTargets[] = {
    {"x86", 1, true, false, true},
    {"x64", 2, true, false, true},
    {"armv6", 3, true, true, true},
    {"armv6m", 4, true, true, true},
    {"armv7m", 5, true, true, true},
    {"armv7em", 6, true, true, true},
    {"armv7emsp", 7, true, true, true},
    {"armv7emdp", 8, true, true, true},
    {"xtensa", 9, true, true, true},
    {"xtensawin", 10, true, true, true},
    {"rv32imc", 11, true, true, true},
    {"rv64imc", 12, false, false, false},
    // a pseudo-assembly listing on stdout (py/emitndebug.c), the prelude only in the .mpy;
    // its asm decorators crash mpy-cross, "invalid arch" here
    {"debug", 13, true, false, true},
};

} // namespace

const NativeTarget* findNativeTarget(llvm::StringRef arch) {
    for (const NativeTarget& t : kTargets)
        if (arch == t.name) return &t;
    return nullptr;
}

const NativeTarget* findNativeTargetByCode(uint8_t code) {
    for (const NativeTarget& t : kTargets)
        if (code == t.mpyArch) return &t;
    return nullptr;
}

std::unique_ptr<NativeAsm> makeNativeAsm(const NativeTarget& target, uint32_t archFlags) {
    llvm::StringRef name = target.name;
    if (name == "rv32imc") return std::make_unique<AsmRv32>(archFlags); // the Zba/Zcmp bits
    if (name == "debug") return std::make_unique<AsmDebug>();
    if (name == "x64" || name == "x86") return std::make_unique<AsmX86>(name == "x64");
    if (name == "armv6") return std::make_unique<AsmArm>(); // ARM state
    if (name == "xtensa" || name == "xtensawin") return std::make_unique<AsmXtensa>(name == "xtensawin");
    // armv7m to armv7emdp write the same native code; armv6m has Thumb-1 only
    if (name == "armv6m") return std::make_unique<AsmThumb>(false);
    if (name.startswith("armv7")) return std::make_unique<AsmThumb>(true);
    return nullptr;
}

std::unique_ptr<InlineAssembler> makeInlineAssembler(const NativeTarget& target, uint32_t archFlags) {
    // the three asm decorators are one in mpy-cross: -march picks the assembler
    llvm::StringRef name = target.name;
    if (name == "armv6") return std::make_unique<InlineThumb>(false, false, true);
    if (name == "armv6m") return std::make_unique<InlineThumb>(false, false, false);
    if (name.startswith("armv7"))
        return std::make_unique<InlineThumb>(true, name == "armv7emsp" || name == "armv7emdp", false);
    if (name == "xtensa" || name == "xtensawin") return std::make_unique<InlineXtensa>(name == "xtensawin");
    if (name == "rv32imc") return std::make_unique<InlineRv32>(archFlags); // Zba enables sh*add
    return nullptr;
}

} // namespace mpyc
