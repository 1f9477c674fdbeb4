// mpyc: the command line. Under the name `mpy-cross` it is a drop-in for MicroPython's
// mpy-cross; as `mpyc` it has subcommands (compile, and later freeze, dump, build, size).
#include "cli/Files.h"
#include "cli/MpyCrossCommand.h"
#include "emitter/Disassembler.h"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

bool calledAsMpyCross(const char* argv0) {
    const char* base = std::strrchr(argv0, '/');
    base = base ? base + 1 : argv0;
    return std::strncmp(base, "mpy-cross", 9) == 0;
}

int runDump(const std::string& path, bool hex) {
    std::string data;
    if (!mpyc::readFile(path, data)) {
        std::fprintf(stderr, "mpyc dump: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
        return 1;
    }
    std::string error;
    auto bytes = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    std::optional<mpyc::MpyFile> file = mpyc::readMpy(bytes, error);
    if (!file) {
        std::fprintf(stderr, "mpyc dump: %s: %s\n", path.c_str(), error.c_str());
        return 1;
    }
    mpyc::DisassemblyOptions options;
    options.showHex = hex;
    std::string text = mpyc::disassemble(*file, options);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (calledAsMpyCross(argv[0])) return mpyc::runMpyCrossCommand(argc, argv, true);

    CLI::App app{"mpyc: an ahead-of-time compiler for MicroPython (.mpy v6.3)", "mpyc"};
    app.require_subcommand(1);
    app.set_version_flag("--version",
                         "mpyc 0.1.0 (MicroPython v1.28.0 compatible); mpy-cross emitting mpy v6.3");
    CLI::App* compile = app.add_subcommand("compile", "compile one .py file to .mpy (mpy-cross's options)");
    compile->prefix_command();
    compile->allow_extras();

    std::string dumpFile;
    bool dumpHex = false;
    CLI::App* dump = app.add_subcommand("dump", "disassemble a .mpy file (ours or the reference's)");
    dump->add_option("file", dumpFile, "the .mpy file")->required();
    dump->add_flag("--hex", dumpHex, "show each instruction's bytes");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (compile->parsed()) {
        std::vector<std::string> rest = compile->remaining();
        std::string prog = std::string(argv[0]) + " compile";
        std::vector<char*> args{prog.data()};
        for (std::string& s : rest)
            args.push_back(s.data());
        args.push_back(nullptr);
        return mpyc::runMpyCrossCommand(static_cast<int>(args.size() - 1), args.data(), false);
    }
    if (dump->parsed()) return runDump(dumpFile, dumpHex);
    return 1;
}
