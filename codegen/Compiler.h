// The whole compilation of one module: parse, optimize, generate code, serialise.
//
// This is the library entry point used by every command (compile, freeze, build, size):
// it never prints and never touches files.
#pragma once

#include "codegen/Codegen.h"
#include "mpy/RawCode.h"
#include "frontend/Diagnostics.h"
#include "optimizer/CompileOptions.h"
#include "optimizer/ConstAdvice.h"
#include "optimizer/ConstFold.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

struct CompileInput {
    std::string source;     // the source bytes, unless sourceView is set
    std::string inputPath;  // as given on the command line ("<stdin>" for stdin)
    std::string sourceName; // the name embedded in the .mpy (-s), defaults to inputPath
    bool collectWarnings = true; // compute advice warnings (not shown under the mpy-cross name)
    bool collectConstCandidates = false; // the const() candidates without the warnings (size reports)
    // Sources of at least this many bytes compile one top-level statement at a time, each
    // statement's AST freed once compiled (peak memory about a third for a big module; the
    // bytes are the same), when nothing needs the whole AST (warnings, const() candidates)
    // and the target is bytecode of .mpy v6. Below it, one arena less is touched. Tests set
    // 0 to stream every module.
    size_t streamFromBytes = 32 * 1024;
    // Instead of `source`: text the caller keeps (a mapped file), and what the streaming
    // compile calls as it moves through it: the bytes before `offset` are compiled, and the
    // caller may give back their pages (a second read of them must still work).
    llvm::StringRef sourceView;
    std::function<void(size_t offset)> sourceConsumed;
    llvm::StringRef text() const { return sourceView.data() ? sourceView : llvm::StringRef(source); }
};

struct CompileResult {
    std::optional<Diagnostic> error;     // the first error: the one the reference reports
    std::vector<Diagnostic> diagnostics; // every error and warning, in source order
    // owns the AST and the constants the module refers to (shared by the results of targets
    // compiled from one parse)
    std::shared_ptr<AstContext> context;
    std::unique_ptr<CompiledModule> module;
    std::vector<uint8_t> mpy;
    std::vector<ConstDeclaration> constDeclarations;
    std::vector<ConstCandidate> constCandidates; // with collectWarnings
    // -march=debug: the native emitter's pseudo-assembly listing (mpy-cross prints it on stdout)
    std::string nativeListing;
    bool streamed = false; // compiled one statement at a time (CompileInput::streamFromBytes)
};

CompileResult compileModule(const CompileInput& input, const CompileOptions& options,
                            const EmitterOptions& emitterOptions);

// The module compiled for each of `targets` (options.target is ignored), in their order: one
// parse and optimization per distinct frontendFeatures(), then code generation per target.
std::vector<CompileResult> compileModuleForTargets(const CompileInput& input, const CompileOptions& options,
                                                   const EmitterOptions& emitterOptions,
                                                   const std::vector<const TargetProfile*>& targets);

} // namespace mpyc
