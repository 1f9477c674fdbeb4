// `mpyc targets`: the firmware releases mpyc compiles for (--target), with each one's .mpy
// version, what sys.implementation._mpy prints on such a firmware, the firmware that loads the
// output, and whether this mpyc supports it yet.
#include "cli/Commands.h"

#include "target/TargetProfile.h"

#include <cstdio>
#include <memory>
#include <string>

namespace mpyc {

namespace {

int runTargets() {
    std::printf("%-18s %-7s %-6s %-22s %-30s %s\n", "target", ".mpy", "_mpy", "reference", "loaded by", "status");
    for (const TargetProfile& t : allTargets()) {
        std::string version = std::to_string(t.mpyVersion) + "." + std::to_string(t.mpySubVersion);
        if (t.headerMagic != 'M') version = std::string(1, t.headerMagic) + version;
        std::printf("%-18s %-7s %-6u %-22s %-30s %s\n", t.name, version.c_str(), t.sysImplementationMpy(), t.reference,
                    t.loadedBy, &t == &defaultTarget() ? "default" : t.available ? "supported" : "not yet");
    }
    std::printf("\n--target=NAME picks one; --target=mpy:VALUE the one whose format a board reports as\n"
                "sys.implementation._mpy (its architecture bits ignored: bytecode runs on any).\n");
    return 0;
}

} // namespace

Command addTargetsCommand(CLI::App& app) {
    CLI::App* cmd = app.add_subcommand("targets", "the firmware releases mpyc compiles for (--target)");
    return {cmd, [] { return runTargets(); }};
}

} // namespace mpyc
