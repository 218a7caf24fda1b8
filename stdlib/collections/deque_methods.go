package collections

import (
	"github.com/kaa-lang/kaa/py"
)

// noArgs checks that a method got no arguments, with CPython's message.
func noArgs(name string, args []py.Object, kw *py.Tuple) error {
	if err := py.NoKwargs(name, kw); err != nil {
		return err
	}
	if len(args) != 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// oneArg checks that a method got exactly one positional argument.
func oneArg(name string, args []py.Object, kw *py.Tuple) error {
	if err := py.NoKwargs(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// dequeMethod wraps a deque method that takes no arguments.
func dequeMethod0(name string, fn func(t *py.Thread, self py.Object, d *Deque) (py.Object, error)) py.BuiltinFn {
	full := "deque." + name
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if len(args) != 0 || kw != nil && kw.Len() > 0 {
			return nil, noArgs(full, args, kw)
		}
		d, ok := self.(*Deque)
		if !ok {
			d, _ = asDeque(self)
		}
		return fn(t, self, d)
	}
}

// dequeMethod1 wraps a deque method that takes one argument.
func dequeMethod1(name string, fn func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error)) py.BuiltinFn {
	full := "deque." + name
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if len(args) != 1 || kw != nil && kw.Len() > 0 {
			return nil, oneArg(full, args, kw)
		}
		d, ok := self.(*Deque)
		if !ok {
			d, _ = asDeque(self)
		}
		return fn(t, self, d, args[0])
	}
}

// sliceIndex converts an index argument of deque.index with CPython's
// clamping ("slice indices must be integers...").
func sliceIndex(t *py.Thread, o py.Object, n int) (int, error) {
	if o.Type().Slots.Index == nil {
		return 0, py.Errorf(py.TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	i, ok := v.(py.Int)
	if !ok {
		// A big int: clamp to the ends.
		if _, b, _ := py.IntValue(v); b != nil && b.Sign() < 0 {
			return 0, nil
		}
		return n, nil
	}
	x := int(i)
	if x < 0 {
		x += n
		if x < 0 {
			x = 0
		}
	}
	if x > n {
		x = n
	}
	return x, nil
}

func addDequeMethods() {
	typ := DequeType
	typ.AddMethod("append", dequeMethod1("append", func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error) {
		d.pushRight(x)
		return py.None, nil
	}), "Add an element to the right side of the deque.")
	typ.AddMethod("appendleft", dequeMethod1("appendleft", func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error) {
		d.pushLeft(x)
		return py.None, nil
	}), "Add an element to the left side of the deque.")
	typ.AddMethod("pop", dequeMethod0("pop", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		if d.n == 0 {
			return nil, py.Errorf(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popRightItem(), nil
	}), "Remove and return the rightmost element.")
	typ.AddMethod("popleft", dequeMethod0("popleft", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		if d.n == 0 {
			return nil, py.Errorf(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popLeftItem(), nil
	}), "Remove and return the leftmost element.")
	typ.AddMethod("extend", dequeMethod1("extend", func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error) {
		return py.None, d.extend(t, self, x, false)
	}), "Extend the right side of the deque with elements from the iterable")
	typ.AddMethod("extendleft", dequeMethod1("extendleft", func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error) {
		return py.None, d.extend(t, self, x, true)
	}), "Extend the left side of the deque with elements from the iterable")
	typ.AddMethod("clear", dequeMethod0("clear", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		d.clear()
		return py.None, nil
	}), "Remove all elements from the deque.")
	copyFn := dequeMethod0("copy", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		return copyDeque(t, self)
	})
	typ.AddMethod("copy", copyFn, "Return a shallow copy of a deque.")
	typ.AddMethod("__copy__", copyFn, "Return a shallow copy of a deque.")
	typ.AddMethod("count", dequeMethod1("count", func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error) {
		state := d.state
		c := 0
		for i := 0; i < d.n; i++ {
			v := d.at(i)
			eq := v == x
			if !eq {
				var err error
				if eq, err = py.Equal(t, v, x); err != nil {
					return nil, err
				}
			}
			if state != d.state {
				return nil, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				c++
			}
		}
		return py.NewInt(int64(c)), nil
	}), "Return number of occurrences of value.")
	typ.AddMethod("index", dequeIndex, "Return first index of value.")
	typ.AddMethod("insert", dequeInsert, "Insert value before index.")
	typ.AddMethod("remove", dequeMethod1("remove", func(t *py.Thread, self py.Object, d *Deque, x py.Object) (py.Object, error) {
		state := d.state
		for i := 0; i < d.n; i++ {
			v := d.at(i)
			eq := v == x
			if !eq {
				var err error
				if eq, err = py.Equal(t, v, x); err != nil {
					return nil, err
				}
			}
			if state != d.state {
				return nil, py.Errorf(py.IndexErrorType, "deque mutated during remove().")
			}
			if eq {
				d.deleteAt(i)
				return py.None, nil
			}
		}
		r, err := py.Repr(t, x)
		if err != nil {
			return nil, err
		}
		return nil, py.Errorf(py.ValueErrorType, "%s is not in deque", r.String())
	}), "Remove first occurrence of value.")
	typ.AddMethod("reverse", dequeMethod0("reverse", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		d.state++
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.set(i, b)
			d.set(j, a)
		}
		return py.None, nil
	}), "Reverse *IN PLACE*.")
	typ.AddMethod("rotate", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("rotate", args, kw, 0, 1); err != nil {
			return nil, err
		}
		n := 1
		if len(args) == 1 {
			v, err := py.AsIndex(t, args[0])
			if err != nil {
				return nil, err
			}
			n = v
		}
		d, _ := asDeque(self)
		d.rotate(n)
		return py.None, nil
	}, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.")
	typ.AddMethod("__reversed__", dequeMethod0("__reversed__", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		return &DequeIterator{d: d, state: d.state, reverse: true}, nil
	}), "Return a reverse iterator over the deque.")
	typ.AddMethod("__reduce__", dequeMethod0("__reduce__", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		var state py.Object = py.None
		if dict := py.InstanceDict(self); dict != nil && dict.Len() > 0 {
			state = dict
		}
		var args py.Object = py.EmptyTuple
		if d.maxlen >= 0 {
			args = py.NewTuple(py.EmptyTuple, py.NewInt(int64(d.maxlen)))
		}
		return py.NewTuple(self.Type(), args, state, &DequeIterator{d: d, state: d.state}), nil
	}), "Return state information for pickling.")
	typ.AddMethod("__sizeof__", dequeMethod0("__sizeof__", func(t *py.Thread, self py.Object, d *Deque) (py.Object, error) {
		return py.NewInt(int64(88 + 8*len(d.buf))), nil
	}), "Size of the deque in memory, in bytes.")
	typ.AddClassMethod("__class_getitem__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := oneArg("__class_getitem__", args, kw); err != nil {
			return nil, err
		}
		return py.NewGenericAlias(self, args[0]), nil
	}, "See PEP 585")
	typ.AddGetSet("maxlen", func(t *py.Thread, o py.Object) (py.Object, error) {
		d, _ := asDeque(o)
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.NewInt(int64(d.maxlen)), nil
	}, nil, "maximum size of a deque or None if unbounded")
}

// dequeIndex is deque.index(value, start=0, stop=len).
func dequeIndex(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("index", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeErrorType, "index expected at least 1 argument, got 0")
		}
		return nil, py.Errorf(py.TypeErrorType, "index() takes at most 3 arguments (%d given)", len(args))
	}
	d, _ := asDeque(self)
	start, stop := 0, d.n
	var err error
	if len(args) > 1 {
		if start, err = sliceIndex(t, args[1], d.n); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndex(t, args[2], d.n); err != nil {
			return nil, err
		}
	}
	x := args[0]
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		v := d.at(i)
		eq := v == x
		if !eq {
			if eq, err = py.Equal(t, v, x); err != nil {
				return nil, err
			}
		}
		if state != d.state {
			return nil, py.Errorf(py.RuntimeErrorType, "deque mutated during iteration")
		}
		if eq {
			return py.NewInt(int64(i)), nil
		}
	}
	r, err := py.Repr(t, x)
	if err != nil {
		return nil, err
	}
	return nil, py.Errorf(py.ValueErrorType, "%s is not in deque", r.String())
}

// dequeInsert is deque.insert(index, value).
func dequeInsert(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("insert", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, py.Errorf(py.TypeErrorType, "insert() takes exactly 2 arguments (%d given)", len(args))
	}
	d, _ := asDeque(self)
	i, err := py.AsIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	if d.maxlen >= 0 && d.n >= d.maxlen {
		return nil, py.Errorf(py.IndexErrorType, "deque already at its maximum size")
	}
	n := d.n
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i >= n {
		d.pushRight(args[1])
		return py.None, nil
	}
	if i == 0 {
		d.pushLeft(args[1])
		return py.None, nil
	}
	// Rotate so that the insertion point is at the right end.
	d.pushRight(args[1])
	for j := d.n - 1; j > i; j-- {
		a := d.at(j - 1)
		d.set(j-1, d.at(j))
		d.set(j, a)
	}
	return py.None, nil
}
