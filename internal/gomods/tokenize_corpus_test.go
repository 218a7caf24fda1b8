package gomods

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pyTokenizeHashes runs CPython's tokenize.main() on each file of a JSON
// list, as `python3 -m tokenize FILE` does, and prints for each the
// SHA-256 of its standard output and its exit status.
const pyTokenizeHashes = `
import hashlib, io, json, sys, tokenize
out = {}
real = sys.stdout, sys.stderr, sys.argv
for path in json.load(sys.stdin):
    o, e = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = o, e
    sys.argv = ["tokenize", path]
    code = 0
    try:
        tokenize.main()
    except SystemExit as x:
        code = x.code if isinstance(x.code, int) else 1
    except Exception:
        code = 1
    sys.stdout, sys.stderr = real[0], real[1]
    out[path] = [hashlib.sha256(o.getvalue().encode("utf-8", "surrogateescape")).hexdigest(), code]
sys.argv = real[2]
print(json.dumps(out))
`

// TestTokenizeCorpus compares `kaa -m tokenize FILE` with CPython's
// tokenize module over every .py file of CPython's standard library (as
// ../shared/tools/astcompare.py --mode tokenize does with processes).
// It takes about a minute, so -short skips it.
func TestTokenizeCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("long corpus comparison")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		t.Skip("python3 stdlib not found")
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	var want map[string][2]any
	runPythonJSON(t, pyTokenizeHashes, files, &want)
	bad := 0
	for _, path := range files {
		w := want[path]
		var stdout, stderr bytes.Buffer
		code := Tokenize([]string{path}, Stdio{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
		sum := sha256.Sum256(stdout.Bytes())
		if hex.EncodeToString(sum[:]) != w[0].(string) || code != int(w[1].(float64)) {
			if bad++; bad <= 20 {
				t.Errorf("%s: output differs from CPython's tokenize (exit %d, CPython %v)", path, code, w[1])
			}
		}
	}
	t.Logf("%d files, %d differ", len(files), bad)
	if len(files) > 0 && bad*100 > len(files) {
		t.Fatalf("more than 1%% of the files differ")
	}
}
