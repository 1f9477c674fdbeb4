#!/bin/bash
# make-frozen-golden.sh REFERENCE_MPY_CROSS REFERENCE_MPY_TOOL TARGET [GOLDEN_DIR]
#
# Records one release's frozen C for the golden corpus's features/ programs, as the data
# tests/targets/check-targets.mjs compares `mpyc freeze --target=TARGET` with:
# tests/targets/TARGET/frozen.tsv, one line per program: features/NAME, the exit code of
# `python3 mpy-tool.py -f NAME.mpy` and the SHA-256 of what it printed (exit 0). NAME.mpy is
# that release's `mpy-cross -o NAME.mpy -s NAME.py NAME.py`, run in the program's folder. The
# references are built locally (../shared/tools/make_oracles.sh old: mpy-cross, and tools/ of
# the release's source tree) and never committed; this records only their answers.
set -euo pipefail
REF=$(realpath "$1"); TOOL=$(realpath "$2"); TARGET=$3
HERE=$(cd "$(dirname "$0")" && pwd)
GOLDEN=${4:-$HERE/../golden}
OUT=$HERE/$TARGET/frozen.tsv
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
{
  echo "# $TARGET: $(basename "$(dirname "$(dirname "$TOOL")")")'s tools/mpy-tool.py -f on its mpy-cross's files"
  for src in "$GOLDEN"/features/*.py; do
    name=$(basename "$src" .py)
    cp "$src" "$T/$name.py"
    (cd "$T" && "$REF" -o "$name.mpy" -s "$name.py" "$name.py" >/dev/null 2>&1) || { rm -f "$T/$name.py"; continue; }
    set +e; (cd "$T" && python3 "$TOOL" -f "$name.mpy" >"$T/out.c" 2>/dev/null); rc=$?; set -e
    sum=-; [[ $rc == 0 ]] && sum=$(sha256sum "$T/out.c" | cut -d' ' -f1)
    printf 'features/%s\t%s\t%s\n' "$name" "$rc" "$sum"
    rm -f "$T/$name.py" "$T/$name.mpy"
  done
} >"$OUT"
echo "$OUT: $(grep -vc '^#' "$OUT") entries"
