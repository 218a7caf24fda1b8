// Package pyjson implements _json, the Go half of kaa's json module:
// string scanning and escaping and a whole-document scanner, with
// CPython's results and error messages (the Python half is lib/json).
package pyjson

import (
	"github.com/kaa-lang/kaa/py"
)

// Init creates the _json module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_json")
	m.Set("__doc__", py.NewStr("json speedups"))
	m.AddFunc("encode_basestring_ascii", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return encodeArg("encode_basestring_ascii", args, kw, true)
	}, "Return an ASCII-only JSON representation of a Python string")
	m.AddFunc("encode_basestring", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return encodeArg("encode_basestring", args, kw, false)
	}, "Return a JSON representation of a Python string")
	m.AddFunc("make_encoder", makeEncoder(in, m.Get("encode_basestring_ascii"), m.Get("encode_basestring")),
		"make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)")
	m.AddFunc("scanstring", scanstring, "Scan the JSON string whose opening quote is at end - 1.")
	m.AddFunc("make_scanner", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var ctx py.Object
		if err := py.UnpackArgs("make_scanner", args, kw, "context", &ctx); err != nil {
			return nil, err
		}
		return makeScanner(t, in, ctx)
	}, "Return scan_once(string, idx) for the decoder context.")
	return m, nil
}

// encodeArg quotes the single str argument of the encode functions.
func encodeArg(name string, args []py.Object, kw *py.Tuple, asciiOnly bool) (py.Object, error) {
	if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, ok := py.AsStr(args[0])
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "first argument must be a string, not %s", py.TypeName(args[0]))
	}
	return py.NewStr(string(appendQuoted(make([]byte, 0, len(s.String())+2), s.String(), asciiOnly))), nil
}

// scanstring is scanstring(string, end, strict=True).
func scanstring(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var so py.Object
	var end int
	strict := true
	if err := py.UnpackArgs("scanstring", args, kw, "string", &so, "end", &end, "strict?", &strict); err != nil {
		return nil, err
	}
	s, ok := py.AsStr(so)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "first argument must be a string, not %s", py.TypeName(so))
	}
	if end < 0 || end > s.Len() {
		return nil, py.Errorf(py.ValueErrorType, "end is out of bounds")
	}
	sc := &scanner{t: t, doc: s, s: s.String(), ascii: s.IsASCII(), strict: strict}
	v, next, err := sc.str(byteOffset(sc.s, sc.ascii, end))
	if err != nil {
		return nil, err
	}
	return py.NewTuple(v, py.NewInt(int64(sc.charIndex(next)))), nil
}

// makeScanner reads the decoder settings from ctx and returns the
// scan_once function.
func makeScanner(t *py.Thread, in *py.Interpreter, ctx py.Object) (py.Object, error) {
	get := func(name string) (py.Object, error) {
		v, err := py.GetAttrString(t, ctx, name)
		if err != nil {
			return nil, err
		}
		if v == py.None {
			return nil, nil
		}
		return v, nil
	}
	var cfg scanner
	strictObj, err := py.GetAttrString(t, ctx, "strict")
	if err != nil {
		return nil, err
	}
	if cfg.strict, err = py.Truth(t, strictObj); err != nil {
		return nil, err
	}
	if cfg.objectHook, err = get("object_hook"); err != nil {
		return nil, err
	}
	if cfg.pairsHook, err = get("object_pairs_hook"); err != nil {
		return nil, err
	}
	if cfg.parseFloat, err = get("parse_float"); err != nil {
		return nil, err
	}
	if cfg.parseFloat == py.Object(py.FloatType) {
		cfg.parseFloat = nil
	}
	if cfg.parseInt, err = get("parse_int"); err != nil {
		return nil, err
	}
	if cfg.parseInt == py.Object(py.IntType) {
		cfg.parseInt = nil
	}
	if cfg.parseConstant, err = get("parse_constant"); err != nil {
		return nil, err
	}
	scan := func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var so py.Object
		var idx int
		if err := py.UnpackArgs("scan_once", args, kw, "string", &so, "idx", &idx); err != nil {
			return nil, err
		}
		s, ok := py.AsStr(so)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "first argument must be a string, not %s", py.TypeName(so))
		}
		if idx < 0 {
			return nil, py.Errorf(py.ValueErrorType, "idx cannot be negative")
		}
		sc := cfg
		sc.t, sc.doc, sc.s, sc.ascii = t, s, s.String(), s.IsASCII()
		sc.memo = map[string]*py.Str{}
		sc.maxDeep = in.RecursionLimit()
		if idx >= s.Len() {
			return nil, py.NewError(py.StopIterationType, py.NewInt(int64(idx)))
		}
		v, end, err := sc.value(byteOffset(sc.s, sc.ascii, idx))
		if err != nil {
			if stop, ok := err.(*stopIteration); ok {
				return nil, py.NewError(py.StopIterationType, py.NewInt(int64(sc.charIndex(stop.pos))))
			}
			return nil, err
		}
		return py.NewTuple(v, py.NewInt(int64(sc.charIndex(end)))), nil
	}
	return py.NewBuiltin("scan_once", scan, "Decode the JSON value at string[idx]."), nil
}
