package sre

import "errors"

// This file is the matcher: a backtracking interpreter of compiled
// patterns with CPython's sre semantics (which alternative wins, what
// the groups hold after backtracking, how repeats of empty matches
// stop). It never recurses in Go: an instruction that must try
// something and come back (an alternative, a repeat, an assertion)
// pushes a frame on st.ctxs and jumps to the nested code; when that code
// succeeds or fails the frame is popped and the instruction resumes at
// the point its jump kind names.

// Jump kinds: where a frame resumes its parent.
const (
	jumpNone uint8 = iota
	jumpMaxUntil1
	jumpMaxUntil2
	jumpMaxUntil3
	jumpMinUntil1
	jumpMinUntil2
	jumpMinUntil3
	jumpRepeat
	jumpRepeatOne1
	jumpRepeatOne2
	jumpMinRepeatOne
	jumpBranch
	jumpAssert
	jumpAssertNot
	jumpPossRepeat1
	jumpPossRepeat2
	jumpAtomicGroup
)

// errInternal is a corrupt state: CPython's "internal error in regular
// expression engine".
var errInternal = errors.New("internal error in regular expression engine")

// checkEvery is how many instructions run between two stop checks.
const checkEvery = 4096

// push starts a frame matching code from pc, resuming its parent with
// jump. The fields a frame sets before reading are left as they are.
func (st *state[C]) push(pc int, toplevel bool, jump uint8) error {
	n := len(st.ctxs)
	if n == cap(st.ctxs) {
		if n >= 1<<16 && st.checker != nil {
			if err := st.checker.CheckSize(64, 2*n); err != nil {
				return err
			}
		}
		st.ctxs = append(st.ctxs, mctx{})
	} else {
		st.ctxs = st.ctxs[:n+1]
	}
	c := &st.ctxs[n]
	c.pc, c.toplevel, c.jump, c.rep = pc, toplevel, jump, -1
	return nil
}

// match matches the code from pc at st.ptr, reporting whether it
// matched; on success st.ptr is the end of the match and the marks hold
// the groups.
func (st *state[C]) match(pc int, toplevel bool) (bool, error) {
	var (
		code       = st.code
		s          = st.str
		end        = st.end
		base       = len(st.ctxs)
		ci         int
		ctx        *mctx
		ptr        int
		ret        bool
		jump       uint8
		next       int
		nextTop    bool
		op         uint32
		err        error
		rp         *repeat
		ofTail     int
		g, p, e, n int
	)
	if err = st.push(pc, toplevel, jumpNone); err != nil {
		return false, err
	}
	ci = len(st.ctxs) - 1
	ctx = &st.ctxs[ci]

entrance:
	ptr = st.ptr
	if code[pc] == opInfo {
		if code[pc+3] != 0 && int64(end-ptr) < int64(code[pc+3]) {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	st.steps++
	if st.steps%checkEvery == 0 && st.checker != nil {
		if err = st.checker.CheckStop(); err != nil {
			st.ctxs = st.ctxs[:base]
			return false, err
		}
	}
	op = code[pc]
	pc++
	switch op {
	case opMark:
		g = int(code[pc])
		if g&1 != 0 {
			st.lastindex = g/2 + 1
		}
		if g > st.lastmark {
			for j := st.lastmark + 1; j < g; j++ {
				st.mark[j] = -1
			}
			st.lastmark = g
		}
		st.mark[g] = ptr
		pc++
		goto dispatch

	case opLiteral:
		if ptr >= end || uint32(s[ptr]) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteral:
		if ptr >= end || uint32(s[ptr]) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opSuccess:
		if ctx.toplevel && ((st.matchAll && ptr != end) || (st.mustAdvance && ptr == st.start)) {
			goto failure
		}
		st.ptr = ptr
		goto success

	case opAt:
		if !st.at(ptr, code[pc]) {
			goto failure
		}
		pc++
		goto dispatch

	case opCategory:
		if ptr >= end || !category(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opAny:
		if ptr >= end || s[ptr] == '\n' {
			goto failure
		}
		ptr++
		goto dispatch

	case opAnyAll:
		if ptr >= end {
			goto failure
		}
		ptr++
		goto dispatch

	case opIn:
		if ptr >= end || !inSet(code, pc+1, uint32(s[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opLiteralIgnore:
		if ptr >= end || asciiLower(uint32(s[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralUniIgnore:
		if ptr >= end || uniLower(uint32(s[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralLocIgnore:
		if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralIgnore:
		if ptr >= end || asciiLower(uint32(s[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralUniIgnore:
		if ptr >= end || uniLower(uint32(s[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralLocIgnore:
		if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opInIgnore:
		if ptr >= end || !inSet(code, pc+1, asciiLower(uint32(s[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInUniIgnore:
		if ptr >= end || !inSet(code, pc+1, uniLower(uint32(s[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInLocIgnore:
		if ptr >= end || !inSetLocIgnore(code, pc+1, uint32(s[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opJump, opInfo:
		pc += int(code[pc])
		goto dispatch

	case opBranch:
		// <BRANCH> <skip> code <JUMP> ... <0>
		ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			st.markPush(ctx.lastmark)
		}
		goto branchTry

	case opRepeatOne:
		// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int64(code[pc+1]) > int64(end-ptr) {
			goto failure
		}
		st.ptr = ptr
		ctx.count = st.count(pc+3, code[pc+2])
		ptr += ctx.count
		if ctx.count < int(code[pc+1]) {
			goto failure
		}
		if code[pc+int(code[pc])] == opSuccess && ptr == end && !(ctx.toplevel && st.mustAdvance && ptr == st.start) {
			st.ptr = ptr
			goto success
		}
		ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			st.markPush(ctx.lastmark)
		}
		if code[pc+int(code[pc])] == opLiteral {
			// The tail starts with a literal: skip the positions where
			// it cannot match.
			ctx.chr = code[pc+int(code[pc])+1]
			goto repeatOneLiteral
		}
		goto repeatOneGeneral

	case opMinRepeatOne:
		// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int64(code[pc+1]) > int64(end-ptr) {
			goto failure
		}
		st.ptr = ptr
		if code[pc+1] == 0 {
			ctx.count = 0
		} else {
			n = st.count(pc+3, code[pc+1])
			if n < int(code[pc+1]) {
				goto failure
			}
			ctx.count = n
			ptr += n
		}
		if code[pc+int(code[pc])] == opSuccess &&
			!(ctx.toplevel && ((st.matchAll && ptr != end) || (st.mustAdvance && ptr == st.start))) {
			st.ptr = ptr
			goto success
		}
		ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			st.markPush(ctx.lastmark)
		}
		goto minRepeatOneTry

	case opPossessiveRepeatOne:
		// <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int64(code[pc+1]) > int64(end-ptr) {
			goto failure
		}
		st.ptr = ptr
		ctx.count = st.count(pc+3, code[pc+2])
		ptr += ctx.count
		if ctx.count < int(code[pc+1]) {
			goto failure
		}
		pc += int(code[pc])
		if code[pc] == opSuccess && ptr == end && !(ctx.toplevel && st.mustAdvance && ptr == st.start) {
			st.ptr = ptr
			goto success
		}
		goto dispatch

	case opRepeat:
		// <REPEAT> <skip> <min> <max> item <UNTIL> tail
		st.reps = append(st.reps, repeat{count: -1, pc: pc, prev: st.repeat, lastPtr: -1})
		ctx.rep = len(st.reps) - 1
		st.repeat = ctx.rep
		st.ptr = ptr
		jump, next, nextTop = jumpRepeat, pc+int(code[pc]), ctx.toplevel
		goto doJump

	case opMaxUntil:
		// <REPEAT> <skip> <min> <max> item <MAX_UNTIL> tail
		ctx.rep = st.repeat
		if ctx.rep < 0 {
			err = errInternal
			goto fatal
		}
		rp = &st.reps[ctx.rep]
		st.ptr = ptr
		ctx.count = rp.count + 1
		if ctx.count < int(code[rp.pc+1]) {
			// Not enough items yet.
			rp.count = ctx.count
			jump, next, nextTop = jumpMaxUntil1, rp.pc+3, ctx.toplevel
			goto doJump
		}
		if (int64(ctx.count) < int64(code[rp.pc+2]) || code[rp.pc+2] == maxRepeat) && st.ptr != rp.lastPtr {
			// Enough items: try one more.
			rp.count = ctx.count
			ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
			st.markPush(ctx.lastmark)
			st.data = append(st.data, rp.lastPtr)
			rp.lastPtr = st.ptr
			jump, next, nextTop = jumpMaxUntil2, rp.pc+3, ctx.toplevel
			goto doJump
		}
		goto maxUntilTail

	case opMinUntil:
		// <REPEAT> <skip> <min> <max> item <MIN_UNTIL> tail
		ctx.rep = st.repeat
		if ctx.rep < 0 {
			err = errInternal
			goto fatal
		}
		rp = &st.reps[ctx.rep]
		st.ptr = ptr
		ctx.count = rp.count + 1
		if ctx.count < int(code[rp.pc+1]) {
			rp.count = ctx.count
			jump, next, nextTop = jumpMinUntil1, rp.pc+3, ctx.toplevel
			goto doJump
		}
		// Enough items: try the tail first.
		st.repeat = rp.prev
		ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			st.markPush(ctx.lastmark)
		}
		jump, next, nextTop = jumpMinUntil2, pc, ctx.toplevel
		goto doJump

	case opPossessiveRepeat:
		// <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
		st.ptr = ptr
		ctx.count = 0
		goto possRepeatMin

	case opAtomicGroup:
		// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
		st.ptr = ptr
		jump, next, nextTop = jumpAtomicGroup, pc+1, false
		goto doJump

	case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
		g = int(code[pc]) * 2
		if g >= st.lastmark {
			goto failure
		}
		p, e = st.mark[g], st.mark[g+1]
		if p < 0 || e < 0 || e < p {
			goto failure
		}
		for ; p < e; p, ptr = p+1, ptr+1 {
			if ptr >= end {
				goto failure
			}
			a, b := uint32(s[ptr]), uint32(s[p])
			switch op {
			case opGroupref:
			case opGrouprefIgnore:
				a, b = asciiLower(a), asciiLower(b)
			case opGrouprefUniIgnore:
				a, b = uniLower(a), uniLower(b)
			default:
				a, b = localeLower(a), localeLower(b)
			}
			if a != b {
				goto failure
			}
		}
		pc++
		goto dispatch

	case opGrouprefExists:
		// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
		g = int(code[pc]) * 2
		if g >= st.lastmark {
			pc += int(code[pc+1])
			goto dispatch
		}
		p, e = st.mark[g], st.mark[g+1]
		if p < 0 || e < 0 || e < p {
			pc += int(code[pc+1])
			goto dispatch
		}
		pc += 2
		goto dispatch

	case opAssert:
		// <ASSERT> <skip> <back> <pattern>
		if int64(ptr) < int64(code[pc+1]) {
			goto failure
		}
		st.ptr = ptr - int(code[pc+1])
		jump, next, nextTop = jumpAssert, pc+2, false
		goto doJump

	case opAssertNot:
		// <ASSERT_NOT> <skip> <back> <pattern>
		if int64(ptr) >= int64(code[pc+1]) {
			st.ptr = ptr - int(code[pc+1])
			ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
			if st.repeat >= 0 {
				st.markPush(ctx.lastmark)
			}
			jump, next, nextTop = jumpAssertNot, pc+2, false
			goto doJump
		}
		pc += int(code[pc])
		goto dispatch

	case opFailure:
		goto failure

	default:
		err = errInternal
		goto fatal
	}

branchTry:
	if code[pc] == 0 {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	if code[pc+1] == opLiteral && (ptr >= end || uint32(s[ptr]) != code[pc+2]) {
		pc += int(code[pc])
		goto branchTry
	}
	if code[pc+1] == opIn && (ptr >= end || !inSet(code, pc+3, uint32(s[ptr]))) {
		pc += int(code[pc])
		goto branchTry
	}
	if st.alts != nil {
		if f := st.alts[pc]; f != nil && (ptr >= end || !f.has(uint32(s[ptr]))) {
			pc += int(code[pc])
			goto branchTry
		}
	}
	st.ptr = ptr
	jump, next, nextTop = jumpBranch, pc+1, ctx.toplevel
	goto doJump
branchResume:
	if ret {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPopKeep(ctx.lastmark)
	}
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	pc += int(code[pc])
	goto branchTry

repeatOneLiteral:
	for ctx.count >= int(code[pc+1]) && (ptr >= end || uint32(s[ptr]) != ctx.chr) {
		ptr--
		ctx.count--
	}
	if ctx.count < int(code[pc+1]) {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	st.ptr = ptr
	jump, next, nextTop = jumpRepeatOne1, pc+int(code[pc]), ctx.toplevel
	goto doJump
repeatOneLiteralResume:
	if ret {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPopKeep(ctx.lastmark)
	}
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	ptr--
	ctx.count--
	goto repeatOneLiteral

repeatOneGeneral:
	if ctx.count < int(code[pc+1]) {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	st.ptr = ptr
	jump, next, nextTop = jumpRepeatOne2, pc+int(code[pc]), ctx.toplevel
	goto doJump
repeatOneGeneralResume:
	if ret {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPopKeep(ctx.lastmark)
	}
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	ptr--
	ctx.count--
	goto repeatOneGeneral

minRepeatOneTry:
	if code[pc+2] != maxRepeat && int64(ctx.count) > int64(code[pc+2]) {
		goto minRepeatOneDone
	}
	st.ptr = ptr
	jump, next, nextTop = jumpMinRepeatOne, pc+int(code[pc]), ctx.toplevel
	goto doJump
minRepeatOneResume:
	if ret {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPopKeep(ctx.lastmark)
	}
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	st.ptr = ptr
	if st.count(pc+3, 1) == 0 {
		goto minRepeatOneDone
	}
	ptr++
	ctx.count++
	goto minRepeatOneTry
minRepeatOneDone:
	if st.repeat >= 0 {
		st.markPopDiscard(ctx.lastmark)
	}
	goto failure

repeatResume:
	st.repeat = st.reps[ctx.rep].prev
	st.reps = st.reps[:ctx.rep]
	if ret {
		goto success
	}
	goto failure

maxUntil1Resume:
	if ret {
		goto success
	}
	st.reps[ctx.rep].count = ctx.count - 1
	st.ptr = ptr
	goto failure

maxUntil2Resume:
	rp = &st.reps[ctx.rep]
	rp.lastPtr = st.data[len(st.data)-1]
	st.data = st.data[:len(st.data)-1]
	if ret {
		st.markPopDiscard(ctx.lastmark)
		goto success
	}
	st.markPop(ctx.lastmark)
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	rp.count = ctx.count - 1
	st.ptr = ptr
maxUntilTail:
	// No more items here: the tail must match.
	st.repeat = st.reps[ctx.rep].prev
	jump, next, nextTop = jumpMaxUntil3, pc, ctx.toplevel
	goto doJump
maxUntil3Resume:
	st.repeat = ctx.rep
	if ret {
		goto success
	}
	st.ptr = ptr
	goto failure

minUntil1Resume:
	if ret {
		goto success
	}
	st.reps[ctx.rep].count = ctx.count - 1
	st.ptr = ptr
	goto failure

minUntil2Resume:
	ofTail = st.repeat
	st.repeat = ctx.rep
	if ret {
		if ofTail >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if ofTail >= 0 {
		st.markPop(ctx.lastmark)
	}
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	st.ptr = ptr
	rp = &st.reps[ctx.rep]
	if (int64(ctx.count) >= int64(code[rp.pc+2]) && code[rp.pc+2] != maxRepeat) || st.ptr == rp.lastPtr {
		goto failure
	}
	// The tail failed: match one more item.
	rp.count = ctx.count
	st.data = append(st.data, rp.lastPtr)
	rp.lastPtr = st.ptr
	jump, next, nextTop = jumpMinUntil3, rp.pc+3, ctx.toplevel
	goto doJump
minUntil3Resume:
	rp = &st.reps[ctx.rep]
	rp.lastPtr = st.data[len(st.data)-1]
	st.data = st.data[:len(st.data)-1]
	if ret {
		goto success
	}
	rp.count = ctx.count - 1
	st.ptr = ptr
	goto failure

possRepeatMin:
	if ctx.count < int(code[pc+1]) {
		jump, next, nextTop = jumpPossRepeat1, pc+3, false
		goto doJump
	}
	ptr = -1
	goto possRepeatMore
possRepeat1Resume:
	if ret {
		ctx.count++
		goto possRepeatMin
	}
	st.ptr = ptr
	goto failure
possRepeatMore:
	if (int64(ctx.count) < int64(code[pc+2]) || code[pc+2] == maxRepeat) && st.ptr != ptr {
		ctx.lastmark, ctx.lastindex = st.lastmark, st.lastindex
		st.markPush(ctx.lastmark)
		ptr = st.ptr
		jump, next, nextTop = jumpPossRepeat2, pc+3, false
		goto doJump
	}
	goto possRepeatTail
possRepeat2Resume:
	if ret {
		st.markPopDiscard(ctx.lastmark)
		ctx.count++
		goto possRepeatMore
	}
	st.markPop(ctx.lastmark)
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	st.ptr = ptr
possRepeatTail:
	pc += int(code[pc]) + 1
	ptr = st.ptr
	goto dispatch

atomicGroupResume:
	if !ret {
		st.ptr = ptr
		goto failure
	}
	pc += int(code[pc])
	ptr = st.ptr
	goto dispatch

assertResume:
	if !ret {
		goto failure
	}
	pc += int(code[pc])
	goto dispatch

assertNotResume:
	if ret {
		if st.repeat >= 0 {
			st.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	if st.repeat >= 0 {
		st.markPop(ctx.lastmark)
	}
	st.lastmark, st.lastindex = ctx.lastmark, ctx.lastindex
	pc += int(code[pc])
	goto dispatch

doJump:
	// Save where this frame is, start a frame for the nested match.
	ctx.pc, ctx.ptr = pc, ptr
	if err = st.push(next, nextTop, jump); err != nil {
		goto fatal
	}
	ci = len(st.ctxs) - 1
	ctx = &st.ctxs[ci]
	pc = next
	goto entrance

failure:
	ret = false
	goto exit
success:
	ret = true
exit:
	jump = ctx.jump
	st.ctxs = st.ctxs[:ci]
	ci--
	if ci < base {
		return ret, nil
	}
	ctx = &st.ctxs[ci]
	pc, ptr = ctx.pc, ctx.ptr
	switch jump {
	case jumpBranch:
		goto branchResume
	case jumpRepeatOne1:
		goto repeatOneLiteralResume
	case jumpRepeatOne2:
		goto repeatOneGeneralResume
	case jumpMinRepeatOne:
		goto minRepeatOneResume
	case jumpRepeat:
		goto repeatResume
	case jumpMaxUntil1:
		goto maxUntil1Resume
	case jumpMaxUntil2:
		goto maxUntil2Resume
	case jumpMaxUntil3:
		goto maxUntil3Resume
	case jumpMinUntil1:
		goto minUntil1Resume
	case jumpMinUntil2:
		goto minUntil2Resume
	case jumpMinUntil3:
		goto minUntil3Resume
	case jumpPossRepeat1:
		goto possRepeat1Resume
	case jumpPossRepeat2:
		goto possRepeat2Resume
	case jumpAtomicGroup:
		goto atomicGroupResume
	case jumpAssert:
		goto assertResume
	case jumpAssertNot:
		goto assertNotResume
	}
	err = errInternal
fatal:
	st.ctxs = st.ctxs[:base]
	return false, err
}
