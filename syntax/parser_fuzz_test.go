package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the parser in every mode: it must
// not panic or hang, every failure must be an *Error with a type, and a
// tree it returns must dump.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"ast", "errors"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.py"))
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("f'{x!r:{y}}' f\"{a=}\" rb'\\d' u'x'\n"))
	f.Add([]byte("(((((((((((((((((((((((((((((((((((((((((((x)))))))))))))))))))))))))))))))))))))))))))\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle, ModeFuncType} {
			for _, flags := range []Flags{0, TypeComments} {
				mod, err := Parse(data, "<fuzz>", mode, flags)
				if err != nil {
					e, ok := err.(*Error)
					if !ok {
						t.Fatalf("mode %d: error %T %v, want *Error", mode, err, err)
					}
					if e.Type == "" || e.Msg == "" && e.Type != "MemoryError" {
						t.Fatalf("mode %d: error without type or message: %+v", mode, e)
					}
					_ = e.Report()
					continue
				}
				if mod == nil {
					t.Fatalf("mode %d: no tree and no error", mode)
				}
				_ = Dump(mod, DumpOptions{Indent: " ", IncludeAttributes: true})
			}
		}
	})
}
