package sre

// This file computes first-character sets: the characters a match of
// some code can start with. They are an optimisation of kaa's own (sre
// has only the INFO block's literal prefix and first set, which many
// patterns do not get): a search skips the positions whose character
// cannot start a match, and an alternative of a branch is not tried at a
// character it cannot start with. Both only skip attempts that would
// fail at their first character, so results are unchanged.

// firstSet is a set of characters: a bitmap of those below 256, and
// whether characters from 256 up may belong.
type firstSet struct {
	bits [4]uint64
	high bool
}

// has reports whether c may start a match.
func (f *firstSet) has(c uint32) bool {
	if c < 256 {
		return f.bits[c>>6]&(1<<(c&63)) != 0
	}
	return f.high
}

func (f *firstSet) add(c uint32) {
	if c < 256 {
		f.bits[c>>6] |= 1 << (c & 63)
	} else {
		f.high = true
	}
}

func (f *firstSet) union(g firstSet) {
	for i := range f.bits {
		f.bits[i] |= g.bits[i]
	}
	f.high = f.high || g.high
}

// full reports whether the set admits every character (useless as a
// filter).
func (f *firstSet) full() bool {
	return f.high && f.bits[0]&f.bits[1]&f.bits[2]&f.bits[3] == ^uint64(0)
}

// maxFirstDepth bounds the nesting the analysis follows.
const maxFirstDepth = 32

// firstOf computes the first set of the code from pc, following it
// through jumps into what comes after. It reports false when the code
// can match the empty string or uses something it does not analyse
// (back references, conditionals).
func firstOf(code []uint32, pc, depth int) (firstSet, bool) {
	var f firstSet
	if depth > maxFirstDepth {
		return f, false
	}
	for {
		switch code[pc] {
		case opInfo:
			pc += 1 + int(code[pc+1])
		case opMark, opAt:
			pc += 2
		case opAssert, opAssertNot, opJump:
			pc += 1 + int(code[pc+1])
		case opLiteral:
			f.add(code[pc+1])
			return f, true
		case opNotLiteral, opAny, opAnyAll, opIn, opInIgnore, opInUniIgnore, opInLocIgnore,
			opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore, opNotLiteralUniIgnore,
			opLiteralLocIgnore, opNotLiteralLocIgnore, opCategory:
			return oneSet(code, pc), true
		case opBranch:
			for q := pc + 1; code[q] != 0; q += int(code[q]) {
				g, ok := firstOf(code, q+1, depth+1)
				if !ok {
					return f, false
				}
				f.union(g)
			}
			return f, true
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			f = oneSet(code, pc+4)
			if code[pc+2] >= 1 {
				return f, true
			}
			g, ok := firstOf(code, pc+1+int(code[pc+1]), depth+1)
			if !ok {
				return f, false
			}
			f.union(g)
			return f, true
		case opRepeat, opPossessiveRepeat:
			g, ok := firstOf(code, pc+4, depth+1)
			if !ok {
				return f, false
			}
			if code[pc+2] >= 1 {
				return g, true
			}
			h, ok := firstOf(code, pc+2+int(code[pc+1]), depth+1)
			if !ok {
				return f, false
			}
			g.union(h)
			return g, true
		case opAtomicGroup:
			return firstOf(code, pc+2, depth+1)
		default:
			// SUCCESS, the UNTILs (the code can match empty), back
			// references, conditionals.
			return f, false
		}
	}
}

// oneSet returns the characters the single-character instruction at pc
// matches.
func oneSet(code []uint32, pc int) firstSet {
	var f firstSet
	if code[pc] == opLiteral {
		f.add(code[pc+1])
		return f
	}
	for c := uint32(0); c < 256; c++ {
		if matchOne(code, pc, c) {
			f.add(c)
		}
	}
	f.high = true
	return f
}

// branchFirsts computes the first set of each alternative of each
// branch in code[pc:end], indexed by the position of the alternative's
// skip word. Branches inside possessive repeats are left out: there a
// failing alternative's group marks can outlive it, so it must run.
func branchFirsts(code []uint32, pc, end int, possessive bool, out []*firstSet) {
	for pc < end {
		switch code[pc] {
		case opFailure, opSuccess, opAny, opAnyAll, opMaxUntil, opMinUntil:
			pc++
		case opGrouprefExists:
			pc += 3
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore, opInfo:
			pc += 1 + int(code[pc+1])
		case opBranch:
			q := pc + 1
			for ; code[q] != 0; q += int(code[q]) {
				if !possessive {
					if f, ok := firstOf(code, q+1, 0); ok && !f.full() {
						fs := f
						out[q] = &fs
					}
				}
				branchFirsts(code, q+1, q+int(code[q]), possessive, out)
			}
			pc = q + 1
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			pc += 1 + int(code[pc+1])
		case opRepeat, opPossessiveRepeat:
			next := pc + 1 + int(code[pc+1])
			branchFirsts(code, pc+4, next, possessive || code[pc] == opPossessiveRepeat, out)
			pc = next + 1
		case opAtomicGroup:
			next := pc + 1 + int(code[pc+1])
			branchFirsts(code, pc+2, next, possessive, out)
			pc = next
		case opAssert, opAssertNot:
			next := pc + 1 + int(code[pc+1])
			branchFirsts(code, pc+3, next, possessive, out)
			pc = next
		default:
			// LITERAL..., AT, CATEGORY, MARK, GROUPREF..., JUMP.
			pc += 2
		}
	}
}
