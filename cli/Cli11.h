// CLI11, included without <iostream>'s start-up work. Every file that includes <iostream>
// gets a static std::ios_base::Init, whose constructor builds the eight standard streams and
// the classic locale before main(): about 8 page faults and 60k instructions in every process,
// although only the CLI11-parsed subcommands ever write to std::cout or std::cerr (`mpyc
// compile` and `mpy-cross` use stdio). With libstdc++, <iostream>'s own declarations are
// given here instead, and runCommand() (main.cpp) builds the streams, with an
// std::ios_base::Init of its own, before it builds a CLI11 app.
#pragma once

#include <istream> // with libstdc++, these define __GLIBCXX__
#include <ostream>

#if defined(__GLIBCXX__) && !defined(_GLIBCXX_IOSTREAM)
#define _GLIBCXX_IOSTREAM 1 // <iostream>'s guard: CLI11's includes of it add nothing
namespace std {
extern istream cin;
extern ostream cout;
extern ostream cerr;
extern ostream clog;
} // namespace std
#endif

#include <CLI/CLI.hpp>
