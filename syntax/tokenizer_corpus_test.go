package syntax

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pyCTokens tokenizes each file of a JSON list with CPython's own C
// tokenizer (_tokenize.TokenizerIter, the tokens its parser reads) and
// prints, per file, the SHA-256 of a canonical dump of the tokens, and
// the error that stopped the tokenizer.
const pyCTokens = `
import _tokenize, hashlib, importlib.util, json, sys
out = {}
for path in json.load(sys.stdin):
    with open(path, "rb") as f:
        data = f.read()
    try:
        src = importlib.util.decode_source(data)
    except Exception:
        continue
    h = hashlib.sha256()
    err = ""
    try:
        for text, typ, l, el, c, ec, line in _tokenize.TokenizerIter(src):
            if typ in (55, 56):  # ASYNC, AWAIT: kaa gives NAME (see Tokenizer)
                typ = 1
            h.update(("%d %d:%d-%d:%d %s\n" % (typ, l, c, el, ec, text)).encode("utf-8", "surrogatepass"))
    except SyntaxError as e:
        err = "%s %s:%s" % (e.msg, e.lineno, e.offset)
    out[path] = [h.hexdigest(), err]
print(json.dumps(out))
`

// corpusFiles lists the .py files of CPython's standard library (outside
// site-packages), or skips the test.
func corpusFiles(t *testing.T) []string {
	t.Helper()
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
	return files
}

// TestTokenizerCorpus compares kaa's parser-facing token stream with
// CPython's C tokenizer over the whole standard library. It takes about
// half a minute, so -short skips it.
func TestTokenizerCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("long corpus comparison")
	}
	files := corpusFiles(t)
	var want map[string][2]string
	runPythonJSON(t, pyCTokens, files, &want)
	bad := 0
	for _, path := range files {
		w, ok := want[path]
		if !ok {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text, _, derr := DecodeSource(data, path)
		if derr != nil {
			t.Errorf("%s: %v", path, derr)
			continue
		}
		h := sha256.New()
		toks, terr := NewTokenizer(text, TokenizerOptions{Filename: path}).Tokens()
		for _, tok := range toks {
			if tok.Kind == ENDMARKER {
				break
			}
			c, ec := tok.Start.Col, tok.End.Col
			if tok.Kind == INDENT || tok.Kind == DEDENT {
				c, ec = -1, -1
			}
			fmt.Fprintf(h, "%d %d:%d-%d:%d %s\n", tok.Kind, tok.Start.Line, c, tok.End.Line, ec, tok.Text)
		}
		gotErr := ""
		if terr != nil {
			gotErr = fmt.Sprintf("%s %d:%d", terr.Msg, terr.Lineno, terr.Offset)
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != w[0] || gotErr != w[1] {
			if bad++; bad <= 20 {
				t.Errorf("%s: tokens differ from CPython's C tokenizer (error %q, CPython %q)", path, gotErr, w[1])
			}
		}
	}
	t.Logf("%d files, %d differ", len(want), bad)
}
