package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/syntax"
)

// Programs that CPython's parser accepts but its symbol table or compiler
// rejects. The expected message and location come from running python3 on
// each program (scripts/cpython_compile.py) at test time.
var compileErrorPrograms = []string{
	// symbol table
	"def f(a):\n  global a\n",
	"def f(a):\n  nonlocal a\n",
	"def f():\n  x = 1\n  global x\n",
	"def f():\n  print(x)\n  global x\n",
	"def f():\n  x: int\n  global x\n",
	"def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n",
	"def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n",
	"def f():\n  x = 1\n  def g():\n    x: int\n    nonlocal x\n",
	"nonlocal x\n",
	"def f():\n  nonlocal x\n",
	"def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n",
	"def f():\n  global x\n  x: int = 1\n",
	"def f():\n  x = 1\n  def g():\n    nonlocal x\n    x: int = 1\n",
	"def f():\n  from os import *\n",
	"class C:\n  from os import *\n",
	"def f(a, b, a): pass\n",
	"def f(a, *, a): pass\n",
	"lambda a, a: 1\n",
	"[(x := 0) for x in y]\n",
	"[x for x in (y := [])]\n",
	"[[(j := 0) for i in range(5)] for j in range(5)]\n",
	"[i for i in range(5) if (j := 0) for j in range(5)]\n",
	"class C:\n  [(y := 1) for x in z]\n",
	"def f():\n  x = [(yield) for i in y]\n",
	"def f():\n  x = ((yield) for i in y)\n",
	"def f():\n  x = {(yield) for i in y}\n",
	"def f():\n  x = {i: (yield) for i in y}\n",
	"from __future__ import annotations\ndef f(x: (yield)): pass\n",
	"from __future__ import annotations\nx: (y := 1)\n",
	"from __future__ import annotations\nasync def f():\n  x: await y\n",
	"é = 1\ndef f():\n  éé = 2; nonlocal x\n",
	// code generator
	"return\n",
	"return 5\n",
	"class C:\n  return 1\n",
	"break\n",
	"continue\n",
	"for x in y:\n  def f():\n    break\n",
	"while x:\n  class C:\n    continue\n",
	"yield 1\n",
	"class C:\n  yield 1\n",
	"x = yield from y\n",
	"await x\n",
	"def f():\n  await x\n",
	"def f():\n  return [await x for y in z]\n",
	"async def f():\n  yield from x\n",
	"async def f():\n  yield 1\n  return 2\n",
	"def f():\n  return [x async for x in y]\n",
	"def f():\n  async with x: pass\n",
	"def f():\n  async for x in y: pass\n",
	"async with x: pass\n",
	"async for x in y: pass\n",
	"from __future__ import nope\n",
	"from __future__ import braces\n",
	"x = 1\nfrom __future__ import division\n",
	"import os; from __future__ import division\n",
	"'''doc'''\nimport os; from __future__ import generators\n",
	"def f():\n  from __future__ import annotations\n",
	"*a = 1\n",
	"a, *b, *c = 1\n",
	"[a, *b, *c] = 1\n",
	"for *x in y: pass\n",
	"f(x=1, x=2)\n",
	"f(a, y=1, z=2, y=3)\n",
	"f(__debug__=1)\n",
	"x.__debug__ = 1\n",
	"def f(__debug__): pass\n",
	"def f(*, __debug__=1): pass\n",
	"lambda __debug__: 1\n",
	"class C:\n  def __debug__(self): pass\n",
	"del __debug__\n",
	"__debug__ += 1\n",
	"import __debug__\n",
	"from m import x as __debug__\n",
	"for i in x:\n  try:\n    pass\n  except* ValueError:\n    break\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
	"for i in x:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
	"match x:\n  case y:\n    pass\n  case z:\n    pass\n",
	"match x:\n  case _:\n    pass\n  case 1:\n    pass\n",
	"match x:\n  case [a, a]: pass\n",
	"match x:\n  case {'k': a, 'j': a}: pass\n",
	"match x:\n  case {1: a, 1: b}: pass\n",
	"match x:\n  case {1: a, True: b}: pass\n",
	"match x:\n  case {'a': 1, 'a': 2}: pass\n",
	"match x:\n  case C(a=1, a=2): pass\n",
	"match x:\n  case [a] | [b]: pass\n",
	"match x:\n  case a | b: pass\n",
	"match x:\n  case (a as b) | (b as c): pass\n",
	"match x:\n  case C(__debug__=1): pass\n",
	"match x:\n  case __debug__: pass\n",
	"match x:\n  case [*__debug__]: pass\n",
	"match x:\n  case {**__debug__}: pass\n",
	"nested:\n" + nestedLoops(21),
}

// nestedLoops returns n nested for statements, one more than a function
// may hold when n is 21.
func nestedLoops(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%sfor x%d in y:\n", strings.Repeat(" ", i), i)
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// TestCompileErrors checks that kaa rejects each of compileErrorPrograms
// with CPython's message and location.
func TestCompileErrors(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, src := range compileErrorPrograms {
		src = strings.TrimPrefix(src, "nested:\n")
		f := filepath.Join(dir, fmt.Sprintf("e%03d.py", i))
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	recs := runCPython(t, 0, files...)
	for i, r := range recs {
		src := compileErrorPrograms[i]
		data, _ := os.ReadFile(r.File)
		mod, perr := syntax.Parse(data, r.File, syntax.ModeExec, 0)
		if r.ParseError != nil {
			// CPython's parser rejects it: so must kaa's.
			if perr == nil {
				t.Errorf("%q: kaa parses it; CPython: %s", src, r.ParseError.Msg)
			} else if d := compareError(perr, r.ParseError); d != "" {
				t.Errorf("%q:\n%s", src, d)
			}
			continue
		}
		if perr != nil {
			t.Errorf("%q: kaa's parser rejects it: %v", src, perr)
			continue
		}
		_, err := Compile(mod, r.File, Options{})
		switch {
		case r.Error == nil && err == nil:
			t.Errorf("%q: both accept it (not a test of an error)", src)
		case r.Error == nil:
			t.Errorf("%q: kaa rejects it (%v), CPython accepts it", src, err)
		case err == nil:
			t.Errorf("%q: kaa accepts it; CPython: %s", src, r.Error.Msg)
		default:
			if d := compareError(err, r.Error); d != "" {
				t.Errorf("%q:\n%s", src, d)
			}
		}
	}
}
