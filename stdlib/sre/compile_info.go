package sre

// This file writes the INFO block that starts a compiled pattern: its
// least and greatest width, and either the literal text it starts with
// (with the overlap table of a Knuth-Morris-Pratt search) or the set its
// first character belongs to. Searches use it to skip positions where
// the pattern cannot match.

// info emits the INFO block of the pattern p.
func (c *compiler) info(p *subpattern, flags int) {
	lo, hi := p.getwidth()
	if hi > maxCode {
		hi = maxCode
	}
	if lo == 0 {
		c.emit(opInfo, 4, 0, uint32(lo), uint32(hi))
		return
	}
	var prefix []uint32
	prefixSkip, gotAll := -1, false
	var set []setItem
	if !(flags&flagIgnoreCase != 0 && flags&flagLocale != 0) {
		prefix, prefixSkip, gotAll = literalPrefix(p, flags)
		if len(prefix) == 0 {
			set = charsetPrefix(p, flags)
		}
	}
	c.emit(opInfo)
	skip := c.mark()
	mask := uint32(0)
	if len(prefix) > 0 {
		mask = infoPrefix
		if prefixSkip < 0 && gotAll {
			mask |= infoLiteral
		}
	} else if set != nil {
		mask |= infoCharset
	}
	c.emit(mask)
	if lo < maxCode {
		c.emit(uint32(lo))
	} else {
		c.emit(maxCode)
		if len(prefix) > maxCode {
			prefix = prefix[:maxCode]
		}
	}
	c.emit(uint32(hi))
	if len(prefix) > 0 {
		c.emit(uint32(len(prefix)))
		if prefixSkip < 0 {
			prefixSkip = len(prefix)
		}
		c.emit(uint32(prefixSkip))
		c.emit(prefix...)
		c.emit(overlapTable(prefix)...)
	} else if set != nil {
		opt, _ := optimizeCharset(set, nil)
		c.charset(opt, flags)
	}
	c.fix(skip)
}

// literalPrefix returns the characters every match starts with, how many
// of them come before the first group (-1: they all do), and whether the
// prefix is the whole pattern.
func literalPrefix(p *subpattern, flags int) (prefix []uint32, skip int, all bool) {
	skip = -1
	iscased := iscasedFor(flags)
	for i := range p.data {
		n := &p.data[i]
		switch n.op {
		case opLiteral:
			if iscased != nil && iscased(n.arg) {
				return prefix, skip, false
			}
			prefix = append(prefix, n.arg)
		case opSubpattern:
			flags1 := combineFlags(flags, n.addFlags, n.delFlags)
			if flags1&flagIgnoreCase != 0 && flags1&flagLocale != 0 {
				return prefix, skip, false
			}
			prefix1, skip1, all1 := literalPrefix(n.sub, flags1)
			if skip < 0 {
				if n.group != 0 {
					skip = len(prefix)
				} else if skip1 >= 0 {
					skip = len(prefix) + skip1
				}
			}
			prefix = append(prefix, prefix1...)
			if !all1 {
				return prefix, skip, false
			}
		default:
			return prefix, skip, false
		}
	}
	return prefix, skip, true
}

// charsetPrefix returns the set the first character of every match
// belongs to, or nil when it cannot tell.
func charsetPrefix(p *subpattern, flags int) []setItem {
	var n *node
	for {
		if len(p.data) == 0 {
			return nil
		}
		n = &p.data[0]
		if n.op != opSubpattern {
			break
		}
		flags = combineFlags(flags, n.addFlags, n.delFlags)
		p = n.sub
		if flags&flagIgnoreCase != 0 && flags&flagLocale != 0 {
			return nil
		}
	}
	iscased := iscasedFor(flags)
	switch n.op {
	case opLiteral:
		if iscased != nil && iscased(n.arg) {
			return nil
		}
		return []setItem{{op: opLiteral, lo: n.arg}}
	case opBranch:
		var set []setItem
		for _, b := range n.branches {
			if len(b.data) == 0 {
				return nil
			}
			first := &b.data[0]
			if first.op != opLiteral || (iscased != nil && iscased(first.arg)) {
				return nil
			}
			set = append(set, setItem{op: opLiteral, lo: first.arg})
		}
		return set
	case opIn:
		if iscased != nil {
			for _, it := range n.items {
				switch it.op {
				case opLiteral:
					if iscased(it.lo) {
						return nil
					}
				case opRange:
					if it.hi > 0xffff {
						return nil
					}
					for c := it.lo; c <= it.hi; c++ {
						if iscased(c) {
							return nil
						}
					}
				}
			}
		}
		return n.items
	}
	return nil
}

// overlapTable returns the Knuth-Morris-Pratt table of prefix: entry i
// is the length of the longest proper prefix of prefix[:i+1] that is
// also its suffix.
func overlapTable(prefix []uint32) []uint32 {
	table := make([]uint32, len(prefix))
	for i := 1; i < len(prefix); i++ {
		idx := table[i-1]
		for prefix[i] != prefix[idx] {
			if idx == 0 {
				table[i] = 0
				goto next
			}
			idx = table[idx-1]
		}
		table[i] = idx + 1
	next:
	}
	return table
}
