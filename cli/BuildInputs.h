// The modules a `mpyc build` or `mpyc size` call works on, from its command line: files,
// folders (walked in sorted order) and manifests (cli/Manifest.h), each module with the path
// it has on the device (its "target", also the source name embedded in the .mpy).
#pragma once

#include "cli/Manifest.h"

#include <optional>
#include <string>
#include <vector>

namespace mpyc {

struct BuildModule {
    ManifestEntry::Kind kind = ManifestEntry::Kind::CompilePy;
    std::string sourcePath; // the file to read, as given or as the manifest resolved it
    std::string target;     // module path on the device, e.g. "pkg/mod.py"
    std::optional<unsigned> opt;
    std::string versionRepr; // manifests: __version__ to append (see ManifestEntry)
    bool fromManifest = false;
    std::string declaredAt; // "manifest.py:LINE" or the command-line argument
};

struct InputSpec {
    std::vector<std::string> paths; // files and folders
    std::vector<std::string> manifests;
    std::string baseDir = "."; // file inputs get module paths relative to it
    ManifestOptions manifestOptions;
    // build: a file outside baseDir is an error (its module path would be a guess);
    // size: the name is then just the path as given.
    bool strictBase = true;
    // size also measures .mpy files found in folders; build compiles .py files only.
    bool mpyFromFolders = false;
};

struct CollectedInputs {
    std::vector<BuildModule> modules;
    std::vector<std::string> manifests;   // read, for depfiles
    std::vector<std::string> directories; // listed, for depfiles (a new file changes them)
    std::vector<std::string> warnings;
};

// Collects the modules. Two modules with the same target are an error naming both.
bool collectInputs(const InputSpec& spec, CollectedInputs& out, std::string& error);

} // namespace mpyc
