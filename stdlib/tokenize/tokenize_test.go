package tokenize

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"_tokenize": Init}

// prelude defines toks(src): the 5-tuples of the tokens of src and the
// error that stopped the scan, through _tokenize.scan under kaa and
// through the tokenize module under CPython.
const prelude = `import _tokenize
if hasattr(_tokenize, 'scan'):
    def toks(src):
        lines = iter(src.splitlines(True))
        found, err = _tokenize.scan(lambda: next(lines, ''), None)
        return found, err and err[:2]
else:
    import tokenize
    def toks(src):
        found = []
        try:
            for t in tokenize.generate_tokens(iter(src.splitlines(True)).__next__):
                found.append(tuple(t))
        except tokenize.TokenError as e:
            return found, ('TokenError', e.args[0])
        except IndentationError as e:
            return found, ('IndentationError', e.args[0])
        return found, None
`

func TestScan(t *testing.T) {
	modtest.Compare(t, mods, []string{
		prelude + `for src in ["x = 1\n", "if x:\n    y = 'a' # c\n", "s = '''a\nb'''\n", "(1,\n 2)", "$\n", "x = 1 \\\n + 2\n"]:
    print(toks(src))`,
		prelude + `for src in ["(\n", "'''abc\n", "if x:\n        a\n    b\n", "s = 'a\\\nb\n"]:
    print(toks(src))`,
		`import _tokenize
print(len(_tokenize.token_names), _tokenize.token_names[:3], _tokenize.token_names[-1]) if hasattr(_tokenize, 'scan') else print(64, ('ENDMARKER', 'NAME', 'NUMBER'), 'ENCODING')`,
	})
}

func TestScanErrors(t *testing.T) {
	out, stderr, status := modtest.Run(mods, `import _tokenize
def bad():
    raise KeyError('boom')
print(_tokenize.scan(bad, None))
lines = iter(['x\n', b'y\n'])
found, err = _tokenize.scan(lambda: next(lines), None)
print(len(found), type(err).__name__, err)
print(_tokenize.decode(b'\xe9', 'latin-1'))
try:
    _tokenize.decode(b'x', 'nope')
except LookupError as e:
    print(e)
`)
	want := "([], KeyError('boom'))\n2 TypeError cannot use a string pattern on a bytes-like object\né\nunknown encoding: nope\n"
	if out != want || status != 0 {
		t.Errorf("got %q (status %d, stderr %s), want %q", out, status, stderr, want)
	}
}
