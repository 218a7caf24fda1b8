package py

// This file holds the ASCII case and classification methods of bytes
// and bytearray: lower, upper, swapcase, title, capitalize and the is*
// predicates. Bytes outside ASCII are never letters, digits or space.

func init() {
	cases := []struct {
		name string
		fn   func([]byte) []byte
	}{
		{"lower", func(b []byte) []byte { return mapBytes(b, asciiLower) }},
		{"upper", func(b []byte) []byte { return mapBytes(b, asciiUpper) }},
		{"swapcase", func(b []byte) []byte { return mapBytes(b, asciiSwap) }},
		{"title", bytesTitle},
		{"capitalize", bytesCapitalize},
	}
	preds := []struct {
		name  string
		fn    func([]byte) bool
		empty bool
	}{
		{"isalnum", allBytes(func(c byte) bool { return isASCIILetter(c) || isASCIIDigit(c) }), false},
		{"isalpha", allBytes(isASCIILetter), false},
		{"isdigit", allBytes(isASCIIDigit), false},
		{"isspace", allBytes(isBytesSpace), false},
		{"isascii", allBytes(func(c byte) bool { return c < 0x80 }), true},
		{"islower", bytesIsLower, false},
		{"isupper", bytesIsUpper, false},
		{"istitle", bytesIsTitle, false},
	}
	for _, k := range []*bytesKind{kindBytes, kindByteArray} {
		for _, c := range cases {
			k, c := k, c
			k.typ.AddMethod(c.name, func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
				if err := noArgsFor(k.typ.Name, c.name, args, kwnames); err != nil {
					return nil, err
				}
				return k.mk(c.fn(selfBytes(self))), nil
			}, "")
		}
		for _, p := range preds {
			k, p := k, p
			k.typ.AddMethod(p.name, func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
				if err := noArgsFor(k.typ.Name, p.name, args, kwnames); err != nil {
					return nil, err
				}
				b := selfBytes(self)
				if len(b) == 0 {
					return Bool(p.empty), nil
				}
				return Bool(p.fn(b)), nil
			}, "")
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }

// mapBytes returns a copy of b with f applied to each byte.
func mapBytes(b []byte, f func(byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out
}

// allBytes returns a predicate true when every byte satisfies f.
func allBytes(f func(byte) bool) func([]byte) bool {
	return func(b []byte) bool {
		for _, c := range b {
			if !f(c) {
				return false
			}
		}
		return true
	}
}

func bytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
		switch {
		case prevCased && upper:
			c += 32
		case !prevCased && lower:
			c -= 32
		}
		out[i] = c
		prevCased = lower || upper
	}
	return out
}

func bytesCapitalize(b []byte) []byte {
	out := mapBytes(b, asciiLower)
	if len(out) > 0 {
		out[0] = asciiUpper(out[0])
	}
	return out
}

func bytesIsLower(b []byte) bool {
	cased := false
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			return false
		}
		if 'a' <= c && c <= 'z' {
			cased = true
		}
	}
	return cased
}

func bytesIsUpper(b []byte) bool {
	cased := false
	for _, c := range b {
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			cased = true
		}
	}
	return cased
}

func bytesIsTitle(b []byte) bool {
	cased, prevCased := false, false
	for _, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case 'a' <= c && c <= 'z':
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}
