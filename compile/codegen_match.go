package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Code generation for match statements (PEP 634), as CPython 3.11 does
// it. Every pattern routine consumes the subject on top of the stack and
// jumps to a "fail_pop" block when it does not match; the names a
// pattern captures are kept on the stack, under the items still in use
// (pc.onTop of them), and stored only once the whole case has matched.

type patternContext struct {
	stores           []string // names captured so far, in stack order
	allowIrrefutable bool     // whether a capture or wildcard may stand alone
	failPop          []*block // failPop[i] pops i items, then falls into failPop[i-1]
	onTop            int      // items above the captures that failure must pop
}

func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

func isStarWildcard(p syntax.Pattern) bool {
	st, ok := p.(*syntax.MatchStar)
	return ok && st.Name == ""
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newBlock())
	}
}

// jumpToFailPop jumps (with op) to the block that pops what is on the
// stack for this pattern.
func (c *compiler) jumpToFailPop(pc *patternContext, op opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.addJump(op, pc.failPop[pops])
}

// emitAndResetFailPop lays out the fail_pop blocks.
func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useNextBlock(pc.failPop[i])
		c.addOp(bytecode.POP_TOP)
	}
	c.useNextBlock(pc.failPop[0])
	pc.failPop = nil
}

func pyReprName(name string) string { return "'" + name + "'" }

func (c *compiler) errorDuplicateStore(name string) {
	c.error("multiple assignments to name %s in pattern", pyReprName(name))
}

// patternRotate moves the top of the stack count-1 places down.
func (c *compiler) patternRotate(count int) {
	for count > 1 {
		c.addOpArg(bytecode.SWAP, count)
		count--
	}
}

func containsName(names []string, n string) bool {
	for _, s := range names {
		if s == n {
			return true
		}
	}
	return false
}

func indexName(names []string, n string) int {
	for i, s := range names {
		if s == n {
			return i
		}
	}
	return -1
}

// patternStoreName captures the top of the stack as name (or drops it for
// a wildcard).
func (c *compiler) patternStoreName(name string, pc *patternContext) {
	if name == "" {
		c.addOp(bytecode.POP_TOP)
		return
	}
	if c.forbiddenName(name, syntax.Store) {
		return
	}
	if containsName(pc.stores, name) {
		c.errorDuplicateStore(name)
		return
	}
	c.patternRotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) patternUnpackHelper(elts []syntax.Pattern) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*syntax.MatchStar); ok {
			if seenStar {
				c.error("multiple starred expressions in sequence pattern")
				return
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.error("too many expressions in star-unpacking sequence pattern")
				return
			}
			c.addOpArg(bytecode.UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.addOpArg(bytecode.UNPACK_SEQUENCE, n)
	}
}

func (c *compiler) patternSequenceUnpack(patterns []syntax.Pattern, pc *patternContext) {
	c.patternUnpackHelper(patterns)
	size := len(patterns)
	// The new subjects on the stack stay there during each subpattern.
	pc.onTop += size
	for _, p := range patterns {
		pc.onTop--
		c.patternSubpattern(p, pc)
	}
}

// patternSequenceSubscr matches the items of a sequence pattern with a
// starred wildcard by indexing instead of unpacking.
func (c *compiler) patternSequenceSubscr(patterns []syntax.Pattern, star int, pc *patternContext) {
	pc.onTop++ // keep the subject around for indexing
	size := len(patterns)
	for i, p := range patterns {
		if isWildcard(p) || i == star {
			continue
		}
		c.addOpArg(bytecode.COPY, 1)
		if i < star {
			c.loadConst(int64(i))
		} else {
			// The subject may not support negative indexes.
			c.addOp(bytecode.GET_LEN)
			c.loadConst(int64(size - i))
			c.addOpArg(bytecode.BINARY_OP, int(bytecode.NB_SUBTRACT))
		}
		c.addOp(bytecode.BINARY_SUBSCR)
		c.patternSubpattern(p, pc)
	}
	pc.onTop--
	c.addOp(bytecode.POP_TOP)
}

// patternSubpattern is pattern without the irrefutability check.
func (c *compiler) patternSubpattern(p syntax.Pattern, pc *patternContext) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

func (c *compiler) patternAs(p *syntax.MatchAs, pc *patternContext) {
	if p.Pattern == nil {
		if !pc.allowIrrefutable {
			if p.Name != "" {
				c.error("name capture %s makes remaining patterns unreachable", pyReprName(p.Name))
				return
			}
			c.error("wildcard makes remaining patterns unreachable")
			return
		}
		c.patternStoreName(p.Name, pc)
		return
	}
	// A copy of the subject for storing once the subpattern matched.
	pc.onTop++
	c.addOpArg(bytecode.COPY, 1)
	c.pattern(p.Pattern, pc)
	pc.onTop--
	c.patternStoreName(p.Name, pc)
}

func (c *compiler) validateKwdAttrs(attrs []string, patterns []syntax.Pattern) bool {
	for i, attr := range attrs {
		c.setLoc(patterns[i].Position())
		if c.forbiddenName(attr, syntax.Store) {
			return false
		}
		for j := i + 1; j < len(attrs); j++ {
			if attrs[j] == attr {
				c.setLoc(patterns[j].Position())
				c.error("attribute name repeated in class pattern: %s", attr)
				return false
			}
		}
	}
	return true
}

func (c *compiler) patternClass(p *syntax.MatchClass, pc *patternContext) {
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.error("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns))
		return
	}
	if nattrs > 0 {
		if !c.validateKwdAttrs(p.KwdAttrs, p.KwdPatterns) {
			return
		}
		c.setLoc(&p.Span)
	}
	c.visitExpr(p.Cls)
	names := make(bytecode.Tuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.addOpArg(bytecode.MATCH_CLASS, nargs)
	c.addOpArg(bytecode.COPY, 1)
	c.loadConst(bytecode.None)
	c.addOpArg(bytecode.IS_OP, 1)
	// On top: a tuple of nargs + nattrs attributes, or None.
	pc.onTop++
	c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	c.addOpArg(bytecode.UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sub syntax.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sub) {
			c.addOp(bytecode.POP_TOP)
			continue
		}
		c.patternSubpattern(sub, pc)
	}
}

func (c *compiler) patternMapping(p *syntax.MatchMapping, pc *patternContext) {
	keys, patterns := p.Keys, p.Patterns
	size := len(keys)
	if size != len(patterns) {
		c.error("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(patterns))
		return
	}
	star := p.Rest
	// The subject stays on top during the mapping and length checks.
	pc.onTop++
	c.addOp(bytecode.MATCH_MAPPING)
	c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	if size == 0 && star == "" {
		// {} matches any mapping.
		pc.onTop--
		c.addOp(bytecode.POP_TOP)
		return
	}
	if size > 0 {
		c.addOp(bytecode.GET_LEN)
		c.loadConst(int64(size))
		c.addCompare(syntax.CmpGtE)
		c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	}
	var seen []bytecode.Const
	for i, key := range keys {
		if key == nil {
			c.setLoc(patterns[i].Position())
			c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
			return
		}
		switch k := key.(type) {
		case *syntax.Constant:
			v := fromValue(k.Value)
			for _, s := range seen {
				if constEqual(s, v) {
					c.error("mapping pattern checks duplicate key (%s)", constRepr(v))
					return
				}
			}
			seen = append(seen, v)
		case *syntax.Attribute:
		default:
			c.error("mapping pattern keys may only match literals and attribute lookups")
			return
		}
		c.visitExpr(key)
	}
	c.addOpArg(bytecode.BUILD_TUPLE, size)
	c.addOp(bytecode.MATCH_KEYS)
	// A tuple of keys and a tuple of values (or None) on the subject.
	pc.onTop += 2
	c.addOpArg(bytecode.COPY, 1)
	c.loadConst(bytecode.None)
	c.addOpArg(bytecode.IS_OP, 1)
	c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	c.addOpArg(bytecode.UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, sub := range patterns {
		pc.onTop--
		c.patternSubpattern(sub, pc)
	}
	// A match: what comes next consumes the keys and the subject.
	pc.onTop -= 2
	if star != "" {
		// rest = dict(subject); del rest[key] for each key.
		c.addOpArg(bytecode.BUILD_MAP, 0)
		c.addOpArg(bytecode.SWAP, 3)
		c.addOpArg(bytecode.DICT_UPDATE, 2)
		c.addOpArg(bytecode.UNPACK_SEQUENCE, size)
		for size > 0 {
			c.addOpArg(bytecode.COPY, 1+size)
			size--
			c.addOpArg(bytecode.SWAP, 2)
			c.addOp(bytecode.DELETE_SUBSCR)
		}
		c.patternStoreName(star, pc)
	} else {
		c.addOp(bytecode.POP_TOP) // the tuple of keys
		c.addOp(bytecode.POP_TOP) // the subject
	}
}

func (c *compiler) patternOr(p *syntax.MatchOr, pc *patternContext) {
	end := c.newBlock()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt.Position())
		pc.stores = nil
		// An irrefutable alternative must be the last one, if allowed at all.
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.addOpArg(bytecode.COPY, 1)
		c.pattern(alt, pc)
		if c.err != nil {
			return
		}
		nstores := len(pc.stores)
		if i == 0 {
			// The first alternative's names are the control the others
			// must bind too (maybe in another order).
			control = pc.stores
		} else if nstores != len(control) {
			c.error("alternative patterns bind different names")
			return
		} else if nstores > 0 {
			for icontrol := nstores - 1; icontrol >= 0; icontrol-- {
				name := control[icontrol]
				istores := indexName(pc.stores, name)
				if istores < 0 {
					c.error("alternative patterns bind different names")
					return
				}
				if icontrol != istores {
					// Reorder the names on the stack to match control.
					rotations := istores + 1
					rotated := append([]string(nil), pc.stores[:rotations]...)
					rest := append([]string(nil), pc.stores[rotations:]...)
					at := icontrol - istores
					stores := append([]string(nil), rest[:at]...)
					stores = append(stores, rotated...)
					stores = append(stores, rest[at:]...)
					pc.stores = stores
					for ; rotations > 0; rotations-- {
						c.patternRotate(icontrol + 1)
					}
				}
			}
		}
		c.addJump(opJump, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	// No alternative matched: pop the copy of the subject and fail.
	c.addOp(bytecode.POP_TOP)
	c.jumpToFailPop(pc, opJump)
	c.useNextBlock(end)
	nstores := len(control)
	// Move each capture under the other captures, the subject copy, what is
	// on top and the earlier stores.
	nrots := nstores + 1 + pc.onTop + len(pc.stores)
	for i := 0; i < nstores; i++ {
		c.patternRotate(nrots)
		name := control[i]
		if containsName(pc.stores, name) {
			c.errorDuplicateStore(name)
			return
		}
		pc.stores = append(pc.stores, name)
	}
	c.addOp(bytecode.POP_TOP) // the copy of the subject
}

func (c *compiler) patternSequence(p *syntax.MatchSequence, pc *patternContext) {
	patterns := p.Patterns
	size := len(patterns)
	star := -1
	onlyWildcard := true
	starWildcard := false
	for i, q := range patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.error("multiple starred names in sequence pattern")
				return
			}
			starWildcard = isStarWildcard(q)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(q)
	}
	// The subject stays on top during the sequence and length checks.
	pc.onTop++
	c.addOp(bytecode.MATCH_SEQUENCE)
	c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	if star < 0 {
		c.addOp(bytecode.GET_LEN)
		c.loadConst(int64(size))
		c.addCompare(syntax.CmpEq)
		c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	} else if size > 1 {
		c.addOp(bytecode.GET_LEN)
		c.loadConst(int64(size - 1))
		c.addCompare(syntax.CmpGtE)
		c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.addOp(bytecode.POP_TOP)
	case starWildcard:
		c.patternSequenceSubscr(patterns, star, pc)
	default:
		c.patternSequenceUnpack(patterns, pc)
	}
}

func (c *compiler) pattern(p syntax.Pattern, pc *patternContext) {
	if c.err != nil {
		return
	}
	c.setLoc(p.Position())
	switch p := p.(type) {
	case *syntax.MatchValue:
		switch p.Value.(type) {
		case *syntax.Constant, *syntax.Attribute:
		default:
			c.error("patterns may only match literals and attribute lookups")
			return
		}
		c.visitExpr(p.Value)
		c.addCompare(syntax.CmpEq)
		c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	case *syntax.MatchSingleton:
		c.loadConst(fromValue(p.Value))
		c.addCompare(syntax.CmpIs)
		c.jumpToFailPop(pc, opcode(bytecode.POP_JUMP_IF_FALSE))
	case *syntax.MatchSequence:
		c.patternSequence(p, pc)
	case *syntax.MatchMapping:
		c.patternMapping(p, pc)
	case *syntax.MatchClass:
		c.patternClass(p, pc)
	case *syntax.MatchStar:
		c.patternStoreName(p.Name, pc)
	case *syntax.MatchAs:
		c.patternAs(p, pc)
	case *syntax.MatchOr:
		c.patternOr(p, pc)
	default:
		c.error("invalid match pattern node in AST (kind=%s)", p.PyName())
	}
}

func (c *compiler) match(s *syntax.Match) {
	if len(s.Cases) == 0 {
		c.malformed("empty cases on Match")
		return
	}
	c.visitExpr(s.Subject)
	end := c.newBlock()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	pc := &patternContext{}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		c.setLoc(m.Pattern.Position())
		// Keep a copy of the subject unless this is the last case.
		if i != cases-hasDefault-1 {
			c.addOpArg(bytecode.COPY, 1)
		}
		pc.stores = nil
		// Irrefutable cases must be guarded, last, or both.
		pc.allowIrrefutable = m.Guard != nil || i == cases-1
		pc.failPop = nil
		pc.onTop = 0
		c.pattern(m.Pattern, pc)
		if c.err != nil {
			return
		}
		// A match: store the captured names from the stack.
		for _, name := range pc.stores {
			c.nameOp(name, syntax.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.addOp(bytecode.POP_TOP) // the subject
		}
		c.visitStmts(m.Body)
		c.unsetLoc()
		c.addJump(opJump, end)
		// A failed match belongs to the pattern's line, not the body's.
		c.setLoc(m.Pattern.Position())
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		// A trailing "case _" needs no copy of the subject.
		m := last
		c.setLoc(m.Pattern.Position())
		if cases == 1 {
			c.addOp(bytecode.POP_TOP)
		} else {
			c.addOp(bytecode.NOP) // shows the default case's line
		}
		if m.Guard != nil {
			c.jumpIf(m.Guard, end, false)
		}
		c.visitStmts(m.Body)
		c.unsetLoc()
	}
	c.useNextBlock(end)
}
