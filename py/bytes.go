package py

import (
	"bytes"

	"github.com/kaa-lang/kaa/syntax"
)

// Bytes is a Python bytes object (immutable).
type Bytes struct {
	b      []byte
	hash   int64
	hashed bool
}

// BytesType is the type of bytes.
var BytesType = newBuiltinType("bytes", ObjectType, FlagBaseType|FlagBytesSubclass)

// Type returns BytesType.
func (*Bytes) Type() *Type { return BytesType }

// NewBytes returns a bytes object that takes ownership of b.
func NewBytes(b []byte) *Bytes { return &Bytes{b: b} }

// Value returns the bytes; the caller must not modify them.
func (b *Bytes) Value() []byte { return b.b }

// AsBytes returns o's bytes value when o is bytes or an instance of a
// subclass of bytes.
func AsBytes(o Object) (*Bytes, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v, true
	case *Instance:
		s, ok := v.base.(*Bytes)
		return s, ok
	}
	return nil, false
}

func init() {
	s := &BytesType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		b, _ := AsBytes(o)
		return NewStr(syntax.ReprBytes(string(b.b))), nil
	}
	s.Hash = func(t *Thread, o Object) (int64, error) {
		b, _ := AsBytes(o)
		if !b.hashed {
			b.hash = stringHash(string(b.b))
			b.hashed = true
		}
		return b.hash, nil
	}
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := AsBytes(a)
		y, ok := AsBytes(b)
		if !ok {
			return NotImplemented, nil
		}
		return compareResult(bytes.Compare(x.b, y.b), op), nil
	}
	s.Len = func(t *Thread, o Object) (int, error) {
		b, _ := AsBytes(o)
		return len(b.b), nil
	}
	s.GetItem = func(t *Thread, o, k Object) (Object, error) {
		b, _ := AsBytes(o)
		if i, ok := k.(Int); ok {
			idx, ok := listIndex(i, len(b.b))
			if !ok {
				return nil, Errorf(IndexErrorType, "index out of range")
			}
			return NewInt(int64(b.b[idx])), nil
		}
		if sl, ok := k.(*Slice); ok {
			start, stop, step, err := sl.Indices(t, len(b.b))
			if err != nil {
				return nil, err
			}
			n := sliceLength(start, stop, step)
			out := make([]byte, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out[i] = b.b[j]
			}
			return NewBytes(out), nil
		}
		idx, err := IndexOf(t, k, "byte indices must be integers or slices")
		if err != nil {
			return nil, err
		}
		return BytesType.Slots.GetItem(t, o, idx)
	}
	s.Concat = func(t *Thread, a, b Object) (Object, error) {
		x, _ := AsBytes(a)
		y, ok := bufferBytes(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to bytes", TypeName(b))
		}
		out := make([]byte, 0, len(x.b)+len(y))
		return NewBytes(append(append(out, x.b...), y...)), nil
	}
	s.Repeat = func(t *Thread, o Object, n int) (Object, error) {
		b, _ := AsBytes(o)
		if n <= 0 {
			return NewBytes(nil), nil
		}
		if err := repeatSizeError(len(b.b), n, "repeated bytes are too long"); err != nil {
			return nil, err
		}
		if err := t.checkSize(len(b.b), n); err != nil {
			return nil, err
		}
		return NewBytes(bytes.Repeat(b.b, n)), nil
	}
	s.Contains = func(t *Thread, o, x Object) (bool, error) {
		b, _ := AsBytes(o)
		return bytesContains(t, b.b, x)
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		b, _ := AsBytes(o)
		return &BytesIterator{b: b.b}, nil
	}
	BytesIteratorType.Slots.Iter = selfIter
	BytesIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*BytesIterator)
		if it.i >= len(it.b) {
			return nil, false, nil
		}
		it.i++
		return NewInt(int64(it.b[it.i-1])), true, nil
	}
}

// BytesIterator iterates over the byte values of a bytes object.
type BytesIterator struct {
	b []byte
	i int
}

// BytesIteratorType is the type of iter(b"").
var BytesIteratorType = newBuiltinType("bytes_iterator", ObjectType, 0)

// Type returns BytesIteratorType.
func (*BytesIterator) Type() *Type { return BytesIteratorType }
