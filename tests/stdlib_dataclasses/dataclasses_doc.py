# dataclasses: the generated __doc__ (the class signature).
import dataclasses, typing
from dataclasses import dataclass, field, KW_ONLY, InitVar
@dataclass
class A:
    x: int
    y: "str" = "a"
    z: list = field(default_factory=list)
    w: typing.Optional[int] = None
    v: list[int] = None
    q: InitVar[int] = 3
    _: KW_ONLY
    k: float = 1.5
    m: typing.Any = 0
class Other: pass
@dataclass
class B:
    o: Other = None
    n: dict = field(default_factory=dict, init=False)
@dataclass
class C:
    "Has a doc."
    a: int
@dataclass
class D:
    pass
print(A.__doc__); print(B.__doc__); print(C.__doc__); print(D.__doc__)
