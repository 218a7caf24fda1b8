package py

// wrapperNewArg unpacks the one positional argument of classmethod(f)
// and staticmethod(f), with CPython's messages.
func wrapperNewArg(name string, args []Object, kwnames *Tuple) (Object, error) {
	if kwnames != nil && kwnames.Len() > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return args[0], nil
}

// wrapperRepr is the repr of classmethod and staticmethod objects:
// <classmethod(<wrapped repr>)>.
func wrapperRepr(t *Thread, name string, f Object) (Object, error) {
	r, err := Repr(t, f)
	if err != nil {
		return nil, err
	}
	return NewStr("<" + name + "(" + r.s + ")>"), nil
}

// typeOfClassArg is the name of the class a class method was called on
// (bytes.fromhex's messages name it).
func typeOfClassArg(self Object) string {
	if typ, ok := self.(*Type); ok {
		for b := typ; b != nil; b = b.Base {
			if b == BytesType || b == ByteArrayType {
				return b.Name
			}
		}
		return typ.Name
	}
	return TypeName(self)
}

// atLeastOnePositional is the check of functions whose first parameter
// is positional-only, with CPython's argument-clinic message.
func atLeastOnePositional(name string, args []Object, kw *Tuple) error {
	npos := len(args)
	if kw != nil {
		npos -= kw.Len()
	}
	if npos < 1 {
		return Errorf(TypeErrorType, "%s() takes at least 1 positional argument (0 given)", name)
	}
	return nil
}
