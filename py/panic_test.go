package py

import (
	"strings"
	"testing"
)

// runWithBuiltin runs src as __main__ with extra built-in functions and
// returns stdout+stderr and the exit status.
func runWithBuiltin(t *testing.T, src string, fns map[string]BuiltinFn) (string, int) {
	t.Helper()
	var out strings.Builder
	in := NewInterpreter(Config{Stdout: &out, Stderr: &out})
	for name, fn := range fns {
		in.Builtins().Set(name, NewBuiltin(name, fn, ""))
	}
	status := in.RunMain([]byte(src), "<test>", false)
	return out.String(), status
}

// TestGoPanicBecomesSystemError checks that a Go panic in a built-in
// (an interpreter bug) ends the program with a SystemError naming the
// panic, never a Go trace, and leaves the interpreter usable.
func TestGoPanicBecomesSystemError(t *testing.T) {
	fns := map[string]BuiltinFn{
		"boom_index": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var s []int
			return NewInt(int64(s[len(args)+3])), nil
		},
		"boom_nil": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			var l *List
			return NewInt(int64(len(l.items))), nil
		},
		"boom_value": func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			panic("broken invariant")
		},
	}
	for _, name := range []string{"boom_index", "boom_nil", "boom_value"} {
		src := "print('before')\ndef f():\n    return " + name + "()\nf()\nprint('after')\n"
		out, status := runWithBuiltin(t, src, fns)
		if status != 1 {
			t.Errorf("%s: status %d, want 1\n%s", name, status, out)
		}
		if !strings.HasPrefix(out, "before\n") || strings.Contains(out, "after") {
			t.Errorf("%s: output %q", name, out)
		}
		if !strings.Contains(out, "SystemError: kaa internal error: ") {
			t.Errorf("%s: no SystemError in %q", name, out)
		}
		if !strings.Contains(out, "panic_test.go:") {
			t.Errorf("%s: the panicking line is not named in %q", name, out)
		}
		for _, bad := range []string{"goroutine ", "runtime/", "panic(", "[running]"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: Go trace text %q in %q", name, bad, out)
			}
		}
	}
	// After a recovered panic the same interpreter runs code normally
	// (depth and frame restored).
	var out strings.Builder
	in := NewInterpreter(Config{Stdout: &out, Stderr: &out})
	in.Builtins().Set("boom", NewBuiltin("boom", fns["boom_value"], ""))
	if st := in.RunMain([]byte("def g(n):\n    return boom() if n == 0 else g(n - 1)\ng(50)\n"), "<a>", false); st != 1 {
		t.Fatalf("status %d", st)
	}
	out.Reset()
	if st := in.RunMain([]byte("def h(n):\n    return 0 if n == 0 else 1 + h(n - 1)\nprint(h(900))\n"), "<b>", false); st != 0 || out.String() != "900\n" {
		t.Fatalf("after a panic: status %d, output %q", st, out.String())
	}
}

// TestMemoryGuard checks the allocation guard's answers for sizes no
// machine has and for small ones.
func TestMemoryGuard(t *testing.T) {
	if !memoryFor(1 << 20) {
		t.Error("1 MiB refused")
	}
	if memoryFor(1 << 61) {
		t.Error("2**61 bytes accepted")
	}
	th := newTestThread(t)
	if err := th.checkSize(1<<20, 1<<30); err == nil || !IsExceptionOf(err, MemoryErrorType) {
		t.Errorf("checkSize of 2**50 bytes: %v", err)
	}
	func() {
		defer func() {
			if _, ok := recover().(memoryExhausted); !ok {
				t.Error("guardGrowth did not refuse 2**61 bytes")
			}
		}()
		guardGrowth(1 << 61)
	}()
}
