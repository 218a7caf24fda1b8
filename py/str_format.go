package py

import (
	"strings"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// This file implements str.format and str.format_map (PEP 3101): the
// replacement fields {name.attr[key]!conv:spec} with automatic or manual
// numbering, nested fields in the spec (two levels), and CPython's
// errors.

func init() {
	StrType.AddMethod("format", strFormat, "Return a formatted version of S, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}').")
	StrType.AddMethod("format_map", strFormatMap, "Return a formatted version of S, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}').")
}

// strFormatter holds the arguments of one str.format call.
type strFormatter struct {
	t *Thread
	// args are the positional arguments; positional is false for
	// format_map, where positional fields are an error.
	args       []Object
	positional bool
	// kwnames and kwvalues are str.format's keyword arguments; mapping
	// is format_map's argument.
	kwnames  *Tuple
	kwvalues []Object
	mapping  Object
	// auto numbering: 0 not yet decided, 1 automatic, 2 manual.
	autoState int
	autoNext  int
}

// strFormat implements str.format(*args, **kwargs).
func strFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, _ := AsStr(self)
	f := &strFormatter{t: t, positional: true}
	nkw := 0
	if kwnames != nil {
		nkw = kwnames.Len()
	}
	f.args = args[:len(args)-nkw]
	f.kwnames, f.kwvalues = kwnames, args[len(args)-nkw:]
	out, err := f.build(s.s, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(out), nil
}

// strFormatMap implements str.format_map(mapping).
func strFormatMap(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("str.format_map", 1, args, kwnames); err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	f := &strFormatter{t: t, mapping: args[0]}
	out, err := f.build(s.s, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(out), nil
}

// FormatString returns format.format(*args, **kwargs) for Go callers;
// kwargs may be nil.
func FormatString(t *Thread, format *Str, args []Object, kwargs *Dict) (*Str, error) {
	f := &strFormatter{t: t, args: args, positional: true}
	if kwargs != nil {
		f.mapping = kwargs
	}
	out, err := f.build(format.s, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(out), nil
}

// build expands the replacement fields of s.
func (f *strFormatter) build(s string, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	b := make([]byte, 0, len(s)+16)
	i := 0
	for i < len(s) {
		// literal text up to a brace
		j := i
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		c := s[j]
		if j+1 < len(s) && s[j+1] == c {
			b = append(b, c)
			i = j + 2
			continue
		}
		if c == '}' {
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if j+1 == len(s) {
			return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		field, next, err := parseReplacementField(s, j+1)
		if err != nil {
			return "", err
		}
		i = next
		if b, err = f.render(b, field, depth); err != nil {
			return "", err
		}
	}
	return ownString(b), nil
}

// replacementField is {name!conversion:spec}.
type replacementField struct {
	name       string
	conversion rune // 0 when absent
	spec       string
	nested     bool // spec contains '{'
}

// parseReplacementField parses the field starting at s[i] (just after
// its '{'), returning it and the index after its '}'.
func parseReplacementField(s string, i int) (replacementField, int, error) {
	var fld replacementField
	start := i
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return fld, 0, Errorf(ValueErrorType, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if c != '}' && c != ':' && c != '!' {
		return fld, 0, Errorf(ValueErrorType, "expected '}' before end of string")
	}
	fld.name = s[start : i-1]
	if c == '}' {
		return fld, i, nil
	}
	if c == '!' {
		if i >= len(s) {
			return fld, 0, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		r, size := decodeRune(s, i)
		fld.conversion = r
		i += size
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return fld, i, nil
			}
			if c != ':' {
				return fld, 0, Errorf(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := i
	count := 1
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			fld.nested = true
			count++
		case '}':
			count--
			if count == 0 {
				fld.spec = s[specStart : i-1]
				return fld, i, nil
			}
		}
	}
	return fld, 0, Errorf(ValueErrorType, "unmatched '{' in format spec")
}

// render looks up, converts and formats one field, appending it to b.
func (f *strFormatter) render(b []byte, fld replacementField, depth int) ([]byte, error) {
	obj, err := f.fieldObject(fld.name)
	if err != nil {
		return nil, err
	}
	switch fld.conversion {
	case 0:
	case 'r':
		obj, err = Repr(f.t, obj)
	case 's':
		obj, err = StrOf(f.t, obj)
	case 'a':
		obj, err = Ascii(f.t, obj)
	default:
		c := fld.conversion
		if c > 32 && c < 127 {
			return nil, Errorf(ValueErrorType, "Unknown conversion specifier %c", c)
		}
		return nil, Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", c)
	}
	if err != nil {
		return nil, err
	}
	spec := fld.spec
	if fld.nested {
		if spec, err = f.build(spec, depth-1); err != nil {
			return nil, err
		}
	}
	return appendFormat(f.t, b, obj, spec)
}

// fieldIndex parses a field name part as a non-negative decimal number,
// or returns -1.
func fieldIndex(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	v := 0
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		d := ucd.Decimal(r)
		if d < 0 {
			return -1, nil
		}
		if v > (1<<63-1-d)/10 {
			return -1, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, nil
}

// fieldObject resolves a field name: an argument by number or name,
// then .attribute and [key] lookups.
func (f *strFormatter) fieldObject(name string) (Object, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	idx, err := fieldIndex(first)
	if err != nil {
		return nil, err
	}
	empty := first == ""
	if empty || idx >= 0 {
		if f.autoState == 0 {
			f.autoState = 2
			if empty {
				f.autoState = 1
			}
		}
		if f.autoState == 2 && empty {
			return nil, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.autoState == 1 && !empty {
			return nil, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = f.autoNext
			f.autoNext++
		}
	}
	var obj Object
	if idx < 0 {
		key := NewStr(first)
		obj, err = f.keyword(key)
	} else {
		if !f.positional {
			return nil, Errorf(ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	}
	if err != nil {
		return nil, err
	}
	for rest != "" {
		c := rest[0]
		rest = rest[1:]
		var part string
		switch c {
		case '.':
			k := strings.IndexAny(rest, ".[")
			if k < 0 {
				k = len(rest)
			}
			part, rest = rest[:k], rest[k:]
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return nil, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			part, rest = rest[:k], rest[k+1:]
		default:
			return nil, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if part == "" {
			return nil, Errorf(ValueErrorType, "Empty attribute in format string")
		}
		if c == '.' {
			obj, err = GetAttr(f.t, obj, NewStr(part))
		} else {
			var i int
			if i, err = fieldIndex(part); err != nil {
				return nil, err
			}
			if i >= 0 {
				obj, err = GetItem(f.t, obj, NewInt(int64(i)))
			} else {
				obj, err = GetItem(f.t, obj, NewStr(part))
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// keyword looks up a named field.
func (f *strFormatter) keyword(key *Str) (Object, error) {
	if f.mapping != nil {
		return GetItem(f.t, f.mapping, key)
	}
	if f.kwnames != nil {
		for i, k := range f.kwnames.items {
			if ks, ok := k.(*Str); ok && ks.s == key.s {
				return f.kwvalues[i], nil
			}
		}
	}
	return nil, NewError(KeyErrorType, key)
}
