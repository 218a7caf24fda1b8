package py

import "strings"

// This file exports, for the modules of stdlib/ (which live outside
// package py), a few helpers that built-in types inside py use.

// NewInstanceWithBase returns an instance of typ, a class that extends a
// built-in type defined outside package py, wrapping base: the value of
// that built-in type. The New slot of a subclassable built-in type calls
// it when asked for an instance of a subclass.
func NewInstanceWithBase(typ *Type, base Object) Object {
	inst := newInstance(typ)
	inst.base = base
	return inst
}

// ReprEnter marks o as being printed by repr; it reports true when o
// already is (a container that contains itself), in which case the
// caller prints the "..." form and does not call ReprLeave.
func (t *Thread) ReprEnter(o Object) bool { return t.reprEnter(o) }

// ReprLeave undoes ReprEnter.
func (t *Thread) ReprLeave(o Object) { t.reprLeave(o) }

// CompareSeqs compares two sequences item by item, as lists and tuples
// compare (lexicographically, equality first).
func CompareSeqs(t *Thread, a, b []Object, op CompareOp) (Object, error) {
	return compareSeqs(t, a, b, op)
}

// SeqContains is "x in items" for a sequence: identity, then equality.
func SeqContains(t *Thread, items []Object, x Object) (bool, error) {
	return seqContains(t, items, x)
}

// ReprItems joins the reprs of items between open and close ("[" and
// "]"), printing open...close for a container that contains itself.
func ReprItems(t *Thread, self Object, open, close string, items []Object) (*Str, error) {
	r, err := reprSeq(t, self, open, close, items)
	if err != nil {
		return nil, err
	}
	return r.(*Str), nil
}

// CheckSize returns MemoryError when a value of n items of itemSize bytes
// each would be larger than kaa agrees to allocate.
func (t *Thread) CheckSize(itemSize, n int) error { return t.checkSize(itemSize, n) }

// Buffer is implemented by objects whose value is a block of memory that
// other objects may read, or write in place: CPython's buffer protocol.
// Types defined outside package py (array.array) implement it so that
// bytes(), bytearray(), memoryview() and the struct and io modules
// accept them.
type Buffer interface {
	Object
	// BufferBytes returns the memory itself (not a copy) and whether
	// writing to it is forbidden.
	BufferBytes() (b []byte, readonly bool)
	// BufferFormat returns the struct-module format of one item ("B" for
	// plain bytes) and the size of an item in bytes.
	BufferFormat() (format string, itemsize int)
}

// BytesLike returns the bytes of a bytes-like object (bytes, bytearray,
// memoryview, a Buffer, or an instance of a subclass of one of them),
// without copying them: the caller must not keep or modify them.
func BytesLike(o Object) ([]byte, bool) {
	if b, ok := o.(Buffer); ok {
		data, _ := b.BufferBytes()
		return data, true
	}
	if inst, ok := o.(*Instance); ok {
		if b, ok := inst.base.(Buffer); ok {
			data, _ := b.BufferBytes()
			return data, true
		}
	}
	return bufferBytes(o)
}

// WritableBytes returns the memory of a writable bytes-like object
// (bytearray, a writable memoryview or Buffer) for writing in place.
func WritableBytes(o Object) ([]byte, bool) {
	if inst, ok := o.(*Instance); ok && inst.base != nil {
		o = inst.base
	}
	if b, ok := o.(Buffer); ok {
		data, ro := b.BufferBytes()
		return data, !ro
	}
	return nil, false
}

// NewExceptionType returns a new built-in exception class called name,
// defined in module (struct.error, io.UnsupportedOperation), whose bases
// are bases (the first one determines its behaviour). Modules outside py
// call it in a package-level variable declaration, after py's types are
// complete.
func NewExceptionType(module, name, doc string, bases ...*Type) *Type {
	t := newBuiltinType(name, bases[0], FlagBaseType|FlagHasDict)
	t.Doc = doc
	if len(bases) > 1 {
		t.Bases = bases
		if mro, err := computeMRO(t, bases); err == nil {
			t.MRO = mro
		}
		for _, b := range bases {
			t.Flags |= b.Flags & inheritedFlags
		}
	}
	t.Slots = bases[0].Slots
	t.Dict.SetString("__module__", NewStr(module))
	return t
}

// ShortName returns the type's __name__. A built-in type defined by a
// module may be named with its module, as CPython's tp_name is
// ("collections.deque", "array.array"), so that error messages show that
// name; its __name__ is the part after the last dot.
func (t *Type) ShortName() string {
	if t.Flags&FlagHeap == 0 {
		if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
			return t.Name[i+1:]
		}
	}
	return t.Name
}
