// What `mpyc build` remembers between runs, and the small file utilities it needs.
//
// The state file (by default DIR/.mpyc-build.json in the output folder) records, per output,
// the content hash of everything that decided its bytes (the source, the options, the module
// name and the compiler executable itself) and the output's size and modification time as
// written. A module is recompiled only when that key changes or its output was touched or
// removed; outputs listed in the state whose module is gone are deleted. Only files the state
// lists are ever deleted, so a shared folder's other files are safe.
//
// The state also keeps what a size report needs beyond the .mpy bytes (SourceFacts), so that
// `--report` gives the same figures whether a module was compiled now or earlier.
#pragma once

#include "firmware/SizeReport.h"

#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

// 64-bit content hash (xxHash64), as 16 hex digits.
std::string contentHash(llvm::StringRef data);

// A hash of this mpyc executable's bytes (read once): a rebuilt compiler invalidates every
// output even when its version string stayed the same.
const std::string& compilerIdentity();

// The path of this executable (for depfiles).
std::string executablePath();

struct OutputRecord {
    std::string key;   // contentHash of the inputs that decided the bytes
    uint64_t size = 0; // of the output as written
    int64_t mtimeNs = 0;
    std::optional<SourceFacts> facts; // for compiled modules
};

struct BuildState {
    std::string compiler;
    std::map<std::string, OutputRecord> outputs; // by output path relative to the output folder
};

// Reads a state file; a missing or unreadable one (or another format version) gives an empty
// state, which only means everything is rebuilt.
BuildState loadBuildState(const std::string& path);
std::string serializeBuildState(const BuildState& state);

// Size and modification time (ns) of a file; false if it does not exist.
bool statFile(const std::string& path, uint64_t& size, int64_t& mtimeNs);

// Writes `data` to `path` unless the file already holds exactly these bytes (so timestamps
// stay put for make and ninja); atomically (temporary file + rename). `changed` says whether
// it wrote.
bool writeIfChanged(const std::string& path, llvm::StringRef data, bool& changed);

// Creates `dir` and its parents.
bool makeDirectories(const std::string& dir, std::string& error);

// Deletes `file`, then each parent folder up to (not including) `stopAt` that became empty.
void removeFileAndEmptyParents(const std::string& file, const std::string& stopAt);

// A Make-syntax dependency line: `target: dep dep ...` with spaces, '#', '$' escaped.
std::string makeDepfile(const std::vector<std::string>& targets, const std::vector<std::string>& deps);

} // namespace mpyc
