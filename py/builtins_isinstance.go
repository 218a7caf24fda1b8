package py

// isinstance() and issubclass(), following CPython's
// PyObject_IsInstance/PyObject_IsSubclass: an exact type is checked
// directly (also through the instance's __class__), unions and tuples are
// checked item by item, and anything else goes through the
// __instancecheck__/__subclasscheck__ of the class's metaclass.

var (
	strInstanceCheck = NewStr("__instancecheck__")
	strSubclassCheck = NewStr("__subclasscheck__")
	strClass         = NewStr("__class__")
	strBases         = NewStr("__bases__")
)

// builtinIsinstance implements isinstance(obj, class_or_tuple).
func builtinIsinstance(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := ObjectIsInstance(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// builtinIssubclass implements issubclass(cls, class_or_tuple).
func builtinIssubclass(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := ObjectIsSubclass(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// ObjectIsInstance is isinstance(o, cls).
func ObjectIsInstance(t *Thread, o, cls Object) (bool, error) {
	if Object(o.Type()) == cls {
		return true, nil
	}
	switch c := cls.(type) {
	case *Type:
		if c.Type() == TypeType {
			return plainIsInstance(t, o, c)
		}
	case *UnionType:
		cls = c.Args
	case *GenericAlias:
		return false, Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	}
	if tup, ok := cls.(*Tuple); ok {
		if err := t.enter(); err != nil {
			return false, err
		}
		defer t.leave()
		for _, x := range tup.items {
			r, err := ObjectIsInstance(t, o, x)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if c, ok := cls.(*Type); ok && c.Type().Lookup(strInstanceCheck) == TypeType.Dict.GetStr(strInstanceCheck) {
		return plainIsInstance(t, o, c)
	}
	r, found, err := callDunder(t, cls, strInstanceCheck, o)
	if err != nil {
		return false, err
	}
	if found {
		return Truth(t, r)
	}
	return plainIsInstance(t, o, cls)
}

// plainIsInstance is isinstance without __instancecheck__: the type's
// MRO, then the class the object claims through __class__.
func plainIsInstance(t *Thread, o, cls Object) (bool, error) {
	if c, ok := cls.(*Type); ok {
		if o.Type().IsSubtype(c) {
			return true, nil
		}
		if _, plain := o.(*Instance); !plain {
			if _, isType := o.(*Type); !isType {
				return false, nil
			}
		}
		icls, err := GetAttrOpt(t, o, strClass)
		if err != nil {
			return false, err
		}
		if it, ok := icls.(*Type); ok && it != o.Type() {
			return it.IsSubtype(c), nil
		}
		return false, nil
	}
	if ok, err := isClassLike(t, cls); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
		}
		return false, err
	}
	icls, err := GetAttrOpt(t, o, strClass)
	if err != nil || icls == nil {
		return false, err
	}
	return abstractIsSubclass(t, icls, cls)
}

// isClassLike reports whether o has a __bases__ tuple (CPython's
// check_class).
func isClassLike(t *Thread, o Object) (bool, error) {
	if _, ok := o.(*Type); ok {
		return true, nil
	}
	b, err := GetAttrOpt(t, o, strBases)
	if err != nil {
		return false, err
	}
	_, ok := b.(*Tuple)
	return ok, nil
}

// abstractIsSubclass walks __bases__ looking for cls.
func abstractIsSubclass(t *Thread, derived, cls Object) (bool, error) {
	for {
		if derived == cls {
			return true, nil
		}
		if err := t.enter(); err != nil {
			return false, err
		}
		b, err := GetAttrOpt(t, derived, strBases)
		t.leave()
		if err != nil {
			return false, err
		}
		bases, ok := b.(*Tuple)
		if !ok || len(bases.items) == 0 {
			return false, nil
		}
		if len(bases.items) == 1 {
			derived = bases.items[0]
			continue
		}
		for _, base := range bases.items {
			if err := t.enter(); err != nil {
				return false, err
			}
			r, err := abstractIsSubclass(t, base, cls)
			t.leave()
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
}

// ObjectIsSubclass is issubclass(derived, cls).
func ObjectIsSubclass(t *Thread, derived, cls Object) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if c.Type() == TypeType {
			if derived == cls {
				return true, nil
			}
			return plainIsSubclass(t, derived, cls)
		}
	case *UnionType:
		cls = c.Args
	case *GenericAlias:
		return false, Errorf(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	}
	if tup, ok := cls.(*Tuple); ok {
		if err := t.enter(); err != nil {
			return false, err
		}
		defer t.leave()
		for _, x := range tup.items {
			r, err := ObjectIsSubclass(t, derived, x)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if c, ok := cls.(*Type); ok && c.Type().Lookup(strSubclassCheck) == TypeType.Dict.GetStr(strSubclassCheck) {
		return plainIsSubclass(t, derived, cls)
	}
	r, found, err := callDunder(t, cls, strSubclassCheck, derived)
	if err != nil {
		return false, err
	}
	if found {
		return Truth(t, r)
	}
	return plainIsSubclass(t, derived, cls)
}

// plainIsSubclass is issubclass without __subclasscheck__.
func plainIsSubclass(t *Thread, derived, cls Object) (bool, error) {
	if d, ok := derived.(*Type); ok {
		if c, ok := cls.(*Type); ok {
			return d.IsSubtype(c), nil
		}
	}
	if ok, err := isClassLike(t, derived); err != nil || !ok {
		if err == nil {
			err = Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return false, err
	}
	if _, isUnion := cls.(*UnionType); !isUnion {
		if ok, err := isClassLike(t, cls); err != nil || !ok {
			if err == nil {
				err = Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
			}
			return false, err
		}
	}
	return abstractIsSubclass(t, derived, cls)
}
