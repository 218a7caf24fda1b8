package py

import (
	"math/rand"
	"sort"
	"testing"
)

// TestStableSortMatchesReference sorts random inputs of many shapes
// (random, runs, descending runs, few distinct keys) and compares with
// sort.SliceStable, including the values moved along with the keys and
// the reverse order.
func TestStableSortMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	shapes := []func(n int) []int64{
		func(n int) []int64 { // random with few distinct keys
			a := make([]int64, n)
			for i := range a {
				a[i] = rng.Int63n(10)
			}
			return a
		},
		func(n int) []int64 { // ascending and descending runs
			a := make([]int64, n)
			v := int64(0)
			for i := range a {
				if i%97 < 50 {
					v++
				} else {
					v--
				}
				a[i] = v
			}
			return a
		},
		func(n int) []int64 { // random
			a := make([]int64, n)
			for i := range a {
				a[i] = rng.Int63n(1 << 40)
			}
			return a
		},
	}
	for _, n := range []int{0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000} {
		for si, shape := range shapes {
			for _, reverse := range []bool{false, true} {
				keys := shape(n)
				vals := make([]Object, n)
				type pair struct {
					k int64
					i int
				}
				ref := make([]pair, n)
				for i := range keys {
					vals[i] = NewInt(int64(i))
					ref[i] = pair{keys[i], i}
				}
				sort.SliceStable(ref, func(a, b int) bool {
					if reverse {
						return ref[a].k > ref[b].k
					}
					return ref[a].k < ref[b].k
				})
				stableSort(keys, vals, func(a, b int64) bool { return a < b }, reverse)
				for i := range ref {
					if keys[i] != ref[i].k || vals[i].(Int) != Int(ref[i].i) {
						t.Fatalf("n=%d shape=%d reverse=%v: position %d has (%d, %v), want (%d, %d)",
							n, si, reverse, i, keys[i], vals[i], ref[i].k, ref[i].i)
					}
				}
			}
		}
	}
}

// TestListSortModified checks that a key function that appends to the
// list being sorted gets ValueError, and the list keeps its items.
func TestListSortModified(t *testing.T) {
	th := newTestThread(t)
	l := NewList([]Object{NewInt(3), NewInt(1), NewInt(2)})
	key := NewBuiltin("key", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		l.Append(NewInt(9))
		return args[0], nil
	}, "")
	err := l.Sort(th, key, false)
	if err == nil || err.Error() != "ValueError: list modified during sort" {
		t.Fatalf("got %v", err)
	}
	if got := mustRepr(t, th, l); got != "[1, 2, 3]" {
		t.Errorf("list after sort: %s", got)
	}
}
