package py

import (
	"math/big"
	"strings"
)

// The built-in functions that produce or read text: print, input, chr,
// ord, bin, hex, oct, format, ascii.

var (
	strStdout   = NewStr("stdout")
	strStdin    = NewStr("stdin")
	strWrite    = NewStr("write")
	strFlush    = NewStr("flush")
	strReadline = NewStr("readline")
)

// sysStream returns sys.<name>, or nil when sys has no such attribute.
func (t *Thread) sysStream(name *Str) Object {
	if t.interp == nil || t.interp.sys == nil {
		return nil
	}
	return t.interp.sys.dict.GetStr(name)
}

// printOptionalStr converts the sep and end arguments of print.
func printOptionalStr(name string, o Object, dflt string) (string, error) {
	if o == nil || o == None {
		return dflt, nil
	}
	s, ok := AsStr(o)
	if !ok {
		return "", Errorf(TypeErrorType, "%s must be None or a string, not %s", name, TypeName(o))
	}
	return s.s, nil
}

// builtinPrint implements print(*objects, sep=' ', end='\n', file=None,
// flush=False).
func builtinPrint(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	npos := len(args) - nkw
	var sepObj, endObj, file, flush Object
	for i := 0; i < nkw; i++ {
		v := args[npos+i]
		switch name := kw.items[i].(*Str).s; name {
		case "sep":
			sepObj = v
		case "end":
			endObj = v
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", name)
		}
	}
	if file == nil || file == None {
		file = t.sysStream(strStdout)
		if file == nil {
			return nil, Errorf(RuntimeErrorType, "lost sys.stdout")
		}
		if file == None {
			return None, nil
		}
	}
	sep, err := printOptionalStr("sep", sepObj, " ")
	if err != nil {
		return nil, err
	}
	end, err := printOptionalStr("end", endObj, "\n")
	if err != nil {
		return nil, err
	}
	var put func(s string) error
	if ts, ok := file.(*TextStream); ok {
		put = ts.WriteString
	} else {
		write, err := GetAttr(t, file, strWrite)
		if err != nil {
			return nil, err
		}
		put = func(s string) error {
			_, err := Call(t, write, []Object{NewStr(s)}, nil)
			return err
		}
	}
	// Each piece is written as soon as it is known, as CPython does, so
	// that an error in str() leaves the earlier pieces written.
	for i := 0; i < npos; i++ {
		if i > 0 {
			if err := put(sep); err != nil {
				return nil, err
			}
		}
		s, err := StrOf(t, args[i])
		if err != nil {
			return nil, err
		}
		if err := put(s.s); err != nil {
			return nil, err
		}
	}
	if err := put(end); err != nil {
		return nil, err
	}
	if flush != nil {
		f, err := Truth(t, flush)
		if err != nil {
			return nil, err
		}
		if f {
			if _, err := CallMethod(t, file, "flush"); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

// builtinInput implements input([prompt]).
func builtinInput(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	stdin := t.sysStream(strStdin)
	stdout := t.sysStream(strStdout)
	if stdin == nil || stdin == None {
		return nil, Errorf(RuntimeErrorType, "input(): lost sys.stdin")
	}
	if stdout == nil || stdout == None {
		return nil, Errorf(RuntimeErrorType, "input(): lost sys.stdout")
	}
	if len(args) == 1 {
		s, err := StrOf(t, args[0])
		if err != nil {
			return nil, err
		}
		if _, err := CallMethod(t, stdout, "write", s); err != nil {
			return nil, err
		}
	}
	if _, err := CallMethod(t, stdout, "flush"); err != nil {
		return nil, err
	}
	var line string
	if ts, ok := stdin.(*TextStream); ok {
		l, err := ts.readLine()
		if err != nil {
			return nil, err
		}
		line = l
	} else {
		r, err := CallMethod(t, stdin, "readline")
		if err != nil {
			return nil, err
		}
		s, ok := AsStr(r)
		if !ok {
			return nil, Errorf(TypeErrorType, "object.readline() returned non-string")
		}
		line = s.s
	}
	if line == "" {
		return nil, Errorf(EOFErrorType, "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	return NewStr(line), nil
}

// builtinChr implements chr(i).
func builtinChr(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("chr", 1, args, kw); err != nil {
		return nil, err
	}
	if _, ok := args[0].(Float); ok {
		return nil, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	iv, err := Index(t, args[0])
	if err != nil {
		return nil, err
	}
	v, b, _ := IntValue(iv)
	if b != nil || v < -1<<31 || v >= 1<<31 {
		return nil, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if v < 0 || v > 0x10FFFF {
		return nil, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return RuneStr(rune(v)), nil
}

// builtinOrd implements ord(c).
func builtinOrd(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("ord", 1, args, kw); err != nil {
		return nil, err
	}
	c := args[0]
	if s, ok := AsStr(c); ok {
		if n := s.Len(); n != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		return NewInt(int64(s.At(0))), nil
	}
	if b, ok := AsBytes(c); ok {
		if len(b.b) != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(b.b))
		}
		return NewInt(int64(b.b[0])), nil
	}
	if c.Type().Name == "bytearray" && c.Type().Flags&FlagHeap == 0 {
		n, err := Len(t, c)
		if err != nil {
			return nil, err
		}
		if n != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		return GetItem(t, c, NewInt(0))
	}
	return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", TypeName(c))
}

// intToBase formats an int with a prefix, as bin, oct and hex do.
func intToBase(t *Thread, o Object, base int, prefix string) (Object, error) {
	v, err := Index(t, o)
	if err != nil {
		return nil, err
	}
	s, b, _ := IntValue(v)
	var digits string
	if b == nil {
		b = big.NewInt(s)
	}
	digits = b.Text(base)
	if strings.HasPrefix(digits, "-") {
		return NewStr("-" + prefix + digits[1:]), nil
	}
	return NewStr(prefix + digits), nil
}

// builtinBin implements bin(x).
func builtinBin(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("bin", 1, args, kw); err != nil {
		return nil, err
	}
	return intToBase(t, args[0], 2, "0b")
}

// builtinOct implements oct(x).
func builtinOct(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("oct", 1, args, kw); err != nil {
		return nil, err
	}
	return intToBase(t, args[0], 8, "0o")
}

// builtinHex implements hex(x).
func builtinHex(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("hex", 1, args, kw); err != nil {
		return nil, err
	}
	return intToBase(t, args[0], 16, "0x")
}

// builtinFormat implements format(value, format_spec=”).
func builtinFormat(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("format", args, kw, 1, 2); err != nil {
		return nil, err
	}
	spec := emptyStr
	if len(args) == 2 {
		s, ok := AsStr(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = s
	}
	return formatObject(t, args[0], spec)
}

// builtinASCII implements ascii(object).
func builtinASCII(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("ascii", 1, args, kw); err != nil {
		return nil, err
	}
	r, err := Ascii(t, args[0])
	if err != nil {
		return nil, err
	}
	return r, nil
}
