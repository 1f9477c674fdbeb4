// Evaluating MicroPython `manifest.py` files (the lists of code a firmware freezes) with our
// own frontend: the file is parsed by frontend/Parser.h and the statements real manifests use
// are interpreted here; nothing is executed by a Python interpreter.
//
// The semantics are those of MicroPython v1.28.0's tools/manifestfile.py in freeze mode (the
// mode `make` uses for FROZEN_MANIFEST): freeze(), freeze_as_str(), freeze_as_mpy(),
// freeze_mpy(), package(), module(), include(), require(), add_library(), metadata() and the
// `options` object (with options.defaults()), relative paths resolved against the manifest
// that names them, `$(VAR)` path variables. The subset of the language is: calls with
// positional and keyword arguments, `if`/`elif`/`else`, `pass`, assignments to plain names,
// string/int/bool/None literals, lists and tuples, `not`/`and`/`or`, `==`/`!=`/`in`, and `+` on
// strings and lists. Anything else is an error naming the construct and its line and column.
//
// Deliberate differences from manifestfile.py, all for determinism or clearer errors:
//  - directories are walked in sorted order (files before subdirectories), not in the
//    filesystem's order, so the frozen module order never depends on the disk;
//  - a `$(VAR)` that is not set is an error naming the variable (the reference keeps the
//    literal text and fails later with "Cannot stat");
//  - require() indexes each library once and skips directories whose name starts with '.'
//    (.git) while searching for packages;
//  - metadata() is not required to come first (that check only exists in compile mode).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

struct ManifestOptions {
    // Path variables: MPY_DIR, MPY_LIB_DIR, PORT_DIR, BOARD_DIR and any other `$(NAME)` a
    // manifest uses (e.g. ARDUINO_LIB_DIR). When MPY_LIB_DIR is set, its micropython,
    // python-stdlib and python-ecosys folders are the default libraries for require().
    std::map<std::string, std::string> vars;
    // Relative top-level manifest paths are resolved against this folder (default: the
    // current directory).
    std::string baseDir;
};

struct ManifestEntry {
    enum class Kind : uint8_t {
        CompilePy, // a .py file compiled to bytecode (freeze, freeze_as_mpy, package, module)
        Mpy,       // a .mpy file taken as it is (freeze, freeze_mpy)
        Str,       // a .py file frozen as source text (freeze_as_str)
    };
    Kind kind = Kind::CompilePy;
    std::string fullPath;   // absolute, normalised
    std::string targetPath; // the module's path on the device, e.g. "pkg/mod.py"
    std::optional<unsigned> opt;
    // The containing package's metadata(version=...), as Python's repr() of it, or empty.
    // makemanifest.py appends `__version__ = <repr>` to such sources before compiling them
    // (unless they already contain "__version__ =").
    std::string versionRepr;
    // Where the entry was declared: "manifest.py:LINE".
    std::string declaredAt;
};

struct ManifestResult {
    std::vector<ManifestEntry> entries;
    std::vector<std::string> manifestsRead;   // every manifest file evaluated, in order
    std::vector<std::string> directoriesRead; // every directory listed while searching for files
    std::vector<std::string> warnings;        // rendered, one per element
};

// Evaluates the manifest at `path` (a file, or a directory holding manifest.py). On error
// returns false with `error` holding the rendered message: `file:line:col: error: ...`, the
// source line and a caret, and one `note: included from here` per enclosing manifest.
bool evaluateManifest(const std::string& path, const ManifestOptions& options, ManifestResult& result,
                      std::string& error);

// Evaluates several top-level manifests into one result, as makemanifest.py does with several
// inputs (a manifest included twice is evaluated once).
bool evaluateManifests(const std::vector<std::string>& paths, const ManifestOptions& options,
                       ManifestResult& result, std::string& error);

} // namespace mpyc
