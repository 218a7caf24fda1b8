package syntax

import (
	"math"
	"strconv"
	"strings"
)

// reprFloat implements ReprFloat.
func reprFloat(f float64) string { return formatFloatRepr(f, true, false) }

// reprComplex implements ReprComplex: the imaginary part alone when the
// real part is +0.0, else "(real±imag j)"; parts have no ".0".
func reprComplex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloatRepr(im, false, false) + "j"
	}
	return "(" + formatFloatRepr(re, false, false) + formatFloatRepr(im, false, true) + "j)"
}

// formatFloatRepr formats f as CPython's float_repr_style 'r' does:
// the shortest digits that round-trip, in positional notation when the
// decimal exponent is in [-4, 16), else in exponent notation with at
// least two exponent digits. addDot0 appends ".0" to integral values in
// positional notation; sign adds '+' to non-negative values.
func formatFloatRepr(f float64, addDot0, sign bool) string {
	switch {
	case math.IsNaN(f):
		if sign {
			return "+nan"
		}
		return "nan"
	case math.IsInf(f, 1):
		if sign {
			return "+inf"
		}
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	// 'e' with -1 precision gives the shortest round-trip digits.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // value = 0.digits * 10**decpt
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	} else if sign {
		b.WriteByte('+')
	}
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		x := decpt - 1
		if x < 0 {
			b.WriteByte('-')
			x = -x
		} else {
			b.WriteByte('+')
		}
		if x < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(x))
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}
