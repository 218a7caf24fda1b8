package pymath

import (
	"math"
	"math/big"

	"github.com/kaa-lang/kaa/internal/libm"
	"github.com/kaa-lang/kaa/py"
)

// The functions of two floats, and the float decompositions.

// twoResult judges the result r of a two-argument function as CPython's
// math_2 does: NaN from non-NaN arguments is a domain error, an infinity
// from finite ones a range error.
func twoResult(x, y, r float64) (py.Object, error) {
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && isFinite(x) && isFinite(y) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func mathAtan2(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	y, x, err := floatArgs2(t, "atan2", args, kw)
	if err != nil {
		return nil, err
	}
	return twoResult(y, x, atan2(y, x))
}

// atan2 is C's atan2 with C99's special values handled first.
func atan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return libm.NaN()
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	case math.IsInf(x, 0) || y == 0:
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return libm.Atan2(y, x)
}

func mathCopysign(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, y, err := floatArgs2(t, "copysign", args, kw)
	if err != nil {
		return nil, err
	}
	return twoResult(x, y, math.Copysign(x, y))
}

func mathRemainder(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, y, err := floatArgs2(t, "remainder", args, kw)
	if err != nil {
		return nil, err
	}
	var r float64
	switch {
	case math.IsNaN(x):
		r = x
	case math.IsNaN(y):
		r = y
	case math.IsInf(x, 0) || y == 0:
		r = libm.NaN()
	case math.IsInf(y, 0):
		r = x
	default:
		r = math.Remainder(x, y) // exact: IEEE 754 remainder
	}
	return twoResult(x, y, r)
}

func mathFmod(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, y, err := floatArgs2(t, "fmod", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsInf(y, 0) && isFinite(x) {
		return py.Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return nil, domainError()
	}
	return py.Float(r), nil
}

func mathPow(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, y, err := floatArgs2(t, "pow", args, kw)
	if err != nil {
		return nil, err
	}
	if !isFinite(x) || !isFinite(y) {
		return py.Float(powSpecial(x, y)), nil
	}
	r := libm.Pow(x, y)
	switch {
	case math.IsNaN(r):
		return nil, domainError()
	case math.IsInf(r, 0):
		if x == 0 {
			return nil, domainError()
		}
		return nil, rangeError()
	}
	return py.Float(r), nil
}

// powSpecial is x**y when x or y is an infinity or a NaN (C99 Annex F).
func powSpecial(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		if y == 0 {
			return 1
		}
		return x
	case math.IsNaN(y):
		if x == 1 {
			return 1
		}
		return y
	case math.IsInf(x, 0):
		oddY := isFinite(y) && math.Mod(math.Abs(y), 2) == 1
		switch {
		case y > 0:
			if oddY {
				return x
			}
			return math.Abs(x)
		case y == 0:
			return 1
		}
		if oddY {
			return math.Copysign(0, x)
		}
		return 0
	}
	// y is infinite.
	ax := math.Abs(x)
	switch {
	case ax == 1:
		return 1
	case y > 0 && ax > 1:
		return y
	case y < 0 && ax < 1:
		return -y
	}
	return 0
}

func mathLdexp(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := py.FloatArg(t, args[0])
	if err != nil {
		return nil, err
	}
	s, b, ok := py.IntValue(args[1])
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	if b != nil {
		s = math.MaxInt64
		if b.Sign() < 0 {
			s = math.MinInt64
		}
	}
	switch {
	case x == 0 || !isFinite(x):
		return py.Float(x), nil
	case s > math.MaxInt32:
		return nil, rangeError()
	case s < math.MinInt32:
		return py.Float(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(s))
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func mathFrexp(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, err := floatArg1(t, "frexp", args, kw)
	if err != nil {
		return nil, err
	}
	if x == 0 || !isFinite(x) {
		return py.NewTuple(py.Float(x), py.NewInt(0)), nil
	}
	m, e := math.Frexp(x)
	return py.NewTuple(py.Float(m), py.NewInt(int64(e))), nil
}

func mathModf(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, err := floatArg1(t, "modf", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return py.NewTuple(py.Float(math.Copysign(0, x)), py.Float(x)), nil
	}
	if math.IsNaN(x) {
		return py.NewTuple(py.Float(x), py.Float(x)), nil
	}
	ip, frac := math.Modf(x)
	return py.NewTuple(py.Float(frac), py.Float(ip)), nil
}

func mathNextafter(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, y, err := floatArgs2(t, "nextafter", args, kw)
	if err != nil {
		return nil, err
	}
	if x == y {
		return py.Float(y), nil // C returns y, so nextafter(0.0, -0.0) is -0.0
	}
	return py.Float(math.Nextafter(x, y)), nil
}

func mathUlp(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	x, err := floatArg1(t, "ulp", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Float(ulp(x)), nil
}

// ulp returns the value of the least significant bit of x.
func ulp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	up := math.Nextafter(x, math.Inf(1))
	if math.IsInf(up, 0) {
		return x - math.Nextafter(x, math.Inf(-1))
	}
	return up - x
}

func mathIsclose(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var ao, bo py.Object
	var relTol, absTol py.Object = py.Float(1e-9), py.Float(0)
	if err := py.UnpackArgs("isclose", args, kw, "a", &ao, "b", &bo, "*", "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
		return nil, err
	}
	a, err := py.FloatArg(t, ao)
	if err != nil {
		return nil, err
	}
	b, err := py.FloatArg(t, bo)
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
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return py.False, nil
	}
	diff := math.Abs(b - a)
	return py.Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

// predicate builds isfinite, isinf and isnan.
func predicate(name string, f func(float64) bool) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		x, err := floatArg1(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return py.Bool(f(x)), nil
	}
}

var (
	mathIsfinite = predicate("isfinite", isFinite)
	mathIsinf    = predicate("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	mathIsnan    = predicate("isnan", math.IsNaN)
)

// scale builds degrees and radians.
func scale(name string, factor float64) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		x, err := floatArg1(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(x * factor), nil
	}
}

var (
	mathDegrees = scale("degrees", 180.0/math.Pi)
	mathRadians = scale("radians", math.Pi/180.0)
)

// The rounding functions, which return ints.

func mathFloor(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return roundWith(t, "floor", "__floor__", math.Floor, args, kw)
}

func mathCeil(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return roundWith(t, "ceil", "__ceil__", math.Ceil, args, kw)
}

// roundWith implements floor and ceil: a float directly, else the
// type's special method, else the value as a float.
func roundWith(t *py.Thread, name, dunder string, f func(float64) float64, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := oneArg(name, args, kw); err != nil {
		return nil, err
	}
	x := args[0]
	if v, ok := x.(py.Float); ok {
		return floatToInt(f(float64(v)))
	}
	if v, ok := x.(py.Int); ok {
		return v, nil
	}
	if r, found, err := py.CallSpecial(t, x, dunder); found || err != nil {
		return r, err
	}
	v, err := py.FloatArg(t, x)
	if err != nil {
		return nil, err
	}
	return floatToInt(f(v))
}

// floatToInt converts an integral float to an int, with CPython's
// errors for infinities and NaNs.
func floatToInt(f float64) (py.Object, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, py.Errorf(py.OverflowErrorType, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, py.Errorf(py.ValueErrorType, "cannot convert float NaN to integer")
	case f > -1<<63 && f < 1<<63:
		return py.NewInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return py.NewIntFromBig(b), nil
}

func mathTrunc(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := oneArg("trunc", args, kw); err != nil {
		return nil, err
	}
	x := args[0]
	if v, ok := x.(py.Float); ok {
		return floatToInt(math.Trunc(float64(v)))
	}
	r, found, err := py.CallSpecial(t, x, "__trunc__")
	if !found && err == nil {
		return nil, py.Errorf(py.TypeErrorType, "type %s doesn't define __trunc__ method", py.TypeName(x))
	}
	return r, err
}
