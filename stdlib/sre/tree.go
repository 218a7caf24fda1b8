package sre

// node is one item of a parsed pattern (an (opcode, argument) pair of
// CPython's sre_parse). Which fields mean something depends on op:
//
//	opLiteral, opNotLiteral   arg: the character
//	opAny                     (nothing)
//	opAt                      arg: the position code
//	opIn                      items: the set, in order
//	opGroupref                arg: the group number
//	opMinRepeat, opMaxRepeat,
//	opPossessiveRepeat        min, max (maxRepeat: unbounded), sub: the item
//	opSubpattern              group (0: not capturing), addFlags, delFlags, sub
//	opAtomicGroup             sub
//	opAssert, opAssertNot     dir (1 ahead, -1 behind), sub
//	opBranch                  branches
//	opGrouprefExists          arg: the group, sub: yes branch, no: no branch (may be nil)
type node struct {
	op       opcode
	arg      uint32
	min, max uint32
	group    int
	addFlags int
	delFlags int
	dir      int
	items    []setItem
	sub      *subpattern
	no       *subpattern
	branches []*subpattern
}

// setItem is one member of a character set: opLiteral (lo), opRange
// (lo..hi), opCategory (lo), opNegate, or, once compiled, opCharset and
// opBigCharset (words) and opRangeUniIgnore.
type setItem struct {
	op     opcode
	lo, hi uint32
	words  []uint32
}

// subpattern is a sequence of nodes, with the parse state it belongs to
// (for the widths of the groups it refers to).
type subpattern struct {
	st    *parseState
	data  []node
	width *[2]uint64 // cached getwidth()
}

// newSub returns an empty subpattern of st.
func newSub(st *parseState) *subpattern { return &subpattern{st: st} }

// satAdd adds widths, saturating at maxWidth.
func satAdd(a, b uint64) uint64 {
	if a > maxWidth-b {
		return maxWidth
	}
	return a + b
}

// satMul multiplies widths, saturating at maxWidth.
func satMul(a, b uint64) uint64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > maxWidth/b {
		return maxWidth
	}
	return a * b
}

// getwidth returns the least and greatest number of characters the
// subpattern can match (maxWidth: unbounded).
func (p *subpattern) getwidth() (uint64, uint64) {
	if p.width != nil {
		return p.width[0], p.width[1]
	}
	var lo, hi uint64
loop:
	for i := range p.data {
		n := &p.data[i]
		switch n.op {
		case opBranch:
			i, j := maxWidth, uint64(0)
			for _, b := range n.branches {
				l, h := b.getwidth()
				i = min(i, l)
				j = max(j, h)
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case opAtomicGroup, opSubpattern:
			i, j := n.sub.getwidth()
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			i, j := n.sub.getwidth()
			lo = satAdd(lo, satMul(i, uint64(n.min)))
			if n.max == maxRepeat && j != 0 {
				hi = maxWidth
			} else {
				hi = satAdd(hi, satMul(j, uint64(n.max)))
			}
		case opAny, opLiteral, opNotLiteral, opIn, opCategory, opRange:
			lo, hi = satAdd(lo, 1), satAdd(hi, 1)
		case opGroupref:
			w := p.st.groupwidths[n.arg]
			lo, hi = satAdd(lo, w.lo), satAdd(hi, w.hi)
		case opGrouprefExists:
			i, j := n.sub.getwidth()
			if n.no != nil {
				l, h := n.no.getwidth()
				i = min(i, l)
				j = max(j, h)
			} else {
				i = 0
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case opSuccess:
			break loop
		}
	}
	p.width = &[2]uint64{lo, hi}
	return lo, hi
}

// sameNode reports whether two nodes are equal as CPython compares the
// (op, av) tuples when it factors a common prefix out of a branch:
// nodes holding subpatterns are never equal (they compare by identity).
func sameNode(a, b *node) bool {
	if a.op != b.op {
		return false
	}
	switch a.op {
	case opLiteral, opNotLiteral, opAt, opGroupref, opCategory:
		return a.arg == b.arg
	case opAny:
		return true
	case opIn:
		if len(a.items) != len(b.items) {
			return false
		}
		for i := range a.items {
			if !sameItem(a.items[i], b.items[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// sameItem compares two set members.
func sameItem(a, b setItem) bool {
	return a.op == b.op && a.lo == b.lo && a.hi == b.hi && a.words == nil && b.words == nil
}

// uniqItems drops repeated members of a set, keeping the first of each.
func uniqItems(items []setItem) []setItem {
	out := make([]setItem, 0, len(items))
	for _, it := range items {
		dup := false
		for _, o := range out {
			if sameItem(it, o) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}
