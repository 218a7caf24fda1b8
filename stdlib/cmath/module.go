// Package pycmath implements Python's cmath module: the elementary
// functions on complex numbers with CPython's algorithms (C99 Annex G's
// branch cuts and special values), errors and results.
package pycmath

import (
	"github.com/kaa-lang/kaa/internal/libm"
	"math"

	"github.com/kaa-lang/kaa/py"
)

// Init creates the cmath module for one interpreter.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("cmath")
	m.Set("__doc__", py.NewStr("This module provides access to mathematical functions for complex\nnumbers."))
	m.Set("pi", py.Float(math.Pi))
	m.Set("e", py.Float(math.E))
	m.Set("tau", py.Float(2*math.Pi))
	m.Set("inf", py.Float(math.Inf(1)))
	m.Set("infj", py.Complex(complex(0, math.Inf(1))))
	m.Set("nan", py.Float(libm.NaN()))
	m.Set("nanj", py.Complex(complex(0, libm.NaN())))
	for _, f := range complexFuncs {
		addComplexFunc(m, f.name, f.fn, f.doc)
	}
	m.AddFunc("log", cmathLog, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z.")
	m.AddFunc("phase", cmathPhase, "Return argument, also known as the phase angle, of a complex.")
	m.AddFunc("polar", cmathPolar, "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.")
	m.AddFunc("rect", cmathRect, "Convert from polar coordinates to rectangular coordinates.")
	m.AddFunc("isfinite", predicate("isfinite", func(z complex128) bool { return isFinite(real(z)) && isFinite(imag(z)) }),
		"Return True if both the real and imaginary parts of z are finite, else False.")
	m.AddFunc("isinf", predicate("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }),
		"Checks if the real or imaginary part of z is infinite.")
	m.AddFunc("isnan", predicate("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }),
		"Checks if the real or imaginary part of z not a number (NaN).")
	m.AddFunc("isclose", cmathIsclose, "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.")
	return m, nil
}

// errno values of the C functions.
const (
	errDomain = 1 + iota
	errRange
)

// special is one entry of a special-value table: a result, or an error.
type special struct {
	re, im float64
	err    int
}

var (
	inf     = math.Inf(1)
	nan     = libm.NaN()
	negZero = math.Copysign(0, -1)
)

// partClass classifies a part of a complex number for the special-value
// tables: -inf, negative, -0, +0, positive, +inf, nan.
func partClass(x float64) int {
	switch {
	case math.IsNaN(x):
		return 6
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return 5
	case x == 0:
		if math.Signbit(x) {
			return 2
		}
		return 3
	case x < 0:
		return 1
	}
	return 4
}

// lookup returns the special value of function name at z.
func lookup(name string, z complex128) (complex128, int) {
	e := specialTables[name][partClass(real(z))][partClass(imag(z))]
	return complex(e.re, e.im), e.err
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func mathError(errno int) error {
	if errno == errDomain {
		return py.Errorf(py.ValueErrorType, "math domain error")
	}
	return py.Errorf(py.OverflowErrorType, "math range error")
}

// addComplexFunc adds a function of one complex argument.
func addComplexFunc(m *py.Module, name string, f func(complex128) (complex128, int), doc string) {
	m.AddFunc(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("cmath."+name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := py.ComplexArg(t, args[0])
		if err != nil {
			return nil, err
		}
		r, errno := f(z)
		if errno != 0 {
			return nil, mathError(errno)
		}
		return py.Complex(r), nil
	}, doc)
}

// predicate builds isfinite, isinf and isnan.
func predicate(name string, f func(complex128) bool) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("cmath."+name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := py.ComplexArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return py.Bool(f(z)), nil
	}
}
