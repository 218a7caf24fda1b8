# Structural pattern matching: literals, captures, sequences, mappings,
# classes, guards, or-patterns, as-patterns, wildcards.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case [x, y] if x == y:
            return f"pair of {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": kind, **others}:
            return f"shape {kind} {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) as p:
            return f"point {x},{y} {type(p).__name__}"
        case int(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "text"
        case (1, 2, 3):
            return "tuple 123"
        case float():
            return "float"
        case _:
            return "other"

for v in [0, 1, True, None, "hello", [3, 3], [1, 2], (5, 6, 7), {"kind": "circle", "r": 2},
          {"kind": "box", "w": 1, "h": 2}, Point(0, 0), Point(4, 0), Point(1, 2), 500, 50,
          "other", b"x", 2.5, {}, (1, 2, 3)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case s if 500 <= s < 600:
            return "server error"
    return "unknown"

print([http(s) for s in (200, 201, 404, 503, 302)])

match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a, b, c)

import collections
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)

class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match 42:
    case int(x):
        print("self match", x)

colors = {"RED": 1}
class Color:
    RED = 1
    GREEN = 2

match 2:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
