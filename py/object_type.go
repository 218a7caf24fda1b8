package py

// ObjectType is object, the root of every class.
var ObjectType = newBuiltinType("object", nil, FlagBaseType)

// TypeType is type, the class of classes.
var TypeType = newBuiltinType("type", ObjectType, FlagBaseType|FlagTypeSubclass)

func init() {
	ObjectType.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
	s := &ObjectType.Slots
	s.New = objectNew
	s.Init = objectInit
	s.Repr = func(t *Thread, o Object) (Object, error) { return NewStr(defaultRepr(o)), nil }
	s.Str = func(t *Thread, o Object) (Object, error) { return Repr(t, o) }
	s.Hash = func(t *Thread, o Object) (int64, error) { return identityHash(o), nil }
	s.Compare = objectCompare
	s.GetAttr = GenericGetAttr
	s.SetAttr = GenericSetAttr

	ObjectType.AddGetSet("__class__", func(t *Thread, o Object) (Object, error) {
		return o.Type(), nil
	}, func(t *Thread, o, v Object) error {
		typ, ok := v.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeName(v))
		}
		inst, ok := o.(*Instance)
		if !ok || typ.Flags&FlagHeap == 0 {
			return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if len(typ.slotNames) != len(inst.typ.slotNames) || (typ.Flags&FlagHasDict) != (inst.typ.Flags&FlagHasDict) || typ.builtinBase != inst.typ.builtinBase {
			return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", typ.Name, inst.typ.Name)
		}
		inst.typ = typ
		return nil
	}, "")
	ObjectType.AddMethod("__format__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("object.__format__", 1, args, kw); err != nil {
			return nil, err
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", argTypeName(args[0]))
		}
		if len(spec.s) > 0 {
			return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(self))
		}
		return StrObject(t, self)
	}, "Default object formatter.")
	ObjectType.AddMethod("__dir__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__dir__", args, kw); err != nil {
			return nil, err
		}
		return objectDir(t, self)
	}, "Default dir() implementation.")
	ObjectType.AddMethod("__sizeof__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewInt(16), nil
	}, "Size of object in memory, in bytes.")
	ObjectType.AddClassMethod("__init_subclass__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if len(args) > 0 || (kw != nil && kw.Len() > 0) {
			return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", self.(*Type).Name)
		}
		return None, nil
	}, "This method is called when a class is subclassed.")
	ObjectType.AddClassMethod("__subclasshook__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NotImplemented, nil
	}, "Abstract classes can override this to customize issubclass().")
	ObjectType.AddAttr("__doc__", NewStr(ObjectType.Doc))
}

// overridesNew and overridesInit report whether a class replaces
// object.__new__ or object.__init__ (object's argument checks depend on
// it).
func (typ *Type) overridesNew() bool {
	if typ.Flags&FlagHeap != 0 {
		return typ.ownNew
	}
	return typ != ObjectType && !isBuiltinNewOf(typ.Lookup(dnNew), ObjectType)
}

func (typ *Type) overridesInit() bool {
	if typ.Flags&FlagHeap != 0 {
		return typ.ownInit
	}
	w, ok := typ.Lookup(dnInit).(*SlotWrapper)
	return typ != ObjectType && !(ok && w.Owner == ObjectType)
}

// objectNew is object.__new__.
func objectNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if len(args) > 0 {
		if typ.overridesNew() {
			return nil, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !typ.overridesInit() {
			return nil, Errorf(TypeErrorType, "%s() takes no arguments", typ.Name)
		}
	}
	if typ.Flags&FlagAbstract != 0 {
		return nil, abstractError(t, typ)
	}
	if typ.Flags&FlagHeap == 0 {
		if typ == ObjectType {
			return &Instance{typ: ObjectType}, nil
		}
		return nil, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", typ.Name, typ.Name)
	}
	if typ.builtinBase != nil && typ.builtinBase.Slots.New != nil && !typ.builtinBase.IsSubtype(BaseExceptionType) {
		b, err := typ.builtinBase.Slots.New(t, typ.builtinBase, nil, nil)
		if err != nil {
			return nil, err
		}
		if inst, ok := b.(*Instance); ok {
			b = inst.base
		}
		return newInstanceWithBase(t, typ, b)
	}
	return newInstance(typ), nil
}

// abstractError is the TypeError for instantiating an abstract class.
func abstractError(t *Thread, typ *Type) error {
	names := ""
	if v := typ.Dict.GetString("__abstractmethods__"); v != nil {
		items, _ := ListFromIterable(t, v)
		strs := make([]string, 0, len(items))
		for _, it := range items {
			if s, ok := it.(*Str); ok {
				strs = append(strs, s.s)
			}
		}
		sortStrings(strs)
		for i, s := range strs {
			if i > 0 {
				names += ", "
			}
			names += s
		}
		if len(strs) == 1 {
			return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract method %s", typ.Name, names)
		}
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract methods %s", typ.Name, names)
}

// objectInit is object.__init__.
func objectInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	if len(args) > 0 {
		typ := o.Type()
		if typ.overridesInit() {
			return Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !typ.overridesNew() {
			return Errorf(TypeErrorType, "%s() takes no arguments", typ.Name)
		}
	}
	return nil
}

// objectCompare is object's comparison: identity for ==, and != as the
// negation of ==.
func objectCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	switch op {
	case CmpEQ:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNE:
		f := a.Type().Slots.Compare
		if f == nil {
			return NotImplemented, nil
		}
		r, err := f(t, a, b, CmpEQ)
		if err != nil || r == NotImplemented {
			return r, err
		}
		v, err := Truth(t, r)
		return Bool(!v), err
	}
	return NotImplemented, nil
}

// objectDir is object.__dir__: the instance dict's keys and the
// attributes of the class and its bases.
func objectDir(t *Thread, o Object) (Object, error) {
	seen := NewDict()
	if d := InstanceDict(o); d != nil {
		for _, k := range d.Keys() {
			if err := seen.SetItem(t, k, None); err != nil {
				return nil, err
			}
		}
	}
	for _, b := range o.Type().MRO {
		b.ready()
		for _, k := range b.Dict.Keys() {
			if err := seen.SetItem(t, k, None); err != nil {
				return nil, err
			}
		}
	}
	return NewList(seen.Keys()), nil
}

// sortStrings sorts Go strings in place (insertion sort; small inputs).
func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
