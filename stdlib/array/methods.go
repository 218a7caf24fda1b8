package array

import (
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// method adapts an array method body to a BuiltinFn.
func method(fn func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error)) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		a, _ := asArray(self)
		return fn(t, self, a, args, kw)
	}
}

// find returns the index of the first item equal to x in [start, stop),
// or -1.
func (a *Array) find(t *py.Thread, x py.Object, start, stop int) (int, error) {
	for i := start; i < stop && i < a.Len(); i++ {
		eq, err := py.Equal(t, a.get(i), x)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// clampIndex normalises a start/stop argument of index().
func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

func addMethods() {
	typ := ArrayType
	typ.AddMethod("append", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("append", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, a.appendItem(t, args[0])
	}), "Append new value v to the end of the array.")
	typ.AddMethod("buffer_info", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("buffer_info", args, kw, 0, 0); err != nil {
			return nil, err
		}
		addr := py.NewInt(0)
		if len(a.data) > 0 {
			addr = py.ObjectID(a)
		}
		return py.NewTuple(addr, py.NewInt(int64(a.Len()))), nil
	}), "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.")
	typ.AddMethod("byteswap", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("byteswap", args, kw, 0, 0); err != nil {
			return nil, err
		}
		sz := a.itemsize
		for i := 0; i+sz <= len(a.data); i += sz {
			p := a.data[i : i+sz]
			for l, r := 0, sz-1; l < r; l, r = l+1, r-1 {
				p[l], p[r] = p[r], p[l]
			}
		}
		return py.None, nil
	}), "Byteswap all items of the array.")
	typ.AddMethod("count", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("count", args, kw, 1, 1); err != nil {
			return nil, err
		}
		c := 0
		for i := 0; i < a.Len(); i++ {
			eq, err := py.Equal(t, a.get(i), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return py.NewInt(int64(c)), nil
	}), "Return number of occurrences of v in the array.")
	typ.AddMethod("extend", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("extend", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, a.extend(t, args[0])
	}), "Append items to the end of the array.")
	typ.AddMethod("frombytes", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("frombytes", args, kw, 1, 1); err != nil {
			return nil, err
		}
		data, err := modutil.BytesArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.None, a.frombytes(append([]byte(nil), data...))
	}), "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.")
	typ.AddMethod("fromfile", method(arrayFromFile), "Read n objects from the file object f and append them to the end of the array.")
	typ.AddMethod("fromlist", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("fromlist", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l, ok := py.AsList(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "arg must be list")
		}
		n := len(a.data)
		for _, v := range append([]py.Object(nil), l.Items()...) {
			if err := a.appendItem(t, v); err != nil {
				a.data = a.data[:n]
				return nil, err
			}
		}
		return py.None, nil
	}), "Append items to array from list.")
	typ.AddMethod("fromunicode", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("fromunicode", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := py.AsStr(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "fromunicode() argument must be str, not %s", py.TypeName(args[0]))
		}
		if a.code != 'u' {
			return nil, py.Errorf(py.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		a.appendUnicode(s)
		return py.None, nil
	}), "Extends this array with data from the unicode string ustr.")
	typ.AddMethod("index", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var x py.Object
		start, stop := 0, 1<<62
		if err := py.UnpackArgs("index", args, kw, "v", &x, "start?", &start, "stop?", &stop, "/"); err != nil {
			return nil, err
		}
		n := a.Len()
		i, err := a.find(t, x, clampIndex(start, n), clampIndex(stop, n))
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.Errorf(py.ValueErrorType, "array.index(x): x not in array")
		}
		return py.NewInt(int64(i)), nil
	}), "Return index of first occurrence of v in the array.")
	typ.AddMethod("insert", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("insert", args, kw, 2, 2); err != nil {
			return nil, err
		}
		i, err := py.AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		var buf [8]byte
		if err := a.encode(t, args[1], buf[:a.itemsize]); err != nil {
			return nil, err
		}
		i = clampIndex(i, a.Len())
		sz := a.itemsize
		a.data = append(a.data, buf[:sz]...)
		copy(a.data[(i+1)*sz:], a.data[i*sz:len(a.data)-sz])
		copy(a.data[i*sz:], buf[:sz])
		return py.None, nil
	}), "Insert a new item v into the array before position i.")
	typ.AddMethod("pop", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("pop", args, kw, 0, 1); err != nil {
			return nil, err
		}
		i := -1
		if len(args) == 1 {
			var err error
			if i, err = py.AsIndex(t, args[0]); err != nil {
				return nil, err
			}
		}
		n := a.Len()
		if n == 0 {
			return nil, py.Errorf(py.IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, py.Errorf(py.IndexErrorType, "pop index out of range")
		}
		v := a.get(i)
		a.data = append(a.data[:i*a.itemsize], a.data[(i+1)*a.itemsize:]...)
		return v, nil
	}), "Return the i-th element and delete it from the array.")
	typ.AddMethod("remove", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("remove", args, kw, 1, 1); err != nil {
			return nil, err
		}
		i, err := a.find(t, args[0], 0, a.Len())
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.Errorf(py.ValueErrorType, "array.remove(x): x not in array")
		}
		a.data = append(a.data[:i*a.itemsize], a.data[(i+1)*a.itemsize:]...)
		return py.None, nil
	}), "Remove the first occurrence of v in the array.")
	typ.AddMethod("reverse", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("reverse", args, kw, 0, 0); err != nil {
			return nil, err
		}
		sz := a.itemsize
		var tmp [8]byte
		for i, j := 0, a.Len()-1; i < j; i, j = i+1, j-1 {
			copy(tmp[:sz], a.data[i*sz:])
			copy(a.data[i*sz:(i+1)*sz], a.data[j*sz:])
			copy(a.data[j*sz:(j+1)*sz], tmp[:sz])
		}
		return py.None, nil
	}), "Reverse the order of the items in the array.")
	typ.AddMethod("tobytes", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("tobytes", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.NewBytes(append([]byte(nil), a.data...)), nil
	}), "Convert the array to an array of machine values and return the bytes representation.")
	typ.AddMethod("tofile", method(arrayToFile), "Write all items (as machine values) to the file object f.")
	typ.AddMethod("tolist", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("tolist", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.NewList(a.items()), nil
	}), "Convert array to an ordinary list with the same items.")
	typ.AddMethod("tounicode", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("tounicode", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if a.code != 'u' {
			return nil, py.Errorf(py.ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		return py.NewStr(a.unicode()), nil
	}), "Convert the array to a unicode string.")
	copyFn := method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r := newArray(a.code)
		r.data = append([]byte(nil), a.data...)
		if self.Type() != ArrayType {
			return py.NewInstanceWithBase(self.Type(), r), nil
		}
		return r, nil
	})
	typ.AddMethod("__copy__", copyFn, "Return a copy of the array.")
	typ.AddMethod("__deepcopy__", copyFn, "Return a copy of the array.")
	typ.AddMethod("__reduce_ex__", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var state py.Object = py.None
		if d := py.InstanceDict(self); d != nil && d.Len() > 0 {
			state = d
		}
		return py.NewTuple(self.Type(), py.NewTuple(py.NewStr(string(a.code)), py.NewList(a.items())), state), nil
	}), "Return state information for pickling.")
	typ.AddMethod("__sizeof__", method(func(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(int64(64 + cap(a.data))), nil
	}), "Size of the array in memory, in bytes.")
	typ.AddGetSet("typecode", func(t *py.Thread, o py.Object) (py.Object, error) {
		a, _ := asArray(o)
		return py.NewStr(string(a.code)), nil
	}, nil, "the typecode character used to create the array")
	typ.AddGetSet("itemsize", func(t *py.Thread, o py.Object) (py.Object, error) {
		a, _ := asArray(o)
		return py.NewInt(int64(a.itemsize)), nil
	}, nil, "the size, in bytes, of one array item")
}

// arrayFromFile is array.fromfile(f, n).
func arrayFromFile(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("fromfile", args, kw, 2, 2); err != nil {
		return nil, err
	}
	n, err := py.AsIndex(t, args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueErrorType, "negative count")
	}
	if n > (1<<62)/a.itemsize {
		return nil, py.NewError(py.MemoryErrorType)
	}
	want := n * a.itemsize
	r, err := py.CallMethod(t, args[0], "read", py.NewInt(int64(want)))
	if err != nil {
		return nil, err
	}
	b, ok := py.AsBytes(r)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "read() didn't return bytes")
	}
	data := b.Value()
	whole := len(data) / a.itemsize * a.itemsize
	a.data = append(a.data, data[:whole]...)
	if len(data) != want {
		return nil, py.Errorf(py.EOFErrorType, "read() didn't return enough bytes")
	}
	return py.None, nil
}

// arrayToFile is array.tofile(f).
func arrayToFile(t *py.Thread, self py.Object, a *Array, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("tofile", args, kw, 1, 1); err != nil {
		return nil, err
	}
	const block = 64 * 1024
	for i := 0; i < len(a.data); i += block {
		j := min(i+block, len(a.data))
		if _, err := py.CallMethod(t, args[0], "write", py.NewBytes(append([]byte(nil), a.data[i:j]...))); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}
