package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"
)

// pyLiterals evaluates each source of a JSON list as a single literal
// expression with CPython and prints its value as [kind, data], its
// error message, and the first warning.
const pyLiterals = `
import ast, json, sys, warnings
out = []
for src in json.load(sys.stdin):
    r = {"Err": "", "Warn": ""}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(src, mode="eval")
            v = tree.body.value
            if isinstance(v, bool) or v is None:
                r["Kind"], r["Data"] = "other", repr(v)
            elif isinstance(v, str):
                r["Kind"], r["Data"] = "str", [ord(c) for c in v]
            elif isinstance(v, bytes):
                r["Kind"], r["Data"] = "bytes", list(v)
            elif isinstance(v, int):
                r["Kind"], r["Data"] = "int", str(v)
            elif isinstance(v, float):
                r["Kind"], r["Data"] = "float", v.hex()
            elif isinstance(v, complex):
                r["Kind"], r["Data"] = "complex", v.imag.hex()
        except SyntaxError as e:
            r["Err"] = e.msg
    if w:
        r["Warn"] = str(w[0].message)
    out.append(r)
print(json.dumps(out))
`

type pyLiteral struct {
	Kind, Err, Warn string
	Data            any
}

// describe renders a kaa value the way pyLiterals describes CPython's.
func describe(v Value) (string, string) {
	switch v := v.(type) {
	case string:
		var cps []string
		for i := 0; i < len(v); {
			r, size := utf8.DecodeRuneInString(v[i:])
			if r == utf8.RuneError && size == 1 && i+2 < len(v) && v[i]&0xF0 == 0xE0 {
				r = rune(v[i]&0x0F)<<12 | rune(v[i+1]&0x3F)<<6 | rune(v[i+2]&0x3F)
				size = 3
			}
			cps = append(cps, fmt.Sprint(r))
			i += size
		}
		return "str", "[" + strings.Join(cps, " ") + "]"
	case Bytes:
		var bs []string
		for i := 0; i < len(v); i++ {
			bs = append(bs, fmt.Sprint(v[i]))
		}
		return "bytes", "[" + strings.Join(bs, " ") + "]"
	case int64:
		return "int", fmt.Sprint(v)
	case *big.Int:
		return "int", v.String()
	case float64:
		return "float", floatHex(v)
	case complex128:
		return "complex", floatHex(imag(v))
	}
	return "other", fmt.Sprint(v)
}

// floatHex formats f as Python's float.hex() does.
func floatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	case f == 0:
		if math.Signbit(f) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	frac, exp := math.Frexp(f) // f = frac * 2**exp, frac in [0.5, 1)
	mant := uint64(frac * (1 << 53))
	exp--
	lead := mant >> 52
	rest := mant & (1<<52 - 1)
	if exp < -1022 { // subnormal
		shift := -1022 - exp
		mant >>= uint(shift)
		lead = 0
		rest = mant & (1<<52 - 1)
		exp = -1022
	}
	digits := fmt.Sprintf("%013x", rest)
	return fmt.Sprintf("%s0x%d.%sp%+d", sign, lead, digits, exp)
}

var literalCases = []string{
	`"abc"`, `'a\'b'`, `"\d"`, `"\777"`, `b"\777"`, `b"\d"`, `"\x41\u00e9\U0001F600"`, `"\N{LATIN SMALL LETTER A}"`,
	`"\N{NULL}"`, `"\N{foo}"`, `"\x1"`, `"\u12"`, `"\U0011000"`, `"\U00110000"`, `"\N"`, `"\Nx"`, `"\N{}"`,
	`"\N{LATIN SMALL LETTER A"`, `"é\x1"`, `"\é"`, `"é\d"`, `"\8"`, `"\x4g"`, `b"\x1"`, `b"ab\xzz"`, `b"é"`,
	`"\ud800"`, `"\udfff\ud800x"`, `"a\
b"`, `r"\d\n"`, `rb"\x"`, `Rb"\\"`, `BR"a"`, `u"x"`, `U"\t"`, `"""a
b"""`, `'''\''''`, `"\0\00\000\0000"`, `b"\0\1\12\123\1234"`, `"\a\b\f\n\r\t\v\\\'\""`,
	`"\N{CJK UNIFIED IDEOGRAPH-4E00}"`, `"\N{HANGUL SYLLABLE GAG}"`, `"\N{latin small letter é}"`, `"é\N{é}"`,
	`"\N{LATIN SMALL LETTER Aé}"`, `"é\N{x"`, `"\U0001f600"`, `"\uD83D\uDE00"`,
	`0`, `123`, `0x_ff`, `0o17`, `0b1010`, `00`, `0_0`, `1_000_000`, `9223372036854775807`, `9223372036854775808`,
	`0xffffffffffffffffffffffff`, `1.5`, `.5`, `5.`, `1e10`, `1E-5`, `1_0.0_1e+0_1`, `1e400`, `1e-400`, `0.1`,
	`1j`, `1.5J`, `1e3j`, `0j`, `00.5`, `09.5`, `1e308`, `2.2250738585072014e-308`, `4.9e-324`, `123456789012345678901234567890.0`,
}

func TestLiterals(t *testing.T) {
	var want []pyLiteral
	runPythonJSON(t, pyLiterals, literalCases, &want)
	for i, src := range literalCases {
		w := want[i]
		var v Value
		var warn *InvalidEscape
		var err *Error
		if src[0] >= '0' && src[0] <= '9' || src[0] == '.' {
			v, err = NumberValue(src)
		} else {
			v, warn, err = StringValue(src)
		}
		gotErr, gotWarn := "", ""
		if err != nil {
			gotErr = err.Msg
		}
		if warn != nil {
			gotWarn = warn.Msg
		}
		if gotErr != w.Err || gotWarn != w.Warn {
			t.Errorf("%s: error %q warning %q; CPython: error %q warning %q", src, gotErr, gotWarn, w.Err, w.Warn)
			continue
		}
		if w.Err != "" {
			continue
		}
		kind, data := describe(v)
		wdata := fmt.Sprint(w.Data)
		if list, ok := w.Data.([]any); ok {
			var parts []string
			for _, x := range list {
				parts = append(parts, fmt.Sprint(x))
			}
			wdata = "[" + strings.Join(parts, " ") + "]"
		}
		if kind != w.Kind || data != wdata {
			t.Errorf("%s: got %s %s; CPython %s %s", src, kind, data, w.Kind, wdata)
		}
	}
}

func TestIntDigitLimit(t *testing.T) {
	if _, err := NumberValue(strings.Repeat("1", 4300)); err != nil {
		t.Errorf("4300 digits: %v", err)
	}
	_, err := NumberValue(strings.Repeat("1_", 4300) + "1")
	if err == nil || !strings.Contains(err.Msg, "value has 4301 digits") {
		t.Errorf("4301 digits: %v", err)
	}
}
