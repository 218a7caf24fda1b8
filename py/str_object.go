package py

// str() and format() hand back what __str__ and __format__ return: a
// str subclass instance stays one (type(str(x)) is the subclass when
// x.__str__ returns it), as CPython's PyObject_Str and PyObject_Format do.
// StrOf, which most Go code uses, unwraps to the plain *Str.

// StrObject returns str(o) keeping the exact object __str__ returned.
func StrObject(t *Thread, o Object) (Object, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	f := o.Type().Slots.Str
	if f == nil {
		return Repr(t, o)
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	if _, ok := AsStr(r); !ok {
		return nil, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
	}
	return r, nil
}

// formatObject returns format(v, spec) keeping the exact object a
// __format__ method returned.
func formatObject(t *Thread, v Object, spec *Str) (Object, error) {
	switch v.(type) {
	case *Str, Int, Float, Complex:
		return Format(t, v, spec)
	}
	r, found, err := callDunder(t, v, dnFormat, spec)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, Errorf(TypeErrorType, "Type %s doesn't define __format__", TypeName(v))
	}
	if _, ok := AsStr(r); !ok {
		return nil, Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
	}
	return r, nil
}

// ReprObject returns repr(o) keeping the exact object __repr__ returned.
func ReprObject(t *Thread, o Object) (Object, error) {
	f := o.Type().Slots.Repr
	if f == nil {
		return Repr(t, o)
	}
	if t != nil {
		if t.depth >= t.interp.recursionLimit {
			return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
		}
		t.depth++
		defer func() { t.depth-- }()
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	if _, ok := AsStr(r); !ok {
		return nil, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return r, nil
}
