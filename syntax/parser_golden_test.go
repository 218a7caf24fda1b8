package syntax

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goldenMode returns the parse mode a golden file's name asks for
// (NAME.eval.py, NAME.single.py, NAME.func_type.py; exec otherwise).
func goldenMode(name string) Mode {
	switch {
	case strings.HasSuffix(name, ".eval.py"):
		return ModeEval
	case strings.HasSuffix(name, ".single.py"):
		return ModeSingle
	case strings.HasSuffix(name, ".func_type.py"):
		return ModeFuncType
	}
	return ModeExec
}

// TestASTGolden parses each syntax/testdata/ast/NAME.py and compares the
// dump with NAME.ast, written by CPython's `python3 -m ast -a` through
// scripts/gen_syntax_golden.py.
func TestASTGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "ast", "*.py"))
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".ast")
			if err != nil {
				t.Fatal(err)
			}
			mod, err := Parse(src, name, goldenMode(name), TypeComments)
			if err != nil {
				t.Fatalf("parse error: %v", err)
			}
			got := Dump(mod, DumpOptions{Indent: "   ", IncludeAttributes: true}) + "\n"
			if got != string(want) {
				t.Errorf("dump differs from CPython's:\n%s", firstDiff(got, string(want)))
			}
		})
	}
}

// TestErrorGolden parses each syntax/testdata/errors/NAME.py and compares
// the error report with NAME.err, the end of CPython's report written by
// scripts/gen_syntax_golden.py.
func TestErrorGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "errors", "*.py"))
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(src, name, goldenMode(name), TypeComments)
			if err == nil {
				t.Fatal("parsed without error")
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T, want *Error", err)
			}
			if got := e.Report(); got != string(want) {
				t.Errorf("report:\n%s\nCPython's:\n%s", got, want)
			}
		})
	}
}

// firstDiff shows the first differing line of two texts with a little
// context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			lo := i - 3
			if lo < 0 {
				lo = 0
			}
			ctx := strings.Join(w[lo:i], "\n")
			return ctx + "\n-" + wl + "\n+" + gl + "\n(line " + strconv.Itoa(i+1) + ")"
		}
	}
	return ""
}
