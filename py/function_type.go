package py

func init() {
	s := &FunctionType.Slots
	s.Call = func(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
		return t.callFunction(o.(*Function), args, kw)
	}
	s.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		if obj == nil {
			return o, nil
		}
		return &Method{Func: o, Self: obj}, nil
	}
	s.Repr = func(t *Thread, o Object) (Object, error) {
		f := o.(*Function)
		return NewStr("<function " + f.qualname.s + " at " + addrOf(o) + ">"), nil
	}
	fg := func(name string, get func(f *Function) Object, set func(t *Thread, f *Function, v Object) error) {
		var setter Setter
		if set != nil {
			setter = func(t *Thread, o, v Object) error { return set(t, o.(*Function), v) }
		}
		FunctionType.AddGetSet(name, func(t *Thread, o Object) (Object, error) { return get(o.(*Function)), nil }, setter, "")
	}
	fg("__name__", func(f *Function) Object { return f.name }, func(t *Thread, f *Function, v Object) error {
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "__name__ must be set to a string object")
		}
		f.name = s
		return nil
	})
	fg("__qualname__", func(f *Function) Object { return f.qualname }, func(t *Thread, f *Function, v Object) error {
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
		}
		f.qualname = s
		return nil
	})
	fg("__doc__", func(f *Function) Object { return f.doc }, func(t *Thread, f *Function, v Object) error {
		if v == nil {
			v = None
		}
		f.doc = v
		return nil
	})
	fg("__module__", func(f *Function) Object { return f.module }, func(t *Thread, f *Function, v Object) error {
		if v == nil {
			v = None
		}
		f.module = v
		return nil
	})
	fg("__code__", func(f *Function) Object { return f.code }, func(t *Thread, f *Function, v Object) error {
		c, ok := v.(*Code)
		if !ok {
			return Errorf(TypeErrorType, "__code__ must be set to a code object")
		}
		f.code = c
		return nil
	})
	fg("__globals__", func(f *Function) Object { return f.globals }, nil)
	fg("__builtins__", func(f *Function) Object { return f.builtins }, nil)
	fg("__closure__", func(f *Function) Object {
		if f.closure == nil {
			return None
		}
		return f.closure
	}, nil)
	fg("__defaults__", func(f *Function) Object {
		if f.defaults == nil {
			return None
		}
		return f.defaults
	}, func(t *Thread, f *Function, v Object) error {
		if v == nil || v == None {
			f.defaults = nil
			return nil
		}
		tu, ok := v.(*Tuple)
		if !ok {
			return Errorf(TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		f.defaults = tu
		return nil
	})
	fg("__kwdefaults__", func(f *Function) Object {
		if f.kwdefault == nil {
			return None
		}
		return f.kwdefault
	}, func(t *Thread, f *Function, v Object) error {
		if v == nil || v == None {
			f.kwdefault = nil
			return nil
		}
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "__kwdefaults__ must be set to a dict object")
		}
		f.kwdefault = d
		return nil
	})
	fg("__annotations__", func(f *Function) Object {
		switch a := f.annots.(type) {
		case *Dict:
			return a
		case *Tuple:
			d := NewDict()
			for i := 0; i+1 < len(a.items); i += 2 {
				d.SetItem(nil, a.items[i], a.items[i+1])
			}
			f.annots = d
			return d
		}
		d := NewDict()
		f.annots = d
		return d
	}, func(t *Thread, f *Function, v Object) error {
		if v == nil || v == None {
			f.annots = nil
			return nil
		}
		if _, ok := v.(*Dict); !ok {
			return Errorf(TypeErrorType, "__annotations__ must be set to a dict object")
		}
		f.annots = v
		return nil
	})
	FunctionType.AddGetSet("__dict__", func(t *Thread, o Object) (Object, error) {
		return o.(*Function).instanceDict(), nil
	}, func(t *Thread, o, v Object) error {
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		o.(*Function).dict = d
		return nil
	}, "")

	m := &MethodType.Slots
	m.Call = func(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
		bm := o.(*Method)
		if f, ok := bm.Func.(*Function); ok {
			return t.callFunctionSelf(f, bm.Self, args, kw)
		}
		all := make([]Object, 0, len(args)+1)
		all = append(append(all, bm.Self), args...)
		return Call(t, bm.Func, all, kw)
	}
	m.Repr = func(t *Thread, o Object) (Object, error) {
		bm := o.(*Method)
		name := "?"
		if q, err := GetAttrOpt(t, bm.Func, dnQualname); err == nil && q != nil {
			if s, ok := AsStr(q); ok {
				name = s.s
			}
		}
		r, err := Repr(t, bm.Self)
		if err != nil {
			return nil, err
		}
		return NewStr("<bound method " + name + " of " + r.s + ">"), nil
	}
	m.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Method)
		y, ok := b.(*Method)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq := x.Self == y.Self && x.Func == y.Func
		return Bool(eq == (op == CmpEQ)), nil
	}
	m.Hash = func(t *Thread, o Object) (int64, error) {
		bm := o.(*Method)
		h, err := Hash(t, bm.Func)
		return h ^ identityHash(bm.Self), err
	}
	m.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		v, err := GenericGetAttr(t, o, name)
		if err == nil || !IsExceptionOf(err, AttributeErrorType) {
			return v, err
		}
		return GetAttr(t, o.(*Method).Func, name)
	}
	m.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) { return o, nil }
	MethodType.AddGetSet("__func__", func(t *Thread, o Object) (Object, error) { return o.(*Method).Func, nil }, nil, "")
	MethodType.AddGetSet("__self__", func(t *Thread, o Object) (Object, error) { return o.(*Method).Self, nil }, nil, "")
	MethodType.AddGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		return GetAttr(t, o.(*Method).Func, dnDoc)
	}, nil, "")

	CellType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		c := o.(*Cell)
		if c.Value == nil {
			return NewStr("<cell at " + addrOf(o) + ": empty>"), nil
		}
		return NewStr("<cell at " + addrOf(o) + ": " + TypeName(c.Value) + " object at " + addrOf(c.Value) + ">"), nil
	}
	CellType.AddGetSet("cell_contents", func(t *Thread, o Object) (Object, error) {
		c := o.(*Cell)
		if c.Value == nil {
			return nil, Errorf(ValueErrorType, "Cell is empty")
		}
		return c.Value, nil
	}, func(t *Thread, o, v Object) error {
		o.(*Cell).Value = v
		return nil
	}, "")
}
