// One module of a build to its output bytes; see CompileJob.h.
#include "cli/CompileJob.h"

#include "codegen/Compiler.h"
#include "mpy/MpyReader.h"

namespace mpyc {

std::string preparedSource(const BuildModule& m, const std::string& raw) {
    if (!m.fromManifest || m.kind != ManifestEntry::Kind::CompilePy) return raw;
    std::string text;
    text.reserve(raw.size() + 32);
    for (size_t k = 0; k < raw.size(); ++k) {
        if (raw[k] == '\r') {
            text += '\n';
            if (k + 1 < raw.size() && raw[k + 1] == '\n') ++k;
        } else {
            text += raw[k];
        }
    }
    if (!m.versionRepr.empty() && text.find("__version__ =") == std::string::npos)
        text += "\n\n__version__ = " + m.versionRepr + "\n";
    return text;
}

CompileOptions optionsFor(const BuildModule& m, const CompileSettings& s) {
    CompileOptions o = s.options;
    if (m.opt) o.optLevel = *m.opt;
    return o;
}

std::string moduleKeyText(const BuildModule& m, const std::string& prepared, const CompileSettings& s) {
    CompileOptions o = optionsFor(m, s);
    std::string key = "kind=" + std::to_string(static_cast<int>(m.kind)) + "\nname=" + m.target;
    if (m.kind == ManifestEntry::Kind::CompilePy) {
        key += "\nO=" + std::to_string(o.optLevel) +
               "\nlines=" + (o.sourceLines ? (*o.sourceLines ? "on" : "off") : "auto") +
               "\nsmall-int-bits=" + std::to_string(o.smallIntBits) +
               "\nemit=" + std::to_string(static_cast<int>(s.emitter.defaultEmit)) +
               "\narch=" + (s.emitter.haveNativeArch ? "set" : "none") +
               "\narch-flags=" + std::to_string(s.emitter.archFlags) + "\ntarget=" + o.target->name +
               "\ninput=" + m.sourcePath;
    }
    return key + "\nsource=\n" + prepared;
}

std::vector<std::pair<std::string, std::string>> sizeAffectingOptions(const CompileSettings& s) {
    const CompileOptions& o = s.options;
    const char* emit = s.emitter.defaultEmit == EmitKind::Bytecode ? "bytecode"
                       : s.emitter.defaultEmit == EmitKind::Native ? "native"
                                                                   : "viper";
    return {{"opt", std::to_string(o.optLevel)},
            {"small_int_bits", std::to_string(o.smallIntBits)},
            {"source_lines", o.sourceLines ? (*o.sourceLines ? "on" : "off") : "auto"},
            {"emit", emit},
            {"arch", s.emitter.arch.empty() ? "none" : s.emitter.arch},
            {"arch_flags", std::to_string(s.emitter.archFlags)},
            {"target", o.target->name}};
}

std::string outputNameOf(const BuildModule& m) {
    if (m.kind != ManifestEntry::Kind::CompilePy) return m.target;
    std::string name = m.target;
    if (name.size() >= 3 && name.compare(name.size() - 3, 3, ".py") == 0) name.resize(name.size() - 3);
    return name + ".mpy";
}

namespace {
CompileInput compileInputOf(const BuildModule& m, const std::string& prepared, const CompileSettings& s);
ModuleOutput outputOf(const BuildModule& m, const CompileInput& input, const CompileResult& result,
                      const CompileSettings& s);
} // namespace

ModuleOutput produceModule(const BuildModule& m, const std::string& prepared, const CompileSettings& s) {
    ModuleOutput out;
    switch (m.kind) {
    case ManifestEntry::Kind::Str:
        out.ok = true;
        out.bytes = prepared;
        return out;
    case ManifestEntry::Kind::Mpy: {
        std::string error;
        MpyReadOptions options;
        options.allowNative = true;
        auto data =
            llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(prepared.data()), prepared.size());
        std::optional<MpyFile> file = readMpy(data, error, options);
        if (!file || !checkBytecode(*file, error)) {
            out.errorText = m.sourcePath + ": error: not a usable .mpy file: " + error + "\n";
            return out;
        }
        out.ok = true;
        out.bytes = prepared;
        return out;
    }
    case ManifestEntry::Kind::CompilePy:
        break;
    }
    CompileInput input = compileInputOf(m, prepared, s);
    return outputOf(m, input, compileModule(input, optionsFor(m, s), s.emitter), s);
}

std::vector<ModuleOutput> produceModuleForTargets(const BuildModule& m, const std::string& prepared,
                                                  const CompileSettings& s,
                                                  const std::vector<const TargetProfile*>& targets) {
    if (m.kind != ManifestEntry::Kind::CompilePy)
        return std::vector<ModuleOutput>(targets.size(), produceModule(m, prepared, s));
    CompileInput input = compileInputOf(m, prepared, s);
    std::vector<CompileResult> results = compileModuleForTargets(input, optionsFor(m, s), s.emitter, targets);
    std::vector<ModuleOutput> out;
    for (const CompileResult& r : results)
        out.push_back(outputOf(m, input, r, s));
    return out;
}

namespace {

CompileInput compileInputOf(const BuildModule& m, const std::string& prepared, const CompileSettings& s) {
    CompileInput input;
    input.source = prepared;
    input.inputPath = m.sourcePath;
    input.sourceName = m.target;
    input.collectWarnings = s.warnings;
    input.collectConstCandidates = s.constAdvice;
    return input;
}

ModuleOutput outputOf(const BuildModule& m, const CompileInput& input, const CompileResult& result,
                      const CompileSettings& s) {
    ModuleOutput out;
    if (result.error) {
        std::vector<Diagnostic> errors;
        for (const Diagnostic& d : result.diagnostics)
            if (d.severity == Severity::Error) errors.push_back(d);
        if (errors.empty()) errors.push_back(*result.error);
        // line and column refer to the file on disk, whichever name the reference would show
        out.errorText = renderDiagnostics(errors, ErrorFormat::Rich, m.sourcePath, input.source, s.color);
        return out;
    }
    out.ok = true;
    if (s.warnings && !result.diagnostics.empty())
        out.warningText =
            renderDiagnostics(result.diagnostics, ErrorFormat::Rich, m.sourcePath, input.source, s.color);
    out.bytes.assign(result.mpy.begin(), result.mpy.end());
    out.facts = sourceFactsOf(result);
    return out;
}

} // namespace

} // namespace mpyc
