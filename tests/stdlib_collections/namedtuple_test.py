# collections.namedtuple: fields, defaults, rename, _make, _asdict,
# _replace, repr, errors, subclassing.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point(y=5, x=4), Point._make([7, 8]), p._asdict(), p._replace(y=9), Point._fields, Point._field_defaults)
print(Point.__name__, Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, isinstance(p, tuple))
x, y = p
print(x, y, p.count(1), p.index(2), p + (3,), p * 2, p[:1])

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", "a, def, a, _b, 9x", rename=True)
print(R._fields)
M = namedtuple("M", "one", module="mymod")
print(M.__module__, M(1), namedtuple("E", "")(), namedtuple("E", [])._fields)

for call in ["Point(1)", "Point(1, 2, 3)", "Point(1, z=2)", "p._replace(z=1)", "Point._make([1])",
             "namedtuple('X', 'a a')", "namedtuple('X', 'a _b')", "namedtuple('X', 'def')",
             "namedtuple('1X', 'a')", "namedtuple('X', 'a-b')", "namedtuple('X', [1])",
             "namedtuple('X', 'a', defaults=[1, 2])", "setattr(p, 'x', 5)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"

q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(x=0), Point3._make(range(3)))
match p:
    case Point(x, y):
        print("matched", x, y)
print(Point.__match_args__, sorted(Point.__dict__.keys() & {"_make", "_asdict", "x", "y", "__slots__"}))
