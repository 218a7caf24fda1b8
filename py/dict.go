package py

// Dict is a Python dict: a compact, insertion-ordered hash table like
// CPython's. entries holds the items in insertion order (a deleted item
// leaves a hole whose key is nil); indices is an open-addressing table of
// positions in entries, probed with CPython's perturbation sequence.
type Dict struct {
	entries []dictEntry
	indices []int32
	used    int
	// keysVersion changes whenever a key is added or removed or the table
	// is rebuilt, so a cache holding an entry position stays valid while
	// it is unchanged (values may change in place).
	keysVersion uint32
	// nonStr counts the keys that are not exact strs: when it is 0 a str
	// key missed by the str-only probe is absent.
	nonStr int
	// filled counts the index slots that are not empty (items and the
	// dummies deleted items leave): probes stop only at an empty slot,
	// so the table is rebuilt before filled reaches its size.
	filled int
	// small is the table of a dict of at most dictSmallCap items: indices
	// and entries then point into it, so a small dict (an instance's
	// namespace, keyword arguments) costs one allocation.
	small struct {
		idx [dictMinSz]int32
		ent [dictSmallCap]dictEntry
	}
}

type dictEntry struct {
	hash  int64
	key   Object
	value Object
}

const (
	ixEmpty   = -1
	ixDummy   = -2
	dictMinSz = 8
	// dictSmallCap is the number of entries of the smallest table.
	dictSmallCap = dictMinSz * 2 / 3
)

// DictType is the type of dict.
var DictType = newBuiltinType("dict", ObjectType, FlagBaseType|FlagDictSubclass|FlagMapping)

// Type returns DictType.
func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize returns an empty dict with room for n items.
func NewDictSize(n int) *Dict {
	d := &Dict{}
	if n > 5 {
		d.resize(n)
	}
	return d
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// resize rebuilds the table with room for at least n items.
func (d *Dict) resize(n int) {
	size := dictMinSz
	for size*2/3 < n+1 {
		size <<= 1
	}
	guardGrowth(size * 48)
	old := d.entries
	wasSmall := d.isSmall()
	var indices []int32
	var entries []dictEntry
	if size == dictMinSz {
		// The embedded table; when the old entries are already there they
		// are compacted in place (each is read before its slot is written).
		indices = d.small.idx[:]
		entries = d.small.ent[:0]
	} else {
		indices = make([]int32, size)
		entries = make([]dictEntry, 0, size*2/3)
	}
	for i := range indices {
		indices[i] = ixEmpty
	}
	mask := uint64(size - 1)
	for _, e := range old {
		if e.key == nil {
			continue
		}
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for indices[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		indices[i] = int32(len(entries))
		entries = append(entries, e)
	}
	if wasSmall {
		// Drop the references left in the embedded entries that are no
		// longer in use, so they do not keep objects alive.
		if size == dictMinSz {
			clear(d.small.ent[len(entries):])
		} else {
			clear(d.small.ent[:])
		}
	}
	d.entries = entries
	d.indices = indices
	d.filled = len(entries)
	d.keysVersion++
}

// isSmall reports whether the dict's entries are in its embedded table.
func (d *Dict) isSmall() bool {
	return cap(d.entries) > 0 && &d.entries[:1][0] == &d.small.ent[0]
}

// findStr returns the entry position of the str key, or -1.
func (d *Dict) findStr(key *Str, h int64) int {
	if d.indices == nil {
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if k, ok := e.key.(*Str); ok && (k == key || k.s == key.s) {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// find returns the entry position of key (whose hash is h), or -1. It may
// run Python code (__eq__).
func (d *Dict) find(t *Thread, key Object, h int64) (int, error) {
	if s, ok := key.(*Str); ok {
		return d.findStrAny(t, s, h)
	}
	if a, ok := key.(Int); ok {
		if ix, ok := d.findInt(a, h); ok {
			return ix, nil
		}
	}
restart:
	if d.indices == nil {
		return -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == key {
				return int(ix), nil
			}
			if e.hash == h && e.key != nil {
				if a, ok := key.(Int); ok {
					if b, ok := e.key.(Int); ok {
						if a == b {
							return int(ix), nil
						}
						goto next
					}
				}
				ver, entries, k := d.keysVersion, d.entries, e.key
				eq, err := Equal(t, k, key)
				if err != nil {
					return -1, err
				}
				if ver != d.keysVersion || len(entries) != len(d.entries) || !sameObject(d.entries[ix].key, k) {
					goto restart
				}
				if eq {
					return int(ix), nil
				}
			}
		}
	next:
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findInt looks up an int key without calling Python code. ok is false
// when the probe meets a key of another type with the same hash (1.0, a
// class with __eq__): find then does the general search.
func (d *Dict) findInt(key Int, h int64) (int, bool) {
	if d.indices == nil {
		return -1, true
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1, true
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if k, ok := e.key.(Int); ok {
				if k == key {
					return int(ix), true
				}
			} else if e.hash == h && e.key != nil {
				return -1, false
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findStrAny looks up a str key in a dict that may hold keys of other
// types equal to it (a str subclass or a class with __eq__).
func (d *Dict) findStrAny(t *Thread, key *Str, h int64) (int, error) {
	if d.indices == nil {
		return -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if k, ok := e.key.(*Str); ok {
					if k == key || k.s == key.s {
						return int(ix), nil
					}
				} else if e.key != nil {
					eq, err := Equal(t, e.key, key)
					if err != nil {
						return -1, err
					}
					if eq {
						return int(ix), nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// insertNew adds an item whose key is known to be absent.
func (d *Dict) insertNew(key, value Object, h int64) {
	if d.indices == nil || len(d.entries) >= len(d.indices)*2/3 || d.filled >= len(d.indices)*2/3 {
		d.resize(d.used * 3)
	}
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for d.indices[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	if d.indices[i] == ixEmpty {
		d.filled++
	}
	d.indices[i] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	if _, ok := key.(*Str); !ok {
		d.nonStr++
	}
	d.used++
	d.keysVersion++
}

// GetStr returns the value for a str key, or nil.
func (d *Dict) GetStr(key *Str) Object {
	if ix := d.findStr(key, key.Hash()); ix >= 0 {
		return d.entries[ix].value
	}
	return nil
}

// GetString returns the value for the key given as Go text, or nil.
func (d *Dict) GetString(key string) Object { return d.GetStr(NewStr(key)) }

// SetStr sets d[key] = v for a str key.
func (d *Dict) SetStr(key *Str, v Object) {
	h := key.Hash()
	if ix := d.findStr(key, h); ix >= 0 {
		d.entries[ix].value = v
		return
	}
	d.insertNew(key, v, h)
}

// SetString sets d[key] = v for a key given as Go text.
func (d *Dict) SetString(key string, v Object) { d.SetStr(NewStr(key), v) }

// setStrInit is SetStr for building the namespaces of built-in types.
func (d *Dict) setStrInit(key string, v Object) { d.SetStr(NewStr(key), v) }

// DelStr removes a str key, reporting whether it was present.
func (d *Dict) DelStr(key *Str) bool {
	ix := d.findStr(key, key.Hash())
	if ix < 0 {
		return false
	}
	d.deleteAt(ix, key.Hash())
	return true
}

// GetItem returns d[key], or nil (and no error) when key is absent.
func (d *Dict) GetItem(t *Thread, key Object) (Object, error) {
	if s, ok := key.(*Str); ok {
		if ix := d.findStr(s, s.Hash()); ix >= 0 {
			return d.entries[ix].value, nil
		}
		if d.nonStr == 0 {
			return nil, nil
		}
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	ix, err := d.find(t, key, h)
	if ix < 0 || err != nil {
		return nil, err
	}
	return d.entries[ix].value, nil
}

// SetItem sets d[key] = value.
func (d *Dict) SetItem(t *Thread, key, value Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	ix, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = value
		return nil
	}
	d.insertNew(key, value, h)
	return nil
}

// DelItem removes key, reporting whether it was present.
func (d *Dict) DelItem(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	ix, err := d.find(t, key, h)
	if ix < 0 || err != nil {
		return false, err
	}
	d.deleteAt(ix, h)
	return true, nil
}

// Pop removes key and returns its value, or nil when it is absent.
func (d *Dict) Pop(t *Thread, key Object) (Object, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	ix, err := d.find(t, key, h)
	if ix < 0 || err != nil {
		return nil, err
	}
	v := d.entries[ix].value
	d.deleteAt(ix, h)
	return v, nil
}

// deleteAt removes the entry at position ix, whose hash is h.
func (d *Dict) deleteAt(ix int, h int64) {
	mask := uint64(len(d.indices) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for int(d.indices[i]) != ix {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.indices[i] = ixDummy
	if _, ok := d.entries[ix].key.(*Str); !ok {
		d.nonStr--
	}
	d.entries[ix] = dictEntry{}
	d.used--
	d.keysVersion++
	if ix == len(d.entries)-1 {
		// Drop trailing holes so that a popitem/insert cycle stays compact.
		for len(d.entries) > 0 && d.entries[len(d.entries)-1].key == nil {
			d.entries = d.entries[:len(d.entries)-1]
		}
		if d.used == 0 {
			d.entries = d.entries[:0]
			d.filled = 0
			for j := range d.indices {
				d.indices[j] = ixEmpty
			}
		}
	}
}

// Clear removes every item.
func (d *Dict) Clear() {
	if d.isSmall() {
		clear(d.small.ent[:])
	}
	d.entries = nil
	d.indices = nil
	d.used = 0
	d.filled = 0
	d.nonStr = 0
	d.keysVersion++
}

// Next iterates: starting from pos 0, it returns the position to pass
// next time and the item there; ok is false at the end.
func (d *Dict) Next(pos int) (next int, key, value Object, ok bool) {
	for pos < len(d.entries) {
		e := &d.entries[pos]
		pos++
		if e.key != nil {
			return pos, e.key, e.value, true
		}
	}
	return pos, nil, nil, false
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the values in order.
func (d *Dict) Values() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.value)
		}
	}
	return out
}

// Items returns the items as (key, value) tuples, in order.
func (d *Dict) Items() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, NewTuple(e.key, e.value))
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{used: d.used, nonStr: d.nonStr, filled: d.filled}
	if d.used == len(d.entries) && len(d.indices) == dictMinSz {
		copy(c.small.idx[:], d.indices)
		c.indices = c.small.idx[:]
		c.entries = append(c.small.ent[:0], d.entries...)
		return c
	}
	if d.used == len(d.entries) {
		c.entries = append(make([]dictEntry, 0, cap(d.entries)), d.entries...)
		c.indices = append([]int32(nil), d.indices...)
		return c
	}
	c.entries = d.entries
	c.resize(d.used)
	return c
}

// Update copies every item of other into d.
func (d *Dict) Update(t *Thread, other *Dict) error {
	for _, e := range other.entries {
		if e.key == nil {
			continue
		}
		ix, err := d.find(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if ix >= 0 {
			d.entries[ix].value = e.value
		} else {
			d.insertNew(e.key, e.value, e.hash)
		}
	}
	return nil
}

// Contains reports whether key is in d.
func (d *Dict) Contains(t *Thread, key Object) (bool, error) {
	v, err := d.GetItem(t, key)
	return v != nil, err
}
