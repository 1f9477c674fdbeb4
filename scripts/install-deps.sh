#!/bin/bash
# install-deps.sh: install what building and testing mpyc needs on Debian 12, and nothing more.
#
# Idempotent and quiet when everything is already there:
#   1. Debian packages: installs only the missing ones (apt-get update first, only then), as
#      root or through sudo. nodejs and npm are checked as commands (`node`, `npm`), because a
#      Node from another source (e.g. NodeSource's nodejs, which bundles npm) is just as good and
#      Debian's npm package would conflict with it.
#   2. npm: `npm ci` in the repository root when node_modules is missing or older than
#      package-lock.json (the WebAssembly MicroPython VM used by tests/vm).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)

# python3-build, -setuptools, -wheel and -venv: the wheel (scripts/make-wheel.sh, tests/packages)
# lld: links mpyc with its start-up functions together (cli/CMakeLists.txt)
PACKAGES="cmake ninja-build make g++ clang lld llvm-dev libcli11-dev nlohmann-json3-dev doctest-dev libncurses-dev zlib1g-dev python3-build python3-setuptools python3-wheel python3-venv"

missing=""
for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing="$missing $p"
done
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        sudo=""
    elif command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "install-deps: missing Debian packages:$missing; run as root or install sudo" >&2
        exit 1
    fi
    echo "install-deps: installing:$missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086 # word splitting of the package list is intended
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

cd "$root"
vm_pkg=node_modules/@micropython/micropython-webassembly-pyscript/package.json
if [ ! -f "$vm_pkg" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "install-deps: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
fi
