# enum.Enum: members, lookup, aliases, iteration, reprs and errors.
import enum
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"{Color.RED:>12}|")
print(repr(Color), list(Color), len(Color))
print(Color(1), Color(3), Color["GREEN"], Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), type(Color))
print(list(reversed(Color)), Color._member_names_)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"))
print(sorted(Color, key=lambda c: c.value), {Color.RED: "r"}[Color.CRIMSON])
for bad in (4, "RED", None):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
        FOUR = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Bad(Enum):
        _x_ = 1
except ValueError as e:
    print("ValueError", e)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    def describe(self):
        return f"{self.name} has value {self.value}"

    @classmethod
    def favorite(cls):
        return cls.CIRCLE

    def __str__(self):
        return "my " + self.name.lower()


print(Shape.SQUARE.describe(), Shape.favorite(), str(Shape.SQUARE), repr(Shape.SQUARE), f"{Shape.CIRCLE}")


class Missing(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Missing("A"), Missing("b"))
try:
    Missing(3)
except ValueError as e:
    print("ValueError", e)


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


print(list(Gen), Gen.X.value)


class Mixed(str, Enum):
    A = "alpha"
    B = "beta"


print(Mixed.A, repr(Mixed.A), f"{Mixed.A}", Mixed.A == "alpha", Mixed("beta"), Mixed.A.upper())


class Ignore(Enum):
    _ignore_ = "tmp"
    tmp = 5
    ONE = 1


print(list(Ignore), hasattr(Ignore, "tmp"))
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)
print(enum.Enum.__members__ if False else len(Enum.__members__), bool(Color), bool(Color.RED))
