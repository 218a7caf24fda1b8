package py

import "testing"

// TestStrFormat compares str.format and str.format_map.
func TestStrFormat(t *testing.T) {
	args := []Object{pyI(1), pyS("two"), Float(3.5), NewList([]Object{pyI(10), pyI(20), pyI(30)}), pyDict(pyS("k"), pyS("v"), pyI(1), pyS("one")), pyT(pyS("a"), pyS("b"))}
	fmts := []string{"", "plain", "{}", "{} {}", "{0}{1}{0}", "{1!r}", "{1!s:>6}", "{1!a}", "{3[1]}", "{3[-1]}", "{4[k]}", "{4[1]}",
		"{5[0]}{5[1]}", "{2:.2f}", "{2:{0}}", "{2:{0}.{0}f}", "{:{}}", "{0:{1}}", "{:{:{}}}", "{{}}", "{{{0}}}", "}}{{", "{", "}", "{0",
		"{0!}", "{0!x}", "{0!rr}", "{0!r", "{0:", "{0[}", "{0[0}", "{0]}", "{0.}", "{1.__class__}", "{0.__class__.__name__!r:>8}",
		"{x}", "{x.y}", "{0}{}", "{}{0}", "{9}", "{0[0]x}", "{3[0]}", "{3[9]}", "{a}{b}", "{0:{x}}", "{0!r:^10}", "{1:*^9}",
		"{0:d}", "{1:d}", "{2:%}", "{0:b}", "{0.__class__.__name__}", "x{0}y{1}z", "{1[0]}", "{1[9]}", "{0:{1}{1}}", "{:}", "{!r}",
		"{0!\u00e9}", "{0!\u00e9:}", "{3[a]}", "{0[}]}", "{0:}}", "{0:{{}}}", "{99999999999999999999}", "{\u0661}", "{:{:}}"}
	var cases []callCase
	for _, f := range fmts {
		cases = append(cases, pyCall(pyS(f), "format", args...))
		cases = append(cases, callCase{self: pyS(f), name: "format", args: append(append([]Object{}, args...), pyI(7), pyS("B")), kw: []string{"a", "b"}})
		cases = append(cases, pyCall(pyS(f), "format_map", pyDict(pyS("a"), pyI(5), pyS("x"), Float(0.25))))
	}
	cases = append(cases, pyCall(pyS("{a}"), "format_map"), pyCall(pyS("{a}"), "format_map", pyI(1)),
		pyCall(pyS("{}"), "format_map", pyDict()), pyCall(pyS("{0}"), "format_map", pyDict()))
	compareCalls(t, cases)
}
