package py

// addSlotWrappers puts into a built-in type's dict a wrapper descriptor
// for each slot the type fills (int.__add__, list.__len__ ...), unless
// the dict already defines that name.
func addSlotWrappers(typ *Type) {
	s := &typ.Slots
	add := func(name string, fn BuiltinFn) {
		key := NewStr(name)
		if typ.Dict.GetStr(key) == nil {
			typ.Dict.SetStr(key, &SlotWrapper{Name: name, Owner: typ, Fn: fn})
		}
	}
	unary := func(name string, slot func(*Thread, Object) (Object, error)) {
		if slot != nil {
			add(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				if err := noArgs(name, args, kw); err != nil {
					return nil, err
				}
				return slot(t, self)
			})
		}
	}
	unary("__repr__", s.Repr)
	unary("__str__", s.Str)
	unary("__iter__", s.Iter)
	unary("__neg__", s.Neg)
	unary("__pos__", s.Pos)
	unary("__invert__", s.Invert)
	unary("__abs__", s.Abs)
	unary("__index__", s.Index)
	unary("__int__", s.Int)
	unary("__float__", s.Float)
	if s.Hash != nil {
		h := s.Hash
		if typ.Slots.Hash != nil && isUnhashable(typ) {
			typ.Dict.SetStr(NewStr("__hash__"), None)
		} else {
			add("__hash__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				if err := noArgs("__hash__", args, kw); err != nil {
					return nil, err
				}
				v, err := h(t, self)
				if err != nil {
					return nil, err
				}
				return NewInt(v), nil
			})
		}
	}
	if s.Bool != nil {
		f := s.Bool
		add("__bool__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__bool__", args, kw); err != nil {
				return nil, err
			}
			v, err := f(t, self)
			return Bool(v), err
		})
	}
	if s.Len != nil {
		f := s.Len
		add("__len__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__len__", args, kw); err != nil {
				return nil, err
			}
			v, err := f(t, self)
			return NewInt(int64(v)), err
		})
	}
	if s.Next != nil {
		f := s.Next
		add("__next__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__next__", args, kw); err != nil {
				return nil, err
			}
			v, ok, err := f(t, self)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewError(StopIterationType)
			}
			return v, nil
		})
	}
	if s.Compare != nil {
		f := s.Compare
		for op := CmpLT; op <= CmpGE; op++ {
			op := op
			name := compareDunders[op]
			add(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				if err := exactArgs(name, 1, args, kw); err != nil {
					return nil, err
				}
				return f(t, self, args[0], op)
			})
		}
	}
	if s.GetAttr != nil {
		f := s.GetAttr
		add("__getattribute__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__getattribute__", 1, args, kw); err != nil {
				return nil, err
			}
			name, ok := AsStr(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[0]))
			}
			return f(t, self, name)
		})
	}
	if s.SetAttr != nil {
		f := s.SetAttr
		add("__setattr__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__setattr__", 2, args, kw); err != nil {
				return nil, err
			}
			name, ok := AsStr(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[0]))
			}
			return None, f(t, self, name, args[1])
		})
		add("__delattr__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__delattr__", 1, args, kw); err != nil {
				return nil, err
			}
			name, ok := AsStr(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[0]))
			}
			return None, f(t, self, name, nil)
		})
	}
	if s.Call != nil {
		f := s.Call
		add("__call__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return f(t, self, args, kw)
		})
	}
	if s.GetItem != nil {
		f := s.GetItem
		add("__getitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__getitem__", 1, args, kw); err != nil {
				return nil, err
			}
			return f(t, self, args[0])
		})
	}
	if s.SetItem != nil {
		f := s.SetItem
		add("__setitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__setitem__", 2, args, kw); err != nil {
				return nil, err
			}
			return None, f(t, self, args[0], args[1])
		})
		add("__delitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__delitem__", 1, args, kw); err != nil {
				return nil, err
			}
			return None, f(t, self, args[0], nil)
		})
	}
	if s.Contains != nil {
		f := s.Contains
		add("__contains__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__contains__", 1, args, kw); err != nil {
				return nil, err
			}
			v, err := f(t, self, args[0])
			return Bool(v), err
		})
	}
	if s.DescrGet != nil {
		f := s.DescrGet
		add("__get__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if kw != nil || len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
			}
			obj := args[0]
			var typ *Type
			if len(args) == 2 && args[1] != None {
				typ, _ = args[1].(*Type)
			}
			if obj == None {
				if typ == nil {
					return nil, Errorf(TypeErrorType, "__get__(None, None) is invalid")
				}
				obj = nil
			}
			return f(t, self, obj, typ)
		})
	}
	if s.DescrSet != nil {
		f := s.DescrSet
		add("__set__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__set__", 2, args, kw); err != nil {
				return nil, err
			}
			return None, f(t, self, args[0], args[1])
		})
		add("__delete__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__delete__", 1, args, kw); err != nil {
				return nil, err
			}
			return None, f(t, self, args[0], nil)
		})
	}
	if s.Init != nil {
		f := s.Init
		add("__init__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			return None, f(t, self, args, kw)
		})
	}
	if s.New != nil {
		key := NewStr("__new__")
		if typ.Dict.GetStr(key) == nil {
			typ.Dict.SetStr(key, &BuiltinFunction{Name: "__new__", Fn: tpNewWrapper, Self: typ,
				Doc: "Create and return a new object.  See help(type) for accurate signature."})
		}
	}
	for op := NB_ADD; op <= NB_XOR; op++ {
		f := s.Binary[op]
		names := binaryDunders[op]
		if f == nil {
			continue
		}
		if op == NB_POWER {
			pm := s.PowMod
			add(names[0], func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				if kw != nil || len(args) < 1 || len(args) > 2 {
					return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
				}
				if len(args) == 2 && args[1] != None {
					if pm == nil {
						return NotImplemented, nil
					}
					return pm(t, self, args[0], args[1])
				}
				return f(t, self, args[0])
			})
		} else {
			add(names[0], func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
				if err := exactArgs(names[0], 1, args, kw); err != nil {
					return nil, err
				}
				return f(t, self, args[0])
			})
		}
		add(names[1], func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if kw != nil || len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			return f(t, args[0], self)
		})
	}
	for op := NB_INPLACE_ADD; op <= NB_INPLACE_XOR; op++ {
		f := s.Binary[op]
		if f == nil {
			continue
		}
		name := binaryDunders[op-NB_INPLACE_ADD][2]
		add(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs(name, 1, args, kw); err != nil {
				return nil, err
			}
			return f(t, self, args[0])
		})
	}
	if s.Concat != nil {
		f := s.Concat
		add("__add__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__add__", 1, args, kw); err != nil {
				return nil, err
			}
			return f(t, self, args[0])
		})
	}
	if s.Repeat != nil {
		f := s.Repeat
		rep := func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__mul__", 1, args, kw); err != nil {
				return nil, err
			}
			n, err := repeatCount(t, args[0])
			if err != nil {
				return NotImplemented, nil
			}
			return f(t, self, n)
		}
		add("__mul__", rep)
		add("__rmul__", rep)
	}
	if s.InplaceConcat != nil {
		f := s.InplaceConcat
		add("__iadd__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__iadd__", 1, args, kw); err != nil {
				return nil, err
			}
			return f(t, self, args[0])
		})
	}
	if s.InplaceRepeat != nil {
		f := s.InplaceRepeat
		add("__imul__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := exactArgs("__imul__", 1, args, kw); err != nil {
				return nil, err
			}
			n, err := repeatCount(t, args[0])
			if err != nil {
				return nil, err
			}
			return f(t, self, n)
		})
	}
}

// isUnhashable reports whether a built-in type is unhashable (its hash
// slot raises): list, dict, set, bytearray.
func isUnhashable(typ *Type) bool {
	switch typ {
	case ListType, DictType, SetType:
		return true
	}
	return typ.unhashable
}

// tpNewWrapper is T.__new__(cls, ...) of a built-in type T.
func tpNewWrapper(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	typ := self.(*Type)
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", typ.Name)
	}
	sub, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typ.Name, TypeName(args[0]))
	}
	if !sub.IsSubtype(typ) {
		return nil, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, sub.Name, sub.Name, typ.Name)
	}
	return typ.Slots.New(t, sub, args[1:], kw)
}
