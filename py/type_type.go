package py

import "strings"

func init() {
	TypeType.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
	s := &TypeType.Slots
	s.Call = typeCall
	s.GetAttr = typeGetAttr
	s.SetAttr = typeSetAttr
	s.Repr = func(t *Thread, o Object) (Object, error) {
		typ := o.(*Type)
		return NewStr("<class '" + typ.FullName() + "'>"), nil
	}
	s.New = typeNew
	s.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		n := len(args)
		if kw != nil {
			n -= kw.Len()
		}
		if n != 1 && n != 3 {
			return Errorf(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return nil
	}
	s.Binary[NB_OR] = typeOr

	TypeType.AddGetSet("__name__", func(t *Thread, o Object) (Object, error) {
		return NewStr(o.(*Type).ShortName()), nil
	}, func(t *Thread, o, v Object) error {
		typ := o.(*Type)
		if typ.Flags&FlagImmutable != 0 {
			return Errorf(TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'", typ.Name)
		}
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", typ.Name, TypeName(v))
		}
		typ.Name = s.s
		return nil
	}, "")
	TypeType.AddGetSet("__qualname__", func(t *Thread, o Object) (Object, error) {
		return NewStr(o.(*Type).QualName), nil
	}, func(t *Thread, o, v Object) error {
		typ := o.(*Type)
		if typ.Flags&FlagImmutable != 0 {
			return Errorf(TypeErrorType, "cannot set '__qualname__' attribute of immutable type '%s'", typ.Name)
		}
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", typ.Name, TypeName(v))
		}
		typ.QualName = s.s
		return nil
	}, "")
	TypeType.AddGetSet("__module__", func(t *Thread, o Object) (Object, error) {
		typ := o.(*Type)
		if v := typ.Dict.GetStr(dnModule); v != nil {
			// type's own dict holds this descriptor, not a module name.
			if _, isStr := v.(*Str); isStr || typ.Flags&FlagHeap != 0 {
				return v, nil
			}
		}
		if typ.Flags&FlagHeap != 0 {
			return nil, Errorf(AttributeErrorType, "__module__")
		}
		return NewStr("builtins"), nil
	}, func(t *Thread, o, v Object) error {
		typ := o.(*Type)
		if typ.Flags&FlagImmutable != 0 {
			return Errorf(TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'", typ.Name)
		}
		typ.Dict.SetStr(dnModule, v)
		return nil
	}, "")
	TypeType.AddGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		typ := o.(*Type)
		if typ.Flags&FlagHeap == 0 {
			if typ.Doc == "" {
				return None, nil
			}
			return NewStr(typ.Doc), nil
		}
		v := typ.Dict.GetStr(dnDoc)
		if v == nil {
			return None, nil
		}
		if get := v.Type().Slots.DescrGet; get != nil {
			return get(t, v, nil, typ)
		}
		return v, nil
	}, func(t *Thread, o, v Object) error {
		typ := o.(*Type)
		if typ.Flags&FlagImmutable != 0 {
			return Errorf(TypeErrorType, "cannot set '__doc__' attribute of immutable type '%s'", typ.Name)
		}
		typ.Dict.SetStr(dnDoc, v)
		return nil
	}, "")
	TypeType.AddGetSet("__dict__", func(t *Thread, o Object) (Object, error) {
		typ := o.(*Type)
		typ.ready()
		return &MappingProxy{m: typ.Dict}, nil
	}, nil, "")
	TypeType.AddGetSet("__mro__", func(t *Thread, o Object) (Object, error) {
		return typesTuple(o.(*Type).MRO), nil
	}, nil, "")
	TypeType.AddGetSet("__bases__", func(t *Thread, o Object) (Object, error) {
		return typesTuple(o.(*Type).Bases), nil
	}, nil, "")
	TypeType.AddGetSet("__base__", func(t *Thread, o Object) (Object, error) {
		if b := o.(*Type).Base; b != nil {
			return b, nil
		}
		return None, nil
	}, nil, "")
	TypeType.AddGetSet("__abstractmethods__", func(t *Thread, o Object) (Object, error) {
		typ := o.(*Type)
		if typ != TypeType {
			if v := typ.Dict.GetString("__abstractmethods__"); v != nil {
				return v, nil
			}
		}
		return nil, Errorf(AttributeErrorType, "__abstractmethods__")
	}, func(t *Thread, o, v Object) error {
		typ := o.(*Type)
		if typ.Flags&FlagImmutable != 0 {
			return Errorf(TypeErrorType, "cannot set '__abstractmethods__' attribute of immutable type '%s'", typ.Name)
		}
		if v == nil {
			typ.Dict.DelStr(NewStr("__abstractmethods__"))
			typ.Flags &^= FlagAbstract
			return nil
		}
		typ.Dict.SetString("__abstractmethods__", v)
		abstract, err := Truth(t, v)
		if err != nil {
			return err
		}
		if abstract {
			typ.Flags |= FlagAbstract
		} else {
			typ.Flags &^= FlagAbstract
		}
		return nil
	}, "")
	TypeType.AddMethod("mro", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		typ := self.(*Type)
		m, err := computeMRO(typ, typ.Bases)
		if err != nil {
			return nil, err
		}
		out := make([]Object, len(m))
		for i, x := range m {
			out[i] = x
		}
		return NewList(out), nil
	}, "Return a type's method resolution order.")
	TypeType.AddMethod("__subclasses__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		typ := self.(*Type)
		out := make([]Object, len(typ.subclasses))
		for i, x := range typ.subclasses {
			out[i] = x
		}
		return NewList(out), nil
	}, "Return a list of immediate subclasses.")
	TypeType.AddMethod("__instancecheck__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("__instancecheck__", 1, args, kw); err != nil {
			return nil, err
		}
		return Bool(args[0].Type().IsSubtype(self.(*Type))), nil
	}, "Check if an object is an instance.")
	TypeType.AddMethod("__subclasscheck__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("__subclasscheck__", 1, args, kw); err != nil {
			return nil, err
		}
		sub, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return Bool(sub.IsSubtype(self.(*Type))), nil
	}, "Check if a class is a subclass.")
	TypeType.AddClassMethod("__prepare__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewDict(), nil
	}, "Create the namespace for the class statement")
	TypeType.AddMethod("__dir__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		typ := self.(*Type)
		seen := NewDict()
		for _, b := range typ.MRO {
			b.ready()
			for _, k := range b.Dict.Keys() {
				if err := seen.SetItem(t, k, None); err != nil {
					return nil, err
				}
			}
		}
		return NewList(seen.Keys()), nil
	}, "Specialized __dir__ implementation for types.")
}

// Frequently used names.
var (
	dnModule   = newStaticStr("__module__")
	dnDoc      = newStaticStr("__doc__")
	dnQualname = newStaticStr("__qualname__")
	dnName     = newStaticStr("__name__")
	dnDict     = newStaticStr("__dict__")
	dnSlots    = newStaticStr("__slots__")
	dnInit     = newStaticStr("__init__")
	dnNew      = newStaticStr("__new__")
	dnCall     = newStaticStr("__call__")
	dnClassRef = newStaticStr("__classcell__")
)

// typesTuple returns types as a tuple.
func typesTuple(ts []*Type) *Tuple {
	out := make([]Object, len(ts))
	for i, x := range ts {
		out[i] = x
	}
	return NewTupleFromSlice(out)
}

// typeCall is type.__call__: type(x), or creating an instance with
// __new__ then __init__.
func typeCall(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
	typ := o.(*Type)
	if typ == TypeType && len(args) == 1 && kw == nil {
		return args[0].Type(), nil
	}
	newf := typ.Slots.New
	if newf == nil {
		return nil, Errorf(TypeErrorType, "cannot create '%s' instances", typ.FullName())
	}
	obj, err := newf(t, typ, args, kw)
	if err != nil {
		return nil, err
	}
	ot := obj.Type()
	if !ot.IsSubtype(typ) {
		return obj, nil
	}
	if init := ot.Slots.Init; init != nil {
		if err := init(t, obj, args, kw); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// typeGetAttr is type.__getattribute__: data descriptors of the
// metaclass, then the class's own MRO (binding with obj nil), then other
// metaclass attributes.
func typeGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	typ := o.(*Type)
	meta := typ.Type()
	metaAttr := meta.Lookup(name)
	var metaGet func(*Thread, Object, Object, *Type) (Object, error)
	if metaAttr != nil {
		mt := metaAttr.Type()
		metaGet = mt.Slots.DescrGet
		if metaGet != nil && mt.Slots.DescrSet != nil {
			return metaGet(t, metaAttr, typ, meta)
		}
	}
	if attr := typ.Lookup(name); attr != nil {
		if get := attr.Type().Slots.DescrGet; get != nil {
			return get(t, attr, nil, typ)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, typ, meta)
	}
	if metaAttr != nil {
		return metaAttr, nil
	}
	return nil, attributeError(typ, name)
}

// typeSetAttr is type.__setattr__.
func typeSetAttr(t *Thread, o Object, name *Str, v Object) error {
	typ := o.(*Type)
	if typ.Flags&FlagImmutable != 0 {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, typ.Name)
	}
	meta := typ.Type()
	if d := meta.Lookup(name); d != nil {
		if set := d.Type().Slots.DescrSet; set != nil {
			return set(t, d, typ, v)
		}
	}
	if v == nil {
		if !typ.Dict.DelStr(name) {
			return attributeError(typ, name)
		}
	} else {
		typ.Dict.SetStr(name, v)
	}
	typ.modified()
	if strings.HasPrefix(name.s, "__") && strings.HasSuffix(name.s, "__") {
		typ.updateSlots()
		for _, s := range typ.allSubclasses() {
			s.updateSlots()
		}
	}
	return nil
}

// allSubclasses returns the heap subclasses of typ, transitively.
func (t *Type) allSubclasses() []*Type {
	var out []*Type
	for _, s := range t.subclasses {
		out = append(out, s)
		out = append(out, s.allSubclasses()...)
	}
	return out
}

// typeOr is type.__or__ (int | str): a types.UnionType.
func typeOr(t *Thread, a, b Object) (Object, error) {
	if !isUnionArg(a) || !isUnionArg(b) {
		return NotImplemented, nil
	}
	return newUnion(t, a, b)
}

// Older names of dnDoc and dnDict, kept for files written against them.
var (
	strDoc  = dnDoc
	strDict = dnDict
)
