package pymath

import (
	"github.com/kaa-lang/kaa/internal/libm"
	"github.com/kaa-lang/kaa/py"
)

// hypot and dist: correctly rounded Euclidean norms.

func mathHypot(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("math.hypot", kw); err != nil {
		return nil, err
	}
	var buf [8]float64
	v := buf[:0]
	for _, a := range args {
		x, err := py.FloatArg(t, a)
		if err != nil {
			return nil, err
		}
		v = append(v, x)
	}
	return py.Float(libm.Norm(v)), nil
}

func mathDist(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := pointArg(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := pointArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.Errorf(py.ValueErrorType, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		x, err := py.FloatArg(t, p[i])
		if err != nil {
			return nil, err
		}
		y, err := py.FloatArg(t, q[i])
		if err != nil {
			return nil, err
		}
		d[i] = x - y
	}
	return py.Float(libm.Norm(d)), nil
}

// pointArg returns the coordinates of a point: a tuple, or any iterable.
func pointArg(t *py.Thread, o py.Object) ([]py.Object, error) {
	if tup, ok := py.AsTuple(o); ok {
		return tup.Items(), nil
	}
	return py.ListFromIterable(t, o)
}
