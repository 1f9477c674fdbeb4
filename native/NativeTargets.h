// The -march names and what each has: a native emitter, an inline assembler, and whether
// mpyc emits its machine code yet. The reference's emit_native_table[] and emit_asm_table[]
// (py/compile.c) decide "invalid arch"; mpyc's own progress is the `implemented` column.
#pragma once

#include "native/InlineAsm.h"
#include "native/NativeAsm.h"

#include <llvm/ADT/StringRef.h>

#include <memory>

namespace mpyc {

struct NativeTarget {
    char name[10]; // inline, not a pointer the start-up code relocates; the longest, armv7emsp
    uint8_t mpyArch;       // MP_NATIVE_ARCH_*
    bool hasNativeEmitter; // @native, @viper, -X emit=native|viper
    bool hasInlineAsm;     // @asm_thumb / @asm_xtensa / @asm_rv32 (interchangeable in mpy-cross)
    bool implemented;      // mpyc writes this architecture's machine code
};

// The target for a -march name; null for none (no -march) and for unknown names.
const NativeTarget* findNativeTarget(llvm::StringRef arch);
// The target whose .mpy header arch code (MP_NATIVE_ARCH_*) is `code`; null for none.
const NativeTarget* findNativeTargetByCode(uint8_t code);
// The assembler for an implemented target; `archFlags` are -march-flags (RV32 extensions).
std::unique_ptr<NativeAsm> makeNativeAsm(const NativeTarget& target, uint32_t archFlags);
// The inline assembler of a target, or null where mpyc has none yet.
std::unique_ptr<InlineAssembler> makeInlineAssembler(const NativeTarget& target, uint32_t archFlags);

} // namespace mpyc
