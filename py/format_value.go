package py

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// dnFormat names __format__.
var dnFormat = newStaticStr("__format__")

// formatObject is format(v, spec): type(v).__format__(v, spec). The
// format-spec mini-language of each built-in type lives in its
// __format__ method.
func formatObject(t *Thread, v Object, spec *Str) (Object, error) {
	if len(spec.s) == 0 {
		switch v.(type) {
		case *Str:
			return v, nil
		case Int:
			return StrOf(t, v)
		}
	}
	r, found, err := callDunder(t, v, dnFormat, spec)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, Errorf(TypeErrorType, "Type %s doesn't define __format__", TypeName(v))
	}
	if _, ok := AsStr(r); !ok {
		return nil, Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
	}
	return r, nil
}

// asciiRepr is ascii(v): repr with non-ASCII characters escaped.
func asciiRepr(t *Thread, v Object) (Object, error) {
	r, err := Repr(t, v)
	if err != nil {
		return nil, err
	}
	if r.IsASCII() {
		return r, nil
	}
	var b strings.Builder
	for i := 0; i < len(r.s); {
		c, size := decodeRune(r.s, i)
		i += size
		switch {
		case c < 0x80:
			b.WriteByte(byte(c))
		case c < 0x100:
			b.WriteString("\\x" + pad(strconv.FormatInt(int64(c), 16), 2))
		case c < 0x10000:
			b.WriteString("\\u" + pad(strconv.FormatInt(int64(c), 16), 4))
		default:
			b.WriteString("\\U" + pad(strconv.FormatInt(int64(c), 16), 8))
		}
	}
	_ = utf8.RuneLen
	return NewStr(b.String()), nil
}

func pad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}
