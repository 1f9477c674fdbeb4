// The mpyc subcommands. Each lives in its own file and registers itself on the CLI11 app;
// main() runs whichever one was given.
#pragma once

#include "cli/Cli11.h"

#include <functional>
#include <vector>

namespace mpyc {

struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

Command addCompileCommand(CLI::App& app); // MpyCrossCommand.cpp
Command addDumpCommand(CLI::App& app);    // DumpCommand.cpp
Command addFreezeCommand(CLI::App& app);  // FreezeCommand.cpp
Command addMergeCommand(CLI::App& app);   // MergeCommand.cpp
Command addBuildCommand(CLI::App& app);   // BuildCommand.cpp
Command addSizeCommand(CLI::App& app);    // SizeCommand.cpp
Command addTargetsCommand(CLI::App& app); // TargetsCommand.cpp
Command addRomfsCommand(CLI::App& app);   // RomfsCommand.cpp

} // namespace mpyc
