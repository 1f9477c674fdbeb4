# A small program for mpyc's first run: compile it to .mpy and import it in MicroPython.
#   build/mpy-cross samples/hello.py -o build/hello.mpy
from micropython import const

_ROWS = const(5)  # private constant: substituted at compile time, takes no memory


def triangle(n):
    rows = []
    for i in range(1, n + 1):
        rows.append(" " * (n - i) + "*" * (2 * i - 1))
    return rows


def fib(n):
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a


for row in triangle(_ROWS):
    print(row)
print("fib:", [fib(k) for k in range(10)])
if 2 ** 10 == 1024:
    print("hello from a .mpy compiled by mpyc")
else:
    print("arithmetic is broken")
