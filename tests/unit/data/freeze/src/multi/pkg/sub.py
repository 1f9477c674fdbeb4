def helper(s):
    return s.upper() + 'a string that is certainly longer than 25 chars'

def closure():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
