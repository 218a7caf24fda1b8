package compile

import (
	"os"
	"testing"

	"github.com/kaa-lang/kaa/syntax"
)

// BenchmarkCompileStdlib measures Compile alone (parsing excluded) over a
// sample of CPython's standard library.
func BenchmarkCompileStdlib(b *testing.B) {
	files := stdlibFiles(b)
	if len(files) > 300 {
		files = files[:300]
	}
	var srcs [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			b.StopTimer()
			mod, err := syntax.Parse(src, files[j], syntax.ModeExec, 0)
			b.StartTimer()
			if err != nil {
				continue
			}
			Compile(mod, files[j], Options{})
		}
	}
}

// BenchmarkParseStdlib measures the parser on the same sample, for
// comparison.
func BenchmarkParseStdlib(b *testing.B) {
	files := stdlibFiles(b)
	if len(files) > 300 {
		files = files[:300]
	}
	var srcs [][]byte
	for _, f := range files {
		src, _ := os.ReadFile(f)
		srcs = append(srcs, src)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			syntax.Parse(src, files[j], syntax.ModeExec, 0)
		}
	}
}
