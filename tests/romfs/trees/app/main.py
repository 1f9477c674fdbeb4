# An application as a ROMFS image mounted at /rom holds it: a main module, a package under lib/,
# data files beside the code.
import sys

sys.path.append("/rom/lib")
from pkg import util
from pkg.deep import leaf

print("main:", util.scale(21), leaf.describe())
with open("/rom/config.json") as f:
    print("config:", f.read().strip())
with open("/rom/assets/logo.bin", "rb") as f:
    print("logo bytes:", len(f.read()))
import fast

print("fast:", fast.fib(15))
