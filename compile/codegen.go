package compile

import (
	"fmt"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// The code generator walks the tree of one scope at a time (a "unit") and
// appends instructions to basic blocks, following CPython 3.11's
// Python/compile.c closely so that kaa's bytecode reads like CPython's.
// Jumps target blocks, not offsets; try statements and with statements
// use the pseudo-instructions SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH
// and POP_BLOCK, which the assembler turns into the exception table.

// opcode is an instruction's operation during compilation: a real
// bytecode.Opcode or one of the pseudo-instructions below.
type opcode uint16

// Pseudo-instructions, replaced by the assembler.
const (
	opSetupFinally    opcode = 200 + iota // push a handler: target gets the exception
	opSetupCleanup                        // like opSetupFinally, keeping lasti too
	opSetupWith                           // like opSetupCleanup, for with statements
	opPopBlock                            // pop the innermost handler
	opJump                                // JUMP_FORWARD or JUMP_BACKWARD
	opJumpNoInterrupt                     // JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT
)

func (op opcode) String() string {
	switch op {
	case opSetupFinally:
		return "SETUP_FINALLY"
	case opSetupCleanup:
		return "SETUP_CLEANUP"
	case opSetupWith:
		return "SETUP_WITH"
	case opPopBlock:
		return "POP_BLOCK"
	case opJump:
		return "JUMP"
	case opJumpNoInterrupt:
		return "JUMP_NO_INTERRUPT"
	}
	return bytecode.Opcode(op).String()
}

// location is the source range of an instruction; lineno < 0 means the
// instruction has no location of its own (an artificial one).
type location struct {
	lineno, endLineno, col, endCol int32
}

var noLocation = location{-1, -1, -1, -1}

func spanLoc(s *syntax.Span) location {
	return location{s.Lineno, s.EndLineno, s.ColOffset, s.EndColOffset}
}

type instr struct {
	op     opcode
	arg    int32
	target *block // jump target, or handler of a SETUP_*
	except *block // the handler in force (set by the assembler)
	loc    location
}

// block is a basic block: a straight run of instructions, entered at the
// top and left at the bottom (by a jump, a return, a raise, or by falling
// through to next).
type block struct {
	instrs []instr
	next   *block // the block that follows in the code's layout
	id     int    // allocation order

	exceptStack   *exceptStack
	predecessors  int
	startDepth    int
	offset        int
	noFallthrough bool
	preserveLasti bool
	visited       bool
	exit          bool // ends with a return or raise
	hasReturn     bool
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

// scopeKind is the kind of a compilation unit.
type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// indexMap assigns consecutive indexes to names in order of first use.
type indexMap struct {
	names []string
	index map[string]int
}

func newIndexMap(names []string) *indexMap {
	m := &indexMap{index: make(map[string]int, len(names))}
	for _, n := range names {
		m.add(n)
	}
	return m
}

func (m *indexMap) add(name string) int {
	if i, ok := m.index[name]; ok {
		return i
	}
	i := len(m.names)
	m.index[name] = i
	m.names = append(m.names, name)
	return i
}

func (m *indexMap) lookup(name string) (int, bool) {
	i, ok := m.index[name]
	return i, ok
}

// fblockType is the kind of a frame block: a statement whose exits (break,
// continue, return) need cleanup code.
type fblockType uint8

const (
	fbWhileLoop fblockType = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

type fblock struct {
	typ   fblockType
	block *block
	exit  *block
	// Extra data: the finally body of fbFinallyTry, the with statement of
	// fbWith and fbAsyncWith, the bound name of fbHandlerCleanup.
	finalBody []syntax.Stmt
	with      syntax.Stmt
	name      string
}

// maxBlocks is the deepest nesting of frame blocks in one scope
// (CPython's CO_MAXBLOCKS).
const maxBlocks = 20

// unit is the state of the compilation of one scope.
type unit struct {
	ste       *scope
	name      string
	qualname  string
	scopeType scopeKind

	consts     []bytecode.Const
	constIndex map[constKey]int
	names      *indexMap
	varnames   *indexMap
	cellvars   *indexMap
	freevars   *indexMap
	private    string

	argcount, posonlyargcount, kwonlyargcount int

	blocks   []*block // in allocation order
	curblock *block
	fblocks  []fblock

	firstlineno int32
	loc         location

	needNewImplicitBlock bool
}

// compiler is the state of one call of Compile.
type compiler struct {
	filename      string
	st            *symtable
	future        futureFeatures
	flags         uint32 // the future flags in force (inherited and declared)
	optimize      int
	interactive   bool
	topLevelAwait bool
	nestLevel     int
	u             *unit
	stack         []*unit
	err           error
	warn          func(syntax.Warning) error
	constSeq      uint64 // numbers the constants that equal nothing else (NaNs)
}

// error records a SyntaxError at the current location; the first error
// ends the compilation.
func (c *compiler) error(format string, args ...any) {
	if c.err != nil {
		return
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	l := c.u.loc
	c.err = &syntax.Error{
		Type: "SyntaxError", Msg: msg, Filename: c.filename,
		Lineno: int(l.lineno), Offset: int(l.col) + 1,
		EndLineno: int(l.endLineno), EndOffset: int(l.endCol) + 1,
	}
}

// malformed records the error for a tree that no parser produces (with
// the message of CPython's AST validator, which raises ValueError).
func (c *compiler) malformed(msg string) {
	if c.err == nil {
		c.err = &MalformedTreeError{Msg: msg}
	}
}

// warning reports a SyntaxWarning at the current line; when the caller's
// warning function turns it into an error, it becomes a SyntaxError.
func (c *compiler) warning(format string, args ...any) {
	if c.err != nil || c.warn == nil {
		return
	}
	msg := fmt.Sprintf(format, args...)
	w := syntax.Warning{Category: "SyntaxWarning", Msg: msg, Filename: c.filename, Lineno: int(c.u.loc.lineno)}
	if err := c.warn(w); err != nil {
		c.error("%s", msg)
	}
}

func (c *compiler) setLoc(s *syntax.Span) { c.u.loc = spanLoc(s) }
func (c *compiler) unsetLoc()             { c.u.loc = noLocation }

func (c *compiler) newBlock() *block {
	b := &block{id: len(c.u.blocks)}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// useNextBlock makes b the block that follows the current one, and the
// current one.
func (c *compiler) useNextBlock(b *block) {
	c.u.curblock.next = b
	c.u.curblock = b
	c.u.needNewImplicitBlock = false
}

func isBlockEnd(op opcode) bool {
	return isJumpOp(op) || op == opcode(bytecode.RETURN_VALUE) ||
		op == opcode(bytecode.RAISE_VARARGS) || op == opcode(bytecode.RERAISE)
}

// isJumpOp reports whether op has a jump target (pseudo or real).
func isJumpOp(op opcode) bool {
	switch op {
	case opJump, opJumpNoInterrupt:
		return true
	}
	return op < 200 && bytecode.Opcode(op).IsJump()
}

func isBlockPush(op opcode) bool {
	return op == opSetupFinally || op == opSetupCleanup || op == opSetupWith
}

func (c *compiler) addInstr(in instr) {
	u := c.u
	if u.needNewImplicitBlock {
		c.useNextBlock(c.newBlock())
	}
	b := u.curblock
	if b.instrs == nil {
		b.instrs = make([]instr, 0, 8)
	}
	b.instrs = append(b.instrs, in)
	if in.op == opcode(bytecode.RETURN_VALUE) {
		b.hasReturn = true
	}
	if isBlockEnd(in.op) {
		u.needNewImplicitBlock = true
	}
}

// addOp appends an instruction without argument at the current location.
func (c *compiler) addOp(op bytecode.Opcode) {
	c.addInstr(instr{op: opcode(op), loc: c.u.loc})
}

// addOpNoLine appends an artificial instruction without argument.
func (c *compiler) addOpNoLine(op opcode) {
	c.addInstr(instr{op: op, loc: location{-1, 0, 0, 0}})
}

// addOpArg appends an instruction with an argument.
func (c *compiler) addOpArg(op bytecode.Opcode, arg int) {
	c.addInstr(instr{op: opcode(op), arg: int32(arg), loc: c.u.loc})
}

func (c *compiler) addOpArgNoLine(op bytecode.Opcode, arg int) {
	c.addInstr(instr{op: opcode(op), arg: int32(arg), loc: location{-1, 0, 0, 0}})
}

// addPseudo appends a pseudo-instruction without target (POP_BLOCK).
func (c *compiler) addPseudo(op opcode) {
	c.addInstr(instr{op: op, loc: c.u.loc})
}

// addJump appends a jump (or SETUP_*) to target.
func (c *compiler) addJump(op opcode, target *block) {
	c.addInstr(instr{op: op, target: target, loc: c.u.loc})
}

func (c *compiler) addJumpNoLine(op opcode, target *block) {
	c.addInstr(instr{op: op, target: target, loc: location{-1, 0, 0, 0}})
}

// addConst returns the index of constant k in the unit's co_consts.
func (c *compiler) addConst(k bytecode.Const) int {
	u := c.u
	if code, ok := k.(*bytecode.Code); ok {
		for i, x := range u.consts {
			if other, ok := x.(*bytecode.Code); ok && codeEqual(code, other) {
				return i
			}
		}
		u.consts = append(u.consts, k)
		return len(u.consts) - 1
	}
	c.constSeq++
	key := makeKey(k, c.constSeq)
	if i, ok := u.constIndex[key]; ok {
		return i
	}
	i := len(u.consts)
	u.consts = append(u.consts, k)
	u.constIndex[key] = i
	return i
}

func (c *compiler) loadConst(k bytecode.Const) {
	c.addOpArg(bytecode.LOAD_CONST, c.addConst(k))
}

// addName appends op with the index of the mangled name in co_names.
func (c *compiler) addName(op bytecode.Opcode, name string) {
	c.addOpArg(op, c.u.names.add(mangle(c.u.private, name)))
}

// enterScope starts the unit of a new scope; key is the node the symbol
// table knows the scope by.
func (c *compiler) enterScope(name string, typ scopeKind, key any, lineno int32) {
	ste := c.st.blocks[key]
	u := &unit{
		ste:        ste,
		name:       name,
		scopeType:  typ,
		constIndex: make(map[constKey]int),
		names:      newIndexMap(nil),
		varnames:   newIndexMap(ste.varnames),
	}
	u.cellvars = newIndexMap(ste.namesWithScope(scopeCell, 0))
	if ste.needsClassClosure {
		u.cellvars.add("__class__")
	}
	u.freevars = newIndexMap(nil)
	for _, n := range ste.namesWithScope(scopeFree, defFreeClass) {
		u.freevars.index[n] = len(u.cellvars.names) + len(u.freevars.names)
		u.freevars.names = append(u.freevars.names, n)
	}
	u.firstlineno = lineno
	u.loc = location{lineno, lineno, 0, 0}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.private = c.u.private
	}
	c.u = u
	c.nestLevel++
	u.curblock = c.newBlock()
	if typ == scopeModule {
		u.loc.lineno = 0
	} else {
		c.setQualname()
	}
	c.addOpArg(bytecode.RESUME, 0)
	if typ == scopeModule {
		u.loc.lineno = -1
	}
}

func (c *compiler) exitScope() {
	c.nestLevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// setQualname computes the qualified name of the unit being entered.
func (c *compiler) setQualname() {
	u := c.u
	if len(c.stack) <= 1 { // the module's children
		u.qualname = u.name
		return
	}
	parent := c.stack[len(c.stack)-1]
	if u.scopeType == scopeFunction || u.scopeType == scopeAsyncFunction || u.scopeType == scopeClass {
		if parent.ste.lookupScope(mangle(parent.private, u.name)) == scopeGlobalExplicit {
			u.qualname = u.name
			return
		}
	}
	base := parent.qualname
	if parent.scopeType == scopeFunction || parent.scopeType == scopeAsyncFunction || parent.scopeType == scopeLambda {
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

func (c *compiler) isTopLevelAwait() bool {
	return c.topLevelAwait && c.u.ste.typ == moduleBlock
}

// pushFBlock enters a frame block.
func (c *compiler) pushFBlock(fb fblock) bool {
	if len(c.u.fblocks) >= maxBlocks {
		c.error("too many statically nested blocks")
		return false
	}
	c.u.fblocks = append(c.u.fblocks, fb)
	return true
}

func (c *compiler) popFBlock() {
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}

// callExitWithNones calls the __exit__ below the top with (None, None, None).
func (c *compiler) callExitWithNones() {
	c.loadConst(bytecode.None)
	c.loadConst(bytecode.None)
	c.loadConst(bytecode.None)
	c.addOpArg(bytecode.CALL, 2)
}

// addYieldFrom emits the SEND loop of yield from and await.
func (c *compiler) addYieldFrom(await bool) {
	start, resume, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(start)
	c.addJump(opcode(bytecode.SEND), exit)
	c.useNextBlock(resume)
	c.addOp(bytecode.YIELD_VALUE)
	if await {
		c.addOpArg(bytecode.RESUME, 3)
	} else {
		c.addOpArg(bytecode.RESUME, 2)
	}
	c.addJump(opJumpNoInterrupt, start)
	c.useNextBlock(exit)
}

// popExceptAndReraise is the cleanup handler of an except clause:
// restore the previous exception and re-raise.
func (c *compiler) popExceptAndReraise() {
	c.addOpArg(bytecode.COPY, 3)
	c.addOp(bytecode.POP_EXCEPT)
	c.addOpArg(bytecode.RERAISE, 1)
}

// unwindFBlock emits the cleanup of one frame block, for a break, continue
// or return leaving it. With preserveTOS the value on top of the stack (a
// return value) is kept above what the cleanup pops.
func (c *compiler) unwindFBlock(info *fblock, preserveTOS bool) {
	switch info.typ {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserveTOS {
			c.addOpArg(bytecode.SWAP, 2)
		}
		c.addOp(bytecode.POP_TOP)
	case fbTryExcept:
		c.addPseudo(opPopBlock)
	case fbFinallyTry:
		c.addPseudo(opPopBlock)
		if preserveTOS {
			if !c.pushFBlock(fblock{typ: fbPopValue}) {
				return
			}
		}
		c.visitStmts(info.finalBody)
		if preserveTOS {
			c.popFBlock()
		}
		c.unsetLoc()
	case fbFinallyEnd:
		if preserveTOS {
			c.addOpArg(bytecode.SWAP, 2)
		}
		c.addOp(bytecode.POP_TOP)
		if preserveTOS {
			c.addOpArg(bytecode.SWAP, 2)
		}
		c.addPseudo(opPopBlock)
		c.addOp(bytecode.POP_EXCEPT)
	case fbWith, fbAsyncWith:
		c.setLoc(info.with.Position())
		c.addPseudo(opPopBlock)
		if preserveTOS {
			c.addOpArg(bytecode.SWAP, 2)
		}
		c.callExitWithNones()
		if info.typ == fbAsyncWith {
			c.addOpArg(bytecode.GET_AWAITABLE, 2)
			c.loadConst(bytecode.None)
			c.addYieldFrom(true)
		}
		c.addOp(bytecode.POP_TOP)
		c.unsetLoc()
	case fbHandlerCleanup:
		if info.name != "" {
			c.addPseudo(opPopBlock)
		}
		if preserveTOS {
			c.addOpArg(bytecode.SWAP, 2)
		}
		c.addPseudo(opPopBlock)
		c.addOp(bytecode.POP_EXCEPT)
		if info.name != "" {
			c.loadConst(bytecode.None)
			c.nameOp(info.name, syntax.Store)
			c.nameOp(info.name, syntax.Del)
		}
	case fbPopValue:
		if preserveTOS {
			c.addOpArg(bytecode.SWAP, 2)
		}
		c.addOp(bytecode.POP_TOP)
	}
}

// unwindFBlockStack unwinds the frame blocks from the innermost out; with
// loop non-nil it stops at the first loop and returns it.
func (c *compiler) unwindFBlockStack(preserveTOS bool, wantLoop bool) (*fblock, bool) {
	u := c.u
	if len(u.fblocks) == 0 {
		return nil, true
	}
	top := u.fblocks[len(u.fblocks)-1]
	if top.typ == fbExceptionGroupHandler {
		c.error("'break', 'continue' and 'return' cannot appear in an except* block")
		return nil, false
	}
	if wantLoop && (top.typ == fbWhileLoop || top.typ == fbForLoop) {
		return &top, true
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	c.unwindFBlock(&top, preserveTOS)
	loop, ok := c.unwindFBlockStack(preserveTOS, wantLoop)
	c.u.fblocks = append(c.u.fblocks, top)
	return loop, ok
}

// getRefType returns the scope of name for building a closure.
func (c *compiler) getRefType(name string) int {
	if c.u.scopeType == scopeClass && name == "__class__" {
		return scopeCell
	}
	return c.u.ste.lookupScope(name)
}

// nameOp emits the load, store or delete of a variable, choosing the
// instruction from the name's scope.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	if c.forbiddenName(name, ctx) {
		return
	}
	u := c.u
	mangled := mangle(u.private, name)
	type opType uint8
	const (
		opFast opType = iota
		opGlobal
		opDeref
		opName
	)
	optype := opName
	dict := u.names
	sc := u.ste.lookupScope(mangled)
	switch sc {
	case scopeFree:
		dict = u.freevars
		optype = opDeref
	case scopeCell:
		dict = u.cellvars
		optype = opDeref
	case scopeLocal:
		if u.ste.typ == functionBlock {
			optype = opFast
		}
	case scopeGlobalImplicit:
		if u.ste.typ == functionBlock {
			optype = opGlobal
		}
	case scopeGlobalExplicit:
		optype = opGlobal
	}
	var op bytecode.Opcode
	switch optype {
	case opDeref:
		switch ctx {
		case syntax.Load:
			if u.ste.typ == classBlock {
				op = bytecode.LOAD_CLASSDEREF
			} else {
				op = bytecode.LOAD_DEREF
			}
		case syntax.Store:
			op = bytecode.STORE_DEREF
		default:
			op = bytecode.DELETE_DEREF
		}
	case opFast:
		op = [...]bytecode.Opcode{bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST}[ctx]
		c.addOpArg(op, u.varnames.add(mangled))
		return
	case opGlobal:
		op = [...]bytecode.Opcode{bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL}[ctx]
	case opName:
		op = [...]bytecode.Opcode{bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME}[ctx]
	}
	arg := dict.add(mangled)
	if op == bytecode.LOAD_GLOBAL {
		arg <<= 1
	}
	c.addOpArg(op, arg)
}

// forbiddenName reports (as an error) an assignment to or deletion of
// __debug__.
func (c *compiler) forbiddenName(name string, ctx syntax.ExprContext) bool {
	if name != "__debug__" {
		return false
	}
	switch ctx {
	case syntax.Store:
		c.error("cannot assign to __debug__")
		return true
	case syntax.Del:
		c.error("cannot delete __debug__")
		return true
	}
	return false
}
