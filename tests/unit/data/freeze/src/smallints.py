# No long ints at all: freezable for -mlongint-impl=none.
x = (1, 2, 8191, -8192)
y = [1073741823, -1073741824, 'text', b'bytes', 2.5]
def h(a, b=3):
    return a + b + 1000000
