package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
)

// The control flow graph passes of the assembler, in the order and with
// the effects of CPython 3.11's: marking exits, threading jumps, folding
// constant tests and tuples, removing unreachable blocks and NOPs,
// duplicating small exit blocks so that every return has a line number,
// and propagating line numbers to artificial instructions.

// maxCopySize is the longest exit block copied into its predecessors.
const maxCopySize = 4

// op returns the real opcode of an instruction (meaningless for pseudo
// instructions).
func (in *instr) realOp() bytecode.Opcode { return bytecode.Opcode(in.op) }

func (in *instr) isJump() bool { return isJumpOp(in.op) }

// normalizeBasicBlock marks exit and no-fallthrough blocks and makes jumps
// skip empty blocks.
func normalizeBasicBlock(b *block) bool {
	for i := range b.instrs {
		in := &b.instrs[i]
		switch in.op {
		case opcode(bytecode.RETURN_VALUE), opcode(bytecode.RAISE_VARARGS), opcode(bytecode.RERAISE):
			b.exit = true
			b.noFallthrough = true
		case opJump, opJumpNoInterrupt:
			b.noFallthrough = true
			fallthrough
		case opcode(bytecode.POP_JUMP_IF_NOT_NONE), opcode(bytecode.POP_JUMP_IF_NONE),
			opcode(bytecode.POP_JUMP_IF_FALSE), opcode(bytecode.POP_JUMP_IF_TRUE),
			opcode(bytecode.JUMP_IF_FALSE_OR_POP), opcode(bytecode.JUMP_IF_TRUE_OR_POP),
			opcode(bytecode.FOR_ITER):
			if i != len(b.instrs)-1 {
				return false
			}
			in.target = skipEmpty(in.target)
		}
	}
	return true
}

func skipEmpty(b *block) *block {
	for len(b.instrs) == 0 && b.next != nil {
		b = b.next
	}
	return b
}

func blockHasLineno(b *block) bool {
	for i := range b.instrs {
		if b.instrs[i].loc.lineno > 0 {
			return true
		}
	}
	return false
}

// extendBlock replaces a jump to a small exit block without line numbers
// (such as an implicit "return None") by a copy of that block.
func extendBlock(b *block) {
	last := b.last()
	if last == nil || last.op != opJump {
		return
	}
	t := last.target
	if !t.exit || len(t.instrs) > maxCopySize || blockHasLineno(t) {
		return
	}
	last.op = opcode(bytecode.NOP)
	b.instrs = append(b.instrs, t.instrs...)
	b.exit = true
}

// cleanBasicBlock removes the NOPs that carry no line number of their own.
func cleanBasicBlock(b *block) {
	dest := 0
	prevLineno := int32(-1)
	n := len(b.instrs)
	for src := 0; src < n; src++ {
		lineno := b.instrs[src].loc.lineno
		if b.instrs[src].op == opcode(bytecode.NOP) {
			if lineno < 0 || prevLineno == lineno {
				continue
			}
			if src < n-1 {
				next := b.instrs[src+1].loc.lineno
				if next == lineno {
					continue
				}
				if next < 0 {
					b.instrs[src+1].loc = b.instrs[src].loc
					continue
				}
			} else {
				next := b.next
				for next != nil && len(next.instrs) == 0 {
					next = next.next
				}
				if next != nil && lineno == next.instrs[0].loc.lineno {
					continue
				}
			}
		}
		if dest != src {
			b.instrs[dest] = b.instrs[src]
		}
		dest++
		prevLineno = lineno
	}
	b.instrs = b.instrs[:dest]
}

// jumpThread makes in jump where target (the first instruction of its
// target block) jumps, with op, when both have the same line.
func jumpThread(in, target *instr, op opcode) bool {
	if in.loc.lineno == target.loc.lineno && in.target != target.target {
		in.target = target.target
		in.op = op
		return true
	}
	return false
}

// constIndexOf returns the index of a constant equal (by key) to the
// tuple t in the unit's constants, appending it when missing.
func (u *unit) constIndexOf(t bytecode.Tuple) int {
	key := makeKey(t, 0)
	if i, ok := u.constIndex[key]; ok {
		return i
	}
	u.consts = append(u.consts, t)
	u.constIndex[key] = len(u.consts) - 1
	return len(u.consts) - 1
}

// foldTupleOnConstants replaces LOAD_CONST c1 ... LOAD_CONST cn
// BUILD_TUPLE n by LOAD_CONST (c1, ..., cn).
func (u *unit) foldTupleOnConstants(instrs []instr, n int) {
	for i := 0; i < n; i++ {
		if instrs[i].op != opcode(bytecode.LOAD_CONST) {
			return
		}
	}
	t := make(bytecode.Tuple, n)
	for i := 0; i < n; i++ {
		t[i] = u.consts[instrs[i].arg]
	}
	index := u.constIndexOf(t)
	for i := 0; i < n; i++ {
		instrs[i].op = opcode(bytecode.NOP)
	}
	instrs[n].op = opcode(bytecode.LOAD_CONST)
	instrs[n].arg = int32(index)
}

// swaptimize replaces a run of SWAPs and NOPs starting at *ix with the
// shortest sequence of SWAPs with the same effect.
func swaptimize(b *block, ix *int) {
	ins := b.instrs[*ix:]
	depth := int(ins[0].arg)
	n := 0
	more := false
	limit := len(ins)
	for n++; n < limit; n++ {
		op := ins[n].op
		if op == opcode(bytecode.SWAP) {
			if int(ins[n].arg) > depth {
				depth = int(ins[n].arg)
			}
			more = true
		} else if op != opcode(bytecode.NOP) {
			break
		}
	}
	if !more {
		return
	}
	const visited = -1
	stack := make([]int, depth)
	for i := range stack {
		stack[i] = i
	}
	for i := 0; i < n; i++ {
		if ins[i].op == opcode(bytecode.SWAP) {
			arg := int(ins[i].arg)
			stack[0], stack[arg-1] = stack[arg-1], stack[0]
		}
	}
	current := n - 1
	for i := 0; i < depth; i++ {
		if stack[i] == visited || stack[i] == i {
			continue
		}
		j := i
		for {
			if j != 0 {
				ins[current].op = opcode(bytecode.SWAP)
				ins[current].arg = int32(j + 1)
				current--
			}
			if stack[j] == visited {
				break
			}
			next := stack[j]
			stack[j] = visited
			j = next
		}
	}
	for ; current >= 0; current-- {
		ins[current].op = opcode(bytecode.NOP)
	}
	*ix += n - 1
}

func swappable(op opcode) bool {
	return op == opcode(bytecode.STORE_FAST) || op == opcode(bytecode.POP_TOP)
}

func storesTo(in *instr) int32 {
	if in.op == opcode(bytecode.STORE_FAST) {
		return in.arg
	}
	return -1
}

func nextSwappable(b *block, i int, lineno int32) int {
	for i++; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		if lineno >= 0 && in.loc.lineno != lineno {
			return -1
		}
		if in.op == opcode(bytecode.NOP) {
			continue
		}
		if swappable(in.op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps turns SWAP + POP_TOP/STORE_FAST sequences into
// reordered instructions, so that SWAP 2, POP_TOP, STORE_FAST x becomes
// STORE_FAST x, POP_TOP.
func applyStaticSwaps(b *block, i int) {
	for ; i >= 0; i-- {
		swap := &b.instrs[i]
		if swap.op != opcode(bytecode.SWAP) {
			if swap.op == opcode(bytecode.NOP) || swappable(swap.op) {
				continue
			}
			return
		}
		j := nextSwappable(b, i, -1)
		if j < 0 {
			return
		}
		k := j
		lineno := b.instrs[j].loc.lineno
		for count := swap.arg - 1; count > 0; count-- {
			k = nextSwappable(b, k, lineno)
			if k < 0 {
				return
			}
		}
		storeJ, storeK := storesTo(&b.instrs[j]), storesTo(&b.instrs[k])
		if storeJ >= 0 || storeK >= 0 {
			if storeJ == storeK {
				return
			}
			for idx := j + 1; idx < k; idx++ {
				s := storesTo(&b.instrs[idx])
				if s >= 0 && (s == storeJ || s == storeK) {
					return
				}
			}
		}
		swap.op = opcode(bytecode.NOP)
		b.instrs[j], b.instrs[k] = b.instrs[k], b.instrs[j]
	}
}

// optimizeBasicBlock is CPython's peephole pass over one block.
func (u *unit) optimizeBasicBlock(b *block) {
	nop := instr{op: opcode(bytecode.NOP)}
	for i := 0; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		arg := in.arg
		nextop := opcode(0xFFFF)
		if i+1 < len(b.instrs) {
			nextop = b.instrs[i+1].op
		}
		target := &nop
		if in.isJump() || isBlockPush(in.op) {
			in.target = skipEmpty(in.target)
			target = &in.target.instrs[0]
		}
		switch in.op {
		case opcode(bytecode.LOAD_CONST):
			switch nextop {
			case opcode(bytecode.POP_JUMP_IF_FALSE), opcode(bytecode.POP_JUMP_IF_TRUE):
				isTrue := truth(u.consts[arg])
				in.op = opcode(bytecode.NOP)
				if isTrue == (nextop == opcode(bytecode.POP_JUMP_IF_TRUE)) {
					b.instrs[i+1].op = opJump
					b.noFallthrough = true
				} else {
					b.instrs[i+1].op = opcode(bytecode.NOP)
				}
			case opcode(bytecode.JUMP_IF_FALSE_OR_POP), opcode(bytecode.JUMP_IF_TRUE_OR_POP):
				isTrue := truth(u.consts[arg])
				if isTrue == (nextop == opcode(bytecode.JUMP_IF_TRUE_OR_POP)) {
					b.instrs[i+1].op = opJump
					b.noFallthrough = true
				} else {
					in.op = opcode(bytecode.NOP)
					b.instrs[i+1].op = opcode(bytecode.NOP)
				}
			case opcode(bytecode.IS_OP):
				jumpOp := opcode(0xFFFF)
				if i+2 < len(b.instrs) {
					jumpOp = b.instrs[i+2].op
				}
				_, isNone := u.consts[arg].(bytecode.NoneType)
				if isNone && (jumpOp == opcode(bytecode.POP_JUMP_IF_FALSE) || jumpOp == opcode(bytecode.POP_JUMP_IF_TRUE)) {
					nextArg := b.instrs[i+1].arg
					in.op = opcode(bytecode.NOP)
					b.instrs[i+1].op = opcode(bytecode.NOP)
					jumpIfFalse := int32(0)
					if jumpOp == opcode(bytecode.POP_JUMP_IF_FALSE) {
						jumpIfFalse = 1
					}
					if nextArg^jumpIfFalse != 0 {
						b.instrs[i+2].op = opcode(bytecode.POP_JUMP_IF_NOT_NONE)
					} else {
						b.instrs[i+2].op = opcode(bytecode.POP_JUMP_IF_NONE)
					}
				}
			}
		case opcode(bytecode.BUILD_TUPLE):
			if nextop == opcode(bytecode.UNPACK_SEQUENCE) && arg == b.instrs[i+1].arg {
				switch arg {
				case 1:
					in.op = opcode(bytecode.NOP)
					b.instrs[i+1].op = opcode(bytecode.NOP)
					continue
				case 2, 3:
					in.op = opcode(bytecode.NOP)
					b.instrs[i+1].op = opcode(bytecode.SWAP)
					continue
				}
			}
			if i >= int(arg) {
				u.foldTupleOnConstants(b.instrs[i-int(arg):], int(arg))
			}
		case opcode(bytecode.JUMP_IF_FALSE_OR_POP):
			switch target.op {
			case opcode(bytecode.POP_JUMP_IF_FALSE):
				if jumpThread(in, target, opcode(bytecode.POP_JUMP_IF_FALSE)) {
					i--
				}
			case opJump, opcode(bytecode.JUMP_IF_FALSE_OR_POP):
				if jumpThread(in, target, opcode(bytecode.JUMP_IF_FALSE_OR_POP)) {
					i--
				}
			case opcode(bytecode.JUMP_IF_TRUE_OR_POP), opcode(bytecode.POP_JUMP_IF_TRUE):
				if in.loc.lineno == target.loc.lineno {
					in.op = opcode(bytecode.POP_JUMP_IF_FALSE)
					in.target = in.target.next
					i--
				}
			}
		case opcode(bytecode.JUMP_IF_TRUE_OR_POP):
			switch target.op {
			case opcode(bytecode.POP_JUMP_IF_TRUE):
				if jumpThread(in, target, opcode(bytecode.POP_JUMP_IF_TRUE)) {
					i--
				}
			case opJump, opcode(bytecode.JUMP_IF_TRUE_OR_POP):
				if jumpThread(in, target, opcode(bytecode.JUMP_IF_TRUE_OR_POP)) {
					i--
				}
			case opcode(bytecode.JUMP_IF_FALSE_OR_POP), opcode(bytecode.POP_JUMP_IF_FALSE):
				if in.loc.lineno == target.loc.lineno {
					in.op = opcode(bytecode.POP_JUMP_IF_TRUE)
					in.target = in.target.next
					i--
				}
			}
		case opcode(bytecode.POP_JUMP_IF_NOT_NONE), opcode(bytecode.POP_JUMP_IF_NONE),
			opcode(bytecode.POP_JUMP_IF_FALSE), opcode(bytecode.POP_JUMP_IF_TRUE):
			if target.op == opJump && jumpThread(in, target, in.op) {
				i--
			}
		case opJump:
			if target.op == opJump && jumpThread(in, target, opJump) {
				i--
			}
		case opcode(bytecode.SWAP):
			if arg == 1 {
				in.op = opcode(bytecode.NOP)
				break
			}
			swaptimize(b, &i)
			applyStaticSwaps(b, i)
		case opcode(bytecode.PUSH_NULL):
			if nextop == opcode(bytecode.LOAD_GLOBAL) && b.instrs[i+1].arg&1 == 0 {
				in.op = opcode(bytecode.NOP)
				in.arg = 0
				b.instrs[i+1].arg |= 1
			}
		}
	}
}

// markReachable counts the predecessors of the blocks reachable from entry.
func markReachable(entry *block, nblocks int) {
	stack := make([]*block, 0, nblocks)
	entry.predecessors = 1
	stack = append(stack, entry)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.next != nil && !b.noFallthrough {
			if b.next.predecessors == 0 {
				stack = append(stack, b.next)
			}
			b.next.predecessors++
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.isJump() || isBlockPush(in.op) {
				t := in.target
				if t.predecessors == 0 {
					stack = append(stack, t)
				}
				t.predecessors++
			}
		}
	}
}

func eliminateEmptyBasicBlocks(entry *block) {
	for b := entry; b != nil; b = b.next {
		next := b.next
		if next != nil {
			for len(next.instrs) == 0 && next.next != nil {
				next = next.next
			}
			b.next = next
		}
	}
	for b := entry; b != nil; b = b.next {
		if last := b.last(); last != nil && last.isJump() {
			last.target = skipEmpty(last.target)
		}
	}
}

// optimizeCFG runs the peephole optimizations and removes dead code.
func (c *compiler) optimizeCFG(entry *block) {
	u := c.u
	for b := entry; b != nil; b = b.next {
		u.optimizeBasicBlock(b)
		cleanBasicBlock(b)
	}
	for i := len(u.blocks) - 1; i >= 0; i-- {
		extendBlock(u.blocks[i])
	}
	markReachable(entry, len(u.blocks))
	for b := entry; b != nil; b = b.next {
		if b.predecessors == 0 {
			b.instrs = b.instrs[:0]
			b.noFallthrough = false
		}
	}
	eliminateEmptyBasicBlocks(entry)
	for b := entry; b != nil; b = b.next {
		cleanBasicBlock(b)
	}
	// A jump to the block that follows anyway is redundant.
	maybeEmpty := false
	for b := entry; b != nil; b = b.next {
		if last := b.last(); last != nil && (last.op == opJump || last.op == opJumpNoInterrupt) {
			if last.target == b.next {
				b.noFallthrough = false
				last.op = opcode(bytecode.NOP)
				maybeEmpty = true
			}
		}
	}
	if maybeEmpty {
		eliminateEmptyBasicBlocks(entry)
	}
}

// trimUnusedConsts drops the constants after the last one used (the first,
// the docstring slot, is always kept).
func trimUnusedConsts(entry *block, consts *[]bytecode.Const) {
	maxIndex := int32(0)
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if (in.op == opcode(bytecode.LOAD_CONST) || in.op == opcode(bytecode.KW_NAMES)) && in.arg > maxIndex {
				maxIndex = in.arg
			}
		}
	}
	if int(maxIndex)+1 < len(*consts) {
		*consts = (*consts)[:maxIndex+1]
	}
}

func isExitWithoutLineno(b *block) bool {
	if !b.exit {
		return false
	}
	for i := range b.instrs {
		if b.instrs[i].loc.lineno >= 0 {
			return false
		}
	}
	return true
}

// duplicateExitsWithoutLineno gives every exit block without a line number
// a single predecessor, copying it where needed, so that the line number
// of that predecessor can be propagated to it (PEP 626).
func (c *compiler) duplicateExitsWithoutLineno() {
	u := c.u
	n := len(u.blocks)
	for i := n - 1; i >= 0; i-- {
		b := u.blocks[i]
		last := b.last()
		if last == nil || !last.isJump() {
			continue
		}
		t := last.target
		if isExitWithoutLineno(t) && t.predecessors > 1 {
			nb := c.newBlock()
			nb.instrs = append([]instr(nil), t.instrs...)
			nb.exit = t.exit
			nb.noFallthrough = true
			nb.instrs[0].loc = last.loc
			last.target = nb
			t.predecessors--
			nb.predecessors = 1
			nb.next = t.next
			t.next = nb
		}
	}
	for i := len(u.blocks) - 1; i >= 0; i-- {
		b := u.blocks[i]
		for b.next != nil && len(b.next.instrs) == 0 {
			b.next = b.next.next
		}
	}
	for i := len(u.blocks) - 1; i >= 0; i-- {
		b := u.blocks[i]
		if !b.noFallthrough && b.next != nil && len(b.instrs) > 0 {
			if isExitWithoutLineno(b.next) {
				b.next.instrs[0].loc = b.last().loc
			}
		}
	}
}

// propagateLineNumbers gives artificial instructions the location of the
// instruction before them, and a block with one predecessor the location
// that predecessor ends with.
func propagateLineNumbers(entry *block) {
	for b := entry; b != nil; b = b.next {
		if len(b.instrs) == 0 {
			continue
		}
		prev := noLocation
		for i := range b.instrs {
			if b.instrs[i].loc.lineno < 0 {
				b.instrs[i].loc = prev
			} else {
				prev = b.instrs[i].loc
			}
		}
		if !b.noFallthrough && b.next != nil && b.next.predecessors == 1 {
			if len(b.next.instrs) > 0 && b.next.instrs[0].loc.lineno < 0 {
				b.next.instrs[0].loc = prev
			}
		}
		if last := b.last(); last.isJump() {
			t := last.target
			if t.predecessors == 1 && len(t.instrs) > 0 && t.instrs[0].loc.lineno < 0 {
				t.instrs[0].loc = prev
			}
		}
	}
}

// guaranteeLinenoForExits makes sure every return has a line number.
func guaranteeLinenoForExits(entry *block, firstlineno int32) {
	lineno := firstlineno
	for b := entry; b != nil; b = b.next {
		last := b.last()
		if last == nil {
			continue
		}
		if last.loc.lineno < 0 {
			if last.op == opcode(bytecode.RETURN_VALUE) {
				for i := range b.instrs {
					b.instrs[i].loc.lineno = lineno
				}
			}
		} else {
			lineno = last.loc.lineno
		}
	}
}
