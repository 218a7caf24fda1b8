package py

// DictView is dict.keys(), dict.values() or dict.items(): a live view of
// a dict. Keys and items views are set-like (comparisons, |, &, -, ^,
// isdisjoint).
type DictView struct {
	obj  Object // the dict (or dict subclass instance) viewed
	d    *Dict
	kind uint8 // dictIterKeys, dictIterValues or dictIterItems
}

// The types of the dict views.
var (
	DictKeysType   = newBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType = newBuiltinType("dict_values", ObjectType, 0)
	DictItemsType  = newBuiltinType("dict_items", ObjectType, 0)
)

// Type returns the view's type.
func (v *DictView) Type() *Type {
	switch v.kind {
	case dictIterValues:
		return DictValuesType
	case dictIterItems:
		return DictItemsType
	}
	return DictKeysType
}

// newDictView returns a view of the dict o.
func newDictView(o Object, kind uint8) *DictView {
	d, _ := AsDict(o)
	return &DictView{obj: o, d: d, kind: kind}
}

// isSetLikeView reports whether o is a keys or items view.
func isSetLikeView(o Object) bool {
	v, ok := o.(*DictView)
	return ok && v.kind != dictIterValues
}

// DictReverseIterator iterates over a dict's keys, values or items from
// the last to the first.
type DictReverseIterator struct {
	d    *Dict
	pos  int // next entry to look at, counting down
	used int
	kind uint8
}

// The types of the reverse dict iterators.
var (
	DictReverseKeyIteratorType   = newBuiltinType("dict_reversekeyiterator", ObjectType, 0)
	DictReverseValueIteratorType = newBuiltinType("dict_reversevalueiterator", ObjectType, 0)
	DictReverseItemIteratorType  = newBuiltinType("dict_reverseitemiterator", ObjectType, 0)
)

// Type returns the iterator's type.
func (it *DictReverseIterator) Type() *Type {
	switch it.kind {
	case dictIterValues:
		return DictReverseValueIteratorType
	case dictIterItems:
		return DictReverseItemIteratorType
	}
	return DictReverseKeyIteratorType
}

// newDictReverseIterator starts iterating over d backwards.
func newDictReverseIterator(d *Dict, kind uint8) *DictReverseIterator {
	return &DictReverseIterator{d: d, pos: len(d.entries) - 1, used: d.used, kind: kind}
}

func dictReverseNext(t *Thread, o Object) (Object, bool, error) {
	it := o.(*DictReverseIterator)
	d := it.d
	if d == nil {
		return nil, false, nil
	}
	if d.used != it.used {
		it.d = nil
		return nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos >= 0 && it.pos < len(d.entries) {
		e := &d.entries[it.pos]
		it.pos--
		if e.key == nil {
			continue
		}
		switch it.kind {
		case dictIterKeys:
			return e.key, true, nil
		case dictIterValues:
			return e.value, true, nil
		}
		return newTuple2(e.key, e.value), true, nil
	}
	it.d = nil
	return nil, false, nil
}

// dictIterRemaining counts the items a dict iterator has yet to produce.
func dictIterRemaining(d *Dict, from, to int) int {
	n := 0
	for i := from; i < to && i < len(d.entries); i++ {
		if d.entries[i].key != nil {
			n++
		}
	}
	return n
}

func init() {
	MappingProxyType.Slots.Str = func(t *Thread, o Object) (Object, error) {
		return StrOf(t, o.(*MappingProxy).m)
	}
	for _, typ := range []*Type{DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType} {
		typ.Slots.Iter = selfIter
		typ.Slots.Next = dictReverseNext
		typ.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__length_hint__", args, kw); err != nil {
				return nil, err
			}
			it := self.(*DictReverseIterator)
			if it.d == nil || it.d.used != it.used {
				return NewInt(0), nil
			}
			return NewInt(int64(dictIterRemaining(it.d, 0, it.pos+1))), nil
		}, lengthHintDoc)
	}
	for _, typ := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType} {
		typ.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__length_hint__", args, kw); err != nil {
				return nil, err
			}
			it := self.(*DictIterator)
			if it.d == nil || it.d.used != it.used {
				return NewInt(0), nil
			}
			return NewInt(int64(dictIterRemaining(it.d, it.pos, len(it.d.entries)))), nil
		}, lengthHintDoc)
	}

	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		s := &typ.Slots
		s.Len = func(t *Thread, o Object) (int, error) { return o.(*DictView).d.used, nil }
		s.Iter = func(t *Thread, o Object) (Object, error) {
			v := o.(*DictView)
			return newDictIterator(v.d, v.kind), nil
		}
		s.Repr = dictViewRepr
		typ.AddMethod("__reversed__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__reversed__", args, kw); err != nil {
				return nil, err
			}
			v := self.(*DictView)
			return newDictReverseIterator(v.d, v.kind), nil
		}, "Return a reverse iterator over the dict keys.")
		typ.AddGetSet("mapping", func(t *Thread, o Object) (Object, error) {
			return &MappingProxy{m: o.(*DictView).obj}, nil
		}, nil, "dictionary that this view refers to")
	}
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		s := &typ.Slots
		s.Hash = HashNotImplemented
		typ.unhashable = true
		s.Contains = dictViewContains
		s.Compare = dictViewCompare
		s.Binary[NB_OR] = dictViewOr
		s.Binary[NB_AND] = dictViewAnd
		s.Binary[NB_SUBTRACT] = dictViewSub
		s.Binary[NB_XOR] = dictViewXor
		typ.AddMethod("isdisjoint", dictViewIsDisjoint, "Return True if the view and the given iterable have a null intersection.")
	}
}

// dictViewRepr formats dict_keys([...]) and the like.
func dictViewRepr(t *Thread, o Object) (Object, error) {
	v := o.(*DictView)
	if t.reprEnter(o) {
		return NewStr("..."), nil
	}
	defer t.reprLeave(o)
	var items []Object
	switch v.kind {
	case dictIterKeys:
		items = v.d.Keys()
	case dictIterValues:
		items = v.d.Values()
	default:
		items = v.d.Items()
	}
	inner, err := reprSeq(t, NewList(items), "[", "]", items)
	if err != nil {
		return nil, err
	}
	return NewStr(o.Type().Name + "(" + inner.(*Str).s + ")"), nil
}

// dictViewContains implements "x in d.keys()" and "(k, v) in d.items()".
func dictViewContains(t *Thread, o, x Object) (bool, error) {
	v := o.(*DictView)
	if v.kind == dictIterKeys {
		return v.d.Contains(t, x)
	}
	tup, ok := x.(*Tuple)
	if !ok || len(tup.items) != 2 {
		return false, nil
	}
	val, err := v.d.GetItem(t, tup.items[0])
	if err != nil || val == nil {
		return false, err
	}
	if val == tup.items[1] {
		return true, nil
	}
	return Equal(t, val, tup.items[1])
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Object) (bool, error) {
	it, err := Iter(t, a)
	if err != nil {
		return false, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if !ok {
			return true, nil
		}
		in, err := Contains(t, b, x)
		if err != nil || !in {
			return false, err
		}
	}
}

// dictViewCompare compares a keys or items view with a set or another
// set-like view, as sets compare.
func dictViewCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if _, isSet := AsSet(b); !isSet && !isSetLikeView(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return nil, err
	}
	ok := false
	switch op {
	case CmpEQ, CmpNE:
		if la == lb {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return nil, err
			}
		}
		if op == CmpNE {
			ok = !ok
		}
	case CmpLT, CmpLE:
		if la < lb || (op == CmpLE && la == lb) {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return nil, err
			}
		}
	case CmpGT, CmpGE:
		if la > lb || (op == CmpGE && la == lb) {
			if ok, err = allContainedIn(t, b, a); err != nil {
				return nil, err
			}
		}
	}
	return Bool(ok), nil
}

// setFromIterable returns a new set holding the items of o.
func setFromIterable(t *Thread, o Object) (*Set, error) {
	s := NewSet()
	if err := s.Update(t, o); err != nil {
		return nil, err
	}
	return s, nil
}

// dictViewOr implements view | iterable (either operand may be the view).
func dictViewOr(t *Thread, a, b Object) (Object, error) {
	r, err := setFromIterable(t, a)
	if err != nil {
		return nil, err
	}
	if err := r.Update(t, b); err != nil {
		return nil, err
	}
	return r, nil
}

// dictViewSub implements view - iterable and iterable - view.
func dictViewSub(t *Thread, a, b Object) (Object, error) {
	r, err := setFromIterable(t, a)
	if err != nil {
		return nil, err
	}
	if err := r.differenceUpdate(t, b); err != nil {
		return nil, err
	}
	return r, nil
}

// dictViewXor implements the symmetric difference with a view.
func dictViewXor(t *Thread, a, b Object) (Object, error) {
	r, err := setFromIterable(t, a)
	if err != nil {
		return nil, err
	}
	bs, err := setFromIterable(t, b)
	if err != nil {
		return nil, err
	}
	if err := r.symmetricDifferenceUpdate(t, bs); err != nil {
		return nil, err
	}
	return r, nil
}

// dictViewAnd implements view & iterable: the items of the iterable that
// the view contains.
func dictViewAnd(t *Thread, a, b Object) (Object, error) {
	if !isSetLikeView(a) {
		a, b = b, a
	}
	view := a.(*DictView)
	if s, ok := b.(*Set); ok && !s.frozen && view.d.used <= s.used {
		return setIntersection(t, s, a)
	}
	if other, ok := b.(*DictView); ok && other.kind != dictIterValues && other.d.used > view.d.used {
		a, b = b, a
		view = other
	}
	r := NewSet()
	it, err := Iter(t, b)
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return r, nil
		}
		in, err := dictViewContains(t, view, x)
		if err != nil {
			return nil, err
		}
		if in {
			if err := r.Add(t, x); err != nil {
				return nil, err
			}
		}
	}
}

// dictViewIsDisjoint implements view.isdisjoint(iterable).
func dictViewIsDisjoint(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("isdisjoint", 1, args, kw); err != nil {
		return nil, err
	}
	other := args[0]
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return True, nil
		}
		in, err := dictViewContains(t, self, x)
		if err != nil {
			return nil, err
		}
		if in {
			return False, nil
		}
	}
}
