package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// pyTokenStreams tokenizes each source of a JSON list with CPython's C
// tokenizer (_tokenize.TokenizerIter) and prints the tokens as
// "kind line:col-line:col text" lines (ASYNC and AWAIT shown as NAME, as
// kaa gives them), followed by the error that stopped it, if any.
const pyTokenStreams = `
import _tokenize, json, sys
out = []
for src in json.load(sys.stdin):
    lines = []
    try:
        for text, typ, l, el, c, ec, line in _tokenize.TokenizerIter(src):
            if typ in (55, 56):
                typ = 1
            lines.append("%d %d:%d-%d:%d %s" % (typ, l, c, el, ec, text))
    except SyntaxError as e:
        lines.append("ERR %s %s:%s" % (e.msg, e.lineno, e.offset))
    out.append("\n".join(lines))
print(json.dumps(out))
`

// tokenStreamCases exercise the lexical grammar on valid input.
var tokenStreamCases = []string{
	"if x:\n    y = 1.5e3j + 0x_ff  # c\n    s = rb\"a\\\"b\" f\"{x!r}\"\n  \nz = (1,\n  2)\n",
	"x = 1\r\ny = 2\r\n",
	"x = 1\ry = (2,\r3)\r",
	"if x:\n\tif y:\n\t\tz\n\tw\n",
	"if x:\n  \\\n  y\n",
	"x = 1 + \\\n    2\n",
	"\\\n\\\nx\n",
	"if x:\n\f  y\n  z\n",
	"é = ﬁ + ℌ + x·y\n",
	"a = b'\\x00' rb'\\\\' BR'''a\n\nb''' f'x' Rf'y' fR\"z\" u'w'\n",
	"x = '''\n'''\ny = \"\"\"a\\\n\"\"\"\n",
	"a <<= b >>= c //= d **= e @= f -> g := h != i <> j ... k . l\n",
	"x = ...\ny = x...\nz = 1.__class__\n",
	"x = 0 + 00 + 0_0 + 0.0 + 0e0 + 0j + 09.5 + 1e-5 + .5 + 5. + 1_000.000_1e+1_0j\n",
	"x = 0xdead_BEEF + 0o1_7 + 0B1_0 + 1if 1else 2\n",
	"x = [1 for x in y if x]\n",
	"def f():\n    pass\n\n\n\n# comment\n",
	"class A:\n    def f(self):\n        return 1\n    # c\nx = 1\n",
	"x = 1  # comment\n",
	"   # indented comment\nx = 1\n",
	"x = (\n  # comment\n  1)\n",
	"async def f():\n    await x\n    async for y in z:\n        pass\n",
	"",
	"\n",
	"x",
	"x = 1\n    ",
	"if x:\n    y",
	"if x:\n  y\n# end",
	"s = 'a\\\nb'\n",
	"print(f\"{x:{y}}\")\n",
	"x = $\n",
	"x = a!b\n",
	"é\n",
	"x = '\\N{DASH}'\n",
}

func TestTokenStreams(t *testing.T) {
	var want []string
	runPythonJSON(t, pyTokenStreams, tokenStreamCases, &want)
	for i, src := range tokenStreamCases {
		toks, err := NewTokenizer(src, TokenizerOptions{}).Tokens()
		var lines []string
		for _, tok := range toks {
			if tok.Kind == ENDMARKER {
				break
			}
			c, ec := tok.Start.Col, tok.End.Col
			if tok.Kind == INDENT || tok.Kind == DEDENT {
				c, ec = -1, -1
			}
			lines = append(lines, fmt.Sprintf("%d %d:%d-%d:%d %s", tok.Kind, tok.Start.Line, c, tok.End.Line, ec, tok.Text))
		}
		if err != nil {
			lines = append(lines, fmt.Sprintf("ERR %s %d:%d", err.Msg, err.Lineno, err.Offset))
		}
		if got := strings.Join(lines, "\n"); got != want[i] {
			t.Errorf("%q:\n got:\n%s\nwant:\n%s", src, got, want[i])
		}
	}
}

// pyTypeComments parses each source with type comments and prints the
// type_comment fields and the type ignores ("ignore line tag").
const pyTypeComments = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        tree = ast.parse(src, type_comments=True)
    except SyntaxError as e:
        out.append(["ERR"])
        continue
    items = []
    for n in ast.walk(tree):
        tc = getattr(n, "type_comment", None)
        if tc is not None:
            items.append(tc)
    for ti in tree.type_ignores:
        items.append("ignore %d %s" % (ti.lineno, ti.tag))
    out.append(sorted(items))
print(json.dumps(out))
`

var typeCommentCases = []string{
	"x = 1  # type: int\n",
	"x = 1  #type:int\n",
	"x = 1  #   type:   List[int]  \n",
	"x = []  # type: ignore\n",
	"x = []  # type: ignore[misc]\n",
	"x = []  # type: ignored\n",
	"x = []  # type: ignore # other\n",
	"import x  # type: ignore\n# type: ignore\n",
	"for x in y:  # type: int\n    pass\n",
	"with a as b:  # type: int\n    pass\n",
	"def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
	"x = 1  # type: int # comment\n",
	"x = 1 # type:\tint\n",
}

// TestTypeComments checks the TYPE_COMMENT and TYPE_IGNORE tokens against
// the type comments CPython's parser attaches to the tree.
func TestTypeComments(t *testing.T) {
	var want [][]string
	runPythonJSON(t, pyTypeComments, typeCommentCases, &want)
	for i, src := range typeCommentCases {
		toks, err := NewTokenizer(src, TokenizerOptions{TypeComments: true}).Tokens()
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		var got []string
		for _, tok := range toks {
			switch tok.Kind {
			case TYPE_COMMENT:
				got = append(got, tok.Text)
			case TYPE_IGNORE:
				got = append(got, fmt.Sprintf("ignore %d %s", tok.Start.Line, tok.Text))
			}
		}
		if fmt.Sprint(sortedCopy(got)) != fmt.Sprint(want[i]) {
			t.Errorf("%q: type comments %q, CPython %q", src, got, want[i])
		}
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j] < c[j-1]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	if c == nil {
		return []string{}
	}
	return c
}

func TestNormalizeIdentifier(t *testing.T) {
	var want []string
	runPythonJSON(t, `
import json, sys, unicodedata
print(json.dumps([unicodedata.normalize("NFKC", s) for s in json.load(sys.stdin)]))
`, []string{"abc", "ﬁ", "ℌ", "x·y", "Ω", "é", "ｘ", "ǅ"}, &want)
	for i, s := range []string{"abc", "ﬁ", "ℌ", "x·y", "Ω", "é", "ｘ", "ǅ"} {
		if got := NormalizeIdentifier(s); got != want[i] {
			t.Errorf("NormalizeIdentifier(%q) = %q, want %q", s, got, want[i])
		}
	}
}
