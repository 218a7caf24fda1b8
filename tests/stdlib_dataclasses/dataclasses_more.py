# dataclasses: inheritance with __post_init__, frozen and ClassVar, factories, order, match, replace errors.
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar, List

@dataclass
class A:
    x: int = 1
    def __post_init__(self):
        self.seen = "A"

@dataclass
class B(A):
    y: int = 2
    def __post_init__(self):
        super().__post_init__()
        self.seen += "B"

b = B(5)
print(b, b.seen, A(1) == B(1), B.__init__.__qualname__, B.__repr__.__qualname__)
print(B.__eq__(b, A()), dataclasses.fields(b)[0].default)

@dataclass(frozen=True)
class Fz:
    a: int
    b: List[int] = field(default_factory=list, compare=False, hash=True)
    c: ClassVar[int] = 3

f = Fz(1)
print(f, hash(f) == hash((1, [])) if False else "skip", Fz.c, Fz.__hash__ is not None)
try:
    object.__setattr__(f, "a", 9)
    print(f.a)
    f.z = 1
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Cnt:
    items: list = field(default_factory=list)
    n: int = field(default=0, repr=False, compare=False)

c1, c2 = Cnt(), Cnt()
c1.items.append(1)
print(c1, c2, c1 == Cnt([1], 99), Cnt.__dataclass_fields__["n"].repr)
print(dataclasses.astuple(Cnt([(1, [2]), {"k": Cnt()}])), dataclasses.asdict(Cnt([Cnt([1])])))

@dataclass(order=True)
class V:
    major: int
    minor: int
print(sorted([V(2, 0), V(1, 5), V(1, 2)]), V(1, 2) < V(1, 3), max(V(1, 1), V(0, 9)))
try:
    V(1, 2) < 5
except TypeError as e:
    print("TypeError", e)
print(V.__match_args__)
match V(3, 4):
    case V(3, minor):
        print("matched", minor)

@dataclass(init=False)
class NoInit:
    a: int = 5
print(NoInit(), NoInit().a)
@dataclass
class WithDefaultDescriptor:
    name: str = field(default="n", metadata={"doc": "a name"})
print(WithDefaultDescriptor.name, WithDefaultDescriptor(), dict(dataclasses.fields(WithDefaultDescriptor)[0].metadata))
print(dataclasses.is_dataclass(dataclasses.dataclass), dataclasses.replace(V(1, 2), minor=7))
try:
    dataclasses.replace(V(1, 2), patch=1)
except TypeError as e:
    print("TypeError", e)
try:
    V(1)
except TypeError as e:
    print("TypeError", e)
try:
    V(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    V(1, major=2)
except TypeError as e:
    print("TypeError", e)
