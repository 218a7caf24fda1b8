// Package collections implements _collections, the Go half of kaa's
// collections module: deque and the counting helper of Counter. The
// Python half (lib/collections) builds namedtuple, OrderedDict,
// defaultdict, Counter and ChainMap on top of it.
package collections

import "github.com/kaa-lang/kaa/py"

// Init creates the _collections module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_collections")
	m.Set("deque", DequeType)
	m.Set("_deque_iterator", DequeIteratorType)
	m.Set("_deque_reverse_iterator", DequeReverseIteratorType)
	m.Set("_tuplegetter", TupleGetterType)
	m.AddFunc("_count_elements", countElements, "Count elements in the iterable, updating the mapping")
	return m, nil
}

// countElements is _count_elements(mapping, iterable): mapping[x] =
// mapping.get(x, 0) + 1 for each x.
func countElements(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("_count_elements", args, kw, 2, 2); err != nil {
		return nil, err
	}
	mapping, iterable := args[0], args[1]
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	d, direct := py.AsDict(mapping)
	if direct {
		// Go straight to the dict unless the class overrides item access.
		typ := mapping.Type()
		direct = typ.LookupString("__getitem__") == py.DictType.LookupString("__getitem__") &&
			typ.LookupString("__setitem__") == py.DictType.LookupString("__setitem__") &&
			typ.LookupString("get") == py.DictType.LookupString("get")
	}
	one := py.NewInt(1)
	for {
		x, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.None, nil
		}
		if direct {
			old, err := d.GetItem(t, x)
			if err != nil {
				return nil, err
			}
			if old == nil {
				err = d.SetItem(t, x, one)
			} else {
				var n py.Object
				if n, err = py.Add(t, old, one); err == nil {
					err = d.SetItem(t, x, n)
				}
			}
			if err != nil {
				return nil, err
			}
			continue
		}
		old, err := py.CallMethod(t, mapping, "get", x, py.NewInt(0))
		if err != nil {
			return nil, err
		}
		n, err := py.Add(t, old, one)
		if err != nil {
			return nil, err
		}
		if err := py.SetItem(t, mapping, x, n); err != nil {
			return nil, err
		}
	}
}
