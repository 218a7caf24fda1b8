package py

import (
	"github.com/kaa-lang/kaa/internal/libm"
	"math"
	"strconv"
	"strings"
)

// float.hex() and float.fromhex(): C99's hexadecimal floating-point
// notation, "[-]0x1.<13 hex digits>p<exponent>".

func init() {
	FloatType.AddMethod("hex", floatHexMethod, "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'")
	FloatType.AddClassMethod("fromhex", floatFromHexMethod, "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324")
}

// FloatHex returns float.hex() of f.
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		return FloatRepr(f)
	case f == 0:
		if math.Signbit(f) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	sign := ""
	if f < 0 {
		sign = "-"
	}
	b := math.Float64bits(math.Abs(f))
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0" // subnormal: 0x0.<mantissa>p-1022
		exp = -1022
	} else {
		exp -= 1023
	}
	digits := strconv.FormatUint(mant, 16)
	digits = strings.Repeat("0", 13-len(digits)) + digits
	es := "+"
	if exp < 0 {
		es = "-"
		exp = -exp
	}
	return sign + "0x" + lead + "." + digits + "p" + es + strconv.Itoa(exp)
}

func floatHexMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.hex", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return newASCIIStr(FloatHex(f)), nil
}

// floatFromHexMethod implements float.fromhex(string), a class method: a
// subclass is called with the result.
func floatFromHexMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var arg Object
	if err := UnpackArgs("float.fromhex", args, kw, "string", &arg, "/"); err != nil {
		return nil, err
	}
	s, ok := AsStr(arg)
	if !ok {
		return nil, Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	f, err := FloatFromHex(s.s)
	if err != nil {
		return nil, err
	}
	if typ, ok := self.(*Type); ok && typ != FloatType {
		return Call(t, typ, []Object{Float(f)}, nil)
	}
	return Float(f), nil
}

// isHexDigit reports whether c is an ASCII hexadecimal digit.
func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// isPySpace reports whether c is ASCII whitespace as C's isspace sees it.
func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// FloatFromHex parses the text float.fromhex accepts: optional
// whitespace and sign, then inf/infinity/nan or [0x]h*[.h*][p[+-]d+],
// rounding half to even; errors are CPython's.
func FloatFromHex(text string) (float64, error) {
	invalid := Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	i, n := 0, len(text)
	for i < n && isPySpace(text[i]) {
		i++
	}
	for n > i && isPySpace(text[n-1]) {
		n--
	}
	s := text[i:n]
	neg := false
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		if neg {
			return math.Copysign(libm.NaN(), -1), nil
		}
		return libm.NaN(), nil
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	j := 0
	for j < len(body) && isHexDigit(body[j]) {
		j++
	}
	intPart := body[:j]
	frac := ""
	if j < len(body) && body[j] == '.' {
		k := j + 1
		for k < len(body) && isHexDigit(body[k]) {
			k++
		}
		frac = body[j+1 : k]
		j = k
	}
	if intPart == "" && frac == "" {
		return 0, invalid
	}
	expText := "0"
	if j < len(body) && (body[j] == 'p' || body[j] == 'P') {
		k := j + 1
		if k < len(body) && (body[k] == '+' || body[k] == '-') {
			k++
		}
		d := k
		for k < len(body) && isDigit(body[k]) {
			k++
		}
		if k == d {
			return 0, invalid
		}
		expText = body[j+1 : k]
		j = k
	}
	if j != len(body) {
		return 0, invalid
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	if strings.Trim(intPart+frac, "0") == "" {
		return math.Copysign(0, sign), nil
	}
	// Exponents far beyond the float range overflow or underflow whatever
	// the coefficient; clamp them so strconv sees a sane number.
	exp, err := strconv.ParseInt(expText, 10, 64)
	if err != nil || exp > 1<<40 || exp < -(1<<40) {
		if strings.HasPrefix(expText, "-") {
			return math.Copysign(0, sign), nil
		}
		return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	if intPart == "" {
		intPart = "0"
	}
	lit := "0x" + intPart
	if frac != "" {
		lit += "." + frac
	}
	lit += "p" + strconv.FormatInt(exp, 10)
	f, perr := strconv.ParseFloat(lit, 64)
	if perr != nil {
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		if f != 0 {
			return 0, invalid
		}
	}
	return f * sign, nil
}
