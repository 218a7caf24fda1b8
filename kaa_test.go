package kaa

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestExecEvalCall(t *testing.T) {
	in := New(Options{})
	if err := in.Exec("def add(a, b):\n    return a + b\nx = add(40, 2)"); err != nil {
		t.Fatal(err)
	}
	v, err := in.Eval("x * 2")
	if err != nil || v != int64(84) {
		t.Fatalf("Eval = %v, %v", v, err)
	}
	r, err := in.Call("add", "ab", "cd")
	if err != nil || r != "abcd" {
		t.Fatalf("Call = %v, %v", r, err)
	}
	if err := in.Set("data", []any{1, 2.5, "s", nil, true}); err != nil {
		t.Fatal(err)
	}
	v, err = in.Eval("data")
	if err != nil {
		t.Fatal(err)
	}
	got := v.([]any)
	if len(got) != 5 || got[0] != int64(1) || got[1] != 2.5 || got[2] != "s" || got[3] != nil || got[4] != true {
		t.Fatalf("round trip = %#v", got)
	}
	_, err = in.Eval("1/0")
	e, ok := err.(*Error)
	if !ok || e.Type != "ZeroDivisionError" || e.Message != "division by zero" {
		t.Fatalf("error = %#v", err)
	}
	if !strings.Contains(e.Traceback, "ZeroDivisionError: division by zero") {
		t.Fatalf("traceback = %q", e.Traceback)
	}
}

// TestInterpretersShareNothing runs two interpreters side by side in
// parallel goroutines and checks that neither sees the other's modules,
// sys.path, globals or output.
func TestInterpretersShareNothing(t *testing.T) {
	var wg sync.WaitGroup
	outs := make([]strings.Builder, 2)
	errs := make([]error, 2)
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			in := New(Options{Stdout: &outs[k], Path: []string{"/interp" + string(rune('A'+k))}})
			src := `import sys
sys.path += ["extra"]
sys.modules["marker"] = sys
counter = 0
for i in range(20000):
    counter += 1
class C:
    shared = []
C.shared += [1]
`
			if err := in.Exec(src); err != nil {
				errs[k] = err
				return
			}
			got, err := in.Eval("(sys.path[0], sys.path.__len__(), counter, C.shared.__len__(), 'marker' in sys.modules)")
			if err != nil {
				errs[k] = err
				return
			}
			// sys.path: the given entry, kaa's library, "extra".
			want := []any{"/interp" + string(rune('A'+k)), int64(3), int64(20000), int64(1), true}
			g := got.([]any)
			for i := range want {
				if g[i] != want[i] {
					errs[k] = &Error{Type: "mismatch", Message: "got different state"}
				}
			}
			in.Exec(`sys.stdout.write("hello from ` + string(rune('A'+k)) + `\n")`)
			in.Flush()
		}(k)
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			t.Fatalf("interpreter %d: %v", k, err)
		}
	}
	if outs[0].String() != "hello from A\n" || outs[1].String() != "hello from B\n" {
		t.Fatalf("outputs mixed: %q %q", outs[0].String(), outs[1].String())
	}
	// A third interpreter starts clean.
	in := New(Options{})
	if v, err := in.Eval("'marker' in __import__('sys').modules"); err != nil || v != false {
		t.Fatalf("fresh interpreter sees another's module: %v %v", v, err)
	}
}

// TestDeadline stops a runaway loop with a context deadline.
func TestDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	in := New(Options{Context: ctx})
	start := time.Now()
	err := in.Exec("n = 0\nwhile True:\n    n += 1\n")
	e, ok := err.(*Error)
	if !ok || e.Type != "TimeoutError" {
		t.Fatalf("got %v, want TimeoutError", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v to stop", d)
	}
}
