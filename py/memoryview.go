package py

import (
	"math/big"
	"strings"
)

// This file holds memoryview: a view of the memory of bytes, bytearray,
// another memoryview, or an object outside py that implements
// BufferExporter (array.array). Views are one-dimensional with a stride
// (from slicing), or C-contiguous with a shape (from cast).

// BufferExporter is implemented by objects of types defined outside
// package py that expose their memory to memoryview and to bytes-like
// arguments (CPython's buffer protocol), such as array.array.
type BufferExporter interface {
	Object
	// Buffer returns the current memory, the struct format of its items
	// ("B" for plain bytes) and whether it is read-only.
	Buffer() (data []byte, format string, readonly bool)
}

// MemoryView is a Python memoryview.
type MemoryView struct {
	obj      Object // the object whose memory is viewed
	start    int    // byte offset of the first item
	stride   int    // bytes from one item to the next (1-D views)
	n        int    // number of items in the first dimension
	shape    []int  // dimensions of a cast view, nil for 1-D
	format   string
	itemsize int
	readonly bool
	released bool
}

// MemoryViewType is the type of memoryview.
var MemoryViewType = newBuiltinType("memoryview", ObjectType, FlagSequence)

// Type returns MemoryViewType.
func (*MemoryView) Type() *Type { return MemoryViewType }

// NewMemoryView returns memoryview(o).
func NewMemoryView(t *Thread, o Object) (*MemoryView, error) {
	switch v := o.(type) {
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, err
		}
		cp := *v
		cp.shape = append([]int(nil), v.shape...)
		if v.shape == nil {
			cp.shape = nil
		}
		return &cp, nil
	case *Instance:
		if v.base != nil {
			if _, ok := bufferBytes(v.base); ok {
				m, err := NewMemoryView(t, v.base)
				if err == nil {
					m.obj = o
				}
				return m, err
			}
		}
	}
	data, format, readonly, ok := bufferOf(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", TypeName(o))
	}
	size := itemSize(format)
	if size == 0 {
		size = 1
	}
	return &MemoryView{obj: o, stride: size, n: len(data) / size, format: format, itemsize: size, readonly: readonly}, nil
}

// bufferOf returns the memory of a bytes-like object.
func bufferOf(o Object) (data []byte, format string, readonly, ok bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.b, "B", true, true
	case *ByteArray:
		return v.b, "B", false, true
	case *MemoryView:
		b, err := v.bytes()
		if err != nil {
			return nil, "", false, false
		}
		return b, "B", v.readonly, true
	case BufferExporter:
		d, f, r := v.Buffer()
		return d, f, r, true
	case *Instance:
		if v.base != nil {
			return bufferOf(v.base)
		}
	}
	return nil, "", false, false
}

// check raises ValueError for a released view.
func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	return nil
}

// memory returns the current memory of the viewed object.
func (m *MemoryView) memory() []byte {
	d, _, _, _ := bufferOf(m.obj)
	return d
}

// item returns the bytes of item i (a view of the memory).
func (m *MemoryView) item(i int) ([]byte, error) {
	mem := m.memory()
	off := m.start + i*m.stride
	if off < 0 || off+m.itemsize > len(mem) {
		return nil, Errorf(IndexErrorType, "memoryview: underlying buffer is too small")
	}
	return mem[off : off+m.itemsize], nil
}

// contiguous reports whether the items follow each other in memory.
func (m *MemoryView) contiguous() bool { return m.stride == m.itemsize || m.n <= 1 }

// nbytes is the size of the viewed data.
func (m *MemoryView) nbytes() int {
	n := m.n * m.itemsize
	for _, d := range m.shape[min(1, len(m.shape)):] {
		n *= d
	}
	return n
}

// bytes returns a copy of the viewed bytes in order (tobytes()).
func (m *MemoryView) bytes() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.contiguous() {
		mem := m.memory()
		end := m.start + m.nbytes()
		if end > len(mem) {
			return nil, Errorf(IndexErrorType, "memoryview: underlying buffer is too small")
		}
		return append([]byte{}, mem[m.start:end]...), nil
	}
	out := make([]byte, 0, m.n*m.itemsize)
	for i := 0; i < m.n; i++ {
		it, err := m.item(i)
		if err != nil {
			return nil, err
		}
		out = append(out, it...)
	}
	return out, nil
}

// values returns the items as Python objects, flattened.
func (m *MemoryView) values() ([]Object, error) {
	b, err := m.bytes()
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(b)/m.itemsize)
	for off := 0; off+m.itemsize <= len(b); off += m.itemsize {
		v, err := unpackItem(m.format, b[off:off+m.itemsize])
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func newBigUint(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func init() {
	MemoryViewType.Doc = "Create a new memoryview object which references the given object."
	s := &MemoryViewType.Slots
	s.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		var o Object
		if kwnames == nil && len(args) > 1 {
			return nil, Errorf(TypeErrorType, "memoryview() takes at most 1 argument (%d given)", len(args))
		}
		if err := UnpackArgs("memoryview", args, kwnames, "object", &o); err != nil {
			return nil, err
		}
		return NewMemoryView(t, o)
	}
	s.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*MemoryView)
		if m.released {
			return NewStr("<released memory at " + addrOf(o) + ">"), nil
		}
		return NewStr("<memory at " + addrOf(o) + ">"), nil
	}
	s.Len = func(t *Thread, o Object) (int, error) {
		m := o.(*MemoryView)
		if err := m.check(); err != nil {
			return 0, err
		}
		return m.n, nil
	}
	s.Hash = memoryViewHash
	s.Compare = memoryViewCompare
	s.GetItem = memoryViewGetItem
	s.SetItem = memoryViewSetItem
	s.Iter = func(t *Thread, o Object) (Object, error) {
		m := o.(*MemoryView)
		if err := m.check(); err != nil {
			return nil, err
		}
		if len(m.shape) > 1 {
			return nil, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
		}
		return &SeqIterator{seq: o}, nil
	}
	addMemoryViewMethods()
}

// memoryViewHash hashes a read-only view like the bytes it holds.
func memoryViewHash(t *Thread, o Object) (int64, error) {
	m := o.(*MemoryView)
	if err := m.check(); err != nil {
		return 0, err
	}
	if !m.readonly {
		return 0, Errorf(ValueErrorType, "cannot hash writable memoryview object")
	}
	switch formatChar(m.format) {
	case 'B', 'b', 'c':
	default:
		return 0, Errorf(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	b, err := m.bytes()
	if err != nil {
		return 0, err
	}
	return stringHash(string(b)), nil
}

// memoryViewCompare implements == and != by item values.
func memoryViewCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	m := a.(*MemoryView)
	var other *MemoryView
	if v, ok := b.(*MemoryView); ok {
		other = v
	} else if _, _, _, ok := bufferOf(b); ok {
		var err error
		if other, err = NewMemoryView(t, b); err != nil {
			return nil, err
		}
	} else {
		return NotImplemented, nil
	}
	if m.released || other.released {
		return Bool((m == other) == (op == CmpEQ)), nil
	}
	eq, err := m.equal(t, other)
	if err != nil {
		return nil, err
	}
	return Bool(eq == (op == CmpEQ)), nil
}

// equal compares shapes and item values.
func (m *MemoryView) equal(t *Thread, o *MemoryView) (bool, error) {
	if m.n != o.n || len(m.shape) != len(o.shape) {
		return false, nil
	}
	for i := range m.shape {
		if m.shape[i] != o.shape[i] {
			return false, nil
		}
	}
	if m.format == o.format {
		x, err := m.bytes()
		if err != nil {
			return false, err
		}
		y, err := o.bytes()
		if err != nil {
			return false, err
		}
		if formatChar(m.format) != 'f' && formatChar(m.format) != 'd' && formatChar(m.format) != 'e' {
			return string(x) == string(y), nil
		}
	}
	xs, err := m.values()
	if err != nil {
		return false, err
	}
	ys, err := o.values()
	if err != nil {
		return false, err
	}
	for i := range xs {
		eq, err := Equal(t, xs[i], ys[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// memoryViewGetItem implements m[i] and m[i:j:k].
func memoryViewGetItem(t *Thread, o, k Object) (Object, error) {
	m := o.(*MemoryView)
	if err := m.check(); err != nil {
		return nil, err
	}
	if sl, ok := k.(*Slice); ok {
		if len(m.shape) > 1 {
			return nil, Errorf(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
		}
		start, stop, step, err := sl.Indices(t, m.n)
		if err != nil {
			return nil, err
		}
		v := *m
		v.start = m.start + start*m.stride
		v.stride = m.stride * step
		v.n = sliceLength(start, stop, step)
		return &v, nil
	}
	if k == Ellipsis {
		return m, nil
	}
	if len(m.shape) > 1 {
		return nil, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	i, err := m.index(t, k)
	if err != nil {
		return nil, err
	}
	b, err := m.item(i)
	if err != nil {
		return nil, err
	}
	return unpackItem(m.format, b)
}

// index resolves an item index.
func (m *MemoryView) index(t *Thread, k Object) (int, error) {
	if _, isTuple := k.(*Tuple); isTuple {
		return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	if k.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	i, err := AsIndex(t, k)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += m.n
	}
	if i < 0 || i >= m.n {
		return 0, Errorf(IndexErrorType, "index out of bounds on dimension 1")
	}
	return i, nil
}

// memoryViewSetItem implements m[i] = v and m[i:j:k] = buffer.
func memoryViewSetItem(t *Thread, o, k, v Object) error {
	m := o.(*MemoryView)
	if err := m.check(); err != nil {
		return err
	}
	if m.readonly {
		return Errorf(TypeErrorType, "cannot modify read-only memory")
	}
	if v == nil {
		return Errorf(TypeErrorType, "cannot delete memory")
	}
	if len(m.shape) > 1 {
		return Errorf(NotImplementedErrorType, "memoryview assignments are currently restricted to ndim = 1")
	}
	if sl, ok := k.(*Slice); ok {
		start, stop, step, err := sl.Indices(t, m.n)
		if err != nil {
			return err
		}
		src, err := NewMemoryView(t, v)
		if err != nil {
			return err
		}
		n := sliceLength(start, stop, step)
		if src.format != m.format && !(formatChar(src.format) == 'B' && formatChar(m.format) == 'B') || src.n != n || len(src.shape) > 1 {
			return Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		data, err := src.bytes()
		if err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			b, err := m.item(start + i*step)
			if err != nil {
				return err
			}
			copy(b, data[i*m.itemsize:(i+1)*m.itemsize])
		}
		return nil
	}
	i, err := m.index(t, k)
	if err != nil {
		return err
	}
	b, err := m.item(i)
	if err != nil {
		return err
	}
	return packItem(t, m.format, b, v)
}

// memoryViewSelf checks the receiver of a method.
func memoryViewSelf(self Object) (*MemoryView, error) {
	m := self.(*MemoryView)
	return m, m.check()
}

func addMemoryViewMethods() {
	t := MemoryViewType
	t.AddMethod("tobytes", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		var order Object = None
		if err := UnpackArgs("tobytes", args, kwnames, "order?", &order); err != nil {
			return nil, err
		}
		m, err := memoryViewSelf(self)
		if err != nil {
			return nil, err
		}
		b, err := m.bytes()
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	}, "Return the data in the buffer as a byte string.")
	t.AddMethod("tolist", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noArgs("memoryview.tolist", args, kwnames); err != nil {
			return nil, err
		}
		m, err := memoryViewSelf(self)
		if err != nil {
			return nil, err
		}
		vals, err := m.values()
		if err != nil {
			return nil, err
		}
		shape := m.shape
		if shape == nil {
			shape = []int{m.n}
		}
		return nestList(vals, shape), nil
	}, "Return the data in the buffer as a list of elements.")
	t.AddMethod("release", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noArgs("memoryview.release", args, kwnames); err != nil {
			return nil, err
		}
		self.(*MemoryView).released = true
		return None, nil
	}, "Release the underlying buffer exposed by the memoryview object.")
	t.AddMethod("toreadonly", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noArgs("memoryview.toreadonly", args, kwnames); err != nil {
			return nil, err
		}
		m, err := memoryViewSelf(self)
		if err != nil {
			return nil, err
		}
		v := *m
		v.readonly = true
		return &v, nil
	}, "Return a readonly version of the memoryview.")
	t.AddMethod("hex", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		var sep Object
		var perArg Object = NewInt(1)
		if err := UnpackArgs("hex", args, kwnames, "sep?", &sep, "bytes_per_sep?", &perArg); err != nil {
			return nil, err
		}
		per, err := cIntArg(th, perArg)
		if err != nil {
			return nil, err
		}
		m, err := memoryViewSelf(self)
		if err != nil {
			return nil, err
		}
		b, err := m.bytes()
		if err != nil {
			return nil, err
		}
		s, err := hexString(th, b, sep, per)
		if err != nil {
			return nil, err
		}
		return newASCIIStr(s), nil
	}, "Return the data in the buffer as a str of hexadecimal numbers.")
	t.AddMethod("cast", memoryViewCast, "Cast a memoryview to a new format or shape.")
	t.AddMethod("__enter__", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if _, err := memoryViewSelf(self); err != nil {
			return nil, err
		}
		return self, nil
	}, "")
	t.AddMethod("__exit__", func(th *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		self.(*MemoryView).released = true
		return None, nil
	}, "")
	getters := []struct {
		name string
		get  func(m *MemoryView) Object
	}{
		{"obj", func(m *MemoryView) Object { return m.obj }},
		{"nbytes", func(m *MemoryView) Object { return NewInt(int64(m.nbytes())) }},
		{"readonly", func(m *MemoryView) Object { return Bool(m.readonly) }},
		{"itemsize", func(m *MemoryView) Object { return NewInt(int64(m.itemsize)) }},
		{"format", func(m *MemoryView) Object { return NewStr(m.format) }},
		{"ndim", func(m *MemoryView) Object {
			if m.shape != nil {
				return NewInt(int64(len(m.shape)))
			}
			return NewInt(1)
		}},
		{"shape", func(m *MemoryView) Object { return intTuple(m.dims()) }},
		{"strides", func(m *MemoryView) Object { return intTuple(m.strides()) }},
		{"suboffsets", func(m *MemoryView) Object { return EmptyTuple }},
		{"c_contiguous", func(m *MemoryView) Object { return Bool(m.contiguous()) }},
		{"f_contiguous", func(m *MemoryView) Object { return Bool(m.contiguous() && len(m.dims()) <= 1) }},
		{"contiguous", func(m *MemoryView) Object { return Bool(m.contiguous()) }},
	}
	for _, g := range getters {
		g := g
		t.AddGetSet(g.name, func(th *Thread, self Object) (Object, error) {
			m, err := memoryViewSelf(self)
			if err != nil {
				return nil, err
			}
			return g.get(m), nil
		}, nil, "")
	}
}

// dims returns the shape.
func (m *MemoryView) dims() []int {
	if m.shape != nil {
		return m.shape
	}
	return []int{m.n}
}

// strides returns the byte strides of each dimension.
func (m *MemoryView) strides() []int {
	if m.shape == nil {
		return []int{m.stride}
	}
	out := make([]int, len(m.shape))
	s := m.itemsize
	for i := len(m.shape) - 1; i >= 0; i-- {
		out[i] = s
		s *= m.shape[i]
	}
	return out
}

func intTuple(v []int) *Tuple {
	out := make([]Object, len(v))
	for i, x := range v {
		out[i] = NewInt(int64(x))
	}
	return NewTupleFromSlice(out)
}

// nestList arranges flat values into nested lists of the given shape.
func nestList(vals []Object, shape []int) Object {
	if len(shape) <= 1 {
		return NewList(vals)
	}
	n := len(vals) / max(shape[0], 1)
	out := make([]Object, shape[0])
	for i := range out {
		out[i] = nestList(vals[i*n:(i+1)*n], shape[1:])
	}
	return NewList(out)
}

// memoryViewCast implements memoryview.cast(format[, shape]).
func memoryViewCast(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var format string
	var shapeArg Object
	if err := UnpackArgs("cast", args, kwnames, "format", &format, "shape?", &shapeArg); err != nil {
		return nil, err
	}
	m, err := memoryViewSelf(self)
	if err != nil {
		return nil, err
	}
	if !m.contiguous() {
		return nil, Errorf(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	size := itemSize(format)
	if size == 0 {
		return nil, Errorf(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	src := formatChar(m.format)
	dst := formatChar(format)
	byteFormat := func(c byte) bool { return c == 'B' || c == 'b' || c == 'c' }
	if !byteFormat(src) && !byteFormat(dst) {
		return nil, Errorf(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.nbytes()
	v := &MemoryView{obj: m.obj, start: m.start, stride: size, format: strings.TrimPrefix(format, "@"), itemsize: size, readonly: m.readonly}
	if format != v.format {
		v.format = format
	}
	if shapeArg != nil {
		items, err := ListFromIterable(t, shapeArg)
		if err != nil {
			return nil, err
		}
		if _, isList := shapeArg.(*List); !isList {
			if _, isTuple := shapeArg.(*Tuple); !isTuple {
				return nil, Errorf(TypeErrorType, "shape must be a list or a tuple")
			}
		}
		total := size
		for _, it := range items {
			d, err := AsIndex(t, it)
			if err != nil {
				return nil, err
			}
			if d <= 0 {
				return nil, Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
			}
			v.shape = append(v.shape, d)
			total *= d
		}
		if total != nbytes {
			return nil, Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
		if len(v.shape) > 0 {
			v.n = v.shape[0]
		}
		if len(v.shape) == 1 {
			v.shape = nil
		}
		return v, nil
	}
	if nbytes%size != 0 {
		return nil, Errorf(TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	v.n = nbytes / size
	return v, nil
}
