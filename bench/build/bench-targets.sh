#!/bin/bash
# bench-targets.sh: `mpyc build` for several --target in one call, against one call per target.
#
#   bench/build/bench-targets.sh SRC [MPYC] [REPS] [TARGET...]
#
# SRC is a folder of modules (micropython-lib's checkout, for example); MPYC defaults to
# build/mpyc, REPS to 5, the targets to micropython-1.28 micropython-1.24 micropython-1.19 (three
# different lexers: no parse shared) and then micropython-1.28 micropython-1.27 micropython-1.26
# (1.27 and 1.26 share a frontend: one parse for both). Each set is timed REPS times, the two ways
# interleaved, every run into empty output folders, -k (some modules fail for an old target as
# they fail with its mpy-cross); the median wall time is reported, and the trees are compared
# file by file (the one call writes OUT/<target>/, each single call its own folder).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=${1:?usage: bench-targets.sh SRC [MPYC] [REPS] [TARGET...]}
mpyc=${2:-$root/build/mpyc}
reps=${3:-5}
shift $(( $# < 3 ? $# : 3 ))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

bench_set() {
  local targets=("$@") one=() t i
  for t in "${targets[@]}"; do one+=(--target "$t"); done
  : >"$tmp/one.times"; : >"$tmp/sep.times"
  for ((i = 0; i < reps; i++)); do
    rm -rf "$tmp/one" "$tmp/sep"; mkdir -p "$tmp/one" "$tmp/sep"
    local s=$(now)
    "$mpyc" build -k -o "$tmp/one" "${one[@]}" "$src" >/dev/null 2>&1 || true
    awk -v a="$(now)" -v b="$s" 'BEGIN {print a - b}' >>"$tmp/one.times"
    s=$(now)
    for t in "${targets[@]}"; do "$mpyc" build -k -o "$tmp/sep/$t" --target "$t" "$src" >/dev/null 2>&1 || true; done
    awk -v a="$(now)" -v b="$s" 'BEGIN {print a - b}' >>"$tmp/sep.times"
  done
  local differ=0 files=0
  for t in "${targets[@]}"; do
    files=$((files + $(find "$tmp/sep/$t" -name '*.mpy' | wc -l)))
    diff -r -q -x .mpyc-build.json "$tmp/one/$t" "$tmp/sep/$t" >/dev/null || differ=1
  done
  local a b
  a=$(median <"$tmp/one.times"); b=$(median <"$tmp/sep.times")
  printf '%-58s one call %.3f s, %d calls %.3f s, ratio %.2fx; %d .mpy files, trees %s\n' \
    "${targets[*]}" "$a" "${#targets[@]}" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print b / a}')" "$files" \
    "$([ $differ = 0 ] && echo identical || echo DIFFER)"
}

echo "$(find "$src" -name '*.py' | wc -l) modules in $src, $reps runs each, median wall time ($(nproc) cores)"
if (($#)); then
  bench_set "$@"
else
  bench_set micropython-1.28 micropython-1.24 micropython-1.19
  bench_set micropython-1.28 micropython-1.27 micropython-1.26
fi
