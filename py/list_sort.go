package py

// list.sort and sorted(): a stable merge sort in the manner of timsort
// (natural runs, binary insertion sort up to a minimum run length, merges
// that keep the run stack balanced). Items are ordered with "<" only, as
// CPython does, and the first exception raised by a comparison stops the
// sort: the remaining comparisons answer "not less" without running any
// Python code, and the error is reported when the sort ends.

// sortState holds the keys being sorted, the values moved along with them
// (nil when sorting the keys themselves), and the comparison in use.
type sortState struct {
	t    *Thread
	keys []Object
	vals []Object
	err  error
	// kind selects a comparison that needs no slot calls when every key
	// has the same simple type.
	kind    sortKind
	tmpKeys []Object
	tmpVals []Object
}

type sortKind uint8

const (
	sortGeneric sortKind = iota
	sortInts
	sortStrs
	sortFloats
	sortTuples // tuples whose comparisons are decided by their first items most of the time
)

// less reports whether a < b.
func (s *sortState) less(a, b Object) bool {
	switch s.kind {
	case sortInts:
		return a.(Int) < b.(Int)
	case sortStrs:
		return a.(*Str).s < b.(*Str).s
	case sortFloats:
		return a.(Float) < b.(Float)
	case sortTuples:
		x, y := a.(*Tuple).items, b.(*Tuple).items
		if len(x) > 0 && len(y) > 0 {
			if r, ok := quickLess(x[0], y[0]); ok {
				return r
			}
		}
	}
	if s.err != nil {
		return false
	}
	r, err := CompareBool(s.t, a, b, CmpLT)
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// quickLess compares two tuple items without calling slots when both are
// ints or both are strs and they differ; ok is false when it cannot tell.
func quickLess(a, b Object) (less, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, isInt := b.(Int); isInt && x != y {
			return x < y, true
		}
	case *Str:
		if y, isStr := b.(*Str); isStr && x.s != y.s {
			return x.s < y.s, true
		}
	}
	return false, false
}

// chooseSortKind picks the fastest comparison valid for every key.
func chooseSortKind(keys []Object) sortKind {
	if len(keys) == 0 {
		return sortGeneric
	}
	switch keys[0].(type) {
	case Int:
		for _, k := range keys {
			if _, ok := k.(Int); !ok {
				return sortGeneric
			}
		}
		return sortInts
	case *Str:
		for _, k := range keys {
			if _, ok := k.(*Str); !ok {
				return sortGeneric
			}
		}
		return sortStrs
	case Float:
		for _, k := range keys {
			if _, ok := k.(Float); !ok {
				return sortGeneric
			}
		}
		return sortFloats
	case *Tuple:
		for _, k := range keys {
			if _, ok := k.(*Tuple); !ok {
				return sortGeneric
			}
		}
		return sortTuples
	}
	return sortGeneric
}

// sortObjects sorts keys stably, moving vals (when not nil) along with
// them. With reverse, equal keys keep their order and the rest is
// descending, as CPython's reverse=True does.
func sortObjects(t *Thread, keys, vals []Object, reverse bool) error {
	if len(keys) < 2 {
		return nil
	}
	s := &sortState{t: t, keys: keys, vals: vals, kind: chooseSortKind(keys)}
	if reverse {
		s.reverseRange(0, len(keys))
	}
	s.timsort()
	if reverse {
		s.reverseRange(0, len(keys))
	}
	return s.err
}

func (s *sortState) reverseRange(lo, hi int) {
	reverseObjects(s.keys[lo:hi])
	if s.vals != nil {
		reverseObjects(s.vals[lo:hi])
	}
}

// minRunLength returns the minimum run length timsort uses for n items:
// between 32 and 64, so that n/minrun is a power of two or close to it.
func minRunLength(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run starting at lo, making it
// ascending (a strictly descending run is reversed in place).
func (s *sortState) countRun(lo, hi int) int {
	i := lo + 1
	if i == hi {
		return 1
	}
	k := s.keys
	if s.less(k[i], k[lo]) {
		for i+1 < hi && s.less(k[i+1], k[i]) {
			i++
		}
		s.reverseRange(lo, i+1)
	} else {
		for i+1 < hi && !s.less(k[i+1], k[i]) {
			i++
		}
	}
	return i + 1 - lo
}

// binaryInsertion sorts [lo, hi) given that [lo, start) is sorted.
func (s *sortState) binaryInsertion(lo, hi, start int) {
	k, v := s.keys, s.vals
	for ; start < hi; start++ {
		pivot := k[start]
		l, r := lo, start
		for l < r {
			m := int(uint(l+r) >> 1)
			if s.less(pivot, k[m]) {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(k[l+1:start+1], k[l:start])
		k[l] = pivot
		if v != nil {
			pv := v[start]
			copy(v[l+1:start+1], v[l:start])
			v[l] = pv
		}
	}
}

type sortRun struct{ base, n int }

// timsort sorts the whole of s.keys.
func (s *sortState) timsort() {
	n := len(s.keys)
	if n < 64 {
		run := s.countRun(0, n)
		s.binaryInsertion(0, n, run)
		return
	}
	minRun := minRunLength(n)
	var stack []sortRun
	for lo := 0; lo < n; {
		run := s.countRun(lo, n)
		if run < minRun {
			force := minRun
			if n-lo < force {
				force = n - lo
			}
			s.binaryInsertion(lo, lo+force, lo+run)
			run = force
		}
		stack = append(stack, sortRun{lo, run})
		stack = s.mergeCollapse(stack)
		lo += run
	}
	for len(stack) > 1 {
		i := len(stack) - 2
		if i > 0 && stack[i-1].n < stack[i+1].n {
			i--
		}
		stack = s.mergeAt(stack, i)
	}
}

// mergeCollapse merges runs until the stack invariants hold (each run
// longer than the sum of the two above it).
func (s *sortState) mergeCollapse(stack []sortRun) []sortRun {
	for len(stack) > 1 {
		i := len(stack) - 2
		switch {
		case i > 0 && stack[i-1].n <= stack[i].n+stack[i+1].n,
			i > 1 && stack[i-2].n <= stack[i-1].n+stack[i].n:
			if stack[i-1].n < stack[i+1].n {
				i--
			}
		case stack[i].n > stack[i+1].n:
			return stack
		}
		stack = s.mergeAt(stack, i)
	}
	return stack
}

// mergeAt merges runs i and i+1 of the stack.
func (s *sortState) mergeAt(stack []sortRun, i int) []sortRun {
	a, b := stack[i], stack[i+1]
	s.merge(a.base, a.base+a.n, b.base+b.n)
	stack[i].n += b.n
	copy(stack[i+1:], stack[i+2:])
	return stack[:len(stack)-1]
}

// merge merges the sorted ranges [lo, mid) and [mid, hi).
func (s *sortState) merge(lo, mid, hi int) {
	k, v := s.keys, s.vals
	// Items of the left run not greater than the first of the right run
	// are already in place, as are items of the right run not less than
	// the last of the left run.
	for lo < mid && !s.less(k[mid], k[lo]) {
		lo++
	}
	for mid < hi && !s.less(k[hi-1], k[mid-1]) {
		hi--
	}
	if lo == mid || mid == hi {
		return
	}
	// Copy the left run aside and merge forwards into its place.
	s.tmpKeys = append(s.tmpKeys[:0], k[lo:mid]...)
	if v != nil {
		s.tmpVals = append(s.tmpVals[:0], v[lo:mid]...)
	}
	tk, tv := s.tmpKeys, s.tmpVals
	i, j, d := 0, mid, lo
	for i < len(tk) && j < hi {
		if s.less(k[j], tk[i]) {
			k[d] = k[j]
			if v != nil {
				v[d] = v[j]
			}
			j++
		} else {
			k[d] = tk[i]
			if v != nil {
				v[d] = tv[i]
			}
			i++
		}
		d++
	}
	copy(k[d:], tk[i:])
	if v != nil {
		copy(v[d:], tv[i:])
	}
	clear(s.tmpKeys)
	clear(s.tmpVals)
}

// listSort implements list.sort(*, key=None, reverse=False).
func listSort(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	key, reverse, err := sortArgs(args, kw)
	if err != nil {
		return nil, err
	}
	l, _ := AsList(self)
	return None, l.Sort(t, key, reverse)
}

// sortArgs parses the keyword-only arguments of list.sort and sorted.
func sortArgs(args []Object, kw *Tuple) (key Object, reverse bool, err error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	if len(args) > nkw {
		return nil, false, Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	for i := 0; i < nkw; i++ {
		name := kw.items[i].(*Str).s
		v := args[i]
		switch name {
		case "key":
			key = v
		case "reverse":
			r, err := sortReverseArg(v)
			if err != nil {
				return nil, false, err
			}
			reverse = r
		default:
			return nil, false, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for sort()", name)
		}
	}
	if key == None {
		key = nil
	}
	return key, reverse, nil
}

// sortReverseArg converts reverse= as CPython's argument parser does for
// an int flag.
func sortReverseArg(v Object) (bool, error) {
	if _, ok := v.(Float); ok {
		return false, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	s, b, ok := IntValue(v)
	if !ok {
		return false, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	return b != nil || s != 0, nil
}

// Sort sorts the list in place, stably, by key (nil: the items
// themselves), descending when reverse is true. While it runs the list
// looks empty; if Python code changes it meanwhile, the sort raises
// ValueError("list modified during sort").
func (l *List) Sort(t *Thread, key Object, reverse bool) error {
	items := l.items
	l.items = nil
	var err error
	if key == nil {
		err = sortObjects(t, items, nil, reverse)
	} else {
		keys := make([]Object, len(items))
		for i, x := range items {
			k, kerr := Call(t, key, []Object{x}, nil)
			if kerr != nil {
				err = kerr
				break
			}
			keys[i] = k
		}
		if err == nil {
			err = sortObjects(t, keys, items, reverse)
		}
	}
	modified := l.items != nil
	l.items = items
	if err == nil && modified {
		return Errorf(ValueErrorType, "list modified during sort")
	}
	return err
}

func init() {
	ListType.AddMethod("sort", listSort, "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.")
}
