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
# every construct the golden programs have, so a module's first use of one does not fault in
# a page of code far from the rest
for f in "$root"/tests/golden/features/*.py $(ls "$root"/tests/golden/random/*.py | head -20); do
  run "$tmp/mpy-cross" -o "$tmp/o.mpy" "$f"
done
run "$build/mpyc" compile -O3 -o "$tmp/o.mpy" "$(ls -S "$root"/tests/golden/features/*.py | head -1)"
run "$build/mpyc" compile --target=micropython-1.19 -o "$tmp/o.mpy" "$(ls -S "$root"/tests/golden/features/*.py | head -1)"
# one symbol a line, nothing else (lld reads every line as a name)
# The functions most runs use come first, then those fewer use (each group in order of first
# use): a module touches a short stretch at the front, not a little of everything seen.
for f in "$tmp"/cg.*; do
  grep -E "^c?fn=\([0-9]+\) " "$f" | sed -E 's/^c?fn=\([0-9]+\) //' | awk '!seen[$0]++'
done | awk '{ if (!($0 in runs)) first[$0] = NR; runs[$0]++ }
  END { for (n in runs) printf "%d %d %s\n", runs[n], first[n], n }' |
  sort -k1,1nr -k2,2n | cut -d' ' -f3- | grep -v '^0x' >"$tmp/order"
# glibc picks each string function's variant by the CPU (IFUNC), and valgrind's CPU is not the
# machine's: beside each variant seen, place its siblings (__strlen_avx2 brings __strlen_evex).
nm "$build/mpyc" | awk '{ print $NF }' | grep -E '^__(mem|str|stp|wcs|wmem|raw)[a-z]*_' | sort -u >"$tmp/variants"
sed -nE 's/^(__(mem|str|stp|wcs|wmem|raw)[a-z]*)_.*/\1_/p' "$tmp/order" | sort -u |
  while read -r base; do grep -F -- "$base" "$tmp/variants" | grep -E "^$base" || true; done >"$tmp/siblings"
# The C library's entry code, which callgrind does not name in a static PIE (page-fault
# samples of `perf record -e page-faults -d` name them), goes first.
printf '%s\n' _start __libc_start_main_impl __libc_start_call_main _dl_relocate_static_pie \
  strcmp _dl_new_object ___pthread_mutex_lock __pthread_mutex_unlock_usercnt >"$tmp/entry"
cat "$tmp/entry" "$tmp/order" "$tmp/siblings" | awk '!seen[$0]++' >"$root/cli/startup-order.txt"
echo "cli/startup-order.txt: $(wc -l <"$root/cli/startup-order.txt") functions"
