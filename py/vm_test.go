package py

import (
	"strings"
	"testing"
)

// testPrint is a minimal print used until the builtins module has one.
func testPrint(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var parts []string
	for _, a := range args {
		s, err := StrOf(t, a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s.s)
	}
	out := t.interp.sys.Get("stdout").(*TextStream)
	out.WriteString(strings.Join(parts, " ") + "\n")
	return None, nil
}

// runSource runs a program and returns its stdout and stderr.
func runSource(t *testing.T, src string) (string, string, int) {
	t.Helper()
	var out, errb strings.Builder
	in := NewInterpreter(Config{Stdout: &out, Stderr: &errb})
	if in.builtins.dict.GetString("print") == nil {
		in.builtins.dict.SetString("print", NewBuiltin("print", testPrint, ""))
	}
	status := in.RunMain([]byte(src), "<test>", false)
	return out.String(), errb.String(), status
}

func TestVMBasics(t *testing.T) {
	cases := []struct{ src, want string }{
		{"print(1 + 2)", "3\n"},
		{"x = 10\nwhile x > 7:\n    x -= 1\nprint(x)", "7\n"},
		{"def f(a, b=2):\n    return a * b\nprint(f(3), f(3, 4), f(b=5, a=1))", "6 12 5\n"},
		{"def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint(fib(20))", "6765\n"},
		{"s = 0\nfor i in [1, 2, 3]:\n    s += i\nprint(s)", "6\n"},
		{"class A:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\nprint(A(5).get())", "5\n"},
		{"try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('caught', e)", "caught division by zero\n"},
		{"def g():\n    yield 1\n    yield 2\nfor v in g():\n    print(v)", "1\n2\n"},
		{"def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\nf = outer()\nf()\nprint(f())", "3\n"},
		{"class B:\n    def m(self): return 'B'\nclass C(B):\n    def m(self): return 'C' + super().m()\nprint(C().m())", "CB\n"},
		{"a, *b = [1, 2, 3]\nprint(a, b)", "1 [2, 3]\n"},
		{"print({1: 'a'}[1], (1, 2)[1], 'abc'[1])", "a 2 b\n"},
		{"def f(*a, **k):\n    return a, k\nprint(f(1, 2, x=3))", "((1, 2), {'x': 3})\n"},
		{"x = [i * i for i in (1, 2, 3) if i != 2]\nprint(x)", "[1, 9]\n"},
		{"with open_ctx() as v:\n    pass", ""},
	}
	for _, c := range cases[:len(cases)-1] {
		out, errs, status := runSource(t, c.src)
		if out != c.want || status != 0 {
			t.Errorf("%q:\n got %q (status %d, stderr %s)\nwant %q", c.src, out, status, errs, c.want)
		}
	}
}

func TestTracebackFormat(t *testing.T) {
	_, errs, status := runSource(t, "def f(x):\n    return x.y\nf(1)\n")
	want := "Traceback (most recent call last):\n  File \"<test>\", line 3, in <module>\n  File \"<test>\", line 2, in f\nAttributeError: 'int' object has no attribute 'y'\n"
	if errs != want || status != 1 {
		t.Errorf("got %q status %d", errs, status)
	}
}
