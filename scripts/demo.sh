#!/bin/bash
# demo.sh: build mpyc, compile samples/hello.py to .mpy and run it in the real MicroPython
# VM (WebAssembly port, under Node). Installs what a fresh Debian 12 machine lacks.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build"
"$root/build/mpy-cross" -o "$root/build/hello.mpy" "$root/samples/hello.py"
echo "compiled samples/hello.py -> build/hello.mpy ($(stat -c %s "$root/build/hello.mpy") bytes); running it in MicroPython:"
node "$root/tests/vm/run-mpy.mjs" "$root/build/hello.mpy"
