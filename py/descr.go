package py

// Getter computes an attribute of a built-in type's instance.
type Getter func(t *Thread, self Object) (Object, error)

// Setter sets (v non-nil) or deletes (v nil) a computed attribute.
type Setter func(t *Thread, self, v Object) error

// MethodDescr is a method of a built-in type as found in the type's dict
// (CPython's method_descriptor): list.append. Reading it from an instance
// binds it; the eval loop calls it unbound with self as the first
// argument, so a method call allocates nothing.
type MethodDescr struct {
	Name  string
	Fn    BuiltinFn
	Owner *Type
	Doc   string
}

// MethodDescrType is the type of methods of built-in types.
var MethodDescrType = newBuiltinType("method_descriptor", ObjectType, 0)

// Type returns MethodDescrType.
func (*MethodDescr) Type() *Type { return MethodDescrType }

// checkSelf verifies that a method of owner is applied to an instance.
func checkSelf(name string, owner *Type, self Object) error {
	if !self.Type().IsSubtype(owner) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.Name, TypeName(self))
	}
	return nil
}

// ClassMethodDescr is a class method of a built-in type (dict.fromkeys):
// its function receives the class as self.
type ClassMethodDescr struct {
	Name  string
	Fn    BuiltinFn
	Owner *Type
	Doc   string
}

// ClassMethodDescrType is the type of class methods of built-in types.
var ClassMethodDescrType = newBuiltinType("classmethod_descriptor", ObjectType, 0)

// Type returns ClassMethodDescrType.
func (*ClassMethodDescr) Type() *Type { return ClassMethodDescrType }

// GetSetDescr is a computed attribute of a built-in type
// (getset_descriptor).
type GetSetDescr struct {
	Name  string
	Get   Getter
	Set   Setter
	Owner *Type
	Doc   string
}

// GetSetDescrType is the type of computed attributes of built-in types.
var GetSetDescrType = newBuiltinType("getset_descriptor", ObjectType, 0)

// Type returns GetSetDescrType.
func (*GetSetDescr) Type() *Type { return GetSetDescrType }

// SlotWrapper exposes a slot of a built-in type as a dunder method
// (wrapper_descriptor): int.__add__, list.__len__.
type SlotWrapper struct {
	Name  string
	Owner *Type
	Fn    BuiltinFn
}

// SlotWrapperType is the type of slot wrappers.
var SlotWrapperType = newBuiltinType("wrapper_descriptor", ObjectType, 0)

// Type returns SlotWrapperType.
func (*SlotWrapper) Type() *Type { return SlotWrapperType }

// MethodWrapper is a slot wrapper bound to an object ((1).__add__).
type MethodWrapper struct {
	W    *SlotWrapper
	Self Object
}

// MethodWrapperType is the type of bound slot wrappers.
var MethodWrapperType = newBuiltinType("method-wrapper", ObjectType, 0)

// Type returns MethodWrapperType.
func (*MethodWrapper) Type() *Type { return MethodWrapperType }

// StaticMethod is staticmethod(f).
type StaticMethod struct {
	Callable Object
	dict     *Dict
}

// StaticMethodType is the type of staticmethod objects.
var StaticMethodType = newBuiltinType("staticmethod", ObjectType, FlagBaseType)

// Type returns StaticMethodType.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is classmethod(f).
type ClassMethod struct {
	Callable Object
	dict     *Dict
}

// ClassMethodType is the type of classmethod objects.
var ClassMethodType = newBuiltinType("classmethod", ObjectType, FlagBaseType)

// Type returns ClassMethodType.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Get, Set, Del, Doc Object
	name               Object
}

// PropertyType is the type of property objects.
var PropertyType = newBuiltinType("property", ObjectType, FlagBaseType)

// Type returns PropertyType.
func (*Property) Type() *Type { return PropertyType }

func init() {
	MethodDescrType.Slots.Call = func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		d := o.(*MethodDescr)
		if len(args) == 0 || (kwnames != nil && len(args) == kwnames.Len()) {
			return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", d.Owner.Name, d.Name)
		}
		if err := checkSelf(d.Name, d.Owner, args[0]); err != nil {
			return nil, err
		}
		return d.Fn(t, args[0], args[1:], kwnames)
	}
	MethodDescrType.Slots.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		d := o.(*MethodDescr)
		if obj == nil {
			return d, nil
		}
		if err := checkSelf(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return &BuiltinFunction{Name: d.Name, Fn: d.Fn, Self: obj, Doc: d.Doc, QualOwner: d.Owner}, nil
	}
	MethodDescrType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		d := o.(*MethodDescr)
		return NewStr("<method '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	addDescrNameAttrs(MethodDescrType, func(o Object) (string, *Type, string) {
		d := o.(*MethodDescr)
		return d.Name, d.Owner, d.Doc
	})

	ClassMethodDescrType.Slots.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		d := o.(*ClassMethodDescr)
		if typ == nil {
			typ = obj.Type()
		}
		return &BuiltinFunction{Name: d.Name, Fn: d.Fn, Self: typ, Doc: d.Doc}, nil
	}
	ClassMethodDescrType.Slots.Call = func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		d := o.(*ClassMethodDescr)
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.Name, d.Owner.Name)
		}
		return d.Fn(t, args[0], args[1:], kwnames)
	}
	ClassMethodDescrType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		d := o.(*ClassMethodDescr)
		return NewStr("<method '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	addDescrNameAttrs(ClassMethodDescrType, func(o Object) (string, *Type, string) {
		d := o.(*ClassMethodDescr)
		return d.Name, d.Owner, d.Doc
	})

	GetSetDescrType.Slots.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		d := o.(*GetSetDescr)
		if obj == nil {
			return d, nil
		}
		if err := checkSelf(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return d.Get(t, obj)
	}
	GetSetDescrType.Slots.DescrSet = func(t *Thread, o, obj, v Object) error {
		d := o.(*GetSetDescr)
		if d.Set == nil {
			if v == nil {
				return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
			}
			return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
		}
		return d.Set(t, obj, v)
	}
	GetSetDescrType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		d := o.(*GetSetDescr)
		return NewStr("<attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
	addDescrNameAttrs(GetSetDescrType, func(o Object) (string, *Type, string) {
		d := o.(*GetSetDescr)
		return d.Name, d.Owner, d.Doc
	})

	SlotWrapperType.Slots.Call = func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		w := o.(*SlotWrapper)
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", w.Name, w.Owner.Name)
		}
		if !args[0].Type().IsSubtype(w.Owner) {
			return nil, Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", w.Name, w.Owner.Name, TypeName(args[0]))
		}
		return w.Fn(t, args[0], args[1:], kwnames)
	}
	SlotWrapperType.Slots.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		w := o.(*SlotWrapper)
		if obj == nil {
			return w, nil
		}
		if err := checkSelf(w.Name, w.Owner, obj); err != nil {
			return nil, err
		}
		return &MethodWrapper{W: w, Self: obj}, nil
	}
	SlotWrapperType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		w := o.(*SlotWrapper)
		return NewStr("<slot wrapper '" + w.Name + "' of '" + w.Owner.Name + "' objects>"), nil
	}
	addDescrNameAttrs(SlotWrapperType, func(o Object) (string, *Type, string) {
		w := o.(*SlotWrapper)
		return w.Name, w.Owner, ""
	})

	MethodWrapperType.Slots.Call = func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		m := o.(*MethodWrapper)
		return m.W.Fn(t, m.Self, args, kwnames)
	}
	MethodWrapperType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*MethodWrapper)
		return NewStr("<method-wrapper '" + m.W.Name + "' of " + TypeName(m.Self) + " object at " + addrOf(m.Self) + ">"), nil
	}
	MethodWrapperType.AddGetSet("__self__", func(t *Thread, o Object) (Object, error) { return o.(*MethodWrapper).Self, nil }, nil, "")
	MethodWrapperType.AddGetSet("__name__", func(t *Thread, o Object) (Object, error) { return NewStr(o.(*MethodWrapper).W.Name), nil }, nil, "")

	StaticMethodType.Slots.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		return o.(*StaticMethod).Callable, nil
	}
	StaticMethodType.Slots.Call = func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		return Call(t, o.(*StaticMethod).Callable, args, kwnames)
	}
	StaticMethodType.Slots.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		f, err := wrapperNewArg("staticmethod", args, kwnames)
		if err != nil {
			return nil, err
		}
		return &StaticMethod{Callable: f}, nil
	}
	StaticMethodType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		return wrapperRepr(t, "staticmethod", o.(*StaticMethod).Callable)
	}
	StaticMethodType.AddGetSet("__func__", func(t *Thread, o Object) (Object, error) { return o.(*StaticMethod).Callable, nil }, nil, "")
	StaticMethodType.AddGetSet("__isabstractmethod__", func(t *Thread, o Object) (Object, error) {
		return isAbstract(t, o.(*StaticMethod).Callable)
	}, nil, "")

	ClassMethodType.Slots.DescrGet = func(t *Thread, o, obj Object, typ *Type) (Object, error) {
		if typ == nil {
			typ = obj.Type()
		}
		f := o.(*ClassMethod).Callable
		if g, ok := f.Type().Slots.DescrGet, f.Type() != FunctionType; ok && g != nil {
			return g(t, f, typ, typ.Type())
		}
		return &Method{Func: f, Self: typ}, nil
	}
	ClassMethodType.Slots.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		f, err := wrapperNewArg("classmethod", args, kwnames)
		if err != nil {
			return nil, err
		}
		return &ClassMethod{Callable: f}, nil
	}
	ClassMethodType.Slots.Repr = func(t *Thread, o Object) (Object, error) {
		return wrapperRepr(t, "classmethod", o.(*ClassMethod).Callable)
	}
	ClassMethodType.AddGetSet("__func__", func(t *Thread, o Object) (Object, error) { return o.(*ClassMethod).Callable, nil }, nil, "")
	ClassMethodType.AddGetSet("__isabstractmethod__", func(t *Thread, o Object) (Object, error) {
		return isAbstract(t, o.(*ClassMethod).Callable)
	}, nil, "")
}

// addDescrNameAttrs gives a descriptor type __name__, __qualname__,
// __objclass__ and __doc__.
func addDescrNameAttrs(typ *Type, info func(Object) (string, *Type, string)) {
	typ.AddGetSet("__name__", func(t *Thread, o Object) (Object, error) {
		n, _, _ := info(o)
		return NewStr(n), nil
	}, nil, "")
	typ.AddGetSet("__qualname__", func(t *Thread, o Object) (Object, error) {
		n, owner, _ := info(o)
		return NewStr(owner.QualName + "." + n), nil
	}, nil, "")
	typ.AddGetSet("__objclass__", func(t *Thread, o Object) (Object, error) {
		_, owner, _ := info(o)
		return owner, nil
	}, nil, "")
	typ.AddGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		_, _, d := info(o)
		if d == "" {
			return None, nil
		}
		return NewStr(d), nil
	}, nil, "")
}

// isAbstract returns getattr(f, "__isabstractmethod__", False) as a bool
// object.
func isAbstract(t *Thread, f Object) (Object, error) {
	v, err := GetAttrOpt(t, f, NewStr("__isabstractmethod__"))
	if err != nil || v == nil {
		return False, err
	}
	b, err := Truth(t, v)
	return Bool(b), err
}
