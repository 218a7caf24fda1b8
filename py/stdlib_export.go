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

// BytesLike returns the bytes of a bytes-like object (bytes, bytearray,
// memoryview, a BufferExporter, or an instance of a subclass of one of
// them). The caller must not keep or modify them.
func BytesLike(o Object) ([]byte, bool) { return bufferBytes(o) }

// WritableBytes returns the memory of a writable bytes-like object
// (bytearray, a writable contiguous memoryview, a writable
// BufferExporter) for writing in place.
func WritableBytes(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *ByteArray:
		return v.b, true
	case *MemoryView:
		if v.readonly || v.released || !v.contiguous() {
			return nil, false
		}
		mem := v.memory()
		end := v.start + v.nbytes()
		if end > len(mem) {
			return nil, false
		}
		return mem[v.start:end], true
	case BufferExporter:
		data, _, ro := v.Buffer()
		return data, !ro
	case *Instance:
		if v.base != nil {
			return WritableBytes(v.base)
		}
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

// StrFromRunes returns the str of the code points rs (lone surrogates
// included).
func StrFromRunes(rs []rune) *Str {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return NewStr(string(b))
}

// DictField gives the instances of a type defined outside py a __dict__:
// embed it (by value) in the Go struct of the type, whose Type should
// set FlagHasDict. The dict is made on first use.
type DictField struct{ dict *Dict }

func (f *DictField) instanceDict() *Dict {
	if f.dict == nil {
		f.dict = NewDict()
	}
	return f.dict
}
