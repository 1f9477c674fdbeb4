// `mpyc compile` and the `mpy-cross` name: MicroPython v1.28.0 mpy-cross's command line,
// streams and exit codes, plus mpyc's own long options.
#pragma once

namespace mpyc {

// `mpyCrossName` selects the reference's defaults (error text exactly as mpy-cross
// prints it); otherwise errors are rendered rich. argv[0] is the program name to show
// in the usage text.
int runMpyCrossCommand(int argc, char** argv, bool mpyCrossName);

} // namespace mpyc
