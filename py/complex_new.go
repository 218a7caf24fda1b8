package py

import (
	"strings"
)

// The complex constructor, complex() from a string, and complex's
// methods other than arithmetic.

func init() {
	ComplexType.Doc = "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."
	ComplexType.Slots.New = complexNew
	ComplexType.Slots.PowMod = complexPowMod
	ComplexType.AddMethod("__complex__", complexComplexMethod, "Convert this value to exact type complex.")
	ComplexType.AddMethod("__getnewargs__", complexGetNewArgs, "")
	ComplexType.AddMethod("__sizeof__", complexSizeOf, "Size of object in memory, in bytes.")
}

// complexPowMod is pow(x, y, z) with a complex operand.
func complexPowMod(t *Thread, a, b, m Object) (Object, error) {
	if m == None {
		return BinaryOperation(t, NB_POWER, a, b)
	}
	return nil, Errorf(ValueErrorType, "complex modulo")
}

func complexComplexMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("complex.__complex__", args, kw); err != nil {
		return nil, err
	}
	c, _, _ := ComplexValue(self)
	return Complex(c), nil
}

func complexGetNewArgs(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("complex.__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	c, _, _ := ComplexValue(self)
	return NewTuple(Float(real(c)), Float(imag(c))), nil
}

func complexSizeOf(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("complex.__sizeof__", args, kw); err != nil {
		return nil, err
	}
	return NewInt(32), nil
}

// complexNew implements complex(real=0, imag=0).
func complexNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	var r, i Object
	if err := UnpackArgs("complex", args, kw, "real?", &r, "imag?", &i); err != nil {
		return nil, err
	}
	v, err := complexFromArgs(t, r, i)
	if err != nil {
		return nil, err
	}
	if typ == ComplexType {
		return v, nil
	}
	return newInstanceWithBase(t, typ, v)
}

// complexFromArgs computes complex(r, i); nil stands for a missing
// argument.
func complexFromArgs(t *Thread, r, i Object) (Object, error) {
	if r == nil {
		r = NewInt(0)
	}
	if s, ok := AsStr(r); ok {
		if i != nil {
			return nil, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		text := s.s
		if strings.IndexByte(text, '_') >= 0 {
			var ok bool
			if text, ok = stripNumberUnderscores(text); !ok {
				r, err := Repr(t, s)
				if err != nil {
					return nil, err
				}
				return nil, Errorf(ValueErrorType, "could not convert string to complex: %s", r.s)
			}
		}
		c, ok := ParseComplex(text)
		if !ok {
			return nil, Errorf(ValueErrorType, "complex() arg is a malformed string")
		}
		return Complex(c), nil
	}
	if i != nil {
		if _, ok := AsStr(i); ok {
			return nil, Errorf(TypeErrorType, "complex() second arg can't be a string")
		}
	}
	// A complex exactly, or anything with __complex__, gives both parts.
	var cr complex128
	crComplex := false
	if c, ok := r.(Complex); ok {
		if i == nil {
			return c, nil
		}
		cr, crComplex = complex128(c), true
	} else if v, ok, err := complexDunder(t, r); err != nil {
		return nil, err
	} else if ok {
		cr, crComplex = v, true
	} else if c, ok := r.(*Instance); ok && IsInstance(c, ComplexType) {
		cr, _, _ = ComplexValue(c)
		crComplex = true
	}
	if !crComplex && !isRealNumber(r) {
		return nil, Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", TypeName(r))
	}
	if i != nil && !isRealNumber(i) && !IsInstance(i, ComplexType) {
		return nil, Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", TypeName(i))
	}
	if !crComplex {
		f, err := floatFromArg(t, r)
		if err != nil {
			return nil, err
		}
		fv, _ := FloatValue(f)
		cr = complex(fv, 0)
	}
	var ci complex128
	ciComplex := false
	switch {
	case i == nil:
		ci = complex(imag(cr), 0)
	case IsInstance(i, ComplexType):
		ci, _, _ = ComplexValue(i)
		ciComplex = true
	default:
		f, err := floatFromArg(t, i)
		if err != nil {
			return nil, err
		}
		fv, _ := FloatValue(f)
		ci = complex(fv, 0)
	}
	re, im := real(cr), real(ci)
	if ciComplex {
		re -= imag(ci)
	}
	if crComplex && i != nil {
		im += imag(cr)
	}
	return Complex(complex(re, im)), nil
}

// isRealNumber reports whether float() accepts o as a number (it has
// __float__ or __index__).
func isRealNumber(o Object) bool {
	s := &o.Type().Slots
	return s.Float != nil || s.Index != nil
}

// complexDunder calls o.__complex__() when o's type defines it (other
// than complex itself), checking the result's type.
func complexDunder(t *Thread, o Object) (complex128, bool, error) {
	typ := o.Type()
	if typ == ComplexType || typ.LookupString("__complex__") == nil {
		return 0, false, nil
	}
	r, found, err := callDunder(t, o, NewStr("__complex__"))
	if err != nil || !found {
		return 0, false, err
	}
	c, ok := r.(Complex)
	if !ok {
		if inst, isInst := r.(*Instance); isInst && IsInstance(inst, ComplexType) {
			v, _, _ := ComplexValue(inst)
			return v, true, nil
		}
		return 0, false, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", TypeName(r))
	}
	return complex128(c), true, nil
}

// ParseComplex parses the text complex() accepts: optional whitespace
// and parentheses around "real", "imag j", "real ± imag j" or a bare
// "j" with an optional sign; the parts are float literals (inf and nan
// included, underscores between digits).
func ParseComplex(text string) (complex128, bool) {
	s := strings.Map(normaliseDigit, text)
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") {
		if !strings.HasSuffix(s, ")") {
			return 0, false
		}
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return 0, false
	}
	end := scanFloatLiteral(s, 0)
	if end < 0 {
		// No number: only "j", "+j" or "-j" remain possible.
		switch strings.ToLower(s) {
		case "j", "+j":
			return complex(0, 1), true
		case "-j":
			return complex(0, -1), true
		}
		return 0, false
	}
	first, ok := ParseFloat(s[:end])
	if !ok {
		return 0, false
	}
	rest := s[end:]
	switch {
	case rest == "":
		return complex(first, 0), true
	case rest == "j" || rest == "J":
		return complex(0, first), true
	case rest[0] != '+' && rest[0] != '-':
		return 0, false
	}
	// real ± imag j, where imag may be omitted ("1+j").
	last := rest[len(rest)-1]
	if last != 'j' && last != 'J' {
		return 0, false
	}
	imagText := rest[:len(rest)-1]
	if imagText == "+" || imagText == "-" {
		if imagText == "-" {
			return complex(first, -1), true
		}
		return complex(first, 1), true
	}
	if scanFloatLiteral(imagText, 0) != len(imagText) {
		return 0, false
	}
	second, ok := ParseFloat(imagText)
	if !ok {
		return 0, false
	}
	return complex(first, second), true
}

// scanFloatLiteral returns the end of the float literal starting at s[i]
// (an optional sign, then digits with single underscores between them,
// an optional fraction and exponent, or inf/infinity/nan), or -1 when
// there is none.
func scanFloatLiteral(s string, i int) int {
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	low := strings.ToLower(s[i:])
	switch {
	case strings.HasPrefix(low, "infinity"):
		return i + 8
	case strings.HasPrefix(low, "inf"), strings.HasPrefix(low, "nan"):
		return i + 3
	}
	digits := func(j int) int { // end of a digit run with underscores, or j
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
			if k+1 < len(s) && s[k] == '_' && isDigit(s[k+1]) {
				k++
			}
		}
		return k
	}
	j := digits(i)
	intDigits := j > i
	fracDigits := false
	if j < len(s) && s[j] == '.' {
		k := digits(j + 1)
		fracDigits = k > j+1
		if intDigits || fracDigits {
			j = k
		}
	}
	if !intDigits && !fracDigits {
		return -1
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if e := digits(k); e > k {
			j = e
		}
	}
	return j
}

// stripNumberUnderscores removes the underscores of a number's text,
// reporting false unless each sits between two digits.
func stripNumberUnderscores(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isDigit(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isDigit(c) {
				return "", false
			}
			out = append(out, c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(out), true
}
