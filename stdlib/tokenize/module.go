// Package tokenize is the _tokenize module: the scanner of CPython's
// pure-Python tokenize module (package syntax/tokenize), which kaa's
// lib/tokenize.py and lib/token.py are built on.
package tokenize

import (
	"errors"
	"strings"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
	stok "github.com/kaa-lang/kaa/syntax/tokenize"
)

// Init creates the _tokenize module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_tokenize")
	names := make([]py.Object, syntax.NTokens)
	for k := syntax.Kind(0); k < syntax.NTokens; k++ {
		names[k] = py.NewStr(k.String())
	}
	m.Set("token_names", py.NewTupleFromSlice(names))
	exact := py.NewDict()
	for k := syntax.LPAR; k <= syntax.COLONEQUAL; k++ {
		exact.SetString(k.OpText(), py.NewInt(int64(k)))
	}
	m.Set("exact_token_types", exact)
	m.AddFunc("scan", scan, "scan(readline, encoding) -> (tokens, error)\n\n"+
		"Tokenize the str lines readline returns as tokenize.generate_tokens does.\n"+
		"tokens is a list of (type, string, start, end, line) tuples; error is None,\n"+
		"the exception readline raised, or (kind, message, lineno, offset) for a\n"+
		"TokenError or IndentationError that stopped the scan.")
	m.AddFunc("decode", decode, "decode(data, encoding) -> str\n\n"+
		"Decode source bytes with one of the codecs the parser knows (the\n"+
		"single-byte code pages), for encodings bytes.decode lacks.")
	return m, nil
}

// decode is _tokenize.decode(data, encoding).
func decode(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	var encoding *py.Str
	if err := py.UnpackArgs("decode", args, kw, "data", &data, "encoding", &encoding); err != nil {
		return nil, err
	}
	b, ok := py.BytesLike(data)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", data.Type().ShortName())
	}
	text, err := syntax.DecodeText(b, encoding.String())
	if err != nil {
		if strings.HasPrefix(err.Error(), "unknown encoding") {
			return nil, py.Errorf(py.LookupErrorType, "%s", err.Error())
		}
		return nil, py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	return py.NewStr(text), nil
}

// scan is _tokenize.scan(readline, encoding).
func scan(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var readline, encoding py.Object
	if err := py.UnpackArgs("scan", args, kw, "readline", &readline, "encoding", &encoding); err != nil {
		return nil, err
	}
	enc := ""
	if s, ok := py.AsStr(encoding); ok {
		enc = s.String()
	}
	read := func() (string, error) {
		line, err := py.Call(t, readline, nil, nil)
		if err != nil {
			if py.IsExceptionOf(err, py.StopIterationType) {
				return "", nil
			}
			return "", err
		}
		s, ok := py.AsStr(line)
		if !ok {
			if _, isBytes := py.BytesLike(line); isBytes {
				return "", py.Errorf(py.TypeErrorType, "cannot use a string pattern on a bytes-like object")
			}
			return "", py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '%s'", line.Type().ShortName())
		}
		return s.String(), nil
	}
	var toks []py.Object
	err := stok.Lines(read, enc, func(tk stok.Token) {
		toks = append(toks, py.NewTuple(
			py.NewInt(int64(tk.Type)),
			py.NewStr(tk.String),
			py.NewTuple(py.NewInt(int64(tk.Start[0])), py.NewInt(int64(tk.Start[1]))),
			py.NewTuple(py.NewInt(int64(tk.End[0])), py.NewInt(int64(tk.End[1]))),
			py.NewStr(tk.Line),
		))
	})
	var errObj py.Object = py.None
	if err != nil {
		var te *stok.Error
		var exc *py.Exception
		switch {
		case errors.As(err, &te):
			errObj = py.NewTuple(py.NewStr(te.Kind), py.NewStr(te.Msg), py.NewInt(int64(te.Line)), py.NewInt(int64(te.Col)))
		case errors.As(err, &exc):
			errObj = exc
		default:
			return nil, err
		}
	}
	return py.NewTuple(py.NewList(toks), errObj), nil
}
