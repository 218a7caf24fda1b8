package py

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// intNew implements int(x=0, base=10).
func intNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	var x, base Object
	if err := UnpackArgs("int", args, kw, "x?", &x, "/", "base?", &base); err != nil {
		return nil, err
	}
	v, err := intFromArgs(t, x, base)
	if err != nil {
		return nil, err
	}
	if typ == IntType {
		return v, nil
	}
	return newInstanceWithBase(t, typ, v)
}

func intFromArgs(t *Thread, x, base Object) (Object, error) {
	if x == nil {
		if base != nil {
			return nil, Errorf(TypeErrorType, "int() missing string argument")
		}
		return NewInt(0), nil
	}
	if base != nil {
		bo, err := Index(t, base)
		if err != nil {
			return nil, err
		}
		b64, bBig, _ := IntValue(bo)
		b := int(b64)
		if bBig != nil || b != 0 && (b < 2 || b > 36) {
			return nil, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		switch v := x.(type) {
		case *Str:
			return ParseInt(t, v.s, b, x)
		case *Bytes:
			return ParseInt(t, string(v.b), b, x)
		case *ByteArray:
			return ParseInt(t, string(v.b), b, x)
		}
		if s, ok := AsStr(x); ok {
			return ParseInt(t, s.s, b, x)
		}
		if bs, ok := AsBytes(x); ok {
			return ParseInt(t, string(bs.b), b, x)
		}
		return nil, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		return intSelf(t, v)
	case Float:
		return FloatToInt(float64(v))
	case *Str:
		return ParseInt(t, v.s, 10, x)
	case *Bytes:
		return ParseInt(t, string(v.b), 10, x)
	}
	typ := x.Type()
	if f := typ.Slots.Int; f != nil {
		r, err := f(t, x)
		if err != nil {
			return nil, err
		}
		if !isInt(r) {
			return nil, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
		}
		return intSelf(t, r)
	}
	if typ.Slots.Index != nil {
		return Index(t, x)
	}
	if tr := typ.LookupString("__trunc__"); tr != nil {
		r, _, err := callDunder(t, x, NewStr("__trunc__"))
		if err != nil {
			return nil, err
		}
		if !isInt(r) {
			return Index(t, r)
		}
		return intSelf(t, r)
	}
	if s, ok := AsStr(x); ok {
		return ParseInt(t, s.s, 10, x)
	}
	if b, ok := BytesLike(x); ok {
		return ParseInt(t, string(b), 10, x)
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// ParseInt converts text as int(text, base) does (base 0 infers it from
// the prefix), raising ValueError with CPython's message; orig is the
// argument shown in the message.
func ParseInt(t *Thread, text string, base int, orig Object) (Object, error) {
	bad := func() (Object, error) {
		r, err := Repr(t, orig)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, r.s)
	}
	s := strings.TrimSpace(text)
	s = strings.TrimFunc(s, unicode.IsSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		switch {
		case p == 'x' && (b == 16 || b == 0):
			b, s, prefixed = 16, s[2:], true
		case p == 'o' && (b == 8 || b == 0):
			b, s, prefixed = 8, s[2:], true
		case p == 'b' && (b == 2 || b == 0):
			b, s, prefixed = 2, s[2:], true
		default:
			if b == 0 {
				// base 0: a leading zero only for zero itself
				for i := 0; i < len(s); i++ {
					if s[i] != '0' && s[i] != '_' {
						return bad()
					}
				}
				b = 10
			}
		}
		if prefixed && strings.HasPrefix(s, "_") {
			s = s[1:]
			if s == "" {
				return bad()
			}
		}
	}
	if b == 0 {
		b = 10
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return bad()
	}
	var digits []byte
	if strings.IndexByte(s, '_') >= 0 || !isASCII(s) {
		digits = make([]byte, 0, len(s))
		prevUnderscore := false
		for _, r := range s {
			if r == '_' {
				if prevUnderscore {
					return bad()
				}
				prevUnderscore = true
				continue
			}
			prevUnderscore = false
			if r >= 0x80 {
				d := unicodeDigit(r)
				if d < 0 {
					return bad()
				}
				r = rune('0' + d)
			}
			digits = utf8.AppendRune(digits, r)
		}
	} else {
		digits = []byte(s)
	}
	if b&(b-1) != 0 && t != nil && t.interp != nil && t.interp.intMaxStrDigits > 0 && len(digits) > t.interp.intMaxStrDigits {
		return nil, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", t.interp.intMaxStrDigits, len(digits))
	}
	for _, c := range digits {
		d := digitValue(c)
		if d < 0 || d >= b {
			return bad()
		}
	}
	if len(digits) <= 18 && b <= 10 || len(digits) <= 15 {
		var v int64
		for _, c := range digits {
			v = v*int64(b) + int64(digitValue(c))
		}
		if neg {
			v = -v
		}
		return NewInt(v), nil
	}
	v, ok := new(big.Int).SetString(string(digits), b)
	if !ok {
		return bad()
	}
	if neg {
		v.Neg(v)
	}
	return newIntOwnBig(v), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// digitValue returns the value of an ASCII digit or letter, or -1.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

// unicodeDigit returns the decimal value of a Unicode decimal digit, or
// -1. Decimal digits come in runs of ten starting at a zero.
func unicodeDigit(r rune) int {
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	zero := r
	for zero > r-9 && unicode.Is(unicode.Nd, zero-1) {
		zero--
	}
	return int(r-zero) % 10
}

// floatNew implements float(x=0.0).
func floatNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	var x Object
	if err := UnpackArgs("float", args, kw, "x?", &x, "/"); err != nil {
		return nil, err
	}
	v, err := floatFromArg(t, x)
	if err != nil {
		return nil, err
	}
	if typ == FloatType {
		return v, nil
	}
	return newInstanceWithBase(t, typ, v)
}

func floatFromArg(t *Thread, x Object) (Object, error) {
	if x == nil {
		return Float(0), nil
	}
	switch v := x.(type) {
	case Float:
		return v, nil
	case Int, *BigInt, Bool:
		f, err := intToFloat(x)
		return Float(f), err
	}
	var text string
	var isText bool
	if s, ok := AsStr(x); ok {
		text, isText = s.s, true
	} else if b, ok := bufferBytes(x); ok {
		text, isText = string(b), true
	}
	if isText {
		f, ok := ParseFloat(strings.Map(normaliseDigit, text))
		if !ok {
			r, err := Repr(t, x)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(ValueErrorType, "could not convert string to float: %s", r.s)
		}
		return Float(f), nil
	}
	typ := x.Type()
	if f := typ.Slots.Float; f != nil {
		r, err := f(t, x)
		if err != nil {
			return nil, err
		}
		if fv, ok := FloatValue(r); ok {
			return Float(fv), nil
		}
		return nil, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, TypeName(r))
	}
	if typ.Slots.Index != nil {
		i, err := Index(t, x)
		if err != nil {
			return nil, err
		}
		f, err := intToFloat(i)
		return Float(f), err
	}
	return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typ.Name)
}

// normaliseDigit maps Unicode decimal digits to ASCII (float("١٢")).
func normaliseDigit(r rune) rune {
	if r < 0x80 {
		return r
	}
	if d := unicodeDigit(r); d >= 0 {
		return rune('0' + d)
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// strNew implements str(object=”), str(bytes, encoding, errors).
func strNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	var x, encoding, errors Object
	if err := UnpackArgs("str", args, kw, "object?", &x, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	var v *Str
	if x == nil {
		v = emptyStr
	} else if encoding == nil && errors == nil && typ == StrType {
		return StrObject(t, x)
	} else if encoding == nil && errors == nil {
		s, err := StrOf(t, x)
		if err != nil {
			return nil, err
		}
		v = s
	} else {
		enc, errs := "utf-8", "strict"
		if encoding != nil {
			s, ok := AsStr(encoding)
			if !ok {
				return nil, Errorf(TypeErrorType, "str() argument 'encoding' must be str, not %s", argTypeName(encoding))
			}
			enc = s.s
		}
		if errors != nil {
			s, ok := AsStr(errors)
			if !ok {
				return nil, Errorf(TypeErrorType, "str() argument 'errors' must be str, not %s", argTypeName(errors))
			}
			errs = s.s
		}
		b, ok := bufferBytes(x)
		if !ok {
			if _, isStr := AsStr(x); isStr {
				return nil, Errorf(TypeErrorType, "decoding str is not supported")
			}
			return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(x))
		}
		s, err := t.Decode(b, enc, errs)
		if err != nil {
			return nil, err
		}
		v = s
	}
	if typ == StrType {
		if _, exact := x.(*Str); !exact || x == nil {
			return v, nil
		}
		return v, nil
	}
	return newInstanceWithBase(t, typ, v)
}

// Decode converts bytes to str with a codec and an error handler (see
// DecodeBytes in codecs.go).
func (t *Thread) Decode(b []byte, encoding, errors string) (*Str, error) {
	return DecodeBytes(t, b, encoding, errors)
}

// normaliseEncoding lowercases an encoding name and maps - and space to _.
func normaliseEncoding(e string) string {
	e = strings.ToLower(strings.TrimSpace(e))
	return strings.NewReplacer("-", "_", " ", "_").Replace(e)
}

// decodeUTF8Errors decodes invalid UTF-8 under an error handler.
func decodeUTF8Errors(b []byte, errors string) (*Str, error) {
	var out []byte
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			switch errors {
			case "ignore":
				i++
				continue
			case "replace":
				out = utf8.AppendRune(out, 0xFFFD)
				i++
				continue
			case "surrogateescape":
				out = appendRune(out, 0xDC00+rune(b[i]))
				i++
				continue
			}
			reason := "invalid start byte"
			if b[i] >= 0xC2 && b[i] <= 0xF4 {
				if i+1 >= len(b) {
					reason = "unexpected end of data"
				} else {
					reason = "invalid continuation byte"
				}
			}
			e := NewError(UnicodeDecodeErrorType, NewStr("utf-8"), NewBytes(b), NewInt(int64(i)), NewInt(int64(i+1)), NewStr(reason))
			return nil, unicodeDecodeError(e)
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return NewStr(string(out)), nil
}

// unicodeDecodeError fills the attributes of a UnicodeDecodeError made
// from its five arguments.
func unicodeDecodeError(e *Exception) *Exception {
	names := []string{"encoding", "object", "start", "end", "reason"}
	for i, n := range names {
		e.setAttr(n, e.args.items[i])
	}
	return e
}
