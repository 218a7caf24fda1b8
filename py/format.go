package py

import (
	"strings"
)

// This file holds format(value, spec) as the VM and str.format call it,
// str.__format__ (int's, float's and complex's are in format_int.go and
// format_float.go; object's in object_type.go), and ascii().

func init() {
	StrType.AddMethod("__format__", strFormatMethod, "Return a formatted version of the string as described by format_spec.")
	IntType.AddMethod("__format__", intFormat, "")
	FloatType.AddMethod("__format__", floatFormat, "Formats the float according to format_spec.")
	ComplexType.AddMethod("__format__", complexFormat, "Convert to a string according to format_spec.")
}

// Format returns format(v, spec): v.__format__(spec) looked up on v's
// type, with fast paths for the built-in types.
func Format(t *Thread, v Object, spec *Str) (*Str, error) {
	switch x := v.(type) {
	case *Str:
		if len(spec.s) == 0 {
			return x, nil
		}
	case Int:
		if len(spec.s) == 0 {
			return StrOf(t, x)
		}
	case Float, Complex:
	default:
		return formatDunder(t, v, spec)
	}
	b, err := appendFormat(t, nil, v, spec.s)
	if err != nil {
		return nil, err
	}
	return NewStr(ownString(b)), nil
}

// formatDunder calls type(v).__format__(v, spec).
func formatDunder(t *Thread, v Object, spec *Str) (*Str, error) {
	r, found, err := callDunder(t, v, dnFormat, spec)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, Errorf(TypeErrorType, "Type %s doesn't define __format__", TypeName(v))
	}
	s, ok := AsStr(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
	}
	return s, nil
}

// appendFormat appends format(v, spec) to b: built-in types are
// formatted in place, others through their __format__.
func appendFormat(t *Thread, b []byte, v Object, spec string) ([]byte, error) {
	switch x := v.(type) {
	case *Str:
		return appendFormatStr(b, x, spec)
	case Int:
		return appendFormatInt(t, b, x, spec)
	case Float:
		return appendFormatFloat(t, b, x, float64(x), spec)
	}
	s, err := formatDunder(t, v, NewStr(spec))
	if err != nil {
		return nil, err
	}
	return append(b, s.s...), nil
}

// strFormatMethod implements str.__format__(spec).
func strFormatMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg("str", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(spec.s) == 0 {
		if s, ok := self.(*Str); ok {
			return s, nil
		}
		return StrOf(t, self)
	}
	s, _ := AsStr(self)
	b, err := appendFormatStr(nil, s, spec.s)
	if err != nil {
		return nil, err
	}
	return NewStr(ownString(b)), nil
}

// appendFormatStr appends a str formatted by a spec.
func appendFormatStr(b []byte, s *Str, spec string) ([]byte, error) {
	if len(spec) == 0 {
		return append(b, s.s...), nil
	}
	fs, err := parseFormatSpec(spec, "str", 's', '<')
	if err != nil {
		return nil, err
	}
	if fs.typ != 's' {
		return nil, unknownFormatCode(fs.typ, "str")
	}
	switch {
	case fs.sign == ' ':
		return nil, Errorf(ValueErrorType, "Space not allowed in string format specifier")
	case fs.sign != 0:
		return nil, Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	case fs.noNegZero:
		return nil, Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case fs.alternate:
		return nil, Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return nil, Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	n := s.Len()
	text := s.s
	if fs.precision >= 0 && n > fs.precision {
		n = fs.precision
		text = s.s[:s.offset(n)]
	}
	if fs.width > n && fs.width > maxAlloc {
		return nil, NewError(MemoryErrorType)
	}
	return fs.padText(b, text, n), nil
}

// Ascii returns ascii(o): repr(o) with every non-ASCII character escaped
// as \xhh, \uhhhh or \Uhhhhhhhh.
func Ascii(t *Thread, o Object) (*Str, error) {
	r, err := Repr(t, o)
	if err != nil {
		return nil, err
	}
	if r.IsASCII() {
		return r, nil
	}
	return newASCIIStr(asciiEscape(r.s)), nil
}

// asciiEscape escapes the non-ASCII characters of text as
// backslashreplace does.
func asciiEscape(text string) string {
	var b strings.Builder
	b.Grow(len(text) + 8)
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := decodeRune(text, i)
		i += size
		writeCharEscape(&b, r)
	}
	return b.String()
}

// writeCharEscape writes \xhh, \uhhhh or \Uhhhhhhhh for r.
func writeCharEscape(b *strings.Builder, r rune) {
	const hex = "0123456789abcdef"
	n := 2
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
	case r < 0x10000:
		b.WriteString(`\u`)
		n = 4
	default:
		b.WriteString(`\U`)
		n = 8
	}
	for k := n - 1; k >= 0; k-- {
		b.WriteByte(hex[(r>>(4*k))&0xF])
	}
}
