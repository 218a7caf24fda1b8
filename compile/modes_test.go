package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kaa-lang/kaa/syntax"
)

// TestCPythonModes compiles programs in compile()'s "eval" and "single"
// modes and compares the code with CPython's.
func TestCPythonModes(t *testing.T) {
	programs := map[string][]string{
		"eval": {
			"1",
			"x + y * 2",
			"[i for i in range(3)]",
			"lambda a, b=2: a * b",
			"f(*a, **k) if c else None",
			"(yield)",
			"await x",
			"__debug__",
		},
		"single": {
			"1 + 1\n",
			"x = 5\n",
			"x\n",
			"if x:\n    y\n    z = 1\n\n",
			"def f():\n    x\n\n",
			"for i in range(3): i\n",
			"a: int = 1\n",
			"import os\n",
			"'doc'\n",
			"class C:\n    x\n\n",
		},
	}
	dir := t.TempDir()
	for mode, srcs := range programs {
		var files []string
		for i, src := range srcs {
			f := filepath.Join(dir, fmt.Sprintf("%s%02d.py", mode, i))
			if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		pmode := syntax.ModeEval
		if mode == "single" {
			pmode = syntax.ModeSingle
		}
		for _, r := range runCPythonArgs(t, []string{"--mode", mode}, files...) {
			src, _ := os.ReadFile(r.File)
			if r.ParseError != nil {
				t.Errorf("%s %q: CPython rejects it: %s", mode, src, r.ParseError.Msg)
				continue
			}
			mod, err := syntax.Parse(src, r.File, pmode, 0)
			if err != nil {
				t.Errorf("%s %q: kaa's parser: %v", mode, src, err)
				continue
			}
			code, err := Compile(mod, r.File, Options{})
			switch {
			case r.Error != nil && err != nil:
				if d := compareError(err, r.Error); d != "" {
					t.Errorf("%s %q:\n%s", mode, src, d)
				}
			case r.Error != nil:
				t.Errorf("%s %q: kaa compiles it; CPython: %s", mode, src, r.Error.Msg)
			case err != nil:
				t.Errorf("%s %q: %v", mode, src, err)
			default:
				for _, d := range diffCode(code, r.Code) {
					t.Errorf("%s %q: %s", mode, src, d)
				}
			}
		}
	}
}

// TestCPythonFlags compiles programs with compile()'s flags: inherited
// future features and top-level await.
func TestCPythonFlags(t *testing.T) {
	cases := []struct {
		flags uint32
		await bool
		srcs  []string
	}{
		{0x1000000, false, []string{ // annotations
			"x: list[int] = []\ndef f(a: int) -> str: pass\n",
		}},
		{0x20000 | 0x800000, false, []string{ // division, generator_stop
			"def f(): return 1 / 2\n",
		}},
		{0x2000, true, []string{ // top-level await
			"await x\n",
			"async for i in y: print(i)\n",
			"async with m as v: pass\n",
			"[i async for i in y]\n",
			"[await i for i in y]\n",
			"def f():\n  await x\n",
			"x = 1\n",
		}},
	}
	dir := t.TempDir()
	for ci, tc := range cases {
		var files []string
		for i, src := range tc.srcs {
			f := filepath.Join(dir, fmt.Sprintf("f%d_%d.py", ci, i))
			if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		pyFlags := tc.flags
		if tc.await {
			pyFlags |= 0x2000
		}
		futures := tc.flags &^ 0x2000
		for _, r := range runCPythonArgs(t, []string{"--flags", fmt.Sprint(pyFlags)}, files...) {
			src, _ := os.ReadFile(r.File)
			if r.ParseError != nil {
				t.Errorf("%q: CPython rejects it: %s", src, r.ParseError.Msg)
				continue
			}
			mod, err := syntax.Parse(src, r.File, syntax.ModeExec, 0)
			if err != nil {
				t.Errorf("%q: kaa's parser: %v", src, err)
				continue
			}
			code, err := Compile(mod, r.File, Options{Flags: futures, TopLevelAwait: tc.await})
			switch {
			case r.Error != nil && err != nil:
				if d := compareError(err, r.Error); d != "" {
					t.Errorf("%q:\n%s", src, d)
				}
			case r.Error != nil:
				t.Errorf("%q: kaa compiles it; CPython: %s", src, r.Error.Msg)
			case err != nil:
				t.Errorf("%q: %v", src, err)
			default:
				for _, d := range diffCode(code, r.Code) {
					t.Errorf("%q: %s", src, d)
				}
			}
		}
	}
}
