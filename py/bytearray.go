package py

import (
	"bytes"
	"strings"

	"github.com/kaa-lang/kaa/syntax"
)

// ByteArray is a Python bytearray: a mutable sequence of bytes.
//
// CPython refuses to resize a bytearray while a memoryview exports it
// (BufferError), and reference counting ends most exports as soon as the
// view is dropped. kaa cannot see when a view is dropped, so it lets the
// bytearray resize and memoryviews read its current memory each time.
type ByteArray struct {
	b []byte
}

// ByteArrayType is the type of bytearray.
var ByteArrayType = newBuiltinType("bytearray", ObjectType, FlagBaseType|FlagSequence)

// Type returns ByteArrayType.
func (*ByteArray) Type() *Type { return ByteArrayType }

// NewByteArray returns a bytearray that takes ownership of b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// Value returns the current contents (shared: do not keep them across
// calls that may resize the bytearray).
func (a *ByteArray) Value() []byte { return a.b }

// AsByteArray returns o's bytearray when o is a bytearray or an instance
// of a subclass of bytearray.
func AsByteArray(o Object) (*ByteArray, bool) {
	switch v := o.(type) {
	case *ByteArray:
		return v, true
	case *Instance:
		a, ok := v.base.(*ByteArray)
		return a, ok
	}
	return nil, false
}

// byteValue converts an object to a byte value, with bytearray's
// messages.
func byteValue(t *Thread, o Object) (byte, error) {
	var n int64
	if i, ok := o.(Int); ok {
		n = int64(i)
	} else {
		v, err := Index(t, o)
		if err != nil {
			return 0, err
		}
		s, big, _ := IntValue(v)
		if big != nil {
			return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		n = s
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func init() {
	ByteArrayType.Doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array"
	ByteArrayType.unhashable = true
	s := &ByteArrayType.Slots
	s.Hash = HashNotImplemented
	s.Repr = byteArrayRepr
	s.Compare = byteArrayCompare
	s.Len = func(t *Thread, o Object) (int, error) {
		a, _ := AsByteArray(o)
		return len(a.b), nil
	}
	s.GetItem = byteArrayGetItem
	s.SetItem = byteArraySetItem
	s.Contains = func(t *Thread, o, x Object) (bool, error) {
		a, _ := AsByteArray(o)
		return bytesContains(t, a.b, x)
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		return &ByteArrayIterator{a: o}, nil
	}
	s.Concat = func(t *Thread, x, y Object) (Object, error) {
		a, _ := AsByteArray(x)
		b, ok := bufferBytes(y)
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to bytearray", TypeName(y))
		}
		out := make([]byte, 0, len(a.b)+len(b))
		return NewByteArray(append(append(out, a.b...), b...)), nil
	}
	s.InplaceConcat = func(t *Thread, x, y Object) (Object, error) {
		a, _ := AsByteArray(x)
		b, ok := bufferBytes(y)
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to bytearray", TypeName(y))
		}
		a.b = append(a.b, b...)
		return x, nil
	}
	s.Repeat = func(t *Thread, o Object, n int) (Object, error) {
		a, _ := AsByteArray(o)
		if n <= 0 {
			return NewByteArray(nil), nil
		}
		if err := t.checkSize(len(a.b), n); err != nil {
			return nil, err
		}
		return NewByteArray(bytes.Repeat(a.b, n)), nil
	}
	s.InplaceRepeat = func(t *Thread, o Object, n int) (Object, error) {
		a, _ := AsByteArray(o)
		if n <= 0 {
			a.b = a.b[:0]
			return o, nil
		}
		if n == 1 {
			return o, nil
		}
		if err := t.checkSize(len(a.b), n); err != nil {
			return nil, err
		}
		a.b = bytes.Repeat(a.b, n)
		return o, nil
	}
	s.New = byteArrayNew
	s.Init = byteArrayInit
	s.Binary[NB_REMAINDER] = func(t *Thread, x, y Object) (Object, error) {
		a, ok := AsByteArray(x)
		if !ok {
			return NotImplemented, nil
		}
		out, err := percentFormat(t, string(a.b), y, true)
		if err != nil {
			return nil, err
		}
		return NewByteArray(out), nil
	}
	ByteArrayIteratorType.Slots.Iter = selfIter
	ByteArrayIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*ByteArrayIterator)
		a, _ := AsByteArray(it.a)
		if a == nil || it.i >= len(a.b) {
			it.a = nil
			return nil, false, nil
		}
		it.i++
		return NewInt(int64(a.b[it.i-1])), true, nil
	}
}

// byteArrayRepr is repr(bytearray): bytearray(b'...'), with the name of
// a subclass.
func byteArrayRepr(t *Thread, o Object) (Object, error) {
	a, _ := AsByteArray(o)
	return NewStr(o.Type().Name + "(" + reprByteArrayBytes(a.b) + ")"), nil
}

// reprByteArrayBytes is the b'...' part of a bytearray's repr, which
// differs from bytes' repr: a single quote is always escaped, even
// inside double quotes.
func reprByteArrayBytes(b []byte) string {
	if bytes.IndexByte(b, '\'') < 0 {
		return syntax.ReprBytes(string(b))
	}
	quote := byte('\'')
	if bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == '\'' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7F:
			sb.WriteString(sprintf("\\x%02x", c))
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// byteArrayCompare compares a bytearray with any bytes-like object.
func byteArrayCompare(t *Thread, x, y Object, op CompareOp) (Object, error) {
	a, _ := AsByteArray(x)
	b, ok := bufferBytes(y)
	if !ok {
		return NotImplemented, nil
	}
	return compareResult(bytes.Compare(a.b, b), op), nil
}

// bytesContains implements "x in b" for bytes and bytearray.
func bytesContains(t *Thread, b []byte, x Object) (bool, error) {
	if sub, ok := bufferBytes(x); ok {
		return bytes.Contains(b, sub), nil
	}
	if x.Type().Slots.Index == nil {
		return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(x))
	}
	v, err := Index(t, x)
	if err != nil {
		return false, err
	}
	n, big, _ := IntValue(v)
	if big != nil || n < 0 || n > 255 {
		return false, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return bytes.IndexByte(b, byte(n)) >= 0, nil
}

// byteArrayGetItem implements a[i] and a[i:j:k].
func byteArrayGetItem(t *Thread, o, k Object) (Object, error) {
	a, _ := AsByteArray(o)
	if i, ok := k.(Int); ok {
		idx, ok := listIndex(i, len(a.b))
		if !ok {
			return nil, Errorf(IndexErrorType, "bytearray index out of range")
		}
		return NewInt(int64(a.b[idx])), nil
	}
	if sl, ok := k.(*Slice); ok {
		start, stop, step, err := sl.Indices(t, len(a.b))
		if err != nil {
			return nil, err
		}
		return NewByteArray(sliceBytes(a.b, start, stop, step)), nil
	}
	idx, err := IndexOf(t, k, "bytearray indices must be integers or slices")
	if err != nil {
		return nil, err
	}
	return byteArrayGetItem(t, o, idx)
}

// sliceBytes copies the bytes range(start, stop, step) selects.
func sliceBytes(b []byte, start, stop, step int) []byte {
	n := sliceLength(start, stop, step)
	out := make([]byte, n)
	if step == 1 {
		copy(out, b[start:start+n])
		return out
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = b[j]
	}
	return out
}

// byteArraySetItem implements a[k] = v and del a[k] (v nil).
func byteArraySetItem(t *Thread, o, k, v Object) error {
	a, _ := AsByteArray(o)
	if sl, ok := k.(*Slice); ok {
		return a.setSlice(t, sl, v)
	}
	var idx Object = k
	if _, ok := k.(Int); !ok {
		var err error
		if idx, err = IndexOf(t, k, "bytearray indices must be integers or slices"); err != nil {
			return err
		}
	}
	i, ok := listIndex(idx.(Int), len(a.b))
	if !ok {
		return Errorf(IndexErrorType, "bytearray index out of range")
	}
	if v == nil {
		a.b = append(a.b[:i], a.b[i+1:]...)
		return nil
	}
	c, err := byteValue(t, v)
	if err != nil {
		return err
	}
	a.b[i] = c
	return nil
}

// assignableBytes converts the right side of a slice assignment.
func assignableBytes(t *Thread, v Object) ([]byte, error) {
	if b, ok := bufferBytes(v); ok {
		return append([]byte(nil), b...), nil
	}
	if _, isStr := AsStr(v); isStr || v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
		return nil, Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return bytesFromIterable(t, v, "byte must be in range(0, 256)")
}

// setSlice assigns to or deletes (v nil) a slice.
func (a *ByteArray) setSlice(t *Thread, sl *Slice, v Object) error {
	start, stop, step, err := sl.Indices(t, len(a.b))
	if err != nil {
		return err
	}
	var repl []byte
	if v != nil {
		if repl, err = assignableBytes(t, v); err != nil {
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(repl) == stop-start {
			copy(a.b[start:], repl)
			return nil
		}
		out := make([]byte, 0, len(a.b)-(stop-start)+len(repl))
		out = append(out, a.b[:start]...)
		out = append(out, repl...)
		a.b = append(out, a.b[stop:]...)
		return nil
	}
	n := sliceLength(start, stop, step)
	if v == nil || len(repl) == 0 {
		// assigning nothing deletes, even for an extended slice
		if n == 0 {
			return nil
		}
		if step < 0 {
			start, step = start+(n-1)*step, -step
		}
		w := start
		for r := start; r < len(a.b); r++ {
			if (r-start)%step == 0 && (r-start)/step < n {
				continue
			}
			a.b[w] = a.b[r]
			w++
		}
		a.b = a.b[:w]
		return nil
	}
	if len(repl) != n {
		return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		a.b[j] = repl[i]
	}
	return nil
}

// ByteArrayIterator iterates over a bytearray, seeing changes made
// during the iteration.
type ByteArrayIterator struct {
	a Object
	i int
}

// ByteArrayIteratorType is the type of iter(bytearray()).
var ByteArrayIteratorType = newBuiltinType("bytearray_iterator", ObjectType, 0)

// Type returns ByteArrayIteratorType.
func (*ByteArrayIterator) Type() *Type { return ByteArrayIteratorType }
