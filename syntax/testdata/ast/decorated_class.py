@a.b(c)
@d
class C(B, metaclass=M, **kw):
    x: int = 1
    y: "str"
    (z): int
    a.b: int
    a[0]: int = 2
