// The state of a streaming compile (CodegenStream.cpp), apart so that Codegen.h need not
// include the bytecode builder.
#pragma once

#include "bytecode/BytecodeBuilder.h"
#include "codegen/Codegen.h"

#include <memory>
#include <vector>

namespace mpyc {

struct Codegen::Stream {
    // One function (class body, lambda, comprehension) compiled but not yet laid out.
    struct Deferred {
        std::unique_ptr<BytecodeBuilder> builder;
        DeferredUses uses;
        FunctionSignature sig;
        RawCode* rc = nullptr;
        uint16_t scopeFlags = 0;
        std::vector<uint32_t> children; // indices in `deferred`, in the order they were met
    };
    Scope* module = nullptr;
    std::unique_ptr<BytecodeBuilder> moduleScopePass, moduleEmitPass;
    ModuleTables ids; // the ids of deferred operands
    DeferredUses moduleUses;
    std::vector<std::unique_ptr<Deferred>> deferred;
    std::vector<uint32_t> moduleChildren;
    std::vector<uint32_t> deferredOf;         // by scope index
    std::vector<llvm::StringRef> explicitGlobals; // declared `global` in functions (interned names)
};

} // namespace mpyc
