#!/bin/bash
# make-target-golden.sh REFERENCE_MPY_CROSS TARGET [GOLDEN_DIR]
#
# Records what one release's mpy-cross does with the golden corpus's programs (features/,
# random/, errors/; tests/golden), as the data tests/targets/check-targets.mjs compares
# `mpyc compile --target=TARGET` with: tests/targets/TARGET/index.tsv, one line per program and
# level (O0, O3): CATEGORY/NAME, LEVEL, exit code, SHA-256 of the .mpy (exit 0) or of stderr
# (otherwise), with stderr kept as CATEGORY/NAME.LEVEL.err where it is not empty. Each program
# is compiled as the golden corpus's were: in its folder, `mpy-cross [-O3] -o OUT -s NAME.py
# NAME.py`. The reference binaries are built locally (../shared/tools/make_oracles.sh old) and
# never committed; this records only their answers.
set -euo pipefail
REF=$(realpath "$1"); TARGET=$2
HERE=$(cd "$(dirname "$0")" && pwd)
GOLDEN=${3:-$HERE/../golden}
OUT=$HERE/$TARGET
rm -rf "$OUT"; mkdir -p "$OUT"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
{
  echo "# $TARGET: answers of $("$REF" --version 2>&1 | head -1) for tests/golden's programs"
  for cat in features random errors; do
    for src in "$GOLDEN/$cat"/*.py; do
      name=$(basename "$src" .py)
      cp "$src" "$T/$name.py"
      for level in O0 O3; do
        flags=(); [[ $level == O3 ]] && flags=(-O3)
        rm -f "$T/out.mpy"
        set +e; (cd "$T" && "$REF" "${flags[@]}" -o out.mpy -s "$name.py" "$name.py" >/dev/null 2>"$T/err"); rc=$?; set -e
        if [[ $rc == 0 ]]; then
          sum=$(sha256sum "$T/out.mpy" | cut -d' ' -f1)
        else
          sum=$(sha256sum "$T/err" | cut -d' ' -f1)
          mkdir -p "$OUT/$cat"; cp "$T/err" "$OUT/$cat/$name.$level.err"
        fi
        printf '%s/%s\t%s\t%s\t%s\n' "$cat" "$name" "$level" "$rc" "$sum"
      done
      rm -f "$T/$name.py"
    done
  done
} >"$OUT/index.tsv"
echo "$OUT/index.tsv: $(grep -vc '^#' "$OUT/index.tsv") entries"
