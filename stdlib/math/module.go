// Package pymath implements Python's math module: the functions of C's
// math library with CPython's special cases and errors ("math domain
// error", "math range error"), exact integer functions (factorial, comb,
// perm, gcd, lcm, isqrt) on ints of any size, and exact summation
// (fsum) and norms (hypot, dist).
package pymath

import (
	"github.com/kaa-lang/kaa/internal/libm"
	"math"

	"github.com/kaa-lang/kaa/py"
)

// Init creates the math module for one interpreter.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("math")
	m.Set("__doc__", py.NewStr("This module provides access to the mathematical functions\ndefined by the C standard."))
	m.Set("pi", py.Float(math.Pi))
	m.Set("e", py.Float(math.E))
	m.Set("tau", py.Float(2*math.Pi))
	m.Set("inf", py.Float(math.Inf(1)))
	m.Set("nan", py.Float(libm.NaN()))
	for _, f := range realFuncs {
		addReal(m, f)
	}
	for _, f := range moduleFuncs {
		m.AddFunc(f.name, f.fn, f.doc)
	}
	return m, nil
}

// moduleFunc is one function of the module written by hand.
type moduleFunc struct {
	name string
	fn   py.BuiltinFn
	doc  string
}

// moduleFuncs lists the functions that are not plain float -> float.
var moduleFuncs = []moduleFunc{
	{"ceil", mathCeil, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."},
	{"floor", mathFloor, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."},
	{"trunc", mathTrunc, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."},
	{"atan2", mathAtan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."},
	{"copysign", mathCopysign, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n"},
	{"remainder", mathRemainder, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact."},
	{"fmod", mathFmod, "Return fmod(x, y), according to platform C.\n\nx % y may differ."},
	{"pow", mathPow, "Return x**y (x to the power of y)."},
	{"ldexp", mathLdexp, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."},
	{"frexp", mathFrexp, "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."},
	{"modf", mathModf, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."},
	{"nextafter", mathNextafter, "Return the next floating-point value after x towards y."},
	{"ulp", mathUlp, "Return the value of the least significant bit of the float x."},
	{"isclose", mathIsclose, "Determine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves."},
	{"isfinite", mathIsfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
	{"isinf", mathIsinf, "Return True if x is a positive or negative infinity, and False otherwise."},
	{"isnan", mathIsnan, "Return True if x is a NaN (not a number), and False otherwise."},
	{"degrees", mathDegrees, "Convert angle x from radians to degrees."},
	{"radians", mathRadians, "Convert angle x from degrees to radians."},
	{"log", mathLog, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x."},
	{"log2", mathLog2, "Return the base 2 logarithm of x."},
	{"log10", mathLog10, "Return the base 10 logarithm of x."},
	{"factorial", mathFactorial, "Find x!.\n\nRaise a ValueError if x is negative or non-integral."},
	{"gcd", mathGcd, "Greatest Common Divisor."},
	{"lcm", mathLcm, "Least Common Multiple."},
	{"isqrt", mathIsqrt, "Return the integer part of the square root of the input."},
	{"comb", mathComb, "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."},
	{"perm", mathPerm, "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."},
	{"fsum", mathFsum, "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic."},
	{"prod", mathProd, "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types."},
	{"hypot", mathHypot, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n"},
	{"dist", mathDist, "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"},
}

// Errors shared by the functions.
func domainError() error { return py.Errorf(py.ValueErrorType, "math domain error") }
func rangeError() error  { return py.Errorf(py.OverflowErrorType, "math range error") }

// oneArg checks that a function of one argument got exactly one
// positional argument.
func oneArg(name string, args []py.Object, kw *py.Tuple) error {
	return py.CheckArgs("math."+name, args, kw, 1, 1)
}

// floatArg1 unpacks the single float argument of a function.
func floatArg1(t *py.Thread, name string, args []py.Object, kw *py.Tuple) (float64, error) {
	if err := oneArg(name, args, kw); err != nil {
		return 0, err
	}
	return py.FloatArg(t, args[0])
}

// floatArgs2 unpacks the two float arguments of a function such as
// atan2 (whose messages name it without "math.").
func floatArgs2(t *py.Thread, name string, args []py.Object, kw *py.Tuple) (float64, float64, error) {
	if err := py.CheckArgs(name, args, kw, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := py.FloatArg(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := py.FloatArg(t, args[1])
	return x, y, err
}
