package syntax

import "fmt"

// Compound statements (python.gram: COMPOUND STATEMENTS).

// compoundStmt:
//
//	| &('def' | '@' | ASYNC) function_def
//	| &'if' if_stmt
//	| &('class' | '@') class_def
//	| &('with' | ASYNC) with_stmt
//	| &('for' | ASYNC) for_stmt
//	| &'try' try_stmt
//	| &'while' while_stmt
//	| match_stmt
func (p *parser) compoundStmt() Stmt {
	k := p.peek().kind
	var s Stmt
	switch k {
	case kwDef:
		return p.functionDef()
	case kwIf:
		return p.ifStmt()
	case kwClass:
		return p.classDef()
	case kwWith:
		return p.withStmt()
	case kwFor:
		return p.forStmt()
	case kwTry:
		return p.tryStmt()
	case kwWhile:
		return p.whileStmt()
	case AT:
		if s = p.functionDef(); s != nil || p.err != nil {
			return s
		}
		return p.classDef()
	case kwAsync:
		if s = p.functionDef(); s != nil || p.err != nil {
			return s
		}
		if s = p.withStmt(); s != nil || p.err != nil {
			return s
		}
		return p.forStmt()
	case NAME:
		return p.matchStmt()
	}
	return nil
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
func (p *parser) block() []Stmt {
	if r, ok := p.memoGet(mBlock); ok {
		b, _ := r.([]Stmt)
		return b
	}
	mark := p.mark
	var res []Stmt
	if p.enter() {
		res = p.blockBody()
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mBlock, res)
	return res
}

func (p *parser) blockBody() []Stmt {
	mark := p.mark
	if p.expect(NEWLINE) != nil && p.expect(INDENT) != nil {
		if body := p.statements(false); body != nil {
			if p.expect(DEDENT) != nil {
				return body
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if out := p.simpleStmts(nil); len(out) > 0 {
		return out
	}
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		// invalid_block: NEWLINE !INDENT
		if p.expect(NEWLINE) != nil && !p.check(INDENT) {
			p.raise("IndentationError", "expected an indented block")
		}
		p.mark = mark
	}
	return nil
}

// forcedToken consumes a token of kind k or raises "expected 'x'" at the
// current token (CPython's &&'x').
func (p *parser) forcedToken(k Kind, text string) *ptok {
	if p.err != nil {
		return nil
	}
	t := p.peek()
	if t.kind != k {
		p.raiseSpan(p.tokSpan(t), fmt.Sprintf("expected '%s'", text))
		return nil
	}
	p.mark++
	return t
}

// decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorators() []Expr {
	var out []Expr
	for {
		m := p.mark
		if p.expect(AT) == nil {
			break
		}
		f := p.namedExpression()
		if f == nil || p.expect(NEWLINE) == nil {
			p.mark = m
			break
		}
		out = append(out, f)
	}
	return out
}

// classDef: decorators class_def_raw | class_def_raw
func (p *parser) classDef() Stmt {
	mark := p.mark
	if decs := p.decorators(); decs != nil {
		if c := p.classDefRaw(); c != nil {
			c.DecoratorList = decs
			return c
		}
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	if c := p.classDefRaw(); c != nil {
		return c
	}
	return nil
}

// classDefRaw:
//
//	| invalid_class_def_raw
//	| 'class' NAME ['(' [arguments] ')'] ':' block
func (p *parser) classDefRaw() *ClassDef {
	mark := p.mark
	if p.callInvalid {
		p.invalidClassDefRaw()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expect(kwClass) == nil {
		return nil
	}
	name := p.expect(NAME)
	if name == nil {
		p.mark = mark
		return nil
	}
	var bases []Expr
	var keywords []*Keyword
	m := p.mark
	if p.expect(LPAR) != nil {
		call := p.arguments()
		if p.err != nil {
			return nil
		}
		if p.expect(RPAR) != nil {
			if call != nil {
				bases, keywords = call.Args, call.Keywords
			}
		} else {
			p.mark = m
		}
	}
	if p.expect(COLON) == nil {
		p.mark = mark
		return nil
	}
	body := p.block()
	if body == nil {
		p.mark = mark
		return nil
	}
	return &ClassDef{Span: p.span(mark), Name: p.identifier(p.text(name)), Bases: bases, Keywords: keywords, Body: body}
}

// functionDef: decorators function_def_raw | function_def_raw
func (p *parser) functionDef() Stmt {
	mark := p.mark
	if decs := p.decorators(); decs != nil {
		if f := p.functionDefRaw(); f != nil {
			switch f := f.(type) {
			case *FunctionDef:
				f.DecoratorList = decs
			case *AsyncFunctionDef:
				f.DecoratorList = decs
			}
			return f
		}
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	return p.functionDefRaw()
}

// functionDefRaw:
//
//	| invalid_def_raw
//	| 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//	| ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
func (p *parser) functionDefRaw() Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidDefRaw()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	async := false
	if p.expect(kwAsync) != nil {
		async = true
	}
	if p.expect(kwDef) == nil {
		p.mark = mark
		return nil
	}
	name := p.expect(NAME)
	if name == nil {
		p.mark = mark
		return nil
	}
	if p.forcedToken(LPAR, "(") == nil {
		return nil
	}
	params := p.params()
	if p.err != nil {
		return nil
	}
	if p.expect(RPAR) == nil {
		p.mark = mark
		return nil
	}
	var returns Expr
	m := p.mark
	if p.expect(RARROW) != nil {
		if returns = p.expression(); returns == nil {
			p.mark = m
		}
	}
	if p.err != nil {
		return nil
	}
	if p.forcedToken(COLON, ":") == nil {
		return nil
	}
	tc := p.funcTypeComment()
	if p.err != nil {
		return nil
	}
	body := p.block()
	if body == nil {
		p.mark = mark
		return nil
	}
	if params == nil {
		params = emptyArguments()
	}
	id := p.identifier(p.text(name))
	if async {
		return &AsyncFunctionDef{Span: p.span(mark), Name: id, Args: params, Body: body, Returns: returns, TypeComment: tc}
	}
	return &FunctionDef{Span: p.span(mark), Name: id, Args: params, Body: body, Returns: returns, TypeComment: tc}
}

// funcTypeComment:
//
//	| NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
//	| invalid_double_type_comments
//	| TYPE_COMMENT
func (p *parser) funcTypeComment() string {
	mark := p.mark
	if p.expect(NEWLINE) != nil {
		if t := p.expect(TYPE_COMMENT); t != nil {
			m := p.mark
			if p.expect(NEWLINE) != nil && p.expect(INDENT) != nil {
				p.mark = m
				return p.text(t)
			}
		}
		p.mark = mark
	}
	if p.callInvalid {
		// invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
		if p.expect(TYPE_COMMENT) != nil && p.expect(NEWLINE) != nil && p.expect(TYPE_COMMENT) != nil &&
			p.expect(NEWLINE) != nil && p.expect(INDENT) != nil {
			p.raise("SyntaxError", "Cannot have two type comments on def")
			return ""
		}
		p.mark = mark
	}
	return p.optTypeComment()
}

// ifStmt:
//
//	| invalid_if_stmt
//	| 'if' named_expression ':' block elif_stmt
//	| 'if' named_expression ':' block [else_block]
func (p *parser) ifStmt() Stmt {
	return p.ifOrElif(kwIf)
}

// ifOrElif parses if_stmt or, with kw == kwElif, elif_stmt, which has
// the same shape.
func (p *parser) ifOrElif(kw Kind) Stmt {
	mark := p.mark
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
	if p.callInvalid {
		p.invalidIfStmt(kw)
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expect(kw) == nil {
		return nil
	}
	test := p.namedExpression()
	if test == nil || p.expect(COLON) == nil {
		p.mark = mark
		return nil
	}
	body := p.block()
	if body == nil {
		p.mark = mark
		return nil
	}
	if elif := p.ifOrElif(kwElif); elif != nil {
		return &If{Span: p.span(mark), Test: test, Body: body, Orelse: []Stmt{elif}}
	}
	if p.err != nil {
		return nil
	}
	orelse := p.elseBlock()
	if p.err != nil {
		return nil
	}
	return &If{Span: p.span(mark), Test: test, Body: body, Orelse: orelse}
}

// elseBlock: invalid_else_stmt | 'else' &&':' block
func (p *parser) elseBlock() []Stmt {
	mark := p.mark
	if p.callInvalid {
		// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
		if a := p.expect(kwElse); a != nil && p.expect(COLON) != nil && p.expect(NEWLINE) != nil && !p.check(INDENT) {
			p.raisef("IndentationError", "expected an indented block after 'else' statement on line %d", a.start.Line)
			return nil
		}
		p.mark = mark
	}
	if p.expect(kwElse) == nil {
		return nil
	}
	if p.forcedToken(COLON, ":") == nil {
		return nil
	}
	b := p.block()
	if b == nil {
		p.mark = mark
	}
	return b
}

// whileStmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
func (p *parser) whileStmt() Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidWhileStmt()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expect(kwWhile) == nil {
		return nil
	}
	test := p.namedExpression()
	if test == nil || p.expect(COLON) == nil {
		p.mark = mark
		return nil
	}
	body := p.block()
	if body == nil {
		p.mark = mark
		return nil
	}
	orelse := p.elseBlock()
	if p.err != nil {
		return nil
	}
	return &While{Span: p.span(mark), Test: test, Body: body, Orelse: orelse}
}

// forStmt:
//
//	| invalid_for_stmt
//	| 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//	| ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//	| invalid_for_target
func (p *parser) forStmt() Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidForStmt()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	async := p.expect(kwAsync) != nil
	if p.expect(kwFor) != nil {
		if target := p.starTargets(); target != nil {
			if p.expect(kwIn) != nil {
				// The cut: from here a failure fails the whole rule.
				iter := p.starExpressions()
				if iter == nil || p.expect(COLON) == nil {
					p.mark = mark
					return nil
				}
				tc := p.optTypeComment()
				body := p.block()
				if body == nil {
					p.mark = mark
					return nil
				}
				orelse := p.elseBlock()
				if p.err != nil {
					return nil
				}
				if async {
					return &AsyncFor{Span: p.span(mark), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
				}
				return &For{Span: p.span(mark), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidForTarget()
		p.mark = mark
	}
	return nil
}

// withStmt:
//
//	| invalid_with_stmt_indent
//	| 'with' '(' ','.with_item+ ','? ')' ':' block
//	| 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//	| ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//	| ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//	| invalid_with_stmt
func (p *parser) withStmt() Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidWithStmtIndent()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	async := p.expect(kwAsync) != nil
	if p.expect(kwWith) != nil {
		afterWith := p.mark
		if p.expect(LPAR) != nil {
			if items := p.withItems(); items != nil {
				p.expect(COMMA)
				if p.expect(RPAR) != nil && p.expect(COLON) != nil {
					if body := p.block(); body != nil {
						if async {
							return &AsyncWith{Span: p.span(mark), Items: items, Body: body}
						}
						return &With{Span: p.span(mark), Items: items, Body: body}
					}
				}
			}
		}
		if p.err != nil {
			return nil
		}
		p.mark = afterWith
		if items := p.withItems(); items != nil {
			if p.expect(COLON) != nil {
				tc := p.optTypeComment()
				if body := p.block(); body != nil {
					if async {
						return &AsyncWith{Span: p.span(mark), Items: items, Body: body, TypeComment: tc}
					}
					return &With{Span: p.span(mark), Items: items, Body: body, TypeComment: tc}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidWithStmt()
		p.mark = mark
	}
	return nil
}

// withItems: ','.with_item+
func (p *parser) withItems() []*WithItem {
	it := p.withItem()
	if it == nil {
		return nil
	}
	out := []*WithItem{it}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		it := p.withItem()
		if it == nil {
			p.mark = m
			break
		}
		out = append(out, it)
	}
	return out
}

// withItem:
//
//	| expression 'as' star_target &(',' | ')' | ':')
//	| invalid_with_item
//	| expression
func (p *parser) withItem() *WithItem {
	mark := p.mark
	e := p.expression()
	if e == nil {
		return nil
	}
	afterE := p.mark
	if p.expect(kwAs) != nil {
		if t := p.starTarget(); t != nil {
			if k := p.peek().kind; k == COMMA || k == RPAR || k == COLON {
				return &WithItem{ContextExpr: e, OptionalVars: t}
			}
		}
	}
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
		p.mark = afterE
		if p.expect(kwAs) != nil {
			if a := p.expression(); a != nil {
				if k := p.peek().kind; k == COMMA || k == RPAR || k == COLON {
					p.raiseInvalidTarget(starTargets, a)
					if p.err != nil {
						return nil
					}
					p.mark = mark
					return nil
				}
			}
		}
		if p.err != nil {
			return nil
		}
	}
	_ = mark
	p.mark = afterE
	return &WithItem{ContextExpr: e}
}

// tryStmt:
//
//	| invalid_try_stmt
//	| 'try' &&':' block finally_block
//	| 'try' &&':' block except_block+ [else_block] [finally_block]
//	| 'try' &&':' block except_star_block+ [else_block] [finally_block]
func (p *parser) tryStmt() Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidTryStmt()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expect(kwTry) == nil {
		return nil
	}
	if p.forcedToken(COLON, ":") == nil {
		return nil
	}
	body := p.block()
	if body == nil {
		p.mark = mark
		return nil
	}
	afterBody := p.mark
	if fin := p.finallyBlock(); fin != nil {
		return &Try{Span: p.span(mark), Body: body, Finalbody: fin}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterBody
	if handlers := p.exceptBlocks(false); handlers != nil {
		orelse := p.elseBlock()
		if p.err != nil {
			return nil
		}
		fin := p.finallyBlock()
		if p.err != nil {
			return nil
		}
		return &Try{Span: p.span(mark), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: fin}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterBody
	if handlers := p.exceptBlocks(true); handlers != nil {
		orelse := p.elseBlock()
		if p.err != nil {
			return nil
		}
		fin := p.finallyBlock()
		if p.err != nil {
			return nil
		}
		return &TryStar{Span: p.span(mark), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: fin}
	}
	p.mark = mark
	return nil
}

// exceptBlocks: except_block+ (or except_star_block+ when star is set)
func (p *parser) exceptBlocks(star bool) []*ExceptHandler {
	var out []*ExceptHandler
	for {
		var h *ExceptHandler
		if star {
			h = p.exceptStarBlock()
		} else {
			h = p.exceptBlock()
		}
		if h == nil {
			break
		}
		out = append(out, h)
	}
	if p.err != nil {
		return nil
	}
	return out
}

// exceptBlock:
//
//	| invalid_except_stmt_indent
//	| 'except' expression ['as' NAME] ':' block
//	| 'except' ':' block
//	| invalid_except_stmt
func (p *parser) exceptBlock() *ExceptHandler {
	mark := p.mark
	if p.callInvalid {
		p.invalidExceptStmtIndent()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expect(kwExcept) == nil {
		return nil
	}
	afterExcept := p.mark
	if e := p.expression(); e != nil {
		name := p.optAsName()
		if p.expect(COLON) != nil {
			if b := p.block(); b != nil {
				return &ExceptHandler{Span: p.span(mark), Type: e, Name: name, Body: b}
			}
		}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterExcept
	if p.expect(COLON) != nil {
		if b := p.block(); b != nil {
			return &ExceptHandler{Span: p.span(mark), Body: b}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidExceptStmt()
		p.mark = mark
	}
	return nil
}

// exceptStarBlock:
//
//	| invalid_except_star_stmt_indent
//	| 'except' '*' expression ['as' NAME] ':' block
//	| invalid_except_stmt
func (p *parser) exceptStarBlock() *ExceptHandler {
	mark := p.mark
	if p.callInvalid {
		p.invalidExceptStarStmtIndent()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expect(kwExcept) != nil && p.expect(STAR) != nil {
		if e := p.expression(); e != nil {
			name := p.optAsName()
			if p.expect(COLON) != nil {
				if b := p.block(); b != nil {
					return &ExceptHandler{Span: p.span(mark), Type: e, Name: name, Body: b}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidExceptStmt()
		p.mark = mark
	}
	return nil
}

// finallyBlock: invalid_finally_stmt | 'finally' &&':' block
func (p *parser) finallyBlock() []Stmt {
	mark := p.mark
	if p.callInvalid {
		// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
		if a := p.expect(kwFinally); a != nil && p.expect(COLON) != nil && p.expect(NEWLINE) != nil && !p.check(INDENT) {
			p.raisef("IndentationError", "expected an indented block after 'finally' statement on line %d", a.start.Line)
			return nil
		}
		p.mark = mark
	}
	if p.expect(kwFinally) == nil {
		return nil
	}
	if p.forcedToken(COLON, ":") == nil {
		return nil
	}
	b := p.block()
	if b == nil {
		p.mark = mark
	}
	return b
}

// matchStmt:
//
//	| "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//	| invalid_match_stmt
func (p *parser) matchStmt() Stmt {
	mark := p.mark
	if p.expectSoft("match") == nil {
		return nil
	}
	if subject := p.subjectExpr(); subject != nil {
		if p.expect(COLON) != nil && p.expect(NEWLINE) != nil && p.expect(INDENT) != nil {
			var cases []*MatchCase
			for {
				c := p.caseBlock()
				if c == nil {
					break
				}
				cases = append(cases, c)
			}
			if p.err != nil {
				return nil
			}
			if cases != nil && p.expect(DEDENT) != nil {
				return &Match{Span: p.span(mark), Subject: subject, Cases: cases}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidMatchStmt()
		p.mark = mark
	}
	return nil
}

// subjectExpr:
//
//	| star_named_expression ',' star_named_expressions?
//	| named_expression
func (p *parser) subjectExpr() Expr {
	mark := p.mark
	if v := p.starNamedExpression(); v != nil {
		if p.expect(COMMA) != nil {
			rest := p.starNamedExpressions()
			if p.err != nil {
				return nil
			}
			elts := append([]Expr{v}, rest...)
			return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Load}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	return p.namedExpression()
}

// caseBlock: invalid_case_block | "case" patterns guard? ':' block
func (p *parser) caseBlock() *MatchCase {
	mark := p.mark
	if p.callInvalid {
		p.invalidCaseBlock()
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	if p.expectSoft("case") == nil {
		return nil
	}
	pat := p.patterns()
	if pat == nil {
		p.mark = mark
		return nil
	}
	guard := p.guard()
	if p.err != nil {
		return nil
	}
	if p.expect(COLON) == nil {
		p.mark = mark
		return nil
	}
	body := p.block()
	if body == nil {
		p.mark = mark
		return nil
	}
	return &MatchCase{Pattern: pat, Guard: guard, Body: body}
}

// guard: 'if' named_expression
func (p *parser) guard() Expr {
	mark := p.mark
	if p.expect(kwIf) == nil {
		return nil
	}
	g := p.namedExpression()
	if g == nil {
		p.mark = mark
	}
	return g
}
