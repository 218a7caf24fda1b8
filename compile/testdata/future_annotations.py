from __future__ import annotations

import typing


def f(a: list[int], *args: typing.Any, b: "str" = "x", **kw: dict[str, int | None]) -> a.b[c]:
    v: int = 1
    return v


x: tuple[int, ...] = ()
y: lambda: 1
z: {1: 2, **d}


class C:
    attr: C | None
    other: [i for i in range(3)] = []
