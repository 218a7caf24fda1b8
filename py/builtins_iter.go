package py

import "math/big"

// The iterator types of the builtins module: enumerate, zip, map,
// filter, reversed, and the callable_iterator of iter(f, sentinel).

// Enumerate is enumerate(iterable, start=0).
type Enumerate struct {
	it    Object
	n     int64
	big   *big.Int // the count once it no longer fits in n (or start was big)
	isBig bool
}

// Zip is zip(*iterables, strict=False).
type Zip struct {
	its    []Object
	strict bool
	done   bool
}

// Map is map(func, *iterables).
type Map struct {
	fn  Object
	its []Object
	buf []Object
}

// Filter is filter(function or None, iterable).
type Filter struct {
	fn Object // nil for None: keep the true items
	it Object
}

// Reversed is reversed(sequence) for sequences without __reversed__.
type Reversed struct {
	seq Object // nil once exhausted
	i   int
}

// CallableIterator is iter(callable, sentinel).
type CallableIterator struct {
	fn, sentinel Object // fn nil once exhausted
}

// The iterator types.
var (
	EnumerateType        = newBuiltinType("enumerate", ObjectType, FlagBaseType)
	ZipType              = newBuiltinType("zip", ObjectType, FlagBaseType)
	MapType              = newBuiltinType("map", ObjectType, FlagBaseType)
	FilterType           = newBuiltinType("filter", ObjectType, FlagBaseType)
	ReversedType         = newBuiltinType("reversed", ObjectType, FlagBaseType)
	CallableIteratorType = newBuiltinType("callable_iterator", ObjectType, 0)
)

// Type returns EnumerateType.
func (*Enumerate) Type() *Type { return EnumerateType }

// Type returns ZipType.
func (*Zip) Type() *Type { return ZipType }

// Type returns MapType.
func (*Map) Type() *Type { return MapType }

// Type returns FilterType.
func (*Filter) Type() *Type { return FilterType }

// Type returns ReversedType.
func (*Reversed) Type() *Type { return ReversedType }

// Type returns CallableIteratorType.
func (*CallableIterator) Type() *Type { return CallableIteratorType }

// nextKeep advances an iterator the built-in iterators consume. For an
// iterator defined in Python it calls __next__ itself, so that the
// StopIteration ending it is kept in t.stopExc for next() to re-raise.
func nextKeep(t *Thread, it Object) (Object, bool, error) {
	if _, ok := it.(*Instance); !ok {
		return Next(t, it)
	}
	v, found, err := callDunder(t, it, dnNext)
	if !found {
		return Next(t, it)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			t.stopExc = e
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// unwrapBase returns the built-in value of a subclass instance, or o.
func unwrapBase(o Object) Object {
	if i, ok := o.(*Instance); ok && i.base != nil {
		return i.base
	}
	return o
}

// wrapNew returns v for the built-in type itself, or an instance of the
// subclass typ wrapping v.
func wrapNew(t *Thread, typ, builtin *Type, v Object) (Object, error) {
	if typ == builtin {
		return v, nil
	}
	return newInstanceWithBase(t, typ, v)
}

func enumerateNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if len(args) > 2 {
		return nil, Errorf(TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	var iterable, start Object
	npos := len(args) - nkw
	if npos > 0 {
		iterable = args[0]
	}
	if npos > 1 {
		start = args[1]
	}
	for i := 0; i < nkw; i++ {
		name := kw.items[i].(*Str).s
		v := args[npos+i]
		switch {
		case name == "iterable" && iterable == nil:
			iterable = v
		case name == "start" && start == nil:
			start = v
		case name == "iterable" || name == "start":
			return nil, Errorf(TypeErrorType, "argument for enumerate() given by name ('%s') and position (%d)", name, map[string]int{"iterable": 1, "start": 2}[name])
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for enumerate()", name)
		}
	}
	if iterable == nil {
		return nil, Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	e := &Enumerate{}
	if start != nil {
		if !isInt(start) {
			if start.Type().Slots.Index == nil {
				return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(start))
			}
		}
		v, err := Index(t, start)
		if err != nil {
			return nil, err
		}
		s, b, _ := IntValue(v)
		if b != nil {
			e.big, e.isBig = new(big.Int).Set(b), true
		} else {
			e.n = s
		}
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	e.it = it
	return wrapNew(t, typ, EnumerateType, e)
}

func enumerateNext(t *Thread, o Object) (Object, bool, error) {
	idx, v, ok, err := unwrapBase(o).(*Enumerate).step(t)
	if err != nil || !ok {
		return nil, false, err
	}
	return newTuple2(idx, v), true, nil
}

// step returns the next index and item (the loop unpacks them without a
// tuple).
func (e *Enumerate) step(t *Thread) (index, item Object, ok bool, err error) {
	v, ok, err := nextKeep(t, e.it)
	if err != nil || !ok {
		return nil, nil, false, err
	}
	var idx Object
	if e.isBig {
		idx = NewIntFromBig(e.big)
		e.big.Add(e.big, big.NewInt(1))
	} else {
		idx = NewInt(e.n)
		if e.n == 1<<63-1 {
			e.big, e.isBig = new(big.Int).Add(big.NewInt(e.n), big.NewInt(1)), true
		} else {
			e.n++
		}
	}
	return idx, v, true, nil
}

func zipNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	z := &Zip{}
	for i := 0; i < nkw; i++ {
		name := kw.items[i].(*Str).s
		if name != "strict" {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for zip()", name)
		}
		b, err := Truth(t, args[len(args)-nkw+i])
		if err != nil {
			return nil, err
		}
		z.strict = b
	}
	npos := len(args) - nkw
	z.its = make([]Object, npos)
	for i := 0; i < npos; i++ {
		it, err := Iter(t, args[i])
		if err != nil {
			return nil, err
		}
		z.its[i] = it
	}
	return wrapNew(t, typ, ZipType, z)
}

func zipNext(t *Thread, o Object) (Object, bool, error) {
	z := unwrapBase(o).(*Zip)
	if z.done || len(z.its) == 0 {
		return nil, false, nil
	}
	tup := newTupleOf(len(z.its))
	items := tup.items
	for i, it := range z.its {
		v, ok, err := nextKeep(t, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				return nil, false, zipStrictError(t, z, i)
			}
			return nil, false, nil
		}
		items[i] = v
	}
	return tup, true, nil
}

// zipStrictError checks, once iterator i of a strict zip is exhausted,
// that the others are too.
func zipStrictError(t *Thread, z *Zip, i int) error {
	plural := func(i int) string {
		if i == 1 {
			return "argument 1"
		}
		return sprintf("arguments 1-%d", i)
	}
	if i > 0 {
		return Errorf(ValueErrorType, "zip() argument %d is shorter than %s", i+1, plural(i))
	}
	for j := 1; j < len(z.its); j++ {
		_, ok, err := Next(t, z.its[j])
		if err != nil {
			return err
		}
		if ok {
			return Errorf(ValueErrorType, "zip() argument %d is longer than %s", j+1, plural(j))
		}
	}
	return nil
}

func mapNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if typ == MapType {
		if err := NoKwargs("map", kw); err != nil {
			return nil, err
		}
	}
	if len(args) < 2 {
		return nil, Errorf(TypeErrorType, "map() must have at least two arguments.")
	}
	m := &Map{fn: args[0], its: make([]Object, len(args)-1)}
	for i, a := range args[1:] {
		it, err := Iter(t, a)
		if err != nil {
			return nil, err
		}
		m.its[i] = it
	}
	m.buf = make([]Object, len(m.its))
	return wrapNew(t, typ, MapType, m)
}

func mapNext(t *Thread, o Object) (Object, bool, error) {
	m := unwrapBase(o).(*Map)
	if len(m.its) == 1 {
		v, ok, err := nextKeep(t, m.its[0])
		if err != nil || !ok {
			return nil, false, err
		}
		var one [1]Object
		one[0] = v
		r, err := Call(t, m.fn, one[:], nil)
		return r, err == nil, err
	}
	args := make([]Object, len(m.its))
	for i, it := range m.its {
		v, ok, err := nextKeep(t, it)
		if err != nil || !ok {
			return nil, false, err
		}
		args[i] = v
	}
	r, err := Call(t, m.fn, args, nil)
	return r, err == nil, err
}

func filterNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if typ == FilterType {
		if err := NoKwargs("filter", kw); err != nil {
			return nil, err
		}
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := Iter(t, args[1])
	if err != nil {
		return nil, err
	}
	f := &Filter{fn: args[0], it: it}
	if f.fn == None || f.fn == BoolType {
		f.fn = nil
	}
	return wrapNew(t, typ, FilterType, f)
}

func filterNext(t *Thread, o Object) (Object, bool, error) {
	f := unwrapBase(o).(*Filter)
	for {
		v, ok, err := nextKeep(t, f.it)
		if err != nil || !ok {
			return nil, false, err
		}
		test := v
		if f.fn != nil {
			var one [1]Object
			one[0] = v
			if test, err = Call(t, f.fn, one[:], nil); err != nil {
				return nil, false, err
			}
		}
		keep, err := Truth(t, test)
		if err != nil {
			return nil, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

// strReversed is the name of the __reversed__ method.
var strReversed = NewStr("__reversed__")

func reversedNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
	if typ == ReversedType {
		if err := NoKwargs("reversed", kw); err != nil {
			return nil, err
		}
	}
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	if typ == ReversedType {
		switch v := seq.(type) {
		case *List:
			return &ListReverseIterator{list: v, i: len(v.items) - 1}, nil
		case *Range:
			return rangeIter(v, true), nil
		}
	}
	st := seq.Type()
	if m := st.Lookup(strReversed); m != nil {
		if m == None {
			return nil, Errorf(TypeErrorType, "'%s' object is not reversible", st.Name)
		}
		r, _, err := callDunder(t, seq, strReversed)
		return r, err
	}
	if st.Slots.GetItem == nil || st.Slots.Len == nil || st.Flags&FlagMapping != 0 {
		return nil, Errorf(TypeErrorType, "'%s' object is not reversible", st.Name)
	}
	n, err := Len(t, seq)
	if err != nil {
		return nil, err
	}
	return wrapNew(t, typ, ReversedType, &Reversed{seq: seq, i: n - 1})
}

func reversedNext(t *Thread, o Object) (Object, bool, error) {
	r := unwrapBase(o).(*Reversed)
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, false, nil
	}
	v, err := GetItem(t, r.seq, NewInt(int64(r.i)))
	if err != nil {
		if IsExceptionOf(err, IndexErrorType) || IsExceptionOf(err, StopIterationType) {
			r.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	r.i--
	return v, true, nil
}

func callableIterNext(t *Thread, o Object) (Object, bool, error) {
	c := o.(*CallableIterator)
	if c.fn == nil {
		return nil, false, nil
	}
	v, err := Call(t, c.fn, nil, nil)
	if err != nil {
		if IsExceptionOf(err, StopIterationType) {
			c.fn = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	eq, err := Equal(t, v, c.sentinel)
	if err != nil {
		return nil, false, err
	}
	if eq {
		c.fn = nil
		return nil, false, nil
	}
	return v, true, nil
}

func init() {
	EnumerateType.Doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."
	ZipType.Doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."
	MapType.Doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."
	FilterType.Doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."
	ReversedType.Doc = "Return a reverse iterator over the values of the given sequence."

	for _, x := range []struct {
		typ  *Type
		new  func(*Thread, *Type, []Object, *Tuple) (Object, error)
		next func(*Thread, Object) (Object, bool, error)
	}{
		{EnumerateType, enumerateNew, enumerateNext},
		{ZipType, zipNew, zipNext},
		{MapType, mapNew, mapNext},
		{FilterType, filterNew, filterNext},
		{ReversedType, reversedNew, reversedNext},
	} {
		x.typ.Slots.New = x.new
		x.typ.Slots.Iter = selfIter
		x.typ.Slots.Next = x.next
	}
	EnumerateType.AddClassMethod("__class_getitem__", classGetItemAlias, "See PEP 585")
	ReversedType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		r := unwrapBase(self).(*Reversed)
		if r.seq == nil {
			return NewInt(0), nil
		}
		n, err := Len(t, r.seq)
		if err != nil {
			return nil, err
		}
		if r.i+1 > n {
			return NewInt(0), nil
		}
		return NewInt(int64(r.i + 1)), nil
	}, lengthHintDoc)
	CallableIteratorType.Slots.Iter = selfIter
	CallableIteratorType.Slots.Next = callableIterNext
}
