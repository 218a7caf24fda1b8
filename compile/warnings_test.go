package compile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kaa-lang/kaa/syntax"
)

// Programs for which CPython's compiler emits a SyntaxWarning.
var warningPrograms = []string{
	"x is 1\n",
	"if x is not 'a': pass\n",
	"1 is x\n",
	"x is () \n",
	"x is None is 1\n",
	"assert (x, 'msg')\n",
	"def f():\n  assert (x,)\n",
	"(1, 2)(3)\n",
	"[1, 2] (3)\n",
	"'abc'(1)\n",
	"{1: 2}(3)\n",
	"f'{x}'(1)\n",
	"(x for x in y)(1)\n",
	"[1, 2][3, 4]\n",
	"'abc'['a']\n",
	"(1, 2)[1.5]\n",
	"{1, 2}[0]\n",
	"None[0]\n",
	"5[0]\n",
	"(lambda: 1)[0]\n",
	"x = [\n  1, 2\n  (3, 4)]\n",
}

// TestCompileWarnings checks that kaa warns where CPython does, with the
// same message and line, by turning the warnings into errors on both
// sides.
func TestCompileWarnings(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, src := range warningPrograms {
		f := filepath.Join(dir, fmt.Sprintf("w%02d.py", i))
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	errWarning := errors.New("warning")
	recs := runCPythonArgs(t, []string{"--syntax-warnings-as-errors"}, files...)
	for i, r := range recs {
		src := warningPrograms[i]
		if r.ParseError != nil {
			t.Errorf("%q: CPython's parser rejects it: %s", src, r.ParseError.Msg)
			continue
		}
		data, _ := os.ReadFile(r.File)
		mod, err := syntax.Parse(data, r.File, syntax.ModeExec, 0)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		var warned []syntax.Warning
		_, err = Compile(mod, r.File, Options{Warn: func(w syntax.Warning) error {
			warned = append(warned, w)
			return errWarning
		}})
		if r.Error == nil {
			t.Errorf("%q: CPython does not warn (kaa: %v)", src, err)
			continue
		}
		if err == nil {
			t.Errorf("%q: kaa does not warn; CPython: %s", src, r.Error.Msg)
			continue
		}
		if d := compareError(err, r.Error); d != "" {
			t.Errorf("%q:\n%s", src, d)
		}
		if len(warned) != 1 || warned[0].Category != "SyntaxWarning" || warned[0].Msg != r.Error.Msg ||
			r.Error.Lineno == nil || warned[0].Lineno != *r.Error.Lineno {
			t.Errorf("%q: warnings %+v", src, warned)
		}
	}
}
