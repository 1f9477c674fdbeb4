// mpyc: the command line. Under the name `mpy-cross` it is a drop-in for MicroPython's
// mpy-cross; as `mpyc` it has subcommands (compile, dump, and later freeze, build, size).
#include "cli/Commands.h"
#include "cli/Files.h"
#include "cli/MpyCrossCommand.h"

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

// Whatever a command wrote to stdout must have arrived: a full device or a closed pipe at the
// last buffered write is exit code 1, not a silently truncated output. A command that
// failed has said why already.
int withStdoutChecked(int rc) {
    if (!mpyc::finishStdout() && rc == 0) {
        std::fprintf(stderr, "error: cannot write to stdout: %s\n", std::strerror(errno));
        return 1;
    }
    return rc;
}

int runCommand(int argc, char** argv) {
    if (calledAsMpyCross(argv[0])) return mpyc::runMpyCrossCommand(argc, argv, true);

    CLI::App app{"mpyc: an ahead-of-time compiler for MicroPython (.mpy v6.3)", "mpyc"};
    app.require_subcommand(1);
    app.set_version_flag("--version",
                         "mpyc 0.1.0 (MicroPython v1.28.0 compatible); mpy-cross emitting mpy v6.3");
    std::vector<mpyc::Command> commands;
    commands.push_back(mpyc::addCompileCommand(app));
    commands.push_back(mpyc::addDumpCommand(app));
    commands.push_back(mpyc::addFreezeCommand(app));
    commands.push_back(mpyc::addMergeCommand(app));
    commands.push_back(mpyc::addBuildCommand(app));
    commands.push_back(mpyc::addSizeCommand(app));
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    for (const mpyc::Command& c : commands)
        if (c.app->parsed()) return c.run();
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    return withStdoutChecked(runCommand(argc, argv));
}
