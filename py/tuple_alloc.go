package py

// Small tuples made in loops (the pairs of enumerate, zip and
// dict.items()) are allocated together with their items: one allocation
// instead of two.

type tuple2 struct {
	t Tuple
	a [2]Object
}

type tuple3 struct {
	t Tuple
	a [3]Object
}

// newTuple2 returns (a, b).
func newTuple2(a, b Object) *Tuple {
	p := &tuple2{a: [2]Object{a, b}}
	p.t.items = p.a[:]
	return &p.t
}

// newTupleOf returns a tuple of n items for the caller to fill through
// Items (n must be at least 1).
func newTupleOf(n int) *Tuple {
	switch n {
	case 2:
		p := &tuple2{}
		p.t.items = p.a[:]
		return &p.t
	case 3:
		p := &tuple3{}
		p.t.items = p.a[:]
		return &p.t
	}
	return &Tuple{items: make([]Object, n)}
}
