package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// pyReprCases makes a deterministic set of values with python3 and prints,
// for each, a description kaa can rebuild the value from and CPython's
// repr() of it.
const pyReprCases = `
import json, random, struct, sys
rnd = random.Random(1234)
out = []
def add(kind, data, v):
    out.append({"Kind": kind, "Data": data, "Repr": repr(v)})
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1e22, 1e-7,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"),
          2e16 + 8, 9007199254740993.0, 1/3, 2/3, 100.0, 1e100, 123.456, 3.14159, 1234567890123456.7]
for _ in range(3000):
    floats.append(struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0])
    floats.append(rnd.uniform(-1e6, 1e6))
    floats.append(round(rnd.uniform(-100, 100), rnd.randint(0, 6)))
    floats.append(rnd.randint(-10**20, 10**20) * 10.0 ** rnd.randint(-30, 30))
for f in floats:
    add("float", f.hex(), f)
comps = [0j, -0j, complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j, 1+2j, complex(1e16, 1e-5), complex(float("nan"), 1),
         complex(1, float("nan")), complex(float("inf"), -float("inf")), complex(0, float("inf")), complex(2.5, -0.0)]
for _ in range(500):
    comps.append(complex(rnd.choice(floats), rnd.choice(floats)))
    comps.append(complex(0, rnd.choice(floats)))
for c in comps:
    add("complex", [c.real.hex(), c.imag.hex()], c)
strs = ["", "a", "'", '"', "'\"", "\\", "\t\n\r\x00\x1f\x7f\x80\xa0\xad", "\u2028\u200b\ufeff\U000e0001",
        "\ud800", "a\udfffb", "\U0010ffff", "\U0001f600", "é", "\u0378", "\ue000", "\U000f0000", "\u3000", "\u00ff\u0100"]
for _ in range(3000):
    n = rnd.randint(1, 6)
    cps = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.3:
            cps.append(rnd.randint(0, 0x17f))
        elif r < 0.6:
            cps.append(rnd.randint(0, 0xffff))
        else:
            cps.append(rnd.randint(0, 0x10ffff))
    strs.append("".join(map(chr, cps)))
for s in strs:
    add("str", [ord(c) for c in s], s)
bs = [b"", b"'", b'"', b"'\"", bytes(range(256))]
for _ in range(200):
    bs.append(bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 8))))
for b in bs:
    add("bytes", list(b), b)
for i in [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**40]:
    add("int", str(i), i)
print(json.dumps(out))
`

type reprCase struct {
	Kind string
	Data any
	Repr string
}

// parseFloatHex reads Python's float.hex() output.
func parseFloatHex(t *testing.T, s string) float64 {
	switch s {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	case "nan":
		return math.NaN()
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("float hex %q: %v", s, err)
	}
	return f
}

func TestRepr(t *testing.T) {
	var cases []reprCase
	runPythonJSON(t, pyReprCases, nil, &cases)
	bad := 0
	for _, c := range cases {
		var v Value
		switch c.Kind {
		case "float":
			v = parseFloatHex(t, c.Data.(string))
		case "complex":
			parts := c.Data.([]any)
			v = complex(parseFloatHex(t, parts[0].(string)), parseFloatHex(t, parts[1].(string)))
		case "str":
			var b strings.Builder
			for _, x := range c.Data.([]any) {
				writeRune(&b, rune(x.(float64)))
			}
			v = b.String()
		case "bytes":
			var b []byte
			for _, x := range c.Data.([]any) {
				b = append(b, byte(x.(float64)))
			}
			v = Bytes(b)
		case "int":
			n, _ := new(big.Int).SetString(c.Data.(string), 10)
			if n.IsInt64() {
				v = n.Int64()
			} else {
				v = n
			}
		}
		if got := Repr(v); got != c.Repr {
			if bad++; bad <= 20 {
				t.Errorf("%s %v: Repr = %s, CPython %s", c.Kind, c.Data, got, c.Repr)
			}
		}
	}
	if len(cases) < 10000 {
		t.Errorf("only %d cases", len(cases))
	}
	for v, want := range map[Value]string{None: "None", Ellipsis: "Ellipsis", true: "True", false: "False"} {
		if got := Repr(v); got != want {
			t.Errorf("Repr(%v) = %s", v, got)
		}
	}
}
