package compile

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
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

// TestDisText compares kaa's disassembly of the testdata programs, and of
// a few large files of CPython's library, with the text CPython's own dis
// formatter writes for CPython's code (scripts/cpython_compile.py --dis,
// which only adapts offsets and jump arguments to kaa's conventions).
func TestDisText(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	if !testing.Short() {
		for _, f := range stdlibFiles(t) {
			for _, name := range []string{"/_pydecimal.py", "/typing.py", "/argparse.py"} {
				if strings.HasSuffix(f, name) {
					files = append(files, f)
				}
			}
		}
	}
	for _, r := range runCPythonArgs(t, []string{"--dis", "--no-ast", "--no-code"}, files...) {
		if r.ParseError != nil || r.Error != nil {
			t.Errorf("%s: CPython rejects it", r.File)
			continue
		}
		code, err := compileFile(t, r.File, 0)
		if err != nil {
			t.Errorf("%s: %v", r.File, err)
			continue
		}
		// CPython's side names the file as given; kaa's golden files use
		// the base name.
		code = renameFile(code, r.File)
		sortStringSets(code)
		var buf bytes.Buffer
		if err := bytecode.Disassemble(&buf, code, Reprs()); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != r.Dis {
			t.Errorf("%s: disassembly differs from CPython's dis:\n%s", r.File,
				diffLines(strings.Split(got, "\n"), strings.Split(r.Dis, "\n")))
		}
	}
}

// renameFile sets the filename of c and its nested code objects.
func renameFile(c *bytecode.Code, name string) *bytecode.Code {
	c.Filename = name
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			renameFile(sub, name)
		}
	}
	return c
}

// sortStringSets sorts by repr the items of the frozenset constants that
// hold str or bytes, whose order in CPython depends on the process's hash
// seed (scripts/cpython_compile.py --dis lists them sorted too).
func sortStringSets(c *bytecode.Code) {
	r := Reprs()
	for i, k := range c.Consts {
		switch v := k.(type) {
		case *bytecode.Code:
			sortStringSets(v)
		case bytecode.FrozenSet:
			mixed := false
			for _, x := range v {
				switch x.(type) {
				case string, bytecode.Bytes:
					mixed = true
				}
			}
			if mixed {
				s := append(bytecode.FrozenSet(nil), v...)
				sort.Slice(s, func(a, b int) bool { return r.Const(s[a]) < r.Const(s[b]) })
				c.Consts[i] = s
			}
		}
	}
}

// TestDeterministic compiles each testdata program several times: the
// code must come out the same every time (no map order may leak into it).
func TestDeterministic(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.py"))
	for _, f := range files {
		var first string
		for i := 0; i < 5; i++ {
			code, err := compileFile(t, f, 0)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			bytecode.Disassemble(&buf, code, Reprs())
			dumpCode(&buf, code)
			if i == 0 {
				first = buf.String()
			} else if buf.String() != first {
				t.Fatalf("%s: compilation %d differs from the first", f, i)
			}
		}
	}
}

// dumpCode writes every field of c and its nested code objects.
func dumpCode(w *bytes.Buffer, c *bytecode.Code) {
	fmt.Fprintln(w, c.Name, c.QualName, c.Filename, c.FirstLineNo, c.ArgCount, c.PosOnlyArgCount,
		c.KwOnlyArgCount, c.Flags, c.StackSize, c.Names, c.LocalsPlusNames, c.LocalsPlusKinds,
		c.Instrs, c.Positions, c.ExceptionTable)
	for _, k := range c.Consts {
		fmt.Fprintln(w, describeConst(k))
		if sub, ok := k.(*bytecode.Code); ok {
			dumpCode(w, sub)
		}
	}
}
