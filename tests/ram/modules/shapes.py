# Library-style module: classes with methods, properties, static and class methods.
from micropython import const

_PRIVATE = const(3)
PUBLIC = const(4)
VERSION = (1, 2, 3)
NAME = "shapes"
RATIO = 1.5


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name.upper()

    @label.setter
    def label(self, value):
        self.name = value

    @staticmethod
    def unit():
        return Square(1)

    @classmethod
    def make(cls, *args):
        return cls(*args)

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.name)


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r=1.0):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


def total_area(shapes, scale=1, *, rounding=None):
    t = sum(s.area() for s in shapes) * scale
    return round(t, rounding) if rounding is not None else t
