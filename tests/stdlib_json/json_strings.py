# json string escapes and positions, through loads and the scanner.
import json
import json.decoder

docs = ['"\\u1234', '"\\ud800\\u12', '"\\ud800\\u12zz"', '"\\ud800\\u0041"', '"\\ud800"',
        '"\\ud800\\', '"\\', '"\\u', '"\\u123', '"\\u1234"', '"\\ud800\\udc00', '"\\ud800\\udc0',
        '"\\ud800\\x"', '"\\ud800\\u', '"\\ud800\\udbff"', '"\\udfff\\ud800"', '"\\uD83D\\uDE00"',
        '"\\u00E9\\u00e9"', '"\u00e9\\n\u2603"', '["\u00e9", 1, {"\u2603": "x"}, "\\x"]',
        '["\u00e9", 1, {"\u2603": ]', '"caf\u00e9', '\u00e9', '["a"\u00e9]', '"\t"',
        '[1, 2] \u00e9', '{"\u00e9\u00e9":1,}']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)
print(json.loads('"a\\tb\tc\n"', strict=False))
print(json.decoder.scanstring('"abc" tail', 1))
print(json.decoder.scanstring('x"\u00e9\\u00e9" tail', 2))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
dec = json.JSONDecoder()
print(dec.raw_decode('\u00e9\u00e9[1, "\u00e9"] x', 2))
try:
    dec.raw_decode('[1]', 5)
except json.JSONDecodeError as e:
    print(e)
big = json.loads('[' + '1' * 400 + ', 1e400, -1e400, 1e-400, 123456789012345678901234567890]')
print(big[1:], len(str(big[0])))
deep = '[' * 50 + ']' * 50
print(len(json.loads(deep)))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError", e)
for s in ['[1.5, -0, -0.0, 0e0, 1E+2, 1e-2, 10.25e1]', '{"a": 1, "a": 2, "b": {"a": 3}}']:
    print(json.loads(s))
print(json.dumps(json.loads('"\\ud83d\\ude00 \\u0000 \\u001f \\u007f \\u0080"')))
print(json.dumps("\U0001f600\x00\x7f\x80", ensure_ascii=False))
