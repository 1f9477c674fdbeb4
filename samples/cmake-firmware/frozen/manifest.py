# What this sample firmware freezes. Evaluated by mpyc (mpyc_freeze in CMakeLists.txt) the way
# MicroPython's makemanifest.py evaluates a board's manifest.py.
options.defaults(extras=True)

# every .py under modules/, as top-level modules
freeze("modules")

# a package and a single module from src/
package("drivers", base_path="src")
module("version.py", base_path="src", opt=3)

# a package from a library of our own, as a board would use micropython-lib
add_library("vendor", "lib")
require("ticker", library="vendor")

if options.extras:
    include("extras", stats_window=8)
