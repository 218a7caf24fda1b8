package py

// The methods of list (list.sort is in list_sort.go).

func init() {
	ListType.AddMethod("append", listAppend, "Append object to the end of the list.")
	ListType.AddMethod("clear", listClear, "Remove all items from list.")
	ListType.AddMethod("copy", listCopy, "Return a shallow copy of the list.")
	ListType.AddMethod("count", listCount, "Return number of occurrences of value.")
	ListType.AddMethod("extend", listExtend, "Extend list by appending elements from the iterable.")
	ListType.AddMethod("index", listIndexMethod, "Return first index of value.\n\nRaises ValueError if the value is not present.")
	ListType.AddMethod("insert", listInsert, "Insert object before index.")
	ListType.AddMethod("pop", listPop, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.")
	ListType.AddMethod("remove", listRemove, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.")
	ListType.AddMethod("reverse", listReverse, "Reverse *IN PLACE*.")
	ListType.AddMethod("__reversed__", listReversed, "Return a reverse iterator over the list.")
	ListType.AddClassMethod("__class_getitem__", classGetItemAlias, "See PEP 585")
	ListType.AddMethod("__sizeof__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__sizeof__", args, kw); err != nil {
			return nil, err
		}
		l, _ := AsList(self)
		return NewInt(int64(40 + 8*cap(l.items))), nil
	}, "Return the size of the list in memory, in bytes.")

	ListIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		it := self.(*ListIterator)
		if it.list == nil || it.i >= len(it.list.items) {
			return NewInt(0), nil
		}
		return NewInt(int64(len(it.list.items) - it.i)), nil
	}, lengthHintDoc)
	ListReverseIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		it := self.(*ListReverseIterator)
		if it.list == nil || it.i < 0 || it.i >= len(it.list.items) {
			return NewInt(0), nil
		}
		return NewInt(int64(it.i + 1)), nil
	}, lengthHintDoc)
}

// lengthHintDoc is the docstring of every iterator's __length_hint__.
const lengthHintDoc = "Private method returning an estimate of len(list(it))."

// classGetItemAlias is the __class_getitem__ of the built-in generic
// types: list[int] is a types.GenericAlias.
func classGetItemAlias(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("__class_getitem__", 1, args, kw); err != nil {
		return nil, err
	}
	return NewGenericAlias(self, args[0]), nil
}

// listAppend implements list.append(x).
func listAppend(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("list.append", 1, args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	l.push(args[0])
	return None, nil
}

// listClear implements list.clear().
func listClear(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("list.clear", args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	if l.items != nil {
		l.replaceItems([]Object{})
	}
	return None, nil
}

// listCopy implements list.copy().
func listCopy(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("list.copy", args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	return NewListCopy(l.items), nil
}

// listCount implements list.count(x).
func listCount(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("list.count", 1, args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	x := args[0]
	n := 0
	for i := 0; i < len(l.items); i++ {
		v := l.items[i]
		if v == x {
			n++
			continue
		}
		eq, err := Equal(t, v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return NewInt(int64(n)), nil
}

// listExtend implements list.extend(iterable).
func listExtend(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("list.extend", 1, args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	if err := l.Extend(t, args[0]); err != nil {
		return nil, err
	}
	return None, nil
}

// clampedIndex converts an optional start or stop argument of index()
// to a position in a sequence of length n, as slice bounds are clamped.
func clampedIndex(t *Thread, o Object, n int) (int, error) {
	if _, ok := o.(Int); !ok && o.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	v, err := sliceIndex(t, o)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		v += int64(n)
		if v < 0 {
			v = 0
		}
	} else if v > int64(n) {
		v = int64(n)
	}
	return int(v), nil
}

// seqIndexRange parses the (value, start, stop) arguments of the index
// methods of list and tuple.
func seqIndexRange(t *Thread, args []Object, kw *Tuple, n int) (start, stop int, err error) {
	if err := CheckArgs("index", args, kw, 1, 3); err != nil {
		return 0, 0, err
	}
	start, stop = 0, n
	if len(args) > 1 {
		if start, err = clampedIndex(t, args[1], n); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 2 {
		if stop, err = clampedIndex(t, args[2], n); err != nil {
			return 0, 0, err
		}
	}
	return start, stop, nil
}

// listIndexMethod implements list.index(x[, start[, stop]]).
func listIndexMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	l, _ := AsList(self)
	start, stop, err := seqIndexRange(t, args, kw, len(l.items))
	if err != nil {
		return nil, err
	}
	x := args[0]
	for i := start; i < stop && i < len(l.items); i++ {
		v := l.items[i]
		if v == x {
			return NewInt(int64(i)), nil
		}
		eq, err := Equal(t, v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return NewInt(int64(i)), nil
		}
	}
	r, err := Repr(t, x)
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueErrorType, "%s is not in list", r.s)
}

// listInsert implements list.insert(i, x).
func listInsert(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("insert", args, kw, 2, 2); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	i, err := indexArgClamped(t, args[0])
	if err != nil {
		return nil, err
	}
	n := int64(len(l.items))
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	} else if i > n {
		i = n
	}
	l.push(nil)
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = args[1]
	return None, nil
}

// indexArgClamped converts an index argument with __index__; beyond
// int64 it raises OverflowError as CPython's Py_ssize_t conversion does.
func indexArgClamped(t *Thread, o Object) (int64, error) {
	if i, ok := o.(Int); ok {
		return int64(i), nil
	}
	v, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	s, b, _ := IntValue(v)
	if b != nil {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return s, nil
}

// listPop implements list.pop([i]).
func listPop(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("pop", args, kw, 0, 1); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	i := int64(-1)
	if len(args) == 1 {
		if v, ok := args[0].(Int); ok {
			i = int64(v)
		} else {
			v, err := Index(t, args[0])
			if err != nil {
				return nil, err
			}
			s, b, _ := IntValue(v)
			if b != nil {
				return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			i = s
		}
	}
	n := int64(len(l.items))
	if n == 0 {
		return nil, Errorf(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.items[i]
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = nil
	l.items = l.items[:n-1]
	return v, nil
}

// listRemove implements list.remove(x).
func listRemove(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("list.remove", 1, args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	x := args[0]
	for i := 0; i < len(l.items); i++ {
		v := l.items[i]
		eq := v == x
		if !eq {
			var err error
			if eq, err = Equal(t, v, x); err != nil {
				return nil, err
			}
		}
		if eq {
			if i < len(l.items) {
				copy(l.items[i:], l.items[i+1:])
				l.items[len(l.items)-1] = nil
				l.items = l.items[:len(l.items)-1]
			}
			return None, nil
		}
	}
	return nil, Errorf(ValueErrorType, "list.remove(x): x not in list")
}

// listReverse implements list.reverse().
func listReverse(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("list.reverse", args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	reverseObjects(l.items)
	return None, nil
}

// reverseObjects reverses a slice in place.
func reverseObjects(a []Object) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// listReversed implements list.__reversed__().
func listReversed(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("__reversed__", args, kw); err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	return &ListReverseIterator{list: l, i: len(l.items) - 1}, nil
}
