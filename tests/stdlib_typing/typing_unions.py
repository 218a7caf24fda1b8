# int | str (types.UnionType) and typing.Union: equality, hashing, isinstance.
import types
import typing

u = int | str
print(u, type(u) is types.UnionType, u.__args__, int | str | None, (int | str) | float)
print({int | str: 1}.get(str | int), hash(int | str) == hash(str | int), hash(u) == hash(frozenset((int, str))))
print(typing.Union[int, str] == int | str, hash(typing.Union[int, str]) == hash(int | str))
print({typing.Optional[int]: "opt"}.get(int | None), typing.get_args(int | None), typing.get_origin(int | str) is types.UnionType)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | str))
print(isinstance(1, typing.Union[int, str]), isinstance([], typing.Optional[list]), int | typing.List[int])
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError", e)
