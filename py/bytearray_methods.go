package py

// This file holds the methods only bytearray has: append, clear, copy,
// extend, insert, pop, remove, reverse and __alloc__.

func init() {
	t := ByteArrayType
	t.AddMethod("append", byteArrayAppend, "Append a single item to the end of the bytearray.")
	t.AddMethod("clear", byteArrayClear, "Remove all items from the bytearray.")
	t.AddMethod("copy", byteArrayCopy, "Return a copy of B.")
	t.AddMethod("extend", byteArrayExtend, "Append all the items from the iterator or sequence to the end of the bytearray.")
	t.AddMethod("insert", byteArrayInsert, "Insert a single item into the bytearray before the given index.")
	t.AddMethod("pop", byteArrayPop, "Remove and return a single item from B.\n\nIf no index argument is given, will pop the last item.")
	t.AddMethod("remove", byteArrayRemove, "Remove the first occurrence of a value in the bytearray.")
	t.AddMethod("reverse", byteArrayReverse, "Reverse the order of the values in B in place.")
	t.AddMethod("__alloc__", byteArrayAlloc, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.")
}

func byteArraySelf(self Object) *ByteArray {
	a, _ := AsByteArray(self)
	return a
}

func byteArrayAppend(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("bytearray.append", 1, args, kwnames); err != nil {
		return nil, err
	}
	a := byteArraySelf(self)
	c, err := byteValue(t, args[0])
	if err != nil {
		return nil, err
	}
	a.b = append(a.b, c)
	return None, nil
}

func byteArrayClear(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := noArgs("bytearray.clear", args, kwnames); err != nil {
		return nil, err
	}
	a := byteArraySelf(self)
	a.b = nil
	return None, nil
}

func byteArrayCopy(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := noArgs("bytearray.copy", args, kwnames); err != nil {
		return nil, err
	}
	return NewByteArray(append([]byte{}, byteArraySelf(self).b...)), nil
}

func byteArrayExtend(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("bytearray.extend", 1, args, kwnames); err != nil {
		return nil, err
	}
	a := byteArraySelf(self)
	var add []byte
	if b, ok := bufferBytes(args[0]); ok {
		add = append([]byte{}, b...)
	} else {
		typ := args[0].Type()
		if typ.Slots.Iter == nil && typ.Slots.GetItem == nil {
			return nil, Errorf(TypeErrorType, "can't extend bytearray with %s", typ.Name)
		}
		var err error
		if add, err = bytesFromIterable(t, args[0], "byte must be in range(0, 256)"); err != nil {
			return nil, err
		}
	}
	a.b = append(a.b, add...)
	return None, nil
}

func byteArrayInsert(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := CheckArgs("insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	a := byteArraySelf(self)
	i, err := AsIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	c, err := byteValue(t, args[1])
	if err != nil {
		return nil, err
	}
	n := len(a.b)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	a.b = append(a.b, 0)
	copy(a.b[i+1:], a.b[i:n])
	a.b[i] = c
	return None, nil
}

func byteArrayPop(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := CheckArgs("pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	a := byteArraySelf(self)
	i := -1
	if len(args) > 0 {
		var err error
		if i, err = AsIndex(t, args[0]); err != nil {
			return nil, err
		}
	}
	n := len(a.b)
	if n == 0 {
		return nil, Errorf(IndexErrorType, "pop from empty bytearray")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexErrorType, "pop index out of range")
	}
	c := a.b[i]
	a.b = append(a.b[:i], a.b[i+1:]...)
	return NewInt(int64(c)), nil
}

func byteArrayRemove(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("bytearray.remove", 1, args, kwnames); err != nil {
		return nil, err
	}
	a := byteArraySelf(self)
	c, err := byteValue(t, args[0])
	if err != nil {
		return nil, err
	}
	for i, x := range a.b {
		if x == c {
			a.b = append(a.b[:i], a.b[i+1:]...)
			return None, nil
		}
	}
	return nil, Errorf(ValueErrorType, "value not found in bytearray")
}

func byteArrayReverse(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := noArgs("bytearray.reverse", args, kwnames); err != nil {
		return nil, err
	}
	b := byteArraySelf(self).b
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return None, nil
}

func byteArrayAlloc(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := noArgs("bytearray.__alloc__", args, kwnames); err != nil {
		return nil, err
	}
	b := byteArraySelf(self).b
	if len(b) == 0 && cap(b) == 0 {
		return NewInt(0), nil
	}
	return NewInt(int64(max(cap(b), len(b)+1))), nil
}
