package itertools

import (
	"github.com/kaa-lang/kaa/py"
)

// Product is product(*iterables, repeat=1).
type Product struct {
	pools   [][]py.Object
	indices []int
	started bool
	done    bool
}

// Permutations is permutations(iterable, r=None).
type Permutations struct {
	pool    []py.Object
	r       int
	indices []int
	used    []bool
	started bool
	done    bool
}

// Combinations is combinations(iterable, r) and, with replace set,
// combinations_with_replacement(iterable, r).
type Combinations struct {
	typ     *py.Type
	pool    []py.Object
	r       int
	replace bool
	indices []int
	started bool
	done    bool
}

// The combinatoric iterator types.
var (
	ProductType      = newType("product", "Cartesian product of input iterables.  Equivalent to nested for-loops.")
	PermutationsType = newType("permutations", "Return successive r-length permutations of elements in the iterable.")
	CombinationsType = newType("combinations", "Return successive r-length combinations of elements in the iterable.")
	CWRType          = newType("combinations_with_replacement", "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.")
)

// Type returns ProductType.
func (*Product) Type() *py.Type { return ProductType }

// Type returns PermutationsType.
func (*Permutations) Type() *py.Type { return PermutationsType }

// Type returns the iterator's type.
func (c *Combinations) Type() *py.Type { return c.typ }

// pick returns the pool items at the given indices as a tuple.
func pick(pool []py.Object, indices []int) py.Object {
	items := make([]py.Object, len(indices))
	for i, j := range indices {
		items[i] = pool[j]
	}
	return py.NewTupleFromSlice(items)
}

func newProduct(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	nkw := 0
	if kw != nil {
		nkw = kw.Len()
	}
	repeat := 1
	for i := 0; i < nkw; i++ {
		name, _ := py.AsStr(kw.At(i))
		if name.String() != "repeat" {
			return nil, py.Errorf(py.TypeErrorType, "'%s' is an invalid keyword argument for product()", name.String())
		}
		n, err := py.AsIndex(t, args[len(args)-nkw+i])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueErrorType, "repeat argument cannot be negative")
		}
		repeat = n
	}
	var base [][]py.Object
	for _, a := range args[:len(args)-nkw] {
		items, err := py.ListFromIterable(t, a)
		if err != nil {
			return nil, err
		}
		base = append(base, items)
	}
	p := &Product{}
	for k := 0; k < repeat; k++ {
		p.pools = append(p.pools, base...)
	}
	p.indices = make([]int, len(p.pools))
	return p, nil
}

func productNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	p := o.(*Product)
	if p.done {
		return nil, false, nil
	}
	if !p.started {
		p.started = true
		for _, pool := range p.pools {
			if len(pool) == 0 {
				p.done = true
				return nil, false, nil
			}
		}
	} else {
		i := len(p.pools) - 1
		for ; i >= 0; i-- {
			p.indices[i]++
			if p.indices[i] < len(p.pools[i]) {
				break
			}
			p.indices[i] = 0
		}
		if i < 0 {
			p.done = true
			return nil, false, nil
		}
	}
	items := make([]py.Object, len(p.pools))
	for i, j := range p.indices {
		items[i] = p.pools[i][j]
	}
	return py.NewTupleFromSlice(items), true, nil
}

// rArg converts the r argument of the combinatoric iterators.
func rArg(t *py.Thread, o py.Object, def int) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	r, err := py.AsIndex(t, o)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, py.Errorf(py.ValueErrorType, "r must be non-negative")
	}
	return r, nil
}

func newPermutations(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var iterable py.Object
	var r py.Object = py.None
	if err := py.UnpackArgs("permutations", args, kw, "iterable", &iterable, "r?", &r); err != nil {
		return nil, err
	}
	pool, err := py.ListFromIterable(t, iterable)
	if err != nil {
		return nil, err
	}
	n, err := rArg(t, r, len(pool))
	if err != nil {
		return nil, err
	}
	return &Permutations{pool: pool, r: n, used: make([]bool, len(pool))}, nil
}

func permutationsNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	p := o.(*Permutations)
	if p.done {
		return nil, false, nil
	}
	if p.r > len(p.pool) {
		p.done = true
		return nil, false, nil
	}
	if !p.started {
		p.started = true
		p.indices = make([]int, p.r)
		for i := range p.indices {
			p.indices[i] = i
			p.used[i] = true
		}
		return pick(p.pool, p.indices), true, nil
	}
	// Advance the rightmost position that can take a larger unused
	// index, then fill the positions after it with the smallest unused
	// indices: lexicographic order of the index tuples.
	for i := p.r - 1; i >= 0; i-- {
		cur := p.indices[i]
		p.used[cur] = false
		next := -1
		for j := cur + 1; j < len(p.pool); j++ {
			if !p.used[j] {
				next = j
				break
			}
		}
		if next < 0 {
			continue
		}
		p.indices[i] = next
		p.used[next] = true
		k := 0
		for pos := i + 1; pos < p.r; pos++ {
			for p.used[k] {
				k++
			}
			p.indices[pos] = k
			p.used[k] = true
		}
		return pick(p.pool, p.indices), true, nil
	}
	p.done = true
	return nil, false, nil
}

// newCombinations makes combinations and combinations_with_replacement.
func newCombinations(name string, typ *py.Type, replace bool) func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var iterable, r py.Object
		if err := py.UnpackArgs(name, args, kw, "iterable", &iterable, "r", &r); err != nil {
			return nil, err
		}
		pool, err := py.ListFromIterable(t, iterable)
		if err != nil {
			return nil, err
		}
		n, err := rArg(t, r, 0)
		if err != nil {
			return nil, err
		}
		return &Combinations{typ: typ, pool: pool, r: n, replace: replace}, nil
	}
}

func combinationsNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	c := o.(*Combinations)
	if c.done {
		return nil, false, nil
	}
	n := len(c.pool)
	if !c.started {
		c.started = true
		if (!c.replace && c.r > n) || (c.replace && n == 0 && c.r > 0) {
			c.done = true
			return nil, false, nil
		}
		c.indices = make([]int, c.r)
		if !c.replace {
			for i := range c.indices {
				c.indices[i] = i
			}
		}
		return pick(c.pool, c.indices), true, nil
	}
	// Find the rightmost index that has not reached its maximum.
	i := c.r - 1
	for ; i >= 0; i-- {
		limit := n - 1
		if !c.replace {
			limit = i + n - c.r
		}
		if c.indices[i] < limit {
			break
		}
	}
	if i < 0 {
		c.done = true
		return nil, false, nil
	}
	c.indices[i]++
	for j := i + 1; j < c.r; j++ {
		if c.replace {
			c.indices[j] = c.indices[i]
		} else {
			c.indices[j] = c.indices[j-1] + 1
		}
	}
	return pick(c.pool, c.indices), true, nil
}

func init() {
	finish(ProductType, newProduct, productNext)
	finish(PermutationsType, newPermutations, permutationsNext)
	finish(CombinationsType, newCombinations("combinations", CombinationsType, false), combinationsNext)
	finish(CWRType, newCombinations("combinations_with_replacement", CWRType, true), combinationsNext)
}
