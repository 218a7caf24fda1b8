package py

// nextPair advances an enumerate or dict-items iterator (exact types)
// for a FOR_ITER whose next instruction unpacks two targets, returning
// the two items without building the tuple. handled is false for other
// iterators, which the loop advances as usual.
func (t *Thread) nextPair(it Object) (first, second Object, ok, handled bool, err error) {
	switch v := it.(type) {
	case *Enumerate:
		first, second, ok, err = v.step(t)
		return first, second, ok, true, err
	case *DictIterator:
		if v.kind == dictIterItems {
			first, second, ok, err = v.step()
			return first, second, ok, true, err
		}
	}
	return nil, nil, false, false, nil
}
