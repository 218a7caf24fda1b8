package py

// buildClass implements __build_class__(func, name, *bases,
// metaclass=None, **kwds), which the class statement calls.
func buildClass(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	npos := len(args) - nkw
	if npos < 2 {
		return nil, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := AsStr(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, err := resolveBases(t, origBases)
	if err != nil {
		return nil, err
	}
	var meta Object
	var kwvals []Object
	var kwkeys []Object
	for i := 0; i < nkw; i++ {
		k := kw.items[i].(*Str)
		if k.s == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwkeys = append(kwkeys, k)
		kwvals = append(kwvals, args[npos+i])
	}
	isClass := false
	if meta == nil {
		if len(bases) == 0 {
			meta = TypeType
		} else {
			meta = bases[0].Type()
		}
		isClass = true
	} else if _, ok := meta.(*Type); ok {
		isClass = true
	}
	basesTuple := NewTupleCopy(bases)
	if isClass {
		winner := meta.(*Type)
		for _, b := range bases {
			bm := b.Type()
			if winner.IsSubtype(bm) {
				continue
			}
			if bm.IsSubtype(winner) {
				winner = bm
				continue
			}
			return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner
	}
	var kwt *Tuple
	if len(kwkeys) > 0 {
		kwt = NewTupleFromSlice(kwkeys)
	}
	var ns Object
	prep, err := GetAttrOpt(t, meta, NewStr("__prepare__"))
	if err != nil {
		return nil, err
	}
	if prep != nil {
		pargs := append([]Object{name, basesTuple}, kwvals...)
		ns, err = Call(t, prep, pargs, kwt)
		if err != nil {
			return nil, err
		}
		if ns.Type().Slots.GetItem == nil {
			mn := "<metaclass>"
			if mt, ok := meta.(*Type); ok {
				mn = mt.Name
			}
			return nil, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mn, TypeName(ns))
		}
	} else {
		ns = NewDict()
	}
	cell, err := t.runClassBody(body, ns)
	if err != nil {
		return nil, err
	}
	if !sameObjects(bases, origBases) {
		if err := SetItem(t, ns, NewStr("__orig_bases__"), NewTupleCopy(origBases)); err != nil {
			return nil, err
		}
	}
	cargs := append([]Object{name, basesTuple, ns}, kwvals...)
	cls, err := Call(t, meta, cargs, kwt)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok && cls != nil {
		if c.Value != cls {
			if c.Value == nil {
				return nil, Errorf(RuntimeErrorType, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", quoteSimple(name.s), simpleReprObj(cls))
			}
			return nil, Errorf(TypeErrorType, "__class__ set to %s defining %s as %s", simpleReprObj(c.Value), quoteSimple(name.s), simpleReprObj(cls))
		}
	}
	return cls, nil
}

// simpleReprObj is a short repr used in class-cell errors.
func simpleReprObj(o Object) string {
	if t, ok := o.(*Type); ok {
		return reprType(t)
	}
	return simpleRepr(o)
}

func sameObjects(a, b []Object) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resolveBases applies __mro_entries__ to bases that are not classes
// (PEP 560).
func resolveBases(t *Thread, bases []Object) ([]Object, error) {
	var out []Object
	changed := false
	for i, b := range bases {
		if _, ok := b.(*Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		me, err := GetAttrOpt(t, b, NewStr("__mro_entries__"))
		if err != nil {
			return nil, err
		}
		if me == nil {
			if changed {
				out = append(out, b)
			}
			continue
		}
		r, err := Call(t, me, []Object{NewTupleCopy(bases)}, nil)
		if err != nil {
			return nil, err
		}
		tu, ok := r.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, tu.items...)
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// runClassBody runs a class body with ns as its local namespace; it
// returns what the body returns (the __class__ cell, or None).
func (t *Thread) runClassBody(body *Function, ns Object) (Object, error) {
	f := t.newFrame(body.code, body.globals, body.builtins)
	f.fn = body
	f.locals = ns
	r, err := t.eval(f, nil)
	t.releaseFrame(f)
	return r, err
}

// Super is the object super() returns.
type Super struct {
	typ     *Type  // the class to start after
	obj     Object // the instance or class (nil when unbound)
	objType *Type
}

// SuperType is the type of super objects.
var SuperType = newBuiltinType("super", ObjectType, FlagBaseType)

// Type returns SuperType.
func (*Super) Type() *Type { return SuperType }

func init() {
	s := &SuperType.Slots
	s.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		return &Super{}, nil
	}
	s.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		if err := NoKwargs("super", kw); err != nil {
			return err
		}
		sp := o.(*Super)
		var typ, obj Object
		switch len(args) {
		case 0:
			var err error
			typ, obj, err = t.superArgsFromFrame()
			if err != nil {
				return err
			}
		case 1:
			typ = args[0]
		case 2:
			typ, obj = args[0], args[1]
		default:
			return Errorf(TypeErrorType, "super() expected at most 2 arguments, got %d", len(args))
		}
		ty, ok := typ.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(typ))
		}
		sp.typ = ty
		if obj != nil && obj != None {
			ot, err := superCheck(t, ty, obj)
			if err != nil {
				return err
			}
			sp.obj, sp.objType = obj, ot
		}
		return nil
	}
	s.GetAttr = superGetAttr
	s.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		sp := o.(*Super)
		if obj == nil || sp.obj != nil {
			return o, nil
		}
		ot, err := superCheck(t, sp.typ, obj)
		if err != nil {
			return nil, err
		}
		return &Super{typ: sp.typ, obj: obj, objType: ot}, nil
	}
	s.Repr = func(t *Thread, o Object) (Object, error) {
		sp := o.(*Super)
		if sp.objType != nil {
			return NewStr("<super: <class '" + sp.typ.Name + "'>, <" + sp.objType.Name + " object>>"), nil
		}
		return NewStr("<super: <class '" + sp.typ.Name + "'>, NULL>"), nil
	}
	SuperType.AddGetSet("__thisclass__", func(t *Thread, o Object) (Object, error) { return o.(*Super).typ, nil }, nil, "")
	SuperType.AddGetSet("__self__", func(t *Thread, o Object) (Object, error) {
		if v := o.(*Super).obj; v != nil {
			return v, nil
		}
		return None, nil
	}, nil, "")
	SuperType.AddGetSet("__self_class__", func(t *Thread, o Object) (Object, error) {
		if v := o.(*Super).objType; v != nil {
			return v, nil
		}
		return None, nil
	}, nil, "")
}

// superArgsFromFrame finds the class (the __class__ cell) and the first
// argument of the calling function, for zero-argument super().
func (t *Thread) superArgsFromFrame() (Object, Object, error) {
	f := t.frame
	if f == nil || f.code == nil {
		return nil, nil, Errorf(RuntimeErrorType, "super(): no current frame")
	}
	code := f.code
	if code.argcount == 0 && code.flags&0x04 == 0 {
		return nil, nil, Errorf(RuntimeErrorType, "super(): no arguments")
	}
	first := f.fast[0]
	if c, ok := first.(*Cell); ok && code.kinds[0]&0x40 != 0 {
		first = c.Value
	}
	if first == nil {
		return nil, nil, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
	}
	for i, n := range code.varnames {
		if n.s == "__class__" && code.kinds[i]&0x80 != 0 {
			c, ok := f.fast[i].(*Cell)
			if !ok || c.Value == nil {
				return nil, nil, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
			}
			if _, ok := c.Value.(*Type); !ok {
				return nil, nil, Errorf(RuntimeErrorType, "super(): __class__ is not a type (%s)", TypeName(c.Value))
			}
			return c.Value, first, nil
		}
	}
	return nil, nil, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
}

// superCheck returns the type to search for super(typ, obj).
func superCheck(t *Thread, typ *Type, obj Object) (*Type, error) {
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(typ) {
		return ot, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	if cls, err := GetAttrOpt(t, obj, NewStr("__class__")); err == nil && cls != nil {
		if ct, ok := cls.(*Type); ok && ct != obj.Type() && ct.IsSubtype(typ) {
			return ct, nil
		}
	}
	return nil, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
}

// superGetAttr looks name up in the MRO of the object's type, after the
// super class.
func superGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	sp := o.(*Super)
	if sp.objType != nil && name.s != "__class__" {
		mro := sp.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != sp.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			b := mro[i]
			if b.Flags&FlagHeap == 0 {
				b.ready()
			}
			v := b.Dict.GetStr(name)
			if v == nil {
				continue
			}
			if get := v.Type().Slots.DescrGet; get != nil {
				var obj Object = sp.obj
				if obj == Object(sp.objType) {
					obj = nil
				}
				return get(t, v, obj, sp.objType)
			}
			return v, nil
		}
	}
	return GenericGetAttr(t, o, name)
}
