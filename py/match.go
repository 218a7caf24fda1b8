package py

// matchKeys is MATCH_KEYS: the values of the keys in a mapping subject,
// as a tuple, or None when a key is missing.
func matchKeys(t *Thread, subject, keys Object) (Object, error) {
	kt := keys.(*Tuple)
	if len(kt.items) == 0 {
		return EmptyTuple, nil
	}
	get, err := GetAttr(t, subject, NewStr("get"))
	if err != nil {
		return nil, err
	}
	dummy := &Instance{typ: ObjectType}
	vals := make([]Object, 0, len(kt.items))
	seen := NewSet()
	for _, k := range kt.items {
		dup, err := seen.Contains(t, k)
		if err != nil {
			return nil, err
		}
		if dup {
			r, _ := Repr(t, k)
			return nil, Errorf(ValueErrorType, "mapping pattern checks duplicate key (%s)", r.s)
		}
		if err := seen.Add(t, k); err != nil {
			return nil, err
		}
		v, err := Call(t, get, []Object{k, dummy}, nil)
		if err != nil {
			return nil, err
		}
		if v == Object(dummy) {
			return None, nil
		}
		vals = append(vals, v)
	}
	return NewTupleFromSlice(vals), nil
}

// matchClass is MATCH_CLASS: isinstance check and attribute extraction
// for a class pattern, returning the attributes as a tuple or None.
func matchClass(t *Thread, subject, cls Object, npos int, names *Tuple) (Object, error) {
	typ, ok := cls.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "called match pattern must be a type")
	}
	if !subject.Type().IsSubtype(typ) {
		ok, err := IsInstanceOf(t, subject, cls)
		if err != nil {
			return nil, err
		}
		if !ok {
			return None, nil
		}
	}
	var attrs []Object
	var seen []string
	if npos > 0 {
		ma, err := GetAttrOpt(t, typ, NewStr("__match_args__"))
		if err != nil {
			return nil, err
		}
		if ma == nil {
			if matchSelf(typ) {
				if npos > 1 {
					return nil, Errorf(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", typ.Name, npos)
				}
				attrs = append(attrs, subject)
			} else {
				return nil, Errorf(TypeErrorType, "%s() accepts 0 positional sub-patterns (%d given)", typ.Name, npos)
			}
		} else {
			mt, ok := ma.(*Tuple)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", typ.Name, TypeName(ma))
			}
			if npos > len(mt.items) {
				return nil, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, len(mt.items), plural(len(mt.items)), npos)
			}
			for i := 0; i < npos; i++ {
				name, ok := AsStr(mt.items[i])
				if !ok {
					return nil, Errorf(TypeErrorType, "__match_args__ elements must be strings (got %s)", TypeName(mt.items[i]))
				}
				for _, s := range seen {
					if s == name.s {
						return nil, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", typ.Name, name.s)
					}
				}
				seen = append(seen, name.s)
				v, err := GetAttrOpt(t, subject, name)
				if err != nil {
					return nil, err
				}
				if v == nil {
					return None, nil
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, n := range names.items {
		name := n.(*Str)
		for _, s := range seen {
			if s == name.s {
				return nil, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", typ.Name, name.s)
			}
		}
		seen = append(seen, name.s)
		v, err := GetAttrOpt(t, subject, name)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return None, nil
		}
		attrs = append(attrs, v)
	}
	return NewTupleFromSlice(attrs), nil
}

// matchSelf reports whether a class pattern C(x) matches the subject
// itself (bool, bytearray, bytes, dict, float, frozenset, int, list, set,
// str, tuple).
func matchSelf(typ *Type) bool {
	for _, b := range []*Type{BoolType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if typ.IsSubtype(b) {
			return true
		}
	}
	return typ.Name == "bytearray" && typ.Flags&FlagHeap == 0
}

// IsInstanceOf is isinstance(o, cls) with __instancecheck__ and tuples
// of classes.
func IsInstanceOf(t *Thread, o, cls Object) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if o.Type().IsSubtype(c) {
			return true, nil
		}
		if c.Type() == TypeType {
			if ocls, err := GetAttrOpt(t, o, NewStr("__class__")); err == nil && ocls != nil && ocls != Object(o.Type()) {
				if ct, ok := ocls.(*Type); ok {
					return ct.IsSubtype(c), nil
				}
			}
			return false, nil
		}
	case *Tuple:
		for _, x := range c.items {
			ok, err := IsInstanceOf(t, o, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		return IsInstanceOf(t, o, c.Args)
	}
	r, found, err := callDunder(t, cls, NewStr("__instancecheck__"), o)
	if err != nil {
		return false, err
	}
	if !found {
		return false, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return Truth(t, r)
}

// isMatchSequence reports whether o matches sequence patterns: its type
// is marked as a sequence, except str, bytes and bytearray.
func isMatchSequence(o Object) bool {
	typ := o.Type()
	if typ.Flags&FlagSequence == 0 || typ.Flags&(FlagStrSubclass|FlagBytesSubclass) != 0 {
		return false
	}
	for _, b := range typ.MRO {
		if b.Name == "bytearray" && b.Flags&FlagHeap == 0 {
			return false
		}
	}
	return true
}
