package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Code generation for try statements (with except, except* and finally)
// and with statements. The handlers are reached through the exception
// table: SETUP_FINALLY, SETUP_CLEANUP and SETUP_WITH mark where a handler
// starts to apply and POP_BLOCK where it stops.

// tryFinally compiles try/finally, with the except clauses (if any)
// nested inside.
//
//	    SETUP_FINALLY   end
//	    <body, or try/except>
//	    POP_BLOCK
//	    <finalbody>
//	    JUMP            exit
//	end:
//	    SETUP_CLEANUP   cleanup
//	    PUSH_EXC_INFO
//	    <finalbody>
//	    RERAISE 0
//	cleanup:
//	    COPY 3; POP_EXCEPT; RERAISE 1
//	exit:
func (c *compiler) tryFinally(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, finalbody []syntax.Stmt, star bool) {
	bodyBlock, end, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.addJump(opSetupFinally, end)
	c.useNextBlock(bodyBlock)
	if !c.pushFBlock(fblock{typ: fbFinallyTry, block: bodyBlock, exit: end, finalBody: finalbody}) {
		return
	}
	switch {
	case len(handlers) > 0 && star:
		c.tryStarExcept(body, handlers, orelse)
	case len(handlers) > 0:
		c.tryExcept(body, handlers, orelse)
	default:
		c.visitStmts(body)
	}
	c.addOpNoLine(opPopBlock)
	c.popFBlock()
	c.visitStmts(finalbody)
	c.addJumpNoLine(opJump, exit)
	// The finally block run when an exception propagates.
	c.useNextBlock(end)
	c.unsetLoc()
	c.addJump(opSetupCleanup, cleanup)
	c.addOp(bytecode.PUSH_EXC_INFO)
	if !c.pushFBlock(fblock{typ: fbFinallyEnd, block: end}) {
		return
	}
	c.visitStmts(finalbody)
	c.popFBlock()
	c.addOpArg(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
}

// tryExcept compiles try/except/else.
//
//	    SETUP_FINALLY   except
//	    <body>
//	    POP_BLOCK
//	    <orelse>
//	    JUMP            end
//	except:                                 [exc]
//	    SETUP_CLEANUP   cleanup
//	    PUSH_EXC_INFO                       [prev, exc]
//	    <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//	    <store name, or POP_TOP>; <handler body>; POP_EXCEPT; JUMP end
//	next: ...
//	    RERAISE 0
//	cleanup:
//	    COPY 3; POP_EXCEPT; RERAISE 1
//	end:
func (c *compiler) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	bodyBlock, except, end, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.addJump(opSetupFinally, except)
	c.useNextBlock(bodyBlock)
	if !c.pushFBlock(fblock{typ: fbTryExcept, block: bodyBlock}) {
		return
	}
	c.visitStmts(body)
	c.popFBlock()
	c.addOpNoLine(opPopBlock)
	c.visitStmts(orelse)
	c.addJumpNoLine(opJump, end)
	c.useNextBlock(except)

	c.unsetLoc()
	c.addJump(opSetupCleanup, cleanup)
	c.addOp(bytecode.PUSH_EXC_INFO)
	// The runtime pushes a block here, so account for it.
	if !c.pushFBlock(fblock{typ: fbExceptionHandler}) {
		return
	}
	for i, h := range handlers {
		c.setLoc(&h.Span)
		if h.Type == nil && i < len(handlers)-1 {
			c.error("default 'except:' must be last")
			return
		}
		except = c.newBlock()
		if h.Type != nil {
			c.visitExpr(h.Type)
			c.addOp(bytecode.CHECK_EXC_MATCH)
			c.addJump(opcode(bytecode.POP_JUMP_IF_FALSE), except)
		}
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
			c.nameOp(h.Name, syntax.Store)
			// try:
			//     <handler body>
			// finally:
			//     name = None  # in case the body deleted it
			//     del name
			c.addJump(opSetupCleanup, cleanupEnd)
			c.useNextBlock(cleanupBody)
			if !c.pushFBlock(fblock{typ: fbHandlerCleanup, block: cleanupBody, name: h.Name}) {
				return
			}
			c.visitStmts(h.Body)
			c.popFBlock()
			c.unsetLoc()
			c.addPseudo(opPopBlock)
			c.addPseudo(opPopBlock)
			c.addOp(bytecode.POP_EXCEPT)
			c.loadConst(bytecode.None)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.addJump(opJump, end)

			c.useNextBlock(cleanupEnd)
			c.unsetLoc()
			c.loadConst(bytecode.None)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.addOpArg(bytecode.RERAISE, 1)
		} else {
			cleanupBody := c.newBlock()
			c.addOp(bytecode.POP_TOP) // the exception
			c.useNextBlock(cleanupBody)
			if !c.pushFBlock(fblock{typ: fbHandlerCleanup, block: cleanupBody}) {
				return
			}
			c.visitStmts(h.Body)
			c.popFBlock()
			c.unsetLoc()
			c.addPseudo(opPopBlock)
			c.addOp(bytecode.POP_EXCEPT)
			c.addJump(opJump, end)
		}
		c.useNextBlock(except)
	}
	c.unsetLoc()
	c.popFBlock()
	c.addOpArg(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(end)
}

// tryStarExcept compiles try/except*/else (PEP 654). The handlers split
// the exception group one after the other; what they raise or re-raise is
// collected in a list, and PREP_RERAISE_STAR works out what propagates.
//
//	except:                                  [exc]
//	    SETUP_CLEANUP cleanup; PUSH_EXC_INFO [prev, exc]
//	    COPY 1; BUILD_LIST 0; SWAP 2         [prev, orig, list, exc]
//	    <type>; CHECK_EG_MATCH               [..., rest, match-or-None]
//	    COPY 1; POP_JUMP_IF_NONE no_match
//	    <store match, or POP_TOP>
//	    SETUP_CLEANUP cleanup_end; <body>; POP_BLOCK; JUMP next
//	cleanup_end:                             [..., rest, lasti, raised]
//	    LIST_APPEND 3; POP_TOP; JUMP next_with_error
//	no_match: POP_TOP
//	    ... the next handler works on rest ...
//	    LIST_APPEND 1; PREP_RERAISE_STAR; COPY 1; POP_JUMP_IF_NOT_NONE reraise
//	    POP_TOP; POP_EXCEPT; JUMP end
//	reraise: SWAP 2; POP_EXCEPT; RERAISE 0
func (c *compiler) tryStarExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	bodyBlock, except, orelseBlock := c.newBlock(), c.newBlock(), c.newBlock()
	end, cleanup, reraiseStar := c.newBlock(), c.newBlock(), c.newBlock()

	c.addJump(opSetupFinally, except)
	c.useNextBlock(bodyBlock)
	if !c.pushFBlock(fblock{typ: fbTryExcept, block: bodyBlock}) {
		return
	}
	c.visitStmts(body)
	c.popFBlock()
	c.addOpNoLine(opPopBlock)
	c.addJumpNoLine(opJump, orelseBlock)
	n := len(handlers)
	c.useNextBlock(except)

	c.unsetLoc()
	c.addJump(opSetupCleanup, cleanup)
	c.addOp(bytecode.PUSH_EXC_INFO)
	if !c.pushFBlock(fblock{typ: fbExceptionGroupHandler}) {
		return
	}
	for i, h := range handlers {
		c.setLoc(&h.Span)
		except = c.newBlock()
		exceptWithError := c.newBlock()
		noMatch := c.newBlock()
		if i == 0 {
			// Keep the original exception group, and a list for what the
			// handlers raise.
			c.addOpArg(bytecode.COPY, 1)
			c.addOpArg(bytecode.BUILD_LIST, 0)
			c.addOpArg(bytecode.SWAP, 2)
		}
		if h.Type != nil {
			c.visitExpr(h.Type)
			c.addOp(bytecode.CHECK_EG_MATCH)
			c.addOpArg(bytecode.COPY, 1)
			c.addJump(opcode(bytecode.POP_JUMP_IF_NONE), noMatch)
		}
		cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
		} else {
			c.addOp(bytecode.POP_TOP) // the match
		}
		c.addJump(opSetupCleanup, cleanupEnd)
		c.useNextBlock(cleanupBody)
		if !c.pushFBlock(fblock{typ: fbHandlerCleanup, block: cleanupBody, name: h.Name}) {
			return
		}
		c.visitStmts(h.Body)
		c.popFBlock()
		c.unsetLoc()
		c.addPseudo(opPopBlock)
		if h.Name != "" {
			c.loadConst(bytecode.None)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.addJump(opJump, except)

		c.useNextBlock(cleanupEnd)
		c.unsetLoc()
		if h.Name != "" {
			c.loadConst(bytecode.None)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		// Add what the handler raised to the list.
		c.addOpArg(bytecode.LIST_APPEND, 3)
		c.addOp(bytecode.POP_TOP) // lasti
		c.addJump(opJump, exceptWithError)

		c.useNextBlock(except)
		c.addOp(bytecode.NOP) // keeps a location to propagate
		c.addJump(opJump, exceptWithError)
		c.useNextBlock(noMatch)
		c.addOp(bytecode.POP_TOP) // the match (None)
		c.useNextBlock(exceptWithError)
		if i == n-1 {
			// Add the unhandled rest (or None) to the list.
			c.addOpArg(bytecode.LIST_APPEND, 1)
			c.addJump(opJump, reraiseStar)
		}
	}
	c.unsetLoc()
	c.popFBlock()
	reraise := c.newBlock()
	c.useNextBlock(reraiseStar)
	c.addOp(bytecode.PREP_RERAISE_STAR)
	c.addOpArg(bytecode.COPY, 1)
	c.addJump(opcode(bytecode.POP_JUMP_IF_NOT_NONE), reraise)
	// Nothing to re-raise.
	c.addOp(bytecode.POP_TOP)
	c.addPseudo(opPopBlock)
	c.addOp(bytecode.POP_EXCEPT)
	c.addJump(opJump, end)
	c.useNextBlock(reraise)
	c.addPseudo(opPopBlock)
	c.addOpArg(bytecode.SWAP, 2)
	c.addOp(bytecode.POP_EXCEPT)
	c.addOpArg(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(orelseBlock)
	c.visitStmts(orelse)
	c.useNextBlock(end)
}

// withExceptFinish ends the handler of a with statement: when __exit__
// returned false the exception is re-raised, otherwise it is dropped.
func (c *compiler) withExceptFinish(cleanup *block) {
	c.unsetLoc()
	exit := c.newBlock()
	c.addJump(opcode(bytecode.POP_JUMP_IF_TRUE), exit)
	c.addOpArg(bytecode.RERAISE, 2)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
	c.addOp(bytecode.POP_TOP) // the exception
	c.addPseudo(opPopBlock)
	c.addOp(bytecode.POP_EXCEPT)
	c.addOp(bytecode.POP_TOP)
	c.addOp(bytecode.POP_TOP)
}

// with compiles the items of a with statement from pos on.
//
//	    <context expression>
//	    BEFORE_WITH              [exit, value]
//	    SETUP_WITH     final
//	    <store value, or POP_TOP>
//	    <body>
//	    POP_BLOCK
//	    LOAD_CONST None (x3); CALL 2; POP_TOP
//	    JUMP exit
//	final:
//	    SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START
//	    POP_JUMP_IF_TRUE t; RERAISE 2
//	cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//	t:  POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP
//	exit:
func (c *compiler) with(s *syntax.With, pos int) {
	item := s.Items[pos]
	blk, final, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(item.ContextExpr)
	c.addOp(bytecode.BEFORE_WITH)
	c.addJump(opSetupWith, final)
	c.useNextBlock(blk)
	if !c.pushFBlock(fblock{typ: fbWith, block: blk, exit: final, with: s}) {
		return
	}
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.addOp(bytecode.POP_TOP) // the value of __enter__()
	}
	pos++
	if pos == len(s.Items) {
		c.visitStmts(s.Body)
	} else {
		c.with(s, pos)
	}
	c.unsetLoc()
	c.addPseudo(opPopBlock)
	c.popFBlock()
	// On success, call __exit__(None, None, None).
	c.setLoc(&s.Span)
	c.callExitWithNones()
	c.addOp(bytecode.POP_TOP)
	c.addJump(opJump, exit)
	// On an exception.
	c.useNextBlock(final)
	c.addJump(opSetupCleanup, cleanup)
	c.addOp(bytecode.PUSH_EXC_INFO)
	c.addOp(bytecode.WITH_EXCEPT_START)
	c.withExceptFinish(cleanup)
	c.useNextBlock(exit)
}

// asyncWith compiles the items of an async with statement from pos on;
// __aenter__ and __aexit__ are awaited.
func (c *compiler) asyncWith(s *syntax.AsyncWith, pos int) {
	item := s.Items[pos]
	if c.isTopLevelAwait() {
		c.u.ste.coroutine = true
	} else if c.u.scopeType != scopeAsyncFunction {
		c.error("'async with' outside async function")
		return
	}
	blk, final, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(item.ContextExpr)
	c.addOp(bytecode.BEFORE_ASYNC_WITH)
	c.addOpArg(bytecode.GET_AWAITABLE, 1)
	c.loadConst(bytecode.None)
	c.addYieldFrom(true)
	c.addJump(opSetupWith, final)
	c.useNextBlock(blk)
	if !c.pushFBlock(fblock{typ: fbAsyncWith, block: blk, exit: final, with: s}) {
		return
	}
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.addOp(bytecode.POP_TOP)
	}
	pos++
	if pos == len(s.Items) {
		c.visitStmts(s.Body)
	} else {
		c.asyncWith(s, pos)
	}
	c.popFBlock()
	c.addPseudo(opPopBlock)
	c.setLoc(&s.Span)
	c.callExitWithNones()
	c.addOpArg(bytecode.GET_AWAITABLE, 2)
	c.loadConst(bytecode.None)
	c.addYieldFrom(true)
	c.addOp(bytecode.POP_TOP)
	c.addJump(opJump, exit)

	c.useNextBlock(final)
	c.addJump(opSetupCleanup, cleanup)
	c.addOp(bytecode.PUSH_EXC_INFO)
	c.addOp(bytecode.WITH_EXCEPT_START)
	c.addOpArg(bytecode.GET_AWAITABLE, 2)
	c.loadConst(bytecode.None)
	c.addYieldFrom(true)
	c.withExceptFinish(cleanup)
	c.useNextBlock(exit)
}
