package py

import (
	"math"
	"strconv"
	"strings"
)

// This file turns floats into text as CPython's PyOS_double_to_string
// does (for format(), str.format, %-formatting and repr), and implements
// float.__format__ and complex.__format__.
//
// Digits come from strconv, which rounds correctly (ties to even on the
// exact binary value) just as CPython's dtoa does; the layout around them
// (where the point goes, padding zeros, exponent form, trailing zeros)
// follows CPython's format_float_short.

// Options of formatDouble (CPython's Py_DTSF_* flags).
const (
	dtsfSign    = 1 << iota // always write a sign
	dtsfAddDot0             // an integral result gets ".0" (repr, str)
	dtsfAlt                 // '#': keep the point, and g's trailing zeros
	dtsfNoNeg0              // 'z': a result that rounds to zero has no minus
)

// floatDigits returns the decimal digits of |f| (no leading or trailing
// zeros, "0" for zero) and the position of the decimal point relative to
// them: f = 0.DIGITS * 10**decpt. mode 0 gives the shortest digits that
// read back as f, mode 2 at most n significant digits, mode 3 n digits
// after the point (dtoa's modes).
func floatDigits(f float64, mode, n int) (string, int) {
	f = math.Abs(f)
	if f == 0 {
		return "0", 1
	}
	var digits string
	var decpt int
	switch mode {
	case 3:
		s := strconv.FormatFloat(f, 'f', n, 64)
		intPart, frac, _ := strings.Cut(s, ".")
		all := intPart + frac
		k := 0
		for k < len(all) && all[k] == '0' {
			k++
		}
		digits, decpt = all[k:], len(intPart)-k
		if digits == "" {
			return "0", 1
		}
	default:
		prec := -1
		if mode == 2 {
			prec = n - 1
		}
		s := strconv.FormatFloat(f, 'e', prec, 64)
		epos := strings.IndexByte(s, 'e')
		exp, _ := strconv.Atoi(s[epos+1:])
		mant := s[:epos]
		if len(mant) > 1 {
			mant = mant[:1] + mant[2:]
		}
		digits, decpt = mant, exp+1
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		return "0", 1
	}
	return digits, decpt
}

// formatDouble formats f with presentation code e, E, f, F, g, G or r
// (repr, which ignores precision) and the dtsf flags, as CPython's
// PyOS_double_to_string does.
func formatDouble(f float64, code byte, precision int, flags int) string {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		var s string
		switch {
		case math.IsNaN(f):
			s = "nan" // never signed
		case f < 0:
			s = "-inf"
		case flags&dtsfSign != 0:
			s = "+inf"
		default:
			s = "inf"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		return s
	}
	var mode, n int
	switch code {
	case 'e':
		mode, n = 2, precision+1
	case 'f':
		mode, n = 3, precision
	case 'g':
		mode, n = 2, precision
		if n == 0 {
			n = 1
		}
	default: // 'r'
		mode, n = 0, 0
	}
	digits, decpt := floatDigits(f, mode, n)
	negative := math.Signbit(f)
	if flags&dtsfNoNeg0 != 0 && digits == "0" {
		negative = false
	}
	alt, addDot0 := flags&dtsfAlt != 0, flags&dtsfAddDot0 != 0
	useExp := false
	vEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vEnd = n
	case 'f':
		vEnd = decpt + n
	case 'g':
		limit := n
		if addDot0 {
			limit = n - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = n
		}
	default:
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	b := make([]byte, 0, vEnd-vStart+8)
	if negative {
		b = append(b, '-')
	} else if flags&dtsfSign != 0 {
		b = append(b, '+')
	}
	zeros := func(k int) {
		for ; k > 0; k-- {
			b = append(b, '0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vStart)
		b = append(b, '.')
		zeros(-decpt)
	} else {
		zeros(-vStart)
	}
	if 0 < decpt && decpt <= len(digits) {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if len(digits) < decpt {
		zeros(decpt - len(digits))
		b = append(b, '.')
		zeros(vEnd - decpt)
	} else {
		zeros(vEnd - len(digits))
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		if upper {
			b = append(b, 'E')
		} else {
			b = append(b, 'e')
		}
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return ownString(b)
}

// maxFloatPrecision bounds the precision of float formatting: CPython
// raises "precision too big" past INT_MAX, and kaa refuses sooner what it
// could not allocate.
const maxFloatPrecision = 1 << 28

// floatFormatCode checks a presentation type for a float and returns the
// code and precision to give formatDouble, with the flags.
func floatFormatCode(spec *formatSpec) (code byte, precision, flags int, pct bool, err error) {
	if spec.precision > 1<<31-1 {
		return 0, 0, 0, false, Errorf(ValueErrorType, "precision too big")
	}
	if spec.precision > maxFloatPrecision {
		return 0, 0, 0, false, NewError(MemoryErrorType)
	}
	precision = spec.precision
	defaultPrecision := 6
	if spec.alternate {
		flags |= dtsfAlt
	}
	if spec.noNegZero {
		flags |= dtsfNoNeg0
	}
	switch spec.typ {
	case 0:
		flags |= dtsfAddDot0
		code, defaultPrecision = 'r', 0
	case 'n':
		code = 'g'
	case '%':
		code, pct = 'f', true
	default:
		code = byte(spec.typ)
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if code == 'r' {
		code = 'g'
	}
	return code, precision, flags, pct, nil
}

// appendFloatSpec appends a float formatted by a parsed spec.
func appendFloatSpec(b []byte, v float64, spec *formatSpec, typeName string) ([]byte, error) {
	switch spec.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return nil, unknownFormatCode(spec.typ, typeName)
	}
	code, precision, flags, pct, err := floatFormatCode(spec)
	if err != nil {
		return nil, err
	}
	if pct {
		v *= 100
	}
	text := formatDouble(v, code, precision, flags)
	if pct {
		text += "%"
	}
	if spec.sign != '+' && spec.sign != ' ' && spec.width < 0 && spec.grouping == 0 {
		return append(b, text...), nil
	}
	return spec.appendNumber(b, splitNumber(text)), nil
}

// appendFormatFloat appends a float (or float subclass instance v, with
// value x) formatted by a spec.
func appendFormatFloat(t *Thread, b []byte, v Object, x float64, spec string) ([]byte, error) {
	if len(spec) == 0 {
		if _, exact := v.(Float); exact {
			return append(b, FloatRepr(x)...), nil
		}
		s, err := StrOf(t, v)
		if err != nil {
			return nil, err
		}
		return append(b, s.s...), nil
	}
	fs, err := parseFormatSpec(spec, TypeName(v), 0, '>')
	if err != nil {
		return nil, err
	}
	return appendFloatSpec(b, x, &fs, TypeName(v))
}

// floatFormat implements float.__format__(spec).
func floatFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg("float", args, kwnames)
	if err != nil {
		return nil, err
	}
	v, _ := FloatValue(self)
	b, err := appendFormatFloat(t, nil, self, v, spec.s)
	if err != nil {
		return nil, err
	}
	return NewStr(ownString(b)), nil
}

// complexFormat implements complex.__format__(spec).
func complexFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg("complex", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(spec.s) == 0 {
		return StrOf(t, self)
	}
	c, _ := complexOf(self)
	fs, err := parseFormatSpec(spec.s, TypeName(self), 0, '>')
	if err != nil {
		return nil, err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return nil, unknownFormatCode(fs.typ, TypeName(self))
	}
	if fs.fill == '0' {
		return nil, Errorf(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		return nil, Errorf(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	skipRe, parens := false, false
	if fs.typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	code, precision, flags, _, err := floatFormatCode(&fs)
	if err != nil {
		return nil, err
	}
	flags &^= dtsfAddDot0
	// The parts are laid out without padding, then padded together.
	part := fs
	part.fill, part.align, part.width = ' ', '<', -1
	var body []byte
	if parens {
		body = append(body, '(')
	}
	if !skipRe {
		body = part.appendNumber(body, splitNumber(formatDouble(re, code, precision, flags)))
		part.sign = '+'
	}
	body = part.appendNumber(body, splitNumber(formatDouble(im, code, precision, flags)))
	body = append(body, 'j')
	if parens {
		body = append(body, ')')
	}
	return NewStr(ownString(fs.padText(nil, string(body), charCount(string(body))))), nil
}

// complexOf returns the value of a complex or an instance of a subclass.
func complexOf(o Object) (complex128, bool) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true
	case *Instance:
		if c, ok := v.base.(Complex); ok {
			return complex128(c), true
		}
	}
	return 0, false
}

// formatSpecArg checks the one argument of a __format__ method.
func formatSpecArg(owner string, args []Object, kwnames *Tuple) (*Str, error) {
	if err := exactArgs(owner+".__format__", 1, args, kwnames); err != nil {
		return nil, err
	}
	spec, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", argTypeName(args[0]))
	}
	return spec, nil
}
