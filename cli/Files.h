// File helpers for the command line: whole-file reads and atomic writes (a temporary
// file in the destination's folder, renamed into place, so no reader ever sees a
// half-written output).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

bool readFile(const std::string& path, std::string& out);
bool readAll(int fd, std::string& out);
bool writeFileAtomically(const std::string& path, const std::vector<uint8_t>& data);
bool writeFileAtomically(const std::string& path, const std::string& data);

// A path or module name as the reference writes it: backslashes become forward slashes.
std::string forwardSlashes(std::string s);

} // namespace mpyc
