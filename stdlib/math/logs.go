package pymath

import (
	"math"
	"math/big"

	"github.com/kaa-lang/kaa/internal/libm"
	"github.com/kaa-lang/kaa/py"
)

// The logarithms, which also take ints too large for a float: an int is
// split into a correctly rounded mantissa and a power of two first.

// logOf returns f(x) for a log function f, accepting ints of any size
// (CPython's loghelper).
func logOf(t *py.Thread, x py.Object, f func(float64) float64) (float64, error) {
	if s, b, ok := py.IntValue(x); ok {
		if b == nil {
			if s <= 0 {
				return 0, domainError()
			}
			return f(float64(s)), nil
		}
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		if v, _ := new(big.Float).SetInt(b).Float64(); !math.IsInf(v, 0) {
			return f(v), nil
		}
		// x ≈ m * 2**e with m in [0.5, 1) rounded to 53 bits.
		bf := new(big.Float).SetInt(b)
		bf.SetPrec(53)
		mant := new(big.Float)
		e := bf.MantExp(mant)
		m, _ := mant.Float64()
		return f(m) + f(2.0)*float64(e), nil
	}
	v, err := py.FloatArg(t, x)
	if err != nil {
		return 0, err
	}
	r := f(v)
	if err := checkResult(v, r, false); err != nil {
		return 0, err
	}
	return r, nil
}

func mathLog(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("log", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Errorf(py.TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, args[0], logE)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return py.Float(num), nil
	}
	den, err := logOf(t, args[1], logE)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.Errorf(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.Float(num / den), nil
}

func mathLog2(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := oneArg("log2", args, kw); err != nil {
		return nil, err
	}
	r, err := logOf(t, args[0], log2)
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}

func mathLog10(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := oneArg("log10", args, kw); err != nil {
		return nil, err
	}
	r, err := logOf(t, args[0], log10)
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}

// logE, log2 and log10 are the C functions with CPython's handling of
// zero, negative and special arguments (m_log, m_log2, m_log10).
func logE(x float64) float64  { return logSpecial(x, libm.Log) }
func log2(x float64) float64  { return logSpecial(x, libm.Log2) }
func log10(x float64) float64 { return logSpecial(x, libm.Log10) }

func logSpecial(x float64, f func(float64) float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 0:
		if math.IsInf(x, 1) {
			return x
		}
		return f(x)
	case x == 0:
		return math.Inf(-1)
	}
	return libm.NaN()
}
