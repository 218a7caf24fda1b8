package pymath

import (
	"math"

	"github.com/kaa-lang/kaa/internal/libm"
	"github.com/kaa-lang/kaa/py"
)

// realFunc is a float -> float function of the module and how its
// errors are judged.
type realFunc struct {
	name string
	f    func(float64) float64
	// kind says how a result is checked: checkInf (CPython's math_1: NaN
	// from a non-NaN is a domain error, an infinity from a finite x a
	// range error when canOverflow, else a domain error), or checkErrno
	// (math_1a: the function reports its own errors).
	kind        int
	canOverflow bool
	// fe, for checkErrno functions, returns the result and the C errno
	// the function would set (errEDOM, errERANGE or 0).
	fe  func(float64) (float64, int)
	doc string
}

const (
	checkInf = iota
	checkErrno
)

// realFuncs lists the float -> float functions.
var realFuncs = []realFunc{
	{name: "acos", f: libm.Acos, doc: "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."},
	{name: "acosh", f: libm.Acosh, doc: "Return the inverse hyperbolic cosine of x."},
	{name: "asin", f: libm.Asin, doc: "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
	{name: "asinh", f: libm.Asinh, doc: "Return the inverse hyperbolic sine of x."},
	{name: "atan", f: libm.Atan, doc: "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
	{name: "atanh", f: libm.Atanh, doc: "Return the inverse hyperbolic tangent of x."},
	{name: "cbrt", f: libm.Cbrt, doc: "Return the cube root of x."},
	{name: "cos", f: libm.Cos, doc: "Return the cosine of x (measured in radians)."},
	{name: "cosh", f: libm.Cosh, canOverflow: true, doc: "Return the hyperbolic cosine of x."},
	{name: "erf", kind: checkErrno, fe: noErrno(libm.Erf), doc: "Error function at x."},
	{name: "erfc", kind: checkErrno, fe: noErrno(libm.Erfc), doc: "Complementary error function at x."},
	{name: "exp", f: libm.Exp, canOverflow: true, doc: "Return e raised to the power of x."},
	{name: "exp2", f: libm.Exp2, canOverflow: true, doc: "Return 2 raised to the power of x."},
	{name: "expm1", f: libm.Expm1, canOverflow: true, doc: "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."},
	{name: "fabs", f: math.Abs, doc: "Return the absolute value of the float x."},
	{name: "gamma", kind: checkErrno, fe: gamma, doc: "Gamma function at x."},
	{name: "lgamma", kind: checkErrno, fe: lgamma, doc: "Natural logarithm of absolute value of Gamma function at x."},
	{name: "log1p", f: libm.Log1p, doc: "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."},
	{name: "sin", f: libm.Sin, doc: "Return the sine of x (measured in radians)."},
	{name: "sinh", f: libm.Sinh, canOverflow: true, doc: "Return the hyperbolic sine of x."},
	{name: "sqrt", f: math.Sqrt, doc: "Return the square root of x."},
	{name: "tan", f: libm.Tan, doc: "Return the tangent of x (measured in radians)."},
	{name: "tanh", f: libm.Tanh, doc: "Return the hyperbolic tangent of x."},
}

// addReal adds one float -> float function to the module.
func addReal(m *py.Module, rf realFunc) {
	m.AddFunc(rf.name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var x float64
		if f, ok := oneFloat(args, kw); ok {
			x = f // the common case, without the general checks
		} else {
			var err error
			if x, err = floatArg1(t, rf.name, args, kw); err != nil {
				return nil, err
			}
		}
		if rf.kind == checkErrno {
			r, errno := rf.fe(x)
			if err := errnoError(errno, r); err != nil {
				return nil, err
			}
			return py.Float(r), nil
		}
		r := rf.f(x)
		if err := checkResult(x, r, rf.canOverflow); err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, rf.doc)
}

// checkResult judges the result r of a function at x as CPython's
// math_1 does.
func checkResult(x, r float64, canOverflow bool) error {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return rangeError()
		}
		return domainError()
	}
	return nil
}

// C's errno values for math errors.
const (
	errEDOM = 1 + iota
	errERANGE
)

// errnoError turns a C errno into CPython's exception (is_error): a
// range error whose result is small is an underflow and not an error.
func errnoError(errno int, r float64) error {
	switch errno {
	case errEDOM:
		return domainError()
	case errERANGE:
		if math.Abs(r) >= 1.5 {
			return rangeError()
		}
	}
	return nil
}

// noErrno adapts a function that never sets errno.
func noErrno(f func(float64) float64) func(float64) (float64, int) {
	return func(x float64) (float64, int) { return f(x), 0 }
}

// oneFloat returns the argument of a call with exactly one positional
// float argument.
func oneFloat(args []py.Object, kw *py.Tuple) (float64, bool) {
	if kw == nil && len(args) == 1 {
		if f, ok := args[0].(py.Float); ok {
			return float64(f), true
		}
	}
	return 0, false
}
