package pymath

import (
	"math"

	"github.com/kaa-lang/kaa/py"
)

// fsum keeps a list of non-overlapping partial sums, each exact (Shewchuk's
// algorithm, as in Hettinger's msum recipe), and rounds their total
// correctly at the end.

func mathFsum(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("math.fsum", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	var partials []float64
	var specialSum, infSum float64
	for {
		item, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		x, err := py.FloatArg(t, item)
		if err != nil {
			return nil, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			continue
		}
		if !isFinite(x) {
			// From an infinity or a NaN among the items, or an overflow.
			if isFinite(xsave) {
				return nil, py.Errorf(py.OverflowErrorType, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			specialSum += xsave
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return nil, py.Errorf(py.ValueErrorType, "-inf + inf in fsum")
		}
		return py.Float(specialSum), nil
	}
	return py.Float(sumPartials(partials)), nil
}

// sumPartials adds the partials exactly from the largest down and rounds
// half to even across them.
func sumPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	var lo float64
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	// A remaining partial of the same sign as lo moves a halfway case up.
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

func mathProd(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var iterable py.Object
	var start py.Object = py.NewInt(1)
	if npos := len(args) - kwCount(kw); npos != 1 {
		return nil, py.Errorf(py.TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", npos)
	}
	if err := py.UnpackArgs("prod", args, kw, "iterable", &iterable, "/", "*", "start?", &start); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	result := start
	for {
		item, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return result, nil
		}
		if result, err = py.BinaryOperation(t, py.NB_MULTIPLY, result, item); err != nil {
			return nil, err
		}
	}
}

// kwCount returns the number of keyword arguments of a call.
func kwCount(kw *py.Tuple) int {
	if kw == nil {
		return 0
	}
	return kw.Len()
}
