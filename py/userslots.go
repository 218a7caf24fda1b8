package py

import "unicode"

// isUnicodeLetter and isUnicodeDigitLike approximate the XID_Start and
// XID_Continue properties for identifiers.
func isUnicodeLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) }

func isUnicodeDigitLike(r rune) bool {
	return unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)
}

// Names of the special methods the generic slots call.
var (
	dnRepr         = newStaticStr("__repr__")
	dnStr          = newStaticStr("__str__")
	dnHash         = newStaticStr("__hash__")
	dnBool         = newStaticStr("__bool__")
	dnLen          = newStaticStr("__len__")
	dnGetattribute = newStaticStr("__getattribute__")
	dnGetattr      = newStaticStr("__getattr__")
	dnSetattr      = newStaticStr("__setattr__")
	dnDelattr      = newStaticStr("__delattr__")
	dnIter         = newStaticStr("__iter__")
	dnNext         = newStaticStr("__next__")
	dnGetitem      = newStaticStr("__getitem__")
	dnSetitem      = newStaticStr("__setitem__")
	dnDelitem      = newStaticStr("__delitem__")
	dnContains     = newStaticStr("__contains__")
	dnGet          = newStaticStr("__get__")
	dnSet          = newStaticStr("__set__")
	dnDelete       = newStaticStr("__delete__")
	dnNeg          = newStaticStr("__neg__")
	dnPos          = newStaticStr("__pos__")
	dnInvert       = newStaticStr("__invert__")
	dnAbs          = newStaticStr("__abs__")
	dnIndex        = newStaticStr("__index__")
	dnInt          = newStaticStr("__int__")
	dnFloat        = newStaticStr("__float__")
	dnCompare      = [6]*Str{newStaticStr("__lt__"), newStaticStr("__le__"), newStaticStr("__eq__"), newStaticStr("__ne__"), newStaticStr("__gt__"), newStaticStr("__ge__")}
	dnBinary       = func() (a [NB_XOR + 1][3]*Str) {
		for i, names := range binaryDunders {
			for j, n := range names {
				a[i][j] = newStaticStr(n)
			}
		}
		return
	}()
)

// definedInPython reports whether a class in typ's MRO that was created
// by a program defines name (so the slot must call the method).
func definedInPython(typ *Type, names ...*Str) bool {
	for _, name := range names {
		v, where := typ.lookupWhere(name)
		if v != nil && where.Flags&FlagHeap != 0 {
			return true
		}
	}
	return false
}

// updateSlots recomputes a class's slots: those of its nearest built-in
// base, replaced by generic slots wherever a class of the program defines
// the matching special method.
func (typ *Type) updateSlots() {
	base := ObjectType
	if typ.builtinBase != nil {
		base = typ.builtinBase
	}
	s := base.Slots
	if s.GetAttr == nil {
		s.GetAttr = GenericGetAttr
	}
	py := func(names ...*Str) bool { return definedInPython(typ, names...) }
	if py(dnRepr) {
		s.Repr = slotRepr
	}
	if py(dnStr) {
		s.Str = slotStr
	}
	if py(dnHash) {
		if v := typ.Lookup(dnHash); v == None {
			s.Hash = HashNotImplemented
		} else {
			s.Hash = slotHash
		}
	}
	if py(dnCompare[:]...) {
		s.Compare = slotCompare
	}
	if py(dnBool) {
		s.Bool = slotBool
	}
	if py(dnLen) {
		s.Len = slotLen
	}
	typ.customGetAttr = py(dnGetattribute, dnGetattr) || (typ.builtinBase != nil && typ.builtinBase.Slots.GetAttr != nil)
	if typ.customGetAttr {
		s.GetAttr = slotGetAttr
	}
	typ.customSetAttr = py(dnSetattr, dnDelattr) || (typ.builtinBase != nil && typ.builtinBase.Slots.SetAttr != nil)
	if typ.customSetAttr {
		s.SetAttr = slotSetAttr
	}
	if py(dnCall) {
		s.Call = slotCall
	}
	if py(dnIter) {
		if typ.Lookup(dnIter) == None {
			s.Iter = nil
		} else {
			s.Iter = slotIter
		}
	}
	if py(dnNext) {
		s.Next = slotNext
	}
	if py(dnGetitem) {
		s.GetItem = slotGetItem
	}
	if py(dnSetitem, dnDelitem) {
		s.SetItem = slotSetItem
	}
	if py(dnContains) {
		s.Contains = slotContains
	}
	if py(dnGet) {
		s.DescrGet = slotDescrGet
	}
	if py(dnSet, dnDelete) {
		s.DescrSet = slotDescrSet
	}
	if py(dnNew) {
		s.New = slotNew
	}
	if py(dnInit) {
		s.Init = slotInit
	}
	if py(dnNeg) {
		s.Neg = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnNeg) }
	}
	if py(dnPos) {
		s.Pos = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnPos) }
	}
	if py(dnInvert) {
		s.Invert = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnInvert) }
	}
	if py(dnAbs) {
		s.Abs = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnAbs) }
	}
	if py(dnIndex) {
		s.Index = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnIndex) }
	}
	if py(dnInt) {
		s.Int = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnInt) }
	}
	if py(dnFloat) {
		s.Float = func(t *Thread, o Object) (Object, error) { return callUnary(t, o, dnFloat) }
	}
	typ.userBinary = 0
	for op := NB_ADD; op <= NB_XOR; op++ {
		names := dnBinary[op]
		if py(names[0], names[1]) {
			s.Binary[op] = userBinarySlot(op)
			typ.userBinary |= 1 << op
		}
		if py(names[2]) {
			iop := op + NB_INPLACE_ADD
			name := names[2]
			s.Binary[iop] = func(t *Thread, a, b Object) (Object, error) {
				r, found, err := callDunder(t, a, name, b)
				if !found {
					return NotImplemented, nil
				}
				return r, err
			}
		}
	}
	if py(dnBinary[NB_POWER][0], dnBinary[NB_POWER][1]) {
		s.PowMod = func(t *Thread, a, b, m Object) (Object, error) {
			r, found, err := callDunder(t, a, dnBinary[NB_POWER][0], b, m)
			if !found {
				return NotImplemented, nil
			}
			return r, err
		}
	}
	typ.Slots = s
	newf := typ.Lookup(dnNew)
	typ.ownNew = !(isBuiltinNewOf(newf, ObjectType))
	initf := typ.Lookup(dnInit)
	w, ok := initf.(*SlotWrapper)
	typ.ownInit = !(ok && w.Owner == ObjectType)
}

// isBuiltinNewOf reports whether f is typ.__new__ of the built-in typ.
func isBuiltinNewOf(f Object, typ *Type) bool {
	b, ok := f.(*BuiltinFunction)
	return ok && b.Self == typ && b.Name == "__new__"
}

// userBinarySlot is the slot of a binary operation for classes that
// define __op__ or __rop__: it tries a.__op__(b), and b.__rop__(a) when
// b's class defines it (first when b's class is a subclass overriding
// it), like CPython's SLOT1BINFULL.
func userBinarySlot(op BinaryOp) func(t *Thread, a, b Object) (Object, error) {
	name, rname := dnBinary[op][0], dnBinary[op][1]
	return func(t *Thread, a, b Object) (Object, error) {
		ta, tb := a.Type(), b.Type()
		doOther := ta != tb && tb.userBinary&(1<<op) != 0
		if ta.userBinary&(1<<op) != 0 {
			if doOther && tb.IsSubtype(ta) && methodOverridden(ta, tb, rname) {
				r, found, err := callDunder(t, b, rname, a)
				if found && (err != nil || r != NotImplemented) {
					return r, err
				}
				doOther = false
			}
			r, found, err := callDunder(t, a, name, b)
			if found && (err != nil || r != NotImplemented) {
				return r, err
			}
			if ta == tb {
				return NotImplemented, nil
			}
		}
		if doOther || (tb.userBinary&(1<<op) == 0 && ta != tb && tb.Lookup(rname) != nil && tb.Flags&FlagHeap != 0) {
			r, found, err := callDunder(t, b, rname, a)
			if found {
				return r, err
			}
		}
		return NotImplemented, nil
	}
}

// methodOverridden reports whether sub's name differs from base's.
func methodOverridden(base, sub *Type, name *Str) bool {
	return sub.Lookup(name) != base.Lookup(name)
}

// callUnary calls a unary special method.
func callUnary(t *Thread, o Object, name *Str) (Object, error) {
	r, found, err := callDunder(t, o, name)
	if !found {
		return nil, Errorf(TypeErrorType, "bad operand type for %s: '%s'", name.s, TypeName(o))
	}
	return r, err
}

func slotRepr(t *Thread, o Object) (Object, error) {
	r, _, err := callDunder(t, o, dnRepr)
	return r, err
}

func slotStr(t *Thread, o Object) (Object, error) {
	r, _, err := callDunder(t, o, dnStr)
	return r, err
}

func slotHash(t *Thread, o Object) (int64, error) {
	r, _, err := callDunder(t, o, dnHash)
	if err != nil {
		return 0, err
	}
	if !isInt(r) {
		return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
	}
	h, b, _ := IntValue(r)
	if b != nil {
		hv, err := intHash(t, r)
		return hv, err
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

func slotCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	r, found, err := callDunder(t, a, dnCompare[op], b)
	if !found {
		return NotImplemented, nil
	}
	return r, err
}

func slotBool(t *Thread, o Object) (bool, error) {
	r, _, err := callDunder(t, o, dnBool)
	if err != nil {
		return false, err
	}
	if b, ok := r.(Bool); ok {
		return bool(b), nil
	}
	if r == None && o.Type().Lookup(dnBool) == None {
		return false, Errorf(TypeErrorType, "'NoneType' object is not callable")
	}
	return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
}

func slotLen(t *Thread, o Object) (int, error) {
	r, _, err := callDunder(t, o, dnLen)
	if err != nil {
		return 0, err
	}
	if !isInt(r) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(r))
	}
	n, b, _ := IntValue(r)
	if b != nil {
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

// slotGetAttr calls __getattribute__, then __getattr__ on AttributeError.
func slotGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	typ := o.Type()
	var v Object
	var err error
	ga := typ.Lookup(dnGetattribute)
	if w, ok := ga.(*SlotWrapper); ok && w.Owner == ObjectType || ga == nil {
		v, err = GenericGetAttr(t, o, name)
	} else {
		v, _, err = callDunder(t, o, dnGetattribute, name)
	}
	if err == nil || !IsExceptionOf(err, AttributeErrorType) {
		return v, err
	}
	if typ.Lookup(dnGetattr) == nil {
		return nil, err
	}
	v, _, err = callDunder(t, o, dnGetattr, name)
	return v, err
}

func slotSetAttr(t *Thread, o Object, name *Str, v Object) error {
	if v == nil {
		_, found, err := callDunder(t, o, dnDelattr, name)
		if !found {
			return GenericSetAttr(t, o, name, nil)
		}
		return err
	}
	_, found, err := callDunder(t, o, dnSetattr, name, v)
	if !found {
		return GenericSetAttr(t, o, name, v)
	}
	return err
}

func slotCall(t *Thread, o Object, args []Object, kw *Tuple) (Object, error) {
	f := o.Type().Lookup(dnCall)
	if f == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not callable", TypeName(o))
	}
	return callWithSelf(t, f, o, args, kw)
}

// callWithSelf calls the class attribute f as a method of o.
func callWithSelf(t *Thread, f, o Object, args []Object, kw *Tuple) (Object, error) {
	switch fn := f.(type) {
	case *Function:
		return t.callFunctionSelf(fn, o, args, kw)
	case *MethodDescr:
		return fn.Fn(t, o, args, kw)
	case *SlotWrapper:
		return fn.Fn(t, o, args, kw)
	}
	if get := f.Type().Slots.DescrGet; get != nil {
		b, err := get(t, f, o, o.Type())
		if err != nil {
			return nil, err
		}
		return Call(t, b, args, kw)
	}
	return Call(t, f, args, kw)
}

func slotIter(t *Thread, o Object) (Object, error) {
	r, _, err := callDunder(t, o, dnIter)
	return r, err
}

// slotNext calls __next__. A StopIteration it raises is returned as the
// error (Next turns it into exhaustion; next() and yield from keep its
// value).
func slotNext(t *Thread, o Object) (Object, bool, error) {
	r, _, err := callDunder(t, o, dnNext)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

func slotGetItem(t *Thread, o, k Object) (Object, error) {
	r, _, err := callDunder(t, o, dnGetitem, k)
	return r, err
}

func slotSetItem(t *Thread, o, k, v Object) error {
	if v == nil {
		_, found, err := callDunder(t, o, dnDelitem, k)
		if !found {
			return Errorf(AttributeErrorType, "__delitem__")
		}
		return err
	}
	_, found, err := callDunder(t, o, dnSetitem, k, v)
	if !found {
		return Errorf(AttributeErrorType, "__setitem__")
	}
	return err
}

func slotContains(t *Thread, o, v Object) (bool, error) {
	r, _, err := callDunder(t, o, dnContains, v)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func slotDescrGet(t *Thread, d, obj Object, typ *Type) (Object, error) {
	var o, ty Object = None, None
	if obj != nil {
		o = obj
	}
	if typ != nil {
		ty = typ
	}
	r, _, err := callDunder(t, d, dnGet, o, ty)
	return r, err
}

func slotDescrSet(t *Thread, d, obj, v Object) error {
	if v == nil {
		_, found, err := callDunder(t, d, dnDelete, obj)
		if !found {
			return Errorf(AttributeErrorType, "__delete__")
		}
		return err
	}
	_, found, err := callDunder(t, d, dnSet, obj, v)
	if !found {
		return Errorf(AttributeErrorType, "__set__")
	}
	return err
}

// slotNew calls the class's __new__(cls, *args).
func slotNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	f := typ.Lookup(dnNew)
	if sm, ok := f.(*StaticMethod); ok {
		f = sm.Callable
	}
	all := make([]Object, 0, len(args)+1)
	all = append(append(all, typ), args...)
	return Call(t, f, all, kw)
}

// slotInit calls __init__, which must return None.
func slotInit(t *Thread, o Object, args []Object, kw *Tuple) error {
	f := o.Type().Lookup(dnInit)
	r, err := callWithSelf(t, f, o, args, kw)
	if err != nil {
		return err
	}
	if r != None {
		return Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
	}
	return nil
}
