package compile

import (
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Code generation for statements.

// findAnn reports whether a body contains an annotated assignment at its
// own level (not inside nested functions or classes).
func findAnn(stmts []syntax.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.Try:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.TryStar:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.Match:
			for _, m := range s.Cases {
				if findAnn(m.Body) {
					return true
				}
			}
		}
	}
	return false
}

// body compiles a module or class body: __annotations__ set up when the
// body has annotations, and the docstring stored in __doc__.
func (c *compiler) body(stmts []syntax.Stmt) {
	if c.u.scopeType == scopeModule && len(stmts) > 0 {
		c.setLoc(stmts[0].Position())
	}
	if findAnn(stmts) {
		c.addOp(bytecode.SETUP_ANNOTATIONS)
	}
	if len(stmts) == 0 {
		return
	}
	i := 0
	if c.optimize < 2 {
		if _, ok := docString(stmts); ok {
			i = 1
			c.visitExpr(stmts[0].(*syntax.ExprStmt).Value)
			c.unsetLoc()
			c.nameOp("__doc__", syntax.Store)
		}
	}
	c.visitStmts(stmts[i:])
}

func (c *compiler) visitStmts(stmts []syntax.Stmt) {
	for _, s := range stmts {
		c.visitStmt(s)
	}
}

func (c *compiler) visitStmt(s syntax.Stmt) {
	if c.err != nil {
		return
	}
	c.setLoc(s.Position())
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		c.class(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.visitExpr(t)
		}
	case *syntax.Assign:
		c.visitExpr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.addOpArg(bytecode.COPY, 1)
			}
			c.visitExpr(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.Match:
		c.match(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.visitExpr(s.Exc)
			n++
			if s.Cause != nil {
				c.visitExpr(s.Cause)
				n++
			}
		}
		c.addOpArg(bytecode.RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.Assert:
		c.assert(s)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.ExprStmt:
		c.exprStmt(s.Value)
	case *syntax.Pass:
		c.addOp(bytecode.NOP)
	case *syntax.Break:
		c.breakStmt()
	case *syntax.Continue:
		c.continueStmt()
	case *syntax.With:
		if len(s.Items) == 0 {
			c.malformed("empty items on With")
			return
		}
		c.with(s, 0)
	case *syntax.AsyncWith:
		if len(s.Items) == 0 {
			c.malformed("empty items on AsyncWith")
			return
		}
		c.asyncWith(s, 0)
	case *syntax.AsyncFor:
		c.asyncFor(s)
	}
}

func (c *compiler) exprStmt(value syntax.Expr) {
	if c.interactive && c.nestLevel <= 1 {
		c.visitExpr(value)
		c.addOp(bytecode.PRINT_EXPR)
		return
	}
	if _, ok := value.(*syntax.Constant); ok {
		c.addOp(bytecode.NOP) // a constant statement does nothing
		return
	}
	c.visitExpr(value)
	c.unsetLoc()
	c.addOp(bytecode.POP_TOP)
}

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newBlock()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newBlock()
	}
	c.jumpIf(s.Test, next, false)
	c.visitStmts(s.Body)
	if len(s.Orelse) > 0 {
		c.addJumpNoLine(opJump, end)
		c.useNextBlock(next)
		c.visitStmts(s.Orelse)
	}
	c.useNextBlock(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, body, cleanup, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	if !c.pushFBlock(fblock{typ: fbForLoop, block: start, exit: end}) {
		return
	}
	c.visitExpr(s.Iter)
	c.addOp(bytecode.GET_ITER)
	c.useNextBlock(start)
	c.addJump(opcode(bytecode.FOR_ITER), cleanup)
	c.useNextBlock(body)
	c.visitExpr(s.Target)
	c.visitStmts(s.Body)
	c.unsetLoc() // the jump back is artificial
	c.addJump(opJump, start)
	c.useNextBlock(cleanup)
	c.popFBlock()
	c.visitStmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) asyncFor(s *syntax.AsyncFor) {
	if c.isTopLevelAwait() {
		c.u.ste.coroutine = true
	} else if c.u.scopeType != scopeAsyncFunction {
		c.error("'async for' outside async function")
		return
	}
	start, except, end := c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(s.Iter)
	c.addOp(bytecode.GET_AITER)
	c.useNextBlock(start)
	if !c.pushFBlock(fblock{typ: fbForLoop, block: start, exit: end}) {
		return
	}
	// SETUP_FINALLY guards the __anext__ call.
	c.addJump(opSetupFinally, except)
	c.addOp(bytecode.GET_ANEXT)
	c.loadConst(bytecode.None)
	c.addYieldFrom(true)
	c.addPseudo(opPopBlock)
	c.visitExpr(s.Target)
	c.visitStmts(s.Body)
	c.unsetLoc()
	c.addJump(opJump, start)
	c.popFBlock()
	c.useNextBlock(except)
	// END_ASYNC_FOR belongs to the for, not the body: the iterator's line.
	c.setLoc(s.Iter.Position())
	c.addOp(bytecode.END_ASYNC_FOR)
	c.visitStmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	loop, body, anchor, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(loop)
	if !c.pushFBlock(fblock{typ: fbWhileLoop, block: loop, exit: end}) {
		return
	}
	c.jumpIf(s.Test, anchor, false)
	c.useNextBlock(body)
	c.visitStmts(s.Body)
	c.setLoc(&s.Span)
	c.jumpIf(s.Test, body, true)
	c.popFBlock()
	c.useNextBlock(anchor)
	c.visitStmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) returnStmt(s *syntax.Return) {
	_, isConst := s.Value.(*syntax.Constant)
	preserveTOS := s.Value != nil && !isConst
	if c.u.ste.typ != functionBlock {
		c.error("'return' outside function")
		return
	}
	if s.Value != nil && c.u.ste.coroutine && c.u.ste.generator {
		c.error("'return' with value in async generator")
		return
	}
	if preserveTOS {
		c.visitExpr(s.Value)
	} else if s.Value != nil {
		// An instruction with the line of the return value.
		c.setLoc(s.Value.Position())
		c.addOp(bytecode.NOP)
	}
	if s.Value == nil || s.Value.Position().Lineno != s.Lineno {
		c.setLoc(&s.Span)
		c.addOp(bytecode.NOP)
	}
	if _, ok := c.unwindFBlockStack(preserveTOS, false); !ok {
		return
	}
	if s.Value == nil {
		c.loadConst(bytecode.None)
	} else if !preserveTOS {
		c.loadConst(fromValue(s.Value.(*syntax.Constant).Value))
	}
	c.addOp(bytecode.RETURN_VALUE)
}

func (c *compiler) breakStmt() {
	saved := c.u.loc
	c.addOp(bytecode.NOP) // an instruction with the line of the break
	loop, ok := c.unwindFBlockStack(false, true)
	if !ok {
		return
	}
	if loop == nil {
		c.u.loc = saved
		c.error("'break' outside loop")
		return
	}
	c.unwindFBlock(loop, false)
	c.addJump(opJump, loop.exit)
}

func (c *compiler) continueStmt() {
	saved := c.u.loc
	c.addOp(bytecode.NOP)
	loop, ok := c.unwindFBlockStack(false, true)
	if !ok {
		return
	}
	if loop == nil {
		c.u.loc = saved
		c.error("'continue' not properly in loop")
		return
	}
	c.addJump(opJump, loop.block)
}

// importAs binds the module of "import a.b.c as d": the attributes are
// fetched one by one from the top-level package IMPORT_NAME returned.
func (c *compiler) importAs(name, asname string) {
	dot := strings.IndexByte(name, '.')
	if dot >= 0 {
		rest := name[dot+1:]
		for {
			attr := rest
			next := strings.IndexByte(rest, '.')
			if next >= 0 {
				attr = rest[:next]
			}
			c.addOpArg(bytecode.IMPORT_FROM, c.u.names.add(attr))
			if next < 0 {
				break
			}
			rest = rest[next+1:]
			c.addOpArg(bytecode.SWAP, 2)
			c.addOp(bytecode.POP_TOP)
		}
		c.nameOp(asname, syntax.Store)
		c.addOp(bytecode.POP_TOP)
		return
	}
	c.nameOp(asname, syntax.Store)
}

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.loadConst(int64(0))
		c.loadConst(bytecode.None)
		c.addName(bytecode.IMPORT_NAME, a.Name)
		if a.Asname != "" {
			c.importAs(a.Name, a.Asname)
		} else {
			store := a.Name
			if dot := strings.IndexByte(store, '.'); dot >= 0 {
				store = store[:dot]
			}
			c.nameOp(store, syntax.Store)
		}
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	c.loadConst(int64(s.Level))
	names := make(bytecode.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	if s.Lineno > c.future.lineno && s.Module == "__future__" {
		c.error("from __future__ imports must occur at the beginning of the file")
		return
	}
	c.loadConst(names)
	c.addName(bytecode.IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.addOp(bytecode.IMPORT_STAR)
			return
		}
		c.addName(bytecode.IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameOp(store, syntax.Store)
	}
	c.addOp(bytecode.POP_TOP) // the module
}

func (c *compiler) assert(s *syntax.Assert) {
	// Asserting a non-empty tuple is always true: warn even under -O.
	always := false
	switch t := s.Test.(type) {
	case *syntax.Tuple:
		always = len(t.Elts) > 0
	case *syntax.Constant:
		if tup, ok := t.Value.(bytecode.Tuple); ok {
			always = len(tup) > 0
		}
	}
	if always {
		c.warning("assertion is always true, perhaps remove parentheses?")
		if c.err != nil {
			return
		}
	}
	if c.optimize > 0 {
		return
	}
	end := c.newBlock()
	c.jumpIf(s.Test, end, true)
	c.addOp(bytecode.LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		c.visitExpr(s.Msg)
		c.addOpArg(bytecode.CALL, 0)
	}
	c.addOpArg(bytecode.RAISE_VARARGS, 1)
	c.useNextBlock(end)
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	e := s.Target
	saved := c.u.loc
	c.setLoc(e.Position())
	switch t := e.(type) {
	case *syntax.Attribute:
		c.visitExpr(t.Value)
		c.addOpArg(bytecode.COPY, 1)
		c.updateStartLocationToMatchAttr(t)
		c.addName(bytecode.LOAD_ATTR, t.Attr)
	case *syntax.Subscript:
		c.visitExpr(t.Value)
		c.visitExpr(t.Slice)
		c.addOpArg(bytecode.COPY, 2)
		c.addOpArg(bytecode.COPY, 2)
		c.addOp(bytecode.BINARY_SUBSCR)
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Load)
	default:
		c.error("invalid node type (%s) for augmented assignment", e.PyName())
		return
	}
	c.u.loc = saved
	c.visitExpr(s.Value)
	c.addOpArg(bytecode.BINARY_OP, int(binaryOp(s.Op, true)))
	c.setLoc(e.Position())
	switch t := e.(type) {
	case *syntax.Attribute:
		c.updateStartLocationToMatchAttr(t)
		c.addOpArg(bytecode.SWAP, 2)
		c.addName(bytecode.STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.addOpArg(bytecode.SWAP, 3)
		c.addOpArg(bytecode.SWAP, 2)
		c.addOp(bytecode.STORE_SUBSCR)
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Store)
	}
}

// checkAnnExpr evaluates an expression and drops it, so that what an
// annotation refers to must exist at run time.
func (c *compiler) checkAnnExpr(e syntax.Expr) {
	c.visitExpr(e)
	c.addOp(bytecode.POP_TOP)
}

func (c *compiler) checkAnnSubscr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		if e.Lower != nil {
			c.checkAnnExpr(e.Lower)
		}
		if e.Upper != nil {
			c.checkAnnExpr(e.Upper)
		}
		if e.Step != nil {
			c.checkAnnExpr(e.Step)
		}
	case *syntax.Tuple:
		for _, el := range e.Elts {
			c.checkAnnSubscr(el)
		}
	default:
		c.checkAnnExpr(e)
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	targ := s.Target
	if s.Value != nil {
		c.visitExpr(s.Value)
		c.visitExpr(targ)
	}
	futureAnn := c.flags&futureAnnotationsFlag != 0
	switch t := targ.(type) {
	case *syntax.Name:
		if c.forbiddenName(t.Id, syntax.Store) {
			return
		}
		// A simple name in a module or class records its annotation.
		if s.Simple != 0 && (c.u.scopeType == scopeModule || c.u.scopeType == scopeClass) {
			if futureAnn {
				c.loadConst(unparseAnnotation(s.Annotation))
			} else {
				c.visitExpr(s.Annotation)
			}
			c.addName(bytecode.LOAD_NAME, "__annotations__")
			c.loadConst(mangle(c.u.private, t.Id))
			c.addOp(bytecode.STORE_SUBSCR)
		}
	case *syntax.Attribute:
		if c.forbiddenName(t.Attr, syntax.Store) {
			return
		}
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	default:
		c.error("invalid node type (%s) for annotated assignment", targ.PyName())
		return
	}
	// The annotation of a complex target is evaluated last (and only in
	// modules and classes, and not at all under the future import).
	if s.Simple == 0 && !futureAnn && (c.u.scopeType == scopeModule || c.u.scopeType == scopeClass) {
		c.checkAnnExpr(s.Annotation)
	}
}

// binaryOp maps an AST operator to the BINARY_OP argument.
func binaryOp(op syntax.Operator, inplace bool) bytecode.BinaryOp {
	var b bytecode.BinaryOp
	switch op {
	case syntax.OpAdd:
		b = bytecode.NB_ADD
	case syntax.OpSub:
		b = bytecode.NB_SUBTRACT
	case syntax.OpMult:
		b = bytecode.NB_MULTIPLY
	case syntax.OpMatMult:
		b = bytecode.NB_MATRIX_MULTIPLY
	case syntax.OpDiv:
		b = bytecode.NB_TRUE_DIVIDE
	case syntax.OpMod:
		b = bytecode.NB_REMAINDER
	case syntax.OpPow:
		b = bytecode.NB_POWER
	case syntax.OpLShift:
		b = bytecode.NB_LSHIFT
	case syntax.OpRShift:
		b = bytecode.NB_RSHIFT
	case syntax.OpBitOr:
		b = bytecode.NB_OR
	case syntax.OpBitXor:
		b = bytecode.NB_XOR
	case syntax.OpBitAnd:
		b = bytecode.NB_AND
	case syntax.OpFloorDiv:
		b = bytecode.NB_FLOOR_DIVIDE
	}
	if inplace {
		b += bytecode.NB_INPLACE_ADD
	}
	return b
}
