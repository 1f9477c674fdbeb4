// The two error handlers that LLVM's ADT containers (SmallVector, StringMap, DenseMap)
// call out of line. Defining them here keeps LLVM's ErrorHandling object, and with it
// its signal handlers, command-line registry and static initialisers, out of the
// static binary: mpyc starts as fast as a C program (a build step runs it per file).
#include <cstdio>
#include <cstdlib>

namespace llvm {

class Twine;

[[noreturn]] void report_fatal_error(const Twine&, bool) {
    std::fputs("mpyc: fatal error: container size overflow\n", stderr);
    std::abort();
}

[[noreturn]] void report_bad_alloc_error(const char* reason, bool) {
    std::fprintf(stderr, "mpyc: fatal error: %s\n", reason ? reason : "out of memory");
    std::abort();
}

} // namespace llvm
