package compile

import (
	"fmt"

	"github.com/kaa-lang/kaa/bytecode"
)

// The assembler turns the blocks of a unit into a bytecode.Code: it adds
// the prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR),
// runs the flow graph passes, computes the stack depth, builds the
// exception table from the SETUP_*/POP_BLOCK pseudo-instructions, lays
// the blocks out, resolves jumps to absolute instruction indexes (adding
// EXTENDED_ARG where an argument needs more than 24 bits) and computes
// each instruction's source position.

// codeFlags computes co_flags for the current unit.
func (c *compiler) codeFlags() uint32 {
	ste := c.u.ste
	var flags uint32
	if ste.typ == functionBlock {
		flags |= bytecode.CO_NEWLOCALS | bytecode.CO_OPTIMIZED
		if ste.nested {
			flags |= bytecode.CO_NESTED
		}
		switch {
		case ste.generator && !ste.coroutine:
			flags |= bytecode.CO_GENERATOR
		case !ste.generator && ste.coroutine:
			flags |= bytecode.CO_COROUTINE
		case ste.generator && ste.coroutine:
			flags |= bytecode.CO_ASYNC_GENERATOR
		}
		if ste.varargs {
			flags |= bytecode.CO_VARARGS
		}
		if ste.varkeywords {
			flags |= bytecode.CO_VARKEYWORDS
		}
	}
	flags |= c.flags & futureFlagMask
	if c.isTopLevelAwait() && ste.coroutine && !ste.generator {
		flags |= bytecode.CO_COROUTINE
	}
	return flags
}

// cellFixedOffsets maps each cell and free variable index to its slot in
// the fast locals: after the plain locals, except for a cell that is also
// a parameter, which uses the parameter's slot.
func (u *unit) cellFixedOffsets() []int {
	nlocals := len(u.varnames.names)
	ncells := len(u.cellvars.names)
	nfree := len(u.freevars.names)
	fixed := make([]int, ncells+nfree)
	for i := range fixed {
		fixed[i] = nlocals + i
	}
	for i, name := range u.cellvars.names {
		if v, ok := u.varnames.lookup(name); ok {
			fixed[i] = v
		}
	}
	return fixed
}

func insertInstr(b *block, pos int, in instr) {
	b.instrs = append(b.instrs, instr{})
	copy(b.instrs[pos+1:], b.instrs[pos:])
	b.instrs[pos] = in
}

func (c *compiler) insertPrefixInstructions(entry *block, fixed []int, nfree int) {
	u := c.u
	if c.codeFlags()&(bytecode.CO_GENERATOR|bytecode.CO_COROUTINE|bytecode.CO_ASYNC_GENERATOR) != 0 {
		insertInstr(entry, 0, instr{op: opcode(bytecode.RETURN_GENERATOR),
			loc: location{u.firstlineno, u.firstlineno, -1, -1}})
		insertInstr(entry, 1, instr{op: opcode(bytecode.POP_TOP), loc: noLocation})
	}
	ncells := len(u.cellvars.names)
	if ncells > 0 {
		nvars := ncells + len(u.varnames.names)
		sorted := make([]int, nvars)
		for i := 0; i < ncells; i++ {
			sorted[fixed[i]] = i + 1
		}
		used := 0
		for i := 0; used < ncells; i++ {
			old := sorted[i] - 1
			if old == -1 {
				continue
			}
			insertInstr(entry, used, instr{op: opcode(bytecode.MAKE_CELL), arg: int32(old), loc: noLocation})
			used++
		}
	}
	if nfree > 0 {
		insertInstr(entry, 0, instr{op: opcode(bytecode.COPY_FREE_VARS), arg: int32(nfree), loc: noLocation})
	}
}

// fixCellOffsets rewrites the cell and free variable arguments to fast
// local slots and returns how many cells share a parameter's slot.
func (c *compiler) fixCellOffsets(entry *block, fixed []int) int {
	nlocals := len(c.u.varnames.names)
	dropped := 0
	for i := range fixed {
		if fixed[i] == i+nlocals {
			fixed[i] -= dropped
		} else {
			dropped++
		}
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch in.op {
			case opcode(bytecode.MAKE_CELL), opcode(bytecode.LOAD_CLOSURE), opcode(bytecode.LOAD_DEREF),
				opcode(bytecode.STORE_DEREF), opcode(bytecode.DELETE_DEREF), opcode(bytecode.LOAD_CLASSDEREF):
				in.arg = int32(fixed[in.arg])
			}
		}
	}
	return dropped
}

// stackEffect extends bytecode.StackEffect to the pseudo-instructions.
func stackEffect(in *instr, jump bool) (int, bool) {
	switch in.op {
	case opSetupFinally, opSetupWith:
		if jump {
			return 1, true
		}
		return 0, true
	case opSetupCleanup:
		if jump {
			return 2, true
		}
		return 0, true
	case opPopBlock, opJump, opJumpNoInterrupt:
		return 0, true
	}
	return bytecode.StackEffect(in.realOp(), uint32(in.arg), jump)
}

// stackDepth computes the deepest stack any path through the code needs,
// and each block's depth on entry.
func (c *compiler) stackDepth(entry *block) (int, error) {
	u := c.u
	const unset = -1 << 31
	for _, b := range u.blocks {
		b.startDepth = unset
	}
	stack := make([]*block, 0, len(u.blocks))
	push := func(b *block, depth int) {
		if b.startDepth < depth && b.startDepth < 100 {
			b.startDepth = depth
			stack = append(stack, b)
		}
	}
	if u.ste.generator || u.ste.coroutine {
		push(entry, 1)
	} else {
		push(entry, 0)
	}
	maxDepth := 0
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.next
	instrs:
		for i := range b.instrs {
			in := &b.instrs[i]
			effect, ok := stackEffect(in, false)
			if !ok {
				return 0, fmt.Errorf("compile: internal error: no stack effect for %v", in.op)
			}
			newDepth := depth + effect
			if newDepth > maxDepth {
				maxDepth = newDepth
			}
			if in.isJump() || isBlockPush(in.op) {
				effect, _ = stackEffect(in, true)
				targetDepth := depth + effect
				if targetDepth > maxDepth {
					maxDepth = targetDepth
				}
				push(in.target, targetDepth)
			}
			depth = newDepth
			switch in.op {
			case opJumpNoInterrupt, opJump, opcode(bytecode.RETURN_VALUE),
				opcode(bytecode.RAISE_VARARGS), opcode(bytecode.RERAISE):
				// The rest of the block is dead.
				next = nil
				break instrs
			}
		}
		if next != nil {
			push(next, depth)
		}
	}
	return maxDepth, nil
}

// exceptStack is the stack of handlers in force at a point of the code.
type exceptStack struct {
	handlers []*block // handlers[0] is nil: no handler
}

func (s *exceptStack) top() *block { return s.handlers[len(s.handlers)-1] }

func (s *exceptStack) clone() *exceptStack {
	return &exceptStack{handlers: append([]*block(nil), s.handlers...)}
}

// labelExceptionTargets records on each instruction the handler that
// catches its exceptions, following the SETUP_* and POP_BLOCK
// pseudo-instructions along every path.
func labelExceptionTargets(entry *block) {
	n := 0
	for b := entry; b != nil; b = b.next {
		b.visited = false
		n++
	}
	todo := make([]*block, 0, n)
	entry.visited = true
	entry.exceptStack = &exceptStack{handlers: []*block{nil}}
	todo = append(todo, entry)
	for len(todo) > 0 {
		b := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		es := b.exceptStack
		b.exceptStack = nil
		handler := es.top()
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op):
				if !in.target.visited {
					in.target.exceptStack = es.clone()
					in.target.visited = true
					todo = append(todo, in.target)
				}
				if in.op == opSetupWith || in.op == opSetupCleanup {
					in.target.preserveLasti = true
				}
				es.handlers = append(es.handlers, in.target)
				handler = in.target
			case in.op == opPopBlock:
				es.handlers = es.handlers[:len(es.handlers)-1]
				handler = es.top()
			case in.isJump():
				in.except = handler
				if !in.target.visited {
					if !b.noFallthrough {
						in.target.exceptStack = es.clone()
					} else {
						in.target.exceptStack = es
						es = nil
					}
					in.target.visited = true
					todo = append(todo, in.target)
				}
			default:
				in.except = handler
			}
		}
		if !b.noFallthrough && b.next != nil && !b.next.visited {
			b.next.exceptStack = es
			b.next.visited = true
			todo = append(todo, b.next)
		}
	}
}

func convertExceptionHandlersToNops(entry *block) {
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if isBlockPush(in.op) || in.op == opPopBlock {
				in.op = opcode(bytecode.NOP)
			}
		}
	}
}

// normalizeJumps chooses the forward or backward form of each jump.
func normalizeJumps(entry *block) error {
	for b := entry; b != nil; b = b.next {
		b.visited = false
	}
	for b := entry; b != nil; b = b.next {
		b.visited = true
		last := b.last()
		if last == nil || !last.isJump() {
			continue
		}
		forward := !last.target.visited
		switch last.op {
		case opJump:
			if forward {
				last.op = opcode(bytecode.JUMP_FORWARD)
			} else {
				last.op = opcode(bytecode.JUMP_BACKWARD)
			}
		case opJumpNoInterrupt:
			if forward {
				last.op = opcode(bytecode.JUMP_FORWARD)
			} else {
				last.op = opcode(bytecode.JUMP_BACKWARD_NO_INTERRUPT)
			}
		case opcode(bytecode.JUMP_IF_TRUE_OR_POP), opcode(bytecode.JUMP_IF_FALSE_OR_POP):
			if !forward {
				return fmt.Errorf("compile: internal error: unexpected %v jumping backwards", last.op)
			}
		}
	}
	return nil
}

// instrSize is the number of words an instruction takes, EXTENDED_ARG
// prefixes included.
func instrSize(in *instr) int {
	if uint32(in.arg) > bytecode.MaxArg && bytecode.Opcode(in.op).HasArg() {
		return 2
	}
	return 1
}

// position converts a location to the position CPython's co_positions()
// reports for it (its line table cannot say everything a location can).
func position(l location) bytecode.Position {
	if l.lineno < 0 {
		return bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
	}
	if l.col < 0 || l.endCol < 0 {
		if l.endLineno == l.lineno || l.endLineno == -1 {
			return bytecode.Position{Line: l.lineno, EndLine: l.lineno, Col: -1, EndCol: -1}
		}
	}
	col, endCol := l.col, l.endCol
	if col < 0 {
		col = -1
	}
	if endCol < 0 {
		endCol = -1
	}
	return bytecode.Position{Line: l.lineno, EndLine: l.endLineno, Col: col, EndCol: endCol}
}

// assemble finishes the current unit and returns its code object (nil
// after an error).
func (c *compiler) assemble(addNone bool) *bytecode.Code {
	if c.err != nil {
		return nil
	}
	u := c.u
	// Every path that falls off the end returns None.
	if !u.curblock.hasReturn {
		c.unsetLoc()
		if addNone {
			c.loadConst(bytecode.None)
		}
		c.addOp(bytecode.RETURN_VALUE)
	}
	for i := len(u.blocks) - 1; i >= 0; i-- {
		if !normalizeBasicBlock(u.blocks[i]) {
			c.err = fmt.Errorf("compile: internal error: malformed control flow graph")
			return nil
		}
	}
	for i := len(u.blocks) - 1; i >= 0; i-- {
		extendBlock(u.blocks[i])
	}
	entry := u.blocks[0]
	nlocals := len(u.varnames.names)
	nfree := len(u.freevars.names)
	fixed := u.cellFixedOffsets()
	if u.firstlineno == 0 {
		u.firstlineno = 1
		if len(entry.instrs) > 0 && entry.instrs[0].loc.lineno != 0 {
			u.firstlineno = entry.instrs[0].loc.lineno
		}
	}
	c.insertPrefixInstructions(entry, fixed, nfree)
	dropped := c.fixCellOffsets(entry, fixed)

	c.optimizeCFG(entry)
	consts := u.consts
	c.duplicateExitsWithoutLineno()
	trimUnusedConsts(entry, &consts)
	propagateLineNumbers(entry)
	guaranteeLinenoForExits(entry, u.firstlineno)
	maxDepth, err := c.stackDepth(entry)
	if err != nil {
		c.err = err
		return nil
	}
	labelExceptionTargets(entry)
	convertExceptionHandlersToNops(entry)
	for b := entry; b != nil; b = b.next {
		cleanBasicBlock(b)
	}
	if err := normalizeJumps(entry); err != nil {
		c.err = err
		return nil
	}

	// Lay out: block offsets, growing until the EXTENDED_ARGs settle.
	for {
		total := 0
		for b := entry; b != nil; b = b.next {
			b.offset = total
			for i := range b.instrs {
				total += instrSize(&b.instrs[i])
			}
		}
		changed := false
		for b := entry; b != nil; b = b.next {
			for i := range b.instrs {
				in := &b.instrs[i]
				if in.isJump() {
					old := instrSize(in)
					in.arg = int32(in.target.offset)
					if instrSize(in) != old {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}

	code := &bytecode.Code{
		ArgCount:        u.posonlyargcount + u.argcount,
		PosOnlyArgCount: u.posonlyargcount,
		KwOnlyArgCount:  u.kwonlyargcount,
		Flags:           c.codeFlags(),
		StackSize:       maxDepth,
		Consts:          consts,
		Names:           u.names.names,
		Filename:        c.filename,
		Name:            u.name,
		QualName:        u.qualname,
		FirstLineNo:     int(u.firstlineno),
	}
	if code.QualName == "" {
		code.QualName = u.name
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			pos := position(in.loc)
			arg := uint32(in.arg)
			if !bytecode.Opcode(in.op).HasArg() {
				arg = 0
			}
			if instrSize(in) == 2 {
				code.Instrs = append(code.Instrs, bytecode.MakeInstr(bytecode.EXTENDED_ARG, arg>>24))
				code.Positions = append(code.Positions, pos)
				arg &= bytecode.MaxArg
			}
			code.Instrs = append(code.Instrs, bytecode.MakeInstr(in.realOp(), arg))
			code.Positions = append(code.Positions, pos)
		}
	}
	code.ExceptionTable = exceptionTable(entry)
	c.localsPlus(code, nlocals, dropped)
	return code
}

// exceptionTable builds the table from the handler of each instruction.
func exceptionTable(entry *block) []bytecode.ExceptionEntry {
	var table []bytecode.ExceptionEntry
	var handler *block
	start, offset := -1, 0
	emit := func(end int) {
		depth := handler.startDepth - 1
		if handler.preserveLasti {
			depth--
		}
		table = append(table, bytecode.ExceptionEntry{
			Start: start, End: end, Target: handler.offset, Depth: depth, Lasti: handler.preserveLasti,
		})
	}
	for b := entry; b != nil; b = b.next {
		offset = b.offset
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.except != handler {
				if handler != nil {
					emit(offset)
				}
				start = offset
				handler = in.except
			}
			offset += instrSize(in)
		}
	}
	if handler != nil {
		emit(offset)
	}
	return table
}

// localsPlus fills the names and kinds of the fast locals: the locals,
// then the cells that are not parameters, then the free variables.
func (c *compiler) localsPlus(code *bytecode.Code, nlocals, dropped int) {
	u := c.u
	n := nlocals + len(u.cellvars.names) + len(u.freevars.names) - dropped
	code.LocalsPlusNames = make([]string, n)
	code.LocalsPlusKinds = make([]byte, n)
	for i, name := range u.varnames.names {
		kind := byte(bytecode.CO_FAST_LOCAL)
		if _, ok := u.cellvars.lookup(name); ok {
			kind |= bytecode.CO_FAST_CELL
		}
		code.LocalsPlusNames[i] = name
		code.LocalsPlusKinds[i] = kind
	}
	skipped := 0
	for i, name := range u.cellvars.names {
		if _, ok := u.varnames.lookup(name); ok {
			skipped++
			continue
		}
		off := i + nlocals - skipped
		code.LocalsPlusNames[off] = name
		code.LocalsPlusKinds[off] = bytecode.CO_FAST_CELL
	}
	for _, name := range u.freevars.names {
		off := u.freevars.index[name] + nlocals - skipped
		code.LocalsPlusNames[off] = name
		code.LocalsPlusKinds[off] = bytecode.CO_FAST_FREE
	}
}
