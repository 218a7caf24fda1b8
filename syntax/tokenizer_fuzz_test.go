package syntax

import (
	"strings"
	"testing"
)

// FuzzTokenize feeds arbitrary bytes through source decoding, the
// tokenizer and the literal decoders: none may panic or hang, every
// failure must be an *Error with a message, and every token's text must
// be the source between its positions.
func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizerErrorCases {
		if len(s) < 1000 { // large seeds make minimisation slow
			f.Add([]byte(s))
		}
	}
	for _, s := range literalCases {
		f.Add([]byte("x = " + s + "\n"))
	}
	f.Add([]byte("# -*- coding: latin-1 -*-\nx = '\xe9'\n"))
	f.Add([]byte("\xef\xbb\xbfif x:\r\n\tpass  # type: ignore[x]\r\n"))
	f.Add([]byte("def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, derr := DecodeSource(data, "<fuzz>")
		if derr != nil {
			if derr.Msg == "" {
				t.Fatalf("empty decode error")
			}
			return
		}
		tk := NewTokenizer(text, TokenizerOptions{Filename: "<fuzz>", TypeComments: true})
		toks, err := tk.Tokens()
		if err != nil && (err.Msg == "" || err.Type == "") {
			t.Fatalf("error without type or message: %+v", err)
		}
		if err == nil && (len(toks) == 0 || toks[len(toks)-1].Kind != ENDMARKER) {
			t.Fatalf("no ENDMARKER at the end")
		}
		if !strings.HasSuffix(tk.Source(), "\n") {
			t.Fatalf("normalised source does not end in a newline")
		}
		for _, tok := range toks {
			switch tok.Kind {
			case INDENT, DEDENT, ENDMARKER:
				continue
			}
			if tok.Start.Line == tok.End.Line && tok.Kind != STRING {
				line := tk.Line(int(tok.Start.Line))
				if int(tok.End.Col) > len(line) || tok.Start.Col > tok.End.Col || line[tok.Start.Col:tok.End.Col] != tok.Text {
					t.Fatalf("token %v %q does not match its line %q", tok.Kind, tok.Text, line)
				}
			}
			switch tok.Kind {
			case NUMBER:
				if _, e := NumberValue(tok.Text); e != nil && e.Msg == "" {
					t.Fatalf("empty number error")
				}
			case STRING:
				p, _, _ := ParseStringToken(tok.Text)
				if p.Format {
					continue
				}
				v, _, e := StringValue(tok.Text)
				if e != nil {
					if e.Msg == "" {
						t.Fatalf("empty string error")
					}
					continue
				}
				_ = Repr(v)
			}
		}
		for n := 1; n <= tk.NumLines(); n++ {
			_ = tk.Line(n)
		}
	})
}
