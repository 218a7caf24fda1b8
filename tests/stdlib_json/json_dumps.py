# json.dumps: separators, indent, sort_keys, ensure_ascii, floats, ints.
import json

data = {"name": "kaa", "list": [1, 2.5, None, True, False], "nested": {"x": [], "y": {}, "z": [[1], {"a": "b"}]},
        "unicode": "caf\u00e9 \u2603 \U0001f600", "ctl": "tab\there\nnew\"q\\\x00\x1f\x7f"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True))
for ind in (0, 1, 2, 4, "\t", "--", ""):
    print(repr(ind))
    print(json.dumps(data, indent=ind, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps([1e100, 1e-7, 1/3, 0.1, -0.0, 1e16, 123456789012345678, 2**100, -2**70, 3.0]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({1: 2, 2.5: 3, True: 4, False: 5, None: 6, "s": 7}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps((1, (2, 3))))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(True), json.dumps(2.0))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyDict(a=1), MyList([1, 2])]))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2}))
print(json.dumps([True, False], indent=1))
print(json.dumps({"k": "\u0080\u07ff\u0800\uffff\ud800"}))
print(json.dumps({"k": "\u0080\u07ff\u0800\uffff"}, ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=3))
