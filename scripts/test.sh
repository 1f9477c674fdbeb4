#!/bin/bash
# test.sh: the whole test suite, on a fresh Debian 12 machine too (installs what is
# missing). Builds twice, normally and with AddressSanitizer + UndefinedBehaviorSanitizer,
# and runs the unit tests and the golden tests (bytes, real VM, errors) in both builds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"

echo "== normal build"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build"
ctest --test-dir "$root/build" --output-on-failure

echo "== sanitizer build (ASan + UBSan)"
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMPYC_SANITIZE=ON >/dev/null
cmake --build "$root/build-asan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$root/build-asan" --output-on-failure -E '^golden-sync$'
echo "== all tests passed"
