# Library-style module: constant tables, defaults, keyword-only defaults, lambdas, closures.
try:
    import ustruct as struct
except ImportError:
    import struct

_TABLE = b"\x00\x01\x02\x03\x04\x05\x06\x07"
ERRORS = {"strict": 0, "ignore": 1, "replace": 2}
ALIASES = ["utf8", "utf-8", "latin1"]
LIMITS = (0, 255, 65535, 4294967295, 18446744073709551615)
EMPTY = ()
BIG = 123456789012345678901234567890
HALF = 0.5


def encode(text, errors="strict", *, table=_TABLE, size=None):
    out = bytearray()
    for c in text:
        out.append(table[ord(c) & 7])
    return bytes(out[:size]) if size else bytes(out)


def decode(data, errors="strict"):
    return "".join(chr(b) for b in data)


def make_counter(start=0):
    count = start

    def step(n=1):
        nonlocal count
        count += n
        return count

    return step


pack = lambda fmt, *v: struct.pack(fmt, *v)


class CodecError(ValueError):
    pass


class Codec:
    def __init__(self, name="utf8"):
        self.name = name

    def encode(self, text):
        return encode(text)

    def decode(self, data):
        return decode(data)


if __name__ == "__main__":
    print(encode("abc"))
