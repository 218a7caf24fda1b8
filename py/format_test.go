package py

import (
	"math"
	"testing"
)

// formatCase is format(v, spec) in kaa and CPython.
func formatCase(t *testing.T, th *Thread, v Object, spec string) exprCase {
	return exprCase{
		expr: "format(" + pyLiteral(t, th, v) + ", " + pyQuote(spec) + ")",
		kaa:  func(th *Thread) (Object, error) { return Format(th, v, NewStr(spec)) },
	}
}

// TestFormatSpec compares format() of ints, floats, complex numbers and
// strs under many specs.
func TestFormatSpec(t *testing.T) {
	th := newTestThread(t)
	ints := []Object{pyI(0), pyI(1), pyI(-1), pyI(42), pyI(-255), pyI(65), pyI(1234567), pyI(-98765432101), NewIntFromBig(bigPow2(100)), True, False}
	floats := []Object{Float(0), Float(math.Copysign(0, -1)), Float(1), Float(-1.5), Float(0.5), Float(2.5), Float(3.14159265358979),
		Float(1234567.891), Float(1e16), Float(1e15), Float(1e-5), Float(1e-4), Float(123456789e20), Float(-0.0001), Float(1.0 / 3),
		Float(math.Inf(1)), Float(math.Inf(-1)), Float(math.NaN()), Float(5e-324), Float(1.7976931348623157e308), Float(0.125), Float(100)}
	complexes := []Object{Complex(complex(1, 2)), Complex(complex(-1.5, -2.25)), Complex(complex(0, 1)),
		Complex(complex(3, 0)), Complex(complex(1e20, -1e-20)), Complex(complex(1234.5, 0.001))}
	strs := []Object{pyS(""), pyS("abc"), pyS("héllo"), pyS("\U0001F600x")}
	intSpecs := []string{"", "d", "5", "<5", ">5", "^5", "^6", "=6", "*^7", "+", "-", " ", "+5", " 5", "05", "+05", "0=5", "x<6",
		"b", "o", "x", "X", "#b", "#o", "#x", "#X", "#010x", "#010_X", "_b", "_x", "_o", "_d", ",", ",d", "010,", "08,d", "012_", "020_b",
		"c", "5c", "<5c", "05c", "n", "e", "E", ".2f", "%", ".3g", "g", "+.1e", "s", ".2", "z", "#c", "+c", ",c", ",x", ",n", "abc", ".",
		",,", ",_", "_,", ",,d", "99999999999999999999", "\x00", "é", "\U0001F600^9", "-^#10x", " #o"}
	floatSpecs := []string{"", "f", "F", "e", "E", "g", "G", "n", "%", ".0f", ".1f", ".2f", ".10f", ".0e", ".3e", ".0g", ".1g", ".3g", ".10g",
		".17g", ".20f", "#", "#.0f", "#.0e", "#g", "#.3g", "#.0", ".0", ".1", ".2", ".5", ".12", "10", "<10", "^10", "=10", "010", "+010.2f", " .3f",
		"z.1f", "z", "z.2e", "z+.0f", ",", ",.2f", "_.3f", "020,.2f", "015_", "*^15,.2f", "0<10", "x>12.3e", "%", ".1%", "#.0%", ",%", ".2n",
		"d", "c", "x", "s", "=+10", "+", "-", " ", "010.3", "#010", ".3z", "z+", "g<", "+g", "e+", "1.0"}
	strSpecs := []string{"", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "10.2", "05", "0<5", "x>5", "é^9", "+", "#", "z", "=5",
		"d", ",", "_", ".2s", "<0", "1"}
	var cases []exprCase
	for _, v := range ints {
		for _, s := range intSpecs {
			cases = append(cases, formatCase(t, th, v, s))
		}
	}
	for _, v := range floats {
		for _, s := range floatSpecs {
			cases = append(cases, formatCase(t, th, v, s))
		}
	}
	for _, v := range complexes {
		for _, s := range append(floatSpecs[:40:40], "", "10", "^20", ".2", "e", "+", "z", "05", "=10", ",", "c", "%", "_.1f") {
			cases = append(cases, formatCase(t, th, v, s))
		}
	}
	for _, v := range strs {
		for _, s := range strSpecs {
			cases = append(cases, formatCase(t, th, v, s))
		}
	}
	for _, v := range []Object{None, pyT(), NewList(nil)} {
		cases = append(cases, formatCase(t, th, v, ""), formatCase(t, th, v, "s"), formatCase(t, th, v, "10"))
	}
	cases = append(cases,
		formatCase(t, th, pyI(-1), "c"), formatCase(t, th, NewIntFromBig(bigPow2(40)), "c"), formatCase(t, th, NewIntFromBig(bigPow2(70)), "c"),
		formatCase(t, th, NewIntFromBig(bigPow2(1100)), "e"), formatCase(t, th, NewIntFromBig(bigPow2(1100)), "x"),
		formatCase(t, th, pyI(1), "\u0661\u0660"),
	)
	compareExprs(t, cases)
}

// TestAscii compares ascii() of strs with non-ASCII text.
func TestAscii(t *testing.T) {
	th := newTestThread(t)
	var cases []exprCase
	for _, s := range strSamples {
		o := NewStr(s)
		cases = append(cases, exprCase{"ascii(" + pyLiteral(t, th, o) + ")", func(th *Thread) (Object, error) { return Ascii(th, o) }})
	}
	compareExprs(t, cases)
}

func mathNaN() float64         { return math.NaN() }
func mathInf(sign int) float64 { return math.Inf(sign) }
