package py

import (
	"math"
	"math/big"
)

// Range is a range object: an immutable arithmetic sequence. start, stop,
// step and the length are exact ints; when every element and the length
// fit in an int64 (the common case) the small fields hold them too, so
// that indexing, membership and iteration need no big arithmetic.
type Range struct {
	start, stop, step Object
	length            Object
	small             bool
	lo, st, n         int64 // start, step and length when small
}

// RangeType is the type of range objects.
var RangeType = newBuiltinType("range", ObjectType, FlagSequence)

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step) for int64 bounds; step must
// not be zero.
func NewRange(start, stop, step int64) *Range {
	return newRangeObjects(NewInt(start), NewInt(stop), NewInt(step))
}

// newRangeObjects builds a range from exact int objects (step != 0).
func newRangeObjects(start, stop, step Object) *Range {
	r := &Range{start: start, stop: stop, step: step}
	a, ok1 := start.(Int)
	b, ok2 := stop.(Int)
	c, ok3 := step.(Int)
	if ok1 && ok2 && ok3 {
		n := rangeLen64(int64(a), int64(b), int64(c))
		if n <= math.MaxInt64 {
			r.small, r.lo, r.st, r.n = true, int64(a), int64(c), int64(n)
			r.length = NewInt(int64(n))
			return r
		}
	}
	r.length = newIntOwnBig(rangeLenBig(asBig(start), asBig(stop), asBig(step)))
	return r
}

// rangeLen64 returns the number of elements of range(lo, hi, step) for
// int64 bounds; the result may exceed MaxInt64.
func rangeLen64(lo, hi, step int64) uint64 {
	if step > 0 {
		if lo >= hi {
			return 0
		}
		return (uint64(hi)-uint64(lo)-1)/uint64(step) + 1
	}
	if lo <= hi {
		return 0
	}
	return (uint64(lo)-uint64(hi)-1)/uint64(-step) + 1
}

// rangeLenBig is rangeLen64 for any ints.
func rangeLenBig(lo, hi, step *big.Int) *big.Int {
	var diff big.Int
	st := new(big.Int).Set(step)
	if step.Sign() > 0 {
		if lo.Cmp(hi) >= 0 {
			return new(big.Int)
		}
		diff.Sub(hi, lo)
	} else {
		if lo.Cmp(hi) <= 0 {
			return new(big.Int)
		}
		diff.Sub(lo, hi)
		st.Neg(st)
	}
	diff.Sub(&diff, big.NewInt(1))
	diff.Quo(&diff, st)
	return diff.Add(&diff, big.NewInt(1))
}

// Start returns the range's start attribute.
func (r *Range) Start() Object { return r.start }

// Stop returns the range's stop attribute.
func (r *Range) Stop() Object { return r.stop }

// Step returns the range's step attribute.
func (r *Range) Step() Object { return r.step }

// Len returns the length, or OverflowError when it does not fit in an
// int64.
func (r *Range) Len() (int64, error) {
	if r.small {
		return r.n, nil
	}
	if n, ok := r.length.(Int); ok {
		return int64(n), nil
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// itemBig returns start + i*step.
func (r *Range) itemBig(i *big.Int) Object {
	v := new(big.Int).Mul(i, asBig(r.step))
	v.Add(v, asBig(r.start))
	return newIntOwnBig(v)
}

// RangeIterator iterates over a range whose elements fit in an int64. The
// eval loop's FOR_ITER advances it inline.
type RangeIterator struct {
	next, step int64
	n          int64 // elements left
}

// RangeIteratorType is the type of iter(range(...)).
var RangeIteratorType = newBuiltinType("range_iterator", ObjectType, 0)

// Type returns RangeIteratorType.
func (*RangeIterator) Type() *Type { return RangeIteratorType }

// LongRangeIterator iterates over a range with elements or a length
// outside the int64 range.
type LongRangeIterator struct {
	next, step, left *big.Int
}

// LongRangeIteratorType is the type of iterators over huge ranges.
var LongRangeIteratorType = newBuiltinType("longrange_iterator", ObjectType, 0)

// Type returns LongRangeIteratorType.
func (*LongRangeIterator) Type() *Type { return LongRangeIteratorType }

// rangeIter returns an iterator over r, forward or reversed.
func rangeIter(r *Range, reverse bool) Object {
	if r.small {
		if !reverse {
			return &RangeIterator{next: r.lo, step: r.st, n: r.n}
		}
		if r.st != math.MinInt64 {
			last := r.lo
			if r.n > 0 {
				last = r.lo + (r.n-1)*r.st
			}
			return &RangeIterator{next: last, step: -r.st, n: r.n}
		}
	}
	length := asBig(r.length)
	it := &LongRangeIterator{
		next: new(big.Int).Set(asBig(r.start)),
		step: new(big.Int).Set(asBig(r.step)),
		left: new(big.Int).Set(length),
	}
	if reverse {
		if length.Sign() > 0 {
			last := new(big.Int).Sub(length, big.NewInt(1))
			last.Mul(last, it.step)
			it.next.Add(it.next, last)
		}
		it.step.Neg(it.step)
	}
	return it
}

// rangeNew implements range(stop) and range(start, stop[, step]).
func rangeNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if err := NoKwargs("range", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var vals [3]Object
	for i, a := range args {
		if v, ok := a.(Int); ok {
			vals[i] = v
			continue
		}
		v, err := Index(t, a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	switch len(args) {
	case 1:
		return newRangeObjects(smallInts[-smallIntMin], vals[0], smallInts[1-smallIntMin]), nil
	case 2:
		return newRangeObjects(vals[0], vals[1], smallInts[1-smallIntMin]), nil
	}
	if s, ok := vals[2].(Int); ok && s == 0 {
		return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
	}
	return newRangeObjects(vals[0], vals[1], vals[2]), nil
}

// rangeContainsInt reports whether the int v is an element of r.
func rangeContainsInt(r *Range, v Object) bool {
	if r.small {
		if x, ok := v.(Int); ok {
			i := int64(x)
			if r.n == 0 {
				return false
			}
			last := r.lo + (r.n-1)*r.st
			if r.st > 0 {
				if i < r.lo || i > last {
					return false
				}
				return (uint64(i)-uint64(r.lo))%uint64(r.st) == 0
			}
			if i > r.lo || i < last {
				return false
			}
			return (uint64(r.lo)-uint64(i))%uint64(-r.st) == 0
		}
	}
	x := asBig(v)
	lo, hi, st := asBig(r.start), asBig(r.stop), asBig(r.step)
	if st.Sign() > 0 {
		if x.Cmp(lo) < 0 || x.Cmp(hi) >= 0 {
			return false
		}
	} else if x.Cmp(lo) > 0 || x.Cmp(hi) <= 0 {
		return false
	}
	d := new(big.Int).Sub(x, lo)
	return d.Rem(d, st).Sign() == 0
}

// isExactIntOrBool reports whether o is an int or a bool (not an int
// subclass defined in Python), for which range membership is arithmetic.
func isExactIntOrBool(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// rangeContains implements "v in r".
func rangeContains(t *Thread, o, v Object) (bool, error) {
	r := o.(*Range)
	if isExactIntOrBool(v) {
		return rangeContainsInt(r, v), nil
	}
	it := rangeIter(r, false)
	for {
		x, ok, err := Next(t, it)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(t, x, v)
		if err != nil || eq {
			return eq, err
		}
	}
}

// rangeGetItem implements r[i] and r[i:j:k].
func rangeGetItem(t *Thread, o, k Object) (Object, error) {
	r := o.(*Range)
	if i, ok := k.(Int); ok && r.small {
		idx := int64(i)
		if idx < 0 {
			idx += r.n
		}
		if idx < 0 || idx >= r.n {
			return nil, Errorf(IndexErrorType, "range object index out of range")
		}
		return NewInt(r.lo + idx*r.st), nil
	}
	if sl, ok := k.(*Slice); ok {
		return rangeSlice(t, r, sl)
	}
	if k.Type().Slots.Index == nil {
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(k))
	}
	iv, err := Index(t, k)
	if err != nil {
		return nil, err
	}
	i := new(big.Int).Set(asBig(iv))
	length := asBig(r.length)
	if i.Sign() < 0 {
		i.Add(i, length)
	}
	if i.Sign() < 0 || i.Cmp(length) >= 0 {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	return r.itemBig(i), nil
}

// rangeSlice returns the range r[sl] selects.
func rangeSlice(t *Thread, r *Range, sl *Slice) (Object, error) {
	start, stop, step, err := sliceIndicesBig(t, sl, asBig(r.length))
	if err != nil {
		return nil, err
	}
	nstep := new(big.Int).Mul(step, asBig(r.step))
	return newRangeObjects(r.itemBig(start), r.itemBig(stop), newIntOwnBig(nstep)), nil
}

// sliceIndicesBig resolves a slice against a sequence of any length, as
// Slice.Indices does for an int length.
func sliceIndicesBig(t *Thread, sl *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if sl.Step != None {
		v, err := sliceBound(t, sl.Step)
		if err != nil {
			return nil, nil, nil, err
		}
		if v.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		step = v
	}
	var lower, upper *big.Int
	if step.Sign() < 0 {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(length, lower)
	} else {
		lower = new(big.Int)
		upper = new(big.Int).Set(length)
	}
	bound := func(o Object, dflt *big.Int) (*big.Int, error) {
		if o == None {
			return new(big.Int).Set(dflt), nil
		}
		v, err := sliceBound(t, o)
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			v.Add(v, length)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, nil
	}
	if step.Sign() < 0 {
		start, err = bound(sl.Start, upper)
		if err == nil {
			stop, err = bound(sl.Stop, lower)
		}
	} else {
		start, err = bound(sl.Start, lower)
		if err == nil {
			stop, err = bound(sl.Stop, upper)
		}
	}
	return start, stop, step, err
}

// sliceBound converts a slice attribute to a new *big.Int.
func sliceBound(t *Thread, o Object) (*big.Int, error) {
	if i, ok := o.(Int); ok {
		return big.NewInt(int64(i)), nil
	}
	if o.Type().Slots.Index == nil {
		return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	v, err := Index(t, o)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Set(asBig(v)), nil
}

// rangeEqual reports whether two ranges hold the same elements.
func rangeEqual(t *Thread, a, b *Range) (bool, error) {
	if a == b {
		return true, nil
	}
	if eq, err := Equal(t, a.length, b.length); err != nil || !eq {
		return false, err
	}
	if n, ok := a.length.(Int); ok && n == 0 {
		return true, nil
	}
	if eq, err := Equal(t, a.start, b.start); err != nil || !eq {
		return false, err
	}
	if n, ok := a.length.(Int); ok && n == 1 {
		return true, nil
	}
	return Equal(t, a.step, b.step)
}

// rangeHash hashes (len, start, step) as CPython does, with None for the
// parts that do not matter for short ranges.
func rangeHash(t *Thread, o Object) (int64, error) {
	r := o.(*Range)
	parts := [3]Object{r.length, None, None}
	if n, ok := r.length.(Int); !ok || n > 0 {
		parts[1] = r.start
		if !ok || n > 1 {
			parts[2] = r.step
		}
	}
	acc := uint64(xxPrime5)
	for _, p := range parts {
		h, err := Hash(t, p)
		if err != nil {
			return 0, err
		}
		acc = tupleHashStep(acc, h)
	}
	return tupleHashFinish(acc, 3), nil
}

func init() {
	s := &RangeType.Slots
	s.New = rangeNew
	s.Repr = func(t *Thread, o Object) (Object, error) {
		r := o.(*Range)
		parts := []Object{r.start, r.stop}
		if st, ok := r.step.(Int); !ok || st != 1 {
			parts = append(parts, r.step)
		}
		return reprSeq(t, o, "range(", ")", parts)
	}
	s.Hash = rangeHash
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		y, ok := b.(*Range)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := rangeEqual(t, a.(*Range), y)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == CmpEQ)), nil
	}
	s.Bool = func(t *Thread, o Object) (bool, error) {
		r := o.(*Range)
		if r.small {
			return r.n != 0, nil
		}
		return asBig(r.length).Sign() != 0, nil
	}
	s.Len = func(t *Thread, o Object) (int, error) {
		n, err := o.(*Range).Len()
		return int(n), err
	}
	s.GetItem = rangeGetItem
	s.Contains = rangeContains
	s.Iter = func(t *Thread, o Object) (Object, error) { return rangeIter(o.(*Range), false), nil }

	getter := func(f func(*Range) Object) Getter {
		return func(t *Thread, o Object) (Object, error) { return f(o.(*Range)), nil }
	}
	RangeType.AddGetSet("start", getter(func(r *Range) Object { return r.start }), readonlyMember, "")
	RangeType.AddGetSet("stop", getter(func(r *Range) Object { return r.stop }), readonlyMember, "")
	RangeType.AddGetSet("step", getter(func(r *Range) Object { return r.step }), readonlyMember, "")
	RangeType.AddMethod("__reversed__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__reversed__", args, kw); err != nil {
			return nil, err
		}
		return rangeIter(self.(*Range), true), nil
	}, "Return a reverse iterator.")
	RangeType.AddMethod("__reduce__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__reduce__", args, kw); err != nil {
			return nil, err
		}
		r := self.(*Range)
		return NewTuple(RangeType, NewTuple(r.start, r.stop, r.step)), nil
	}, "Helper for pickle.")
	RangeType.AddMethod("count", rangeCount, "rangeobject.count(value) -> integer -- return number of occurrences of value")
	RangeType.AddMethod("index", rangeIndex, "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.")

	RangeIteratorType.Slots.Iter = selfIter
	RangeIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*RangeIterator)
		if it.n <= 0 {
			return nil, false, nil
		}
		v := it.next
		it.next += it.step
		it.n--
		return NewInt(v), true, nil
	}
	RangeIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		n := self.(*RangeIterator).n
		if n < 0 {
			n = 0
		}
		return NewInt(n), nil
	}, lengthHintDoc)
	LongRangeIteratorType.Slots.Iter = selfIter
	LongRangeIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*LongRangeIterator)
		if it.left.Sign() <= 0 {
			return nil, false, nil
		}
		v := NewIntFromBig(it.next)
		it.next.Add(it.next, it.step)
		it.left.Sub(it.left, big.NewInt(1))
		return v, true, nil
	}
	LongRangeIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		return NewIntFromBig(self.(*LongRangeIterator).left), nil
	}, lengthHintDoc)
}

// extendRange appends the elements of a range to a list, checking the
// size first as CPython's length hint does (MemoryError for a range too
// long to hold, OverflowError for a length beyond int64).
func (l *List) extendRange(t *Thread, r *Range) error {
	n, err := r.Len()
	if err != nil {
		return err
	}
	if err := t.sizeErr(1, int(n)+len(l.items)); err != nil {
		return err
	}
	if !r.small {
		it := rangeIter(r, false)
		for {
			v, ok, _ := Next(t, it)
			if !ok {
				return nil
			}
			l.push(v)
		}
	}
	l.pushAll(make([]Object, n))
	dst := l.items[len(l.items)-int(n):]
	v := r.lo
	for i := range dst {
		dst[i] = NewInt(v)
		v += r.st
	}
	return nil
}

// readonlyMember is the setter of read-only data attributes of built-in
// objects (CPython's READONLY members).
func readonlyMember(t *Thread, self, v Object) error {
	return Errorf(AttributeErrorType, "readonly attribute")
}

// rangeCount implements range.count(value).
func rangeCount(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("range.count", 1, args, kw); err != nil {
		return nil, err
	}
	r := self.(*Range)
	if isExactIntOrBool(args[0]) {
		if rangeContainsInt(r, args[0]) {
			return NewInt(1), nil
		}
		return NewInt(0), nil
	}
	n := int64(0)
	it := rangeIter(r, false)
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NewInt(n), nil
		}
		eq, err := Equal(t, x, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
}

// rangeIndex implements range.index(value).
func rangeIndex(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("range.index", 1, args, kw); err != nil {
		return nil, err
	}
	r := self.(*Range)
	v := args[0]
	if isExactIntOrBool(v) {
		if !rangeContainsInt(r, v) {
			rv, err := Repr(t, v)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(ValueErrorType, "%s is not in range", rv.s)
		}
		if r.small {
			x, _, _ := IntValue(v)
			if r.st > 0 {
				return NewInt(int64((uint64(x) - uint64(r.lo)) / uint64(r.st))), nil
			}
			return NewInt(int64((uint64(r.lo) - uint64(x)) / uint64(-r.st))), nil
		}
		d := new(big.Int).Sub(asBig(v), asBig(r.start))
		return newIntOwnBig(d.Quo(d, asBig(r.step))), nil
	}
	it := rangeIter(r, false)
	for i := int64(0); ; i++ {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		eq, err := Equal(t, x, v)
		if err != nil {
			return nil, err
		}
		if eq {
			return NewInt(i), nil
		}
	}
}
