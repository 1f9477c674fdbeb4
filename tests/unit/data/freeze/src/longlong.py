# Long ints that fit a long long (-mlongint-impl=longlong).
values = [1073741824, -1073741825, 2**31, 2**32, 2**62, 2**63 - 1, -2**63, (2**40, -2**40)]
def g():
    return 4611686018427387904 + 9007199254740993
