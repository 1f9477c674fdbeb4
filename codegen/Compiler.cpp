// The compile pipeline; see Compiler.h.
#include "codegen/Compiler.h"

#include "mpy/MpyWriter.h"
#include "frontend/Parser.h"
#include "optimizer/ConstAdvice.h"

#include "frontend/LargeStack.h"
#include "frontend/Limits.h"

namespace mpyc {

namespace {

CompileResult compileOnThisStack(const CompileInput& input, const CompileOptions& options,
                                 const EmitterOptions& emitterOptions, bool smallStack);

} // namespace

CompileResult compileModule(const CompileInput& input, const CompileOptions& options,
                            const EmitterOptions& emitterOptions) {
    // Try on this thread's stack first; a source that nests deeper than the small-stack
    // limit is compiled again on a large stack (parsing, folding and code generation all
    // recurse once per nesting level).
    try {
        return compileOnThisStack(input, options, emitterOptions, true);
    } catch (Parser::NeedsLargeStack&) {
    }
    CompileResult result;
    runOnLargeStack([&] { result = compileOnThisStack(input, options, emitterOptions, false); });
    return result;
}

namespace {

CompileResult compileOnThisStack(const CompileInput& input, const CompileOptions& options,
                                 const EmitterOptions& emitterOptions, bool smallStack) {
    CompileResult result;
    result.context = std::make_unique<AstContext>();
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
        return result;
    }
    // The reference interns the input path and the source name before parsing.
    llvm::StringRef interned[] = {input.inputPath, input.sourceName};
    Parser parser(ctx, input.source, interned, *options.target);
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
        return result;
    }
    if (auto error = optimizer.run(parsed.module)) {
        result.error = error;
        result.error->file = input.inputPath;
        result.diagnostics.push_back(*result.error);
        return result;
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

    result.module = std::make_unique<CompiledModule>();
    Codegen codegen(ctx, options, emitterOptions, input.sourceName);
    auto error = codegen.compile(parsed.module, *result.module);
    result.nativeListing = codegen.nativeListing(); // printed before an error, as mpy-cross does
    if (error) {
        result.error = error;
        result.error->file = input.sourceName;
        result.diagnostics.push_back(*result.error);
        return result;
    }
    result.mpy = writeMpy(*result.module);
    return result;
}

} // namespace

} // namespace mpyc
