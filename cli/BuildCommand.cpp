// `mpyc build`: many modules in one call, for build systems and CI.
//
// Inputs are files, folders and manifests (cli/BuildInputs.h); outputs are an .mpy tree
// (-o DIR), one frozen C file (--freeze, the frozen_content.c makemanifest.py writes), a size
// report (--report), a Make depfile (--depfile) and a stamp (--stamp). Several --target build
// one .mpy tree each (DIR/<target>/), compiling each module once per distinct frontend
// (compileModuleForTargets). Modules compile on -j
// threads, each independently, so the bytes never depend on -j; diagnostics are printed in
// input order after the batch for the same reason.
//
// Incremental: a module whose key (source, options, name, compiler; cli/BuildState.h) is
// unchanged and whose output is as written last time is not compiled again, and an output
// whose bytes did not change is not rewritten, so make and ninja see stable timestamps.
// Outputs of modules that are gone, or that now fail to compile, are deleted.
#include "cli/Commands.h"

#include "cli/BuildInputs.h"
#include "cli/BuildState.h"
#include "firmware/Romfs.h"
#include "firmware/ImportModel.h"
#include "cli/CompileJob.h"
#include "cli/CompilerFlags.h"
#include "cli/Files.h"
#include "cli/FrozenContent.h"
#include "cli/Parallel.h"
#include "cli/SizeReportFormat.h"
#include "cli/TargetModelOptions.h"
#include "firmware/FrozenWriter.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace mpyc {

namespace {

struct BuildArgs {
    std::vector<std::string> inputs;
    std::vector<std::string> manifests;
    std::string outDir, freezeOut, base = ".", stateFile, depfile, depfileTarget, stamp, romfs;
    std::string report, reportFormat, baseline, metric = "mpy";
    std::vector<std::string> failOnGrowth;
    TargetModelArgs model;
    std::string mpyDir, libDir, portDir, boardDir;
    std::vector<std::string> vars;
    unsigned jobs = 0;
    unsigned opt = 0;
    std::vector<std::string> xopts;
    unsigned smallIntBits = 31;
    std::string march;
    std::vector<std::string> targetNames;
    std::optional<std::string> marchFlags;
    std::string qstrHeader, longint = "mpz";
    unsigned mpzDigitBits = 16;
    bool warnings = false;
    bool keepGoing = false, verbose = false, list = false, force = false;
    std::string progress = "auto";
};

int buildError(const std::string& message) {
    std::fprintf(stderr, "mpyc build: error: %s\n", message.c_str());
    return 1;
}

// One output tree: -o DIR for one target; DIR/<target name> for each of several.
struct Tree {
    const TargetProfile* target = nullptr;
    std::string outDir, statePath;
    BuildState old;
    bool compilerChanged = false;
};

// Per module and tree: what the worker found and made.
struct Work {
    const BuildModule* module = nullptr;
    size_t tree = 0;
    std::string outName, outPath;
    std::string key;
    enum class State : uint8_t { NotStarted, UpToDate, Built, Failed } state = State::NotStarted;
    bool wrote = false;
    ModuleOutput output; // bytes (also read back for up-to-date modules when needed)
    OutputRecord record;
};

bool readConfig(const BuildArgs& a, CompileSettings& settings, std::vector<const TargetProfile*>& targets,
                FreezeConfig& freeze, TargetModel& target, std::string& error) {
    settings.options.optLevel = a.opt;
    settings.options.smallIntBits = a.smallIntBits;
    for (const std::string& name : a.targetNames) {
        const TargetProfile* t = resolveTarget(name, error);
        if (!t) return false;
        if (std::find(targets.begin(), targets.end(), t) == targets.end()) targets.push_back(t);
    }
    if (targets.empty()) targets.push_back(settings.options.target);
    settings.options.target = targets.front();
    if (targets.size() > 1) {
        // several trees: each its own state; one freeze, report or depfile would mix them
        const char* single = !a.freezeOut.empty()  ? "--freeze"
                             : !a.romfs.empty()    ? "--romfs"
                             : !a.report.empty()   ? "--report"
                             : !a.depfile.empty()  ? "--depfile"
                             : !a.stamp.empty()    ? "--stamp"
                             : !a.stateFile.empty() ? "--state"
                             : a.outDir.empty()    ? "no -o"
                                                   : nullptr;
        if (single) {
            error = std::string("several --target build an .mpy tree each (-o DIR: DIR/<target>/); ") + single +
                    " needs a single --target (one call per target)";
            return false;
        }
    }
    if (!a.freezeOut.empty() && !freezeSupported(*settings.options.target, error)) {
        error = "--freeze: " + error;
        return false;
    }
    freeze.longLongInts = settings.options.target->has(TargetFeature::FreezeLongLongInts);
    freeze.fullRawCodes = !settings.options.target->has(TargetFeature::FrozenProtoFunctions);
    freeze.escapedStaticQstrsMissing = !settings.options.target->has(TargetFeature::FrozenProtoFunctions);
    freeze.mpySubVersion = settings.options.target->mpySubVersion;
    if (!applyTargetOptions(a.march, a.marchFlags ? &*a.marchFlags : nullptr, settings.emitter, error))
        return false;
    for (const TargetProfile* t : targets) {
        CompileOptions o = settings.options;
        o.target = t;
        if (!checkNativeTarget(o, settings.emitter, error)) return false;
    }
    for (const std::string& x : a.xopts)
        if (!applyXOption(x, settings.options, error)) return false;
    if (a.longint == "none") {
        freeze.longInt = FreezeConfig::LongInt::None;
    } else if (a.longint == "longlong") {
        freeze.longInt = FreezeConfig::LongInt::LongLong;
    } else if (a.longint != "mpz") {
        error = "--longint-impl must be none, longlong or mpz";
        return false;
    }
    if (a.mpzDigitBits != 8 && a.mpzDigitBits != 16 && a.mpzDigitBits != 32) {
        error = "--mpz-dig-size must be 8, 16 or 32";
        return false;
    }
    freeze.mpzDigitBits = a.mpzDigitBits;
    target.mpzDigitBits = a.mpzDigitBits;
    if (!a.qstrHeader.empty()) {
        std::string text;
        if (!readFile(a.qstrHeader, text)) {
            error = "cannot read " + a.qstrHeader + ": " + std::strerror(errno);
            return false;
        }
        if (!parseQstrDefs(text, freeze, error)) {
            error = a.qstrHeader + ": " + error;
            return false;
        }
        target.firmwareQstrIdents = freeze.firmwareQstrIdents;
        target.firmwareQstrSource = a.qstrHeader;
        target.qstrBytesInHash = freeze.bytesInHash;
        target.qstrBytesInLen = freeze.bytesInLen;
    }
    return true;
}

bool manifestOptionsOf(const BuildArgs& a, ManifestOptions& m, std::string& error) {
    auto setVar = [&](const char* name, const std::string& value) {
        std::error_code ec;
        if (!value.empty()) m.vars[name] = fs::absolute(value, ec).lexically_normal().string();
    };
    setVar("MPY_DIR", a.mpyDir);
    setVar("MPY_LIB_DIR", a.libDir);
    setVar("PORT_DIR", a.portDir);
    setVar("BOARD_DIR", a.boardDir);
    for (const std::string& v : a.vars) {
        size_t eq = v.find('=');
        if (eq == std::string::npos || eq == 0) {
            error = "--var " + v + ": expected NAME=VALUE";
            return false;
        }
        std::string value = v.substr(eq + 1);
        // makemanifest.py makes existing paths absolute, and keeps other values as they are
        std::error_code ec;
        if (fs::exists(value, ec)) value = fs::absolute(value, ec).lexically_normal().string();
        m.vars[v.substr(0, eq)] = value;
    }
    return true;
}

const char* kindName(ManifestEntry::Kind k) {
    switch (k) {
    case ManifestEntry::Kind::CompilePy:
        return "py";
    case ManifestEntry::Kind::Mpy:
        return "mpy";
    case ManifestEntry::Kind::Str:
        return "str";
    }
    return "?";
}

int runBuild(const BuildArgs& a) {
    if (a.outDir.empty() && a.freezeOut.empty() && !a.list)
        return buildError("nothing to build: give -o DIR (an .mpy tree) and/or --freeze FILE.c (frozen C)");
    if (a.inputs.empty() && a.manifests.empty())
        return buildError("no inputs: give files, folders or --manifest FILE");
    if (!a.failOnGrowth.empty() && a.baseline.empty())
        return buildError("--fail-on-growth needs --baseline OLD.json");
    if (!a.baseline.empty() && a.report.empty())
        return buildError("--baseline needs --report FILE (the new report)");
    CompileSettings settings;
    settings.color = isatty(STDERR_FILENO) != 0;
    settings.warnings = a.warnings;
    FreezeConfig freezeConfig;
    TargetModel target;
    std::vector<const TargetProfile*> targets;
    std::string error;
    if (!readConfig(a, settings, targets, freezeConfig, target, error)) return buildError(error);
    target.compileOptions = sizeAffectingOptions(settings);
    std::vector<RamBudget> budgets;
    if (!applyTargetModelArgs(a.model, target, budgets, error)) return buildError(error);
    if (!budgets.empty() && a.report.empty()) return buildError("--max-ram needs --report (the size report it checks)");
    ReportFormat reportFormat = reportFormatForPath(a.report);
    if (!a.reportFormat.empty() && !parseReportFormat(a.reportFormat, reportFormat))
        return buildError("--format must be json, markdown or text");
    SizeMetric metric;
    if (!parseSizeMetric(a.metric, metric)) return buildError(std::string("--metric must be ") + kSizeMetricNames);
    std::vector<GrowthLimit> limits;
    for (const std::string& spec : a.failOnGrowth) {
        GrowthLimit l;
        if (!parseGrowthLimit(spec, l, error)) return buildError(error);
        limits.push_back(l);
    }

    InputSpec spec;
    spec.paths = a.inputs;
    spec.manifests = a.manifests;
    spec.baseDir = a.base;
    if (!manifestOptionsOf(a, spec.manifestOptions, error)) return buildError(error);
    CollectedInputs in;
    if (!collectInputs(spec, in, error)) {
        std::fputs(error.c_str(), stderr);
        return 1;
    }
    for (const std::string& w : in.warnings)
        std::fputs(w.c_str(), stderr);
    if (in.modules.empty() && a.manifests.empty() && !a.list) {
        // folders with no .py below them: almost always a wrong path. (A manifest may freeze
        // nothing on purpose: a board without frozen modules.)
        std::string where;
        for (const std::string& p : a.inputs)
            where += (where.empty() ? "" : ", ") + p;
        return buildError("no modules found in " + where + " (no .py files below the folders given)");
    }
    if (a.list) {
        for (const BuildModule& m : in.modules) {
            std::string opt = m.opt ? " opt=" + std::to_string(*m.opt) : "";
            std::string version = m.versionRepr.empty() ? "" : " version=" + m.versionRepr;
            std::printf("%s\t%s\t%s%s%s\n", kindName(m.kind), m.target.c_str(), m.sourcePath.c_str(),
                        opt.c_str(), version.c_str());
        }
        return 0;
    }

    // The .mpy tree: -o, or for --freeze alone a cache folder next to the C file; with several
    // targets one tree per target below -o.
    std::string outDir = a.outDir.empty() ? a.freezeOut + ".cache" : a.outDir;
    while (outDir.size() > 1 && outDir.back() == '/')
        outDir.pop_back();
    std::vector<Tree> trees(targets.size());
    for (size_t t = 0; t < targets.size(); ++t) {
        Tree& tree = trees[t];
        tree.target = targets[t];
        tree.outDir = targets.size() == 1 ? outDir : outDir + "/" + targets[t]->name;
        tree.statePath = a.stateFile.empty() ? tree.outDir + "/.mpyc-build.json" : a.stateFile;
        if (!makeDirectories(tree.outDir, error)) return buildError(error);
        tree.old = loadBuildState(tree.statePath);
        tree.compilerChanged = tree.old.compiler != compilerIdentity();
    }
    std::vector<CompileSettings> treeSettings(trees.size(), settings);
    for (size_t t = 0; t < trees.size(); ++t)
        treeSettings[t].options.target = trees[t].target;

    // module-major: the trees of module k are work[k * trees.size() + t]
    std::vector<Work> work(in.modules.size() * trees.size());
    std::set<std::string> outDirs;
    for (size_t k = 0; k < work.size(); ++k) {
        Work& w = work[k];
        w.module = &in.modules[k / trees.size()];
        w.tree = k % trees.size();
        w.outName = outputNameOf(*w.module);
        if (w.outName.find('\n') != std::string::npos)
            return buildError("module path with a newline: " + w.outName);
        w.outPath = trees[w.tree].outDir + "/" + w.outName;
        outDirs.insert(fs::path(w.outPath).parent_path().string());
    }
    // before the threads start: concurrent create_directories of shared parents can fail
    for (const std::string& d : outDirs)
        if (!makeDirectories(d, error)) return buildError(error);

    bool needBytes = !a.freezeOut.empty() || !a.report.empty() || !a.romfs.empty();
    std::mutex mutex;
    size_t done = 0;
    unsigned jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    bool showProgress = a.progress == "always" || (a.progress == "auto" && isatty(STDERR_FILENO));
    ProgressLine progress(showProgress && in.modules.size() > 1, in.modules.size());

    parallelFor(in.modules.size(), jobs, [&](size_t k) {
        const BuildModule& m = in.modules[k];
        Work* mine = &work[k * trees.size()];
        std::string raw;
        bool failed = false;
        if (!readFile(m.sourcePath, raw)) {
            for (size_t t = 0; t < trees.size(); ++t) {
                mine[t].state = Work::State::Failed;
                mine[t].output.errorText = m.sourcePath + ": error: cannot read: " + std::strerror(errno) + "\n";
            }
            failed = true;
        } else {
            const std::string prepared = preparedSource(m, raw);
            std::vector<size_t> stale; // the trees to compile for
            for (size_t t = 0; t < trees.size(); ++t) {
                Work& w = mine[t];
                const Tree& tree = trees[t];
                w.key = contentHash(moduleKeyText(m, prepared, treeSettings[t]));
                auto it = tree.old.outputs.find(w.outName);
                uint64_t size = 0;
                int64_t mtime = 0;
                bool upToDate = !a.force && !tree.compilerChanged && it != tree.old.outputs.end() &&
                                it->second.key == w.key && statFile(w.outPath, size, mtime) &&
                                size == it->second.size && mtime == it->second.mtimeNs &&
                                (m.kind != ManifestEntry::Kind::CompilePy || it->second.facts);
                if (upToDate) {
                    w.state = Work::State::UpToDate;
                    w.record = it->second;
                    if (needBytes) {
                        w.output.ok = readFile(w.outPath, w.output.bytes);
                        w.output.facts = it->second.facts;
                        if (!w.output.ok) upToDate = false;
                    }
                }
                if (!upToDate) stale.push_back(t);
            }
            std::vector<ModuleOutput> outputs;
            if (stale.size() == 1) {
                outputs.push_back(produceModule(m, prepared, treeSettings[stale[0]]));
            } else if (!stale.empty()) {
                std::vector<const TargetProfile*> staleTargets;
                for (size_t t : stale)
                    staleTargets.push_back(trees[t].target);
                outputs = produceModuleForTargets(m, prepared, settings, staleTargets);
            }
            for (size_t i = 0; i < stale.size(); ++i) {
                Work& w = mine[stale[i]];
                w.output = std::move(outputs[i]);
                if (!w.output.ok) {
                    w.state = Work::State::Failed;
                } else if (!writeIfChanged(w.outPath, w.output.bytes, w.wrote) ||
                           !statFile(w.outPath, w.record.size, w.record.mtimeNs)) {
                    w.state = Work::State::Failed;
                    w.output.errorText = w.outPath + ": error: cannot write: " + std::strerror(errno) + "\n";
                } else {
                    w.state = Work::State::Built;
                    w.record.key = w.key;
                    w.record.facts = w.output.facts;
                }
                failed = failed || w.state == Work::State::Failed;
            }
        }
        std::lock_guard<std::mutex> lock(mutex);
        progress.update(++done, m.target);
        return !failed || a.keepGoing;
    });
    progress.finish();

    // The new state of each tree: kept for modules not attempted (after a failure without
    // --keep-going).
    size_t failed = 0, built = 0, rewritten = 0, removed = 0;
    for (size_t t = 0; t < trees.size(); ++t) {
        const Tree& tree = trees[t];
        BuildState state;
        state.compiler = compilerIdentity();
        std::set<std::string> current;
        for (const Work& w : work) {
            if (w.tree != t) continue;
            current.insert(w.outName);
            switch (w.state) {
            case Work::State::UpToDate:
            case Work::State::Built:
                state.outputs[w.outName] = w.record;
                built += w.state == Work::State::Built;
                rewritten += w.wrote;
                break;
            case Work::State::Failed:
                failed++;
                // what is there is stale: an output must never outlive a failed compile
                if (tree.old.outputs.count(w.outName)) removeFileAndEmptyParents(w.outPath, tree.outDir);
                break;
            case Work::State::NotStarted:
                if (auto it = tree.old.outputs.find(w.outName); it != tree.old.outputs.end())
                    state.outputs[w.outName] = it->second;
                break;
            }
        }
        for (const auto& [name, record] : tree.old.outputs) {
            if (current.count(name)) continue;
            removeFileAndEmptyParents(tree.outDir + "/" + name, tree.outDir);
            removed++;
        }
        bool stateChanged = false;
        if (!writeIfChanged(tree.statePath, serializeBuildState(state), stateChanged))
            return buildError("cannot write " + tree.statePath + ": " + std::strerror(errno));
    }
    const std::string& statePath = trees.front().statePath;

    // Diagnostics in input order. With several targets each is headed by the targets it is
    // for; a module's trees that report the same text (one parse) get it once.
    for (size_t k = 0; k < work.size(); ++k) {
        const Work& w = work[k];
        const std::string* text = w.state == Work::State::Failed  ? &w.output.errorText
                                  : w.state == Work::State::Built ? &w.output.warningText
                                                                  : nullptr;
        if (!text || text->empty()) continue;
        auto same = [&](const Work& o) {
            return o.module == w.module && o.state == w.state &&
                   (o.state == Work::State::Failed ? o.output.errorText : o.output.warningText) == *text;
        };
        if (w.tree > 0 && same(work[k - 1])) continue;
        if (trees.size() > 1) {
            std::string names = trees[w.tree].target->name;
            for (size_t n = k + 1; n < work.size() && same(work[n]); ++n)
                names += std::string(", ") + trees[work[n].tree].target->name;
            std::fprintf(stderr, "mpyc build: for %s:\n", names.c_str());
        }
        std::fputs(text->c_str(), stderr);
    }
    if (a.verbose)
        for (const Work& w : work)
            if (w.state == Work::State::Built)
                std::fprintf(stderr, "%s %s\n", w.wrote ? "wrote" : "same", w.outPath.c_str());
    if (a.verbose || showProgress)
        std::fprintf(
            stderr, "mpyc build: %zu modules%s: %zu compiled (%zu rewritten), %zu up to date, %zu removed%s\n",
            in.modules.size(),
            trees.size() > 1 ? (" for " + std::to_string(trees.size()) + " targets").c_str() : "", built, rewritten,
            static_cast<size_t>(std::count_if(
                work.begin(), work.end(), [](const Work& w) { return w.state == Work::State::UpToDate; })),
            removed, failed ? (", " + std::to_string(failed) + " failed").c_str() : "");
    if (failed) {
        std::fprintf(stderr, "mpyc build: %zu module%s failed%s\n", failed, failed == 1 ? "" : "s",
                     a.keepGoing ? "" : " (the rest were not compiled; --keep-going compiles them all)");
        return 1;
    }

    if (!a.freezeOut.empty()) {
        std::vector<FrozenStrModule> strModules;
        std::vector<FreezeModule> mpyModules;
        for (const Work& w : work) {
            if (w.module->kind == ManifestEntry::Kind::Str) {
                strModules.push_back({w.module->target, w.output.bytes});
                continue;
            }
            FreezeModule fm;
            // makemanifest.py names the compiled file, or a .mpy input itself
            fm.sourcePath = w.module->kind == ManifestEntry::Kind::Mpy ? w.module->sourcePath : w.outPath;
            MpyReadOptions options;
            options.allowNative = true;
            const std::string& b = w.output.bytes;
            std::optional<MpyFile> file =
                readMpy(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(b.data()), b.size()), error,
                        options);
            if (!file) return buildError(w.outPath + ": " + error);
            fm.file = std::move(*file);
            mpyModules.push_back(std::move(fm));
        }
        std::string text;
        std::vector<std::string> warnings;
        if (!makeFrozenContent(strModules, mpyModules, freezeConfig, text, warnings, error))
            return buildError(error);
        for (const std::string& warning : warnings)
            std::fprintf(stderr, "mpyc build: warning: %s\n", warning.c_str());
        std::string dir = fs::path(a.freezeOut).parent_path().string();
        bool changed;
        if (!makeDirectories(dir, error)) return buildError(error);
        if (!writeIfChanged(a.freezeOut, text, changed))
            return buildError("cannot write " + a.freezeOut + ": " + std::strerror(errno));
    }

    if (!a.romfs.empty()) {
        // the tree as a ROMFS image: what `mpremote romfs build` makes of the output folder
        std::vector<std::pair<std::string, llvm::ArrayRef<uint8_t>>> files;
        for (const Work& w : work)
            files.emplace_back(w.outName, llvm::ArrayRef<uint8_t>(
                                              reinterpret_cast<const uint8_t*>(w.output.bytes.data()), w.output.bytes.size()));
        for (const auto& f : files)
            for (char c : f.first)
                if (static_cast<unsigned char>(c) >= 0x80)
                    return buildError("--romfs: " + f.first + ": the name is not ASCII, which a ROMFS image cannot hold");
        std::vector<uint8_t> image = romfsImageOf(files);
        std::string dir = fs::path(a.romfs).parent_path().string();
        bool changed;
        if (!makeDirectories(dir, error)) return buildError(error);
        if (!writeIfChanged(a.romfs, std::string(image.begin(), image.end()), changed))
            return buildError("cannot write " + a.romfs + ": " + std::strerror(errno));
    }

    int exitCode = 0;
    if (!a.report.empty()) {
        std::vector<ModuleSize> sizes;
        for (const Work& w : work) {
            if (w.module->kind == ManifestEntry::Kind::Str) continue;
            MpyReadOptions options;
            options.allowNative = true;
            const std::string& b = w.output.bytes;
            auto bytes = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(b.data()), b.size());
            std::optional<MpyFile> file =
                bytes.size() >= 2 && bytes[1] == 5 ? readMpyV5(bytes, error) : readMpy(bytes, error, options);
            if (!file) return buildError(w.outPath + ": " + error);
            ModuleSize s = measureModule(*file, target, w.output.facts ? &*w.output.facts : nullptr);
            s.name = w.module->target;
            addImportFigures(s, *file, target);
            s.path = w.module->sourcePath;
            sizes.push_back(std::move(s));
        }
        SizeTotals totals = totalsOf(sizes, target);
        Comparison comparison;
        bool compared = !a.baseline.empty();
        if (compared &&
            !compareWithBaseline(a.baseline, sizes, totals, target, metric, limits, comparison, error))
            return buildError(error);
        std::string text =
            renderSizeReport(reportFormat, sizes, totals, target, compared ? &comparison : nullptr);
        bool changed;
        if (a.report == "-") {
            if (!writeStdout(text))
                return buildError(std::string("cannot write to stdout: ") + std::strerror(errno));
        } else if (!writeIfChanged(a.report, text, changed)) {
            return buildError("cannot write " + a.report + ": " + std::strerror(errno));
        }
        if (compared && comparison.failed) {
            std::fprintf(stderr, "mpyc build: %s\n", gateFailureSummary(comparison).c_str());
            exitCode = 2;
        }
        for (const std::string& line : checkRamBudgets(budgets, sizes, totals)) {
            std::fprintf(stderr, "mpyc build: %s\n", line.c_str());
            exitCode = 2;
        }
    }

    if (!a.depfile.empty()) {
        std::vector<std::string> depTargets;
        if (!a.depfileTarget.empty())
            depTargets.push_back(a.depfileTarget);
        else if (!a.freezeOut.empty())
            depTargets.push_back(a.freezeOut);
        else if (!a.stamp.empty())
            depTargets.push_back(a.stamp);
        else
            depTargets.push_back(statePath);
        std::vector<std::string> deps;
        std::set<std::string> seen;
        auto add = [&](const std::string& d) {
            if (!d.empty() && seen.insert(d).second) deps.push_back(d);
        };
        add(executablePath());
        for (const std::string& m : in.manifests)
            add(m);
        for (const BuildModule& m : in.modules)
            add(m.sourcePath);
        for (const std::string& d : in.directories)
            add(d);
        bool changed;
        if (!writeIfChanged(a.depfile, makeDepfile(depTargets, deps), changed))
            return buildError("cannot write " + a.depfile + ": " + std::strerror(errno));
    }
    if (!a.stamp.empty()) {
        // always touched: make compares it with the inputs
        int fd = ::open(a.stamp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        bool touched = fd >= 0 && ::futimens(fd, nullptr) == 0;
        int saved = errno;
        if (fd >= 0 && ::close(fd) != 0 && touched) {
            touched = false;
            saved = errno;
        }
        if (!touched) return buildError("cannot touch " + a.stamp + ": " + std::strerror(saved));
    }
    return exitCode;
}

} // namespace

Command addBuildCommand(CLI::App& app) {
    auto a = std::make_shared<BuildArgs>();
    CLI::App* cmd = app.add_subcommand(
        "build",
        "compile many modules in one call: an .mpy tree and/or frozen C, incremental, parallel, with "
        "depfiles and size reports");
    cmd->add_option("inputs", a->inputs, ".py files and folders (every .py below them)");
    cmd->add_option("-m,--manifest", a->manifests, "a manifest.py (repeatable)")->allow_extra_args(false);
    cmd->add_option("-o,--output", a->outDir, "the .mpy tree: DIR/<module path>.mpy");
    cmd->add_option(
        "--freeze", a->freezeOut,
        "write frozen_content.c (as makemanifest.py) for every module; without -o the .mpy files are "
        "cached in FILE.cache/");
    cmd->add_option("--base", a->base,
                    "module paths of file inputs are relative to this folder (default: .)");
    cmd->add_option("-j,--jobs", a->jobs, "parallel compilations (default: the number of cores)");
    cmd->add_option("-O", a->opt, "optimisation level, as mpy-cross -O<N> (a manifest's opt= wins)");
    cmd->add_option("--target", a->targetNames,
                    "the firmware release to compile for (mpyc targets; default micropython-1.28); "
                    "repeatable: one .mpy tree per target, -o DIR/<target>/")
        ->allow_extra_args(false);
    cmd->add_option("-X", a->xopts, "source-lines or no-source-lines (as mpyc compile)")
        ->allow_extra_args(false);
    cmd->add_option("--small-int-bits", a->smallIntBits, "as mpy-cross -msmall-int-bits=N (default 31)");
    cmd->add_option("--march", a->march, "as mpy-cross -march=ARCH (which -march=ARCH also sets)");
    cmd->add_option("--march-flags", a->marchFlags, "as mpy-cross -march-flags=FLAGS");
    cmd->add_option("--mpy-dir", a->mpyDir, "$(MPY_DIR): the MicroPython checkout");
    cmd->add_option("--lib-dir", a->libDir,
                    "$(MPY_LIB_DIR): a micropython-lib checkout, searched by require()");
    cmd->add_option("--port-dir", a->portDir, "$(PORT_DIR)");
    cmd->add_option("--board-dir", a->boardDir, "$(BOARD_DIR)");
    cmd->add_option("--var", a->vars, "another manifest path variable, NAME=VALUE (repeatable)")
        ->allow_extra_args(false);
    cmd->add_option("--state", a->stateFile, "the incremental state file (default: OUT/.mpyc-build.json)");
    cmd->add_option("--depfile", a->depfile,
                    "write a Make depfile: the manifests, sources and folders read, and mpyc itself");
    cmd->add_option(
        "--depfile-target", a->depfileTarget,
        "the depfile's target (default: the --freeze file, else the --stamp, else the state file)");
    cmd->add_option("--stamp", a->stamp, "a file touched after every successful build");
    cmd->add_flag("-k,--keep-going", a->keepGoing,
                  "compile every module even after one failed; report all failures");
    cmd->add_flag("-f,--force", a->force, "recompile every module");
    cmd->add_flag("--warnings,!--no-warnings", a->warnings,
                  "report the compiler's warnings for the modules compiled (as mpyc compile; default: off)");
    cmd->add_flag("-v,--verbose", a->verbose, "list the modules compiled and print a summary");
    cmd->add_flag("--list", a->list, "print the modules (kind, module path, source) and exit");
    cmd->add_option("--progress", a->progress, "the progress line: auto (on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    cmd->add_option("--report", a->report, "write a size report (see mpyc size); '-' for stdout");
    cmd->add_option("--romfs", a->romfs,
                    "also pack the output tree into a ROMFS image (vfs.VfsRom; see mpyc romfs)");
    cmd->add_option("--format", a->reportFormat,
                    "report format: json, markdown or text (default: from the name)");
    cmd->add_option("--baseline", a->baseline, "compare the report with this earlier JSON report");
    cmd->add_option("--fail-on-growth", a->failOnGrowth,
                    "exit 2 when the size grew more than [module:|total:]N% or N[B] (repeatable)")
        ->allow_extra_args(false);
    addTargetModelOptions(cmd, a->model);
    cmd->add_option("--metric", a->metric,
                    "what the gate compares: mpy (default), ram, bytecode, load, import or qstrs");
    cmd->add_option(
        "-q,--qstr-header", a->qstrHeader,
        "the firmware's genhdr/qstrdefs.preprocessed.h (freeze: as mpy-tool -q; report: its qstrs "
        "are not counted as added)");
    cmd->add_option("--longint-impl", a->longint,
                    "freeze: the firmware's MICROPY_LONGINT_IMPL (none, longlong, mpz)");
    cmd->add_option("--mpz-dig-size", a->mpzDigitBits, "freeze: the firmware's MPZ_DIG_SIZE (8, 16, 32)");
    return {cmd, [a] { return runBuild(*a); }};
}

} // namespace mpyc
