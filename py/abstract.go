package py

import (
	"strconv"
	"unsafe"
)

// This file holds the generic operations: each dispatches through the
// slots of its operands' types, with fast paths for the common built-in
// types first.

// Repr returns repr(o).
func Repr(t *Thread, o Object) (*Str, error) {
	f := o.Type().Slots.Repr
	if f == nil {
		return NewStr(defaultRepr(o)), nil
	}
	if t != nil {
		// Nested containers recurse through here: count it against the
		// recursion limit, as CPython's C recursion check does.
		if t.depth >= t.interp.recursionLimit {
			return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
		}
		t.depth++
		defer func() { t.depth-- }()
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := AsStr(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// defaultRepr is object.__repr__: <module.Name object at 0x...>.
func defaultRepr(o Object) string {
	return "<" + o.Type().FullName() + " object at " + addrOf(o) + ">"
}

// StrOf returns str(o).
func StrOf(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	f := o.Type().Slots.Str
	if f == nil {
		return Repr(t, o)
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := AsStr(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// objectID returns the address that identifies o (id(o)).
func objectID(o Object) uintptr {
	return (*[2]uintptr)(unsafe.Pointer(&o))[1]
}

// addrOf formats o's address as CPython's reprs do.
func addrOf(o Object) string { return "0x" + strconv.FormatUint(uint64(objectID(o)), 16) }

// Hash returns hash(o).
func Hash(t *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case *Str:
		return v.Hash(), nil
	case Int:
		return hashInt64(int64(v)), nil
	}
	f := o.Type().Slots.Hash
	if f == nil {
		return identityHash(o), nil
	}
	return f(t, o)
}

// identityHash is object.__hash__: derived from the address.
func identityHash(o Object) int64 {
	p := objectID(o)
	return int64(p>>4 | p<<(64-4))
}

// RichCompare returns the result of a <op> b, trying the reflected
// operation of b first when b's type is a subclass of a's.
func RichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	reversed := false
	if ta != tb && tb.Slots.Compare != nil && tb.IsSubtype(ta) {
		reversed = true
		r, err := tb.Slots.Compare(t, b, a, swappedCompare[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if f := ta.Slots.Compare; f != nil {
		r, err := f(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !reversed && tb.Slots.Compare != nil {
		r, err := tb.Slots.Compare(t, b, a, swappedCompare[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return Bool(a == b), nil
	case CmpNE:
		return Bool(a != b), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// sameObject reports whether a and b are the same object (see
// identity.go for floats).
func sameObject(a, b Object) bool { return isObject(a, b) }

// Equal reports whether a == b (identity implies equality, as in
// containers).
func Equal(t *Thread, a, b Object) (bool, error) {
	if isObject(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s == y.s, nil
		}
	case Float:
		// A NaN equals itself only as the same object (identity.go).
		if y, ok := b.(Float); ok {
			return x == y || floatBoxSame(a, b), nil
		}
	}
	r, err := RichCompare(t, a, b, CmpEQ)
	if err != nil {
		return false, err
	}
	if v, ok := r.(Bool); ok {
		return bool(v), nil
	}
	return Truth(t, r)
}

// CompareBool returns a <op> b as a Go bool.
func CompareBool(t *Thread, a, b Object, op CompareOp) (bool, error) {
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if v, ok := r.(Bool); ok {
		return bool(v), nil
	}
	return Truth(t, r)
}

// Truth returns the truth value of o (bool(o)).
func Truth(t *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case *NoneType:
		return false, nil
	case Int:
		return v != 0, nil
	case *Str:
		return len(v.s) != 0, nil
	case *List:
		return len(v.items) != 0, nil
	}
	typ := o.Type()
	if f := typ.Slots.Bool; f != nil {
		return f(t, o)
	}
	if f := typ.Slots.Len; f != nil {
		n, err := f(t, o)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) {
	switch v := o.(type) {
	case *List:
		return len(v.items), nil
	case *Tuple:
		return len(v.items), nil
	case *Str:
		return v.Len(), nil
	case *Dict:
		return v.used, nil
	}
	f := o.Type().Slots.Len
	if f == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", TypeName(o))
	}
	return f(t, o)
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name *Str) (Object, error) {
	if f := o.Type().Slots.GetAttr; f != nil {
		return f(t, o, name)
	}
	return GenericGetAttr(t, o, name)
}

// GetAttrString is GetAttr with the name as Go text.
func GetAttrString(t *Thread, o Object, name string) (Object, error) {
	return GetAttr(t, o, NewStr(name))
}

// GetAttrOpt returns o.name, or nil (and no error) when o has no such
// attribute.
func GetAttrOpt(t *Thread, o Object, name *Str) (Object, error) {
	v, err := GetAttr(t, o, name)
	if err != nil && IsExceptionOf(err, AttributeErrorType) {
		return nil, nil
	}
	return v, err
}

// SetAttr sets o.name = v, or deletes o.name when v is nil.
func SetAttr(t *Thread, o Object, name *Str, v Object) error {
	if f := o.Type().Slots.SetAttr; f != nil {
		return f(t, o, name, v)
	}
	return GenericSetAttr(t, o, name, v)
}

// dictHolder is implemented by objects that have a __dict__.
type dictHolder interface {
	instanceDict() *Dict
}

// InstanceDict returns o's __dict__, or nil when o has none.
func InstanceDict(o Object) *Dict {
	if h, ok := o.(dictHolder); ok {
		return h.instanceDict()
	}
	return nil
}

// GenericGetAttr is object.__getattribute__: data descriptors on the
// type, then the instance dict, then other class attributes (calling
// their __get__).
func GenericGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	typ := o.Type()
	descr := typ.Lookup(name)
	var get func(*Thread, Object, Object, *Type) (Object, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.Slots.DescrGet
		if get != nil && dt.Slots.DescrSet != nil {
			return get(t, descr, o, typ)
		}
	}
	if h, ok := o.(dictHolder); ok {
		if d := h.instanceDict(); d != nil {
			if v := d.GetStr(name); v != nil {
				return v, nil
			}
		}
	}
	if get != nil {
		return get(t, descr, o, typ)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, attributeError(o, name)
}

// GenericSetAttr is object.__setattr__ (v nil: __delattr__).
func GenericSetAttr(t *Thread, o Object, name *Str, v Object) error {
	typ := o.Type()
	descr := typ.Lookup(name)
	if descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(t, descr, o, v)
		}
	}
	var d *Dict
	if h, ok := o.(dictHolder); ok {
		d = h.instanceDict()
	}
	if d == nil {
		if descr == nil {
			if typ.Flags&FlagHeap == 0 && typ != ObjectType {
				return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name.s)
			}
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name.s)
		}
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
	}
	if v == nil {
		if !d.DelStr(name) {
			return attributeError(o, name)
		}
		return nil
	}
	d.SetStr(name, v)
	return nil
}

// Call calls fn with positional arguments followed by the values of the
// keyword arguments named in kwnames (nil when there are none).
func Call(t *Thread, fn Object, args []Object, kwnames *Tuple) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return t.callFunction(f, args, kwnames)
	case *BuiltinFunction:
		return f.Fn(t, f.Self, args, kwnames)
	}
	call := fn.Type().Slots.Call
	if call == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not callable", TypeName(fn))
	}
	return call(t, fn, args, kwnames)
}

// CallMethod calls o.name(*args).
func CallMethod(t *Thread, o Object, name string, args ...Object) (Object, error) {
	m, err := GetAttr(t, o, NewStr(name))
	if err != nil {
		return nil, err
	}
	return Call(t, m, args, nil)
}

// callDunder looks name up on o's type (not the instance) and calls it
// with o first: how special methods are invoked. found is false when the
// type has no such attribute.
func callDunder(t *Thread, o Object, name *Str, args ...Object) (r Object, found bool, err error) {
	typ := o.Type()
	f := typ.Lookup(name)
	if f == nil {
		return nil, false, nil
	}
	if fn, ok := f.(*Function); ok {
		r, err = t.callFunctionSelf(fn, o, args, nil)
		return r, true, err
	}
	// Only the call of a Python function above keeps args on the caller's
	// stack; the other callees get a copy, so that the variadic slice
	// need not be allocated for the common case.
	own := append([]Object(nil), args...)
	switch fn := f.(type) {
	case *MethodDescr:
		r, err = fn.Fn(t, o, own, nil)
		return r, true, err
	case *SlotWrapper:
		r, err = fn.Fn(t, o, own, nil)
		return r, true, err
	}
	if get := f.Type().Slots.DescrGet; get != nil {
		bound, err := get(t, f, o, typ)
		if err != nil {
			return nil, true, err
		}
		r, err = Call(t, bound, own, nil)
		return r, true, err
	}
	r, err = Call(t, f, own, nil)
	return r, true, err
}

// Iter returns iter(o).
func Iter(t *Thread, o Object) (Object, error) {
	typ := o.Type()
	if f := typ.Slots.Iter; f != nil {
		it, err := f(t, o)
		if err != nil {
			return nil, err
		}
		if it.Type().Slots.Next == nil {
			return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(it))
		}
		return it, nil
	}
	if typ.Slots.GetItem != nil && typ.Flags&FlagDictSubclass == 0 {
		return &SeqIterator{seq: o}, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
}

// Next advances an iterator: ok is false when it is exhausted. A
// StopIteration raised by the iterator also means exhaustion (the Next
// slot itself may return it, so that next() can propagate its value).
func Next(t *Thread, it Object) (v Object, ok bool, err error) {
	f := it.Type().Slots.Next
	if f == nil {
		return nil, false, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(it))
	}
	v, ok, err = f(t, it)
	if err != nil && IsExceptionOf(err, StopIterationType) {
		return nil, false, nil
	}
	return v, ok, err
}

// GetItem returns o[k].
func GetItem(t *Thread, o, k Object) (Object, error) {
	if f := o.Type().Slots.GetItem; f != nil {
		return f(t, o, k)
	}
	if typ, ok := o.(*Type); ok {
		if cg := typ.Lookup(NewStr("__class_getitem__")); cg != nil {
			if get := cg.Type().Slots.DescrGet; get != nil {
				b, err := get(t, cg, nil, typ)
				if err != nil {
					return nil, err
				}
				cg = b
			}
			return Call(t, cg, []Object{k}, nil)
		}
		if typ == TypeType {
			return NewGenericAlias(typ, k), nil
		}
		return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", typ.Name)
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", TypeName(o))
}

// SetItem sets o[k] = v.
func SetItem(t *Thread, o, k, v Object) error {
	if f := o.Type().Slots.SetItem; f != nil {
		return f(t, o, k, v)
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", TypeName(o))
}

// DelItem deletes o[k].
func DelItem(t *Thread, o, k Object) error {
	if f := o.Type().Slots.SetItem; f != nil {
		return f(t, o, k, nil)
	}
	if o.Type().Slots.GetItem != nil {
		return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", TypeName(o))
	}
	return Errorf(TypeErrorType, "'%s' object does not support item deletion", TypeName(o))
}

// Contains reports whether v in o.
func Contains(t *Thread, o, v Object) (bool, error) {
	if f := o.Type().Slots.Contains; f != nil {
		return f(t, o, v)
	}
	typ := o.Type()
	if typ.Slots.Iter == nil && typ.Slots.GetItem == nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", typ.Name)
	}
	it, err := Iter(t, o)
	if err != nil {
		return false, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil || !ok {
			return false, err
		}
		if x == v {
			return true, nil
		}
		eq, err := Equal(t, x, v)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Index returns o as an exact int (operator.index(o)).
func Index(t *Thread, o Object) (Object, error) {
	switch o.(type) {
	case Int, *BigInt:
		return o, nil
	}
	f := o.Type().Slots.Index
	if f == nil {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case Int, *BigInt:
		return r, nil
	}
	if isInt(r) {
		return intSelf(t, r)
	}
	return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
}

// IndexOf converts a subscript to an int, with msg as the TypeError's
// message when o has no __index__ (msg may contain %s for the type name
// after the fixed text, as CPython's messages do: "list indices must be
// integers or slices, not str").
func IndexOf(t *Thread, o Object, msg string) (Object, error) {
	if o.Type().Slots.Index == nil {
		return nil, Errorf(TypeErrorType, "%s, not %s", msg, TypeName(o))
	}
	r, err := Index(t, o)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*BigInt); ok {
		return nil, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeName(o))
	}
	return r, nil
}

// AsIndex converts o with __index__ to a Go int, raising OverflowError
// when it does not fit.
func AsIndex(t *Thread, o Object) (int, error) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	r, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	if i, ok := r.(Int); ok {
		return int(i), nil
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// repeatCount converts the count of a sequence repetition.
func repeatCount(t *Thread, o Object) (int, error) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	if o.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(o))
	}
	r, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	if i, ok := r.(Int); ok {
		return int(i), nil
	}
	return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
}
