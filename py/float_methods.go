package py

import (
	"math"
	"math/big"
	"strconv"
)

// The methods and computed attributes of float other than hex/fromhex
// (float_hex.go): rounding, integer ratios, divmod and the numeric-tower
// accessors.

func init() {
	FloatType.AddMethod("conjugate", floatConjugate, "Return self, the complex conjugate of any float.")
	FloatType.AddMethod("is_integer", floatIsInteger, "Return True if the float is an integer.")
	FloatType.AddMethod("as_integer_ratio", floatAsIntegerRatio, "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)")
	FloatType.AddMethod("__trunc__", floatTruncMethod, "Return the Integral closest to x between 0 and x.")
	FloatType.AddMethod("__floor__", floatFloorMethod, "Return the floor as an Integral.")
	FloatType.AddMethod("__ceil__", floatCeilMethod, "Return the ceiling as an Integral.")
	FloatType.AddMethod("__round__", floatRoundMethod, "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).")
	FloatType.AddMethod("__divmod__", floatDivmodMethod, "Return divmod(self, value).")
	FloatType.AddMethod("__rdivmod__", floatRDivmodMethod, "Return divmod(value, self).")
	FloatType.AddMethod("__getnewargs__", floatGetNewArgs, "")
	FloatType.AddMethod("__sizeof__", floatSizeOf, "Size of object in memory, in bytes.")
	FloatType.AddClassMethod("__getformat__", floatGetFormat, "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr.")
	FloatType.AddGetSet("real", floatGetReal, nil, "the real part of a complex number")
	FloatType.AddGetSet("imag", floatGetImag, nil, "the imaginary part of a complex number")
	FloatType.Slots.PowMod = floatPowMod
}

func floatGetReal(t *Thread, o Object) (Object, error) {
	f, _ := FloatValue(o)
	return Float(f), nil
}

func floatGetImag(t *Thread, o Object) (Object, error) { return Float(0), nil }

// floatPowMod is pow(x, y, z) with a float operand: always a TypeError.
func floatPowMod(t *Thread, a, b, m Object) (Object, error) {
	if m == None {
		return FloatBinaryOp(NB_POWER, a, b)
	}
	// CPython's float_pow refuses a modulus before looking at the operands.
	return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
}

// floatConjugate implements float.conjugate().
func floatConjugate(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.conjugate", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return Float(f), nil
}

// floatIsInteger implements float.is_integer().
func floatIsInteger(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.is_integer", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}

// FloatAsIntegerRatio returns the lowest-terms fraction equal to f, with
// CPython's errors for infinities and NaNs.
func FloatAsIntegerRatio(f float64) (num, den *big.Int, err error) {
	if math.IsInf(f, 0) {
		return nil, nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, nil, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

// floatAsIntegerRatio implements float.as_integer_ratio().
func floatAsIntegerRatio(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.as_integer_ratio", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	n, d, err := FloatAsIntegerRatio(f)
	if err != nil {
		return nil, err
	}
	return NewTuple(newIntOwnBig(n), newIntOwnBig(d)), nil
}

func floatTruncMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.__trunc__", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return FloatToInt(f)
}

func floatFloorMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.__floor__", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return FloatToInt(math.Floor(f))
}

func floatCeilMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.__ceil__", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return FloatToInt(math.Ceil(f))
}

// floatRoundMethod implements float.__round__(ndigits=None).
func floatRoundMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var nd Object = None
	if err := UnpackArgs("__round__", args, kw, "ndigits?", &nd, "/"); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return FloatRound(t, f, nd)
}

// FloatRound returns round(x, ndigits) for a float: an int rounded half
// to even when ndigits is None, else the float closest to x rounded
// correctly to ndigits decimal places (ties to even on x's exact value).
func FloatRound(t *Thread, x float64, ndigits Object) (Object, error) {
	if ndigits == None {
		return FloatToInt(math.RoundToEven(x))
	}
	ndo, err := Index(t, ndigits)
	if err != nil {
		return nil, err
	}
	// Out-of-range ndigits clip, as CPython's PyNumber_AsSsize_t(o, NULL).
	nd, ndBig, _ := IntValue(ndo)
	if ndBig != nil {
		nd = math.MaxInt64
		if ndBig.Sign() < 0 {
			nd = math.MinInt64
		}
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return Float(x), nil
	}
	// Beyond these bounds x is unchanged or zero: (53+1021)*log10(2) and
	// -(1024+1)*log10(2), rounded toward zero.
	const ndigitsMax, ndigitsMin = 323, -308
	switch {
	case nd > ndigitsMax:
		return Float(x), nil
	case nd < ndigitsMin:
		return Float(0 * x), nil
	}
	r, err := roundFloatDecimal(x, int(nd))
	if err != nil {
		return nil, err
	}
	return Float(r), nil
}

// roundFloatDecimal rounds a finite x to the nearest multiple of
// 10**-nd (ties to even on the exact binary value) and converts the
// decimal result back to the nearest float.
func roundFloatDecimal(x float64, nd int) (float64, error) {
	var text string
	if nd >= 0 {
		text = strconv.FormatFloat(x, 'f', nd, 64)
	} else {
		// q = round(x / 10**k), result q * 10**k, in exact arithmetic.
		k := -nd
		r := new(big.Rat).SetFloat64(math.Abs(x))
		den := new(big.Int).Mul(r.Denom(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
		q, rem := new(big.Int).QuoRem(r.Num(), den, new(big.Int))
		c := rem.Lsh(rem, 1).Cmp(den)
		if c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		text = q.String() + "e" + strconv.Itoa(k)
		if math.Signbit(x) {
			text = "-" + text
		}
	}
	r, err := strconv.ParseFloat(text, 64)
	if err != nil && math.IsInf(r, 0) {
		return 0, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	return r, nil
}

// FloatDivmod returns divmod(x, y) for floats.
func FloatDivmod(x, y float64) (Object, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "float divmod()")
	}
	q, m := floatDivmod(x, y)
	return NewTuple(Float(q), Float(m)), nil
}

// floatDivmodOperands converts the operands of float divmod, reporting
// false when either is not a float or an int.
func floatDivmodOperands(a, b Object) (Object, error) {
	x, ok, err := toFloatOperand(a)
	if err != nil || !ok {
		if err != nil {
			return nil, err
		}
		return NotImplemented, nil
	}
	y, ok, err := toFloatOperand(b)
	if err != nil || !ok {
		if err != nil {
			return nil, err
		}
		return NotImplemented, nil
	}
	return FloatDivmod(x, y)
}

func floatDivmodMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := oneArg(args, kw); err != nil {
		return nil, err
	}
	return floatDivmodOperands(self, args[0])
}

func floatRDivmodMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := oneArg(args, kw); err != nil {
		return nil, err
	}
	return floatDivmodOperands(args[0], self)
}

func floatGetNewArgs(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	f, _ := FloatValue(self)
	return NewTuple(Float(f)), nil
}

func floatSizeOf(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("float.__sizeof__", args, kw); err != nil {
		return nil, err
	}
	return NewInt(24), nil
}

// floatGetFormat implements float.__getformat__(typestr).
func floatGetFormat(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var typestr string
	if err := UnpackArgs("float.__getformat__", args, kw, "typestr", &typestr, "/"); err != nil {
		return nil, err
	}
	if typestr != "double" && typestr != "float" {
		return nil, Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
	}
	return NewStr("IEEE, little-endian"), nil
}
