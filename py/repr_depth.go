package py

// Deeply nested containers (sys.setrecursionlimit raised, a list nested
// 100000 deep) would make the linear search of Thread.reprActive
// quadratic. Past reprSetMin active entries a map indexes them.

// reprSetMin is the number of active reprs from which reprSet is used.
const reprSetMin = 32

// reprEnterDeep is reprEnter with the map.
func (t *Thread) reprEnterDeep(o Object) bool {
	if t.reprSet == nil {
		t.reprSet = make(map[Object]struct{}, 2*len(t.reprActive))
		for _, x := range t.reprActive {
			t.reprSet[x] = struct{}{}
		}
	}
	if _, ok := t.reprSet[o]; ok {
		return true
	}
	t.reprSet[o] = struct{}{}
	t.reprActive = append(t.reprActive, o)
	return false
}

// reprLeaveDeep keeps the map in step after o left reprActive, and drops
// it once the stack is shallow again.
func (t *Thread) reprLeaveDeep(o Object) {
	if t.reprSet == nil {
		return
	}
	if len(t.reprActive) < reprSetMin {
		t.reprSet = nil
		return
	}
	delete(t.reprSet, o)
}
