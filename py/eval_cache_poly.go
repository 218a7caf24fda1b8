package py

// Polymorphic attribute caches. A LOAD_ATTR, LOAD_METHOD or STORE_ATTR
// site that sees instances of several classes (a method of a base class
// called on instances of its subclasses) keeps one entry per class, up to
// 1+polyWays classes, instead of refilling a single entry on every change
// of class.

// polyWays is the number of extra classes a site remembers.
const polyWays = 4

// polyCache holds the extra entries of a polymorphic site; next is the
// entry to replace when all are taken.
type polyCache struct {
	e    [polyWays]cacheEntry
	next uint8
}

// instanceEntry returns the entry of site c for instances of typ: one
// whose class and version match, or else the entry to refill (with the
// class still different or out of date).
func instanceEntry(c *cacheEntry, typ *Type) *cacheEntry {
	if c.typ == typ || c.typ == nil {
		return c
	}
	p := c.more
	if p == nil {
		p = new(polyCache)
		c.more = p
	}
	for i := range p.e {
		if e := &p.e[i]; e.typ == typ {
			return e
		}
	}
	for i := range p.e {
		if e := &p.e[i]; e.typ == nil {
			return e
		}
	}
	e := &p.e[p.next]
	p.next = (p.next + 1) % polyWays
	return e
}
