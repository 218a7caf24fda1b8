package pycmath

import (
	"math"

	"github.com/kaa-lang/kaa/internal/libm"
	"github.com/kaa-lang/kaa/py"
)

// The functions follow CPython's cmathmodule.c: the same formulas, the
// same thresholds against overflow, and the special-value tables for
// infinite and NaN parts.

// Thresholds beyond which the formulas are rearranged to avoid overflow,
// and the scaling that makes subnormal parts normal.
var (
	largeDouble     = math.MaxFloat64 / 4
	sqrtLargeDouble = math.Sqrt(math.MaxFloat64 / 4)
	logLargeDouble  = libm.Log(math.MaxFloat64 / 4)
	sqrtDblMin      = math.Sqrt(0x1p-1022)
)

const (
	scaleUp   = 53
	scaleDown = -27
	dblMin    = 0x1p-1022
)

var complexFuncs = []struct {
	name string
	fn   func(complex128) (complex128, int)
	doc  string
}{
	{"acos", cAcos, "Return the arc cosine of z."},
	{"acosh", cAcosh, "Return the inverse hyperbolic cosine of z."},
	{"asin", cAsin, "Return the arc sine of z."},
	{"asinh", cAsinh, "Return the inverse hyperbolic sine of z."},
	{"atan", cAtan, "Return the arc tangent of z."},
	{"atanh", cAtanh, "Return the inverse hyperbolic tangent of z."},
	{"cos", cCos, "Return the cosine of z."},
	{"cosh", cCosh, "Return the hyperbolic cosine of z."},
	{"exp", cExp, "Return the exponential value e**z."},
	{"log10", cLog10, "Return the base-10 logarithm of z."},
	{"sin", cSin, "Return the sine of z."},
	{"sinh", cSinh, "Return the hyperbolic sine of z."},
	{"sqrt", cSqrt, "Return the square root of z."},
	{"tan", cTan, "Return the tangent of z."},
	{"tanh", cTanh, "Return the hyperbolic tangent of z."},
}

func nonFinite(z complex128) bool { return !isFinite(real(z)) || !isFinite(imag(z)) }

// log1p keeps the sign of a zero argument.
func log1p(x float64) float64 {
	if x == 0 {
		return x
	}
	return libm.Log1p(x)
}

func cAcos(z complex128) (complex128, int) {
	if nonFinite(z) {
		return lookup("acos", z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		re := libm.Atan2(math.Abs(y), x)
		l := libm.Log(libm.Hypot(x/2, y/2)) + math.Ln2*2
		var im float64
		if x < 0 {
			im = -math.Copysign(l, y)
		} else {
			im = math.Copysign(l, -y)
		}
		return complex(re, im), 0
	}
	s1, _ := cSqrt(complex(1-x, -y))
	s2, _ := cSqrt(complex(1+x, y))
	re := 2 * libm.Atan2(real(s1), real(s2))
	im := libm.Asinh(real(s2)*imag(s1) - imag(s2)*real(s1))
	return complex(re, im), 0
}

func cAcosh(z complex128) (complex128, int) {
	if nonFinite(z) {
		return lookup("acosh", z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(libm.Log(libm.Hypot(x/2, y/2))+math.Ln2*2, libm.Atan2(y, x)), 0
	}
	s1, _ := cSqrt(complex(x-1, y))
	s2, _ := cSqrt(complex(x+1, y))
	re := libm.Asinh(real(s1)*real(s2) + imag(s1)*imag(s2))
	im := 2 * libm.Atan2(imag(s1), real(s2))
	return complex(re, im), 0
}

// rotate and unrotate map z to iz and back: asin(z) = -i asinh(iz) and
// the like.
func rotate(z complex128) complex128   { return complex(-imag(z), real(z)) }
func unrotate(s complex128) complex128 { return complex(imag(s), -real(s)) }

func cAsin(z complex128) (complex128, int) {
	s, e := cAsinh(rotate(z))
	return unrotate(s), e
}

func cAsinh(z complex128) (complex128, int) {
	if nonFinite(z) {
		return lookup("asinh", z)
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		l := libm.Log(libm.Hypot(x/2, y/2)) + math.Ln2*2
		var re float64
		if y >= 0 {
			re = math.Copysign(l, x)
		} else {
			re = -math.Copysign(l, -x)
		}
		return complex(re, libm.Atan2(y, math.Abs(x))), 0
	}
	s1, _ := cSqrt(complex(1+y, -x))
	s2, _ := cSqrt(complex(1-y, x))
	re := libm.Asinh(real(s1)*imag(s2) - real(s2)*imag(s1))
	im := libm.Atan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))
	return complex(re, im), 0
}

func cAtan(z complex128) (complex128, int) {
	s, e := cAtanh(rotate(z))
	return unrotate(s), e
}

func cAtanh(z complex128) (complex128, int) {
	if nonFinite(z) {
		return lookup("atanh", z)
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, e := cAtanh(-z)
		return -r, e
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		// atanh(z) ≈ 1/z ± i pi/2 for large |z|.
		h := libm.Hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), 0
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(inf, y), errDomain
		}
		re := -libm.Log(math.Sqrt(ay) / math.Sqrt(libm.Hypot(ay, 2)))
		return complex(re, math.Copysign(libm.Atan2(2, -ay)/2, y)), 0
	}
	re := log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -libm.Atan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), 0
}

func cCos(z complex128) (complex128, int) { return cCosh(rotate(z)) }

func cCosh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if nonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			re := math.Copysign(inf, libm.Cos(y))
			im := math.Copysign(inf, libm.Sin(y))
			if x < 0 {
				im = -im
			}
			r = complex(re, im)
		} else {
			r, _ = lookup("cosh", z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, errDomain
		}
		return r, 0
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		// cosh(x) overflows where cosh(z) may not.
		xm1 := x - math.Copysign(1, x)
		re = libm.Cos(y) * libm.Cosh(xm1) * math.E
		im = libm.Sin(y) * libm.Sinh(xm1) * math.E
	} else {
		re = libm.Cos(y) * libm.Cosh(x)
		im = libm.Sin(y) * libm.Sinh(x)
	}
	return rangeChecked(re, im)
}

// rangeChecked reports an overflow when a part is infinite.
func rangeChecked(re, im float64) (complex128, int) {
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return complex(re, im), errRange
	}
	return complex(re, im), 0
}

func cExp(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if nonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(inf, libm.Cos(y)), math.Copysign(inf, libm.Sin(y)))
			} else {
				r = complex(math.Copysign(0, libm.Cos(y)), math.Copysign(0, libm.Sin(y)))
			}
		} else {
			r, _ = lookup("exp", z)
		}
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, errDomain
		}
		return r, 0
	}
	var re, im float64
	if x > logLargeDouble {
		l := libm.Exp(x - 1)
		re = l * libm.Cos(y) * math.E
		im = l * libm.Sin(y) * math.E
	} else {
		l := libm.Exp(x)
		re = l * libm.Cos(y)
		im = l * libm.Sin(y)
	}
	return rangeChecked(re, im)
}

// cLogRaw is CPython's c_log: the principal logarithm, accurate near
// |z| == 1 and for tiny or huge |z|.
func cLogRaw(z complex128) (complex128, int) {
	if nonFinite(z) {
		return lookup("log", z)
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = libm.Log(libm.Hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return complex(-inf, libm.Atan2(y, x)), errDomain
		}
		re = libm.Log(libm.Hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*math.Ln2
	default:
		h := libm.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = libm.Log(h)
		}
	}
	return complex(re, libm.Atan2(y, x)), 0
}

func cLog10(z complex128) (complex128, int) {
	r, e := cLogRaw(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), e
}

func cSin(z complex128) (complex128, int) {
	s, e := cSinh(rotate(z))
	return unrotate(s), e
}

func cSinh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if nonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			re := math.Copysign(inf, libm.Cos(y))
			if x < 0 {
				re = -re
			}
			r = complex(re, math.Copysign(inf, libm.Sin(y)))
		} else {
			r, _ = lookup("sinh", z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, errDomain
		}
		return r, 0
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = libm.Cos(y) * libm.Sinh(xm1) * math.E
		im = libm.Sin(y) * libm.Cosh(xm1) * math.E
	} else {
		re = libm.Cos(y) * libm.Sinh(x)
		im = libm.Sin(y) * libm.Cosh(x)
	}
	return rangeChecked(re, im)
}

func cSqrt(z complex128) (complex128, int) {
	if nonFinite(z) {
		return lookup("sqrt", z)
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), 0
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < dblMin && ay < dblMin {
		// hypot(ax, ay) would be subnormal: scale up first.
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+libm.Hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+libm.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), 0
	}
	return complex(d, math.Copysign(s, y)), 0
}

func cTan(z complex128) (complex128, int) {
	s, e := cTanh(rotate(z))
	return unrotate(s), e
}

func cTanh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if nonFinite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			re := 1.0
			if x < 0 {
				re = -1
			}
			r = complex(re, math.Copysign(0, 2*libm.Sin(y)*libm.Cos(y)))
		} else {
			r, _ = lookup("tanh", z)
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, errDomain
		}
		return r, 0
	}
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1, x), 4*libm.Sin(y)*libm.Cos(y)*libm.Exp(-2*math.Abs(x))), 0
	}
	tx := libm.Tanh(x)
	ty := libm.Tan(y)
	cx := 1 / libm.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), 0
}

// cmathLog implements cmath.log(z[, base]).
func cmathLog(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("log", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeErrorType, "log expected at least 1 argument, got 0")
		}
		return nil, py.Errorf(py.TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
	}
	z, err := py.ComplexArg(t, args[0])
	if err != nil {
		return nil, err
	}
	r, errno := cLogRaw(z)
	if len(args) == 2 {
		b, err := py.ComplexArg(t, args[1])
		if err != nil {
			return nil, err
		}
		// As in CPython, the base's log decides errno.
		var lb complex128
		lb, errno = cLogRaw(b)
		if lb == 0 {
			errno = errDomain
		} else {
			r = py.ComplexDiv(r, lb)
		}
	}
	if errno != 0 {
		return nil, mathError(errno)
	}
	return py.Complex(r), nil
}

// cAbs is CPython's _Py_c_abs: an infinite part wins over a NaN.
func cAbs(z complex128) (float64, int) {
	x, y := real(z), imag(z)
	switch {
	case math.IsInf(x, 0):
		return math.Abs(x), 0
	case math.IsInf(y, 0):
		return math.Abs(y), 0
	case math.IsNaN(x) || math.IsNaN(y):
		return nan, 0
	}
	r := libm.Hypot(x, y)
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, 0
}

func cmathPhase(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("cmath.phase", args, kw, 1, 1); err != nil {
		return nil, err
	}
	z, err := py.ComplexArg(t, args[0])
	if err != nil {
		return nil, err
	}
	phi := libm.Atan2(imag(z), real(z))
	if phi == 0 && imag(z) != 0 && isFinite(real(z)) && isFinite(imag(z)) {
		// C's atan2 reports the underflow to zero, and CPython raises.
		return nil, mathError(errRange)
	}
	return py.Float(phi), nil
}

func cmathPolar(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("cmath.polar", args, kw, 1, 1); err != nil {
		return nil, err
	}
	z, err := py.ComplexArg(t, args[0])
	if err != nil {
		return nil, err
	}
	phi := libm.Atan2(imag(z), real(z))
	r, errno := cAbs(z)
	if errno != 0 {
		return nil, mathError(errno)
	}
	return py.NewTuple(py.Float(r), py.Float(phi)), nil
}

func cmathRect(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("rect", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := py.FloatArg(t, args[0])
	if err != nil {
		return nil, err
	}
	phi, err := py.FloatArg(t, args[1])
	if err != nil {
		return nil, err
	}
	var z complex128
	switch {
	case !isFinite(r) || !isFinite(phi):
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			re := math.Copysign(inf, libm.Cos(phi))
			im := math.Copysign(inf, libm.Sin(phi))
			if r < 0 {
				re, im = -re, -im
			}
			z = complex(re, im)
		} else {
			z, _ = lookup("rect", complex(r, phi))
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return nil, mathError(errDomain)
		}
	case phi == 0:
		z = complex(r, r*phi)
	default:
		z = complex(r*libm.Cos(phi), r*libm.Sin(phi))
	}
	return py.Complex(z), nil
}

func cmathIsclose(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var ao, bo py.Object
	var relTol, absTol py.Object = py.Float(1e-9), py.Float(0)
	if err := py.UnpackArgs("isclose", args, kw, "a", &ao, "b", &bo, "*", "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
		return nil, err
	}
	a, err := py.ComplexArg(t, ao)
	if err != nil {
		return nil, err
	}
	b, err := py.ComplexArg(t, bo)
	if err != nil {
		return nil, err
	}
	rel, err := py.FloatArg(t, relTol)
	if err != nil {
		return nil, err
	}
	abs, err := py.FloatArg(t, absTol)
	if err != nil {
		return nil, err
	}
	if rel < 0 || abs < 0 {
		return nil, py.Errorf(py.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return py.False, nil
	}
	diff, _ := cAbs(a - b)
	ab, _ := cAbs(b)
	aa, _ := cAbs(a)
	return py.Bool(diff <= rel*ab || diff <= rel*aa || diff <= abs), nil
}
