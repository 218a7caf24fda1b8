package pyjson

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
	"github.com/kaa-lang/kaa/stdlib/sre"
)

// mods are the Go modules the json package needs (its decoder imports
// re).
var mods = map[string]py.ModuleInit{"_json": Init, "_sre": sre.Init}

// TestScanner compares the Go scanner's results and errors with
// CPython's C scanner.
func TestScanner(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import _json, json
print(_json.scanstring('"a\\u00e9\\ud83d\\ude00\\n" tail', 1), _json.scanstring('x"\u00e9"', 2))
for s in ['"abc', '"a\\q"', '"\\u12"', '"\\ud800\\u12zz"', '"a\x01"']:
    try:
        _json.scanstring(s, 1)
    except json.JSONDecodeError as e:
        print(e)
try:
    _json.scanstring("abc", 9)
except ValueError as e:
    print(e)`,
		`import json
d = json.JSONDecoder()
for s in ['[1, 2.5, -0, 1e400, "x", null, true, false, {"a": {}}]', '\u00e9\u00e9[1, "\u00e9"] ', '{"a" 1}', '[1,]', '-', '[NaN, -Infinity]']:
    try:
        print(d.scan_once(s, 2 if s.startswith('\u00e9') else 0))
    except StopIteration as e:
        print("StopIteration", e.value)
    except json.JSONDecodeError as e:
        print(e)`,
	})
}

// TestEncoder compares the Go encoder with CPython's C encoder.
func TestEncoder(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import json, _json
print(_json.encode_basestring_ascii('a"\\\u00e9\U0001f600\x00\x7f'), _json.encode_basestring('a"\\\u00e9\x1f\x7f'))
print(json.dumps({"b": [1, 2.5, None, True, {"c": "\u2603"}], "a": 10**20}, sort_keys=True))
print(json.dumps({1: 1.0, 2.5: float("inf"), None: False}, separators=(",", ":")))
for bad in [{(1,): 2}, float("nan"), [object()]]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)`,
		`import json
print(json.dumps({"a": [1, {"b": []}], "c": {}, "d": [[]]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, (3,)]], indent="\t"), json.dumps({"k": 1}, indent=0))
try:
    json.dumps([float("nan")], indent=1, allow_nan=False)
except ValueError as e:
    print(e)`,
	})
}
