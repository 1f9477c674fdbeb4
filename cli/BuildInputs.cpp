// Collecting the modules of a build from files, folders and manifests; see BuildInputs.h.
#include "cli/BuildInputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace mpyc {

namespace {

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// Sorted walk, files before subfolders; folders whose name starts with '.' are skipped.
void walkFolder(const fs::path& dir, const fs::path& rel, bool withMpy,
                std::vector<std::pair<fs::path, fs::path>>& out, std::vector<std::string>& dirsRead,
                std::set<std::string>& seen) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (ec || !seen.insert(canonical.string()).second) return;
    dirsRead.push_back(dir.string());
    std::vector<std::string> files, dirs;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        std::error_code ec2;
        if (it->is_directory(ec2)) {
            if (!name.empty() && name[0] != '.') dirs.push_back(name);
        } else if (it->is_regular_file(ec2)) {
            std::string ext = lowerExtension(name);
            if (ext == ".py" || (withMpy && ext == ".mpy")) files.push_back(name);
        }
    }
    std::sort(files.begin(), files.end());
    std::sort(dirs.begin(), dirs.end());
    for (const std::string& f : files)
        out.emplace_back(dir / f, rel / f);
    for (const std::string& d : dirs)
        walkFolder(dir / d, rel / d, withMpy, out, dirsRead, seen);
}

ManifestEntry::Kind kindOf(const fs::path& p) {
    return lowerExtension(p) == ".mpy" ? ManifestEntry::Kind::Mpy : ManifestEntry::Kind::CompilePy;
}

} // namespace

bool collectInputs(const InputSpec& spec, CollectedInputs& out, std::string& error) {
    if (!spec.manifests.empty()) {
        ManifestResult r;
        if (!evaluateManifests(spec.manifests, spec.manifestOptions, r, error)) return false;
        for (ManifestEntry& e : r.entries) {
            BuildModule m;
            m.kind = e.kind;
            m.sourcePath = e.fullPath;
            m.target = e.targetPath;
            m.opt = e.opt;
            m.versionRepr = e.versionRepr;
            m.fromManifest = true;
            m.declaredAt = e.declaredAt;
            out.modules.push_back(std::move(m));
        }
        out.manifests = std::move(r.manifestsRead);
        out.directories = std::move(r.directoriesRead);
        out.warnings = std::move(r.warnings);
    }
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    fs::path base =
        fs::absolute(spec.baseDir.empty() ? fs::path(".") : fs::path(spec.baseDir), ec).lexically_normal();
    std::set<std::string> seen;
    for (const std::string& arg : spec.paths) {
        fs::path p(arg);
        if (fs::is_directory(p, ec)) {
            std::vector<std::pair<fs::path, fs::path>> found;
            walkFolder(p, fs::path(), spec.mpyFromFolders, found, out.directories, seen);
            for (auto& [full, rel] : found) {
                BuildModule m;
                m.kind = kindOf(full);
                m.sourcePath = full.lexically_normal().string();
                m.target = rel.string();
                m.declaredAt = arg;
                out.modules.push_back(std::move(m));
            }
            continue;
        }
        if (!fs::exists(p, ec)) {
            error = "mpyc: error: " + arg + ": no such file or folder\n";
            return false;
        }
        std::string ext = lowerExtension(p);
        if (ext != ".py" && ext != ".mpy") {
            error = "mpyc: error: " + arg + ": not a .py or .mpy file\n";
            return false;
        }
        fs::path rel = (cwd / p).lexically_normal().lexically_relative(base);
        std::string relText = rel.string();
        BuildModule m;
        m.kind = kindOf(p);
        m.sourcePath = arg;
        m.declaredAt = arg;
        if (relText.empty() || relText.rfind("..", 0) == 0) {
            if (spec.strictBase) {
                error = "mpyc: error: " + arg + " is outside the base folder " + base.string() +
                        ", so it has no module path; give --base DIR (module paths are relative to it) or "
                        "pass its folder\n";
                return false;
            }
            relText = p.lexically_normal().string();
        }
        m.target = relText;
        out.modules.push_back(std::move(m));
    }
    // one module per device path: the second would silently replace the first
    std::map<std::string, const BuildModule*> byTarget;
    for (const BuildModule& m : out.modules) {
        auto [it, inserted] = byTarget.emplace(m.target, &m);
        if (!inserted) {
            error = "mpyc: error: two modules would be " + m.target + ": " + it->second->sourcePath +
                    " (from " + it->second->declaredAt + ") and " + m.sourcePath + " (from " + m.declaredAt +
                    ")\n";
            return false;
        }
    }
    return true;
}

} // namespace mpyc
