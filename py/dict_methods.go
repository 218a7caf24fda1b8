package py

// The methods of dict (the views are in dict_views.go).

func init() {
	DictType.AddMethod("get", dictGet, "Return the value for key if key is in the dictionary, else default.")
	DictType.AddMethod("setdefault", dictSetDefault, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.")
	DictType.AddMethod("pop", dictPop, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.")
	DictType.AddMethod("popitem", dictPopItem, "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.")
	DictType.AddMethod("update", dictUpdate, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.")
	DictType.AddMethod("clear", dictClear, "D.clear() -> None.  Remove all items from D.")
	DictType.AddMethod("copy", dictCopy, "D.copy() -> a shallow copy of D")
	DictType.AddMethod("keys", dictKeys, "D.keys() -> a set-like object providing a view on D's keys")
	DictType.AddMethod("values", dictValues, "D.values() -> an object providing a view on D's values")
	DictType.AddMethod("items", dictItems, "D.items() -> a set-like object providing a view on D's items")
	DictType.AddMethod("__reversed__", dictReversed, "Return a reverse iterator over the dict keys.")
	DictType.AddMethod("__sizeof__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__sizeof__", args, kw); err != nil {
			return nil, err
		}
		d, _ := AsDict(self)
		return NewInt(int64(48 + 24*cap(d.entries) + 4*len(d.indices))), nil
	}, "D.__sizeof__() -> size of D in memory, in bytes")
	DictType.AddClassMethod("fromkeys", dictFromKeys, "Create a new dictionary with keys from iterable and values set to value.")
	DictType.AddClassMethod("__class_getitem__", classGetItemAlias, "See PEP 585")
}

// dictGet implements dict.get(key, default=None).
func dictGet(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("get", args, kw, 1, 2); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	v, err := d.GetItem(t, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

// dictSetDefault implements dict.setdefault(key, default=None).
func dictSetDefault(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("setdefault", args, kw, 1, 2); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	key := args[0]
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	ix, err := d.find(t, key, h)
	if err != nil {
		return nil, err
	}
	if ix >= 0 {
		return d.entries[ix].value, nil
	}
	var v Object = None
	if len(args) == 2 {
		v = args[1]
	}
	d.insertNew(key, v, h)
	return v, nil
}

// dictPop implements dict.pop(key[, default]).
func dictPop(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("pop", args, kw, 1, 2); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	v, err := d.Pop(t, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewError(KeyErrorType, args[0])
	}
	return v, nil
}

// dictPopItem implements dict.popitem(): the last item, LIFO.
func dictPopItem(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.popitem", args, kw); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	if d.used == 0 {
		return nil, NewError(KeyErrorType, NewStr("popitem(): dictionary is empty"))
	}
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key != nil {
			d.deleteAt(i, e.hash)
			return NewTuple(e.key, e.value), nil
		}
	}
	return nil, NewError(KeyErrorType, NewStr("popitem(): dictionary is empty"))
}

// dictUpdate implements dict.update([other, ]**kwargs).
func dictUpdate(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	d, _ := AsDict(self)
	if err := dictUpdateArgs(t, "update", d, args, kw); err != nil {
		return nil, err
	}
	return None, nil
}

// dictClear implements dict.clear().
func dictClear(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.clear", args, kw); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	d.Clear()
	return None, nil
}

// dictCopy implements dict.copy() (a plain dict even for subclasses).
func dictCopy(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.copy", args, kw); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	return d.Copy(), nil
}

// dictKeys implements dict.keys().
func dictKeys(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.keys", args, kw); err != nil {
		return nil, err
	}
	return newDictView(self, dictIterKeys), nil
}

// dictValues implements dict.values().
func dictValues(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.values", args, kw); err != nil {
		return nil, err
	}
	return newDictView(self, dictIterValues), nil
}

// dictItems implements dict.items().
func dictItems(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.items", args, kw); err != nil {
		return nil, err
	}
	return newDictView(self, dictIterItems), nil
}

// dictReversed implements dict.__reversed__().
func dictReversed(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("dict.__reversed__", args, kw); err != nil {
		return nil, err
	}
	d, _ := AsDict(self)
	return newDictReverseIterator(d, dictIterKeys), nil
}

// dictFromKeys implements the class method dict.fromkeys(iterable,
// value=None).
func dictFromKeys(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("fromkeys", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var value Object = None
	if len(args) == 2 {
		value = args[1]
	}
	cls, _ := self.(*Type)
	var r Object
	if cls == DictType || cls == nil {
		r = NewDict()
	} else {
		var err error
		if r, err = Call(t, self, nil, nil); err != nil {
			return nil, err
		}
	}
	d, exact := r.(*Dict)
	if exact {
		switch src := args[0].(type) {
		case *Dict:
			for _, e := range src.entries {
				if e.key != nil {
					if err := dictSetHashed(t, d, e.key, value, e.hash); err != nil {
						return nil, err
					}
				}
			}
			return d, nil
		case *Set:
			for _, k := range src.Items() {
				if err := d.SetItem(t, k, value); err != nil {
					return nil, err
				}
			}
			return d, nil
		}
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	for {
		k, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return r, nil
		}
		if exact {
			err = d.SetItem(t, k, value)
		} else {
			err = SetItem(t, r, k, value)
		}
		if err != nil {
			return nil, err
		}
	}
}

// dictSetHashed sets d[key] = value for a key whose hash is known.
func dictSetHashed(t *Thread, d *Dict, key, value Object, h int64) error {
	ix, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = value
		return nil
	}
	d.insertNew(key, value, h)
	return nil
}
