package py

// The built-in functions about objects and their attributes: getattr,
// setattr, delattr, hasattr, dir, id, hash, callable, repr.

// attrName checks an attribute-name argument.
func attrName(o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	if s, ok := AsStr(o); ok {
		return NewStr(s.s), nil
	}
	return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(o))
}

// builtinGetattr implements getattr(object, name[, default]).
func builtinGetattr(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("getattr", args, kw, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if len(args) == 3 {
		v, err := GetAttr(t, args[0], name)
		if err != nil && IsExceptionOf(err, AttributeErrorType) {
			return args[2], nil
		}
		return v, err
	}
	return GetAttr(t, args[0], name)
}

// builtinSetattr implements setattr(object, name, value).
func builtinSetattr(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("setattr", args, kw, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if err := SetAttr(t, args[0], name, args[2]); err != nil {
		return nil, err
	}
	return None, nil
}

// builtinDelattr implements delattr(object, name).
func builtinDelattr(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("delattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if err := SetAttr(t, args[0], name, nil); err != nil {
		return nil, err
	}
	return None, nil
}

// builtinHasattr implements hasattr(object, name).
func builtinHasattr(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("hasattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := GetAttrOpt(t, args[0], name)
	if err != nil {
		return nil, err
	}
	return Bool(v != nil), nil
}

// strDir names __dir__.
var strDir = NewStr("__dir__")

// builtinDir implements dir([object]): the sorted names of the object's
// __dir__(), or of the current scope.
func builtinDir(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	var names Object
	if len(args) == 0 {
		locals, err := t.currentLocals()
		if err != nil {
			return nil, err
		}
		names, err = CallMethod(t, locals, "keys")
		if err != nil {
			return nil, err
		}
	} else {
		r, found, err := callDunder(t, args[0], strDir)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, Errorf(TypeErrorType, "object does not provide __dir__")
		}
		names = r
	}
	items, err := ListFromIterable(t, names)
	if err != nil {
		return nil, err
	}
	l := NewList(items)
	if err := l.Sort(t, nil, false); err != nil {
		return nil, err
	}
	return l, nil
}

// builtinID implements id(object).
func builtinID(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("id", 1, args, kw); err != nil {
		return nil, err
	}
	return ObjectID(args[0]), nil
}

// ObjectID returns id(o): the address of the object, with the small ints
// (which exist once each) identified by their shared boxes.
func ObjectID(o Object) Object {
	if v, ok := o.(Int); ok && v >= smallIntMin && v <= smallIntMax {
		o = smallInts[v-smallIntMin]
	}
	return NewInt(int64(objectID(o)))
}

// builtinHash implements hash(object).
func builtinHash(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("hash", 1, args, kw); err != nil {
		return nil, err
	}
	h, err := Hash(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewInt(h), nil
}

// builtinCallable implements callable(object).
func builtinCallable(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("callable", 1, args, kw); err != nil {
		return nil, err
	}
	return Bool(callableObject(args[0])), nil
}

// builtinRepr implements repr(object).
func builtinRepr(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("repr", 1, args, kw); err != nil {
		return nil, err
	}
	return ReprObject(t, args[0])
}

// callableObject reports whether o can be called.
func callableObject(o Object) bool {
	switch o.(type) {
	case *Function, *BuiltinFunction, *Type, *Method:
		return true
	}
	return o.Type().Slots.Call != nil
}

func init() {
	// module.__dir__: the names in the module's namespace, or what a
	// __dir__ function defined in the module returns.
	ModuleType.AddMethod("__dir__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__dir__", args, kw); err != nil {
			return nil, err
		}
		d := InstanceDict(self)
		if d == nil {
			return NewList(nil), nil
		}
		if f := d.GetStr(strDir); f != nil {
			return Call(t, f, nil, nil)
		}
		return NewList(d.Keys()), nil
	}, "Specialized __dir__ implementation for module objects.")
}
