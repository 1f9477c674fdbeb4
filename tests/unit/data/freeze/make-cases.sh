#!/bin/sh
# make-cases.sh: regenerates the freeze/merge/c-array test data from the reference tools.
#
#   [MPYC=path/to/mpyc] tests/unit/data/freeze/make-cases.sh [MPY_CROSS] [MPY_TOOL_PY]
#
# (defaults: MicroPython v1.28.0's mpy-cross and tools/mpy-tool.py under /work/ref/micropython,
# run by Python 3.11). It compiles the programs of src/ with the reference mpy-cross into mpy/
# and writes, for each case, cases/NAME.args (the arguments of `mpyc`, run from this folder or
# from the folder in NAME.cwd) and the expected output:
#   NAME.c       what `python3 mpy-tool.py -f ...` prints for the same arguments;
#   NAME.sha256  the SHA-256 of that, for whole corpora (75 MB of C for the random programs);
#   NAME.mpy     what `mpy-tool.py --merge` writes;
#   NAME.mpyc.c  written by mpyc itself (only with MPYC set), where the reference has nothing
#                valid to offer (it crashes on large floats, writes `inf` or `my-mod` into C);
#                these were reviewed by hand and are pinned by tests/unit/test_freeze.cpp too.
# Error cases (NAME.rc, NAME.err) are written by hand. make-samples.py writes the *.txt samples.
# check-freeze.sh runs everything; this script is only needed to change or extend the data.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
MPY_CROSS=${1:-/work/ref/micropython/mpy-cross/build/mpy-cross}
MPY_TOOL=${2:-/work/ref/micropython/tools/mpy-tool.py}
MPYC=${MPYC:-}
cd "$here"

rm -rf mpy
mkdir -p mpy/multi/pkg mpy/odd cases

# compile DIR SOURCE_NAME OUT [mpy-cross options]: run inside src/DIR, as a manifest build does
compile() {
    dir=$1 name=$2 out=$3
    shift 3
    (cd "src/$dir" && "$MPY_CROSS" "$@" -s "$name" -o "$here/mpy/$out" "$name")
}
compile multi app.py multi/app.mpy
compile multi util.py multi/util.mpy
compile multi pkg/__init__.py multi/pkg/__init__.mpy
compile multi pkg/sub.py multi/pkg/sub.mpy
compile multi app.py multi/app.O3.mpy -O3
for p in numbers longlong smallints strings tuples floats_extreme; do
    compile . $p.py $p.mpy
done
compile . native.py native.mpy -march=x64
compile . thumb.py thumb.mpy -march=armv7m
compile odd my-mod.py odd/my-mod.mpy
compile odd dotted.name.py odd/dotted.name.mpy
# broken inputs: a qstr that is not UTF-8 ('text' becomes 't\xffxt'), half a file, another
# version, nothing at all
python3 - <<'EOF'
data = bytearray(open("mpy/smallints.mpy", "rb").read())
i = data.index(b"text\x00")
data[i + 1] = 0xFF
open("mpy/bad_utf8.mpy", "wb").write(data)
data = open("mpy/smallints.mpy", "rb").read()
open("mpy/truncated.mpy", "wb").write(data[: len(data) // 2])
open("mpy/version5.mpy", "wb").write(b"M\x05" + data[2:])
open("mpy/empty.mpy", "wb").write(b"")
EOF

# ref NAME ARGS...: the reference's output for `mpy-tool.py -f ARGS` (its args are ours)
ref() {
    name=$1
    shift
    echo "freeze $*" >"cases/$name.args"
    python3 "$MPY_TOOL" -f "$@" >"cases/$name.c"
}
# merge NAME FILES...: the reference's `mpy-tool.py --merge` of FILES
merge() {
    name=$1
    shift
    echo "merge $*" >"cases/$name.args"
    python3 "$MPY_TOOL" --merge -o "cases/$name.mpy" "$@"
}
ref multi mpy/multi/app.mpy mpy/multi/util.mpy mpy/multi/pkg/__init__.mpy mpy/multi/pkg/sub.mpy
ref multi-reversed mpy/multi/pkg/sub.mpy mpy/multi/pkg/__init__.mpy mpy/multi/util.mpy mpy/multi/app.O3.mpy
ref numbers mpy/numbers.mpy
ref numbers-mpz8 -mmpz-dig-size=8 mpy/numbers.mpy
ref numbers-mpz32 -mmpz-dig-size 32 mpy/numbers.mpy
ref longlong -mlongint-impl=longlong mpy/longlong.mpy
ref smallints-none -mlongint-impl=none mpy/smallints.mpy
ref smallints-longlong -mlongint-impl=longlong mpy/smallints.mpy mpy/multi/pkg/sub.mpy
ref strings mpy/strings.mpy
ref tuples mpy/tuples.mpy
ref qstr-h1 -q qstr/h1.h mpy/multi/app.mpy mpy/multi/util.mpy mpy/multi/pkg/__init__.mpy mpy/strings.mpy
ref qstr-h0 -q qstr/h0.h mpy/multi/util.mpy mpy/multi/pkg/sub.mpy mpy/numbers.mpy
ref qstr-h2 -q qstr/h2.h mpy/multi/pkg/__init__.mpy mpy/multi/pkg/sub.mpy mpy/tuples.mpy
ref native-x64 mpy/native.mpy
ref native-x64-mixed mpy/multi/util.mpy mpy/native.mpy
ref native-armv7m mpy/thumb.mpy
ref everything mpy/multi/app.mpy mpy/numbers.mpy mpy/strings.mpy mpy/tuples.mpy mpy/longlong.mpy \
    mpy/smallints.mpy mpy/multi/util.mpy mpy/multi/pkg/__init__.mpy mpy/multi/pkg/sub.mpy mpy/native.mpy

merge merge-one mpy/multi/app.mpy
merge merge-two mpy/multi/app.mpy mpy/multi/util.mpy
merge merge-package mpy/multi/pkg/__init__.mpy mpy/multi/pkg/sub.mpy mpy/multi/util.mpy mpy/multi/app.O3.mpy
merge merge-native mpy/multi/util.mpy mpy/native.mpy mpy/tuples.mpy
# enough qstrs before the last module that its qstr operands need two bytes and its jumps move
merge merge-big ../../../golden/random/g001.O0.mpy ../../../golden/random/g002.O0.mpy \
    ../../../golden/features/big_function.O0.mpy ../../../golden/features/exceptions_chain.O0.mpy

# whole corpora in one run (75 MB of C for the random programs): only the SHA-256 is kept
# refhash NAME ARGS...
refhash() {
    name=$1
    shift
    echo "freeze $*" >"cases/$name.args"
    python3 "$MPY_TOOL" -f "$@" | sha256sum | cut -d' ' -f1 >"cases/$name.sha256"
}
# (constant_folding and literals_numbers crash mpy-tool.py: floats too large for float32)
refhash all-features $(ls ../../../golden/features/*.O0.mpy | grep -v 'constant_folding\|literals_numbers')
refhash all-random-O3 ../../../golden/random/*.O3.mpy
refhash all-random-O0-q -q qstr/h1.h -mmpz-dig-size=32 ../../../golden/random/*.O0.mpy

# .py inputs compiled by mpyc itself: the reference freezes mpy-cross's output stored under
# the .py names, so that the "original source file" comments agree
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/multi/pkg"
for f in app util pkg/__init__ pkg/sub; do cp "mpy/multi/$f.mpy" "$tmp/src/multi/$f.py"; done
cp mpy/multi/app.O3.mpy "$tmp/src/multi/app.O3.py"
echo "freeze -s app.py src/multi/app.py -s util.py src/multi/util.py -s pkg/__init__.py src/multi/pkg/__init__.py" \
    "-s pkg/sub.py src/multi/pkg/sub.py" >cases/py-inputs.args
(cd "$tmp" && python3 "$MPY_TOOL" -f src/multi/app.py src/multi/util.py src/multi/pkg/__init__.py \
    src/multi/pkg/sub.py) >cases/py-inputs.c
# -O3 applies to every .py input; a .mpy input is taken as it is
(cd "$here/src/multi" && "$MPY_CROSS" -O3 -s pkg/sub.py -o "$tmp/src/multi/pkg/sub.py" pkg/sub.py)
echo "freeze -O3 --module-name=app.py src/multi/app.py mpy/multi/util.mpy -s pkg/sub.py src/multi/pkg/sub.py" \
    >cases/py-inputs-O3.args
mkdir -p "$tmp/mpy/multi" && cp mpy/multi/util.mpy "$tmp/mpy/multi/util.mpy"
cp mpy/multi/app.O3.mpy "$tmp/src/multi/app.py"
(cd "$tmp" && python3 "$MPY_TOOL" -f src/multi/app.py mpy/multi/util.mpy src/multi/pkg/sub.py) >cases/py-inputs-O3.c

# -O holds for the .py inputs after it: app.py at -O0, util.py at -O3
echo "freeze -s app.py src/multi/app.py -O3 -s util.py src/multi/util.py" >cases/py-inputs-mixed-O.args
cp mpy/multi/app.mpy "$tmp/src/multi/app.py"
(cd "$here/src/multi" && "$MPY_CROSS" -O3 -s util.py -o "$tmp/src/multi/util.py" util.py)
(cd "$tmp" && python3 "$MPY_TOOL" -f src/multi/app.py src/multi/util.py) >cases/py-inputs-mixed-O.c

# mpyc-only cases: the reference's C would not compile; ours is reviewed by hand
if [ -n "$MPYC" ]; then
    mpyc_case() {
        name=$1
        shift
        echo "$*" >"cases/$name.args"
        "$MPYC" "$@" >"cases/$name.mpyc.c" 2>/dev/null
    }
    mpyc_case floats-extreme freeze mpy/floats_extreme.mpy
    mpyc_case odd-names freeze mpy/odd/my-mod.mpy mpy/odd/dotted.name.mpy
    mpyc_case c-array-one compile --format=c-array mpy/multi/util.mpy
    # c-array-many runs inside src/multi (NAME.cwd) so that the source names are those of mpy/multi
    echo "compile --format=c-array app.py util.py pkg/__init__.py pkg/sub.py" >cases/c-array-many.args
    echo "src/multi" >cases/c-array-many.cwd
    (cd src/multi && "$MPYC" compile --format=c-array app.py util.py pkg/__init__.py pkg/sub.py) \
        >cases/c-array-many.mpyc.c
fi
python3 make-samples.py "$MPY_TOOL" .
echo "make-cases: wrote $(ls cases/*.c | wc -l) expected outputs"
