import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False:
            return "bool"
        case 0 | 1 | -1:
            return "small"
        case 1.5 | 2j | -3 + 4j:
            return "numbers"
        case "a" | b"b":
            return "strings"
        case Color.RED:
            return "red"
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if rest:
            return (x, y, rest)
        case [_, *_, last]:
            return last
        case (1, 2, *_):
            return "starts 1 2"
        case {"k": v, "j": 2, **kw}:
            return v, kw
        case {}:
            return "mapping"
        case {1: _}:
            return "one key"
        case str() as s:
            return s
        case int(n) | float(n) if n > 0:
            return n
        case Point(x=0, y=yy):
            return yy
        case Point(1, 2, z=[a, b]):
            return a + b
        case [Point(x=1) | Point(y=1) as p, *_]:
            return p
        case (a, b) | [b, a]:
            return a
        case _:
            return "other"


def single(x):
    match x:
        case _:
            pass


def capture(x):
    match x:
        case [1, 2]:
            pass
        case y:
            return y
