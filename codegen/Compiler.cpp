// The compile pipeline; see Compiler.h.
#include "codegen/Compiler.h"

#include "mpy/MpyWriter.h"
#include "mpy/MpyWriterV5.h"
#include "frontend/Parser.h"
#include "optimizer/ConstAdvice.h"

#include "frontend/LargeStack.h"
#include "frontend/Limits.h"

namespace mpyc {

namespace {

// What a parse and its optimization produce, shared by the targets compiled from them: the
// module, or the result to return (an error, with its diagnostics).
struct Frontend {
    Module* module = nullptr;
    CompileResult partial; // context, diagnostics, const declarations and candidates
};

Frontend runFrontend(const CompileInput& input, const CompileOptions& options, bool smallStack);
std::optional<CompileResult> compileStreaming(const CompileInput& input, const CompileOptions& options,
                                              const EmitterOptions& emitterOptions, bool smallStack);
void runBackend(const CompileInput& input, const CompileOptions& options, const EmitterOptions& emitterOptions,
                Module* module, CompileResult& result);

template <class F> auto onSomeStack(F&& run) {
    // Try on this thread's stack first; a source that nests deeper than the small-stack
    // limit is compiled again on a large stack (parsing, folding and code generation all
    // recurse once per nesting level).
    try {
        return run(true);
    } catch (Parser::NeedsLargeStack&) {
    }
    decltype(run(true)) result;
    runOnLargeStack([&] { result = run(false); });
    return result;
}

CompileResult copyOfFrontendResult(const CompileResult& r) {
    CompileResult out;
    out.error = r.error;
    out.diagnostics = r.diagnostics;
    out.context = r.context;
    out.constDeclarations = r.constDeclarations;
    out.constCandidates = r.constCandidates;
    return out;
}

} // namespace

CompileResult compileModule(const CompileInput& input, const CompileOptions& options,
                            const EmitterOptions& emitterOptions) {
    if (input.text().size() >= input.streamFromBytes && !input.collectWarnings && !input.collectConstCandidates &&
        options.target->has(TargetFeature::MpyV6Bytecode) && emitterOptions.defaultEmit == EmitKind::Bytecode) {
        std::optional<CompileResult> streamed = onSomeStack(
            [&](bool smallStack) { return compileStreaming(input, options, emitterOptions, smallStack); });
        if (streamed) return std::move(*streamed);
    }
    return onSomeStack([&](bool smallStack) {
        Frontend f = runFrontend(input, options, smallStack);
        if (f.module) runBackend(input, options, emitterOptions, f.module, f.partial);
        return std::move(f.partial);
    });
}

std::vector<CompileResult> compileModuleForTargets(const CompileInput& input, const CompileOptions& options,
                                                   const EmitterOptions& emitterOptions,
                                                   const std::vector<const TargetProfile*>& targets) {
    return onSomeStack([&](bool smallStack) {
        std::vector<CompileResult> results(targets.size());
        std::vector<bool> done(targets.size(), false);
        for (size_t first = 0; first < targets.size(); ++first) {
            if (done[first]) continue;
            CompileOptions o = options;
            o.target = targets[first];
            Frontend f = runFrontend(input, o, smallStack);
            const uint64_t key = frontendFeatures(*targets[first]);
            for (size_t k = first; k < targets.size(); ++k) {
                if (done[k] || frontendFeatures(*targets[k]) != key) continue;
                done[k] = true;
                results[k] = copyOfFrontendResult(f.partial);
                if (!f.module) continue;
                o.target = targets[k];
                runBackend(input, o, emitterOptions, f.module, results[k]);
            }
        }
        return results;
    });
}

namespace {

Frontend runFrontend(const CompileInput& input, const CompileOptions& options, bool smallStack) {
    Frontend f;
    CompileResult& result = f.partial;
    result.context = std::make_shared<AstContext>();
    AstContext& ctx = *result.context;
    // The source name is the module's first qstr: the device interns it when it loads the
    // .mpy, and the reference interns it before parsing, failing as for any long name.
    if (input.sourceName.size() > limits::kMaxQstrBytes) {
        Diagnostic d;
        d.errorClass = "RuntimeError";
        d.message = "name too long";
        d.hasTraceback = false;
        d.hint = "the source name embedded in the .mpy (-s, by default the input path) is " +
                 std::to_string(input.sourceName.size()) + " bytes long; MicroPython limits names to " +
                 std::to_string(limits::kMaxQstrBytes) + " bytes";
        d.file = input.inputPath;
        result.diagnostics.push_back(d);
        result.error = d;
        return f;
    }
    // The reference interns the input path and the source name before parsing.
    llvm::StringRef interned[] = {input.inputPath, input.sourceName};
    Parser parser(ctx, input.text(), interned, *options.target, options.strUnicode);
    if (smallStack) parser.limitNestingForSmallStack();
    ParseResult parsed = parser.parseModule();
    Optimizer optimizer(ctx, options);
    if (parsed.error) {
        // "not a constant" is raised while parsing, so one before the first syntax error wins
        if (auto constError = optimizer.checkConstDeclarations(parsed.constCandidates))
            result.diagnostics.push_back(*constError);
        result.diagnostics.insert(result.diagnostics.end(), parsed.errors.begin(), parsed.errors.end());
        for (Diagnostic& d : result.diagnostics)
            d.file = input.inputPath;
        result.error = result.diagnostics.front();
        return f;
    }
    if (auto error = optimizer.run(parsed.module)) {
        result.error = error;
        result.error->file = input.inputPath;
        result.diagnostics.push_back(*result.error);
        return f;
    }
    result.constDeclarations = optimizer.declarations();
    if (input.collectWarnings || input.collectConstCandidates)
        result.constCandidates = constCandidates(parsed.module, result.constDeclarations);
    if (input.collectWarnings) {
        for (Diagnostic& w : constWarnings(parsed.module, result.constDeclarations, result.constCandidates)) {
            w.file = input.inputPath;
            result.diagnostics.push_back(std::move(w));
        }
    }
    f.module = parsed.module;
    return f;
}

// Parse, optimize and generate one top-level statement at a time, freeing each one's nodes
// (Codegen::beginStream). Nothing when the module must be compiled the usual way: an error
// of any kind included, which that compile reports with the reference's precedence.
std::optional<CompileResult> compileStreaming(const CompileInput& input, const CompileOptions& options,
                                              const EmitterOptions& emitterOptions, bool smallStack) {
    if (input.sourceName.size() > limits::kMaxQstrBytes) return std::nullopt;
    CompileResult result;
    result.context = std::make_shared<AstContext>();
    AstContext& ctx = *result.context;
    ctx.keepNamesApart();
    ctx.useScratchConsts();
    llvm::StringRef interned[] = {input.inputPath, input.sourceName};
    Parser parser(ctx, input.text(), interned, *options.target, options.strUnicode);
    if (smallStack) parser.limitNestingForSmallStack();
    Optimizer optimizer(ctx, options);
    result.module = std::make_unique<CompiledModule>();
    bool compiled = false;
    {
        Codegen codegen(ctx, options, emitterOptions, input.sourceName);
        Parser::StreamedModule info;
        compiled = codegen.beginStream(*result.module, input.text().size()) &&
                   parser.parseModuleStreaming(
                       [&](llvm::MutableArrayRef<Stmt*> stmts) {
                           bool ok = !optimizer.runOn(stmts) && codegen.streamStatements(stmts);
                           ctx.releaseNodes();
                           if (input.sourceConsumed) input.sourceConsumed(parser.sourceOffset());
                           return ok;
                       },
                       info);
        if (compiled) {
            ctx.dropNameIndex(); // parsing is over: no name is interned again
            compiled = codegen.endStream(info.moduleLine());
        }
    }
    if (!compiled) return std::nullopt;
    result.constDeclarations = optimizer.declarations();
    result.mpy = writeMpy(*result.module);
    result.streamed = true;
    return result;
}

// Code generation never changes the AST, so several targets can run it on one module.
void runBackend(const CompileInput& input, const CompileOptions& options, const EmitterOptions& emitterOptions,
                Module* module, CompileResult& result) {
    result.module = std::make_unique<CompiledModule>();
    std::optional<Diagnostic> error;
    {
        // The code generator's scopes and side tables go before the .mpy is written: the
        // compile's memory peaks there otherwise (the raw codes stay, in result.module).
        Codegen codegen(*result.context, options, emitterOptions, input.sourceName);
        error = codegen.compile(module, *result.module);
        result.nativeListing = codegen.nativeListing(); // printed before an error, as mpy-cross does
    }
    if (error) {
        result.error = error;
        result.error->file = input.sourceName;
        result.diagnostics.push_back(*result.error);
        return;
    }
    result.mpy = result.module->mpyVersion == 5 ? writeMpyV5(*result.module) : writeMpy(*result.module);
}

} // namespace

} // namespace mpyc
