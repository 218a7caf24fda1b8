package syntax

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// TestIncompleteInput compares AllowIncompleteInput in "single" mode
// with what python3's compile() does with ast.PyCF_ALLOW_INCOMPLETE_INPUT
// (as the codeop module calls it), run at test time.
func TestIncompleteInput(t *testing.T) {
	cases := []string{
		"if x:", "x = (", "x = \"\"\"abc", "x +", "def f():\n  pass", "a b",
		"x = [1,\n2", "if x:\n  y", "if x:\n  if y:\n    z", "x = 1", "for x in y:\n",
		"class A:\n  def f(self):\n    pass\n", "@d\n", "x = 1 +\\", "lambda:",
	}
	script := `
import ast, codeop, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, '<s>', 'single', ast.PyCF_ONLY_AST | codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno or 0, e.offset or 0])
print(json.dumps(out))
`
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	in, _ := json.Marshal(cases)
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal("python3: ", err)
	}
	var want [][]any
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range cases {
		_, err := ParseString(src, "<s>", ModeSingle, AllowIncompleteInput)
		var got []any
		if err != nil {
			e := err.(*Error)
			got = []any{e.Type, e.Msg, float64(e.Lineno), float64(e.Offset)}
		}
		if g, w := jsonString(got), jsonString(want[i]); g != w {
			t.Errorf("%q: got %s, CPython %s", src, g, w)
		}
	}
}

func jsonString(v any) string {
	if s, ok := v.([]any); ok && s == nil {
		return "null"
	}
	b, _ := json.Marshal(v)
	return string(b)
}
