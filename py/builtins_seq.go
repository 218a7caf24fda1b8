package py

import "math/big"

// The built-in functions over iterables: len, iter, next, sorted, min,
// max, sum, any, all.

// builtinLen implements len(obj).
func builtinLen(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if len(args) != 1 || (kw != nil && kw.Len() > 0) {
		if err := exactArgs("len", 1, args, kw); err != nil {
			return nil, err
		}
	}
	switch v := args[0].(type) {
	case *List:
		return NewInt(int64(len(v.items))), nil
	case *Tuple:
		return NewInt(int64(len(v.items))), nil
	case *Str:
		return NewInt(int64(v.Len())), nil
	case *Dict:
		return NewInt(int64(v.used)), nil
	}
	n, err := Len(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewInt(int64(n)), nil
}

// builtinIter implements iter(object[, sentinel]).
func builtinIter(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("iter", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return Iter(t, args[0])
	}
	if !callableObject(args[0]) {
		return nil, Errorf(TypeErrorType, "iter(v, w): v must be callable")
	}
	return &CallableIterator{fn: args[0], sentinel: args[1]}, nil
}

// builtinNext implements next(iterator[, default]).
func builtinNext(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("next", args, kw, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	f := it.Type().Slots.Next
	if f == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(it))
	}
	// The StopIteration a generator's return or a class's __next__ raises
	// carries a value that the iteration protocol drops: call them
	// directly to keep it.
	var v Object
	var ok bool
	var err error
	switch g := it.(type) {
	case *Generator:
		if g.kind != genGenerator {
			v, ok, err = f(t, it)
			break
		}
		var r Object
		r, ok, err = g.resume(t, None, nil)
		if err == nil && !ok && len(args) == 1 {
			return nil, stopIteration(r)
		}
		v = r
	case *Instance:
		v, _, err = callDunder(t, it, dnNext)
		ok = err == nil
		if err != nil && IsExceptionOf(err, StopIterationType) && len(args) == 2 {
			err = nil
		}
	default:
		t.stopExc = nil
		v, ok, err = f(t, it)
	}
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		if e := t.stopExc; e != nil {
			t.stopExc = nil
			return nil, e
		}
		return nil, NewError(StopIterationType)
	}
	return v, nil
}

// builtinSorted implements sorted(iterable, /, *, key=None, reverse=False).
func builtinSorted(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if npos := len(args) - nkw; npos != 1 {
		return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	items, err := ListFromIterable(t, args[0])
	if err != nil {
		return nil, err
	}
	l := NewList(items)
	key, reverse, err := sortArgs(args[1:], kw)
	if err != nil {
		return nil, err
	}
	if err := l.Sort(t, key, reverse); err != nil {
		return nil, err
	}
	return l, nil
}

// builtinMin implements min().
func builtinMin(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	return minMax(t, "min", CmpLT, args, kw)
}

// builtinMax implements max().
func builtinMax(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	return minMax(t, "max", CmpGT, args, kw)
}

// minMax implements min and max: one iterable or several arguments, with
// key= and (for an iterable) default=.
func minMax(t *Thread, name string, op CompareOp, args []Object, kw *Tuple) (Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	npos := len(args) - nkw
	var key, dflt Object
	for i := 0; i < nkw; i++ {
		switch n := kw.items[i].(*Str).s; n {
		case "key":
			key = args[npos+i]
		case "default":
			dflt = args[npos+i]
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", n, name)
		}
	}
	if npos == 0 {
		return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	if key == None {
		key = nil
	}
	if npos > 1 && dflt != nil {
		return nil, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var it Object
	if npos == 1 {
		var err error
		if it, err = Iter(t, args[0]); err != nil {
			return nil, err
		}
	} else {
		it = &TupleIterator{items: args[:npos]}
	}
	var best, bestKey Object
	for {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		k := v
		if key != nil {
			if k, err = Call(t, key, []Object{v}, nil); err != nil {
				return nil, err
			}
		}
		if best == nil {
			best, bestKey = v, k
			continue
		}
		better, err := minMaxBetter(t, k, bestKey, op)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = v, k
		}
	}
	if best == nil {
		if dflt != nil {
			return dflt, nil
		}
		return nil, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// minMaxBetter reports whether k beats the best key so far (k < best for
// min, k > best for max), with fast paths for ints, floats and strs.
func minMaxBetter(t *Thread, k, best Object, op CompareOp) (bool, error) {
	switch x := k.(type) {
	case Int:
		if y, ok := best.(Int); ok {
			if op == CmpLT {
				return x < y, nil
			}
			return x > y, nil
		}
	case Float:
		if y, ok := best.(Float); ok {
			if op == CmpLT {
				return x < y, nil
			}
			return x > y, nil
		}
	case *Str:
		if y, ok := best.(*Str); ok {
			if op == CmpLT {
				return x.s < y.s, nil
			}
			return x.s > y.s, nil
		}
	}
	return CompareBool(t, k, best, op)
}

// builtinSum implements sum(iterable, /, start=0). Float totals are
// plain left-to-right additions, as in CPython 3.11.
func builtinSum(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var iterable Object
	var start Object = NewInt(0)
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if len(args)-nkw == 0 {
		return nil, Errorf(TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	if err := UnpackArgs("sum", args, kw, "iterable", &iterable, "/", "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case *Str:
		return nil, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case *Bytes:
		return nil, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	if start.Type().Name == "bytearray" {
		return nil, Errorf(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	if r, ok := iterable.(*Range); ok && r.small {
		if s0, ok := start.(Int); ok {
			return rangeSum(r, int64(s0)), nil
		}
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	acc := start
	for {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return acc, nil
		}
		if a, ok := acc.(Int); ok {
			if b, ok := v.(Int); ok {
				if s := a + b; (s > a) == (b > 0) {
					acc = NewInt(int64(s))
					continue
				}
			}
		}
		if a, ok := acc.(Float); ok {
			switch b := v.(type) {
			case Float:
				acc = a + b
				continue
			case Int:
				acc = a + Float(b)
				continue
			}
		}
		if acc, err = BinaryOperation(t, NB_ADD, acc, v); err != nil {
			return nil, err
		}
	}
}

// builtinAny implements any(iterable).
func builtinAny(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	return anyAll(t, "any", true, args, kw)
}

// builtinAll implements all(iterable).
func builtinAll(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	return anyAll(t, "all", false, args, kw)
}

// anyAll returns stopAt as soon as an item's truth is stopAt.
func anyAll(t *Thread, name string, stopAt bool, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs(name, 1, args, kw); err != nil {
		return nil, err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	for {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return Bool(!stopAt), nil
		}
		b, err := Truth(t, v)
		if err != nil {
			return nil, err
		}
		if b == stopAt {
			return Bool(stopAt), nil
		}
	}
}

// rangeSum returns start + sum(r) for a range of int64 elements, by the
// formula for arithmetic progressions.
func rangeSum(r *Range, start int64) Object {
	n := big.NewInt(r.n)
	// n*lo + st*n*(n-1)/2
	total := new(big.Int).Mul(n, big.NewInt(r.lo))
	tri := new(big.Int).Sub(n, big.NewInt(1))
	tri.Mul(tri, n)
	tri.Rsh(tri, 1)
	tri.Mul(tri, big.NewInt(r.st))
	total.Add(total, tri)
	total.Add(total, big.NewInt(start))
	return newIntOwnBig(total)
}
