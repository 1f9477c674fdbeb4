// The two error handlers that LLVM's ADT containers (SmallVector, StringMap, DenseMap)
// call out of line. Defining them here keeps LLVM's ErrorHandling object, and with it
// its signal handlers, command-line registry and static initialisers, out of the
// static binary: mpyc starts as fast as a C program (a build step runs it per file).
// They are weak: if some other LLVM object pulls in the real ErrorHandling after all,
// its definitions win and the link still succeeds. (Prefer the inline StringRef
// functions; out-of-line ones such as getAsInteger pull much of LLVMSupport in.)
#include <cstdio>
#include <cstdlib>

namespace llvm {

class Twine;

[[noreturn]] __attribute__((weak)) void report_fatal_error(const Twine&, bool) {
    std::fputs("mpyc: fatal error: container size overflow\n", stderr);
    std::abort();
}

[[noreturn]] __attribute__((weak)) void report_bad_alloc_error(const char* reason, bool) {
    std::fprintf(stderr, "mpyc: fatal error: %s\n", reason ? reason : "out of memory");
    std::abort();
}

} // namespace llvm
