# json errors: JSONDecodeError messages and positions, encoder errors.
import json

bad = ["", " ", "[1,]", '{"a":1,}', "{", '{"a" 1}', "[1 2]", '"abc', '"a\\x"', '"\\u12"',
       '"\\u12zz"', '"a\nb"', "1 2", "{1:2}", "[", "nul", "\ufeff1", "-", "1.", "[1,2",
       '{"a":1 "b"}', "01", "[1]\n\n  x", '{"a":\n  }', "tru", "+1", ".5", "1e", "[-]",
       '{"a"', '{"a":', '"\\', '["a", "b"', '[1,,2]', "'a'", 'nan', 'infinity', '[1]]',
       '"\\ud800\\u12"', '{"a": 1}}', '\x00', '"\x7f"', '"\x1f"']
for s in bad:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.args)
for args in [({"x": float("nan")},), ([float("inf")],)]:
    try:
        json.dumps(*args, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
    try:
        json.dumps(*args, allow_nan=False, indent=1)
    except ValueError as e:
        print("ValueError", e)
for bad in [{(1, 2): 1}, {b"k": 1}, object(), {1, 2}, b"bytes", 1j]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        json.dumps(bad, indent=2)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): 1, "ok": 2, b"x": 3}, skipkeys=True))
print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True, indent=1))
print(json.dumps({(1, 2): 1}, skipkeys=True))
a = []
a.append(a)
d = {}
d["self"] = d
for obj in (a, d, [a], {"x": [d]}):
    for kw in ({}, {"indent": 2}):
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print("ValueError", e)
try:
    json.loads(12)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([1], check_circular=False, default=lambda o: o)
    print(json.dumps([1], check_circular=False))
except Exception as e:
    print(type(e).__name__, e)
