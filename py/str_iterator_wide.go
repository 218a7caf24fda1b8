package py

// This file holds str_iterator, the type of iterators over non-ASCII
// strs (iterators over ASCII strs are str_ascii_iterator, in str.go).

// StrWideIteratorType is the type of iter() of a non-ASCII str.
var StrWideIteratorType = newBuiltinType("str_iterator", ObjectType, 0)

func init() {
	StrWideIteratorType.Slots.Iter = selfIter
	StrWideIteratorType.Slots.Next = strIteratorNext
	StrWideIteratorType.AddMethod("__length_hint__", strWideIteratorLengthHint, "Private method returning an estimate of len(list(it)).")
}

// strWideIteratorLengthHint returns the number of characters left.
func strWideIteratorLengthHint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := noArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	it := self.(*StrIterator)
	if it.pos >= len(it.s.s) {
		return NewInt(0), nil
	}
	return NewInt(int64(charCount(it.s.s[it.pos:]))), nil
}
