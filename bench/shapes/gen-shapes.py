#!/usr/bin/env python3
"""gen-shapes.py SHAPE BYTES: a valid MicroPython module of about BYTES bytes, all of one shape,
for bench/shapes/bench-shapes.sh (compile time and memory by the shape of code, not its size).

Shapes:
  functions   many small functions, each with defaults, *args/**kwargs, keyword-only
              arguments, a comprehension, string concatenation, dict and tuple displays
  expressions long arithmetic and boolean expressions over a few names
  tables      big literal tables: lists of tuples of ints, floats, strings and bytes
  classes     class bodies nested several deep, with methods and class attributes
  flat        simple assignments and calls at module level (the bench's own kind of input)
"""
import sys


def functions(i):
    return (
        f"def f{i}(a, b=1, *args, c={i}, d='x{i}', **kw):\n"
        f"    xs = [v * {i % 7 + 1} for v in args if v]\n"
        f"    s = 'p' + str(a) + d + 'q{i}'\n"
        f"    m = {{'a': a, 'b': b, 'n': {i}, 's': s}}\n"
        f"    t = (a, b, c, len(xs), {i})\n"
        f"    return m, t, kw.get('z', {i})\n\n"
    )


def expressions(i):
    terms = " + ".join(f"(x{j % 5} * {i + j} - y{j % 3} // {j + 1})" for j in range(12))
    conds = " and ".join(f"x{j % 5} > {i + j}" for j in range(6))
    return f"v{i} = {terms}\nb{i} = {conds} or not y{i % 3}\n"


def tables(i):
    rows = ", ".join(f"({i * 16 + j}, {j}.5, 'r{i}c{j}', b'\\x{j:02x}')" for j in range(16))
    return f"T{i} = [{rows}]\n"


def classes(i):
    out = [f"class C{i}:\n    A = {i}\n    def m(self, x=0):\n        return x + {i}\n"]
    ind = "    "
    for d in range(1, 5):
        out.append(f"{ind}class D{d}:\n{ind}    B{d} = ({i}, {d}, 'c{i}')\n"
                   f"{ind}    def m{d}(self, *a):\n{ind}        return len(a) + {d}\n")
        ind += "    "
    return "".join(out) + "\n"


def flat(i):
    # the names repeat every 20,000: one name per statement, never repeated, took a 3.5 MB
    # module past the 65,370 qstrs a module can add, and so measured the error path
    n = i % 20000
    return f"x{n} = {i} * 3 + 1\nprint('line', x{n}, {i % 10})\n"


SHAPES = {"functions": functions, "expressions": expressions, "tables": tables, "classes": classes, "flat": flat}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in SHAPES:
        sys.exit(f"usage: gen-shapes.py {{{'|'.join(SHAPES)}}} BYTES")
    shape, target = SHAPES[sys.argv[1]], int(sys.argv[2])
    header = "x0 = x1 = x2 = x3 = x4 = y0 = y1 = y2 = 1\n"
    parts, size, i = [header], len(header), 0
    while size < target:
        p = shape(i)
        parts.append(p)
        size += len(p)
        i += 1
    sys.stdout.write("".join(parts))


main()
