#!/usr/bin/env python3
# make-samples.py: expected values for the freezer's text helpers, computed by the reference
# itself (MicroPython v1.28.0's tools/mpy-tool.py and py/makeqstrdata.py, run by Python 3.11).
#
#   python3 make-samples.py MPY_TOOL_PY OUT_DIR
#
# writes OUT_DIR/opcode-names.txt (mpy-tool.py's opcode table), OUT_DIR/qstr-samples.txt and
# OUT_DIR/float-samples.txt; tests/unit/test_freeze_text.cpp compares emitter/PythonText.h
# with them line by line.
import importlib.util
import random
import struct
import sys

tool_path, out_dir = sys.argv[1], sys.argv[2]
sys.argv = [tool_path]
spec = importlib.util.spec_from_file_location("mpy_tool", tool_path)
tool = importlib.util.module_from_spec(spec)
sys.path.append(tool_path.rsplit("/", 2)[0] + "/py")
spec.loader.exec_module(tool)
q = tool.qstrutil

with open(out_dir + "/opcode-names.txt", "w") as f:
    for i in range(256):
        f.write("%02x %s\n" % (i, tool.Opcode.mapping[i]))

# one line per string: hex of its UTF-8, then escaped ident, hashes (1, 2, 0 bytes), pool
# literal and repr(), tab-separated (repr may contain anything but a tab or newline here);
# <none> stands for an empty field
samples = [chr(c) for c in range(0x20, 0x7F)]
samples += [chr(c) for c in list(range(0, 0x20)) + [0x7F] + list(range(0x80, 0x100))]
samples += ["\u200b", "\u2028", "\ufeff", "\ue000", "\U000e0001", "\U0001f600", "\u0378", "\U0010ffff",
            "€", "日本語", "ключ", "naïve", "Ω", "\u00a0x", "\u0300", "\ufffd", "\uffff"]
samples += q.static_qstr_list + ["", "<module>", "<listcomp>", "pkg/__init__.py", "a-b", "a_hyphen_b",
                                 "it's", 'say "hi"', "both ' and \"", "back\\slash", "x" * 300]
rng = random.Random(6)
alphabet = "ab_Z09 -./'\"\\\n\té€😀\u200b\x00\x7f"
for _ in range(300):
    samples.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
with open(out_dir + "/qstr-samples.txt", "w", encoding="utf-8") as f:
    for s in samples:
        b = s.encode("utf8")
        r = repr(s)
        assert "\t" not in r and "\n" not in r
        f.write("\t".join([b.hex() or "<none>", q.qstr_escape(s) or "<none>", str(q.compute_hash(b, 1)),
                           str(q.compute_hash(b, 2)), str(q.compute_hash(b, 0)), q.escape_bytes(s, b) or "<none>", r])
                + "\n")

# one line per double: its bits, "%.16g", struct.pack('<f') bits or "overflow", then the text
# mpy-tool.py would read and float() of it (bits)
values = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 2.5, 5e-324, 2.2250738585072014e-308, 1e-46, 1.401298464324817e-45,
          7.006492321624085e-46, 7.006492321624087e-46, 3.4028234663852886e38, 3.402823567797336e38,
          3.4028235677973366e38, 3.4028235677973370e38, 1e39, 1e308, float("inf"), float("-inf"), float("nan"),
          -float("nan"), 1e16, 1e22, 123456789012345680.0, 0.30000000000000004, 2.0 ** -149, 2.0 ** -150,
          1.5 * 2.0 ** -149, 2.5 * 2.0 ** -149, 16777217.0, 16777219.0, -16777217.0]
for _ in range(400):
    values.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
    values.append(rng.uniform(-1e6, 1e6))
    values.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-40, 40))
with open(out_dir + "/float-samples.txt", "w") as f:
    for v in values:
        bits = struct.unpack("<Q", struct.pack("<d", v))[0]
        try:
            f32 = "%08x" % struct.unpack("<I", struct.pack("<f", v))[0]
        except OverflowError:
            f32 = "overflow"
        f.write("%016x %s %s\n" % (bits, "%.16g" % v, f32))
