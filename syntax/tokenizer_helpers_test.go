package syntax

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"
)

// runPythonJSON runs the python3 program prog with input encoded as JSON on
// its stdin and decodes its JSON stdout into out. The test is skipped when
// python3 is not installed.
func runPythonJSON(t testing.TB, prog string, input, out any) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "-c", prog)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.Bytes())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("decoding python3 output: %v", err)
	}
}

// pyCompileErrors is a python3 program that compiles each source of a
// JSON list (strings, or lists of byte values for bytes sources) to an
// AST with CPython and prints, for each, the SyntaxError it raised (or
// null).
const pyCompileErrors = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    if isinstance(src, list):
        src = bytes(src)
    try:
        compile(src, "<kaa-test>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)
        out.append(None)
    except SyntaxError as e:
        out.append({"Type": type(e).__name__, "Msg": e.msg, "Lineno": e.lineno or 0,
                    "Offset": e.offset or 0, "EndLineno": e.end_lineno or 0,
                    "EndOffset": e.end_offset or 0, "Text": e.text or ""})
print(json.dumps(out))
`
