# manifestfile-list.py: what MicroPython's own tools/manifestfile.py makes of a manifest, in the
# format of `mpyc build --list` (kind, module path, source, opt=, version=), for
# build-tests.mjs --ref-micropython. Run inside a copy of tests/build/data/manifests:
#   python3 manifestfile-list.py MICROPYTHON_DIR board/manifest.py
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "tools"))
import manifestfile  # noqa: E402

root = os.path.abspath(".")
path_vars = {
    "MPY_DIR": os.path.join(root, "mpy"),
    "MPY_LIB_DIR": os.path.join(root, "lib"),
    "PORT_DIR": os.path.join(root, "port"),
    "BOARD_DIR": os.path.join(root, "board"),
    "VENDOR_DIR": os.path.join(root, "vendor"),
}
m = manifestfile.ManifestFile(manifestfile.MODE_FREEZE, path_vars)
m.execute(sys.argv[2])
kinds = {
    manifestfile.KIND_FREEZE_AS_MPY: "py",
    manifestfile.KIND_FREEZE_MPY: "mpy",
    manifestfile.KIND_FREEZE_AS_STR: "str",
}
for f in m.files():
    extra = ""
    if f.opt is not None:
        extra += " opt=%d" % f.opt
    if f.metadata.version:
        extra += " version=%r" % f.metadata.version
    print("%s\t%s\t%s%s" % (kinds[f.kind], f.target_path, f.full_path, extra))
