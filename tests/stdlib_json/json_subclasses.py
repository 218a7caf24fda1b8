# json with container subclasses, deep nesting and key sorting errors.
import json
from collections import OrderedDict


class Items(dict):
    def items(self):
        return [("x", 1), ("y", 2)]


class Tup(tuple):
    pass


class Lst(list):
    def __iter__(self):
        return iter([99])


print(json.dumps(Items(a=1)), json.dumps(Items(a=1), indent=1))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(OrderedDict([("b", 1), ("a", 2)]), sort_keys=True))
print(json.dumps([Tup((1, 2)), Lst([1, 2])]))
print(json.dumps({"k": Tup()}, separators=(",", ":")))
print(json.dumps({True: 1, "a": 2, 3.5: 4, None: 5, 7: 6}))
try:
    json.dumps({"a": 1, 2: 3, None: 4}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [1]}}, sort_keys=True, separators=(",", ":")))
deep = []
cur = deep
for _ in range(100):
    cur.append([])
    cur = cur[0]
print(len(json.dumps(deep)))
very = []
cur = very
for _ in range(5000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(very)
except RecursionError as e:
    print("RecursionError")
print(json.dumps([1.0, 1e22, 1e-5, 123.456, float(2**53), -1.5e-300]))
print(json.dumps({"x": [1, 2]}, default=str, check_circular=False))
print(json.dumps(["\u2028\u2029", "\x7f", "\ud83d"]))
print(ascii(json.dumps(["\u2028\u2029", "\x7f", "\ud83d\ude00"], ensure_ascii=False)))
print(json.dumps(10 ** 30), json.dumps(-10 ** 30), json.dumps([True, 1, 1.0, "1"]))
