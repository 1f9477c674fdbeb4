#!/bin/bash
# make-startup-order.sh [BUILD_DIR]: cli/startup-order.txt, the functions a typical mpyc process
# runs (start-up, option parsing, compiling a small and a 14 KB module, as mpyc and as
# mpy-cross), for the linker to place together (cli/CMakeLists.txt: lld --symbol-ordering-file).
# A process then touches a few dozen code pages instead of one here and there across the whole
# executable: about 25 fewer page faults per process (bench/process). Names the linker no longer
# finds are ignored, so a stale list only loses some of the gain; rerun this after big changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$build/mpyc" "$tmp/mpy-cross"
: >"$tmp/empty.py"
k=0
run() { k=$((k + 1)); valgrind --tool=callgrind --demangle=no --callgrind-out-file="$tmp/cg.$k" "$@" >/dev/null 2>&1 || true; }
run "$tmp/mpy-cross" -o "$tmp/o.mpy" "$tmp/empty.py"
for f in "$root"/tests/golden/features/*.py; do
  run "$tmp/mpy-cross" -o "$tmp/o.mpy" "$f"
  [ $k -ge 12 ] && break
done
run "$build/mpyc" compile -O3 -o "$tmp/o.mpy" "$(ls -S "$root"/tests/golden/features/*.py | head -1)"
run "$build/mpyc" compile --target=micropython-1.19 -o "$tmp/o.mpy" "$(ls -S "$root"/tests/golden/features/*.py | head -1)"
# one symbol a line, nothing else (lld reads every line as a name)
for f in "$tmp"/cg.*; do grep -E "^c?fn=\([0-9]+\) " "$f" | sed -E 's/^c?fn=\([0-9]+\) //'; done |
  awk '!seen[$0]++' >"$root/cli/startup-order.txt"
echo "cli/startup-order.txt: $(wc -l <"$root/cli/startup-order.txt") functions"
