from micropython import const

_FACTOR = const(2)
NAME = "util"


def scale(x):
    return x * _FACTOR


class Counter:
    def __init__(self, start=0):
        self.n = start

    def __call__(self):
        self.n += 1
        return self.n
