package py

// Short lists made by slicing and concatenation are allocated together
// with room for their items: one allocation instead of two. Appending
// past that room moves the items to a slice of their own, as usual.

const listInline = 12

type listBlock struct {
	l List
	a [listInline]Object
}

// newListOf returns a list of n nil items for the caller to fill.
func newListOf(n int) *List {
	if n <= listInline {
		p := &listBlock{}
		p.l.items = p.a[:n:listInline]
		return &p.l
	}
	return &List{items: make([]Object, n)}
}

// newListSlice returns a new list of the items a slice selects.
func newListSlice(items []Object, start, stop, step int) *List {
	n := sliceLength(start, stop, step)
	l := newListOf(n)
	if step == 1 {
		copy(l.items, items[start:start+n])
		return l
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.items[i] = items[j]
	}
	return l
}
