package syntax

import (
	"strings"
	"testing"
)

// tokenizerErrorCases are sources on which CPython's parser reaches the
// bad token, so that the error CPython reports is the tokenizer's.
var tokenizerErrorCases = []string{
	"x = 1 \\ 2\n",
	"x = a\\0b\n",
	"x = 1 +\\\n  \\ 2\n",
	"x = (1 +\n  \\ 2)\n",
	"x = 1 +\\",
	"x = 1 +\\\n",
	"if x:\n        a\n    b\n",
	"if 1:\n  pass\n pass\n",
	"if x:\n\ta\n        b\n",
	"if x:\n        a\n\tb\n",
	"if x:\n  \ta\n\t  b\n",
	"x = (1,\n",
	"x = (1,",
	"x = [1,\n  2,\n",
	"f(a, {b:\n",
	"x = '''abc\n",
	"x = '''a\nb\nc",
	"x = 'abc\ny\n",
	"x = \"abc\\\n",
	"x = f'abc\n",
	"x = rb'''\n\n",
	"x = a €\n",
	"é = 3€\n",
	"a€b = 1\n",
	"x = \u00a0\n",
	"x = a\u200b\n",
	"x = 1 \x0b\n",
	"x = 1 \x7f\n",
	"x = )\n",
	"x = (]\n",
	"x = (\n]\n",
	"x = {1: 2)\n",
	"x = 0777\n",
	"x = 0_7\n",
	"x = 00_07\n",
	"x = 0o78\n",
	"x = 0o\n",
	"x = 0o_\n",
	"x = 0o1_\n",
	"x = 0b\n",
	"x = 0b2\n",
	"x = 0b12\n",
	"x = 0x\n",
	"x = 0xg\n",
	"x = 0x_\n",
	"x = 1__0\n",
	"x = 1_000_\n",
	"x = 1e\n",
	"x = 1e+\n",
	"x = 1e+x\n",
	"x = 1ex\n",
	"x = 1.e\n",
	"x = 1.5jx\n",
	"x = 1jx\n",
	"x = 1_a\n",
	"x = 1abc\n",
	"x = .5e\n",
	"x = 1\u20ac\n",
	"x = 0x1g\n",
	"x = 9_\n",
	"x = 1.5_\n",
	"x = 1e5_\n",
	"x = 1.0_j\n",
	"x = 0_\n",
	"x = 0e\n",
	"x = 08\n",
	"x = 0.5x\n",
	"  \\\n",
	"def f():\n\tif x:\n\t\ty\n        z\n",
	"if x:\n\f    y\n",
	"if x:\n    y\n\f  z\n",
	strings.Repeat("(", 201) + "\n",
	strings.Repeat("(", 100000) + "\n",
	strings.Repeat("[", 199) + "{)" + "\n",
	"x = '\\\n\n",
	"x = '''a''' '\n",
	"s = \"abc\" \"def\n",
	"x = ((1,\n 2),\n",
	"x = 1 + \\ # comment\n",
}

// deepIndent nests n if statements.
func deepIndent(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

func TestTokenizerErrors(t *testing.T) {
	cases := append(append([]string(nil), tokenizerErrorCases...), deepIndent(98), deepIndent(99), deepIndent(100))
	var want []*Error
	runPythonJSON(t, pyCompileErrors, cases, &want)
	for i, src := range cases {
		tk := NewTokenizer(src, TokenizerOptions{Filename: "<kaa-test>", TypeComments: true})
		_, got := tk.Tokens()
		w := want[i]
		if w == nil {
			if got != nil {
				t.Errorf("%q: got %+v, CPython accepts it", src, *got)
			}
			continue
		}
		if got == nil {
			t.Errorf("%q: no error, CPython: %+v", src, *w)
			continue
		}
		w.Filename = "<kaa-test>"
		if *got != *w {
			t.Errorf("%q:\n got %+v\nwant %+v", shorten(src), *got, *w)
		}
	}
}

// TestTokenizerDecodeErrors checks names that are not valid UTF-8.
func TestTokenizerDecodeErrors(t *testing.T) {
	cases := []string{"\xff = 1\n", "x = a\xc3\n", "x = (\n  \xe9\xe9 + 1)\n", "\xed\xa0\x80 = 1\n"}
	var in [][]int
	for _, c := range cases {
		var b []int
		for i := 0; i < len(c); i++ {
			b = append(b, int(c[i]))
		}
		in = append(in, b)
	}
	var want []*Error
	runPythonJSON(t, pyCompileErrors, in, &want)
	for i, src := range cases {
		_, got := NewTokenizer(src, TokenizerOptions{Filename: "<kaa-test>"}).Tokens()
		if want[i] == nil || got == nil {
			t.Errorf("%q: got %v, CPython %v", src, got, want[i])
			continue
		}
		want[i].Filename = "<kaa-test>"
		if *got != *want[i] {
			t.Errorf("%q:\n got %+v\nwant %+v", src, *got, *want[i])
		}
	}
}

func shorten(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}
