def helper(x):
    return [c for c in x] + ['a_very_long_identifier_name_for_tests']


def gen():
    for i in range(3):
        yield i
    return 'done'

shared = 'shared'
big = 12345678901234567890
