# IntEnum, StrEnum, functional API, pickling-related hooks.
import enum
from enum import IntEnum, StrEnum, Enum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), format(Num.ONE), f"{Num.TWO:03d}", Num.ONE + 1, Num.TWO * 2)
print(Num.ONE == 1, Num.ONE < Num.TWO, sorted([Num.THREE, Num.ONE]), int(Num.TWO), Num(2), [1, 2, 3][Num.ONE])
print(isinstance(Num.ONE, int), hash(Num.ONE) == hash(1), Num.ONE.real, "%d %s %r" % (Num.ONE, Num.ONE, Num.ONE))


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Http(404), Http.OK.name, Http["OK"].value, list(Http))


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"


print(Dir.NORTH, repr(Dir.NORTH), Dir.SOUTH == "s", f"{Dir.NORTH}", Dir.NORTH.upper(), Dir("s"), "x" + Dir.SOUTH)
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__)
Animal2 = Enum("Animal2", ["A", "B"], start=10)
print(list(Animal2))
Animal3 = Enum("Animal3", [("X", 5), ("Y", 7)])
print(list(Animal3))
Animal4 = Enum("Animal4", {"P": "p", "Q": "q"})
print(list(Animal4))
Animal5 = IntEnum("Animal5", "A, B, C")
print(list(Animal5), Animal5.C + 0)
Animal6 = Enum("Animal6", "A B", type=int)
print(repr(Animal6.A), Animal6.B + 1)
S = StrEnum("S", "LOW HIGH")
print(list(S), S.LOW)
print(Num.ONE.__reduce_ex__(2))
import copy
print(copy.copy(Num.ONE) is Num.ONE, copy.deepcopy(Dir.NORTH) is Dir.NORTH)


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3


print(list(Ordered))
try:
    class Wrong(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError", e)


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = (1, "first")
    B = (2, "second")


print(WithNew(2), WithNew.A.label, WithNew.B.value)


class Base(Enum):
    def hello(self):
        return "hi " + self.name


class Child(Base):
    X = 1


print(Child.X.hello(), list(Child))


class Float(float, Enum):
    PI = 3.14
    E = 2.71


print(repr(Float.PI), str(Float.E), Float.PI + 1)


class Const(Enum):
    A = 1

    @enum.property
    def double(self):
        return self.value * 2


print(Const.A.double)
print(Num.__members__["TWO"], type(Num.__members__).__name__)
print(issubclass(IntEnum, int), IntEnum.__mro__)
