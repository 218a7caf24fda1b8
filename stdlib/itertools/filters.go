package itertools

import (
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Chain is chain(*iterables) and chain.from_iterable(iterable).
type Chain struct {
	source py.Object // iterator over the iterables
	active py.Object // iterator over the current one
}

// Compress is compress(data, selectors).
type Compress struct{ data, selectors py.Object }

// predicated is dropwhile, takewhile and filterfalse: an iterator and a
// predicate.
type predicated struct {
	typ  *py.Type
	pred py.Object
	it   py.Object
	done bool // dropwhile: stopped dropping; takewhile: stopped taking
}

// StarMap is starmap(function, iterable).
type StarMap struct{ fn, it py.Object }

// ISlice is islice(iterable, [start,] stop[, step]).
type ISlice struct {
	it               py.Object
	next, stop, step int // stop < 0: none
	cnt              int
}

// Accumulate is accumulate(iterable, func=None, *, initial=None).
type Accumulate struct {
	it, fn, total py.Object
	initial       py.Object
}

// Pairwise is pairwise(iterable).
type Pairwise struct{ it, old py.Object }

// ZipLongest is zip_longest(*iterables, fillvalue=None).
type ZipLongest struct {
	its    []py.Object
	active int
	fill   py.Object
}

// The types of the filtering and mapping iterators.
var (
	ChainType       = newType("chain", "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.")
	CompressType    = newType("compress", "Return data elements corresponding to true selector elements.")
	DropWhileType   = newType("dropwhile", "Drop items from the iterable while predicate(item) is true.")
	TakeWhileType   = newType("takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.")
	FilterFalseType = newType("filterfalse", "Return those items of iterable for which function(item) is false.")
	StarMapType     = newType("starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.")
	ISliceType      = newType("islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object")
	AccumulateType  = newType("accumulate", "Return series of accumulated sums (or other binary function results).")
	PairwiseType    = newType("pairwise", "Return an iterator of overlapping pairs taken from the input iterator.")
	ZipLongestType  = newType("zip_longest", "Return a zip_longest object whose .__next__() method returns a tuple.")
)

// Type returns ChainType.
func (*Chain) Type() *py.Type { return ChainType }

// Type returns CompressType.
func (*Compress) Type() *py.Type { return CompressType }

// Type returns the iterator's type.
func (p *predicated) Type() *py.Type { return p.typ }

// Type returns StarMapType.
func (*StarMap) Type() *py.Type { return StarMapType }

// Type returns ISliceType.
func (*ISlice) Type() *py.Type { return ISliceType }

// Type returns AccumulateType.
func (*Accumulate) Type() *py.Type { return AccumulateType }

// Type returns PairwiseType.
func (*Pairwise) Type() *py.Type { return PairwiseType }

// Type returns ZipLongestType.
func (*ZipLongest) Type() *py.Type { return ZipLongestType }

func newChain(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("chain", kw); err != nil {
		return nil, err
	}
	src, err := py.Iter(t, py.NewTupleCopy(args))
	if err != nil {
		return nil, err
	}
	return &Chain{source: src}, nil
}

func chainNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	c := o.(*Chain)
	for {
		if c.active == nil {
			if c.source == nil {
				return nil, false, nil
			}
			iterable, ok, err := py.Next(t, c.source)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				c.source = nil
				return nil, false, nil
			}
			if c.active, err = py.Iter(t, iterable); err != nil {
				return nil, false, err
			}
		}
		v, ok, err := py.Next(t, c.active)
		if err != nil {
			return nil, false, err
		}
		if ok {
			return v, true, nil
		}
		c.active = nil
	}
}

func newCompress(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data, selectors py.Object
	if err := py.UnpackArgs("compress", args, kw, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	its, err := iterAll(t, []py.Object{data, selectors})
	if err != nil {
		return nil, err
	}
	return &Compress{data: its[0], selectors: its[1]}, nil
}

func compressNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	c := o.(*Compress)
	for {
		v, ok, err := py.Next(t, c.data)
		if err != nil || !ok {
			return nil, false, err
		}
		s, ok, err := py.Next(t, c.selectors)
		if err != nil || !ok {
			return nil, false, err
		}
		keep, err := py.Truth(t, s)
		if err != nil {
			return nil, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

// newPredicated makes dropwhile, takewhile and filterfalse.
func newPredicated(name string, typ *py.Type) func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := positional(name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		it, err := py.Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		return &predicated{typ: typ, pred: args[0], it: it}, nil
	}
}

// test applies the predicate (truth of the item itself for None).
func (p *predicated) test(t *py.Thread, v py.Object) (bool, error) {
	if p.pred == py.None {
		return py.Truth(t, v)
	}
	r, err := py.Call(t, p.pred, []py.Object{v}, nil)
	if err != nil {
		return false, err
	}
	return py.Truth(t, r)
}

func dropwhileNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	p := o.(*predicated)
	for {
		v, ok, err := py.Next(t, p.it)
		if err != nil || !ok {
			return nil, false, err
		}
		if p.done {
			return v, true, nil
		}
		drop, err := p.test(t, v)
		if err != nil {
			return nil, false, err
		}
		if !drop {
			p.done = true
			return v, true, nil
		}
	}
}

func takewhileNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	p := o.(*predicated)
	if p.done {
		return nil, false, nil
	}
	v, ok, err := py.Next(t, p.it)
	if err != nil || !ok {
		return nil, false, err
	}
	take, err := p.test(t, v)
	if err != nil {
		return nil, false, err
	}
	if take {
		return v, true, nil
	}
	p.done = true
	return nil, false, nil
}

func filterfalseNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	p := o.(*predicated)
	for {
		v, ok, err := py.Next(t, p.it)
		if err != nil || !ok {
			return nil, false, err
		}
		keep, err := p.test(t, v)
		if err != nil {
			return nil, false, err
		}
		if !keep {
			return v, true, nil
		}
	}
}

func newStarMap(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := positional("starmap", args, kw, 2, 2); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, args[1])
	if err != nil {
		return nil, err
	}
	return &StarMap{fn: args[0], it: it}, nil
}

func starmapNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	s := o.(*StarMap)
	v, ok, err := py.Next(t, s.it)
	if err != nil || !ok {
		return nil, false, err
	}
	var fargs []py.Object
	if tup, isTuple := py.AsTuple(v); isTuple {
		fargs = tup.Items()
	} else if fargs, err = py.ListFromIterable(t, v); err != nil {
		return nil, false, err
	}
	r, err := py.Call(t, s.fn, fargs, nil)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// sliceArg converts an argument of islice: None or a non-negative int.
func sliceArg(t *py.Thread, o py.Object, def int, msg string) (int, error) {
	if o == py.None {
		return def, nil
	}
	if o.Type().Slots.Index == nil {
		return 0, py.Errorf(py.ValueErrorType, "%s", msg)
	}
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	n, ok := v.(py.Int)
	if !ok {
		if _, b, _ := py.IntValue(v); b != nil && b.Sign() > 0 {
			return 1<<63 - 1, nil
		}
		return 0, py.Errorf(py.ValueErrorType, "%s", msg)
	}
	if n < 0 {
		return 0, py.Errorf(py.ValueErrorType, "%s", msg)
	}
	return int(n), nil
}

func newISlice(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := positional("islice", args, kw, 2, 4); err != nil {
		return nil, err
	}
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	s := &ISlice{stop: -1, step: 1}
	var err error
	if len(args) == 2 {
		if s.stop, err = sliceArg(t, args[1], -1, stopMsg); err != nil {
			return nil, err
		}
	} else {
		if s.next, err = sliceArg(t, args[1], 0, idxMsg); err != nil {
			return nil, err
		}
		if s.stop, err = sliceArg(t, args[2], -1, stopMsg); err != nil {
			return nil, err
		}
		if len(args) == 4 {
			step, err := sliceArg(t, args[3], 1, "Step for islice() must be a positive integer or None.")
			if err != nil {
				return nil, err
			}
			if step == 0 {
				return nil, py.Errorf(py.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
			s.step = step
		}
	}
	if s.it, err = py.Iter(t, args[0]); err != nil {
		return nil, err
	}
	return s, nil
}

func isliceNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	s := o.(*ISlice)
	if s.it == nil {
		return nil, false, nil
	}
	for s.cnt < s.next {
		if s.stop >= 0 && s.cnt >= s.stop {
			s.it = nil
			return nil, false, nil
		}
		_, ok, err := py.Next(t, s.it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			s.it = nil
			return nil, false, nil
		}
		s.cnt++
	}
	if s.stop >= 0 && s.cnt >= s.stop {
		s.it = nil
		return nil, false, nil
	}
	v, ok, err := py.Next(t, s.it)
	if err != nil {
		return nil, false, err
	}
	if !ok {
		s.it = nil
		return nil, false, nil
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop >= 0 && s.next > s.stop) {
		s.next = s.stop
		if s.stop < 0 {
			s.next = 1<<63 - 1
		}
	}
	return v, true, nil
}

func newAccumulate(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var iterable py.Object
	var fn, initial py.Object = py.None, py.None
	if err := py.UnpackArgs("accumulate", args, kw, "iterable", &iterable, "func?", &fn, "*", "initial", &initial); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	a := &Accumulate{it: it, fn: fn}
	if initial != py.None {
		a.initial = initial
	}
	return a, nil
}

func accumulateNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	a := o.(*Accumulate)
	if a.initial != nil {
		a.total, a.initial = a.initial, nil
		return a.total, true, nil
	}
	v, ok, err := py.Next(t, a.it)
	if err != nil || !ok {
		return nil, false, err
	}
	if a.total == nil {
		a.total = v
		return v, true, nil
	}
	var r py.Object
	if a.fn == py.None {
		r, err = py.Add(t, a.total, v)
	} else {
		r, err = py.Call(t, a.fn, []py.Object{a.total, v}, nil)
	}
	if err != nil {
		return nil, false, err
	}
	a.total = r
	return r, true, nil
}

func newPairwise(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := positional("pairwise", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	return &Pairwise{it: it}, nil
}

func pairwiseNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	p := o.(*Pairwise)
	if p.it == nil {
		return nil, false, nil
	}
	if p.old == nil {
		v, ok, err := py.Next(t, p.it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			p.it = nil
			return nil, false, nil
		}
		p.old = v
	}
	v, ok, err := py.Next(t, p.it)
	if err != nil {
		return nil, false, err
	}
	if !ok {
		p.it, p.old = nil, nil
		return nil, false, nil
	}
	pair := py.NewTuple(p.old, v)
	p.old = v
	return pair, true, nil
}

func newZipLongest(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	var fill py.Object = py.None
	for i := 0; i < nkw; i++ {
		if name, _ := py.AsStr(kw.At(i)); name.String() != "fillvalue" {
			return nil, py.Errorf(py.TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		fill = args[len(args)-nkw+i]
	}
	its, err := iterAll(t, args[:len(args)-nkw])
	if err != nil {
		return nil, err
	}
	return &ZipLongest{its: its, active: len(its), fill: fill}, nil
}

func zipLongestNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	z := o.(*ZipLongest)
	if len(z.its) == 0 || z.active == 0 {
		return nil, false, nil
	}
	items := make([]py.Object, len(z.its))
	for i, it := range z.its {
		if it == nil {
			items[i] = z.fill
			continue
		}
		v, ok, err := py.Next(t, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.its[i] = nil
			z.active--
			if z.active == 0 {
				return nil, false, nil
			}
			v = z.fill
		}
		items[i] = v
	}
	return py.NewTupleFromSlice(items), true, nil
}

func init() {
	finish(ChainType, newChain, chainNext)
	ChainType.AddClassMethod("from_iterable", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("from_iterable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		src, err := py.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		c := &Chain{source: src}
		if typ, ok := self.(*py.Type); ok && typ != ChainType {
			return py.NewInstanceWithBase(typ, c), nil
		}
		return c, nil
	}, "Alternative chain() constructor taking a single iterable argument that evaluates lazily.")
	finish(CompressType, newCompress, compressNext)
	finish(DropWhileType, newPredicated("dropwhile", DropWhileType), dropwhileNext)
	finish(TakeWhileType, newPredicated("takewhile", TakeWhileType), takewhileNext)
	finish(FilterFalseType, newPredicated("filterfalse", FilterFalseType), filterfalseNext)
	finish(StarMapType, newStarMap, starmapNext)
	finish(ISliceType, newISlice, isliceNext)
	finish(AccumulateType, newAccumulate, accumulateNext)
	finish(PairwiseType, newPairwise, pairwiseNext)
	finish(ZipLongestType, newZipLongest, zipLongestNext)
}
