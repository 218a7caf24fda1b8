package lib

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
)

func TestSource(t *testing.T) {
	for name, pkg := range map[string]bool{"collections": true, "collections.abc": false, "copy": false, "os": false} {
		src, file, isPkg, ok := Source(name)
		if !ok || len(src) == 0 || isPkg != pkg || file[:len(Prefix)] != Prefix {
			t.Errorf("Source(%q) = %d bytes, %q, %v, %v", name, len(src), file, isPkg, ok)
		}
	}
	for _, name := range []string{"", "nope", "../lib", "collections/abc"} {
		if _, _, _, ok := Source(name); ok {
			t.Errorf("Source(%q) found something", name)
		}
	}
}

// TestCompiles compiles every embedded module.
func TestCompiles(t *testing.T) {
	in := py.NewInterpreter(py.Config{})
	names := Names()
	if len(names) < 10 {
		t.Fatalf("only %d modules: %v", len(names), names)
	}
	for _, name := range names {
		src, file, _, _ := Source(name)
		if _, err := in.CompileSource(src, file, "exec"); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
