package py

// A list must not keep references to items it no longer holds: a weak
// reference to a removed item has to die, and a big object removed from
// a list must be collectable. Short lists share one allocation with their
// first array (list_alloc.go), so when such a list moves its items to a
// bigger or smaller array, the first array stays alive as long as the
// list does. Every place that replaces a list's array goes through these
// helpers, which clear the array left behind. Sets keep a small table
// inside the Set the same way (releaseSmall).

// releaseItems clears old, a list's previous array, unless now reuses it.
// Arrays bigger than the inline room were allocated alone and become
// garbage with their references, so only small ones need clearing.
func releaseItems(old, now []Object) {
	if cap(old) == 0 || cap(old) > listInline {
		return
	}
	old = old[:cap(old)]
	if cap(now) > 0 && &old[0] == &now[:1][0] {
		return
	}
	clear(old)
}

// push appends v.
func (l *List) push(v Object) {
	if len(l.items) < cap(l.items) {
		l.items = append(l.items, v)
		return
	}
	l.pushGrow(v)
}

// pushGrow appends v when the array is full.
func (l *List) pushGrow(v Object) {
	guardGrowth(2 * 16 * (len(l.items) + 1))
	old := l.items
	l.items = append(old, v)
	releaseItems(old, l.items)
}

// pushAll appends vs.
func (l *List) pushAll(vs []Object) {
	if n := len(l.items) + len(vs); n > cap(l.items) {
		guardGrowth(2 * 16 * n)
	}
	old := l.items
	l.items = append(old, vs...)
	releaseItems(old, l.items)
}

// replaceItems makes items the list's array, releasing the old one.
func (l *List) replaceItems(items []Object) {
	old := l.items
	l.items = items
	if cap(old) > 0 && (cap(items) == 0 || &old[:1][0] != &items[:1][0]) {
		clear(old[:cap(old)])
	}
}

// releaseSmall clears the set's built-in small table when old, the table
// the set just left, is that one (the set is one allocation with it).
func (s *Set) releaseSmall(old []setEntry) {
	if len(old) > 0 && &old[0] == &s.small[0] {
		s.small = [setMinSize]setEntry{}
	}
}
