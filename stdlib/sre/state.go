package sre

// char is the element type of the text being matched: bytes (bytes
// patterns, and str subjects that are all ASCII) or code points.
type char interface{ ~uint8 | ~int32 }

// repeat is the state of a REPEAT instruction being matched (sre's
// SRE_REPEAT): how many items matched so far, where its operands are,
// the repeat it is nested in, and where the last item started (to stop
// repeating empty matches).
type repeat struct {
	count   int
	pc      int // the REPEAT's <skip> operand
	prev    int // the enclosing repeat, -1 for none
	lastPtr int // -1 for none
}

// mctx is one frame of the matcher's explicit stack: an instruction
// sequence being matched, and what it must resume when a nested match
// it started returns.
type mctx struct {
	count     int
	chr       uint32
	rep       int
	lastmark  int
	lastindex int
	pc        int
	ptr       int
	toplevel  bool
	jump      uint8
}

// state is a match in progress: the text, the bounds, the group marks
// and the matcher's stacks.
type state[C char] struct {
	code  []uint32
	first *firstSet   // what a match starts with (nil: unknown)
	alts  []*firstSet // what branch alternatives start with
	str   []C
	// start is where the current attempt starts; end is endpos. The
	// text before pos stays visible to look-behind assertions and \b.
	start, end int
	pos        int
	ptr        int
	// mark holds two positions per group (-1: unset); lastmark is the
	// highest valid index, lastindex the last group closed.
	mark      []int
	lastmark  int
	lastindex int
	repeat    int
	reps      []repeat
	ctxs      []mctx
	data      []int
	// matchAll makes only matches ending at end succeed (fullmatch);
	// mustAdvance rejects an empty match at start (after an empty match
	// in finditer, sub and split).
	matchAll    bool
	mustAdvance bool
	steps       uint32
	checker     stopChecker
}

// stopChecker is asked, every few thousand steps, whether the matcher
// must stop (a deadline, a cancellation, a KeyboardInterrupt), returning
// the error to stop with, and whether the matcher's stack may grow
// (CheckSize: a MemoryError beyond the interpreter's memory limit).
// *py.Thread is one.
type stopChecker interface {
	CheckStop() error
	CheckSize(itemSize, n int) error
}

// newState returns a state running prog over text[pos:end].
func newState[C char](prog *program, text []C, pos, end int, checker stopChecker) *state[C] {
	st := &state[C]{code: prog.code, first: prog.first, alts: prog.alts, str: text, checker: checker}
	st.mark = make([]int, 2*prog.groups)
	st.reset(pos, end)
	return st
}

// reset prepares the state for a new search from pos to end.
func (st *state[C]) reset(pos, end int) {
	st.pos, st.start, st.end, st.ptr = pos, pos, end, pos
	st.clearMarks()
}

// clearMarks forgets the groups matched by a previous attempt.
func (st *state[C]) clearMarks() {
	st.lastmark, st.lastindex = -1, -1
	st.repeat = -1
	st.reps = st.reps[:0]
	st.data = st.data[:0]
}

// markPush saves the marks up to lastmark on the data stack.
func (st *state[C]) markPush(lastmark int) {
	if lastmark >= 0 {
		st.data = append(st.data, st.mark[:lastmark+1]...)
	}
}

// markPop restores the marks saved by markPush and drops them.
func (st *state[C]) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.mark, st.data[n:])
		st.data = st.data[:n]
	}
}

// markPopKeep restores the marks saved by markPush and keeps them saved.
func (st *state[C]) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		n := len(st.data) - (lastmark + 1)
		copy(st.mark, st.data[n:])
	}
}

// markPopDiscard drops the marks saved by markPush.
func (st *state[C]) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		st.data = st.data[:len(st.data)-(lastmark+1)]
	}
}

// at reports whether ptr is at the position the AT code asks for.
func (st *state[C]) at(ptr int, at uint32) bool {
	s, end := st.str, st.end
	switch at {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return (end-ptr == 1 && s[ptr] == '\n') || ptr == end
	case atEndLine:
		return ptr == end || s[ptr] == '\n'
	case atEndString:
		return ptr == end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if end == 0 {
			return false
		}
		word := isWord
		switch at {
		case atLocBoundary, atLocNonBoundary:
			word = isLocWord
		case atUniBoundary, atUniNonBoundary:
			word = isUniWord
		}
		that := ptr > 0 && word(uint32(s[ptr-1]))
		this := ptr < end && word(uint32(s[ptr]))
		if at == atBoundary || at == atLocBoundary || at == atUniBoundary {
			return this != that
		}
		return this == that
	}
	return false
}

// inSet reports whether ch belongs to the set whose members start at
// code[pc] (sre's charset()).
func inSet(code []uint32, pc int, ch uint32) bool {
	ok := true
	for {
		switch code[pc] {
		case opFailure:
			return !ok
		case opLiteral:
			if ch == code[pc+1] {
				return ok
			}
			pc += 2
		case opCategory:
			if category(code[pc+1], ch) {
				return ok
			}
			pc += 2
		case opCharset:
			if ch < 256 && code[pc+1+int(ch/32)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 1 + 8
		case opRange:
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			pc += 3
		case opRangeUniIgnore:
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			if u := uniUpper(ch); code[pc+1] <= u && u <= code[pc+2] {
				return ok
			}
			pc += 3
		case opNegate:
			ok = !ok
			pc++
		case opBigCharset:
			count := int(code[pc+1])
			pc += 2
			if ch < 0x10000 {
				hi := ch >> 8
				block := int(code[pc+int(hi/4)]>>(8*(hi&3))) & 0xFF
				if code[pc+64+(block*256+int(ch&255))/32]&(1<<(ch&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

// inSetLocIgnore is inSet for re.LOCALE sets ignoring case.
func inSetLocIgnore(code []uint32, pc int, ch uint32) bool {
	lo := localeLower(ch)
	if inSet(code, pc, lo) {
		return true
	}
	up := localeUpper(ch)
	return up != lo && inSet(code, pc, up)
}

// matchOne reports whether the character ch matches the single-character
// instruction at code[pc] (the item of a REPEAT_ONE).
func matchOne(code []uint32, pc int, ch uint32) bool {
	switch code[pc] {
	case opLiteral:
		return ch == code[pc+1]
	case opNotLiteral:
		return ch != code[pc+1]
	case opLiteralIgnore:
		return asciiLower(ch) == code[pc+1]
	case opNotLiteralIgnore:
		return asciiLower(ch) != code[pc+1]
	case opLiteralUniIgnore:
		return uniLower(ch) == code[pc+1]
	case opNotLiteralUniIgnore:
		return uniLower(ch) != code[pc+1]
	case opLiteralLocIgnore:
		return charLocIgnore(code[pc+1], ch)
	case opNotLiteralLocIgnore:
		return !charLocIgnore(code[pc+1], ch)
	case opAny:
		return ch != '\n'
	case opAnyAll:
		return true
	case opIn:
		return inSet(code, pc+2, ch)
	case opInIgnore:
		return inSet(code, pc+2, asciiLower(ch))
	case opInUniIgnore:
		return inSet(code, pc+2, uniLower(ch))
	case opInLocIgnore:
		return inSetLocIgnore(code, pc+2, ch)
	case opCategory:
		return category(code[pc+1], ch)
	}
	return false
}

// count returns how many times, up to maxcount, the single-character
// item at code[pc] matches from st.ptr.
func (st *state[C]) count(pc int, maxcount uint32) int {
	s, code := st.str, st.code
	ptr, end := st.ptr, st.end
	if maxcount != maxRepeat && int64(maxcount) < int64(end-ptr) {
		end = ptr + int(maxcount)
	}
	switch code[pc] {
	case opIn:
		for ptr < end && inSet(code, pc+2, uint32(s[ptr])) {
			ptr++
		}
	case opAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		ptr = end
	case opLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	default:
		for ptr < end && matchOne(code, pc, uint32(s[ptr])) {
			ptr++
		}
	}
	return ptr - st.ptr
}
