package syntax

import (
	"testing"
)

// pyDecodeCases compiles each bytes source of a JSON list (lists of byte
// values) with CPython and prints either the SyntaxError raised before
// tokenizing (lineno 0 or None: a decoding error) or the values of the
// str constants in source order.
const pyDecodeCases = `
import ast, json, sys
out = []
for data in json.load(sys.stdin):
    src = bytes(data)
    try:
        tree = compile(src, "<kaa-test>", "exec", ast.PyCF_ONLY_AST)
        vals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        out.append({"Strings": vals})
    except SyntaxError as e:
        out.append({"Err": e.msg, "Lineno": e.lineno or 0, "Offset": e.offset or 0})
print(json.dumps(out))
`

var decodeCases = []string{
	"x = 'abc'\n",
	"# coding: foo\nx=1\n",
	"\xef\xbb\xbf# coding: latin-1\nx=1\n",
	"\xef\xbb\xbf# coding: utf-8\nx='\xc3\xa9'\n",
	"\xef\xbb\xbfx='\xc3\xa9'\n",
	"# coding: latin-1\nx='\xe9'\n",
	"# -*- coding: iso-8859-15 -*-\nx='\xa4'\n",
	"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx='\x80'\n",
	"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx='\x81'\n",
	"\n\n# coding: latin-1\nx='a'\n",
	"x = 1\n# coding: latin-1\nx='a'\n",
	"# coding: ascii\nx='\xe9'\n",
	"# coding: ascii\nx='abc'\n",
	"# coding=utf8\nx='\xe9'\n",
	"# coding=utf8\nx='\xc3\xa9'\n",
	"# coding: koi8-r\nx='\xc1'\n",
	"#coding:latin-1\r\nx='\xe9'\r\n",
	"  # coding: latin-1\nx='\xe9'\n",
	"\\\n# coding: latin-1\nx='a'\n",
	"x = 1\x00\n",
	"# coding: latin_1\nx='\xe9'\n",
	"# coding: Latin-1\nx='\xe9'\n",
	"# coding: utf_8\nx='\xc3\xa9'\n",
	"# coding: UTF-8\nx='\xc3\xa9'\n",
	"# coding: 8859\nx='\xe9'\n",
	"# coding: windows-1252\nx='\x80'\n",
	"# coding: cp-1252\nx='\x80'\n",
	"# vim:fileencoding=latin1\nx='\xe9'\n",
	"#\t\tcoding:\t\tlatin-1\nx='\xe9'\n",
	"# codingxx: latin-1\nx='\xe9\xe9'\n",
	"# coding: latin-1 coding: utf-8\nx='\xe9'\n",
	"\f# coding: latin-1\nx='\xe9'\n",
	"x='a\rb'\ry='\xc3\xa9'",
}

func TestDecodeSource(t *testing.T) {
	type result struct {
		Err     string
		Lineno  int
		Offset  int
		Strings []string
	}
	var cases [][]int
	for _, s := range decodeCases {
		b := make([]int, len(s))
		for i := 0; i < len(s); i++ {
			b[i] = int(s[i])
		}
		cases = append(cases, b)
	}
	var want []result
	runPythonJSON(t, pyDecodeCases, cases, &want)
	for i, src := range decodeCases {
		w := want[i]
		text, _, err := DecodeSource([]byte(src), "<kaa-test>")
		if w.Err != "" && w.Lineno == 0 {
			if err == nil || err.Msg != w.Err || err.Lineno != 0 || err.Offset != w.Offset {
				t.Errorf("%q: got %+v, CPython %q (offset %d)", src, err, w.Err, w.Offset)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v, CPython decodes it", src, err)
			continue
		}
		if w.Err != "" {
			continue // a later error (in a literal), not a decoding one
		}
		toks, terr := NewTokenizer(text, TokenizerOptions{}).Tokens()
		if terr != nil {
			t.Errorf("%q: %v", src, terr)
			continue
		}
		var got []string
		for _, tok := range toks {
			if tok.Kind == STRING {
				v, _, e := StringValue(tok.Text)
				if e != nil {
					t.Errorf("%q: %v", src, e)
					continue
				}
				got = append(got, v.(string))
			}
		}
		if len(got) != len(w.Strings) {
			t.Errorf("%q: strings %q, CPython %q", src, got, w.Strings)
			continue
		}
		for k := range got {
			if got[k] != w.Strings[k] {
				t.Errorf("%q: strings %q, CPython %q", src, got, w.Strings)
				break
			}
		}
	}
}
