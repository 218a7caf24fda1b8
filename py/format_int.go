package py

import (
	"strconv"
	"strings"
)

// This file implements int.__format__ (bool inherits it).

// intFormat implements int.__format__(spec).
func intFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg("int", args, kwnames)
	if err != nil {
		return nil, err
	}
	b, err := appendFormatInt(t, nil, self, spec.s)
	if err != nil {
		return nil, err
	}
	return NewStr(ownString(b)), nil
}

// appendFormatInt appends an int (or bool, or int subclass) formatted
// by a spec.
func appendFormatInt(t *Thread, b []byte, v Object, spec string) ([]byte, error) {
	if len(spec) == 0 {
		if i, ok := v.(Int); ok {
			return strconv.AppendInt(b, int64(i), 10), nil
		}
		s, err := StrOf(t, v)
		if err != nil {
			return nil, err
		}
		return append(b, s.s...), nil
	}
	fs, err := parseFormatSpec(spec, TypeName(v), 'd', '>')
	if err != nil {
		return nil, err
	}
	switch fs.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return appendIntSpec(t, b, v, &fs)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := intToFloat(v)
		if err != nil {
			return nil, err
		}
		return appendFloatSpec(b, f, &fs, "float")
	}
	return nil, unknownFormatCode(fs.typ, TypeName(v))
}

// appendIntSpec lays out an int with an integer presentation type.
func appendIntSpec(t *Thread, b []byte, v Object, fs *formatSpec) ([]byte, error) {
	if fs.precision >= 0 {
		return nil, Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if fs.noNegZero {
		return nil, Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	small, bigv, _ := IntValue(v)
	var p numberParts
	if fs.typ == 'c' {
		if fs.sign != 0 {
			return nil, Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alternate {
			return nil, Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if bigv != nil {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if small < 0 || small > 0x10FFFF {
			return nil, NewError(OverflowErrorType, NewStr("%c arg not in range(0x110000)"))
		}
		p.remainder = string(appendRune(nil, rune(small)))
		return fs.appendNumber(b, p), nil
	}
	base := 10
	switch fs.typ {
	case 'b':
		base, p.prefix = 2, "0b"
	case 'o':
		base, p.prefix = 8, "0o"
	case 'x':
		base, p.prefix = 16, "0x"
	case 'X':
		base, p.prefix = 16, "0X"
	}
	if !fs.alternate {
		p.prefix = ""
	}
	var digits string
	switch {
	case base == 10:
		s, err := intDecimal(t, v)
		if err != nil {
			return nil, err
		}
		digits = s
	case bigv != nil:
		digits = bigv.Text(base)
	default:
		digits = strconv.FormatInt(small, base)
	}
	if strings.HasPrefix(digits, "-") {
		p.negative = true
		digits = digits[1:]
	}
	if fs.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	p.digits = digits
	if fs.sign != '+' && fs.sign != ' ' && fs.width < 0 && fs.grouping == 0 {
		if p.negative {
			b = append(b, '-')
		}
		return append(append(b, p.prefix...), p.digits...), nil
	}
	return fs.appendNumber(b, p), nil
}

// intDecimal returns an int's decimal digits, applying the
// interpreter's limit on the length of int-to-str conversions.
func intDecimal(t *Thread, v Object) (string, error) {
	small, bigv, _ := IntValue(v)
	if bigv == nil {
		return strconv.FormatInt(small, 10), nil
	}
	r, err := intRepr(t, v)
	if err != nil {
		return "", err
	}
	s, _ := AsStr(r)
	return s.s, nil
}
