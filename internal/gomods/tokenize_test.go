package gomods

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tokenizeCases are sources for `-m tokenize`, each compared with what
// `python3 -m tokenize` prints for the same file.
var tokenizeCases = []string{
	"x = 1\n",
	"x = 1",
	"if x:\n    y = 2\n  # c\n\n    z\nw\n",
	"def f(a,\n      b):\n    return (a +\n            b)\n",
	"s = '''a\nb''' + \"c\\\nd\"\n",
	"s = 'abc\\\n  def'\n",
	"s = 'abc\ndef'\n",
	"s = '''abc\n",
	"x = (1,\n",
	"if x:\n        a\n    b\n",
	"x = 1 \\\n  + 2\n",
	"x = $ ? `a`\n",
	"é = 'ü'  # ß\n",
	"x = 0777 + 1_000_ + 1e + 0x + 1if 2 else 3\n",
	"x = 1.5j + .5 + 5. + 1e-3 + 0b101 + 0o17 + 0xdead_beef\n",
	"x = rb'a' Rb\"b\" f'{x}' BR'''c''' u'd' ur'e'\n",
	"a <<= b >>= c //= d **= e @= f -> g := h != i <> j ... k\n",
	"x = 1\r\ny = 2\r\n",
	"x = 1\ry = 2\n",
	"\tif x:\n\t\ty\n        z\n",
	"x = '\\N{DASH}'\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
	"\xef\xbb\xbfx = 1\n",
	"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
	"# coding: foo\nx = 1\n",
	"x = '\xff'\n",
	"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n",
	"x²= 1\n",
	"",
	"   ",
	"\n\n",
	"x = 1\n   ",
	"# only a comment",
	"if x:\n  y",
	"x = \\",
	"\f\fx = 1\n",
	"x = [\n  1,  # one\n\n  2,\n]\n",
}

// pyTokenizeMain runs CPython's tokenize.main() in one process for each
// JSON job [args, stdin bytes], as `python3 -m tokenize ARGS` would run
// with that standard input, and prints the outputs and exit statuses.
const pyTokenizeMain = `
import io, json, sys, tokenize, traceback
out = []
real = sys.stdout, sys.stderr, sys.stdin, sys.argv
for args, data in json.load(sys.stdin):
    o, e = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = o, e
    sys.stdin = io.TextIOWrapper(io.BytesIO(bytes(data)), encoding="utf-8", errors="surrogateescape", newline="\n")
    sys.argv = ["tokenize"] + args
    code = 0
    try:
        tokenize.main()
    except SystemExit as x:
        code = x.code if isinstance(x.code, int) else 1
    except Exception:
        e.write("Traceback (most recent call last):\n")
        code = 1
    sys.stdout, sys.stderr = real[0], real[1]
    out.append([o.getvalue(), e.getvalue(), code])
sys.stdin, sys.argv = real[2], real[3]
print(json.dumps(out))
`

// TestTokenizeCLI compares kaa's -m tokenize with CPython's tokenize
// module on each case, as a file and on standard input, with and
// without -e.
func TestTokenizeCLI(t *testing.T) {
	dir := t.TempDir()
	type job struct {
		src  string
		args []string
	}
	var jobs []job
	var pyJobs [][2]any
	for i, src := range tokenizeCases {
		path := filepath.Join(dir, fmt.Sprintf("case%02d.py", i))
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{path}, {"-e", path}, {}, {"-e"}} {
			jobs = append(jobs, job{src, args})
			data := make([]int, len(src))
			for k := 0; k < len(src); k++ {
				data[k] = int(src[k])
			}
			pyJobs = append(pyJobs, [2]any{args, data})
		}
	}
	var want [][3]any
	runPythonJSON(t, pyTokenizeMain, pyJobs, &want)
	for i, j := range jobs {
		wantOut, wantErr, wantCode := want[i][0].(string), want[i][1].(string), int(want[i][2].(float64))
		var gotOut, gotErr bytes.Buffer
		code := Tokenize(j.args, Stdio{Stdin: strings.NewReader(j.src), Stdout: &gotOut, Stderr: &gotErr})
		if strings.Contains(wantErr, "Traceback") {
			// An uncaught exception (a line that does not decode): kaa
			// prints the same first line and exits with 1.
			first, _, _ := strings.Cut(wantErr, "\n")
			if code != wantCode || !strings.HasPrefix(gotErr.String(), first+"\n") {
				t.Errorf("%q %v: exit %d, stderr %q; python3: exit %d, %q", j.src, j.args, code, gotErr.String(), wantCode, first)
			}
			continue
		}
		if code != wantCode || gotOut.String() != wantOut || gotErr.String() != wantErr {
			t.Errorf("%q %v:\nkaa exit %d, stdout:\n%s\nstderr:\n%s\npython3 exit %d, stdout:\n%s\nstderr:\n%s",
				j.src, j.args, code, gotOut.String(), gotErr.String(), wantCode, wantOut, wantErr)
		}
	}
}

// runPythonJSON runs the python3 program prog with input as JSON on its
// stdin and decodes its JSON output into out; it skips the test when
// python3 is absent.
func runPythonJSON(t *testing.T, prog string, input, out any) {
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

// TestTokenizeArgs checks the command line handling against python3's.
func TestTokenizeArgs(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	for _, args := range [][]string{{"-h"}, {"--help"}, {"-x"}, {"a.py", "b.py"}, {"no-such-file.py"}, {"--", "-e"}, {"--exa", "no-such.py"}} {
		cmd := exec.Command("python3", append([]string{"-m", "tokenize"}, args...)...)
		var wantOut, wantErr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &wantOut, &wantErr
		wantCode := 0
		if err := cmd.Run(); err != nil {
			wantCode = err.(*exec.ExitError).ExitCode()
		}
		var gotOut, gotErr bytes.Buffer
		code := Tokenize(args, Stdio{Stdin: strings.NewReader(""), Stdout: &gotOut, Stderr: &gotErr})
		if code != wantCode || gotOut.String() != wantOut.String() || gotErr.String() != wantErr.String() {
			t.Errorf("%v: kaa %d %q %q; python3 %d %q %q", args, code, gotOut.String(), gotErr.String(),
				wantCode, wantOut.String(), wantErr.String())
		}
	}
}
