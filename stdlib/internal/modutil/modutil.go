// Package modutil holds small conversions shared by kaa's modules
// written in Go (stdlib/...).
package modutil

import (
	"math"
	"math/big"

	"github.com/kaa-lang/kaa/py"
)

// AsFloat converts o as CPython's PyFloat_AsDouble does: a float (or
// subclass), an object with __float__, or one with __index__. ok is
// false (with no error) when o is none of these.
func AsFloat(t *py.Thread, o py.Object) (f float64, ok bool, err error) {
	if v, ok := py.FloatValue(o); ok {
		return v, true, nil
	}
	if s, b, ok := py.IntValue(o); ok {
		f, err := IntToFloat(s, b)
		return f, true, err
	}
	typ := o.Type()
	if typ.Slots.Float != nil {
		r, err := typ.Slots.Float(t, o)
		if err != nil {
			return 0, true, err
		}
		v, ok := py.FloatValue(r)
		if !ok {
			return 0, true, py.Errorf(py.TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, py.TypeName(r))
		}
		return v, true, nil
	}
	if typ.Slots.Index != nil {
		r, err := py.Index(t, o)
		if err != nil {
			return 0, true, err
		}
		s, b, _ := py.IntValue(r)
		f, err := IntToFloat(s, b)
		return f, true, err
	}
	return 0, false, nil
}

// IntToFloat converts an int (small, or b when not nil) to a float,
// raising OverflowError as CPython does when it is too large.
func IntToFloat(small int64, b *big.Int) (float64, error) {
	if b == nil {
		return float64(small), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, py.Errorf(py.OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// AsInteger converts o to an int with __index__, returning its value as
// a *big.Int; ok is false (with no error) when o has no __index__.
func AsInteger(t *py.Thread, o py.Object) (v *big.Int, ok bool, err error) {
	s, b, isInt := py.IntValue(o)
	if !isInt {
		if o.Type().Slots.Index == nil {
			return nil, false, nil
		}
		r, err := py.Index(t, o)
		if err != nil {
			return nil, true, err
		}
		s, b, _ = py.IntValue(r)
	}
	if b != nil {
		return b, true, nil
	}
	return big.NewInt(s), true, nil
}

// BytesArg returns the bytes of a bytes-like argument, or a TypeError
// "a bytes-like object is required, not 'str'".
func BytesArg(o py.Object) ([]byte, error) {
	if b, ok := py.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(o))
}
