# dataclasses: generated methods, defaults, factories, order, frozen, hash.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, repr(p), p == Point(1), p == Point(1, 1), p != Point(2), Point(1, 2, ["a"]))
print(Point.__match_args__, [f.name for f in fields(Point)], [f.type for f in fields(p)])
print(Point(x=3, y=4), Point.__eq__(p, 3), Point.__hash__)
print(asdict(Point(1, 2, [Point(3)])), astuple(Point(1, 2, [3])))
print(replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
a = Point(1)
b = Point(1)
a.tags.append(1)
print(a.tags, b.tags)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("TypeError", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)


v = Version(1, 2, "x")
print(v, Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9), Version(1, 2) <= Version(1, 2), sorted([Version(3), Version(1, 5), Version(1)]))
print(hash(v) == hash((1, 2)), v == Version(1, 2, "other"), {v: 1}[Version(1, 2)])
try:
    v.major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del v.minor
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)], WithPost.__match_args__)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 2


print(AllKW(x=1))


@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashable(5)) == hash((5,)))


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")


class NotDC:
    pass


for func in (fields, asdict, astuple):
    try:
        func(NotDC())
    except TypeError as e:
        print("TypeError", e)
try:
    replace(n, nothing=1)
except TypeError as e:
    print("TypeError", e)
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError", e)
print(replace(w, scale=5))
