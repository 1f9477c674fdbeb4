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

// --features: each compiler decision that changed, the release (and commit) that made it, and
// its one line; a target has a feature from that release on (CircuitPython: its own rows too).
int runFeatures() {
    std::printf("%-26s %-8s %-11s %s\n", "feature", "since", "commit", "what a release with it does");
    for (unsigned i = 0; i < unsigned(TargetFeature::Count); ++i) {
        const TargetFeatureInfo& f = featureInfo(TargetFeature(i));
        std::string since = f.since == kCircuitPythonOnly
                                ? "CP 10"
                                : std::to_string(f.since / 100) + "." + std::to_string(f.since % 100);
        std::printf("%-26s %-8s %-11s %s\n", featureName(TargetFeature(i)), since.c_str(), f.commit, f.summary);
    }
    return 0;
}

int runTargets() {
    std::printf("%-18s %-7s %-6s %-22s %-30s %s\n", "target", ".mpy", "_mpy", "reference", "loaded by", "status");
    for (const TargetProfile& t : allTargets()) {
        // v5 has no sub-version (those header bits are feature flags there)
        std::string version = std::to_string(t.mpyVersion) +
                              (t.mpyVersion == 5 ? std::string() : "." + std::to_string(t.mpySubVersion));
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
    auto features = std::make_shared<bool>(false);
    cmd->add_flag("--features", *features,
                  "list the compiler decisions that differ between releases, with the release that made each");
    return {cmd, [features] { return *features ? runFeatures() : runTargets(); }};
}

} // namespace mpyc
