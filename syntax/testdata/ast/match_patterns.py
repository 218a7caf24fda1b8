match x:
    case 1 | 2 | -3 | 1+2j | -1-2j | "a" "b" | b"x" | None | True | False:
        pass
    case [a, *rest, _] | (a, b) | () | []:
        pass
    case {1: a, "b": c, **kw} | {} | {**kw}:
        pass
    case Point(x=0, y=_) | Point(1, 2, z=3) | a.b.c | a.b(c) if x > 1:
        pass
    case (1 as y) | [*_] | str() as z:
        pass
