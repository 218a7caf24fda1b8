package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/internal/libm"
)

// Float is a Python float.
type Float float64

// FloatType is the type of float.
var FloatType = newBuiltinType("float", ObjectType, FlagBaseType)

// Type returns FloatType.
func (Float) Type() *Type { return FloatType }

// FloatRepr returns repr() of a float: the shortest text that reads back
// to the same value, in fixed notation when the decimal exponent is in
// [-4, 16), otherwise in exponent notation ("1e+16", "1e-05").
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // -d.ddde±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	epos := strings.IndexByte(e, 'e')
	digits := strings.Replace(e[:epos], ".", "", 1)
	exp, _ := strconv.Atoi(e[epos+1:])
	decpt := exp + 1
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			return sign + "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			return sign + digits[:decpt] + "." + digits[decpt:]
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	x := strconv.Itoa(exp)
	if len(x) < 2 {
		x = "0" + x
	}
	return sign + m + "e" + es + x
}

// FloatValue returns the float value of o when o is a float or an
// instance of a subclass of float.
func FloatValue(o Object) (float64, bool) {
	switch v := o.(type) {
	case Float:
		return float64(v), true
	case *Instance:
		if f, ok := v.base.(Float); ok {
			return float64(f), true
		}
	}
	return 0, false
}

// toFloatOperand converts an operand of a float operation: a float or
// an int; ok is false for other types.
func toFloatOperand(o Object) (float64, bool, error) {
	if f, ok := FloatValue(o); ok {
		return f, true, nil
	}
	if isInt(o) {
		f, err := intToFloat(o)
		return f, true, err
	}
	return 0, false, nil
}

func init() {
	FloatType.Doc = "Convert a string or number to a floating point number, if possible."
	s := &FloatType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		f, _ := FloatValue(o)
		return newASCIIStr(FloatRepr(f)), nil
	}
	s.Hash = func(t *Thread, o Object) (int64, error) {
		f, _ := FloatValue(o)
		if f != f {
			return identityHash(o), nil // a NaN hashes by identity (3.10+)
		}
		return hashFloat(f), nil
	}
	s.Compare = floatCompare
	s.Bool = func(t *Thread, o Object) (bool, error) {
		f, _ := FloatValue(o)
		return f != 0, nil
	}
	s.Neg = func(t *Thread, o Object) (Object, error) {
		f, _ := FloatValue(o)
		return Float(-f), nil
	}
	s.Pos = func(t *Thread, o Object) (Object, error) {
		f, _ := FloatValue(o)
		return Float(f), nil
	}
	s.Abs = func(t *Thread, o Object) (Object, error) {
		f, _ := FloatValue(o)
		return Float(math.Abs(f)), nil
	}
	s.Float = s.Pos
	s.Int = func(t *Thread, o Object) (Object, error) {
		f, _ := FloatValue(o)
		return FloatToInt(f)
	}
	for op := NB_ADD; op <= NB_XOR; op++ {
		op := op
		s.Binary[op] = func(t *Thread, a, b Object) (Object, error) { return FloatBinaryOp(op, a, b) }
	}
	s.New = floatNew
}

// FloatToInt truncates a float to an int (int(f)).
func FloatToInt(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return NewInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return newIntOwnBig(b), nil
}

// FloatBinaryOp applies a plain binary operation when one operand is a
// float and the other a float or an int.
func FloatBinaryOp(op BinaryOp, a, b Object) (Object, error) {
	x, ok, err := toFloatOperand(a)
	if !ok || err != nil {
		if err != nil {
			return nil, err
		}
		return NotImplemented, nil
	}
	y, ok, err := toFloatOperand(b)
	if !ok || err != nil {
		if err != nil {
			return nil, err
		}
		return NotImplemented, nil
	}
	return floatOp(op, x, y)
}

// floatOp applies op to two floats.
func floatOp(op BinaryOp, x, y float64) (Object, error) {
	switch op {
	case NB_ADD:
		return Float(x + y), nil
	case NB_SUBTRACT:
		return Float(x - y), nil
	case NB_MULTIPLY:
		return Float(x * y), nil
	case NB_TRUE_DIVIDE:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case NB_FLOOR_DIVIDE:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), nil
	case NB_REMAINDER:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivmod(x, y)
		return Float(m), nil
	case NB_POWER:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatDivmod is CPython's float divmod: floor quotient and a remainder
// with the sign of y.
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow is x ** y for floats, with CPython's special cases and errors.
func floatPow(x, y float64) (Object, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) && !math.IsInf(x, 0) {
		// A negative number to a fractional power is complex.
		return complexPow(complex(x, 0), complex(y, 0))
	}
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, NewError(OverflowErrorType, NewInt(34), NewStr("Numerical result out of range"))
	}
	return Float(r), nil
}

// floatCompare compares a float with a float or an int, exactly (a big
// int is not rounded to a float first).
func floatCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, _ := FloatValue(a)
	if y, ok := FloatValue(b); ok {
		return floatCmpResult(x, y, op), nil
	}
	if !isInt(b) {
		return NotImplemented, nil
	}
	if s, bb, _ := IntValue(b); bb == nil && s > -(1<<53) && s < 1<<53 {
		return floatCmpResult(x, float64(s), op), nil
	}
	if math.IsNaN(x) {
		return Bool(op == CmpNE), nil
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return compareResult(1, op), nil
		}
		return compareResult(-1, op), nil
	}
	xr := new(big.Rat)
	xr.SetFloat64(x)
	yr := new(big.Rat).SetInt(asBig(b))
	return compareResult(xr.Cmp(yr), op), nil
}

func floatCmpResult(x, y float64, op CompareOp) Object {
	switch op {
	case CmpLT:
		return Bool(x < y)
	case CmpLE:
		return Bool(x <= y)
	case CmpEQ:
		return Bool(x == y)
	case CmpNE:
		return Bool(x != y)
	case CmpGT:
		return Bool(x > y)
	}
	return Bool(x >= y)
}

// ParseFloat converts the text of a float literal as float() accepts it
// (surrounding whitespace, underscores between digits, inf, nan).
func ParseFloat(text string) (float64, bool) {
	s := strings.TrimSpace(text)
	if s == "" {
		return 0, false
	}
	low := strings.ToLower(s)
	body := strings.TrimLeft(low, "+-")
	if len(low)-len(body) > 1 {
		return 0, false
	}
	neg := strings.HasPrefix(low, "-")
	switch body {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(libm.NaN(), -1), true
		}
		return libm.NaN(), true
	}
	if strings.Contains(s, "_") {
		if !validUnderscores(body) {
			return 0, false
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == '+' || c == '-' || c == '_') {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// validUnderscores checks that every underscore sits between two digits.
func validUnderscores(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			if i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
				return false
			}
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
