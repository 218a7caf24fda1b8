package compile

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

var update = flag.Bool("update", false, "rewrite the golden .dis files of testdata/")

// compileFile parses and compiles a source file with kaa.
func compileFile(t testing.TB, path string, optimize int) (*bytecode.Code, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := syntax.Parse(src, filepath.Base(path), syntax.ModeExec, 0)
	if err != nil {
		return nil, err
	}
	return Compile(mod, filepath.Base(path), Options{Optimize: optimize})
}

// TestDisGolden compares the disassembly of each testdata/*.py with the
// .dis file beside it (go test -run TestDisGolden -update rewrites them).
// The golden files are kaa's own output; TestCPythonTestdata checks the
// same programs instruction by instruction against CPython 3.11, so a
// golden file reads like CPython's "python3 -m dis" for the program,
// without the CACHE and PRECALL entries kaa does not have and with kaa's
// offsets (4 bytes an instruction).
func TestDisGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		code, err := compileFile(t, f, 0)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var buf bytes.Buffer
		if err := bytecode.Disassemble(&buf, code, Reprs()); err != nil {
			t.Fatal(err)
		}
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run with -update to create it)", f, err)
			continue
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: disassembly differs from %s:\n%s", f, golden, diffLines(strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")))
		}
	}
}
