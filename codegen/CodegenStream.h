// The state of a streaming compile (CodegenStream.cpp), apart so that Codegen.h need not
// include the bytecode builder.
#pragma once

#include "bytecode/BytecodeBuilder.h"
#include "codegen/Codegen.h"

#include <deque>
#include <memory>
#include <vector>

namespace mpyc {

struct Codegen::Stream {
    // One function (class body, lambda, comprehension) compiled but not yet laid out, packed:
    // its first uses (the scope pass's, then the emit pass's, each a count and the entries), its
    // scope index (its raw code), the numbers of its prelude (FunctionSignature's, then the
    // cells) and its builder (BytecodeBuilder::pack).
    struct Deferred {
        std::vector<uint8_t> packed;
        std::vector<uint32_t> children; // indices in `deferred`, in the order they were met
    };
    Scope* module = nullptr;
    std::unique_ptr<BytecodeBuilder> moduleScopePass, moduleEmitPass;
    ModuleTables ids; // the ids of deferred operands
    DeferredUses moduleUses;
    std::deque<Deferred> deferred; // a deque: no copy of the whole list as it grows
    std::vector<uint32_t> moduleChildren;
    std::vector<uint32_t> deferredOf;         // by scope index
    std::vector<llvm::StringRef> explicitGlobals; // declared `global` in functions (interned names)
};

} // namespace mpyc
