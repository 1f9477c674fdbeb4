// `mpyc size`: the size report of .py files (compiled in memory, nothing written), .mpy files
// from any compiler, folders and manifests, as JSON, Markdown or text, and the CI gate:
// `--baseline OLD.json --fail-on-growth 1%` exits 2 when the size grew more than allowed and
// prints what grew and what shrank, largest growth first. Exit 1 is kept for errors (a module
// that does not compile, an unreadable baseline), so CI can tell the two apart.
#include "cli/Commands.h"
#include "cli/CompilerFlags.h"

#include "cli/BuildInputs.h"
#include "cli/BuildState.h"
#include "cli/CompileJob.h"
#include "cli/Files.h"
#include "cli/Parallel.h"
#include "cli/SizeReportFormat.h"
#include "cli/TargetModelOptions.h"
#include "firmware/FrozenWriter.h"
#include "firmware/ImportModel.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace mpyc {

namespace {

struct SizeArgs {
    std::vector<std::string> inputs, manifests;
    std::string output, format, baseline, metric = "mpy", base = ".";
    std::vector<std::string> failOnGrowth, vars, xopts;
    std::string mpyDir, libDir, portDir, boardDir, qstrHeader;
    unsigned opt = 0, smallIntBits = 31, jobs = 0, mpzDigitBits = 16;
    TargetModelArgs model;
    std::string march, targetName;
    std::optional<std::string> marchFlags;
};

int sizeError(const std::string& message) {
    std::fprintf(stderr, "mpyc size: error: %s\n", message.c_str());
    return 1;
}

std::string mpyNameToPy(const std::string& name) {
    if (name.size() >= 4 && name.compare(name.size() - 4, 4, ".mpy") == 0)
        return name.substr(0, name.size() - 4) + ".py";
    return name;
}

int runSize(const SizeArgs& a) {
    if (a.inputs.empty() && a.manifests.empty())
        return sizeError("no inputs: give .py/.mpy files, folders or --manifest");
    if (!a.failOnGrowth.empty() && a.baseline.empty())
        return sizeError("--fail-on-growth needs --baseline OLD.json");
    std::string error;
    CompileSettings settings;
    settings.color = isatty(STDERR_FILENO) != 0;
    settings.constAdvice = true;
    settings.options.optLevel = a.opt;
    settings.options.smallIntBits = a.smallIntBits;
    if (!a.targetName.empty()) {
        settings.options.target = resolveTarget(a.targetName, error);
        if (!settings.options.target) return sizeError(error);
    }
    if (!applyTargetOptions(a.march, a.marchFlags ? &*a.marchFlags : nullptr, settings.emitter, error) ||
        !checkNativeTarget(settings.options, settings.emitter, error))
        return sizeError(error);
    for (const std::string& x : a.xopts)
        if (!applyXOption(x, settings.options, error)) return sizeError(error);
    TargetModel target;
    target.compileOptions = sizeAffectingOptions(settings);
    if (a.mpzDigitBits != 8 && a.mpzDigitBits != 16 && a.mpzDigitBits != 32)
        return sizeError("--mpz-dig-size must be 8, 16 or 32");
    target.mpzDigitBits = a.mpzDigitBits;
    std::vector<RamBudget> budgets;
    if (!applyTargetModelArgs(a.model, target, budgets, error)) return sizeError(error);
    if (!a.qstrHeader.empty()) {
        std::string text;
        FreezeConfig config;
        if (!readFile(a.qstrHeader, text))
            return sizeError("cannot read " + a.qstrHeader + ": " + std::strerror(errno));
        if (!parseQstrDefs(text, config, error)) return sizeError(a.qstrHeader + ": " + error);
        target.firmwareQstrIdents = config.firmwareQstrIdents;
        target.firmwareQstrSource = a.qstrHeader;
        target.qstrBytesInHash = config.bytesInHash;
        target.qstrBytesInLen = config.bytesInLen;
    }
    ReportFormat format = a.output.empty() ? ReportFormat::Text : reportFormatForPath(a.output);
    if (!a.format.empty() && !parseReportFormat(a.format, format))
        return sizeError("--format must be json, markdown or text");
    SizeMetric metric;
    if (!parseSizeMetric(a.metric, metric)) return sizeError(std::string("--metric must be ") + kSizeMetricNames);

    std::vector<GrowthLimit> limits;
    for (const std::string& spec : a.failOnGrowth) {
        GrowthLimit l;
        if (!parseGrowthLimit(spec, l, error)) return sizeError(error);
        limits.push_back(l);
    }

    InputSpec spec;
    spec.paths = a.inputs;
    spec.manifests = a.manifests;
    spec.baseDir = a.base;
    spec.strictBase = false;
    spec.mpyFromFolders = true;
    auto setVar = [&](const char* name, const std::string& value) {
        if (!value.empty()) spec.manifestOptions.vars[name] = value;
    };
    setVar("MPY_DIR", a.mpyDir);
    setVar("MPY_LIB_DIR", a.libDir);
    setVar("PORT_DIR", a.portDir);
    setVar("BOARD_DIR", a.boardDir);
    for (const std::string& v : a.vars) {
        size_t eq = v.find('=');
        if (eq == std::string::npos || eq == 0) return sizeError("--var " + v + ": expected NAME=VALUE");
        spec.manifestOptions.vars[v.substr(0, eq)] = v.substr(eq + 1);
    }
    CollectedInputs in;
    if (!collectInputs(spec, in, error)) {
        std::fputs(error.c_str(), stderr);
        return 1;
    }
    for (const std::string& w : in.warnings)
        std::fputs(w.c_str(), stderr);

    std::vector<const BuildModule*> modules;
    std::set<std::string> names;
    for (const BuildModule& m : in.modules) {
        if (m.kind == ManifestEntry::Kind::Str) continue; // source text: no bytecode to measure
        if (!names.insert(mpyNameToPy(m.target)).second)
            return sizeError("two inputs are both module " + mpyNameToPy(m.target) + " (the report's key)");
        modules.push_back(&m);
    }

    std::vector<ModuleOutput> outputs(modules.size());
    unsigned jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    parallelFor(modules.size(), jobs, [&](size_t k) {
        const BuildModule& m = *modules[k];
        std::string raw;
        if (!readFile(m.sourcePath, raw)) {
            outputs[k].errorText = m.sourcePath + ": error: cannot read: " + std::strerror(errno) + "\n";
            return true;
        }
        outputs[k] = produceModule(m, preparedSource(m, raw), settings);
        return true;
    });
    bool failed = false;
    for (const ModuleOutput& o : outputs) {
        if (o.ok) continue;
        std::fputs(o.errorText.c_str(), stderr);
        failed = true;
    }
    if (failed) return 1;

    std::vector<ModuleSize> sizes;
    for (size_t k = 0; k < modules.size(); ++k) {
        MpyReadOptions options;
        options.allowNative = true;
        const std::string& b = outputs[k].bytes;
        auto bytes = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(b.data()), b.size());
        std::optional<MpyFile> file =
            bytes.size() >= 2 && bytes[1] == 5 ? readMpyV5(bytes, error) : readMpy(bytes, error, options);
        if (!file) return sizeError(modules[k]->sourcePath + ": " + error);
        ModuleSize s = measureModule(*file, target, outputs[k].facts ? &*outputs[k].facts : nullptr);
        s.name = mpyNameToPy(modules[k]->target);
        addImportFigures(s, *file, target);
        s.path = modules[k]->sourcePath;
        sizes.push_back(std::move(s));
    }
    SizeTotals totals = totalsOf(sizes, target);
    Comparison comparison;
    bool compared = !a.baseline.empty();
    if (compared &&
        !compareWithBaseline(a.baseline, sizes, totals, target, metric, limits, comparison, error))
        return sizeError(error);
    std::string text = renderSizeReport(format, sizes, totals, target, compared ? &comparison : nullptr);
    if (a.output.empty() || a.output == "-") {
        if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
            return sizeError(std::string("cannot write the report to stdout: ") + std::strerror(errno));
    } else if (std::string dirError;
               !makeDirectories(std::filesystem::path(a.output).parent_path().string(), dirError)) {
        return sizeError(dirError);
    } else if (!writeFileAtomically(a.output, text)) {
        return sizeError("cannot write " + a.output + ": " + std::strerror(errno));
    }
    bool gateFailed = false;
    if (compared && comparison.failed) {
        std::fprintf(stderr, "mpyc size: %s\n", gateFailureSummary(comparison).c_str());
        gateFailed = true;
    }
    for (const std::string& line : checkRamBudgets(budgets, sizes, totals)) {
        std::fprintf(stderr, "mpyc size: %s\n", line.c_str());
        gateFailed = true;
    }
    return gateFailed ? 2 : 0;
}

} // namespace

Command addSizeCommand(CLI::App& app) {
    auto a = std::make_shared<SizeArgs>();
    CLI::App* cmd = app.add_subcommand(
        "size", "size report of .py/.mpy files, folders or manifests: bytes, qstrs, constants, per-function "
                "bytecode/prelude/stack, RAM from .mpy; with --baseline, a CI size gate (exit 2)");
    cmd->add_option("inputs", a->inputs, ".py and .mpy files, and folders (every .py and .mpy below them)");
    cmd->add_option("-m,--manifest", a->manifests, "a manifest.py (repeatable)")->allow_extra_args(false);
    cmd->add_option("-o,--output", a->output, "write the report to FILE (default: stdout)");
    cmd->add_option("--format", a->format,
                    "json, markdown or text (default: from -o's extension, else text)");
    cmd->add_option("--baseline", a->baseline, "an earlier JSON report to compare with");
    cmd->add_option(
           "--fail-on-growth", a->failOnGrowth,
           "exit 2 when the size grew more than [FIGURE:][module:|total:]N% or N[B] (repeatable; bare = "
           "total; FIGURE as --metric)")
        ->allow_extra_args(false);
    cmd->add_option("--metric", a->metric,
                    "what the gate compares: mpy (file bytes, default), ram, bytecode, load, import or qstrs");
    cmd->add_option("--base", a->base, "names of file inputs are relative to this folder (default: .)");
    cmd->add_option("-O", a->opt, "optimisation level for .py inputs");
    cmd->add_option("--target", a->targetName,
                    "the firmware release to compile .py inputs for (mpyc targets; default micropython-1.28)");
    cmd->add_option("-X", a->xopts, "source-lines or no-source-lines, for .py inputs")
        ->allow_extra_args(false);
    cmd->add_option("--small-int-bits", a->smallIntBits, "as mpy-cross -msmall-int-bits=N, for .py inputs");
    cmd->add_option("--march", a->march, "as mpy-cross -march=ARCH (which -march=ARCH also sets)");
    cmd->add_option("--march-flags", a->marchFlags, "as mpy-cross -march-flags=FLAGS");
    cmd->add_option("-j,--jobs", a->jobs, "parallel compilations (default: the number of cores)");
    cmd->add_option("-q,--qstr-header", a->qstrHeader,
                    "the firmware's genhdr/qstrdefs.preprocessed.h: its qstrs are not counted as added");
    addTargetModelOptions(cmd, a->model);
    cmd->add_option("--mpz-dig-size", a->mpzDigitBits,
                    "the firmware's MPZ_DIG_SIZE, for big-int RAM (8, 16, 32)");
    cmd->add_option("--mpy-dir", a->mpyDir, "manifests: $(MPY_DIR)");
    cmd->add_option("--lib-dir", a->libDir, "manifests: $(MPY_LIB_DIR), searched by require()");
    cmd->add_option("--port-dir", a->portDir, "manifests: $(PORT_DIR)");
    cmd->add_option("--board-dir", a->boardDir, "manifests: $(BOARD_DIR)");
    cmd->add_option("--var", a->vars, "manifests: another path variable NAME=VALUE")->allow_extra_args(false);
    return {cmd, [a] { return runSize(*a); }};
}

} // namespace mpyc
