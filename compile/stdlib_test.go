package compile

import (
	"os"
	"testing"
	"time"

	"github.com/kaa-lang/kaa/syntax"
)

// TestStdlibAcceptReject parses and compiles every file of CPython's
// standard library with kaa and checks that kaa rejects exactly the files
// CPython's compile() rejects (17 in CPython 3.11.7: 9 at parse time, 8
// in test_future_stmt/badsyntax_future*.py), with the same error.
func TestStdlibAcceptReject(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the whole standard library")
	}
	files := stdlibFiles(t)
	recs := runCPythonArgs(t, []string{"--no-ast", "--no-code"}, files...)
	var elapsed time.Duration
	rejected, kaaRejected := 0, 0
	for _, r := range recs {
		src, err := os.ReadFile(r.File)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		var cerr error
		mod, perr := syntax.Parse(src, r.File, syntax.ModeExec, 0)
		if perr == nil {
			_, cerr = Compile(mod, r.File, Options{})
		} else {
			cerr = perr
		}
		elapsed += time.Since(start)
		want := r.ParseError
		if want == nil {
			want = r.Error
		}
		if want != nil {
			rejected++
		}
		if cerr != nil {
			kaaRejected++
		}
		switch {
		case want == nil && cerr != nil:
			t.Errorf("%s: kaa rejects it: %v", r.File, cerr)
		case want != nil && cerr == nil:
			t.Errorf("%s: kaa accepts it; CPython: %s: %s", r.File, want.Type, want.Msg)
		case want != nil:
			if d := compareError(cerr, want); d != "" {
				t.Errorf("%s:\n%s", r.File, d)
			}
		}
	}
	t.Logf("%d files: CPython rejects %d, kaa %d; kaa parsed and compiled them in %v", len(recs), rejected, kaaRejected, elapsed)
}
