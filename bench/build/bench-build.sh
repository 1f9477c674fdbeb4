#!/bin/bash
# bench-build.sh: one `mpyc build -j` call over many generated modules, against one compiler
# process per file (what a Makefile rule per .py, or makemanifest.py, does).
#
#   bench/build/bench-build.sh [MPYC] [N_MODULES] [REPS]
#
# MPYC defaults to build/mpyc (its sibling mpy-cross is used for the per-file runs), N_MODULES to
# 500, REPS to 5. The modules are generated deterministically (bench/build/gen-modules.sh) in a
# temporary folder: 10 packages of N/10 modules, each 40-120 lines of classes, functions, loops,
# comprehensions, string and number constants, const() and exception handling.
#
# Timed, each REPS times, interleaved, median wall time reported:
#   build-jN     mpyc build -j<cores> -o OUT SRC       (clean: OUT removed first)
#   build-j1     mpyc build -j1 -o OUT SRC             (clean)
#   per-file     mpy-cross -s NAME -o OUT/x.mpy x.py, one process per file, one after the other
#   per-file-jN  the same through xargs -P<cores>
#   noop         mpyc build -j<cores> again, nothing changed
#   one-edit     mpyc build -j<cores> after one module changed
# and the outputs of build-jN and per-file are compared byte for byte.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mpyc=${1:-$root/build/mpyc}
n=${2:-500}
reps=${3:-5}
mpycross=$(dirname "$mpyc")/mpy-cross
cores=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$here/gen-modules.sh" "$tmp/src" "$n"
(cd "$tmp/src" && find . -name '*.py' | sed 's|^\./||' | sort) >"$tmp/list"
lines=$(cat "$tmp/src"/*/*.py | wc -l)
bytes=$(cat "$tmp/src"/*/*.py | wc -c)

now() { date +%s%N; }
declare -A times
record() { # name, nanoseconds
    times[$1]="${times[$1]:-} $2"
}
median() { # values in ns -> seconds
    printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1e9}'
}

# the output folders are made before the clock starts: only compiler processes are timed
make_dirs() { # out
    (cd "$tmp/src" && find . -type d | sed "s|^\.|$1|" | xargs mkdir -p)
}
per_file() { # out
    while read -r f; do
        "$mpycross" -s "$f" -o "$1/${f%.py}.mpy" "$tmp/src/$f"
    done <"$tmp/list"
}
per_file_parallel() { # out
    # one line of mpy-cross arguments per file, made before the clock starts; xargs runs
    # mpy-cross directly (no shell in between)
    xargs -P "$cores" -L 1 "$mpycross" <"$1.args"
}

for r in $(seq "$reps"); do
    rm -rf "$tmp/o1"; t=$(now); "$mpyc" build -j"$cores" -o "$tmp/o1" "$tmp/src"; record build-jN $(($(now) - t))
    rm -rf "$tmp/o2"; t=$(now); "$mpyc" build -j1 -o "$tmp/o2" "$tmp/src"; record build-j1 $(($(now) - t))
    rm -rf "$tmp/o3"; make_dirs "$tmp/o3"; t=$(now); per_file "$tmp/o3"; record per-file $(($(now) - t))
    rm -rf "$tmp/o4"; make_dirs "$tmp/o4"
    awk -v o="$tmp/o4" -v s="$tmp/src" '{ m = $0; sub(/\.py$/, ".mpy", m); print "-s " $0 " -o " o "/" m " " s "/" $0 }' \
        "$tmp/list" >"$tmp/o4.args"
    t=$(now); per_file_parallel "$tmp/o4"; record per-file-jN $(($(now) - t))
    t=$(now); "$mpyc" build -j"$cores" -o "$tmp/o1" "$tmp/src"; record noop $(($(now) - t))
    echo "EDIT_$r = $r" >>"$tmp/src/pkg0/mod1.py"
    t=$(now); "$mpyc" build -j"$cores" -o "$tmp/o1" "$tmp/src"; record one-edit $(($(now) - t))
    # keep the sources of the other runs identical
    sed -i "/^EDIT_$r = /d" "$tmp/src/pkg0/mod1.py"
done
"$mpyc" build -j"$cores" -o "$tmp/o1" "$tmp/src"

same=yes
while read -r f; do
    for o in o2 o3 o4; do
        cmp -s "$tmp/o1/${f%.py}.mpy" "$tmp/$o/${f%.py}.mpy" || same=no
    done
done <"$tmp/list"

echo "modules: $n ($lines lines, $bytes bytes of source); cores: $cores; reps: $reps (median wall time)"
echo "mpyc: $mpyc"
for k in build-jN build-j1 per-file per-file-jN noop one-edit; do
    printf '  %-12s %8s s\n' "$k" "$(median "${times[$k]}")"
done
pf=$(median "${times[per-file]}")
pfj=$(median "${times[per-file-jN]}")
bj=$(median "${times[build-jN]}")
b1=$(median "${times[build-j1]}")
awk -v pf="$pf" -v pfj="$pfj" -v bj="$bj" -v b1="$b1" 'BEGIN {
    printf "  ratio per-file / build-j%d:     %.1fx\n", '"$cores"', pf / bj
    printf "  ratio per-file-jN / build-jN:  %.1fx\n", pfj / bj
    printf "  ratio per-file / build-j1:     %.1fx\n", pf / b1
}'
echo "  outputs identical (build -jN, build -j1, per-file, per-file -jN): $same"
[ "$same" = yes ]
