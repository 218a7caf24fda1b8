package py

// This file connects printf-style formatting to the % operator of str
// and bytes (their __mod__ and __rmod__).

func init() {
	StrType.Slots.Binary[NB_REMAINDER] = strMod
	BytesType.Slots.Binary[NB_REMAINDER] = bytesMod
}

// strMod implements str % args (and declines other operands).
func strMod(t *Thread, a, b Object) (Object, error) {
	s, ok := AsStr(a)
	if !ok {
		return NotImplemented, nil
	}
	return PercentFormat(t, s, b)
}

// bytesMod implements bytes % args.
func bytesMod(t *Thread, a, b Object) (Object, error) {
	s, ok := AsBytes(a)
	if !ok {
		return NotImplemented, nil
	}
	out, err := percentFormat(t, string(s.b), b, true)
	if err != nil {
		return nil, err
	}
	return NewBytes(out), nil
}

// bytesText converts the argument of %s, %b, %r or %a in bytes
// formatting.
func (f *percentFormatter) bytesText(ch rune, v Object) (string, error) {
	if ch == 'r' || ch == 'a' {
		s, err := Ascii(f.t, v)
		if err != nil {
			return "", err
		}
		return s.s, nil
	}
	if b, ok := bufferBytes(v); ok {
		return string(b), nil
	}
	r, found, err := callDunder(f.t, v, NewStr("__bytes__"))
	if err != nil {
		return "", err
	}
	if found {
		b, ok := AsBytes(r)
		if !ok {
			return "", Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return string(b.b), nil
	}
	return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(v))
}
