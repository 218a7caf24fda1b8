package py

import (
	"strings"
	"testing"
)

// benchProgram compiles src once and runs it b.N times in one
// interpreter.
func benchProgram(b *testing.B, src string) {
	var out strings.Builder
	in := NewInterpreter(Config{Stdout: &out, Stderr: &out})
	code, err := in.CompileSource([]byte(src), "<bench>", "exec")
	if err != nil {
		b.Fatal(err)
	}
	t := in.MainThread()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g := NewDict()
		g.SetString("__name__", NewStr("__main__"))
		if _, err := t.RunCode(code, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFib measures Python-to-Python calls (fib(20): 21891 calls).
func BenchmarkFib(b *testing.B) {
	benchProgram(b, "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(20)\n")
}

// BenchmarkLoop measures a tight loop with int arithmetic (100000
// iterations).
func BenchmarkLoop(b *testing.B) {
	benchProgram(b, "def f():\n    s = 0\n    i = 0\n    while i < 100000:\n        s += i & 7\n        i += 1\n    return s\nf()\n")
}

// BenchmarkMethodCalls measures attribute access and method calls on
// instances (20000 calls).
func BenchmarkMethodCalls(b *testing.B) {
	benchProgram(b, `class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def f():
    p = P(3)
    s = 0
    for i in range(20000):
        s += p.get()
    return s
f()
`)
}

// BenchmarkGenerators measures generator resumption (20000 items).
func BenchmarkGenerators(b *testing.B) {
	benchProgram(b, "def g(n):\n    for i in range(n):\n        yield i\ndef f():\n    s = 0\n    for v in g(20000):\n        s += v\n    return s\nf()\n")
}
