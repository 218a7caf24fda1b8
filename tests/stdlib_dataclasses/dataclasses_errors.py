# dataclasses: definition errors, make_dataclass, Field repr, ClassVar.
import dataclasses
import typing
from dataclasses import dataclass, field, make_dataclass
from typing import ClassVar

try:
    @dataclass
    class A:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
for default in ([], {}, set()):
    try:
        @dataclass
        class B:
            x: object = default
    except ValueError as e:
        print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class C:
        x: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True)
    class D:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class E:
        x = field()
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class F:
    x: int


try:
    @dataclass
    class G(F):
        y: int = 0
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(unsafe_hash=True)
    class H:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)


@dataclass
class WithClassVar:
    x: int
    count: ClassVar[int] = 0
    other: "ClassVar[str]" = "s"


print(WithClassVar(1), [f.name for f in dataclasses.fields(WithClassVar)], WithClassVar.count)
print(WithClassVar.__dataclass_fields__["count"]._field_type, WithClassVar.__dataclass_params__)
f = dataclasses.fields(WithClassVar)[0]
print(repr(f).split(",default=")[0])
print(field(default=3, metadata={"unit": "m"}).metadata["unit"])
print(dataclasses.MISSING.__class__.__name__, repr(dataclasses.InitVar[int]), repr(dataclasses.InitVar[list]))

M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))], namespace={"total": lambda self: self.a + self.b + self.c})
m = M(1, 2)
print(m, m.total(), [f.type for f in dataclasses.fields(M)], M.__name__)
try:
    make_dataclass("N", ["a", "a"])
except TypeError as e:
    print("TypeError", e)
try:
    make_dataclass("N", ["class"])
except TypeError as e:
    print("TypeError", e)
F2 = make_dataclass("F2", [("x", int)], frozen=True, bases=(object,))
print(F2(1), hash(F2(1)) == hash((1,)))


@dataclass
class SelfField:
    self: int
    other: int = 0


print(SelfField(1, 2))


@dataclass(repr=False, init=False)
class Bare:
    x: int = 4


print(Bare().x, "__repr__" in Bare.__dict__, "__init__" in Bare.__dict__)


@dataclass
class Desc:
    x: int = field(default=1, repr=False)
    y: int = field(default=2, init=False)


print(Desc(), Desc(5).x, Desc().y)
print(dataclasses.asdict(Desc(), dict_factory=lambda items: sorted(items)))
