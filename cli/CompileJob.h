// Turning one module of a build into its output bytes: a .py compiled in-process, a .mpy
// checked and taken as it is, a source frozen as text copied. Shared by `mpyc build` and
// `mpyc size`; thread-safe (each call has its own compiler state).
#pragma once

#include "cli/BuildInputs.h"
#include "codegen/Codegen.h"
#include "firmware/SizeReport.h"
#include "optimizer/CompileOptions.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mpyc {

struct CompileSettings {
    CompileOptions options; // -O is the default; a manifest's opt= overrides it per module
    EmitterOptions emitter;
    bool color = false;    // diagnostics with ANSI colours
    bool warnings = false; // collect the compiler's warnings (unused constants, const() advice)
    bool constAdvice = false; // the const() candidates for a size report, without warnings
};

// The source a module is compiled from. Manifest modules get what makemanifest.py feeds
// mpy-cross: the file read in Python's text mode (universal newlines: \r\n and \r become \n)
// and, when the package has a metadata version and the text has no "__version__ =",
// "\n\n__version__ = <repr>\n" appended. Other modules compile as they are.
std::string preparedSource(const BuildModule& m, const std::string& raw);

// Everything that decides a module's output bytes besides the compiler: kind, name, options
// and the prepared source. Its hash is the incremental build's key.
std::string moduleKeyText(const BuildModule& m, const std::string& prepared, const CompileSettings& s);

// The options that change sizes, as a size report records them (TargetModel::compileOptions).
std::vector<std::pair<std::string, std::string>> sizeAffectingOptions(const CompileSettings& s);

// The options a module is compiled with (its manifest opt= replaces -O).
CompileOptions optionsFor(const BuildModule& m, const CompileSettings& s);

struct ModuleOutput {
    bool ok = false;
    std::string bytes;                // the output file's contents
    std::optional<SourceFacts> facts; // compiled modules
    std::string errorText;            // rendered diagnostics when !ok
    std::string warningText;          // rendered warnings, with CompileSettings::warnings
};

// `prepared` must come from preparedSource().
ModuleOutput produceModule(const BuildModule& m, const std::string& prepared, const CompileSettings& s);
// The module for each target (s.options.target ignored), in their order, from one parse per
// distinct frontend (compileModuleForTargets).
std::vector<ModuleOutput> produceModuleForTargets(const BuildModule& m, const std::string& prepared,
                                                  const CompileSettings& s,
                                                  const std::vector<const TargetProfile*>& targets);

// The output file name inside the output folder: .py targets become .mpy when compiled.
std::string outputNameOf(const BuildModule& m);

} // namespace mpyc
