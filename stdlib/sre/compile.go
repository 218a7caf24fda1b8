package sre

// This file compiles a parsed pattern into the code the matcher runs:
// the same instruction set and layout as CPython 3.11's sre_compile
// (so that re.DEBUG disassembles the same), including its choice of
// case-insensitive instructions and its charset optimisations.

// program is a compiled pattern.
type program struct {
	code      []uint32
	flags     int      // the pattern's flags (given, inline and implied)
	groups    int      // the number of capturing groups
	names     []string // group names in order of definition
	groupdict map[string]int
	isBytes   bool
	// first is the first set of the whole pattern (nil when unknown);
	// alts holds the first sets of branch alternatives by the position
	// of their skip word (nil when there is no branch).
	first *firstSet
	alts  []*firstSet
}

// compilePattern parses and compiles a pattern.
func compilePattern(pat []rune, istext bool, flags int) (*program, error) {
	ps, err := parse(pat, istext, flags)
	if err != nil {
		return nil, err
	}
	c := &compiler{}
	flags |= ps.flags
	c.info(ps.p, flags)
	if err := c.compile(ps.p.data, flags); err != nil {
		return nil, err
	}
	c.emit(opSuccess)
	prog := &program{
		code:      c.code,
		flags:     flags,
		groups:    ps.st.groups() - 1,
		names:     ps.st.names,
		groupdict: ps.st.groupdict,
		isBytes:   !istext,
	}
	prog.analyse()
	return prog, nil
}

// analyse computes the program's first-character sets.
func (prog *program) analyse() {
	code := prog.code
	if f, ok := firstOf(code, 0, 0); ok && !f.full() {
		prog.first = &f
	}
	alts := make([]*firstSet, len(code))
	branchFirsts(code, 0, len(code), false, alts)
	for _, a := range alts {
		if a != nil {
			prog.alts = alts
			break
		}
	}
}

// compiler accumulates code.
type compiler struct {
	code []uint32
}

func (c *compiler) emit(words ...uint32) { c.code = append(c.code, words...) }

// mark reserves a word for a skip filled in later by fix.
func (c *compiler) mark() int {
	c.code = append(c.code, 0)
	return len(c.code) - 1
}

// fix stores at skip the distance from skip to the end of the code.
func (c *compiler) fix(skip int) { c.code[skip] = uint32(len(c.code) - skip) }

// folding says how a pattern ignores case: nil when it does not (or
// under re.LOCALE, which has instructions of its own).
type folding struct {
	iscased func(uint32) bool
	lower   func(uint32) uint32
	unicode bool // the extra equivalences of extraCases apply
}

var (
	asciiFolding   = &folding{iscased: asciiIscased, lower: asciiLower}
	unicodeFolding = &folding{iscased: uniIscased, lower: uniLower, unicode: true}
)

// foldingFor returns the folding of flags.
func foldingFor(flags int) *folding {
	if flags&flagIgnoreCase == 0 || flags&flagLocale != 0 {
		return nil
	}
	if flags&flagUnicode != 0 {
		return unicodeFolding
	}
	return asciiFolding
}

// iscasedFor returns the test of cased characters of flags (nil when
// case matters).
func iscasedFor(flags int) func(uint32) bool {
	switch {
	case flags&flagIgnoreCase == 0:
		return nil
	case flags&flagUnicode != 0:
		return uniIscased
	}
	return asciiIscased
}

// combineFlags returns the flags inside a group with flags of its own.
func combineFlags(flags, add, del int) int {
	if add&typeFlags != 0 {
		flags &^= typeFlags
	}
	return (flags | add) &^ del
}

// compile compiles the nodes of a subpattern.
func (c *compiler) compile(data []node, flags int) error {
	fold := foldingFor(flags)
	for i := range data {
		n := &data[i]
		switch n.op {
		case opLiteral, opNotLiteral:
			c.literal(n.op, n.arg, flags, fold)
		case opIn:
			set, hascased := optimizeCharset(n.items, fold)
			switch {
			case flags&flagIgnoreCase != 0 && flags&flagLocale != 0:
				c.emit(opInLocIgnore)
			case !hascased:
				c.emit(opIn)
			case !fold.unicode:
				c.emit(opInIgnore)
			default:
				c.emit(opInUniIgnore)
			}
			skip := c.mark()
			c.charset(set, flags)
			c.fix(skip)
		case opAny:
			if flags&flagDotAll != 0 {
				c.emit(opAnyAll)
			} else {
				c.emit(opAny)
			}
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			if flags&flagTemplate != 0 {
				return &Error{Msg: "internal: unsupported template operator " + opNames[n.op], Pos: -1}
			}
			var single, general, until opcode
			switch n.op {
			case opMinRepeat:
				single, general, until = opMinRepeatOne, opRepeat, opMinUntil
			case opMaxRepeat:
				single, general, until = opRepeatOne, opRepeat, opMaxUntil
			default:
				single, general, until = opPossessiveRepeatOne, opPossessiveRepeat, opSuccess
			}
			if isSimple(n.sub) {
				c.emit(single)
				skip := c.mark()
				c.emit(n.min, n.max)
				if err := c.compile(n.sub.data, flags); err != nil {
					return err
				}
				c.emit(opSuccess)
				c.fix(skip)
			} else {
				c.emit(general)
				skip := c.mark()
				c.emit(n.min, n.max)
				if err := c.compile(n.sub.data, flags); err != nil {
					return err
				}
				c.fix(skip)
				c.emit(until)
			}
		case opSubpattern:
			if n.group != 0 {
				c.emit(opMark, uint32(n.group-1)*2)
			}
			if err := c.compile(n.sub.data, combineFlags(flags, n.addFlags, n.delFlags)); err != nil {
				return err
			}
			if n.group != 0 {
				c.emit(opMark, uint32(n.group-1)*2+1)
			}
		case opAtomicGroup:
			c.emit(opAtomicGroup)
			skip := c.mark()
			if err := c.compile(n.sub.data, flags); err != nil {
				return err
			}
			c.emit(opSuccess)
			c.fix(skip)
		case opSuccess, opFailure:
			c.emit(n.op)
		case opAssert, opAssertNot:
			c.emit(n.op)
			skip := c.mark()
			if n.dir >= 0 {
				c.emit(0)
			} else {
				lo, hi := n.sub.getwidth()
				if lo > maxCode {
					return &Error{Msg: "looks too much behind", Pos: -1}
				}
				if lo != hi {
					return &Error{Msg: "look-behind requires fixed-width pattern", Pos: -1}
				}
				c.emit(uint32(lo))
			}
			if err := c.compile(n.sub.data, flags); err != nil {
				return err
			}
			c.emit(opSuccess)
			c.fix(skip)
		case opAt:
			at := n.arg
			if flags&flagMultiline != 0 {
				switch at {
				case atBeginning:
					at = atBeginningLine
				case atEnd:
					at = atEndLine
				}
			}
			if flags&flagLocale != 0 {
				switch at {
				case atBoundary:
					at = atLocBoundary
				case atNonBoundary:
					at = atLocNonBoundary
				}
			} else if flags&flagUnicode != 0 {
				switch at {
				case atBoundary:
					at = atUniBoundary
				case atNonBoundary:
					at = atUniNonBoundary
				}
			}
			c.emit(opAt, at)
		case opBranch:
			c.emit(opBranch)
			var tails []int
			for _, b := range n.branches {
				skip := c.mark()
				if err := c.compile(b.data, flags); err != nil {
					return err
				}
				c.emit(opJump)
				tails = append(tails, c.mark())
				c.fix(skip)
			}
			c.emit(opFailure)
			for _, t := range tails {
				c.fix(t)
			}
		case opGroupref:
			switch {
			case flags&flagIgnoreCase == 0:
				c.emit(opGroupref)
			case flags&flagLocale != 0:
				c.emit(opGrouprefLocIgnore)
			case !fold.unicode:
				c.emit(opGrouprefIgnore)
			default:
				c.emit(opGrouprefUniIgnore)
			}
			c.emit(n.arg - 1)
		case opGrouprefExists:
			c.emit(opGrouprefExists, n.arg-1)
			skipyes := c.mark()
			if err := c.compile(n.sub.data, flags); err != nil {
				return err
			}
			if n.no != nil && len(n.no.data) > 0 {
				c.emit(opJump)
				skipno := c.mark()
				c.code[skipyes] = uint32(len(c.code) - skipyes + 1)
				if err := c.compile(n.no.data, flags); err != nil {
					return err
				}
				c.fix(skipno)
			} else {
				c.code[skipyes] = uint32(len(c.code) - skipyes + 1)
			}
		}
	}
	return nil
}

// literal compiles a character (or its negation).
func (c *compiler) literal(op opcode, ch uint32, flags int, fold *folding) {
	switch {
	case flags&flagIgnoreCase == 0:
		c.emit(op, ch)
	case flags&flagLocale != 0:
		if op == opLiteral {
			c.emit(opLiteralLocIgnore, ch)
		} else {
			c.emit(opNotLiteralLocIgnore, ch)
		}
	case !fold.iscased(ch):
		c.emit(op, ch)
	default:
		lo := fold.lower(ch)
		extra, hasExtra := extraCases[lo]
		switch {
		case !fold.unicode:
			if op == opLiteral {
				c.emit(opLiteralIgnore, lo)
			} else {
				c.emit(opNotLiteralIgnore, lo)
			}
		case !hasExtra:
			if op == opLiteral {
				c.emit(opLiteralUniIgnore, lo)
			} else {
				c.emit(opNotLiteralUniIgnore, lo)
			}
		default:
			c.emit(opInUniIgnore)
			skip := c.mark()
			if op == opNotLiteral {
				c.emit(opNegate)
			}
			c.emit(opLiteral, lo)
			for _, k := range extra {
				c.emit(opLiteral, k)
			}
			c.emit(opFailure)
			c.fix(skip)
		}
	}
}

// charset compiles the members of a set, ending with FAILURE.
func (c *compiler) charset(set []setItem, flags int) {
	for _, it := range set {
		c.emit(it.op)
		switch it.op {
		case opLiteral:
			c.emit(it.lo)
		case opRange, opRangeUniIgnore:
			c.emit(it.lo, it.hi)
		case opCharset, opBigCharset:
			c.emit(it.words...)
		case opCategory:
			c.emit(categoryFor(it.lo, flags))
		}
	}
	c.emit(opFailure)
}

// categoryFor returns the category a class escape means under flags.
func categoryFor(cat uint32, flags int) uint32 {
	switch {
	case flags&flagLocale != 0:
		switch cat {
		case catWord:
			return catLocWord
		case catNotWord:
			return catLocNotWord
		}
	case flags&flagUnicode != 0:
		switch cat {
		case catDigit, catNotDigit, catSpace, catNotSpace, catWord, catNotWord, catLinebreak, catNotLinebreak:
			return cat + catUniDigit
		}
	}
	return cat
}

// isSimple reports whether p is one single-character item (possibly in
// non-capturing groups), which the *_REPEAT_ONE instructions repeat.
func isSimple(p *subpattern) bool {
	if len(p.data) != 1 {
		return false
	}
	n := &p.data[0]
	switch n.op {
	case opSubpattern:
		return n.group == 0 && isSimple(n.sub)
	case opLiteral, opNotLiteral, opAny, opIn:
		return true
	}
	return false
}
