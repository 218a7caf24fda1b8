package py

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
