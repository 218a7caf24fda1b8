# typing: reprs, equality, get_origin/get_args of the special forms.
import collections.abc
import typing
from typing import (Any, Annotated, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator,
                    List, Literal, Mapping, NoReturn, Never, Optional, Sequence, Set, Tuple, Type,
                    TypeVar, Union, get_args, get_origin, LiteralString, Self, TypeAlias, Deque,
                    DefaultDict, Counter, Generator, Awaitable)

forms = [Optional[int], Union[int, str], Union[int, None], Union[None, int], Union[int, str, None],
         Union[int], Union[int, Union[str, float]], List[int], List, Dict[str, List[int]], Dict,
         Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable,
         Tuple[int, ...], Tuple[int, str], Tuple[()], Tuple, Literal[1, "a", None], Literal[True],
         ClassVar[int], Final[str], Any, NoReturn, Never, LiteralString, Self, TypeAlias,
         Annotated[int, "meta", 5], Set[bytes], FrozenSet[int], Type[int], Iterable[str],
         Iterator[int], Mapping[str, int], Sequence[float], Optional[List[int]], Deque[int],
         DefaultDict[str, int], Counter[str], Generator[int, None, None], Awaitable[int],
         List["Foo"], Optional["Bar"], typing.Pattern, typing.Match[str], typing.AnyStr]
for f in forms:
    print(repr(f))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int],
      List[int] == List[str], Literal[1, 2] == Literal[2, 1], Union[int, int], Dict[str, int] != Dict[str, str])
print(hash(Union[int, str]) == hash(Union[str, int]), hash(List[int]) == hash(List[int]))
for f in [List[int], Dict[str, int], Union[int, str], Optional[int], Callable[[int], str], Callable[..., str],
          Literal["x"], Annotated[int, 1], ClassVar[int], int, List, Tuple[int, ...], int | str, list[int],
          dict[str, int], typing.Generic, collections.abc.Callable[[int], str]]:
    print(get_origin(f), get_args(f))
T = TypeVar("T")
K = TypeVar("K", bound=int)
C = TypeVar("C", covariant=True)
N = TypeVar("N", contravariant=True)
S = TypeVar("S", int, str)
print(T, K, C, N, S, T.__name__, K.__bound__, S.__constraints__, C.__covariant__, T.__module__)
print(List[T], Dict[K, T], List[T][int], Dict[str, T][int], Callable[[T], K], List[T].__parameters__)
print(int | str, type(int | str), int | None, isinstance(3, int | str), isinstance("x", int | str), isinstance(3.5, int | str))
print(Optional[int] | str, List[int] | None, T | None)
P = typing.ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], typing.Concatenate[int, P])
UserId = typing.NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
print(typing.TYPE_CHECKING, typing.Text, typing.cast(int, "x"), typing.cast("List[int]", 3))
for bad in [lambda: Union[()], lambda: List[int, str], lambda: Dict[int], lambda: isinstance(3, List[int]),
            lambda: Optional[int, str], lambda: Callable[int], lambda: Any(), lambda: isinstance(3, Any),
            lambda: TypeVar("X", int), lambda: ClassVar[int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Iterable), isinstance(iter([]), Iterator))
