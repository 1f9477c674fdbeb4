x = 1
def f():
    return [i for i in (1, 2)]
