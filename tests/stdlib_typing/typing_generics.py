# typing: protocols with data members, generic subclasses and substitution, Iterator subclasses, aliases.
import typing
from typing import Protocol, runtime_checkable, Generic, TypeVar, Iterable, Iterator, Callable, Any, Union, Optional

T = TypeVar("T")
S = TypeVar("S")

@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...

@runtime_checkable
class HasName(Protocol):
    name: str

class Named:
    name = "n"

print(isinstance([], HasLen), isinstance(3, HasLen), isinstance(Named(), HasName), isinstance(object(), HasName))
print(issubclass(list, HasLen), issubclass(int, HasLen))

class Base(Generic[T]):
    pass

class Derived(Base[int]):
    pass

class Both(Base[T], Generic[T]):
    pass

class Two(Generic[T, S]):
    pass

print(Derived.__parameters__, Both.__parameters__, Both[str], Derived.__orig_bases__, Two[int, str].__args__)
print(Two[T, int], Two[T, int][str], typing.get_origin(Two[int, str]) is Two)

class MyIter(Iterator[int]):
    def __next__(self):
        raise StopIteration

print(list(MyIter()), MyIter.__mro__[:3], isinstance(MyIter(), Iterable))

def apply(f: Callable[[int], T], x: int) -> T:
    return f(x)

print(apply(str, 5), typing.get_type_hints(apply))
print(Union[int, Any], Optional[Any], Union[int, "str"], typing.List[Union[int, str]])
print(typing.Callable[[int], str] == typing.Callable[[int], str], typing.Tuple[int] == typing.Tuple[int,])
print(typing.Type[int], typing.Dict[str, typing.Callable[..., Any]])
Vector = typing.List[float]
def scale(s: float, v: Vector) -> Vector:
    return [s * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector)
print(typing.Literal["a"] == typing.Literal["a"], typing.Literal[1] == typing.Literal[True])
class Node(typing.NamedTuple):
    val: int
    nxt: "typing.Optional[Node]" = None
print(Node(1, Node(2)), typing.get_type_hints(Node))
