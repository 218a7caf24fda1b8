package ast

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// newTestState makes an interpreter with the _ast module's state.
func newTestState(t *testing.T) (*py.Thread, *state) {
	t.Helper()
	in := py.NewInterpreter(py.Config{Stdout: &strings.Builder{}, Stderr: &strings.Builder{}, Lib: lib.Source})
	_, st, err := newModule(in)
	if err != nil {
		t.Fatal(err)
	}
	return in.MainThread(), st
}

// TestRoundTrip converts the parser's trees of the golden sources of
// package syntax to node objects and back, and checks that the dumps
// (with positions) are equal and that the trees pass validation.
func TestRoundTrip(t *testing.T) {
	th, st := newTestState(t)
	files, _ := filepath.Glob("../../syntax/testdata/ast/*.py")
	if len(files) == 0 {
		t.Skip("no golden sources")
	}
	opts := syntax.DumpOptions{Indent: " ", IncludeAttributes: true}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mode, modeName := syntax.ModeExec, "exec"
		switch {
		case strings.HasSuffix(f, ".single.py"):
			mode, modeName = syntax.ModeSingle, "single"
		case strings.HasSuffix(f, ".eval.py"):
			mode, modeName = syntax.ModeEval, "eval"
		case strings.HasSuffix(f, ".func_type.py"):
			mode, modeName = syntax.ModeFuncType, "func_type"
		}
		mod, err := syntax.Parse(src, f, mode, syntax.TypeComments)
		if err != nil {
			continue // sources that are meant to fail
		}
		obj, err := st.toPy(mod)
		if err != nil {
			t.Errorf("%s: to objects: %v", f, err)
			continue
		}
		back, err := st.modFromPy(th, obj, modeName)
		if err != nil {
			t.Errorf("%s: from objects: %v", f, err)
			continue
		}
		if err := validateMod(back); err != nil {
			t.Errorf("%s: validation: %v", f, err)
		}
		if a, b := syntax.Dump(mod, opts), syntax.Dump(back, opts); a != b {
			t.Errorf("%s: round trip differs:\n%s\nvs\n%s", f, a, b)
		}
	}
}

// TestFromPyErrors checks the messages of conversions of bad trees.
func TestFromPyErrors(t *testing.T) {
	th, st := newTestState(t)
	cls := func(name string) *py.Type { return st.classes[name] }
	newNode := func(name string, attrs map[string]py.Object) py.Object {
		o, err := py.Call(th, cls(name), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range attrs {
			if err := py.SetAttr(th, o, py.NewStr(k), v); err != nil {
				t.Fatal(err)
			}
		}
		return o
	}
	one := py.NewInt(1)
	zero := py.NewInt(0)
	pass := newNode("Pass", map[string]py.Object{"lineno": one, "col_offset": zero})
	cases := []struct {
		tree py.Object
		mode string
		want string
	}{
		{newNode("Module", map[string]py.Object{"body": py.NewList([]py.Object{pass})}), "exec", `required field "type_ignores" missing from Module`},
		{newNode("Module", map[string]py.Object{"body": py.NewList([]py.Object{newNode("Pass", nil)}), "type_ignores": py.NewList(nil)}), "exec", `required field "lineno" missing from stmt`},
		{newNode("Module", map[string]py.Object{"body": py.NewList([]py.Object{one}), "type_ignores": py.NewList(nil)}), "exec", `required field "lineno" missing from stmt`},
		{newNode("Module", map[string]py.Object{"body": pass, "type_ignores": py.NewList(nil)}), "exec", `Module field "body" must be a list, not a Pass`},
		{newNode("Expression", map[string]py.Object{"body": one}), "eval", `required field "lineno" missing from expr`},
		{newNode("Expression", map[string]py.Object{"body": one}), "exec", `expected Module node, got Expression`},
	}
	for _, c := range cases {
		_, err := st.modFromPy(th, c.tree, c.mode)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
}
