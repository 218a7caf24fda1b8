package py

import "testing"

// percentCase is format % args in kaa and CPython.
func percentCase(t *testing.T, th *Thread, format Object, args Object) exprCase {
	return exprCase{
		expr: pyLiteral(t, th, format) + " % " + pyLiteral(t, th, args),
		kaa: func(th *Thread) (Object, error) {
			return BinaryOperation(th, NB_REMAINDER, format, args)
		},
	}
}

// TestPercentFormat compares printf-style formatting of str.
func TestPercentFormat(t *testing.T) {
	th := newTestThread(t)
	values := []Object{pyI(0), pyI(5), pyI(-255), pyI(65), NewIntFromBig(bigPow2(70)), Float(2.5), Float(-0.001234), Float(1e20),
		Float(3.14159), True, pyS("abc"), pyS("é"), pyS(""), None, NewList([]Object{pyI(1)}), Complex(1i)}
	specs := []string{"s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "5d", "-5d|", "05d", "+d", " d", "+05d",
		"#o", "#x", "#X", "#05x", "#-8X|", ".3d", "+.3x", "10.3f", "-10.2e|", "010.2f", "+.0f", "#.0f", "#g", ".3s", "5s", "-5s|", "05s", "5c",
		"-5c|", ".1c", "ld", "hd", "Lf", "5.1s", "#.3g", "+ d", "z", "\u00e9", ".0e", "#.0e", "%"}
	var cases []exprCase
	for _, v := range values {
		for _, s := range specs {
			cases = append(cases, percentCase(t, th, pyS("<%"+s+">"), pyT(v)))
		}
	}
	d := pyDict(pyS("x"), pyI(1), pyS("y"), Float(2.5), pyS("(a)"), pyS("paren"))
	for _, f := range []string{"%(x)s", "%(x)d %(y).2f", "%(x)s %s", "%((a))s", "%(a", "%(z)s", "%(x)*d", "abc", "%%", "%s", "%(x)s%%"} {
		cases = append(cases, percentCase(t, th, pyS(f), d))
	}
	for _, c := range []struct {
		f string
		a Object
	}{
		{"%s %s", pyT(pyI(1))}, {"%s", pyT(pyI(1), pyI(2))}, {"%(a)s", pyI(1)}, {"%*d", pyT(pyS("a"), pyI(1))}, {"%.*f", pyT(pyS("a"), pyI(1))},
		{"%", pyT()}, {"%5", pyT(pyI(1))}, {"abc", NewList([]Object{pyI(1)})}, {"abc", pyI(5)}, {"abc", pyDict()}, {"%s", NewList([]Object{pyI(1)})},
		{"%s %s", NewList([]Object{pyI(1)})}, {"%5%", pyT()}, {"%5%", pyT(pyI(1))}, {"%0*d", pyT(pyI(5), pyI(3))}, {"%*d|", pyT(pyI(-5), pyI(3))},
		{"%.*s", pyT(pyI(-3), pyS("abc"))}, {"%-*.*f|", pyT(pyI(10), pyI(2), Float(1.5))}, {"%s", pyT()}, {"%%", pyT()}, {"%%", pyI(5)},
		{"%s", pyI(5)}, {"%d%%", pyI(5)}, {"%c", pyT(pyS("ab"))}, {"%c", pyT(pyI(-1))}, {"%c", pyT(NewIntFromBig(bigPow2(70)))},
		{"%x", pyT(Float(1.5))}, {"%d", pyT(Complex(1i))}, {"%f", pyT(pyS("a"))}, {"%f", pyT(Complex(1i))}, {"%d", pyT(pyS("a"))},
		{"%s é %s", pyT(pyS("ü"), pyI(1))}, {"é%z", pyT(pyI(1))}, {"%c", pyT(pyI(0x1F600))}, {"%10c|", pyT(pyI(0x1F600))},
		{"%-6.2s|", pyT(pyS("üéx"))}, {"%+f", pyT(Float(mathNaN()))}, {"%010.2f", pyT(Float(mathInf(-1)))}, {"%o", pyT(NewIntFromBig(bigPow2(70)))},
	} {
		cases = append(cases, percentCase(t, th, pyS(c.f), c.a))
	}
	compareExprs(t, cases)
}
