// doctest entry point for all unit tests in tests/unit.
//
// doctest's own crash handler uses an alternate signal stack, which trips a false report
// in GCC 12's AddressSanitizer when a test throws from a large thread stack; the
// sanitizers report crashes themselves, so the handler is off.
#define DOCTEST_CONFIG_NO_POSIX_SIGNALS
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
