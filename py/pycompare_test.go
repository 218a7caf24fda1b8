package py

import (
	"bufio"
	"math/big"
	"os/exec"
	"strings"
	"testing"
)

// This file is a small harness for comparing kaa's built-in methods with
// CPython's: each case is a method call on Go values, rendered as a
// Python expression that python3 evaluates; the repr of the result (or
// "Type: message" of the exception) must agree.

// callCase is one method call: self.name(*args), the last len(kw)
// arguments passed by keyword with those names.
type callCase struct {
	self Object
	name string
	args []Object
	kw   []string
}

// pyExpr renders the call as Python source.
func (c callCase) pyExpr(t *testing.T, th *Thread) string {
	var b strings.Builder
	if typ, ok := c.self.(*Type); ok {
		b.WriteString(typ.Name + "." + c.name + "(")
	} else {
		b.WriteString("(" + mustRepr(t, th, c.self) + ")." + c.name + "(")
	}
	npos := len(c.args) - len(c.kw)
	for i, a := range c.args {
		if i > 0 {
			b.WriteString(", ")
		}
		if i >= npos {
			b.WriteString(c.kw[i-npos] + "=")
		}
		b.WriteString(pyLiteral(t, th, a))
	}
	b.WriteString(")")
	return b.String()
}

// pyLiteral renders an argument as Python source: its repr.
func pyLiteral(t *testing.T, th *Thread, o Object) string {
	if typ, ok := o.(*Type); ok {
		return typ.Name
	}
	return mustRepr(t, th, o)
}

// kaaResult calls the method in kaa and renders the outcome.
func (c callCase) kaaResult(th *Thread) string {
	typ := c.self.Type()
	m := typ.LookupString(c.name)
	if st, ok := c.self.(*Type); ok {
		typ = st
		m = st.LookupString(c.name)
	}
	if m == nil {
		return "AttributeError: no method " + c.name
	}
	var kwnames *Tuple
	if len(c.kw) > 0 {
		names := make([]Object, len(c.kw))
		for i, k := range c.kw {
			names[i] = NewStr(k)
		}
		kwnames = NewTupleFromSlice(names)
	}
	var r Object
	var err error
	switch f := m.(type) {
	case *MethodDescr:
		r, err = f.Fn(th, c.self, c.args, kwnames)
	case *StaticMethod:
		r, err = Call(th, f.Callable, c.args, kwnames)
	case *ClassMethodDescr:
		r, err = f.Fn(th, typ, c.args, kwnames)
	default:
		bound, e := GetAttr(th, c.self, NewStr(c.name))
		if e != nil {
			return renderErr(e)
		}
		r, err = Call(th, bound, c.args, kwnames)
	}
	if err != nil {
		return renderErr(err)
	}
	s, err := Repr(th, r)
	if err != nil {
		return "repr failed: " + renderErr(err)
	}
	return s.s
}

// renderErr renders an exception as "Type: message", or "Type" when the
// message is empty.
func renderErr(err error) string { return AsException(err).Error() }

// pythonEval evaluates each expression with python3, returning the repr
// of each result or "Type: message"; the test is skipped without
// python3.
func pythonEval(t *testing.T, exprs []string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	prog := `
import sys
inf, nan = float("inf"), float("nan")
for line in sys.stdin:
    expr = eval(line)
    try:
        r = repr(eval(expr))
    except Exception as e:
        m = str(e)
        r = type(e).__name__ + (": " + m if m else "")
    print(ascii(r))
`
	cmd := exec.Command("python3", "-c", prog)
	var in strings.Builder
	for _, e := range exprs {
		in.WriteString(pyQuote(e) + "\n")
	}
	cmd.Stdin = strings.NewReader(in.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		res = append(res, pyUnquote(sc.Text()))
	}
	if len(res) != len(exprs) {
		t.Fatalf("python3 gave %d results for %d expressions", len(res), len(exprs))
	}
	return res
}

// pyQuote renders text as an ASCII Python string literal.
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7F:
			b.WriteRune(r)
		default:
			b.WriteString(sprintf("\\U%08x", r))
		}
	}
	b.WriteByte('"')
	return b.String()
}

// pyUnquote decodes the output of Python's ascii() of a str.
func pyUnquote(s string) string {
	s = s[1 : len(s)-1]
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		switch s[i] {
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[i]]
			var r rune
			for _, h := range s[i+1 : i+1+n] {
				r = r*16 + rune(strings.IndexRune("0123456789abcdef", h))
			}
			b = appendRune(b, r)
			i += n
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}

// compareCalls runs the cases in kaa and CPython and reports
// differences.
func compareCalls(t *testing.T, cases []callCase) {
	t.Helper()
	th := newTestThread(t)
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.pyExpr(t, th)
	}
	want := pythonEval(t, exprs)
	bad := 0
	for i, c := range cases {
		got := c.kaaResult(th)
		if got != want[i] {
			if bad++; bad <= 40 {
				t.Errorf("%s\n   kaa: %s\n  want: %s", exprs[i], got, want[i])
			}
		}
	}
	if bad > 40 {
		t.Errorf("... %d differences in all, of %d cases", bad, len(cases))
	}
}

// pyS, pyI and pyT build arguments briefly; pyCall builds a case.
func pyS(s string) Object        { return NewStr(s) }
func pyI(i int64) Object         { return NewInt(i) }
func pyT(items ...Object) Object { return NewTuple(items...) }
func pyCall(self Object, name string, args ...Object) callCase {
	return callCase{self: self, name: name, args: args}
}

// bigPow2 returns 2**n.
func bigPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

// exprCase is a Python expression and the Go code that computes the
// same thing in kaa.
type exprCase struct {
	expr string
	kaa  func(th *Thread) (Object, error)
}

// compareExprs evaluates each case in kaa and CPython and reports
// differences.
func compareExprs(t *testing.T, cases []exprCase) {
	t.Helper()
	th := newTestThread(t)
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.expr
	}
	want := pythonEval(t, exprs)
	bad := 0
	for i, c := range cases {
		var got string
		r, err := c.kaa(th)
		if err != nil {
			got = renderErr(err)
		} else if s, err := Repr(th, r); err != nil {
			got = "repr failed: " + renderErr(err)
		} else {
			got = s.s
		}
		if got != want[i] {
			if bad++; bad <= 40 {
				t.Errorf("%s\n   kaa: %s\n  want: %s", exprs[i], got, want[i])
			}
		}
	}
	if bad > 40 {
		t.Errorf("... %d differences in all, of %d cases", bad, len(cases))
	}
}
