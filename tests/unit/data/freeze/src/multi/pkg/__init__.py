VERSION = (1, 2, 3)
def version():
    return '.'.join(str(v) for v in VERSION)
