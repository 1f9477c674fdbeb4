#!/bin/bash
# make-wheel.sh [BUILD_DIR] [OUT_DIR]: the mpyc wheel (packaging/wheel) carrying BUILD_DIR's mpyc
# (default build/, a static PIE), written to OUT_DIR (default BUILD_DIR). Offline: Debian's
# python3-build, python3-setuptools and python3-wheel (scripts/install-deps.sh installs them),
# run by /usr/bin/python3 so that another Python first on the PATH does not matter.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
out=$(realpath -m "${2:-$build}")
[ -x "$build/mpyc" ] || { echo "make-wheel: no $build/mpyc (build it first)" >&2; exit 1; }
# a static executable has no program interpreter
if readelf -l "$build/mpyc" 2>/dev/null | grep -q "Requesting program interpreter"; then
  echo "make-wheel: warning: $build/mpyc is not static; the wheel will need its libraries" >&2
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -r "$root/packaging/wheel/." "$stage/"
mkdir -p "$stage/mpyc/bin"
cp "$build/mpyc" "$stage/mpyc/bin/mpyc"
strip "$stage/mpyc/bin/mpyc" 2>/dev/null || true
mkdir -p "$out"
cd "$stage"
/usr/bin/python3 -m build --wheel --no-isolation --outdir "$out" . >"$stage/build.log" 2>&1 ||
  { cat "$stage/build.log" >&2; exit 1; }
ls "$out"/mpyc-*.whl
