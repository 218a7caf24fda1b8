# pprint: layouts of nested structures, strings, bytes, options.
import collections
import dataclasses
import pprint
import types

data = {"name": "kaa", "versions": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "c": {"d": "e" * 40}},
        "tuple": tuple(range(12)), "single": (1,), "set": set(range(15)), "frozen": frozenset({3, 1, 2}),
        "empty": [[], {}, (), set()], 10: "int key", "text": "lorem ipsum dolor sit amet " * 6}
pprint.pprint(data)
for width in (20, 40, 60, 120):
    print("--", width)
    pprint.pprint(data, width=width)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=40))
print(pprint.pformat(list(range(50)), compact=True, width=40))
print(pprint.pformat([list(range(5))] * 6, compact=True, width=30))
print(pprint.pformat({"z": 1, "a": 2, "m": [3]}, sort_dicts=False, width=10))
pprint.pp({"z": 1, "a": 2, "m": list(range(25))})
print(pprint.pformat([10 ** 10, 123456789, {"n": 2 ** 40}], underscore_numbers=True))
print(pprint.pformat("a long string with several words that must be split across lines " * 3, width=30))
print(pprint.pformat(["line one\nline two\n", "x" * 100], width=40))
print(pprint.pformat(bytes(range(40)), width=30))
print(pprint.pformat({"b": bytearray(b"abcdefghij" * 5)}, width=30))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(rec).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.isreadable([1, "a", (2,)]), pprint.isreadable(object()), pprint.saferepr({"b": 1, "a": [2]}))
od = collections.OrderedDict((str(i), i) for i in range(12))
print(pprint.pformat(od, width=40))
dd = collections.defaultdict(list, {"k%d" % i: [i] * 3 for i in range(6)})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.Counter("abracadabra alakazam"), width=30))
print(pprint.pformat(collections.deque(range(20)), width=30))
print(pprint.pformat(collections.deque(range(20), maxlen=25), width=30))
print(pprint.pformat(collections.ChainMap({"a": list(range(10))}, {"b": 2}), width=30))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(10)), beta="x" * 30), width=40))
print(pprint.pformat(types.MappingProxyType({"k": list(range(20))}), width=40))
print(pprint.pformat(collections.UserList(range(30)), width=40))


@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)


print(pprint.pformat([Point(1, 2, ["a" * 20, "b" * 20]), Point(3, 4)], width=40))
print(pprint.pformat(Point(1, 2), width=10))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint({"a": {"b": {"c": {"d": 1}}}, "list": list(range(10))})
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
import io
s = io.StringIO()
pprint.pprint([1, 2], stream=s)
print(repr(s.getvalue()))
print(pprint.pformat(set(), width=1), pprint.pformat({1: {}}, width=1), pprint.pformat("", width=1))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]], width=5))
