package py

// Small tuples made in loops (the pairs of enumerate, zip and
// dict.items()) are allocated together with their items: one allocation
// instead of two.

type (
	tuple1 struct {
		t Tuple
		a [1]Object
	}
	tuple2 struct {
		t Tuple
		a [2]Object
	}
	tuple3 struct {
		t Tuple
		a [3]Object
	}
	tuple4 struct {
		t Tuple
		a [4]Object
	}
	tuple6 struct {
		t Tuple
		a [6]Object
	}
	tuple8 struct {
		t Tuple
		a [8]Object
	}
)

// newTuple2 returns (a, b).
func newTuple2(a, b Object) *Tuple {
	p := &tuple2{a: [2]Object{a, b}}
	p.t.items = p.a[:]
	return &p.t
}

// newTupleOf returns a tuple of n items (n >= 1) for the caller to fill
// through its items; up to 8 items share the tuple's allocation.
func newTupleOf(n int) *Tuple {
	switch {
	case n == 1:
		p := &tuple1{}
		p.t.items = p.a[:]
		return &p.t
	case n == 2:
		p := &tuple2{}
		p.t.items = p.a[:]
		return &p.t
	case n == 3:
		p := &tuple3{}
		p.t.items = p.a[:]
		return &p.t
	case n == 4:
		p := &tuple4{}
		p.t.items = p.a[:]
		return &p.t
	case n <= 6:
		p := &tuple6{}
		p.t.items = p.a[:n]
		return &p.t
	case n <= 8:
		p := &tuple8{}
		p.t.items = p.a[:n]
		return &p.t
	}
	return &Tuple{items: make([]Object, n)}
}
