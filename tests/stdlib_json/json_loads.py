# json.loads: values, hooks, parse functions, bytes input.
import json
from collections import OrderedDict

docs = ['{"a": [1, 2.5e3, null, true, false, "\\u00e9\\ud83d\\ude00"], "b": -0}',
        '  [1, -2, 3.25, 1E5, 1e-2, -0.0, 12345678901234567890123]  ',
        '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '[]', '{}', '[[[]]]', '{"a": {"b": {"c": {}}}}',
        '[NaN, Infinity, -Infinity]', '"\\ud800"', '"\\udc00x"', '"\\ud83dx"', '\n\t[1,\n2]\r\n',
        '{"dup": 1, "dup": 2}', '"caf\u00e9"', '0', '-0', '1.5', 'true', 'null', '"x"']
for d in docs:
    v = json.loads(d)
    print(repr(v), type(v).__name__)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": [{"c": 3}]}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": [{"c": 3}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 1}')))
print(json.loads('"a\\u0041"'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')),
      json.loads('[3]'.encode('utf-16-be')), json.loads('[4]'.encode('utf-32')),
      json.loads('[5]'.encode('utf-8-sig')))
print(json.loads('"a\tb"', strict=False))
dec = json.JSONDecoder()
print(dec.decode(' [1] '))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": 1}yy', 2))
print(json.loads('1' * 50))
s = json.dumps({"round": [1.1, 2.2e-10, "\u2603", {"k": None}]})
print(json.loads(s))
import io
f = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, f, indent=2)
print(f.getvalue())
f.seek(0)
print(json.load(f))
print(json.load(io.StringIO('[1]'), parse_int=float))
