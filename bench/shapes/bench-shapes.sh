#!/bin/bash
# bench-shapes.sh: compile time and peak RSS by the shape of the code (issue 29: a 3.5 MB module
# in under 0.5 s whatever its shape), mpyc as mpy-cross, and the reference where given.
#
#   bench/shapes/bench-shapes.sh [MPYC] [BYTES] [REPS] [REFERENCE_MPY_CROSS REF_BYTES]
#
# gen-shapes.py writes one module of BYTES (default 3.5 MB) per shape (functions, expressions,
# tables, classes, flat); each is compiled REPS times (default 3) by bench/measure.cpp: the best
# wall time and the peak RSS (measure -m: each process's own high-water mark). The reference is
# slow on big files (quadratic), so it gets its own, smaller size REF_BYTES, with the smallest
# -X heapsize of 1M, 2M, 4M, ... that compiles it (its RSS is then about what it needs, as in
# bench/run.sh); both compilers' .mpy files of that size are compared byte for byte.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mpyc=$(realpath "${1:-$root/build/mpyc}")
bytes=${2:-3500000}
reps=${3:-3}
ref=${4:-}
refBytes=${5:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
g++ -O2 -std=c++17 -o "$tmp/measure" "$root/bench/measure.cpp"
ln -s "$mpyc" "$tmp/mpy-cross"
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
echo "shape        size   mpyc best    mpyc RSS$([ -n "$ref" ] && echo "   | ref size  ref best   ref RSS  ref heap  mpyc best  mpyc RSS  bytes")"
for shape in functions expressions tables classes flat; do
  python3 "$here/gen-shapes.py" "$shape" "$bytes" >"$tmp/$shape.py"
  r=$("$tmp/measure" -n "$reps" -m -- "$tmp/mpy-cross" -o "$tmp/$shape.mpy" "$tmp/$shape.py")
  line=$(printf '%-11s %6.2f MB %8.3f s %8.1f MB' "$shape" "$(awk -v b="$bytes" 'BEGIN{print b/1e6}')" \
    "$(field "$r" min)" "$(awk -v k="$(field "$r" rss_kb)" 'BEGIN{print k/1024}')")
  if [ -n "$ref" ]; then
    python3 "$here/gen-shapes.py" "$shape" "$refBytes" >"$tmp/s.py"
    rm -f "$tmp/s.ref.mpy" "$tmp/s.mpy"
    for heap in 1M 2M 4M 8M 16M 32M 64M 128M 256M 512M; do
      "$ref" -X heapsize=$heap -o "$tmp/s.ref.mpy" "$tmp/s.py" 2>/dev/null && break
    done
    rr=$("$tmp/measure" -n "$reps" -m -- "$ref" -X heapsize=$heap -o "$tmp/s.ref.mpy" "$tmp/s.py" --- "$tmp/mpy-cross" -o "$tmp/s.mpy" "$tmp/s.py")
    a=$(sed -n 1p <<<"$rr"); b=$(sed -n 2p <<<"$rr")
    cmp -s "$tmp/s.ref.mpy" "$tmp/s.mpy" && same=identical || same=DIFFER
    line+=$(printf '   | %6.2f MB %8.3f s %7.1f MB %8s %8.3f s %7.1f MB  %s' "$(awk -v b="$refBytes" 'BEGIN{print b/1e6}')" \
      "$(field "$a" min)" "$(awk -v k="$(field "$a" rss_kb)" 'BEGIN{print k/1024}')" "$heap" \
      "$(field "$b" min)" "$(awk -v k="$(field "$b" rss_kb)" 'BEGIN{print k/1024}')" "$same")
  fi
  echo "$line"
done
