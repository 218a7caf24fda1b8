# typing with postponed annotations, dataclasses, enum, json and pprint together; __future__.
from __future__ import annotations
import json, enum, dataclasses, typing, pprint, textwrap, heapq
from typing import Generic, TypeVar, Optional, List, Dict

T = TypeVar("T")

class Status(enum.Enum):
    OK = "ok"
    FAIL = "fail"

@dataclasses.dataclass(frozen=True, order=True)
class Item(Generic[T]):
    name: str
    value: T
    status: Status = Status.OK
    tags: List[str] = dataclasses.field(default_factory=list)

items = [Item("b", 2, tags=["x"]), Item("a", 1, Status.FAIL)]
print(sorted(items)[0], Item[int], typing.get_type_hints(Item))
print(json.dumps([dataclasses.asdict(i) for i in items], default=lambda o: o.value, indent=2))
pprint.pprint(items, width=60)
print(dataclasses.fields(Item)[1].type, Item.__annotations__)
class Color(enum.IntFlag):
    R = 1
    G = 2
print(Color.R | Color.G, Color(3), [c for c in Color(3)], f"{Color.R!r}", format(Color(3), "03d"))
print(typing.get_args(Optional[Dict[str, List[int]]]), Optional[Dict[str, List[int]]])
class Auto(enum.StrEnum):
    X = enum.auto()
print(json.dumps({"s": Auto.X, "c": Color.G}), json.dumps(Status.OK.value))
def f(a: int, b: Optional[str] = None) -> Dict[str, int]: ...
print(typing.get_type_hints(f), f.__annotations__)
print(dir(Status), dir(Status.OK))
print(Status.__members__, Status.OK.__class__, Status._member_map_)
import __future__
print(__future__.annotations, __future__.all_feature_names, __future__.division.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
