package py

import "strings"

// typeNew is type.__new__(metatype, name, bases, namespace, **kwargs):
// it creates a class.
func typeNew(t *Thread, meta *Type, args []Object, kw *Tuple) (Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= kw.Len()
	}
	if npos == 1 && meta == TypeType && (kw == nil || kw.Len() == 0) {
		return args[0].Type(), nil
	}
	if npos != 3 {
		return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", argTypeName(args[0]))
	}
	basesTuple, ok := AsTuple(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	ns, ok := args[2].(*Dict)
	if !ok {
		if inst, ok2 := args[2].(*Instance); ok2 {
			ns, ok = inst.base.(*Dict)
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
		}
	}
	// The most derived metaclass wins.
	winner := meta
	for _, b := range basesTuple.items {
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
	if winner != meta {
		if nf := winner.Lookup(dnNew); nf != nil && !isTypeNew(nf) {
			return Call(t, nf, append([]Object{winner}, args...), kw)
		}
		meta = winner
	}
	bases := make([]*Type, 0, len(basesTuple.items))
	for _, b := range basesTuple.items {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, bt)
	}
	return newClass(t, meta, name.s, bases, ns, args[npos:], kw)
}

// isTypeNew reports whether f is type.__new__ itself.
func isTypeNew(f Object) bool {
	b, ok := f.(*BuiltinFunction)
	return ok && b.Self == TypeType
}

// newClass creates a class from its name, bases and namespace, then runs
// __set_name__ and the parent's __init_subclass__ with the keyword
// arguments.
func newClass(t *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwvals []Object, kw *Tuple) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.FullName())
		}
	}
	solid, err := solidBase(bases)
	if err != nil {
		return nil, err
	}
	dict := ns.Copy()
	typ := &Type{Name: name, QualName: name, Bases: bases, Base: solid, Dict: dict,
		Flags: FlagHeap | FlagBaseType, version: 1}
	if meta != TypeType {
		typ.meta = meta
	}
	for _, b := range bases {
		typ.Flags |= b.Flags & inheritedFlags
	}
	mro, err := computeMRO(typ, bases)
	if err != nil {
		return nil, err
	}
	typ.MRO = mro
	for _, b := range mro[1:] {
		if b.Flags&FlagHeap == 0 && b != ObjectType {
			typ.builtinBase = b
			break
		}
	}
	if q := dict.GetStr(dnQualname); q != nil {
		qs, ok := AsStr(q)
		if !ok {
			return nil, Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", TypeName(q))
		}
		typ.QualName = qs.s
		dict.DelStr(dnQualname)
	}
	if dict.GetStr(dnModule) == nil && t.frame != nil {
		if n := t.frame.globals.GetStr(dnName); n != nil {
			dict.SetStr(dnModule, n)
		}
	}
	// __slots__
	hasDict := false
	for _, b := range mro[1:] {
		if b.Flags&FlagHasDict != 0 {
			hasDict = true
		}
	}
	for _, b := range bases {
		typ.slotNames = append(typ.slotNames, b.slotNames...)
	}
	hasWeakref := false
	if sl := dict.GetStr(dnSlots); sl != nil {
		var names []Object
		if s, ok := AsStr(sl); ok {
			names = []Object{s}
		} else {
			names, err = ListFromIterable(t, sl)
			if err != nil {
				return nil, err
			}
		}
		for _, n := range names {
			s, ok := AsStr(n)
			if !ok {
				return nil, Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(n))
			}
			if !isIdentifier(s.s) {
				return nil, Errorf(TypeErrorType, "__slots__ must be identifiers")
			}
			switch s.s {
			case "__dict__":
				if hasDict {
					return nil, Errorf(TypeErrorType, "__dict__ slot disallowed: we already got one")
				}
				hasDict = true
				continue
			case "__weakref__":
				hasWeakref = true
				continue
			}
			mangled := mangleName(name, s.s)
			key := t.interp.Intern(mangled)
			if dict.GetStr(key) != nil {
				return nil, Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", s.s)
			}
			dict.SetStr(key, &MemberDescr{Name: key, Owner: typ, Index: len(typ.slotNames)})
			typ.slotNames = append(typ.slotNames, key)
		}
	} else {
		hasDict = true
		hasWeakref = true
	}
	if hasDict {
		typ.Flags |= FlagHasDict
		if dict.GetStr(dnDict) == nil && !mroHasDictDescr(mro[1:]) {
			dict.SetStr(dnDict, &GetSetDescr{Name: "__dict__", Get: instanceDictGetter, Set: instanceDictSetter, Owner: typ,
				Doc: "dictionary for instance variables (if defined)"})
		}
	}
	if hasWeakref && dict.GetString("__weakref__") == nil && !mroHasName(mro[1:], "__weakref__") {
		dict.SetString("__weakref__", &GetSetDescr{Name: "__weakref__", Owner: typ,
			Get: func(t *Thread, o Object) (Object, error) { return None, nil },
			Doc: "list of weak references to the object (if defined)"})
	}
	if dict.GetStr(dnDoc) == nil {
		dict.SetStr(dnDoc, None)
	}
	// __new__ is a static method; __init_subclass__ and __class_getitem__
	// are class methods.
	if f, ok := dict.GetStr(dnNew).(*Function); ok {
		dict.SetStr(dnNew, &StaticMethod{Callable: f})
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := dict.GetString(n).(*Function); ok {
			dict.SetString(n, &ClassMethod{Callable: f})
		}
	}
	if dict.GetString("__eq__") != nil && dict.GetString("__hash__") == nil {
		dict.SetString("__hash__", None)
	}
	typ.updateSlots()
	if cell := dict.GetStr(dnClassRef); cell != nil {
		c, ok := cell.(*Cell)
		if !ok {
			return nil, Errorf(TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", TypeName(cell))
		}
		c.Value = typ
		dict.DelStr(dnClassRef)
	}
	for _, b := range bases {
		if b.Flags&FlagHeap != 0 {
			b.subclasses = append(b.subclasses, typ)
		}
	}
	if err := setNames(t, typ); err != nil {
		return nil, err
	}
	if err := initSubclass(t, typ, kwvals, kw); err != nil {
		return nil, err
	}
	return typ, nil
}

// mroHasName reports whether a class in mro defines name.
func mroHasName(mro []*Type, name string) bool {
	key := NewStr(name)
	for _, b := range mro {
		if b.Flags&FlagHeap == 0 {
			b.ready()
		}
		if b.Dict.GetStr(key) != nil {
			return true
		}
	}
	return false
}

// mroHasDictDescr reports whether a base already provides __dict__ (a
// class of the program, or a built-in type such as type or
// BaseException).
func mroHasDictDescr(mro []*Type) bool {
	for _, b := range mro {
		if b.Flags&FlagHeap == 0 {
			b.ready()
		}
		if b.Dict.GetStr(dnDict) != nil {
			return true
		}
	}
	return false
}

// instanceDictGetter is the __dict__ attribute of instances of classes.
func instanceDictGetter(t *Thread, o Object) (Object, error) {
	if d := InstanceDict(o); d != nil {
		return d, nil
	}
	return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '__dict__'", TypeName(o))
}

// instanceDictSetter replaces an instance's __dict__.
func instanceDictSetter(t *Thread, o, v Object) error {
	d, ok := v.(*Dict)
	if !ok {
		return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
	}
	switch x := o.(type) {
	case *Instance:
		x.dict = d
	case *Exception:
		x.dict = d
	default:
		return Errorf(AttributeErrorType, "'%s' object has no attribute '__dict__'", TypeName(o))
	}
	return nil
}

// solidBase returns the base that determines the instance layout,
// raising TypeError when two bases have incompatible layouts.
func solidBase(bases []*Type) (*Type, error) {
	var winner *Type
	for _, b := range bases {
		cand := layoutBase(b)
		switch {
		case winner == nil:
			winner = b
		case layoutBase(winner).IsSubtype(cand):
		case cand.IsSubtype(layoutBase(winner)):
			winner = b
		default:
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return winner, nil
}

// layoutBase is the class whose instance layout b's instances share: the
// nearest built-in type, or the nearest class with __slots__.
func layoutBase(b *Type) *Type {
	for b.Flags&FlagHeap != 0 {
		if len(b.slotNames) > 0 && (b.Base == nil || len(b.Base.slotNames) != len(b.slotNames)) {
			return b
		}
		b = b.Base
	}
	if b.IsSubtype(BaseExceptionType) {
		return BaseExceptionType
	}
	return b
}

// setNames calls __set_name__ on the class's attributes, iterating over a
// snapshot of the namespace (so an attribute replaced or removed by
// another __set_name__ still gets its call).
func setNames(t *Thread, typ *Type) error {
	setName := NewStr("__set_name__")
	type item struct{ k, v Object }
	var items []item
	for pos := 0; ; {
		var k, v Object
		var ok bool
		if pos, k, v, ok = typ.Dict.Next(pos); !ok {
			break
		}
		items = append(items, item{k, v})
	}
	for _, it := range items {
		if it.v.Type().Lookup(setName) == nil {
			continue
		}
		if _, _, err := callDunder(t, it.v, setName, typ, it.k); err != nil {
			ks, _ := AsStr(it.k)
			e := Errorf(RuntimeErrorType, "Error calling __set_name__ on '%s' instance '%s' in '%s'", TypeName(it.v), ks.String(), typ.Name)
			e.SetCause(AsException(err))
			return e
		}
	}
	return nil
}

// initSubclass calls super(typ, typ).__init_subclass__(**kwargs).
func initSubclass(t *Thread, typ *Type, kwvals []Object, kw *Tuple) error {
	name := NewStr("__init_subclass__")
	for _, b := range typ.MRO[1:] {
		if b.Flags&FlagHeap == 0 {
			b.ready()
		}
		f := b.Dict.GetStr(name)
		if f == nil {
			continue
		}
		if get := f.Type().Slots.DescrGet; get != nil {
			bound, err := get(t, f, nil, typ)
			if err != nil {
				return err
			}
			f = bound
		}
		_, err := Call(t, f, kwvals, kw)
		return err
	}
	return nil
}

// mangleName applies private name mangling (__x in class C is _C__x).
func mangleName(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// isIdentifier reports whether s is a Python identifier (ASCII and
// Unicode letters, digits and underscores, not starting with a digit).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && isUnicodeLetter(r) {
			continue
		}
		if i > 0 && (r >= '0' && r <= '9' || r >= 0x80 && isUnicodeDigitLike(r)) {
			continue
		}
		return false
	}
	return true
}
