package py

// This file gives UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError their constructor checks, their attributes
// (encoding, object, start, end, reason) and CPython's messages.

func init() {
	UnicodeEncodeErrorType.Slots.Init = unicodeEncodeErrorInit
	UnicodeEncodeErrorType.Slots.Str = unicodeEncodeErrorStr
	UnicodeDecodeErrorType.Slots.Init = unicodeDecodeErrorInit
	UnicodeDecodeErrorType.Slots.Str = unicodeDecodeErrorStr
	UnicodeTranslateErrorType.Slots.Init = unicodeTranslateErrorInit
	UnicodeTranslateErrorType.Slots.Str = unicodeTranslateErrorStr
}

// NewUnicodeEncodeError returns the error of a codec that cannot encode
// the characters [start, end) of s.
func NewUnicodeEncodeError(encoding string, s *Str, start, end int, reason string) *Exception {
	e := NewError(UnicodeEncodeErrorType, NewStr(encoding), s, NewInt(int64(start)), NewInt(int64(end)), NewStr(reason))
	setUnicodeErrorAttrs(e, []string{"encoding", "object", "start", "end", "reason"})
	return e
}

// NewUnicodeDecodeError returns the error of a codec that cannot decode
// the bytes [start, end) of b.
func NewUnicodeDecodeError(encoding string, b []byte, start, end int, reason string) *Exception {
	e := NewError(UnicodeDecodeErrorType, NewStr(encoding), NewBytes(append([]byte(nil), b...)), NewInt(int64(start)), NewInt(int64(end)), NewStr(reason))
	setUnicodeErrorAttrs(e, []string{"encoding", "object", "start", "end", "reason"})
	return e
}

// setUnicodeErrorAttrs sets the named attributes from the arguments.
func setUnicodeErrorAttrs(e *Exception, names []string) {
	for i, n := range names {
		e.setAttr(n, e.args.items[i])
	}
}

// unicodeErrorArgs checks the arguments of the constructors: kinds
// holds 's' (str), 'b' (bytes-like) or 'n' (index) per argument.
func unicodeErrorArgs(t *Thread, args []Object, kinds string) ([]Object, error) {
	if len(args) != len(kinds) {
		return nil, Errorf(TypeErrorType, "function takes exactly %d arguments (%d given)", len(kinds), len(args))
	}
	out := make([]Object, len(args))
	for i, k := range kinds {
		a := args[i]
		switch k {
		case 's':
			if _, ok := AsStr(a); !ok {
				return nil, Errorf(TypeErrorType, "argument %d must be str, not %s", i+1, TypeName(a))
			}
		case 'b':
			b, ok := bufferBytes(a)
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(a))
			}
			if _, exact := a.(*Bytes); !exact {
				a = NewBytes(append([]byte(nil), b...))
			}
		case 'n':
			n, err := AsIndex(t, a)
			if err != nil {
				return nil, err
			}
			a = NewInt(int64(n))
		}
		out[i] = a
	}
	return out, nil
}

func unicodeEncodeErrorInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	vals, err := unicodeErrorArgs(t, args, "ssnns")
	if err != nil {
		return err
	}
	e := o.(*Exception)
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		e.setAttr(n, vals[i])
	}
	return nil
}

func unicodeDecodeErrorInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	vals, err := unicodeErrorArgs(t, args, "sbnns")
	if err != nil {
		return err
	}
	e := o.(*Exception)
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		e.setAttr(n, vals[i])
	}
	return nil
}

func unicodeTranslateErrorInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	vals, err := unicodeErrorArgs(t, args, "snns")
	if err != nil {
		return err
	}
	e := o.(*Exception)
	for i, n := range []string{"object", "start", "end", "reason"} {
		e.setAttr(n, vals[i])
	}
	e.setAttr("encoding", None)
	return nil
}

// unicodeErrorParts reads the attributes a message needs; ok is false
// when the exception was not initialised.
func unicodeErrorParts(t *Thread, o Object) (e *Exception, start, end int, reason string, ok bool, err error) {
	e = AsException(o.(error))
	if e.dict == nil || e.dict.GetString("object") == nil {
		return e, 0, 0, "", false, nil
	}
	s, b, _ := IntValue(e.attr("start"))
	if b != nil {
		s = 1 << 62
	}
	en, b, _ := IntValue(e.attr("end"))
	if b != nil {
		en = 1 << 62
	}
	r, err := StrOf(t, e.attr("reason"))
	if err != nil {
		return e, 0, 0, "", false, err
	}
	return e, int(s), int(en), r.s, true, nil
}

// charEscapeIn returns \xhh, \uhhhh or \Uhhhhhhhh for the character at
// index i of a str, or an IndexError.
func charEscapeIn(o Object, i int) (string, error) {
	s, ok := AsStr(o)
	if !ok || i < 0 || i >= s.Len() {
		return "", Errorf(IndexErrorType, "string index out of range")
	}
	r := s.At(i)
	switch {
	case r <= 0xFF:
		return sprintf("\\x%02x", r), nil
	case r <= 0xFFFF:
		return sprintf("\\u%04x", r), nil
	}
	return sprintf("\\U%08x", r), nil
}

func unicodeEncodeErrorStr(t *Thread, o Object) (Object, error) {
	e, start, end, reason, ok, err := unicodeErrorParts(t, o)
	if err != nil || !ok {
		return emptyStr, err
	}
	enc, err := StrOf(t, e.attr("encoding"))
	if err != nil {
		return nil, err
	}
	if end == start+1 {
		esc, err := charEscapeIn(e.attr("object"), start)
		if err != nil {
			return nil, err
		}
		return NewStr(sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc.s, esc, start, reason)), nil
	}
	return NewStr(sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc.s, start, end-1, reason)), nil
}

func unicodeDecodeErrorStr(t *Thread, o Object) (Object, error) {
	e, start, end, reason, ok, err := unicodeErrorParts(t, o)
	if err != nil || !ok {
		return emptyStr, err
	}
	enc, err := StrOf(t, e.attr("encoding"))
	if err != nil {
		return nil, err
	}
	b, _ := bufferBytes(e.attr("object"))
	if start >= 0 && start < len(b) && end == start+1 {
		return NewStr(sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc.s, b[start], start, reason)), nil
	}
	return NewStr(sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc.s, start, end-1, reason)), nil
}

func unicodeTranslateErrorStr(t *Thread, o Object) (Object, error) {
	e, start, end, reason, ok, err := unicodeErrorParts(t, o)
	if err != nil || !ok {
		return emptyStr, err
	}
	if end == start+1 {
		esc, err := charEscapeIn(e.attr("object"), start)
		if err != nil {
			return nil, err
		}
		return NewStr(sprintf("can't translate character '%s' in position %d: %s", esc, start, reason)), nil
	}
	return NewStr(sprintf("can't translate characters in position %d-%d: %s", start, end-1, reason)), nil
}
