package compile

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// FuzzCompile compiles whatever kaa's parser accepts: the compiler must
// not panic, and the code it makes must be well formed (jump targets and
// handlers inside the code, a position per instruction) and disassemble.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.py"))
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	for _, src := range compileErrorPrograms {
		f.Add([]byte(src))
	}
	for _, src := range warningPrograms {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := syntax.Parse(src, "fuzz.py", syntax.ModeExec, 0)
		if err != nil {
			return
		}
		for opt := 0; opt <= 2; opt++ {
			code, err := Compile(mod, "fuzz.py", Options{Optimize: opt, Warn: func(syntax.Warning) error { return nil }})
			if err != nil {
				if _, ok := err.(*syntax.Error); !ok {
					t.Fatalf("error of type %T: %v", err, err)
				}
				return
			}
			checkWellFormed(t, code)
			if err := bytecode.Disassemble(io.Discard, code, Reprs()); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func checkWellFormed(t *testing.T, c *bytecode.Code) {
	n := len(c.Instrs)
	if len(c.Positions) != n {
		t.Fatalf("%s: %d positions for %d instructions", c.QualName, len(c.Positions), n)
	}
	if len(c.LocalsPlusNames) != len(c.LocalsPlusKinds) {
		t.Fatalf("%s: localsplus names and kinds differ in length", c.QualName)
	}
	var ext uint32
	for i, in := range c.Instrs {
		op, arg := in.Op(), ext|in.Arg()
		ext = 0
		switch {
		case op >= bytecode.NumOpcodes:
			t.Fatalf("%s: bad opcode %d at %d", c.QualName, op, i)
		case op == bytecode.EXTENDED_ARG:
			ext = arg << 24
		case op.IsJump() && int(arg) >= n:
			t.Fatalf("%s: %v at %d jumps to %d of %d", c.QualName, op, i, arg, n)
		case op.UsesConst() && int(arg) >= len(c.Consts):
			t.Fatalf("%s: %v at %d: constant %d of %d", c.QualName, op, i, arg, len(c.Consts))
		case op == bytecode.LOAD_GLOBAL && int(arg>>1) >= len(c.Names),
			op != bytecode.LOAD_GLOBAL && op.UsesName() && int(arg) >= len(c.Names):
			t.Fatalf("%s: %v at %d: name %d of %d", c.QualName, op, i, arg, len(c.Names))
		case op.UsesLocal() && int(arg) >= len(c.LocalsPlusNames):
			t.Fatalf("%s: %v at %d: local %d of %d", c.QualName, op, i, arg, len(c.LocalsPlusNames))
		}
	}
	for _, e := range c.ExceptionTable {
		if e.Start < 0 || e.Start >= e.End || e.End > n || e.Target < 0 || e.Target >= n || e.Depth < 0 {
			t.Fatalf("%s: bad exception table entry %+v (%d instructions)", c.QualName, e, n)
		}
	}
	if c.StackSize < 0 {
		t.Fatalf("%s: stack size %d", c.QualName, c.StackSize)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			checkWellFormed(t, sub)
		}
	}
}
