package py

// List is a Python list.
type List struct {
	items []Object
}

// ListType is the type of list.
var ListType = newBuiltinType("list", ObjectType, FlagBaseType|FlagListSubclass|FlagSequence)

// Type returns ListType.
func (*List) Type() *Type { return ListType }

// NewList returns a list that takes ownership of items.
func NewList(items []Object) *List { return &List{items: items} }

// NewListCopy returns a list holding a copy of items.
func NewListCopy(items []Object) *List {
	return &List{items: append(make([]Object, 0, len(items)), items...)}
}

// Items returns the items; the slice is the list's own storage.
func (l *List) Items() []Object { return l.items }

// SetItems replaces the list's storage.
func (l *List) SetItems(items []Object) { l.replaceItems(items) }

// Len returns the number of items.
func (l *List) Len() int { return len(l.items) }

// Append adds v at the end.
func (l *List) Append(v Object) { l.push(v) }

// AsList returns o's list value when o is a list or an instance of a
// subclass of list.
func AsList(o Object) (*List, bool) {
	switch v := o.(type) {
	case *List:
		return v, true
	case *Instance:
		s, ok := v.base.(*List)
		return s, ok
	}
	return nil, false
}

// ListIterator iterates over a list, seeing changes made meanwhile.
type ListIterator struct {
	list *List
	i    int
}

// ListIteratorType is the type of iter([]).
var ListIteratorType = newBuiltinType("list_iterator", ObjectType, 0)

// Type returns ListIteratorType.
func (*ListIterator) Type() *Type { return ListIteratorType }

// ListReverseIterator iterates over a list backwards.
type ListReverseIterator struct {
	list *List
	i    int
}

// ListReverseIteratorType is the type of reversed([]).
var ListReverseIteratorType = newBuiltinType("list_reverseiterator", ObjectType, 0)

// Type returns ListReverseIteratorType.
func (*ListReverseIterator) Type() *Type { return ListReverseIteratorType }

// listIndex normalises a list index, reporting whether it is in range.
func listIndex(i Int, n int) (int, bool) {
	idx := int64(i)
	if idx < 0 {
		idx += int64(n)
	}
	if idx < 0 || idx >= int64(n) {
		return 0, false
	}
	return int(idx), true
}

func init() {
	s := &ListType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		v, _ := AsList(o)
		if len(v.items) == 0 {
			return NewStr("[]"), nil
		}
		return reprSeq(t, o, "[", "]", v.items)
	}
	s.Hash = HashNotImplemented
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := AsList(a)
		y, ok := AsList(b)
		if !ok {
			return NotImplemented, nil
		}
		return compareSeqs(t, x.items, y.items, op)
	}
	s.Len = func(t *Thread, o Object) (int, error) {
		v, _ := AsList(o)
		return len(v.items), nil
	}
	s.Contains = func(t *Thread, o, x Object) (bool, error) {
		v, _ := AsList(o)
		return seqContains(t, v.items, x)
	}
	s.GetItem = listGetItem
	s.SetItem = listSetItem
	s.Concat = func(t *Thread, a, b Object) (Object, error) {
		x, _ := AsList(a)
		y, ok := AsList(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeName(b))
		}
		r := newListOf(len(x.items) + len(y.items))
		copy(r.items[copy(r.items, x.items):], y.items)
		return r, nil
	}
	s.InplaceConcat = func(t *Thread, a, b Object) (Object, error) {
		x, _ := AsList(a)
		if err := x.Extend(t, b); err != nil {
			return nil, err
		}
		return a, nil
	}
	s.Repeat = func(t *Thread, o Object, n int) (Object, error) {
		v, _ := AsList(o)
		return NewList(repeatItems(t, v.items, n)), t.sizeErr(len(v.items), n)
	}
	s.InplaceRepeat = func(t *Thread, o Object, n int) (Object, error) {
		v, _ := AsList(o)
		if err := t.sizeErr(len(v.items), n); err != nil {
			return nil, err
		}
		v.replaceItems(repeatItems(t, v.items, n))
		return o, nil
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		v, _ := AsList(o)
		return &ListIterator{list: v}, nil
	}
	s.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		if typ == ListType {
			return &List{}, nil
		}
		return newInstanceWithBase(t, typ, &List{})
	}
	s.Init = func(t *Thread, o Object, args []Object, kwnames *Tuple) error {
		var it Object
		if err := UnpackArgs("list", args, kwnames, "iterable?", &it, "/"); err != nil {
			return err
		}
		v, _ := AsList(o)
		clear(v.items)
		v.items = v.items[:0]
		if it != nil {
			return v.Extend(t, it)
		}
		return nil
	}

	ListIteratorType.Slots.Iter = selfIter
	ListIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*ListIterator)
		if it.list == nil || it.i >= len(it.list.items) {
			it.list = nil
			return nil, false, nil
		}
		it.i++
		return it.list.items[it.i-1], true, nil
	}
	ListReverseIteratorType.Slots.Iter = selfIter
	ListReverseIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*ListReverseIterator)
		if it.list == nil || it.i < 0 || it.i >= len(it.list.items) {
			it.list = nil
			return nil, false, nil
		}
		it.i--
		return it.list.items[it.i+1], true, nil
	}
}

// repeatItems returns items repeated n times (empty when the size check
// failed; the caller reports the error).
func repeatItems(t *Thread, items []Object, n int) []Object {
	if n <= 0 || len(items) == 0 || t.sizeErr(len(items), n) != nil {
		return nil
	}
	out := make([]Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// listGetItem implements l[i] and l[i:j:k].
func listGetItem(t *Thread, o, k Object) (Object, error) {
	v, _ := AsList(o)
	if i, ok := k.(Int); ok {
		idx, ok := listIndex(i, len(v.items))
		if !ok {
			return nil, Errorf(IndexErrorType, "list index out of range")
		}
		return v.items[idx], nil
	}
	if sl, ok := k.(*Slice); ok {
		start, stop, step, err := sl.Indices(t, len(v.items))
		if err != nil {
			return nil, err
		}
		return newListSlice(v.items, start, stop, step), nil
	}
	idx, err := IndexOf(t, k, "list indices must be integers or slices")
	if err != nil {
		return nil, err
	}
	return listGetItem(t, o, idx)
}

// listSetItem implements l[i] = v, l[i:j] = it and del l[i] (v nil).
func listSetItem(t *Thread, o, k, x Object) error {
	v, _ := AsList(o)
	if i, ok := k.(Int); ok {
		idx, ok := listIndex(i, len(v.items))
		if !ok {
			if x == nil {
				return Errorf(IndexErrorType, "list assignment index out of range")
			}
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		if x == nil {
			copy(v.items[idx:], v.items[idx+1:])
			v.items[len(v.items)-1] = nil
			v.items = v.items[:len(v.items)-1]
			return nil
		}
		v.items[idx] = x
		return nil
	}
	if sl, ok := k.(*Slice); ok {
		return v.setSlice(t, sl, x)
	}
	idx, err := IndexOf(t, k, "list indices must be integers or slices")
	if err != nil {
		return err
	}
	return listSetItem(t, o, idx, x)
}

// setSlice implements l[sl] = x and del l[sl] (x nil).
func (l *List) setSlice(t *Thread, sl *Slice, x Object) error {
	start, stop, step, err := sl.Indices(t, len(l.items))
	if err != nil {
		return err
	}
	var repl []Object
	if x != nil {
		if xl, ok := x.(*List); ok && xl == l {
			repl = append([]Object(nil), l.items...)
		} else if xt, ok := AsTuple(x); ok {
			repl = xt.items
		} else if xl, ok := x.(*List); ok {
			repl = xl.items
		} else {
			if xt := x.Type(); xt.Slots.Iter == nil && xt.Slots.GetItem == nil {
				if step == 1 {
					return Errorf(TypeErrorType, "can only assign an iterable")
				}
				return Errorf(TypeErrorType, "must assign iterable to extended slice")
			}
			if repl, err = ListFromIterable(t, x); err != nil {
				return err
			}
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		n := len(l.items) - (stop - start) + len(repl)
		if len(repl) == stop-start {
			copy(l.items[start:], repl)
			return nil
		}
		items := make([]Object, 0, n)
		items = append(items, l.items[:start]...)
		items = append(items, repl...)
		items = append(items, l.items[stop:]...)
		l.replaceItems(items)
		return nil
	}
	n := sliceLength(start, stop, step)
	if x == nil {
		if n == 0 {
			return nil
		}
		if step < 0 {
			// Delete the same items walking upwards.
			start, step = start+(n-1)*step, -step
		}
		// Keep every item that is not at start + k*step for k < n.
		w := start
		for r := start; r < len(l.items); r++ {
			if (r-start)%step == 0 && (r-start)/step < n {
				continue
			}
			l.items[w] = l.items[r]
			w++
		}
		clear(l.items[w:])
		l.items = l.items[:w]
		return nil
	}
	if len(repl) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(repl), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.items[j] = repl[i]
	}
	return nil
}

// Extend appends the items of an iterable.
func (l *List) Extend(t *Thread, it Object) error {
	switch v := it.(type) {
	case *List:
		l.pushAll(v.items)
		return nil
	case *Tuple:
		l.pushAll(v.items)
		return nil
	case *Range:
		return l.extendRange(t, v)
	}
	iter, err := Iter(t, it)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(t, iter)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		l.push(x)
	}
}

// ListFromIterable returns the items of an iterable as a new slice.
func ListFromIterable(t *Thread, it Object) ([]Object, error) {
	switch v := it.(type) {
	case *List:
		return append([]Object(nil), v.items...), nil
	case *Tuple:
		return append([]Object(nil), v.items...), nil
	}
	l := &List{}
	if err := l.Extend(t, it); err != nil {
		return nil, err
	}
	return l.items, nil
}
