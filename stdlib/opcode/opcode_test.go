package opcode_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/collections"
	"github.com/kaa-lang/kaa/stdlib/opcode"
)

// TestDisMatchesGolden runs the dis module (kaa's lib/dis.py over
// _opcode) on the compiler's test programs and compares its text with
// the golden disassembly of package compile (compile/testdata/*.dis),
// addresses of nested code objects aside.
func TestDisMatchesGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "compile", "testdata", "*.py"))
	if len(files) == 0 {
		t.Skip("no compile/testdata")
	}
	addr := regexp.MustCompile(` at 0x[0-9a-f]+`)
	for _, f := range files {
		golden, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".dis")
		if err != nil {
			continue
		}
		src, _ := os.ReadFile(f)
		var out, errb strings.Builder
		in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Lib: lib.Source,
			Modules: map[string]py.ModuleInit{"_opcode": opcode.Init, "_collections": collections.Init}})
		prog := "import dis\nsrc = " + pyBytes(src) + "\ndis.dis(compile(src, " + pyBytes([]byte(filepath.Base(f))) + ".decode(), 'exec'))\n"
		if status := in.RunMain([]byte(prog), "<test>", false); status != 0 {
			t.Fatalf("%s: %s", f, errb.String())
		}
		in.FlushStdio()
		if got := addr.ReplaceAllString(out.String(), ""); got != string(golden) {
			t.Errorf("%s: dis output differs from the golden file", f)
		}
	}
}

// pyBytes writes b as a Python bytes literal.
func pyBytes(b []byte) string {
	var s strings.Builder
	s.WriteString("b'")
	for _, c := range b {
		s.WriteString("\\x")
		s.WriteByte("0123456789abcdef"[c>>4])
		s.WriteByte("0123456789abcdef"[c&15])
	}
	s.WriteString("'")
	return s.String()
}
