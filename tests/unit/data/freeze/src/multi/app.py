# Several modules frozen together: shared strings, listcomp names that collide across
# modules, a long string that is a qstr in another module, a package.
import pkg
from pkg import sub

a_very_long_identifier_name_for_tests = 1
message = 'a string that is certainly longer than 25 chars'


def squares(n):
    return [i * i for i in range(n)]


def main():
    print([x for x in squares(4)], sub.helper('shared'), message)
    return {k: v for k, v in zip('ab', (1, 2))}


class App:
    def __init__(self, name='app'):
        self.name = name

    def run(self, *args, **kw):
        yield from args
