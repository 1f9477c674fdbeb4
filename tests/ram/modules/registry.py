# Library-style module: many small functions and a class with many methods, module docstring.
"""A registry of handlers."""

import sys

DEBUG = False
_handlers = {}
_order = []


def register(name, fn):
    _handlers[name] = fn
    _order.append(name)


def unregister(name):
    del _handlers[name]
    _order.remove(name)


def get(name, default=None):
    return _handlers.get(name, default)


def names():
    return list(_order)


def clear():
    _handlers.clear()
    del _order[:]


class Registry:
    """Handlers by name."""

    def __init__(self):
        self.items = {}

    def __len__(self):
        return len(self.items)

    def __contains__(self, key):
        return key in self.items

    def __getitem__(self, key):
        return self.items[key]

    def __setitem__(self, key, value):
        self.items[key] = value

    def __delitem__(self, key):
        del self.items[key]

    def __iter__(self):
        return iter(self.items)

    def keys(self):
        return self.items.keys()

    def values(self):
        return self.items.values()

    def items_(self):
        return self.items.items()

    def pop(self, key, *default):
        return self.items.pop(key, *default)

    async def wait(self, key):
        while key not in self.items:
            yield
        return self.items[key]


class Multi(Registry, dict):
    pass


def gen(n):
    for i in range(n):
        yield i
