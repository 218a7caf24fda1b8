package py_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
)

// The speed of imports with and without the bytecode cache: a cold
// import parses and compiles the module and writes its pyc, a warm one
// reads the pyc. Both also run the module's body, which is the same
// work either way.

// largeModule generates a module of about 6000 lines: functions with
// loops, comprehensions, f-strings and exception handlers, and classes.
func largeModule() string {
	var b strings.Builder
	b.WriteString("\"\"\"A generated module for the import benchmarks.\"\"\"\nimport sys\n\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, `def func_%d(items, scale=%d, *, label="f%d"):
    """Function number %d."""
    total = 0
    for i, item in enumerate(items):
        if item %% 3 == 0 and i > 1:
            total += item * scale
        elif item < 0:
            continue
        else:
            total -= {"a": 1, "b": 2}.get(label[:1], 3)
    try:
        ratio = total / len(items)
    except ZeroDivisionError:
        ratio = 0.0
    squares = [x * x for x in items if x %% 2]
    return f"{label}: {total} {ratio:.2f} {len(squares)}"

`, i, i%7+1, i, i)
	}
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, `class Shape%d:
    sides = %d

    def __init__(self, size):
        self.size = size
        self.name = "shape%d"

    def area(self):
        return self.size ** 2 * self.sides / 4

    def __repr__(self):
        return f"Shape%d({self.size!r})"

    @property
    def perimeter(self):
        return self.sides * self.size

`, i, i%9+3, i, i)
	}
	b.WriteString("TABLE = {i: (i * 2, str(i)) for i in range(100)}\n")
	return b.String()
}

// importTimer imports a module in fresh interpreters over a folder.
type importTimer struct {
	dir, module string
}

// once imports the module in a new interpreter and returns the time the
// import took (creating the interpreter is not counted).
func (it importTimer) once(tb testing.TB) time.Duration {
	var out, errb strings.Builder
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Path: []string{it.dir}, Lib: lib.Source})
	start := time.Now()
	_, err := in.MainThread().ImportModule(it.module)
	d := time.Since(start)
	if err != nil {
		tb.Fatalf("import %s: %v %s", it.module, err, errb.String())
	}
	return d
}

func (it importTimer) cold(tb testing.TB) time.Duration {
	os.RemoveAll(filepath.Join(it.dir, "__pycache__"))
	return it.once(tb)
}

func newImportTimer(tb testing.TB, module, src string) importTimer {
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, module+".py"), []byte(src), 0o644); err != nil {
		tb.Fatal(err)
	}
	return importTimer{dir, module}
}

func BenchmarkImportCold(b *testing.B) {
	it := newImportTimer(b, "big", largeModule())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it.cold(b)
	}
}

func BenchmarkImportWarm(b *testing.B) {
	it := newImportTimer(b, "big", largeModule())
	it.cold(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it.once(b)
	}
}

// best returns the shortest of n runs of f.
func best(n int, f func() time.Duration) time.Duration {
	min := time.Duration(1 << 62)
	for i := 0; i < n; i++ {
		if d := f(); d < min {
			min = d
		}
	}
	return min
}

// TestWarmImportSpeedup measures cold and warm imports of a generated
// module of ~6000 lines and of a large module of CPython's library
// (pydoc_data/topics.py, copied at test time) and checks that the warm
// import is at least 5 times faster.
func TestWarmImportSpeedup(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	modules := map[string]string{"generated": largeModule()}
	if out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output(); err == nil {
		src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "pydoc_data", "topics.py"))
		if err == nil {
			modules["topics"] = string(src)
		}
	}
	for name, src := range modules {
		it := newImportTimer(t, "m_"+name, src)
		cold := best(7, func() time.Duration { return it.cold(t) })
		it.cold(t)
		warm := best(7, func() time.Duration { return it.once(t) })
		ratio := float64(cold) / float64(warm)
		t.Logf("%s (%d lines): cold %v, warm %v: warm is %.1fx faster", name, strings.Count(src, "\n"), cold, warm, ratio)
		if ratio < 5 {
			t.Errorf("%s: warm import only %.1fx faster than cold", name, ratio)
		}
	}
}
