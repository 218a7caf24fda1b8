package py

// This file holds str.translate and str.maketrans.

func init() {
	StrType.AddMethod("translate", strTranslate, "Replace each character in the string using the given translation table.")
	StrType.AddStaticMethod("maketrans", strMaketrans, "Return a translation table usable for str.translate().")
}

// strTranslate implements str.translate(table): each character's
// ordinal is looked up in table; a LookupError keeps the character, None
// deletes it, an int or a str replaces it.
func strTranslate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("str.translate", 1, args, kwnames); err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	table := args[0]
	// The results for ASCII characters are cached: 0 unknown, 1 keep,
	// 2 delete, 3 replace by asciiRepl.
	var asciiState [128]uint8
	var asciiRepl [128]string
	b := make([]byte, 0, len(s.s))
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		i += size
		if r < 128 {
			switch asciiState[r] {
			case 1:
				b = append(b, byte(r))
				continue
			case 2:
				continue
			case 3:
				b = append(b, asciiRepl[r]...)
				continue
			}
		}
		repl, keep, err := translateChar(t, table, r)
		if err != nil {
			return nil, err
		}
		if keep {
			b = appendRune(b, r)
		} else {
			b = append(b, repl...)
		}
		if r < 128 {
			switch {
			case keep:
				asciiState[r] = 1
			case repl == "":
				asciiState[r] = 2
			default:
				asciiState[r], asciiRepl[r] = 3, repl
			}
		}
	}
	return NewStr(ownString(b)), nil
}

// translateChar looks up one character in a translation table.
func translateChar(t *Thread, table Object, r rune) (repl string, keep bool, err error) {
	v, err := GetItem(t, table, NewInt(int64(r)))
	if err != nil {
		if IsExceptionOf(err, LookupErrorType) {
			return "", true, nil
		}
		return "", false, err
	}
	if v == None {
		return "", false, nil
	}
	if s, ok := AsStr(v); ok {
		return s.s, false, nil
	}
	if c, ok := AsInt64(v); ok {
		if c < 0 || c > 0x10FFFF {
			return "", false, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
		}
		return string(appendRune(nil, rune(c))), false, nil
	}
	if isInt(v) {
		return "", false, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
	}
	return "", false, Errorf(TypeErrorType, "character mapping must return integer, None or str")
}

// strMaketrans implements str.maketrans(x[, y[, z]]).
func strMaketrans(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := CheckArgs("maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	out := NewDict()
	if len(args) == 1 {
		d, ok := args[0].(*Dict)
		if !ok {
			if inst, isInst := args[0].(*Instance); isInst {
				d, ok = inst.base.(*Dict)
			}
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for pos := 0; ; {
			next, k, v, ok := d.Next(pos)
			if !ok {
				break
			}
			pos = next
			if ks, isStr := AsStr(k); isStr {
				if ks.Len() != 1 {
					return nil, Errorf(ValueErrorType, "string keys in translate table must be of length 1")
				}
				k = NewInt(int64(ks.At(0)))
			} else if !isInt(k) {
				return nil, Errorf(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := out.SetItem(t, k, v); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	y, ok := AsStr(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "maketrans() argument 2 must be str, not %s", argTypeName(args[1]))
	}
	var z *Str
	if len(args) > 2 {
		if z, ok = AsStr(args[2]); !ok {
			return nil, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", argTypeName(args[2]))
		}
	}
	x, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "first maketrans argument must be a string if there is a second argument")
	}
	if x.Len() != y.Len() {
		return nil, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	xs, ys := x.Runes(), y.Runes()
	for i := range xs {
		if err := out.SetItem(t, NewInt(int64(xs[i])), NewInt(int64(ys[i]))); err != nil {
			return nil, err
		}
	}
	if z != nil {
		for _, r := range z.Runes() {
			if err := out.SetItem(t, NewInt(int64(r)), None); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
