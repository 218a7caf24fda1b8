package py

// The methods of set and frozenset.

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.AddMethod("copy", setCopyMethod, "Return a shallow copy of a set.")
		typ.AddMethod("union", setUnionMethod, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)")
		typ.AddMethod("intersection", setIntersectionMethod, "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)")
		typ.AddMethod("difference", setDifferenceMethod, "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)")
		typ.AddMethod("symmetric_difference", setSymDiffMethod, "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)")
		typ.AddMethod("issubset", setIsSubsetMethod, "Report whether another set contains this set.")
		typ.AddMethod("issuperset", setIsSupersetMethod, "Report whether this set contains another set.")
		typ.AddMethod("isdisjoint", setIsDisjointMethod, "Return True if two sets have a null intersection.")
		typ.AddMethod("__reduce__", setReduce, "Return state information for pickling.")
		typ.AddMethod("__sizeof__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			if err := noArgs("__sizeof__", args, kw); err != nil {
				return nil, err
			}
			s, _ := AsSet(self)
			return NewInt(int64(200 + 16*len(s.table))), nil
		}, "S.__sizeof__() -> size of S in memory, in bytes")
		typ.AddClassMethod("__class_getitem__", classGetItemAlias, "See PEP 585")
	}
	SetType.AddMethod("add", setAdd, "Add an element to a set.\n\nThis has no effect if the element is already present.")
	SetType.AddMethod("clear", setClear, "Remove all elements from this set.")
	SetType.AddMethod("discard", setDiscard, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.")
	SetType.AddMethod("remove", setRemove, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.")
	SetType.AddMethod("pop", setPop, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.")
	SetType.AddMethod("update", setUpdateMethod, "Update a set with the union of itself and others.")
	SetType.AddMethod("intersection_update", setIntersectionUpdate, "Update a set with the intersection of itself and another.")
	SetType.AddMethod("difference_update", setDifferenceUpdate, "Remove all elements of another set from this set.")
	SetType.AddMethod("symmetric_difference_update", setSymDiffUpdate, "Update a set with the symmetric difference of itself and another.")

	SetIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		it := self.(*SetIterator)
		if it.set == nil || it.set.used != it.used || it.left < 0 {
			return NewInt(0), nil
		}
		return NewInt(int64(it.left)), nil
	}, lengthHintDoc)
}

// setSelf unwraps the set a method is called on; qual is the method's
// qualified name for argument errors (set.add or frozenset.union).
func setSelf(self Object) *Set {
	s, _ := AsSet(self)
	return s
}

// setMethodName returns "set.name" or "frozenset.name" for messages.
func setMethodName(self Object, name string) string {
	if s, ok := AsSet(self); ok && s.frozen {
		return "frozenset." + name
	}
	return "set." + name
}

// frozenKey turns a set used as a key into a frozenset, as set methods
// do when the key is unhashable only because it is a set.
func frozenKey(t *Thread, key Object, err error) (Object, bool) {
	if !IsExceptionOf(err, TypeErrorType) {
		return nil, false
	}
	ks, ok := AsSet(key)
	if !ok || ks.frozen {
		return nil, false
	}
	fk := &Set{frozen: true}
	if fk.merge(t, ks) != nil {
		return nil, false
	}
	return fk, true
}

// setDiscardKey removes key from s, accepting a set key as the equal
// frozenset; it reports whether the key was present.
func setDiscardKey(t *Thread, s *Set, key Object) (bool, error) {
	found, err := s.Discard(t, key)
	if err != nil {
		if fk, ok := frozenKey(t, key, err); ok {
			return s.Discard(t, fk)
		}
	}
	return found, err
}

// setAdd implements set.add(x).
func setAdd(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("set.add", 1, args, kw); err != nil {
		return nil, err
	}
	return None, setSelf(self).Add(t, args[0])
}

// setClear implements set.clear().
func setClear(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("set.clear", args, kw); err != nil {
		return nil, err
	}
	setSelf(self).Clear()
	return None, nil
}

// setDiscard implements set.discard(x).
func setDiscard(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("set.discard", 1, args, kw); err != nil {
		return nil, err
	}
	_, err := setDiscardKey(t, setSelf(self), args[0])
	if err != nil {
		return nil, err
	}
	return None, nil
}

// setRemove implements set.remove(x).
func setRemove(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("set.remove", 1, args, kw); err != nil {
		return nil, err
	}
	found, err := setDiscardKey(t, setSelf(self), args[0])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, NewError(KeyErrorType, args[0])
	}
	return None, nil
}

// setPop implements set.pop(): it scans the table from where the last
// pop stopped, as CPython does, so that popping everything is linear.
func setPop(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("set.pop", args, kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	if s.used == 0 {
		return nil, NewError(KeyErrorType, NewStr("pop from an empty set"))
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for {
		if e := s.table[i]; e.key != nil && e.key != setDummy {
			break
		}
		i = (i + 1) & mask
	}
	key := s.table[i].key
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.hashed = false
	s.finger = i + 1
	return key, nil
}

// setOthers checks that a method taking *others got no keywords.
func setOthers(self Object, name string, kw *Tuple) error {
	return NoKwargs(setMethodName(self, name), kw)
}

// setCopyMethod implements set.copy() and frozenset.copy().
func setCopyMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs(setMethodName(self, "copy"), args, kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	if fs, ok := self.(*Set); ok && fs.frozen {
		return fs, nil
	}
	r := setResultLike(s)
	return r, r.merge(t, s)
}

// setUnionMethod implements union(*others).
func setUnionMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := setOthers(self, "union", kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	r := setResultLike(s)
	if err := r.merge(t, s); err != nil {
		return nil, err
	}
	for _, o := range args {
		if err := r.Update(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setIntersectionMethod implements intersection(*others).
func setIntersectionMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := setOthers(self, "intersection", kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	r := setResultLike(s)
	if err := r.merge(t, s); err != nil {
		return nil, err
	}
	for _, o := range args {
		next, err := setIntersection(t, r, o)
		if err != nil {
			return nil, err
		}
		r = next
	}
	return r, nil
}

// setDifferenceMethod implements difference(*others).
func setDifferenceMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := setOthers(self, "difference", kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	if len(args) == 0 {
		r := setResultLike(s)
		return r, r.merge(t, s)
	}
	r, err := setDifference(t, s, args[0])
	if err != nil {
		return nil, err
	}
	for _, o := range args[1:] {
		if err := r.differenceUpdate(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setSymDiffMethod implements symmetric_difference(other).
func setSymDiffMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs(setMethodName(self, "symmetric_difference"), 1, args, kw); err != nil {
		return nil, err
	}
	return setSymDiff(t, setSelf(self), args[0])
}

// asSetOperand returns o as a set, building a temporary one from an
// iterable.
func asSetOperand(t *Thread, o Object) (*Set, error) {
	if s, ok := AsSet(o); ok {
		return s, nil
	}
	return setFromIterable(t, o)
}

// setIsSubsetMethod implements issubset(other).
func setIsSubsetMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs(setMethodName(self, "issubset"), 1, args, kw); err != nil {
		return nil, err
	}
	other, err := asSetOperand(t, args[0])
	if err != nil {
		return nil, err
	}
	r, err := setSelf(self).isSubset(t, other)
	return Bool(r), err
}

// setIsSupersetMethod implements issuperset(other).
func setIsSupersetMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs(setMethodName(self, "issuperset"), 1, args, kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	if other, ok := AsSet(args[0]); ok {
		r, err := other.isSubset(t, s)
		return Bool(r), err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return True, nil
		}
		in, err := s.Contains(t, x)
		if err != nil {
			return nil, err
		}
		if !in {
			return False, nil
		}
	}
}

// setIsDisjointMethod implements isdisjoint(other).
func setIsDisjointMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs(setMethodName(self, "isdisjoint"), 1, args, kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	small, big := s, (*Set)(nil)
	if other, ok := AsSet(args[0]); ok {
		big = other
		if other.used < s.used {
			small, big = other, s
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
				return False, nil
			}
		}
		return True, nil
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return True, nil
		}
		in, err := s.Contains(t, x)
		if err != nil {
			return nil, err
		}
		if in {
			return False, nil
		}
	}
}

// setReduce implements __reduce__: (type, (list,), __dict__ or None).
func setReduce(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("__reduce__", args, kw); err != nil {
		return nil, err
	}
	var state Object = None
	if d := InstanceDict(self); d != nil {
		state = d
	}
	return NewTuple(self.Type(), NewTuple(NewList(setSelf(self).Items())), state), nil
}

// setUpdateMethod implements set.update(*others).
func setUpdateMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := setOthers(self, "update", kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	for _, o := range args {
		if err := s.Update(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// setIntersectionUpdate implements set.intersection_update(*others).
func setIntersectionUpdate(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := setOthers(self, "intersection_update", kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	r := s
	for _, o := range args {
		next, err := setIntersection(t, r, o)
		if err != nil {
			return nil, err
		}
		r = next
	}
	if r != s {
		s.table, s.fill, s.used, s.hashed, s.finger = r.table, r.fill, r.used, false, 0
	}
	return None, nil
}

// setDifferenceUpdate implements set.difference_update(*others).
func setDifferenceUpdate(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := setOthers(self, "difference_update", kw); err != nil {
		return nil, err
	}
	s := setSelf(self)
	for _, o := range args {
		if err := s.differenceUpdate(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// setSymDiffUpdate implements set.symmetric_difference_update(other).
func setSymDiffUpdate(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("set.symmetric_difference_update", 1, args, kw); err != nil {
		return nil, err
	}
	other, err := asSetOperand(t, args[0])
	if err != nil {
		return nil, err
	}
	return None, setSelf(self).symmetricDifferenceUpdate(t, other)
}
