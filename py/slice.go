package py

// Slice is a slice object (start:stop:step).
type Slice struct {
	Start, Stop, Step Object
}

// SliceType is the type of slice objects.
var SliceType = newBuiltinType("slice", ObjectType, 0)

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }

// NewSlice returns slice(start, stop, step) (None for omitted parts).
func NewSlice(start, stop, step Object) *Slice { return &Slice{start, stop, step} }

// sliceIndex converts a slice bound, clamped as CPython clamps it.
func sliceIndex(t *Thread, o Object) (int64, error) {
	if i, ok := o.(Int); ok {
		return int64(i), nil
	}
	if o.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	r, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	s, b, _ := IntValue(r)
	if b != nil {
		if b.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return s, nil
}

// Indices resolves the slice against a sequence of length n, returning
// start, stop and step as range() would use them.
func (s *Slice) Indices(t *Thread, n int) (start, stop, step int, err error) {
	st := int64(1)
	if s.Step != None {
		if st, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if st == 0 {
			err = Errorf(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	ln := int64(n)
	var lo, hi int64
	if st < 0 {
		lo, hi = -1, ln-1
	} else {
		lo, hi = 0, ln
	}
	var a, b int64
	if s.Start == None {
		if st < 0 {
			a = hi
		} else {
			a = lo
		}
	} else {
		if a, err = sliceIndex(t, s.Start); err != nil {
			return
		}
		if a < 0 {
			a += ln
			if a < lo {
				a = lo
			}
		} else if a > hi {
			a = hi
		}
	}
	if s.Stop == None {
		if st < 0 {
			b = lo
		} else {
			b = hi
		}
	} else {
		if b, err = sliceIndex(t, s.Stop); err != nil {
			return
		}
		if b < 0 {
			b += ln
			if b < lo {
				b = lo
			}
		} else if b > hi {
			b = hi
		}
	}
	return int(a), int(b), int(st), nil
}

// sliceLength returns how many items range(start, stop, step) selects.
func sliceLength(start, stop, step int) int {
	if step < 0 {
		if stop < start {
			return (start-stop-1)/(-step) + 1
		}
		return 0
	}
	if start < stop {
		return (stop-start-1)/step + 1
	}
	return 0
}

func init() {
	s := &SliceType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		sl := o.(*Slice)
		r, err := reprSeq(t, o, "slice(", ")", []Object{sl.Start, sl.Stop, sl.Step})
		return r, err
	}
	s.Hash = HashNotImplemented
	SliceType.unhashable = true
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Slice)
		y, ok := b.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		return compareSeqs(t, []Object{x.Start, x.Stop, x.Step}, []Object{y.Start, y.Stop, y.Step}, op)
	}
	s.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if err := NoKwargs("slice", kw); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		case 3:
			return &Slice{args[0], args[1], args[2]}, nil
		case 0:
			return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
		}
		return nil, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	}
	SliceType.AddGetSet("start", func(t *Thread, o Object) (Object, error) { return o.(*Slice).Start, nil }, readonlyMember, "")
	SliceType.AddGetSet("stop", func(t *Thread, o Object) (Object, error) { return o.(*Slice).Stop, nil }, readonlyMember, "")
	SliceType.AddGetSet("step", func(t *Thread, o Object) (Object, error) { return o.(*Slice).Step, nil }, readonlyMember, "")
	SliceType.AddMethod("indices", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("indices", 1, args, kw); err != nil {
			return nil, err
		}
		n, err := AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "length should not be negative")
		}
		a, b, c, err := self.(*Slice).Indices(t, n)
		if err != nil {
			return nil, err
		}
		return NewTuple(NewInt(int64(a)), NewInt(int64(b)), NewInt(int64(c))), nil
	}, "S.indices(len) -> (start, stop, stride)")
}

// SeqIterator iterates over an object that only has __getitem__,
// calling it with 0, 1, 2 ... until IndexError.
type SeqIterator struct {
	seq Object
	i   int
}

// SeqIteratorType is the type of such iterators.
var SeqIteratorType = newBuiltinType("iterator", ObjectType, 0)

// Type returns SeqIteratorType.
func (*SeqIterator) Type() *Type { return SeqIteratorType }

func init() {
	SeqIteratorType.Slots.Iter = selfIter
	SeqIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*SeqIterator)
		if it.seq == nil {
			return nil, false, nil
		}
		v, err := GetItem(t, it.seq, NewInt(int64(it.i)))
		if err != nil {
			if IsExceptionOf(err, IndexErrorType) || IsExceptionOf(err, StopIterationType) {
				it.seq = nil
				return nil, false, nil
			}
			return nil, false, err
		}
		it.i++
		return v, true, nil
	}
}

// MappingProxy is a read-only view of a mapping (a class's __dict__).
type MappingProxy struct {
	m Object
}

// MappingProxyType is the type of mapping proxies.
var MappingProxyType = newBuiltinType("mappingproxy", ObjectType, FlagMapping)

// Type returns MappingProxyType.
func (*MappingProxy) Type() *Type { return MappingProxyType }

func init() {
	s := &MappingProxyType.Slots
	s.GetItem = func(t *Thread, o, k Object) (Object, error) { return GetItem(t, o.(*MappingProxy).m, k) }
	s.Len = func(t *Thread, o Object) (int, error) { return Len(t, o.(*MappingProxy).m) }
	s.Iter = func(t *Thread, o Object) (Object, error) { return Iter(t, o.(*MappingProxy).m) }
	s.Contains = func(t *Thread, o, k Object) (bool, error) { return Contains(t, o.(*MappingProxy).m, k) }
	s.Repr = func(t *Thread, o Object) (Object, error) {
		r, err := Repr(t, o.(*MappingProxy).m)
		if err != nil {
			return nil, err
		}
		return NewStr("mappingproxy(" + r.s + ")"), nil
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		MappingProxyType.AddMethod(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			m, err := GetAttrString(t, self.(*MappingProxy).m, name)
			if err != nil {
				return nil, err
			}
			return Call(t, m, args, kw)
		}, "")
	}
}
