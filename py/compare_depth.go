package py

// Comparing nested containers recurses through Go code: like CPython's
// rich comparison, each level counts against the recursion limit, so a
// 100000-deep list compared with another raises RecursionError ("in
// comparison") instead of growing the Go stack without bound.

// errCompareDepth is the RecursionError of too deep comparisons.
func errCompareDepth() error {
	return Errorf(RecursionErrorType, "maximum recursion depth exceeded in comparison")
}

// compareSeqs compares two sequences item by item (lists, tuples).
func compareSeqs(t *Thread, a, b []Object, op CompareOp) (Object, error) {
	if t == nil {
		return compareSeqItems(t, a, b, op)
	}
	if t.depth >= t.interp.recursionLimit {
		return nil, errCompareDepth()
	}
	t.depth++
	r, err := compareSeqItems(t, a, b, op)
	t.depth--
	return r, err
}

// dictEqual reports whether two dicts have the same items.
func dictEqual(t *Thread, x, y *Dict) (bool, error) {
	if t == nil {
		return dictEqualItems(t, x, y)
	}
	if t.depth >= t.interp.recursionLimit {
		return false, errCompareDepth()
	}
	t.depth++
	r, err := dictEqualItems(t, x, y)
	t.depth--
	return r, err
}
