// Package unicodedata implements the unicodedata module from tables
// generated from CPython 3.11's own unicodedata (Unicode 14.0.0), with
// character names from internal/ucd and kaa's own normalization (NFC,
// NFD, NFKC, NFKD).
package unicodedata

import (
	"math"

	"github.com/kaa-lang/kaa/internal/ucd"
	"github.com/kaa-lang/kaa/py"
)

// charArg reads the one-character argument of fname.
func charArg(fname string, o py.Object) (rune, error) {
	s, ok := py.AsStr(o)
	if !ok || s.Len() != 1 {
		return 0, py.Errorf(py.TypeErrorType, "%s must be a unicode character, not %s", fname, py.TypeName(o))
	}
	return s.At(0), nil
}

// fn is the signature of the module's functions.
type fn = func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error)

// property returns a function of one character returning f's answer.
func property(name string, f func(r rune) py.Object) fn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		r, err := charArg(name+"() argument", args[0])
		if err != nil {
			return nil, err
		}
		return f(r), nil
	}
}

// oneArg checks for exactly one positional argument.
func oneArg(name string, args []py.Object, kw *py.Tuple) error {
	if kw != nil && kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "unicodedata.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "unicodedata.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// withDefault returns a function of (chr, default) that raises
// ValueError(msg) when value reports no answer and no default is given.
func withDefault(name, msg string, value func(r rune) (py.Object, bool)) fn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs(name, kw); err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
		}
		r, err := charArg(name+"() argument 1", args[0])
		if err != nil {
			return nil, err
		}
		if v, ok := value(r); ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, py.Errorf(py.ValueErrorType, "%s", msg)
	}
}

// formArg checks a normalization form name.
func formArg(fname string, o py.Object) (string, error) {
	s, ok := py.AsStr(o)
	if !ok {
		return "", py.Errorf(py.TypeErrorType, "%s() argument 1 must be str, not %s", fname, py.TypeName(o))
	}
	switch f := s.String(); f {
	case "NFC", "NFD", "NFKC", "NFKD":
		return f, nil
	}
	return "", py.Errorf(py.ValueErrorType, "invalid normalization form")
}

// normalizeArgs reads (form, unistr).
func normalizeArgs(fname string, args []py.Object, kw *py.Tuple) (string, *py.Str, error) {
	if err := py.NoKwargs(fname, kw); err != nil {
		return "", nil, err
	}
	if len(args) != 2 {
		return "", nil, py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", fname, len(args))
	}
	form, err := formArg(fname, args[0])
	if err != nil {
		return "", nil, err
	}
	s, ok := py.AsStr(args[1])
	if !ok {
		return "", nil, py.Errorf(py.TypeErrorType, "%s() argument 2 must be str, not %s", fname, py.TypeName(args[1]))
	}
	return form, s, nil
}

// equalRunes reports whether a and b are the same.
func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Init creates the unicodedata module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("unicodedata")
	m.Set("__doc__", py.NewStr("This module provides access to the Unicode Character Database which\n"+
		"defines character properties for all Unicode characters. The data in\n"+
		"this database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/."))
	m.Set("unidata_version", py.NewStr("14.0.0"))
	m.AddFunc("category", property("category", func(r rune) py.Object {
		return py.NewStr(categories[propsOf(r).category])
	}), "Returns the general category assigned to the character chr as string.")
	m.AddFunc("bidirectional", property("bidirectional", func(r rune) py.Object {
		return py.NewStr(bidiClasses[propsOf(r).bidi])
	}), "Returns the bidirectional class assigned to the character chr as string.")
	m.AddFunc("combining", property("combining", func(r rune) py.Object {
		return py.NewInt(int64(propsOf(r).combining))
	}), "Returns the canonical combining class assigned to the character chr as integer.")
	m.AddFunc("east_asian_width", property("east_asian_width", func(r rune) py.Object {
		return py.NewStr(eastAsianWidths[propsOf(r).eaw])
	}), "Returns the east asian width assigned to the character chr as string.")
	m.AddFunc("mirrored", property("mirrored", func(r rune) py.Object {
		if propsOf(r).mirrored {
			return py.NewInt(1)
		}
		return py.NewInt(0)
	}), "Returns the mirrored property assigned to the character chr as integer.")
	m.AddFunc("decomposition", property("decomposition", func(r rune) py.Object {
		return py.NewStr(decompositionOf(r))
	}), "Returns the character decomposition mapping assigned to the character chr as string.")
	m.AddFunc("decimal", withDefault("decimal", "not a decimal", func(r rune) (py.Object, bool) {
		if n := numericOf(r); n != nil && n.decimal >= 0 {
			return py.NewInt(int64(n.decimal)), true
		}
		return nil, false
	}), "Converts a Unicode character into its equivalent decimal value.")
	m.AddFunc("digit", withDefault("digit", "not a digit", func(r rune) (py.Object, bool) {
		if n := numericOf(r); n != nil && n.digit >= 0 {
			return py.NewInt(int64(n.digit)), true
		}
		return nil, false
	}), "Converts a Unicode character into its equivalent digit value.")
	m.AddFunc("numeric", withDefault("numeric", "not a numeric character", func(r rune) (py.Object, bool) {
		if n := numericOf(r); n != nil && !math.IsNaN(n.numeric) {
			return py.Float(n.numeric), true
		}
		return nil, false
	}), "Converts a Unicode character into its equivalent numeric value.")
	m.AddFunc("name", withDefault("name", "no such name", func(r rune) (py.Object, bool) {
		if s, ok := ucd.Name(r); ok {
			return py.NewStr(s), true
		}
		return nil, false
	}), "Returns the name assigned to the character chr as a string.")
	m.AddFunc("lookup", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := oneArg("lookup", args, kw); err != nil {
			return nil, err
		}
		var name string
		if s, ok := py.AsStr(args[0]); ok {
			name = s.String()
		} else if b, ok := py.BytesLike(args[0]); ok {
			name = string(b)
		} else {
			return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		r, ok := ucd.Lookup(name)
		if !ok {
			if len(name) > 256 {
				return nil, py.Errorf(py.KeyErrorType, "name too long")
			}
			return nil, py.NewError(py.KeyErrorType, py.NewStr("undefined character name '"+name+"'"))
		}
		return py.NewStr(string(r)), nil
	}, "Look up character by name.")
	m.AddFunc("normalize", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		form, s, err := normalizeArgs("normalize", args, kw)
		if err != nil {
			return nil, err
		}
		if s.IsASCII() {
			return s, nil
		}
		in := s.Runes()
		out := normalize(form, in)
		if equalRunes(in, out) {
			return s, nil
		}
		return py.StrFromRunes(out), nil
	}, "Return the normal form 'form' for the Unicode string unistr.")
	m.AddFunc("is_normalized", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		form, s, err := normalizeArgs("is_normalized", args, kw)
		if err != nil {
			return nil, err
		}
		if s.IsASCII() {
			return py.True, nil
		}
		in := s.Runes()
		return py.Bool(equalRunes(in, normalize(form, in))), nil
	}, "Return whether the Unicode string unistr is in the normal form 'form'.")
	return m, nil
}
