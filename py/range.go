package py

import "math/big"

// Range is a range object. Ranges whose bounds fit in int64 use the
// small fields; others keep big ints.
type Range struct {
	start, stop, step int64
	n                 int64 // length
	big               *bigRange
}

type bigRange struct {
	start, stop, step, n *big.Int
}

// RangeType is the type of range.
var RangeType = newBuiltinType("range", ObjectType, FlagSequence)

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// RangeIterator iterates over a range of int64 values.
type RangeIterator struct {
	next, step, n int64
}

// RangeIteratorType is the type of iter(range(...)).
var RangeIteratorType = newBuiltinType("range_iterator", ObjectType, 0)

// Type returns RangeIteratorType.
func (*RangeIterator) Type() *Type { return RangeIteratorType }

// NewRange returns range(start, stop, step) for int64 bounds (step != 0).
func NewRange(start, stop, step int64) *Range {
	r := &Range{start: start, stop: stop, step: step}
	r.n = rangeLen(start, stop, step)
	return r
}

func rangeLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return int64((uint64(stop-start)-1)/uint64(step) + 1)
	}
	if step < 0 && start > stop {
		return int64((uint64(start-stop)-1)/uint64(-step) + 1)
	}
	return 0
}

// rangeNew implements range(stop), range(start, stop[, step]).
func rangeNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if err := NoKwargs("range", kw); err != nil {
		return nil, err
	}
	var vals [3]Object
	switch len(args) {
	case 1:
		vals = [3]Object{NewInt(0), args[0], NewInt(1)}
	case 2:
		vals = [3]Object{args[0], args[1], NewInt(1)}
	case 3:
		vals = [3]Object{args[0], args[1], args[2]}
	case 0:
		return nil, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
	default:
		return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var small [3]int64
	allSmall := true
	for i, v := range vals {
		iv, err := Index(t, v)
		if err != nil {
			return nil, err
		}
		vals[i] = iv
		if s, ok := iv.(Int); ok {
			small[i] = int64(s)
		} else {
			allSmall = false
		}
	}
	if allSmall {
		if small[2] == 0 {
			return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
		n := rangeLen(small[0], small[1], small[2])
		// guard against overflow of the length computation
		if n >= 0 && (small[2] > 0 && small[1]-small[0] >= 0 || small[2] < 0 && small[0]-small[1] >= 0 || n == 0) {
			return NewRange(small[0], small[1], small[2]), nil
		}
	}
	b := &bigRange{start: asBig(vals[0]), stop: asBig(vals[1]), step: asBig(vals[2])}
	if b.step.Sign() == 0 {
		return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
	}
	// n = max(0, (stop - start + step - sign(step)) // step)
	d := new(big.Int).Sub(b.stop, b.start)
	if b.step.Sign() > 0 {
		d.Add(d, b.step).Sub(d, big.NewInt(1))
	} else {
		d.Add(d, b.step).Add(d, big.NewInt(1))
	}
	q, _ := bigFloorDivMod(d, b.step)
	if q.Sign() < 0 {
		q.SetInt64(0)
	}
	b.n = q
	r := &Range{big: b}
	if q.IsInt64() {
		r.n = q.Int64()
	} else {
		r.n = -1
	}
	return r, nil
}

// Len returns the length, or an OverflowError for huge ranges.
func (r *Range) Len() (int64, error) {
	if r.n < 0 {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return r.n, nil
}

// item returns r[i] for 0 <= i < len.
func (r *Range) item(i int64) Object {
	if r.big == nil {
		return NewInt(r.start + i*r.step)
	}
	v := new(big.Int).Mul(big.NewInt(i), r.big.step)
	return newIntOwnBig(v.Add(v, r.big.start))
}

func (r *Range) parts() (Object, Object, Object) {
	if r.big == nil {
		return NewInt(r.start), NewInt(r.stop), NewInt(r.step)
	}
	return NewIntFromBig(r.big.start), NewIntFromBig(r.big.stop), NewIntFromBig(r.big.step)
}

func init() {
	s := &RangeType.Slots
	s.New = rangeNew
	s.Repr = func(t *Thread, o Object) (Object, error) {
		r := o.(*Range)
		a, b, c := r.parts()
		as, _ := Repr(t, a)
		bs, _ := Repr(t, b)
		if sv, ok := c.(Int); ok && sv == 1 {
			return NewStr("range(" + as.s + ", " + bs.s + ")"), nil
		}
		cs, _ := Repr(t, c)
		return NewStr("range(" + as.s + ", " + bs.s + ", " + cs.s + ")"), nil
	}
	s.Len = func(t *Thread, o Object) (int, error) {
		n, err := o.(*Range).Len()
		return int(n), err
	}
	s.Bool = func(t *Thread, o Object) (bool, error) {
		r := o.(*Range)
		if r.big != nil {
			return r.big.n.Sign() > 0, nil
		}
		return r.n > 0, nil
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		r := o.(*Range)
		if r.big == nil {
			return &RangeIterator{next: r.start, step: r.step, n: r.n}, nil
		}
		return &SeqIterator{seq: o}, nil
	}
	s.GetItem = func(t *Thread, o, k Object) (Object, error) {
		r := o.(*Range)
		if sl, ok := k.(*Slice); ok {
			n, err := r.Len()
			if err != nil {
				return nil, err
			}
			start, stop, step, err := sl.Indices(t, int(n))
			if err != nil {
				return nil, err
			}
			if r.big == nil {
				return NewRange(r.start+int64(start)*r.step, r.start+int64(stop)*r.step, r.step*int64(step)), nil
			}
			a, b := r.item(int64(start)), r.item(int64(stop))
			st, _ := IntBinaryOp(t, NB_MULTIPLY, NewIntFromBig(r.big.step), NewInt(int64(step)))
			return rangeNew(t, RangeType, []Object{a, b, st}, nil)
		}
		iv, err := IndexOf(t, k, "range indices must be integers or slices")
		if err != nil {
			return nil, err
		}
		i := int64(iv.(Int))
		n, err := r.Len()
		if err != nil {
			return nil, err
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexErrorType, "range object index out of range")
		}
		return r.item(i), nil
	}
	s.Contains = func(t *Thread, o, v Object) (bool, error) {
		r := o.(*Range)
		if x, ok := v.(Int); ok && r.big == nil {
			xv := int64(x)
			if r.step > 0 {
				if xv < r.start || xv >= r.stop {
					return false, nil
				}
			} else if xv > r.start || xv <= r.stop {
				return false, nil
			}
			return (xv-r.start)%r.step == 0, nil
		}
		it, _ := Iter(t, o)
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
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Range)
		y, ok := b.(*Range)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := rangeEqual(t, x, y)
		return Bool(eq == (op == CmpEQ)), err
	}
	s.Hash = func(t *Thread, o Object) (int64, error) {
		r := o.(*Range)
		n, err := r.Len()
		if err != nil {
			return 0, err
		}
		a, _, c := r.parts()
		var tup *Tuple
		switch {
		case n == 0:
			tup = NewTuple(NewInt(0), None, None)
		case n == 1:
			tup = NewTuple(NewInt(1), a, None)
		default:
			tup = NewTuple(NewInt(n), a, c)
		}
		return Hash(t, tup)
	}
	RangeType.AddGetSet("start", func(t *Thread, o Object) (Object, error) { a, _, _ := o.(*Range).parts(); return a, nil }, nil, "")
	RangeType.AddGetSet("stop", func(t *Thread, o Object) (Object, error) { _, b, _ := o.(*Range).parts(); return b, nil }, nil, "")
	RangeType.AddGetSet("step", func(t *Thread, o Object) (Object, error) { _, _, c := o.(*Range).parts(); return c, nil }, nil, "")

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
		return NewInt(self.(*RangeIterator).n), nil
	}, "")
}

// rangeEqual compares ranges as sequences.
func rangeEqual(t *Thread, x, y *Range) (bool, error) {
	if x == y {
		return true, nil
	}
	nx, ny := x.n, y.n
	if x.big == nil && y.big == nil {
		if nx != ny {
			return false, nil
		}
		if nx == 0 {
			return true, nil
		}
		if x.start != y.start {
			return false, nil
		}
		return nx == 1 || x.step == y.step, nil
	}
	xa, _, xc := x.parts()
	ya, _, yc := y.parts()
	xn, yn := NewIntFromBig(x.bigLen()), NewIntFromBig(y.bigLen())
	if eq, _ := Equal(t, xn, yn); !eq {
		return false, nil
	}
	if v, _ := xn.(Int); v == 0 {
		return true, nil
	}
	if eq, _ := Equal(t, xa, ya); !eq {
		return false, nil
	}
	if v, _ := xn.(Int); v == 1 {
		return true, nil
	}
	return Equal(t, xc, yc)
}

func (r *Range) bigLen() *big.Int {
	if r.big != nil {
		return r.big.n
	}
	return big.NewInt(r.n)
}
