package py

// The methods of tuple and its iterator.

func init() {
	TupleType.AddMethod("count", tupleCount, "Return number of occurrences of value.")
	TupleType.AddMethod("index", tupleIndex, "Return first index of value.\n\nRaises ValueError if the value is not present.")
	TupleType.AddMethod("__getnewargs__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__getnewargs__", args, kw); err != nil {
			return nil, err
		}
		v, _ := AsTuple(self)
		return NewTuple(NewTupleCopy(v.items)), nil
	}, "")
	TupleType.AddClassMethod("__class_getitem__", classGetItemAlias, "See PEP 585")
	TupleIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		it := self.(*TupleIterator)
		if it.i >= len(it.items) {
			return NewInt(0), nil
		}
		return NewInt(int64(len(it.items) - it.i)), nil
	}, lengthHintDoc)
}

// tupleCount implements tuple.count(x).
func tupleCount(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("tuple.count", 1, args, kw); err != nil {
		return nil, err
	}
	v, _ := AsTuple(self)
	n := 0
	for _, x := range v.items {
		if x == args[0] {
			n++
			continue
		}
		eq, err := Equal(t, x, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return NewInt(int64(n)), nil
}

// tupleIndex implements tuple.index(x[, start[, stop]]).
func tupleIndex(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	v, _ := AsTuple(self)
	start, stop, err := seqIndexRange(t, args, kw, len(v.items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop; i++ {
		x := v.items[i]
		if x == args[0] {
			return NewInt(int64(i)), nil
		}
		eq, err := Equal(t, x, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return NewInt(int64(i)), nil
		}
	}
	return nil, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
}
