package py

import (
	"strings"
	"testing"
)

func newTestThread(t *testing.T) *Thread {
	t.Helper()
	var out strings.Builder
	in := NewInterpreter(Config{Stdout: &out, Stderr: &out})
	return in.MainThread()
}

func mustRepr(t *testing.T, th *Thread, o Object) string {
	t.Helper()
	r, err := Repr(th, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return r.s
}

func TestIntArithmetic(t *testing.T) {
	th := newTestThread(t)
	cases := []struct {
		op   BinaryOp
		a, b int64
		want string
	}{
		{NB_ADD, 1, 2, "3"},
		{NB_ADD, 1 << 62, 1 << 62, "9223372036854775808"},
		{NB_MULTIPLY, 1 << 40, 1 << 40, "1208925819614629174706176"},
		{NB_FLOOR_DIVIDE, -7, 2, "-4"},
		{NB_REMAINDER, -7, 2, "1"},
		{NB_REMAINDER, 7, -2, "-1"},
		{NB_POWER, 2, 100, "1267650600228229401496703205376"},
		{NB_POWER, 2, -1, "0.5"},
		{NB_TRUE_DIVIDE, 1, 3, "0.3333333333333333"},
		{NB_LSHIFT, 1, 70, "1180591620717411303424"},
		{NB_RSHIFT, -9, 1, "-5"},
		{NB_AND, -1, 255, "255"},
	}
	for _, c := range cases {
		r, err := BinaryOperation(th, c.op, NewInt(c.a), NewInt(c.b))
		if err != nil {
			t.Fatalf("%d %s %d: %v", c.a, c.op.Symbol(), c.b, err)
		}
		if got := mustRepr(t, th, r); got != c.want {
			t.Errorf("%d %s %d = %s, want %s", c.a, c.op.Symbol(), c.b, got, c.want)
		}
	}
	if _, err := BinaryOperation(th, NB_FLOOR_DIVIDE, NewInt(1), NewInt(0)); err == nil || err.Error() != "ZeroDivisionError: integer division or modulo by zero" {
		t.Errorf("1//0: %v", err)
	}
	if _, err := BinaryOperation(th, NB_ADD, NewInt(1), NewStr("a")); err == nil || err.Error() != "TypeError: unsupported operand type(s) for +: 'int' and 'str'" {
		t.Errorf("1+'a': %v", err)
	}
	if _, err := BinaryOperation(th, NB_ADD, NewStr("a"), NewInt(1)); err == nil || err.Error() != `TypeError: can only concatenate str (not "int") to str` {
		t.Errorf("'a'+1: %v", err)
	}
}

func TestFloatRepr(t *testing.T) {
	cases := map[float64]string{
		0.1: "0.1", 1e16: "1e+16", 1e-5: "1e-05", 1.5e300: "1.5e+300", 1e22: "1e+22",
		123456789012345678.0: "1.2345678901234568e+17", 100.0: "100.0", 1e15: "1000000000000000.0",
		0.0001: "0.0001", -2.5: "-2.5",
	}
	for f, want := range cases {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%g) = %s, want %s", f, got, want)
		}
	}
}

func TestSetOrderMatchesCPython(t *testing.T) {
	th := newTestThread(t)
	// Expected orders come from CPython 3.11: print(set(range(...))) etc.
	s := NewSet()
	for _, v := range []int64{100, 3, 17, 8, 64, 1, 33} {
		if err := s.Add(th, NewInt(v)); err != nil {
			t.Fatal(err)
		}
	}
	if got := mustRepr(t, th, s); got != "{64, 1, 33, 3, 100, 8, 17}" {
		t.Errorf("set order %s", got)
	}
}

func TestDict(t *testing.T) {
	th := newTestThread(t)
	d := NewDict()
	for i := int64(0); i < 100; i++ {
		if err := d.SetItem(th, NewInt(i), NewInt(i*i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := int64(0); i < 100; i += 2 {
		if _, err := d.DelItem(th, NewInt(i)); err != nil {
			t.Fatal(err)
		}
	}
	if d.Len() != 50 {
		t.Fatalf("len %d", d.Len())
	}
	v, _ := d.GetItem(th, Float(7))
	if v == nil || mustRepr(t, th, v) != "49" {
		t.Errorf("d[7.0] = %v", v)
	}
	d2 := NewDict()
	d2.SetString("a", NewInt(1))
	d2.SetItem(th, NewTuple(NewInt(1), NewStr("x")), None)
	if got := mustRepr(t, th, d2); got != "{'a': 1, (1, 'x'): None}" {
		t.Errorf("dict repr %s", got)
	}
}

func TestExceptionHierarchy(t *testing.T) {
	if !ZeroDivisionErrorType.IsSubtype(ArithmeticErrorType) || !ExceptionGroupType.IsSubtype(ExceptionType) {
		t.Fatal("hierarchy")
	}
	th := newTestThread(t)
	e := NewError(KeyErrorType, NewStr("k"))
	s, err := StrOf(th, e)
	if err != nil || s.s != "'k'" {
		t.Errorf("str(KeyError('k')) = %v %v", s, err)
	}
	if got := mustRepr(t, th, e); got != "KeyError('k')" {
		t.Errorf("repr %s", got)
	}
}
