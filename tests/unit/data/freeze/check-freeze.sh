#!/bin/sh
# check-freeze.sh: `mpyc freeze`, `mpyc merge` and `mpyc compile --format=c-array` against
# MicroPython v1.28.0's tools/mpy-tool.py and mpy-cross.
#
#   check-freeze.sh MPYC GOLDEN_FEATURES_DIR FREEZE_DATA_DIR [CC]
#
# 1. Golden corpus: for every NAME.frozen.c, `mpyc freeze NAME.O0.mpy`, run inside that folder
#    (as the reference was), must print that file byte for byte.
# 2. Cases (FREEZE_DATA_DIR/cases, made by make-cases.sh): `mpyc $(cat NAME.args)`, run inside
#    FREEZE_DATA_DIR (or the folder named in NAME.cwd), must print exactly NAME.c (mpy-tool.py's
#    frozen C, or its SHA-256 in NAME.sha256 for whole corpora), NAME.mpy (mpy-tool.py's merged
#    file) or NAME.mpyc.c (reviewed mpyc output where
#    the reference has none), or, with NAME.rc, fail with that exit code, say NAME.err's text on
#    stderr and print nothing.
# 3. C arrays: with a C compiler (CC, default cc, skipped if absent) the arrays of the
#    c-array-many case compile warning-free and hold exactly the reference mpy-cross's files.
set -u
mpyc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
golden=$(cd "$2" && pwd)
data=$(cd "$3" && pwd)
cc=${4:-cc}
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/out
err=$tmp/err

report() { # name, message
    fail=$((fail + 1))
    echo "FAIL $1: $2"
}

compare() { # name, expected file
    if cmp -s "$out" "$2"; then
        pass=$((pass + 1))
    else
        report "$1" "output differs from $2:"
        if [ "${2%.mpy}" = "$2" ]; then diff "$2" "$out" | head -n 10; else cmp "$2" "$out"; fi
    fi
}

for expected in "$golden"/*.frozen.c; do
    name=$(basename "$expected" .frozen.c)
    if (cd "$golden" && "$mpyc" freeze "$name.O0.mpy" >"$out" 2>"$err"); then
        compare "golden/$name" "$expected"
    else
        report "golden/$name" "exit code $?: $(head -c 300 "$err")"
    fi
done

for args in "$data"/cases/*.args; do
    name=$(basename "$args" .args)
    base="$data/cases/$name"
    dir=$data
    [ -f "$base.cwd" ] && dir="$data/$(cat "$base.cwd")"
    # shellcheck disable=SC2046 # the arguments are words without spaces
    (cd "$dir" && "$mpyc" $(cat "$args") >"$out" 2>"$err")
    rc=$?
    if [ -f "$base.rc" ]; then
        want=$(cat "$base.rc")
        text=$(cat "$base.err")
        if [ "$rc" != "$want" ]; then
            report "$name" "exit code $rc, expected $want ($(head -c 300 "$err"))"
        elif ! grep -qF -- "$text" "$err"; then
            report "$name" "stderr lacks '$text': $(head -c 300 "$err")"
        elif [ -s "$out" ]; then
            report "$name" "wrote to stdout although it failed"
        else
            pass=$((pass + 1))
        fi
    elif [ "$rc" != 0 ]; then
        report "$name" "exit code $rc: $(head -c 300 "$err")"
    elif [ -f "$base.c" ]; then
        compare "$name" "$base.c"
    elif [ -f "$base.mpy" ]; then
        compare "$name" "$base.mpy"
    elif [ -f "$base.sha256" ]; then
        sum=$(sha256sum <"$out" | cut -d' ' -f1)
        if [ "$sum" = "$(cat "$base.sha256")" ]; then
            pass=$((pass + 1))
        else
            report "$name" "SHA-256 $sum differs from $base.sha256 ($(wc -c <"$out") bytes of output)"
        fi
    else
        compare "$name" "$base.mpyc.c"
    fi
done

if command -v "$cc" >/dev/null 2>&1; then
    cat >"$tmp/main.c" <<'EOF'
#include <stdio.h>
#include <string.h>
#include "arrays.c"
// Writes every image of the index to OUTDIR/<module>.mpy, to be compared with mpy-cross's.
int main(int argc, char **argv) {
    if (argc < 2) return 2;
    size_t n = 0;
    for (const mpyc_mpy_image_t *p = mpyc_mpy_images; p->data; ++p, ++n) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s.mpy", argv[1], p->module);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(p->data, 1, p->len, f) != p->len || fclose(f) != 0) return 1;
    }
    return n == mpyc_mpy_images_len && mpy_app_len == sizeof mpy_app ? 0 : 3;
}
EOF
    cp "$data/cases/c-array-many.mpyc.c" "$tmp/arrays.c"
    mkdir "$tmp/images"
    if ! "$cc" -std=c99 -Wall -Wextra -Werror -pedantic -o "$tmp/main" "$tmp/main.c" >"$err" 2>&1; then
        report c-array-compiles "$(head -c 600 "$err")"
    elif ! "$tmp/main" "$tmp/images"; then
        report c-array-compiles "the test program failed"
    else
        ok=1
        for m in app util pkg/__init__:pkg pkg/sub:pkg.sub; do
            file=${m%%:*}
            module=${m#*:}
            [ "$module" = "$m" ] && module=$file
            cmp -s "$tmp/images/$module.mpy" "$data/mpy/multi/$file.mpy" || ok=0
        done
        if [ $ok = 1 ]; then pass=$((pass + 1)); else report c-array-compiles "images differ from mpy-cross's"; fi
    fi
else
    echo "skipped: the C-array compile check ($cc not found)"
fi

echo "freeze: $pass passed, $fail failed"
[ "$fail" = 0 ]
