package py

// frozensetHash is CPython's frozenset hash: order independent.
func frozensetHash(s *Set) int64 {
	if s.hashed {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	s.hash, s.hashed = int64(h), true
	return s.hash
}

// setResultLike returns an empty set of the same kind as s for the
// results of operators (set for set subclasses, as CPython does).
func setResultLike(s *Set) *Set { return &Set{frozen: s.frozen} }

// setOperand converts the right operand of a set operator.
func setOperand(o Object) (*Set, bool) { return AsSet(o) }

// setUnion returns a | b.
func setUnion(t *Thread, a *Set, b Object) (*Set, error) {
	r := setResultLike(a)
	if err := r.merge(t, a); err != nil {
		return nil, err
	}
	if err := r.Update(t, b); err != nil {
		return nil, err
	}
	return r, nil
}

// setIntersection returns a & b.
func setIntersection(t *Thread, a *Set, b Object) (*Set, error) {
	r := setResultLike(a)
	if bs, ok := AsSet(b); ok {
		small, big := a, bs
		if bs.used < a.used {
			small, big = bs, a
		}
		for _, e := range small.table {
			if e.key == nil || e.key == setDummy {
				continue
			}
			i, err := big.lookup(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				if err := r.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	it, err := Iter(t, b)
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return r, nil
		}
		h, err := Hash(t, x)
		if err != nil {
			return nil, err
		}
		i, err := a.lookup(t, x, h)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := r.addEntry(t, x, h); err != nil {
				return nil, err
			}
		}
	}
}

// setDifference returns a - b.
func setDifference(t *Thread, a *Set, b Object) (*Set, error) {
	r := setResultLike(a)
	bs, isSet := AsSet(b)
	if !isSet {
		if err := r.merge(t, a); err != nil {
			return nil, err
		}
		if err := r.differenceUpdate(t, b); err != nil {
			return nil, err
		}
		return r, nil
	}
	if a.used>>2 > bs.used {
		if err := r.merge(t, a); err != nil {
			return nil, err
		}
		for _, e := range bs.table {
			if e.key != nil && e.key != setDummy {
				if _, err := r.Discard(t, e.key); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	for _, e := range a.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := bs.lookup(t, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if err := r.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// differenceUpdate removes the items of an iterable.
func (s *Set) differenceUpdate(t *Thread, b Object) error {
	if bs, ok := AsSet(b); ok && bs == s {
		s.Clear()
		return nil
	}
	items, err := ListFromIterable(t, b)
	if err != nil {
		return err
	}
	for _, x := range items {
		if _, err := s.Discard(t, x); err != nil {
			return err
		}
	}
	return nil
}

// symmetricDifferenceUpdate toggles the items of other.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other *Set) error {
	if other == s {
		s.Clear()
		return nil
	}
	for _, e := range other.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		found, err := s.Discard(t, e.key)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setSymDiff returns a ^ b.
func setSymDiff(t *Thread, a *Set, b Object) (*Set, error) {
	bs, ok := AsSet(b)
	if !ok {
		bs = &Set{}
		if err := bs.Update(t, b); err != nil {
			return nil, err
		}
	}
	r := setResultLike(a)
	if err := r.merge(t, a); err != nil {
		return nil, err
	}
	return r, r.symmetricDifferenceUpdate(t, bs)
}

// isSubset reports whether every item of a is in b.
func (a *Set) isSubset(t *Thread, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := b.lookup(t, e.key, e.hash)
		if err != nil || i < 0 {
			return false, err
		}
	}
	return true, nil
}

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		s := &typ.Slots
		s.Repr = setRepr
		s.Len = func(t *Thread, o Object) (int, error) {
			v, _ := AsSet(o)
			return v.used, nil
		}
		s.Contains = func(t *Thread, o, k Object) (bool, error) {
			v, _ := AsSet(o)
			return v.Contains(t, k)
		}
		s.Iter = func(t *Thread, o Object) (Object, error) {
			v, _ := AsSet(o)
			return &SetIterator{set: v, used: v.used, left: v.used}, nil
		}
		s.Compare = setCompare
		s.Binary[NB_OR] = setBinary(setUnion)
		s.Binary[NB_AND] = setBinary(setIntersection)
		s.Binary[NB_SUBTRACT] = setBinary(setDifference)
		s.Binary[NB_XOR] = setBinary(setSymDiff)
	}
	SetType.Slots.Hash = HashNotImplemented
	FrozenSetType.Slots.Hash = func(t *Thread, o Object) (int64, error) {
		v, _ := AsSet(o)
		return frozensetHash(v), nil
	}
	SetType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		s := &Set{}
		if typ == SetType {
			return s, nil
		}
		return newInstanceWithBase(t, typ, s)
	}
	SetType.Slots.Init = func(t *Thread, o Object, args []Object, kw *Tuple) error {
		var it Object
		if err := UnpackArgs("set", args, kw, "iterable?", &it, "/"); err != nil {
			return err
		}
		s, _ := AsSet(o)
		s.Clear()
		if it != nil {
			return s.Update(t, it)
		}
		return nil
	}
	FrozenSetType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		var it Object
		if err := UnpackArgs("frozenset", args, kw, "iterable?", &it, "/"); err != nil {
			return nil, err
		}
		if typ == FrozenSetType {
			if fs, ok := it.(*Set); ok && fs.frozen {
				return fs, nil
			}
		}
		s := &Set{frozen: true}
		if it != nil {
			if err := s.Update(t, it); err != nil {
				return nil, err
			}
		}
		if typ == FrozenSetType {
			return s, nil
		}
		return newInstanceWithBase(t, typ, s)
	}
	inplace := func(op func(t *Thread, s *Set, b Object) error) func(t *Thread, a, b Object) (Object, error) {
		return func(t *Thread, a, b Object) (Object, error) {
			s, _ := AsSet(a)
			if _, ok := AsSet(b); !ok {
				return NotImplemented, nil
			}
			return a, op(t, s, b)
		}
	}
	SetType.Slots.Binary[NB_INPLACE_OR] = inplace(func(t *Thread, s *Set, b Object) error { return s.Update(t, b) })
	SetType.Slots.Binary[NB_INPLACE_SUBTRACT] = inplace(func(t *Thread, s *Set, b Object) error { return s.differenceUpdate(t, b) })
	SetType.Slots.Binary[NB_INPLACE_AND] = inplace(func(t *Thread, s *Set, b Object) error {
		r, err := setIntersection(t, s, b)
		if err != nil {
			return err
		}
		s.table, s.fill, s.used, s.hashed = r.table, r.fill, r.used, false
		return nil
	})
	SetType.Slots.Binary[NB_INPLACE_XOR] = inplace(func(t *Thread, s *Set, b Object) error {
		bs, _ := AsSet(b)
		return s.symmetricDifferenceUpdate(t, bs)
	})
}

// setBinary adapts a set operation to a binary slot (both operands must
// be sets or frozensets; the result has the left operand's kind).
func setBinary(op func(*Thread, *Set, Object) (*Set, error)) func(t *Thread, a, b Object) (Object, error) {
	return func(t *Thread, a, b Object) (Object, error) {
		x, ok1 := AsSet(a)
		_, ok2 := AsSet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, err := op(t, x, b)
		if err != nil {
			return nil, err
		}
		return r, nil
	}
}

// setRepr formats {1, 2}, set(), frozenset({1}).
func setRepr(t *Thread, o Object) (Object, error) {
	s, _ := AsSet(o)
	name := o.Type().Name
	if s.used == 0 {
		return NewStr(name + "()"), nil
	}
	if t.reprEnter(o) {
		return NewStr(name + "(...)"), nil
	}
	t.reprLeave(o)
	r, err := reprSeq(t, o, "{", "}", s.Items())
	if err != nil {
		return nil, err
	}
	rs := r.(*Str)
	if o.Type() != SetType {
		return NewStr(name + "(" + rs.s + ")"), nil
	}
	return rs, nil
}

// setCompare implements ==, != and the subset/superset orderings.
func setCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, _ := AsSet(a)
	y, ok := AsSet(b)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case CmpEQ, CmpNE:
		eq := x.used == y.used
		if eq && x.frozen && y.frozen && x.hashed && y.hashed && x.hash != y.hash {
			eq = false
		}
		if eq {
			sub, err := x.isSubset(t, y)
			if err != nil {
				return nil, err
			}
			eq = sub
		}
		return Bool(eq == (op == CmpEQ)), nil
	case CmpLE:
		r, err := x.isSubset(t, y)
		return Bool(r), err
	case CmpGE:
		r, err := y.isSubset(t, x)
		return Bool(r), err
	case CmpLT:
		if x.used >= y.used {
			return False, nil
		}
		r, err := x.isSubset(t, y)
		return Bool(r), err
	}
	if x.used <= y.used {
		return False, nil
	}
	r, err := y.isSubset(t, x)
	return Bool(r), err
}
