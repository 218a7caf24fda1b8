package py

// Helpers for modules written in Go (math, cmath, ...) that need the
// numeric protocols the way CPython's C API exposes them.

// CallSpecial looks name up on o's type (not on the instance, as CPython
// looks up special methods) and calls it with o first. found is false
// when the type does not define it.
func CallSpecial(t *Thread, o Object, name string, args ...Object) (r Object, found bool, err error) {
	return callDunder(t, o, NewStr(name), args...)
}

// FloatArg converts an argument to a float as CPython's
// PyFloat_AsDouble does (float, __float__, __index__), with the
// TypeError "must be real number, not X" for anything else.
func FloatArg(t *Thread, o Object) (float64, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	}
	f, err := floatFromArgNumber(t, o)
	if err != nil {
		return 0, err
	}
	return f, nil
}

// floatFromArgNumber is FloatArg's slow path.
func floatFromArgNumber(t *Thread, o Object) (float64, error) {
	if f, ok := FloatValue(o); ok {
		return f, nil
	}
	if isInt(o) {
		return intToFloat(o)
	}
	typ := o.Type()
	if typ.Slots.Float != nil {
		r, err := typ.Slots.Float(t, o)
		if err != nil {
			return 0, err
		}
		if f, ok := FloatValue(r); ok {
			return f, nil
		}
		return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, TypeName(r))
	}
	if typ.Slots.Index != nil {
		r, err := Index(t, o)
		if err != nil {
			return 0, err
		}
		return intToFloat(r)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(o))
}

// ComplexArg converts an argument to a complex number as CPython's
// PyComplex_AsCComplex does: a complex (or subclass), an object with
// __complex__, else anything FloatArg accepts.
func ComplexArg(t *Thread, o Object) (complex128, error) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), nil
	case Float:
		return complex(float64(v), 0), nil
	case Int:
		return complex(float64(v), 0), nil
	}
	if inst, ok := o.(*Instance); ok {
		if c, ok := inst.base.(Complex); ok && inst.typ.LookupString("__complex__") == ComplexType.LookupString("__complex__") {
			return complex128(c), nil
		}
	}
	if c, ok, err := complexDunder(t, o); err != nil || ok {
		return c, err
	}
	f, err := FloatArg(t, o)
	return complex(f, 0), err
}

// ComplexDiv divides complex numbers as CPython does (Smith's method),
// so that results agree to the last bit; division by zero gives NaNs.
func ComplexDiv(a, b complex128) complex128 { return complexDiv(a, b) }
