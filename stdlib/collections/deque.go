package collections

import (
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

// Deque is collections.deque: a double-ended queue kept in a ring
// buffer whose capacity is a power of two.
type Deque struct {
	buf  []py.Object
	head int // index of the first item in buf
	n    int
	// maxlen bounds the length (-1: unbounded).
	maxlen int
	// state changes on every mutation, so that iterators notice.
	state uint64
}

// DequeType is the type of deques.
var DequeType = py.NewBuiltinType("collections.deque", nil, py.FlagBaseType|py.FlagSequence)

// Type returns DequeType.
func (*Deque) Type() *py.Type { return DequeType }

// asDeque unwraps a deque or an instance of a subclass of deque.
func asDeque(o py.Object) (*Deque, bool) {
	switch v := o.(type) {
	case *Deque:
		return v, true
	case *py.Instance:
		d, ok := v.Base().(*Deque)
		return d, ok
	}
	return nil, false
}

// newDeque returns an empty deque.
func newDeque(maxlen int) *Deque { return &Deque{maxlen: maxlen} }

// at returns the i-th item (0 <= i < n).
func (d *Deque) at(i int) py.Object { return d.buf[(d.head+i)&(len(d.buf)-1)] }

// set replaces the i-th item.
func (d *Deque) set(i int, v py.Object) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// grow makes room for one more item.
func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := 8
	if len(d.buf) > 0 {
		size = len(d.buf) * 2
	}
	nb := make([]py.Object, size)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

// shrink releases memory when the deque became much smaller than its
// buffer.
func (d *Deque) shrink() {
	if len(d.buf) > 64 && d.n < len(d.buf)/4 {
		nb := make([]py.Object, len(d.buf)/2)
		for i := 0; i < d.n; i++ {
			nb[i] = d.at(i)
		}
		d.buf, d.head = nb, 0
	}
}

// pushRight appends v, dropping the leftmost item when the deque is full.
func (d *Deque) pushRight(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popLeftItem()
	}
	d.grow()
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
}

// pushLeft prepends v, dropping the rightmost item when the deque is
// full.
func (d *Deque) pushLeft(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popRightItem()
	}
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

// popRightItem removes and returns the rightmost item (n > 0).
func (d *Deque) popRightItem() py.Object {
	d.state++
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.shrink()
	return v
}

// popLeftItem removes and returns the leftmost item (n > 0).
func (d *Deque) popLeftItem() py.Object {
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.shrink()
	return v
}

// items returns a copy of the items, left to right.
func (d *Deque) items() []py.Object {
	out := make([]py.Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

// clear removes every item.
func (d *Deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// setItems replaces the contents with items (trimmed to maxlen from the
// left).
func (d *Deque) setItems(items []py.Object) {
	d.clear()
	if d.maxlen >= 0 && len(items) > d.maxlen {
		items = items[len(items)-d.maxlen:]
	}
	size := 8
	for size < len(items) {
		size *= 2
	}
	d.buf = make([]py.Object, size)
	copy(d.buf, items)
	d.n = len(items)
}

// rotate moves the items k steps to the right (left when k < 0).
func (d *Deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	d.state++
	if d.n == len(d.buf) {
		d.head = (d.head - k) & (len(d.buf) - 1)
		return
	}
	items := d.items()
	for i := range items {
		d.set((i+k)%d.n, items[i])
	}
}

// index normalises a subscript for a deque of n items.
func (d *Deque) index(t *py.Thread, k py.Object) (int, error) {
	iv, err := py.IndexOf(t, k, "sequence index must be integer")
	if err != nil {
		if py.IsExceptionOf(err, py.TypeErrorType) && k.Type().Slots.Index == nil {
			return 0, py.Errorf(py.TypeErrorType, "sequence index must be integer, not '%s'", py.TypeName(k))
		}
		return 0, err
	}
	i := int(iv.(py.Int))
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, py.Errorf(py.IndexErrorType, "deque index out of range")
	}
	return i, nil
}

// dequeRepr is repr(deque): deque([1, 2], maxlen=2).
func dequeRepr(t *py.Thread, o py.Object) (py.Object, error) {
	d, _ := asDeque(o)
	name := o.Type().ShortName()
	if t.ReprEnter(o) {
		return py.NewStr("[...]"), nil
	}
	items := d.items()
	t.ReprLeave(o)
	r, err := py.ReprItems(t, o, "[", "]", items)
	if err != nil {
		return nil, err
	}
	s := name + "(" + r.String()
	if d.maxlen >= 0 {
		s += ", maxlen=" + strconv.Itoa(d.maxlen)
	}
	return py.NewStr(s + ")"), nil
}

// dequeNew is deque.__new__.
func dequeNew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	d := newDeque(-1)
	if typ != DequeType {
		return py.NewInstanceWithBase(typ, d), nil
	}
	return d, nil
}

// dequeInit is deque.__init__(iterable=(), maxlen=None).
func dequeInit(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
	d, _ := asDeque(o)
	var iterable, maxlen py.Object
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if len(args)-nkw > 2 {
		return py.Errorf(py.TypeErrorType, "deque() takes at most 2 arguments (%d given)", len(args)-nkw)
	}
	if err := py.UnpackArgs("deque", args, kw, "iterable?", &iterable, "maxlen", &maxlen); err != nil {
		return err
	}
	ml := -1
	if maxlen != nil && maxlen != py.None {
		v, ok := maxlen.(py.Int)
		if !ok {
			if _, _, isInt := py.IntValue(maxlen); isInt {
				return py.Errorf(py.OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return py.Errorf(py.TypeErrorType, "an integer is required")
		}
		if v < 0 {
			return py.Errorf(py.ValueErrorType, "maxlen must be non-negative")
		}
		ml = int(v)
	}
	d.maxlen = ml
	if d.n > 0 {
		d.clear()
	}
	if iterable != nil {
		return d.extend(t, o, iterable, false)
	}
	return nil
}

// extend appends the items of iterable (on the left when left is set).
func (d *Deque) extend(t *py.Thread, self, iterable py.Object, left bool) error {
	if iterable == self {
		items := d.items()
		for _, v := range items {
			if left {
				d.pushLeft(v)
			} else {
				d.pushRight(v)
			}
		}
		return nil
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		v, ok, err := py.Next(t, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if left {
			d.pushLeft(v)
		} else {
			d.pushRight(v)
		}
	}
}

// DequeIterator iterates over a deque, forwards or backwards.
type DequeIterator struct {
	d       *Deque
	i       int // items produced so far
	state   uint64
	reverse bool
}

// The iterator types.
var (
	DequeIteratorType        = py.NewBuiltinType("_collections._deque_iterator", nil, 0)
	DequeReverseIteratorType = py.NewBuiltinType("_collections._deque_reverse_iterator", nil, 0)
)

// Type returns the iterator's type.
func (it *DequeIterator) Type() *py.Type {
	if it.reverse {
		return DequeReverseIteratorType
	}
	return DequeIteratorType
}

func iterNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	it := o.(*DequeIterator)
	if it.d == nil {
		return nil, false, nil
	}
	if it.state != it.d.state {
		it.d = nil
		return nil, false, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		it.d = nil
		return nil, false, nil
	}
	var v py.Object
	if it.reverse {
		v = it.d.at(it.d.n - 1 - it.i)
	} else {
		v = it.d.at(it.i)
	}
	it.i++
	return v, true, nil
}

func iterLengthHint(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	it := self.(*DequeIterator)
	if it.d == nil {
		return py.NewInt(0), nil
	}
	return py.NewInt(int64(it.d.n - it.i)), nil
}

func init() {
	DequeType.QualName = "deque"
	DequeIteratorType.QualName = "_deque_iterator"
	DequeReverseIteratorType.QualName = "_deque_reverse_iterator"
	DequeType.AddAttr("__module__", py.NewStr("collections"))
	DequeType.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	DequeIteratorType.AddAttr("__module__", py.NewStr("_collections"))
	DequeReverseIteratorType.AddAttr("__module__", py.NewStr("_collections"))
	for _, typ := range []*py.Type{DequeIteratorType, DequeReverseIteratorType} {
		s := &typ.Slots
		s.Iter = func(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }
		s.Next = iterNext
		typ.AddMethod("__length_hint__", iterLengthHint, "Private method returning an estimate of len(list(it)).")
	}
	s := &DequeType.Slots
	s.New = dequeNew
	s.Init = dequeInit
	s.Repr = dequeRepr
	s.Hash = py.HashNotImplemented
	s.Len = func(t *py.Thread, o py.Object) (int, error) {
		d, _ := asDeque(o)
		return d.n, nil
	}
	s.Iter = func(t *py.Thread, o py.Object) (py.Object, error) {
		d, _ := asDeque(o)
		return &DequeIterator{d: d, state: d.state}, nil
	}
	s.Contains = func(t *py.Thread, o, x py.Object) (bool, error) {
		d, _ := asDeque(o)
		state := d.state
		for i := 0; i < d.n; i++ {
			v := d.at(i)
			if v == x {
				return true, nil
			}
			eq, err := py.Equal(t, v, x)
			if err != nil {
				return false, err
			}
			if state != d.state {
				return false, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				return true, nil
			}
		}
		return false, nil
	}
	s.GetItem = func(t *py.Thread, o, k py.Object) (py.Object, error) {
		d, _ := asDeque(o)
		i, err := d.index(t, k)
		if err != nil {
			return nil, err
		}
		return d.at(i), nil
	}
	s.SetItem = func(t *py.Thread, o, k, v py.Object) error {
		d, _ := asDeque(o)
		i, err := d.index(t, k)
		if err != nil {
			return err
		}
		if v == nil {
			d.deleteAt(i)
			return nil
		}
		d.set(i, v)
		return nil
	}
	s.Compare = dequeCompare
	s.Concat = dequeConcat
	s.Repeat = dequeRepeat
	s.InplaceConcat = func(t *py.Thread, a, b py.Object) (py.Object, error) {
		d, _ := asDeque(a)
		if err := d.extend(t, a, b, false); err != nil {
			return nil, err
		}
		return a, nil
	}
	s.InplaceRepeat = dequeInplaceRepeat
	addDequeMethods()
}

// deleteAt removes the i-th item.
func (d *Deque) deleteAt(i int) {
	d.state++
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.set(j, d.at(j-1))
		}
		d.popLeftItem()
		return
	}
	for j := i; j < d.n-1; j++ {
		d.set(j, d.at(j+1))
	}
	d.popRightItem()
}

// dequeCompare compares two deques like sequences.
func dequeCompare(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
	x, _ := asDeque(a)
	y, ok := asDeque(b)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.CompareSeqs(t, x.items(), y.items(), op)
}

// dequeConcat is deque + deque.
func dequeConcat(t *py.Thread, a, b py.Object) (py.Object, error) {
	x, _ := asDeque(a)
	y, ok := asDeque(b)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", py.TypeName(b))
	}
	r, err := copyDeque(t, a)
	if err != nil {
		return nil, err
	}
	rd, _ := asDeque(r)
	for _, v := range y.items() {
		rd.pushRight(v)
	}
	_ = x
	return r, nil
}

// dequeRepeat is deque * n.
func dequeRepeat(t *py.Thread, o py.Object, n int) (py.Object, error) {
	r, err := copyDeque(t, o)
	if err != nil {
		return nil, err
	}
	return dequeInplaceRepeat(t, r, n)
}

// dequeInplaceRepeat is deque *= n.
func dequeInplaceRepeat(t *py.Thread, o py.Object, n int) (py.Object, error) {
	d, _ := asDeque(o)
	if n <= 0 || d.n == 0 {
		d.clear()
		return o, nil
	}
	if n == 1 {
		return o, nil
	}
	items := d.items()
	total := n
	if d.maxlen >= 0 && d.maxlen/len(items) < n {
		total = d.maxlen/len(items) + 1
	}
	if err := t.CheckSize(8*len(items), total); err != nil {
		return nil, err
	}
	for k := 1; k < total; k++ {
		for _, v := range items {
			d.pushRight(v)
		}
	}
	return o, nil
}

// copyDeque is deque.copy(): a deque of the same type and maxlen.
func copyDeque(t *py.Thread, o py.Object) (py.Object, error) {
	d, _ := asDeque(o)
	if o.Type() == DequeType {
		c := newDeque(d.maxlen)
		c.setItems(d.items())
		return c, nil
	}
	var maxlen py.Object = py.None
	if d.maxlen >= 0 {
		maxlen = py.NewInt(int64(d.maxlen))
	}
	return py.Call(t, o.Type(), []py.Object{py.NewList(d.items()), maxlen}, nil)
}
