// The build state file and file utilities of `mpyc build`; see BuildState.h.
#include "cli/BuildState.h"

#include "cli/Files.h"

#include <llvm/Support/xxhash.h>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace mpyc {

namespace {

constexpr const char* kStateFormat = "mpyc-build-state";
constexpr int kStateVersion = 1;

nlohmann::json factsToJson(const SourceFacts& f) {
    nlohmann::json dropped = nlohmann::json::array();
    for (const DroppedConstant& d : f.dropped)
        dropped.push_back({{"name", d.name}, {"value", d.value}, {"line", d.line}, {"uses", d.uses}});
    return {{"lines", f.definitionLines}, {"max_stack", f.maxStack}, {"dropped", dropped}};
}

SourceFacts factsFromJson(const nlohmann::json& j) {
    SourceFacts f;
    f.definitionLines = j.at("lines").get<std::vector<uint32_t>>();
    f.maxStack = j.at("max_stack").get<std::vector<uint32_t>>();
    for (const auto& d : j.at("dropped"))
        f.dropped.push_back({d.at("name").get<std::string>(), d.at("value").get<std::string>(),
                             d.at("line").get<uint32_t>(), d.at("uses").get<unsigned>()});
    return f;
}

} // namespace

std::string contentHash(llvm::StringRef data) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(llvm::xxHash64(data)));
    return buf;
}

std::string executablePath() {
    std::error_code ec;
    fs::path p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : p.string();
}

const std::string& compilerIdentity() {
    static const std::string identity = [] {
        std::string bytes;
        std::string path = executablePath();
        // without /proc, fall back to the version: rebuilt compilers then need --force
        if (path.empty() || !readFile(path, bytes)) return std::string("mpyc 0.1.0");
        return "mpyc 0.1.0 " + contentHash(bytes);
    }();
    return identity;
}

BuildState loadBuildState(const std::string& path) {
    BuildState state;
    std::string text;
    // only a regular file can hold a state: a device or FIFO named as the state file is
    // written to (and fails there if it refuses bytes), never read
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || !readFile(path, text)) return state;
    try {
        nlohmann::json j = nlohmann::json::parse(text);
        if (j.value("format", "") != kStateFormat || j.value("version", 0) != kStateVersion) return state;
        state.compiler = j.at("compiler").get<std::string>();
        for (const auto& [name, o] : j.at("outputs").items()) {
            OutputRecord r;
            r.key = o.at("key").get<std::string>();
            r.size = o.at("size").get<uint64_t>();
            r.mtimeNs = o.at("mtime_ns").get<int64_t>();
            if (o.contains("facts")) r.facts = factsFromJson(o.at("facts"));
            state.outputs[name] = std::move(r);
        }
    } catch (const nlohmann::json::exception&) {
        return BuildState{};
    }
    return state;
}

std::string serializeBuildState(const BuildState& state) {
    nlohmann::json outputs = nlohmann::json::object();
    for (const auto& [name, r] : state.outputs) {
        nlohmann::json o = {{"key", r.key}, {"size", r.size}, {"mtime_ns", r.mtimeNs}};
        if (r.facts) o["facts"] = factsToJson(*r.facts);
        outputs[name] = std::move(o);
    }
    nlohmann::json j = {{"format", kStateFormat},
                        {"version", kStateVersion},
                        {"compiler", state.compiler},
                        {"outputs", std::move(outputs)}};
    return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool statFile(const std::string& path, uint64_t& size, int64_t& mtimeNs) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    size = static_cast<uint64_t>(st.st_size);
    mtimeNs = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return true;
}

bool writeIfChanged(const std::string& path, llvm::StringRef data, bool& changed) {
    changed = false;
    uint64_t size;
    int64_t mtime;
    if (statFile(path, size, mtime) && size == data.size()) {
        std::string old;
        if (readFile(path, old) && old == data) return true;
    }
    changed = true;
    return writeFileAtomically(path, data.str());
}

bool makeDirectories(const std::string& dir, std::string& error) {
    if (dir.empty()) return true;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec && !fs::is_directory(dir)) {
        error = "cannot create the folder " + dir + ": " + ec.message();
        return false;
    }
    return true;
}

void removeFileAndEmptyParents(const std::string& file, const std::string& stopAt) {
    if (::unlink(file.c_str()) != 0 && errno != ENOENT) return;
    fs::path stop = fs::path(stopAt).lexically_normal();
    fs::path dir = fs::path(file).parent_path().lexically_normal();
    // rmdir fails on a folder that is not empty, which ends the walk
    while (!dir.empty() && dir != stop && dir.string().size() > stop.string().size() &&
           ::rmdir(dir.c_str()) == 0)
        dir = dir.parent_path();
}

std::string makeDepfile(const std::vector<std::string>& targets, const std::vector<std::string>& deps) {
    auto escape = [](const std::string& s) {
        std::string out;
        for (char c : s) {
            // as GCC writes them (Make and Ninja both read this)
            if (c == ' ' || c == '#') out += '\\';
            if (c == '$') out += '$';
            out += c;
        }
        return out;
    };
    std::string out;
    for (size_t k = 0; k < targets.size(); ++k)
        out += (k ? " " : "") + escape(targets[k]);
    out += ":";
    for (const std::string& d : deps)
        out += " \\\n  " + escape(d);
    out += "\n";
    // A rule with no prerequisites for each prerequisite, as `gcc -MP` writes: when a source
    // is deleted, Make remakes the target (which removes the stale output) instead of
    // stopping with "No rule to make target".
    for (const std::string& d : deps)
        out += "\n" + escape(d) + ":\n";
    return out;
}

} // namespace mpyc
