package py

// AsDict returns o's dict value when o is a dict or an instance of a
// subclass of dict.
func AsDict(o Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case *Instance:
		s, ok := v.base.(*Dict)
		return s, ok
	}
	return nil, false
}

// DictIterator iterates over the keys, values or items of a dict.
type DictIterator struct {
	d    *Dict
	pos  int
	used int
	left int   // items not yet produced ("keys changed" when it runs out early)
	kind uint8 // dictIterKeys, dictIterValues or dictIterItems
	typ  *Type
}

const (
	dictIterKeys = iota
	dictIterValues
	dictIterItems
)

// The types of dict iterators.
var (
	DictKeyIteratorType   = newBuiltinType("dict_keyiterator", ObjectType, 0)
	DictValueIteratorType = newBuiltinType("dict_valueiterator", ObjectType, 0)
	DictItemIteratorType  = newBuiltinType("dict_itemiterator", ObjectType, 0)
)

// Type returns the iterator's type.
func (it *DictIterator) Type() *Type { return it.typ }

// newDictIterator starts iterating over d.
func newDictIterator(d *Dict, kind uint8) *DictIterator {
	typ := DictKeyIteratorType
	switch kind {
	case dictIterValues:
		typ = DictValueIteratorType
	case dictIterItems:
		typ = DictItemIteratorType
	}
	return &DictIterator{d: d, used: d.used, left: d.used, kind: kind, typ: typ}
}

func dictIterNext(t *Thread, o Object) (Object, bool, error) {
	it := o.(*DictIterator)
	k, v, ok, err := it.step()
	if !ok || it.kind == dictIterKeys {
		return k, ok, err
	}
	if it.kind == dictIterValues {
		return v, true, nil
	}
	return newTuple2(k, v), true, nil
}

// step advances the iterator to its next item, returning the key and
// value (the loop unpacks an items iterator's pairs without tuples).
func (it *DictIterator) step() (key, value Object, ok bool, err error) {
	d := it.d
	if d == nil {
		return nil, nil, false, nil
	}
	if d.used != it.used {
		it.used = -1
		it.d = nil
		return nil, nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos < len(d.entries) {
		e := &d.entries[it.pos]
		it.pos++
		if e.key == nil {
			continue
		}
		if it.left <= 0 {
			it.d = nil
			return nil, nil, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
		}
		it.left--
		return e.key, e.value, true, nil
	}
	it.d = nil
	return nil, nil, false, nil
}

func init() {
	for _, typ := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType} {
		typ.Slots.Iter = selfIter
		typ.Slots.Next = dictIterNext
	}
	s := &DictType.Slots
	s.Repr = dictRepr
	s.Hash = HashNotImplemented
	s.Len = func(t *Thread, o Object) (int, error) {
		d, _ := AsDict(o)
		return d.used, nil
	}
	s.Contains = func(t *Thread, o, k Object) (bool, error) {
		d, _ := AsDict(o)
		return d.Contains(t, k)
	}
	s.GetItem = dictGetItem
	s.SetItem = func(t *Thread, o, k, v Object) error {
		d, _ := AsDict(o)
		if v == nil {
			found, err := d.DelItem(t, k)
			if err != nil {
				return err
			}
			if !found {
				return NewError(KeyErrorType, k)
			}
			return nil
		}
		return d.SetItem(t, k, v)
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		d, _ := AsDict(o)
		return newDictIterator(d, dictIterKeys), nil
	}
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := AsDict(a)
		y, ok := AsDict(b)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(t, x, y)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == CmpEQ)), nil
	}
	s.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if typ == DictType {
			return NewDict(), nil
		}
		return newInstanceWithBase(t, typ, NewDict())
	}
	s.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		d, _ := AsDict(o)
		return dictUpdateArgs(t, "dict", d, args, kw)
	}
	s.Binary[NB_OR] = func(t *Thread, a, b Object) (Object, error) {
		x, ok1 := AsDict(a)
		y, ok2 := AsDict(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r := x.Copy()
		return r, r.Update(t, y)
	}
	s.Binary[NB_INPLACE_OR] = func(t *Thread, a, b Object) (Object, error) {
		x, _ := AsDict(a)
		return a, dictMergeFrom(t, x, b, true)
	}
}

// dictGetItem is d[k], calling __missing__ for subclasses that define it.
func dictGetItem(t *Thread, o, k Object) (Object, error) {
	d, _ := AsDict(o)
	v, err := d.GetItem(t, k)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return v, nil
	}
	if inst, ok := o.(*Instance); ok {
		if r, found, err := callDunder(t, inst, NewStr("__missing__"), k); found {
			return r, err
		}
	}
	return nil, NewError(KeyErrorType, k)
}

// dictEqual compares two dicts item by item.
func dictEqualItems(t *Thread, x, y *Dict) (bool, error) {
	if x.used != y.used {
		return false, nil
	}
	for i := 0; i < len(x.entries); i++ {
		e := x.entries[i]
		if e.key == nil {
			continue
		}
		ix, err := y.find(t, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if ix < 0 {
			return false, nil
		}
		yv := y.entries[ix].value
		if yv == e.value {
			continue
		}
		eq, err := Equal(t, e.value, yv)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictRepr formats {k: v, ...}.
func dictRepr(t *Thread, o Object) (Object, error) {
	d, _ := AsDict(o)
	if d.used == 0 {
		return NewStr("{}"), nil
	}
	if t.reprEnter(o) {
		return NewStr("{...}"), nil
	}
	defer t.reprLeave(o)
	b := []byte{'{'}
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		kr, err := Repr(t, e.key)
		if err != nil {
			return nil, err
		}
		vr, err := Repr(t, e.value)
		if err != nil {
			return nil, err
		}
		b = append(b, kr.s...)
		b = append(b, ": "...)
		b = append(b, vr.s...)
	}
	b = append(b, '}')
	return NewStr(string(b)), nil
}

// dictUpdateArgs implements dict(...) and d.update(...): an optional
// mapping or iterable of pairs, then keyword arguments.
func dictUpdateArgs(t *Thread, fname string, d *Dict, args []Object, kw *Tuple) error {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	npos := len(args) - nkw
	if npos > 1 {
		return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := dictMergeFrom(t, d, args[0], false); err != nil {
			return err
		}
	}
	for i := 0; i < nkw; i++ {
		d.SetStr(kw.items[i].(*Str), args[npos+i])
	}
	return nil
}

// dictMergeFrom adds a mapping's items (anything with keys()) or an
// iterable of key/value pairs to d.
func dictMergeFrom(t *Thread, d *Dict, src Object, pairsOnlyIfNoKeys bool) error {
	if sd, ok := src.(*Dict); ok {
		return d.Update(t, sd)
	}
	keysAttr, err := GetAttrOpt(t, src, NewStr("keys"))
	if err != nil {
		return err
	}
	if keysAttr != nil {
		keys, err := Call(t, keysAttr, nil, nil)
		if err != nil {
			return err
		}
		items, err := ListFromIterable(t, keys)
		if err != nil {
			return err
		}
		for _, k := range items {
			v, err := GetItem(t, src, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, src)
	if err != nil {
		return err
	}
	for n := 0; ; n++ {
		pair, ok, err := Next(t, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		kv, err := ListFromIterable(t, pair)
		if err != nil {
			if IsExceptionOf(err, TypeErrorType) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			return err
		}
		if len(kv) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(kv))
		}
		if err := d.SetItem(t, kv[0], kv[1]); err != nil {
			return err
		}
	}
}
