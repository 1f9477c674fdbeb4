#!/bin/bash
# gen-modules.sh: deterministic Python modules for bench-build.sh.
#
#   gen-modules.sh DIR N
#
# Writes DIR/pkg<k>/mod<i>.py for i < N (10 packages, each with an __init__.py counted among the
# N), 40-120 lines each: classes with methods, functions with loops, comprehensions, try/except,
# f-strings, string/float/big-int constants and const(). Module i's shape depends only on i.
set -euo pipefail
dir=$1
n=$2
awk -v dir="$dir" -v n="$n" 'BEGIN {
    per = int((n + 9) / 10)
    for (i = 0; i < n; i++) {
        pkg = int(i / per)
        system("mkdir -p " dir "/pkg" pkg)
        if (i % per == 0) {
            f = dir "/pkg" pkg "/__init__.py"
            printf "# package %d\nVERSION = (1, %d)\n", pkg, pkg > f
            close(f)
            continue
        }
        f = dir "/pkg" pkg "/mod" i ".py"
        printf "# generated module %d\nimport time\nfrom micropython import const\n\n", i > f
        printf "_LIMIT = const(%d)\n_MASK = const(0x%x)\nNAME = \"module number %d\"\n", 10 + i % 50, 255 + i, i > f
        printf "TABLE = (%d, %d, %d, %.2f, \"%s\")\nBIG = %d%09d\n\n", i, i * 2, i * 3, i / 7.0, "entry", i + 1, i * 7919 > f
        nclasses = 1 + i % 3
        for (c = 0; c < nclasses; c++) {
            printf "class Device%d_%d:\n    \"\"\"A device driver.\"\"\"\n\n", i, c > f
            printf "    def __init__(self, bus, addr=0x%x):\n        self.bus = bus\n        self.addr = addr\n        self.buf = bytearray(%d)\n        self.count = 0\n\n", 32 + c, 8 + c > f
            printf "    def read(self, reg, n=2):\n        try:\n            self.bus.readfrom_mem_into(self.addr, reg, self.buf)\n        except OSError as e:\n            self.count += 1\n            raise RuntimeError(f\"read {reg} failed: {e}\")\n        return [b & _MASK for b in self.buf[:n]]\n\n" > f
            printf "    def average(self, samples):\n        total = 0\n        for s in samples:\n            if s > _LIMIT:\n                continue\n            total += s * %d\n        return total / max(1, len(samples))\n\n", c + 1 > f
        }
        nfuncs = 2 + i % 5
        for (k = 0; k < nfuncs; k++) {
            printf "def compute_%d(values, scale=%d.5):\n    result = {}\n    for idx, v in enumerate(values):\n        key = \"k%%d\" %% idx\n        result[key] = v * scale if v %% 2 else -v\n    while len(result) > _LIMIT:\n        result.popitem()\n    return sorted(result.items(), key=lambda kv: kv[1])\n\n", k, k > f
        }
        printf "def main():\n    d = Device%d_0(None)\n    t0 = time.ticks_ms()\n    out = [compute_0(range(n)) for n in range(%d)]\n    return time.ticks_diff(time.ticks_ms(), t0), len(out), d\n", i, 3 + i % 4 > f
        close(f)
    }
}'
