# Flag and IntFlag: combination, reprs, iteration, boundaries.
import enum
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(RW, repr(RW), Perm.R & Perm.W, repr(Perm.R & Perm.W), list(RW), len(RW), bool(Perm(0)))
print(Perm.R in RW, Perm.X in RW, ~Perm.R, repr(~RW), Perm(7), repr(Perm(0)), str(Perm(0)))
print(list(Perm), len(Perm), Perm(6) is RW, RW ^ Perm.W, Perm.R | Perm.R)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
try:
    1 in RW
except TypeError as e:
    print("TypeError", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.WHITE), [c.value for c in Color], Color.RED | Color.GREEN)
print(list(Color.WHITE), ~Color.RED, Color(3), repr(Color(0)))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.W), IPerm.R + 1, IPerm.R | 8, repr(IPerm(12)), str(IPerm(12)))
print(repr(~IPerm.R), IPerm(0), repr(IPerm(0)), format(IPerm.R | IPerm.X), isinstance(IPerm.R, int), IPerm.R == 4)
print(repr(IPerm.R | 1), IPerm.R & 6, list(IPerm(7)), f"{IPerm.W}")


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Conform(4)))


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


print(Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
print(enum.FlagBoundary.KEEP, repr(enum.STRICT), list(enum.FlagBoundary))
print(repr(Perm), Perm._boundary_, IPerm._boundary_)


@enum.verify(enum.UNIQUE)
class Fine(enum.Enum):
    A = 1
    B = 2


try:
    @enum.verify(enum.CONTINUOUS)
    class Gap(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
try:
    @enum.verify(enum.UNIQUE)
    class Al(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
print(enum.EnumMeta is enum.EnumType, enum.show_flag_values(13))
