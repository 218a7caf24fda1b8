package py

// int | str hashes as the frozenset of its arguments, as CPython's
// union objects do, so that equal unions (in any order) are equal dict
// keys.
func init() {
	UnionTypeType.Slots.Hash = func(t *Thread, o Object) (int64, error) {
		u := o.(*UnionType)
		s := NewFrozenSet()
		for _, a := range u.Args.items {
			if err := s.Add(t, a); err != nil {
				return 0, err
			}
		}
		return frozensetHash(s), nil
	}
}
