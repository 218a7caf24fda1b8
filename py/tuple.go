package py

// Tuple is a Python tuple. The empty tuple is a singleton.
type Tuple struct {
	items []Object
}

// TupleType is the type of tuple.
var TupleType = newBuiltinType("tuple", ObjectType, FlagBaseType|FlagTupleSubclass|FlagSequence)

// EmptyTuple is ().
var EmptyTuple = &Tuple{items: []Object{}}

// Type returns TupleType.
func (*Tuple) Type() *Type { return TupleType }

// NewTuple returns a tuple of the given items (it copies nothing: the
// slice of a variadic call is fresh).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{items: items}
}

// NewTupleFromSlice returns a tuple that takes ownership of items.
func NewTupleFromSlice(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{items: items}
}

// NewTupleCopy returns a tuple holding a copy of items.
func NewTupleCopy(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{items: append([]Object(nil), items...)}
}

// Items returns the items; the caller must not modify them.
func (t *Tuple) Items() []Object { return t.items }

// Len returns the number of items.
func (t *Tuple) Len() int { return len(t.items) }

// At returns item i.
func (t *Tuple) At(i int) Object { return t.items[i] }

// AsTuple returns o's tuple value when o is a tuple or an instance of a
// subclass of tuple.
func AsTuple(o Object) (*Tuple, bool) {
	switch v := o.(type) {
	case *Tuple:
		return v, true
	case *Instance:
		s, ok := v.base.(*Tuple)
		return s, ok
	}
	return nil, false
}

// TupleIterator iterates over a tuple.
type TupleIterator struct {
	items []Object
	i     int
}

// TupleIteratorType is the type of iter(()).
var TupleIteratorType = newBuiltinType("tuple_iterator", ObjectType, 0)

// Type returns TupleIteratorType.
func (*TupleIterator) Type() *Type { return TupleIteratorType }

func init() {
	s := &TupleType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		v, _ := AsTuple(o)
		if len(v.items) == 0 {
			return NewStr("()"), nil
		}
		if len(v.items) == 1 {
			r, err := reprSeq(t, o, "(", ",)", v.items)
			return r, err
		}
		return reprSeq(t, o, "(", ")", v.items)
	}
	s.Hash = func(t *Thread, o Object) (int64, error) {
		v, _ := AsTuple(o)
		acc := uint64(xxPrime5)
		for _, x := range v.items {
			h, err := Hash(t, x)
			if err != nil {
				return 0, err
			}
			acc = tupleHashStep(acc, h)
		}
		return tupleHashFinish(acc, len(v.items)), nil
	}
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := AsTuple(a)
		y, ok := AsTuple(b)
		if !ok {
			return NotImplemented, nil
		}
		return compareSeqs(t, x.items, y.items, op)
	}
	s.Len = func(t *Thread, o Object) (int, error) {
		v, _ := AsTuple(o)
		return len(v.items), nil
	}
	s.Contains = func(t *Thread, o, x Object) (bool, error) {
		v, _ := AsTuple(o)
		return seqContains(t, v.items, x)
	}
	s.GetItem = func(t *Thread, o, k Object) (Object, error) {
		v, _ := AsTuple(o)
		if i, ok := k.(Int); ok {
			n := int64(len(v.items))
			idx := int64(i)
			if idx < 0 {
				idx += n
			}
			if idx < 0 || idx >= n {
				return nil, Errorf(IndexErrorType, "tuple index out of range")
			}
			return v.items[idx], nil
		}
		if sl, ok := k.(*Slice); ok {
			start, stop, step, err := sl.Indices(t, len(v.items))
			if err != nil {
				return nil, err
			}
			if step == 1 && start == 0 && stop == len(v.items) {
				if _, exact := o.(*Tuple); exact {
					return o, nil
				}
			}
			return NewTupleFromSlice(sliceItems(v.items, start, stop, step)), nil
		}
		idx, err := IndexOf(t, k, "tuple indices must be integers or slices")
		if err != nil {
			return nil, err
		}
		return TupleType.Slots.GetItem(t, o, idx)
	}
	s.Concat = func(t *Thread, a, b Object) (Object, error) {
		x, _ := AsTuple(a)
		y, ok := AsTuple(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
		}
		if len(y.items) == 0 {
			if _, exact := a.(*Tuple); exact {
				return a, nil
			}
		}
		n := len(x.items) + len(y.items)
		if n == 0 {
			return EmptyTuple, nil
		}
		r := newTupleOf(n)
		copy(r.items[copy(r.items, x.items):], y.items)
		return r, nil
	}
	s.Repeat = func(t *Thread, o Object, n int) (Object, error) {
		v, _ := AsTuple(o)
		if n <= 0 || len(v.items) == 0 {
			return EmptyTuple, nil
		}
		if _, exact := o.(*Tuple); exact && n == 1 {
			return o, nil
		}
		if err := t.checkSize(len(v.items)*8, n); err != nil {
			return nil, err
		}
		items := make([]Object, 0, len(v.items)*n)
		for i := 0; i < n; i++ {
			items = append(items, v.items...)
		}
		return NewTupleFromSlice(items), nil
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		v, _ := AsTuple(o)
		return &TupleIterator{items: v.items}, nil
	}
	s.New = tupleNew

	TupleIteratorType.Slots.Iter = selfIter
	TupleIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*TupleIterator)
		if it.i >= len(it.items) {
			return nil, false, nil
		}
		it.i++
		return it.items[it.i-1], true, nil
	}
}

// tupleNew implements tuple(iterable).
func tupleNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var it Object
	if err := UnpackArgs("tuple", args, kwnames, "iterable?", &it, "/"); err != nil {
		return nil, err
	}
	var v *Tuple
	if it == nil {
		v = EmptyTuple
	} else if tv, ok := it.(*Tuple); ok {
		v = tv
	} else {
		items, err := ListFromIterable(t, it)
		if err != nil {
			return nil, err
		}
		v = NewTupleFromSlice(items)
	}
	if typ == TupleType {
		return v, nil
	}
	return newInstanceWithBase(t, typ, v)
}

// sliceItems copies the items a slice selects.
func sliceItems(items []Object, start, stop, step int) []Object {
	if step == 1 {
		if start >= stop {
			return nil
		}
		return append([]Object(nil), items[start:stop]...)
	}
	n := sliceLength(start, stop, step)
	out := make([]Object, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// compareSeqs compares two sequences item by item, as tuples and lists
// compare.
func compareSeqItems(t *Thread, a, b []Object, op CompareOp) (Object, error) {
	if (op == CmpEQ || op == CmpNE) && len(a) != len(b) {
		return Bool(op == CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return compareResult(cmpInt(len(a), len(b)), op), nil
	}
	switch op {
	case CmpEQ:
		return False, nil
	case CmpNE:
		return True, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

// seqContains is "x in items": identity or equality.
func seqContains(t *Thread, items []Object, x Object) (bool, error) {
	for i := 0; i < len(items); i++ {
		v := items[i]
		if v == x {
			return true, nil
		}
		eq, err := Equal(t, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// reprSeq joins the reprs of items between open and close, guarding
// against self-reference.
func reprSeq(t *Thread, self Object, open, close string, items []Object) (Object, error) {
	if t.reprEnter(self) {
		return NewStr(open[:1] + "..." + close[len(close)-1:]), nil
	}
	defer t.reprLeave(self)
	b := make([]byte, 0, 2+len(items)*4)
	b = append(b, open...)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		r, err := Repr(t, items[i])
		if err != nil {
			return nil, err
		}
		b = append(b, r.s...)
	}
	b = append(b, close...)
	return NewStr(string(b)), nil
}

// cmpInt returns -1, 0 or 1.
func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareResult turns a three-way comparison into the result of op.
func compareResult(c int, op CompareOp) Object {
	switch op {
	case CmpLT:
		return Bool(c < 0)
	case CmpLE:
		return Bool(c <= 0)
	case CmpEQ:
		return Bool(c == 0)
	case CmpNE:
		return Bool(c != 0)
	case CmpGT:
		return Bool(c > 0)
	}
	return Bool(c >= 0)
}
