package pyjson

import (
	"math"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// encoder writes one value as JSON, as CPython's C encoder
// (c_make_encoder) does for json.dumps without indent and its Python
// encoder does with indent (same text, and that encoder's messages).
type encoder struct {
	indent     *string // nil: no newlines
	level      int
	t          *py.Thread
	check      bool // check_circular: markers were given
	markers    map[int64]bool
	defaultFn  py.Object
	quote      py.Object // the encoder function for strs
	asciiOnly  bool      // quote is one of _json's own functions
	ownQuote   bool
	keySep     string
	itemSep    string
	sortKeys   bool
	skipKeys   bool
	allowNaN   bool
	depth, max int
	out        strings.Builder
}

// makeEncoder is make_encoder(markers, default, encoder, indent,
// key_separator, item_separator, sort_keys, skipkeys, allow_nan); the
// result, called with (obj, level), returns a one-item list of the text.
// indent is None or the str repeated once per nesting level.
func makeEncoder(in *py.Interpreter, ascii, plain py.Object) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var markers, def, quote, indent, sortKeys, skipKeys, allowNaN py.Object
		var keySep, itemSep *py.Str
		if err := py.UnpackArgs("make_encoder", args, kw, "markers", &markers, "default", &def,
			"encoder", &quote, "indent", &indent, "key_separator", &keySep,
			"item_separator", &itemSep, "sort_keys", &sortKeys, "skipkeys", &skipKeys,
			"allow_nan", &allowNaN); err != nil {
			return nil, err
		}
		truth := func(o py.Object) (bool, error) { return py.Truth(t, o) }
		cfg := encoder{check: markers != py.None, defaultFn: def, quote: quote,
			keySep: keySep.String(), itemSep: itemSep.String()}
		if indent != py.None {
			is, ok := py.AsStr(indent)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "make_encoder() argument 'indent' must be str or None, not %s", py.TypeName(indent))
			}
			text := is.String()
			cfg.indent = &text
		}
		var err error
		if cfg.sortKeys, err = truth(sortKeys); err != nil {
			return nil, err
		}
		if cfg.skipKeys, err = truth(skipKeys); err != nil {
			return nil, err
		}
		if cfg.allowNaN, err = truth(allowNaN); err != nil {
			return nil, err
		}
		switch quote {
		case ascii:
			cfg.ownQuote, cfg.asciiOnly = true, true
		case plain:
			cfg.ownQuote = true
		}
		encode := func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var obj, level py.Object
			if err := py.UnpackArgs("_iterencode", args, kw, "obj", &obj, "_current_indent_level", &level); err != nil {
				return nil, err
			}
			e := cfg
			e.t = t
			e.max = in.RecursionLimit()
			if e.check {
				e.markers = map[int64]bool{}
			}
			if err := e.value(obj); err != nil {
				return nil, err
			}
			return py.NewList([]py.Object{py.NewStr(e.out.String())}), nil
		}
		return py.NewBuiltin("_iterencode", encode, "Encode obj as JSON."), nil
	}
}

// str writes s quoted.
func (e *encoder) str(s py.Object, text string) error {
	if e.ownQuote {
		var buf [64]byte
		e.out.Write(appendQuoted(buf[:0], text, e.asciiOnly))
		return nil
	}
	r, err := py.Call(e.t, e.quote, []py.Object{s}, nil)
	if err != nil {
		return err
	}
	rs, ok := py.AsStr(r)
	if !ok {
		return py.Errorf(py.TypeErrorType, "encoder() must return a string, not %s", py.TypeName(r))
	}
	e.out.WriteString(rs.String())
	return nil
}

// float returns the JSON text of a float.
func (e *encoder) float(f float64) (string, error) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "NaN"
	case math.IsInf(f, 1):
		s = "Infinity"
	case math.IsInf(f, -1):
		s = "-Infinity"
	default:
		return py.FloatRepr(f), nil
	}
	if !e.allowNaN {
		if e.indent != nil {
			return "", py.Errorf(py.ValueErrorType, "Out of range float values are not JSON compliant: %s", py.FloatRepr(f))
		}
		return "", py.Errorf(py.ValueErrorType, "Out of range float values are not JSON compliant")
	}
	return s, nil
}

// intText returns int.__repr__ of an int or int subclass instance.
func (e *encoder) intText(o py.Object) (string, bool, error) {
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true, nil
	case *py.BigInt:
		r, err := py.Repr(e.t, v)
		if err != nil {
			return "", true, err
		}
		return r.String(), true, nil
	case *py.Instance:
		switch b := v.Base().(type) {
		case py.Int, *py.BigInt:
			return e.intText(b)
		}
	}
	return "", false, nil
}

// open starts the items of a container: one level deeper, on a new line.
func (e *encoder) open() {
	if e.indent != nil {
		e.level++
		e.newline()
	}
}

// newline starts a line at the current level (with indent only).
func (e *encoder) newline() {
	if e.indent != nil {
		e.out.WriteByte('\n')
		for i := 0; i < e.level; i++ {
			e.out.WriteString(*e.indent)
		}
	}
}

// close ends the items of a container on a line of the outer level.
func (e *encoder) close() {
	if e.indent != nil {
		e.level--
		e.newline()
	}
}

// mark records a container being encoded; unmark forgets it.
func (e *encoder) mark(o py.Object) (int64, error) {
	if !e.check {
		return 0, nil
	}
	id, _ := py.AsInt64(py.ObjectID(o))
	if e.markers[id] {
		return 0, py.Errorf(py.ValueErrorType, "Circular reference detected")
	}
	e.markers[id] = true
	return id, nil
}

func (e *encoder) unmark(id int64) {
	if e.check {
		delete(e.markers, id)
	}
}

// value writes the JSON text of o.
func (e *encoder) value(o py.Object) error {
	switch o {
	case py.None:
		e.out.WriteString("null")
		return nil
	case py.True:
		e.out.WriteString("true")
		return nil
	case py.False:
		e.out.WriteString("false")
		return nil
	}
	if s, ok := py.AsStr(o); ok {
		return e.str(o, s.String())
	}
	if text, ok, err := e.intText(o); ok || err != nil {
		if err != nil {
			return err
		}
		e.out.WriteString(text)
		return nil
	}
	if f, ok := py.FloatValue(o); ok {
		text, err := e.float(f)
		if err != nil {
			return err
		}
		e.out.WriteString(text)
		return nil
	}
	if e.depth >= e.max {
		return py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	e.depth++
	defer func() { e.depth-- }()
	switch v := o.(type) {
	case *py.List:
		return e.array(o, v.Items())
	case *py.Tuple:
		return e.array(o, v.Items())
	}
	_, isList := py.AsList(o)
	_, isTuple := py.AsTuple(o)
	if isList || isTuple {
		// A subclass is iterated (its __iter__ counts), as CPython's
		// PySequence_Fast does.
		l, err := py.Call(e.t, py.ListType, []py.Object{o}, nil)
		if err != nil {
			return err
		}
		return e.array(o, l.(*py.List).Items())
	}
	if d, ok := py.AsDict(o); ok {
		return e.object(o, d)
	}
	id, err := e.mark(o)
	if err != nil {
		return err
	}
	v, err := py.Call(e.t, e.defaultFn, []py.Object{o}, nil)
	if err != nil {
		return err
	}
	if err := e.value(v); err != nil {
		return err
	}
	e.unmark(id)
	return nil
}

// array writes a list or tuple.
func (e *encoder) array(o py.Object, items []py.Object) error {
	if len(items) == 0 {
		e.out.WriteString("[]")
		return nil
	}
	id, err := e.mark(o)
	if err != nil {
		return err
	}
	e.out.WriteByte('[')
	e.open()
	for i := 0; i < len(items); i++ {
		if i > 0 {
			e.out.WriteString(e.itemSep)
			e.newline()
		}
		if err := e.value(items[i]); err != nil {
			return err
		}
	}
	e.close()
	e.out.WriteByte(']')
	e.unmark(id)
	return nil
}

// keyText converts a dict key to the text to quote; skip reports a key
// skipkeys leaves out.
func (e *encoder) keyText(k py.Object) (text string, skip bool, err error) {
	switch k {
	case py.True:
		return "true", false, nil
	case py.False:
		return "false", false, nil
	case py.None:
		return "null", false, nil
	}
	if s, ok := py.AsStr(k); ok {
		return s.String(), false, nil
	}
	if f, ok := py.FloatValue(k); ok {
		text, err := e.float(f)
		return text, false, err
	}
	if text, ok, err := e.intText(k); ok || err != nil {
		return text, false, err
	}
	if e.skipKeys {
		return "", true, nil
	}
	return "", false, py.Errorf(py.TypeErrorType, "keys must be str, int, float, bool or None, not %s", py.TypeName(k))
}

// object writes a dict (a subclass's items() are called, as CPython's
// PyMapping_Items does).
func (e *encoder) object(o py.Object, d *py.Dict) error {
	if d.Len() == 0 {
		e.out.WriteString("{}")
		return nil
	}
	id, err := e.mark(o)
	if err != nil {
		return err
	}
	var items []py.Object
	if _, exact := o.(*py.Dict); exact {
		items = d.Items()
	} else {
		it, err := py.CallMethod(e.t, o, "items")
		if err != nil {
			return err
		}
		l, err := py.Call(e.t, py.ListType, []py.Object{it}, nil)
		if err != nil {
			return err
		}
		items = l.(*py.List).Items()
	}
	if e.sortKeys {
		l := py.NewList(items)
		if _, err := py.CallMethod(e.t, l, "sort"); err != nil {
			return err
		}
		items = l.Items()
	}
	e.out.WriteByte('{')
	e.open()
	first := true
	for _, item := range items {
		pair, ok := py.AsTuple(item)
		if !ok || pair.Len() != 2 {
			return py.Errorf(py.ValueErrorType, "items must return 2-tuples")
		}
		text, skip, err := e.keyText(pair.At(0))
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if !first {
			e.out.WriteString(e.itemSep)
			e.newline()
		}
		first = false
		var buf [64]byte
		if e.ownQuote {
			e.out.Write(appendQuoted(buf[:0], text, e.asciiOnly))
		} else if err := e.str(py.NewStr(text), text); err != nil {
			return err
		}
		e.out.WriteString(e.keySep)
		if err := e.value(pair.At(1)); err != nil {
			return err
		}
	}
	e.close()
	e.out.WriteByte('}')
	e.unmark(id)
	return nil
}
