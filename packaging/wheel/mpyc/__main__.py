"""`python -m mpyc ARGS` and the `mpyc` / `mpy-cross` console scripts: the program itself,
replacing this Python process (exit code, streams and signals are the program's own)."""

import os
import sys

from . import EXECUTABLE


def _exec(name):
    os.execv(EXECUTABLE, [name] + sys.argv[1:])


def main():
    _exec("mpyc")


def main_mpy_cross():
    _exec("mpy-cross")


if __name__ == "__main__":
    main()
