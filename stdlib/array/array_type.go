package array

import (
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// ArrayIterator iterates over an array, seeing changes made meanwhile.
type ArrayIterator struct {
	a *Array
	i int
}

// ArrayIteratorType is the type of iter(array).
var ArrayIteratorType = py.NewBuiltinType("array.arrayiterator", nil, 0)

// Type returns ArrayIteratorType.
func (*ArrayIterator) Type() *py.Type { return ArrayIteratorType }

// arrayNew is array.__new__(typecode, initializer=None).
func arrayNew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if typ == ArrayType {
		if err := py.NoKwargs("array.array", kw); err != nil {
			return nil, err
		}
	}
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	pos := args[:len(args)-nkw]
	if len(pos) < 1 || len(pos) > 2 {
		return nil, py.Errorf(py.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(pos))
	}
	tc, ok := py.AsStr(pos[0])
	if !ok || tc.Len() != 1 {
		return nil, py.Errorf(py.TypeErrorType, "array() argument 1 must be a unicode character, not %s", py.TypeName(pos[0]))
	}
	code := tc.String()
	if len(code) != 1 || !strings.Contains(typecodes, code) {
		return nil, py.Errorf(py.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(code[0])
	if len(pos) == 2 && pos[1] != py.None {
		if err := a.initFrom(t, pos[1]); err != nil {
			return nil, err
		}
	}
	if typ != ArrayType {
		return py.NewInstanceWithBase(typ, a), nil
	}
	return a, nil
}

// initFrom fills a new array from the constructor's initializer.
func (a *Array) initFrom(t *py.Thread, init py.Object) error {
	if s, ok := py.AsStr(init); ok {
		if a.code != 'u' {
			return py.Errorf(py.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.code)
		}
		a.appendUnicode(s)
		return nil
	}
	if b, ok := asArray(init); ok {
		if b.code == 'u' && a.code != 'u' {
			return py.Errorf(py.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
		}
		if b.code == a.code {
			a.data = append([]byte(nil), b.data...)
			return nil
		}
		for _, v := range b.items() {
			if err := a.appendItem(t, v); err != nil {
				return err
			}
		}
		return nil
	}
	if _, isArr := init.(*Array); !isArr {
		if data, ok := py.BytesLike(init); ok && isBytesOrByteArray(init) {
			return a.frombytes(data)
		}
	}
	return a.extend(t, init)
}

// isBytesOrByteArray reports whether o is bytes or bytearray (the
// initializers read as raw memory).
func isBytesOrByteArray(o py.Object) bool {
	return py.IsInstance(o, py.BytesType) || py.IsInstance(o, py.ByteArrayType)
}

// frombytes appends raw machine values.
func (a *Array) frombytes(data []byte) error {
	if len(data)%a.itemsize != 0 {
		return py.Errorf(py.ValueErrorType, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, data...)
	return nil
}

// arrayRepr is repr(array): array('i', [1, 2]), array('u', 'ab').
func arrayRepr(t *py.Thread, o py.Object) (py.Object, error) {
	a, _ := asArray(o)
	name := o.Type().ShortName()
	if a.Len() == 0 {
		return py.NewStr(name + "('" + string(a.code) + "')"), nil
	}
	var body *py.Str
	var err error
	if a.code == 'u' {
		body, err = py.Repr(t, py.NewStr(a.unicode()))
	} else {
		body, err = py.ReprItems(t, o, "[", "]", a.items())
	}
	if err != nil {
		return nil, err
	}
	return py.NewStr(name + "('" + string(a.code) + "', " + body.String() + ")"), nil
}

// index converts an item index, raising msg when out of range.
func (a *Array) index(t *py.Thread, k py.Object, msg string) (int, error) {
	i, err := py.AsIndex(t, k)
	if err != nil {
		return 0, err
	}
	n := a.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, py.Errorf(py.IndexErrorType, "%s", msg)
	}
	return i, nil
}

// sliceIndices returns the positions a slice selects.
func sliceIndices(t *py.Thread, s *py.Slice, n int) ([]int, int, int, int, error) {
	start, stop, step, err := s.Indices(t, n)
	if err != nil {
		return nil, 0, 0, 0, err
	}
	var idx []int
	if step > 0 {
		for i := start; i < stop; i += step {
			idx = append(idx, i)
		}
	} else {
		for i := start; i > stop; i += step {
			idx = append(idx, i)
		}
	}
	return idx, start, stop, step, nil
}

func arrayGetItem(t *py.Thread, o, k py.Object) (py.Object, error) {
	a, _ := asArray(o)
	if s, ok := k.(*py.Slice); ok {
		idx, _, _, _, err := sliceIndices(t, s, a.Len())
		if err != nil {
			return nil, err
		}
		r := newArray(a.code)
		r.data = make([]byte, 0, len(idx)*a.itemsize)
		for _, i := range idx {
			r.data = append(r.data, a.data[i*a.itemsize:(i+1)*a.itemsize]...)
		}
		return r, nil
	}
	if k.Type().Slots.Index == nil {
		return nil, py.Errorf(py.TypeErrorType, "array indices must be integers")
	}
	i, err := a.index(t, k, "array index out of range")
	if err != nil {
		return nil, err
	}
	return a.get(i), nil
}

func arraySetItem(t *py.Thread, o, k, v py.Object) error {
	a, _ := asArray(o)
	if s, ok := k.(*py.Slice); ok {
		return a.setSlice(t, s, v)
	}
	if k.Type().Slots.Index == nil {
		return py.Errorf(py.TypeErrorType, "array indices must be integers")
	}
	i, err := a.index(t, k, "array assignment index out of range")
	if err != nil {
		return err
	}
	if v == nil {
		a.data = append(a.data[:i*a.itemsize], a.data[(i+1)*a.itemsize:]...)
		return nil
	}
	return a.setItem(t, i, v)
}

// setSlice implements a[i:j:k] = other and del a[i:j:k].
func (a *Array) setSlice(t *py.Thread, s *py.Slice, v py.Object) error {
	var src []byte
	if v != nil {
		b, ok := asArray(v)
		if !ok {
			return py.Errorf(py.TypeErrorType, "can only assign array (not \"%s\") to array slice", py.TypeName(v))
		}
		if b.code != a.code {
			return py.Errorf(py.TypeErrorType, "bad argument type for built-in operation")
		}
		src = append([]byte(nil), b.data...)
	}
	n := a.Len()
	idx, start, stop, step, err := sliceIndices(t, s, n)
	if err != nil {
		return err
	}
	sz := a.itemsize
	if step == 1 {
		if stop < start {
			stop = start
		}
		tail := append([]byte(nil), a.data[stop*sz:]...)
		a.data = append(append(a.data[:start*sz], src...), tail...)
		return nil
	}
	if v == nil {
		keep := make([]byte, 0, len(a.data))
		del := make(map[int]bool, len(idx))
		for _, i := range idx {
			del[i] = true
		}
		for i := 0; i < n; i++ {
			if !del[i] {
				keep = append(keep, a.data[i*sz:(i+1)*sz]...)
			}
		}
		a.data = keep
		return nil
	}
	if len(src)/sz != len(idx) {
		return py.Errorf(py.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(src)/sz, len(idx))
	}
	for j, i := range idx {
		copy(a.data[i*sz:(i+1)*sz], src[j*sz:(j+1)*sz])
	}
	return nil
}

func init() {
	ArrayType.QualName = "array"
	ArrayType.AddAttr("__module__", py.NewStr("array"))
	ArrayIteratorType.QualName = "arrayiterator"
	ArrayType.Doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode."
	ArrayIteratorType.AddAttr("__module__", py.NewStr("array"))
	is := &ArrayIteratorType.Slots
	is.Iter = func(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	is.Next = func(t *py.Thread, o py.Object) (py.Object, bool, error) {
		it := o.(*ArrayIterator)
		if it.a == nil || it.i >= it.a.Len() {
			it.a = nil
			return nil, false, nil
		}
		v := it.a.get(it.i)
		it.i++
		return v, true, nil
	}

	s := &ArrayType.Slots
	s.New = arrayNew
	s.Repr = arrayRepr
	s.Hash = py.HashNotImplemented
	s.Len = func(t *py.Thread, o py.Object) (int, error) {
		a, _ := asArray(o)
		return a.Len(), nil
	}
	s.Iter = func(t *py.Thread, o py.Object) (py.Object, error) {
		a, _ := asArray(o)
		return &ArrayIterator{a: a}, nil
	}
	s.GetItem = arrayGetItem
	s.SetItem = arraySetItem
	s.Contains = func(t *py.Thread, o, x py.Object) (bool, error) {
		a, _ := asArray(o)
		for i := 0; i < a.Len(); i++ {
			eq, err := py.Equal(t, a.get(i), x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	s.Compare = func(t *py.Thread, x, y py.Object, op py.CompareOp) (py.Object, error) {
		a, _ := asArray(x)
		b, ok := asArray(y)
		if !ok {
			return py.NotImplemented, nil
		}
		if (op == py.CmpEQ || op == py.CmpNE) && a.Len() != b.Len() {
			return py.Bool(op == py.CmpNE), nil
		}
		return py.CompareSeqs(t, a.items(), b.items(), op)
	}
	s.Concat = func(t *py.Thread, x, y py.Object) (py.Object, error) {
		a, _ := asArray(x)
		b, ok := asArray(y)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "can only append array (not \"%s\") to array", py.TypeName(y))
		}
		if a.code != b.code {
			return nil, py.Errorf(py.TypeErrorType, "bad argument type for built-in operation")
		}
		r := newArray(a.code)
		r.data = append(append(make([]byte, 0, len(a.data)+len(b.data)), a.data...), b.data...)
		return r, nil
	}
	s.InplaceConcat = func(t *py.Thread, x, y py.Object) (py.Object, error) {
		a, _ := asArray(x)
		b, ok := asArray(y)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "can only extend array with array (not \"%s\")", py.TypeName(y))
		}
		if a.code != b.code {
			return nil, py.Errorf(py.TypeErrorType, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return x, nil
	}
	s.Repeat = func(t *py.Thread, o py.Object, n int) (py.Object, error) {
		a, _ := asArray(o)
		r := newArray(a.code)
		if n > 0 && len(a.data) > 0 {
			if err := t.CheckSize(len(a.data), n); err != nil {
				return nil, err
			}
			r.data = make([]byte, 0, len(a.data)*n)
			for k := 0; k < n; k++ {
				r.data = append(r.data, a.data...)
			}
		}
		return r, nil
	}
	s.InplaceRepeat = func(t *py.Thread, o py.Object, n int) (py.Object, error) {
		a, _ := asArray(o)
		if n <= 0 || len(a.data) == 0 {
			a.data = a.data[:0]
			return o, nil
		}
		if err := t.CheckSize(len(a.data), n); err != nil {
			return nil, err
		}
		one := append([]byte(nil), a.data...)
		for k := 1; k < n; k++ {
			a.data = append(a.data, one...)
		}
		return o, nil
	}
	addMethods()
}
