package py

// Set is a Python set or frozenset. The table uses CPython's algorithm
// (linear probes, then perturbation; the same sizes and growth) so that
// iteration order matches CPython's for ints, floats and tuples.
type Set struct {
	table  []setEntry // len is a power of two, at least setMinSize
	fill   int        // active + dummy entries
	used   int        // active entries
	frozen bool
	hash   int64
	hashed bool
	typ    *Type // a subclass, or nil
	finger int   // where set.pop resumes its scan
	// small is the table of a set that has never grown, allocated with
	// the set itself as CPython's smalltable is.
	small [setMinSize]setEntry
}

type setEntry struct {
	hash int64
	key  Object
}

const (
	setMinSize     = 8
	setLinearProbe = 9
)

// setDummy marks a deleted entry.
var setDummy Object = &NoneType{}

// SetType is the type of set; FrozenSetType of frozenset.
var (
	SetType       = newBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType = newBuiltinType("frozenset", ObjectType, FlagBaseType)
)

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *Set { return &Set{frozen: true} }

// Len returns the number of items.
func (s *Set) Len() int { return s.used }

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

// AsSet returns o's set value when o is a set, a frozenset, or an
// instance of a subclass of either.
func AsSet(o Object) (*Set, bool) {
	switch v := o.(type) {
	case *Set:
		return v, true
	case *Instance:
		s, ok := v.base.(*Set)
		return s, ok
	}
	return nil, false
}

func (s *Set) ensureTable() {
	if s.table == nil {
		s.small = [setMinSize]setEntry{}
		s.table = s.small[:]
	}
}

// Items returns the items in iteration order.
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// lookup returns the index of key's entry, or -1.
func (s *Set) lookup(t *Thread, key Object, h int64) (int, error) {
	if s.table == nil {
		return -1, nil
	}
restart:
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != setDummy {
				k := e.key
				if k == key {
					return j, nil
				}
				if ks, ok := k.(*Str); ok {
					if kk, ok := key.(*Str); ok {
						if ks.s == kk.s {
							return j, nil
						}
						goto next
					}
				}
				{
					table := s.table
					eq, err := Equal(t, k, key)
					if err != nil {
						return -1, err
					}
					if len(table) != len(s.table) || &table[0] != &s.table[0] || !sameObject(s.table[j].key, k) {
						goto restart
					}
					if eq {
						return j, nil
					}
				}
			}
		next:
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// addEntry inserts key (with hash h) unless an equal key is present.
func (s *Set) addEntry(t *Thread, key Object, h int64) error {
	s.ensureTable()
restart:
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	freeslot := -1
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				if freeslot >= 0 {
					s.used++
					s.table[freeslot] = setEntry{h, key}
					s.hashed = false
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{h, key}
				s.hashed = false
				if s.fill*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == h && e.key != setDummy {
				k := e.key
				if k == key {
					return nil
				}
				if ks, ok := k.(*Str); ok {
					if kk, ok := key.(*Str); ok {
						if ks.s == kk.s {
							return nil
						}
						goto next
					}
				}
				{
					table := s.table
					eq, err := Equal(t, k, key)
					if err != nil {
						return err
					}
					if eq {
						return nil
					}
					if len(table) != len(s.table) || &table[0] != &s.table[0] || !sameObject(s.table[j].key, k) {
						goto restart
					}
					mask = len(s.table) - 1
				}
			} else if e.key == setDummy && freeslot < 0 {
				freeslot = j
			}
		next:
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean puts a key known to be absent into a table with no dummies.
func insertClean(table []setEntry, key Object, h int64) {
	mask := len(table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		if table[i].key == nil {
			table[i] = setEntry{h, key}
			return
		}
		if i+setLinearProbe <= mask {
			for j := 1; j <= setLinearProbe; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{h, key}
					return
				}
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize rebuilds the table with more than minused slots.
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	guardGrowth(size * 24)
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
	s.releaseSmall(old)
}

// Add adds key to the set.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		if IsExceptionOf(err, TypeErrorType) {
			if ks, ok := key.(*Set); ok && !ks.frozen {
				fk := &Set{frozen: true}
				if err := fk.merge(t, ks); err != nil {
					return false, err
				}
				return s.Contains(t, fk)
			}
		}
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// Discard removes key, reporting whether it was present.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	if i < 0 || err != nil {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.hashed = false
	return true, nil
}

// Clear removes every item.
func (s *Set) Clear() {
	s.releaseSmall(s.table)
	s.table = nil
	s.fill = 0
	s.used = 0
	s.hashed = false
}

// merge adds the items of another set (CPython's set_merge).
func (s *Set) merge(t *Thread, other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	s.ensureTable()
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 {
		if len(s.table) == len(other.table) && other.fill == other.used {
			copy(s.table, other.table)
		} else {
			for _, e := range other.table {
				if e.key != nil && e.key != setDummy {
					insertClean(s.table, e.key, e.hash)
				}
			}
		}
		s.fill = other.used
		s.used = other.used
		s.hashed = false
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != setDummy {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds the items of an iterable.
func (s *Set) Update(t *Thread, it Object) error {
	if o, ok := AsSet(it); ok {
		return s.merge(t, o)
	}
	if d, ok := it.(*Dict); ok {
		s.ensureTable()
		if (s.fill+d.used)*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + d.used) * 2)
		}
		for _, e := range d.entries {
			if e.key != nil {
				if err := s.addEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	switch v := it.(type) {
	case *List:
		for i := 0; i < len(v.items); i++ {
			if err := s.Add(t, v.items[i]); err != nil {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range v.items {
			if err := s.Add(t, x); err != nil {
				return err
			}
		}
		return nil
	}
	iter, err := Iter(t, it)
	if err != nil {
		return err
	}
	for {
		x, ok, err := Next(t, iter)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := s.Add(t, x); err != nil {
			return err
		}
	}
}

// Copy returns a shallow copy of the same kind (set or frozenset).
func (s *Set) Copy(t *Thread) *Set {
	c := &Set{frozen: s.frozen}
	_ = c.merge(t, s)
	return c
}

// SetIterator iterates over a set.
type SetIterator struct {
	set  *Set
	pos  int
	used int
	left int
}

// SetIteratorType is the type of iter(set()).
var SetIteratorType = newBuiltinType("set_iterator", ObjectType, 0)

// Type returns SetIteratorType.
func (*SetIterator) Type() *Type { return SetIteratorType }

func init() {
	SetIteratorType.Slots.Iter = selfIter
	SetIteratorType.Slots.Next = func(t *Thread, o Object) (Object, bool, error) {
		it := o.(*SetIterator)
		s := it.set
		if s == nil {
			return nil, false, nil
		}
		if s.used != it.used {
			it.used = -1
			return nil, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		for it.pos < len(s.table) {
			e := s.table[it.pos]
			it.pos++
			if e.key != nil && e.key != setDummy {
				it.left--
				return e.key, true, nil
			}
		}
		it.set = nil
		return nil, false, nil
	}
}
