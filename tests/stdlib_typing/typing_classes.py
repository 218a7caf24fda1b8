# typing: Generic classes, Protocol, NamedTuple, TypedDict, get_type_hints, decorators.
import sys
import typing
from typing import (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, List,
                    Optional, get_type_hints, overload, no_type_check, final, assert_never, Dict)

T = TypeVar("T")
U = TypeVar("U")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](5)
print(Box[int], b.get(), b.__orig_class__, Box.__parameters__, Box[str].__origin__, Box[str].__args__)
print(Box.__mro__, Box(1).item)


class Pair(Generic[T, U]):
    pass


print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)


class IntList(List[int]):
    pass


print(IntList.__mro__, IntList([1, 2]))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        pass


class NotProto(Protocol):
    def meth(self) -> int: ...


print(isinstance(Resource(), Closable), isinstance(3, Closable), issubclass(Resource, Closable))
try:
    isinstance(Resource(), NotProto)
except TypeError as e:
    print("TypeError", e)
try:
    Closable()
except TypeError as e:
    print("TypeError", e)
try:
    runtime_checkable(Resource)
except TypeError as e:
    print("TypeError", e)


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f"{self.name}#{self.id}"


e = Employee("Guido")
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._replace(id=7))
print(isinstance(e, tuple), Employee("a", 1) == ("a", 1), e._asdict())
Point = NamedTuple("Point", [("x", int), ("y", float)])
print(Point(1, 2.0), Point.__annotations__)
Point3 = NamedTuple("Point3", x=int, y=int)
print(Point3(1, 2))
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)


class Movie(TypedDict):
    name: str
    year: int


class MovieX(Movie, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), sorted(MovieX.__optional_keys__), MovieX.__total__)
Alt = TypedDict("Alt", {"a": int, "b": str}, total=False)
print(Alt(a=1), Alt.__total__, typing.is_typeddict(Alt), typing.is_typeddict(dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError", e)


def greet(name: str, times: "int" = 1, other: Optional["Box[int]"] = None) -> "List[str]":
    return [name] * times


print(get_type_hints(greet))
print(greet.__annotations__)


class Annotated_:
    a: int
    b: "str"
    c: "Dict[str, int]" = {}


print(get_type_hints(Annotated_))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(3))


@no_type_check
def g(x: "nonsense") -> "more":
    return x


print(g.__no_type_check__, get_type_hints(g))


@final
class Leaf:
    pass


print(Leaf.__final__)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(typing.reveal_type(5))
print(typing.get_type_hints(Employee))
