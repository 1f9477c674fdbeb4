# Constant tuples, nested, with every kind of item.
t = (1, 2, 100000, -8193, 'x', b'y', 1.5, (), ('nested', (2**40, (None, True, False, ...))), 1j, 'a string longer than twenty-five')
def f(a=(1, (2, 3)), b=((),)):
    return a, b, (4, 5, 6)
