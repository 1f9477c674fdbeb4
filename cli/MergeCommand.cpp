// `mpyc merge`: several .mpy files into one, as `tools/mpy-tool.py --merge` does
// (mpy/MpyMerge.h). The result is read back before it is written, so a merge never
// leaves a file that MicroPython would reject.
#include "cli/Commands.h"

#include "cli/Files.h"
#include "mpy/MpyMerge.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mpyc {

namespace {

struct MergeOptions {
    std::string output;
    std::vector<std::string> files;
};

int runMerge(const MergeOptions& o) {
    std::vector<MergeInput> inputs(o.files.size());
    for (size_t i = 0; i < o.files.size(); ++i) {
        MergeInput& in = inputs[i];
        in.path = o.files[i];
        std::string data;
        if (!readFile(in.path, data)) {
            std::fprintf(stderr, "mpyc merge: cannot read %s: %s\n", in.path.c_str(), std::strerror(errno));
            return 1;
        }
        in.bytes.assign(data.begin(), data.end());
        std::string error;
        MpyReadOptions options;
        options.allowNative = true;
        std::optional<MpyFile> file = readMpy(in.bytes, error, options);
        if (!file || !checkBytecode(*file, error)) {
            std::fprintf(stderr, "mpyc merge: %s: %s\n", in.path.c_str(), error.c_str());
            return 1;
        }
        in.file = std::move(*file);
    }
    std::vector<uint8_t> merged;
    std::string error;
    if (!mergeMpy(inputs, merged, error)) {
        std::fprintf(stderr, "mpyc merge: %s\n", error.c_str());
        return 1;
    }
    MpyReadOptions options;
    options.allowNative = true;
    std::optional<MpyFile> check = readMpy(merged, error, options);
    if (!check || !checkBytecode(*check, error)) {
        std::fprintf(stderr, "mpyc merge: internal error: the merged file does not read back: %s\n",
                     error.c_str());
        return 1;
    }
    if (o.output.empty() || o.output == "-") {
        if (std::fwrite(merged.data(), 1, merged.size(), stdout) != merged.size() ||
            std::fflush(stdout) != 0) {
            std::fprintf(stderr, "mpyc merge: cannot write to stdout: %s\n", std::strerror(errno));
            return 1;
        }
        return 0;
    }
    if (!writeFileAtomically(o.output, merged)) {
        std::fprintf(stderr, "mpyc merge: cannot write %s: %s\n", o.output.c_str(), std::strerror(errno));
        return 1;
    }
    return 0;
}

} // namespace

Command addMergeCommand(CLI::App& app) {
    auto opts = std::make_shared<MergeOptions>();
    CLI::App* cmd =
        app.add_subcommand("merge", "merge .mpy files into one, as mpy-tool.py --merge (importing it "
                                    "runs each module in turn)");
    cmd->add_option("-o,--output", opts->output, "the merged .mpy (default: stdout)");
    cmd->add_option("files", opts->files, "the .mpy files, in the order their code runs")->required();
    return {cmd, [opts] { return runMerge(*opts); }};
}

} // namespace mpyc
