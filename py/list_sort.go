package py

import (
	"cmp"
	"slices"
	"strings"
)

// list.sort and sorted(): a stable merge sort in the manner of timsort
// (natural runs, binary insertion sort up to a minimum run length, merges
// that keep the run stack balanced). Items are ordered with "<" only, as
// CPython does, and the first exception raised by a comparison stops the
// sort: the remaining comparisons answer "not less" without running any
// Python code, and the error is reported when the sort ends.

// sortState holds the comparison of a sort over Python objects: the
// first exception a comparison raises is kept in err.
type sortState struct {
	t   *Thread
	err error
}

// less reports whether a < b using the objects' comparison.
func (s *sortState) less(a, b Object) bool {
	if s.err != nil {
		return false
	}
	if r, ok := quickLess(a, b); ok {
		return r
	}
	r, err := CompareBool(s.t, a, b, CmpLT)
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// quickLess compares two objects without calling slots when both are
// ints, strs, or tuples whose first differing items are ints or strs; ok
// is false when it cannot tell.
func quickLess(a, b Object) (less, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, isInt := b.(Int); isInt {
			return x < y, true
		}
	case *Str:
		if y, isStr := b.(*Str); isStr {
			return x.s < y.s, true
		}
	case *Tuple:
		y, isTuple := b.(*Tuple)
		if !isTuple {
			return false, false
		}
		n := len(x.items)
		if len(y.items) < n {
			n = len(y.items)
		}
		for i := 0; i < n; i++ {
			p, q := x.items[i], y.items[i]
			switch pv := p.(type) {
			case Int:
				qv, ok := q.(Int)
				if !ok {
					return false, false
				}
				if pv != qv {
					return pv < qv, true
				}
			case *Str:
				qv, ok := q.(*Str)
				if !ok {
					return false, false
				}
				if pv != qv {
					if c := strings.Compare(pv.s, qv.s); c != 0 {
						return c < 0, true
					}
				}
			default:
				return false, false
			}
		}
		return len(x.items) < len(y.items), true
	}
	return false, false
}

// sortKind tells which specialised sort applies to a list of keys.
type sortKind uint8

const (
	sortGeneric sortKind = iota
	sortInts
	sortStrs
	sortFloats
)

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
	switch chooseSortKind(keys) {
	case sortInts:
		if vals == nil {
			// Equal ints cannot be told apart: any sort will do.
			if reverse {
				slices.SortFunc(keys, func(a, b Object) int { return cmp.Compare(b.(Int), a.(Int)) })
			} else {
				slices.SortFunc(keys, func(a, b Object) int { return cmp.Compare(a.(Int), b.(Int)) })
			}
			return nil
		}
		ks := make([]int64, len(keys))
		for i, k := range keys {
			ks[i] = int64(k.(Int))
		}
		stableSort(ks, vals, func(a, b int64) bool { return a < b }, reverse)
		return nil
	case sortFloats:
		ks := make([]float64, len(keys))
		for i, k := range keys {
			ks[i] = float64(k.(Float))
		}
		if vals == nil {
			vals = keys
		}
		stableSort(ks, vals, func(a, b float64) bool { return a < b }, reverse)
		return nil
	case sortStrs:
		ks := make([]string, len(keys))
		for i, k := range keys {
			ks[i] = k.(*Str).s
		}
		if vals == nil {
			vals = keys
		}
		stableSort(ks, vals, func(a, b string) bool { return a < b }, reverse)
		return nil
	}
	s := &sortState{t: t}
	stableSort(keys, vals, s.less, reverse)
	return s.err
}

// stableSort sorts keys stably with less, moving vals (when not nil)
// along; reverse sorts descending keeping equal keys in order.
func stableSort[K any](keys []K, vals []Object, less func(a, b K) bool, reverse bool) {
	if len(keys) < 2 {
		return
	}
	ts := &timsort[K]{keys: keys, vals: vals, less: less}
	if reverse {
		ts.reverseRange(0, len(keys))
	}
	ts.sort()
	if reverse {
		ts.reverseRange(0, len(keys))
	}
}

// timsort holds one stable sort: keys ordered by less, with vals (when
// not nil) moved along with them.
type timsort[K any] struct {
	keys    []K
	vals    []Object
	less    func(a, b K) bool
	tmpKeys []K
	tmpVals []Object
}

func (s *timsort[K]) reverseRange(lo, hi int) {
	k := s.keys[lo:hi]
	for i, j := 0, len(k)-1; i < j; i, j = i+1, j-1 {
		k[i], k[j] = k[j], k[i]
	}
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
func (s *timsort[K]) countRun(lo, hi int) int {
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
func (s *timsort[K]) binaryInsertion(lo, hi, start int) {
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

// sort sorts the whole of s.keys.
func (s *timsort[K]) sort() {
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
func (s *timsort[K]) mergeCollapse(stack []sortRun) []sortRun {
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
func (s *timsort[K]) mergeAt(stack []sortRun, i int) []sortRun {
	a, b := stack[i], stack[i+1]
	s.merge(a.base, a.base+a.n, b.base+b.n)
	stack[i].n += b.n
	copy(stack[i+1:], stack[i+2:])
	return stack[:len(stack)-1]
}

// merge merges the sorted ranges [lo, mid) and [mid, hi).
func (s *timsort[K]) merge(lo, mid, hi int) {
	k, v := s.keys, s.vals
	// Items of the left run not greater than the first of the right run
	// are already in place, as are items of the right run not less than
	// the last of the left run: find both ends by binary search.
	first := k[mid]
	l, r := lo, mid
	for l < r {
		m := int(uint(l+r) >> 1)
		if s.less(first, k[m]) {
			r = m
		} else {
			l = m + 1
		}
	}
	lo = l
	if lo == mid {
		return
	}
	last := k[mid-1]
	l, r = mid, hi
	for l < r {
		m := int(uint(l+r) >> 1)
		if s.less(k[m], last) {
			l = m + 1
		} else {
			r = m
		}
	}
	hi = l
	if mid == hi {
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
	if len(args) > 2 {
		return nil, false, Errorf(TypeErrorType, "sort() takes at most 2 arguments (%d given)", len(args))
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
