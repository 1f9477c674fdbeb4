#!/usr/bin/env python3
# qemu-runner.py: runs Python scripts on MicroPython's qemu firmware (ports/qemu, built by
# ../shared/tools/make_oracles.sh), for tests/vm/measure-import.mjs --runner: a JSON array of
# scripts on stdin, a JSON array of {"output": TEXT} or {"error": TEXT} on stdout. One qemu
# process for the batch; each script runs after a soft reset (a fresh heap and qstr pool) through
# the raw REPL of MicroPython's own tools/pyboard.py, as tests/run-tests.py drives the board.
#
#   qemu-runner.py --pyboard MP/tools/pyboard.py --firmware qemu/firmware.elf [--machine mps2-an385]
import argparse
import importlib.util
import json
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--pyboard", required=True, help="MicroPython's tools/pyboard.py")
ap.add_argument("--firmware", required=True, help="the qemu port's firmware.elf")
ap.add_argument("--machine", default="mps2-an385")
ap.add_argument("--qemu", default="qemu-system-arm")
args = ap.parse_args()

spec = importlib.util.spec_from_file_location("pyboard", args.pyboard)
pyboard = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pyboard)

scripts = json.load(sys.stdin)
device = (
    f"execpty:{args.qemu} -machine {args.machine} -nographic -monitor null -semihosting "
    f"-serial pty -kernel {args.firmware}"
)
board = pyboard.Pyboard(device)
results = []
try:
    for script in scripts:
        try:
            board.enter_raw_repl(soft_reset=True)
            out = board.exec_(script, timeout=60)
            results.append({"output": out.decode("utf-8", "replace")})
        except pyboard.PyboardError as e:
            # ("exception", stdout, stderr): the traceback's last line says what went wrong
            detail = e.args[2] if len(e.args) > 2 and isinstance(e.args[2], bytes) else str(e).encode()
            lines = detail.decode("utf-8", "replace").strip().splitlines()
            results.append({"error": lines[-1] if lines else "error"})
        finally:
            try:
                board.exit_raw_repl()
            except Exception:
                pass
finally:
    board.close()
json.dump(results, sys.stdout)
