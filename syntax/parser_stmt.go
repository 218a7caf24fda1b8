package syntax

// Start rules and simple statements (python.gram: STARTING RULES,
// GENERAL STATEMENTS, SIMPLE STATEMENTS).

// fileRule: [statements] ENDMARKER
func (p *parser) fileRule() Mod {
	p.level++
	body := p.statements(true)
	p.level--
	if p.err != nil {
		return nil
	}
	if p.expect(ENDMARKER) == nil {
		return nil
	}
	ti := p.typeIgnores
	if ti == nil {
		ti = []*TypeIgnore{}
	}
	return &Module{Body: body, TypeIgnores: ti}
}

// interactiveRule: statement_newline
func (p *parser) interactiveRule() Mod {
	body := p.statementNewline()
	if body == nil {
		return nil
	}
	return &Interactive{Body: body}
}

// evalRule: expressions NEWLINE* ENDMARKER
func (p *parser) evalRule() Mod {
	mark := p.mark
	e := p.expressions()
	if e == nil {
		return nil
	}
	for p.expect(NEWLINE) != nil {
	}
	if p.expect(ENDMARKER) == nil {
		p.mark = mark
		return nil
	}
	return &Expression{Body: e}
}

// funcTypeRule: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
func (p *parser) funcTypeRule() Mod {
	mark := p.mark
	if p.expect(LPAR) == nil {
		return nil
	}
	args := p.typeExpressions()
	if p.err != nil {
		return nil
	}
	if p.expect(RPAR) == nil || p.expect(RARROW) == nil {
		p.mark = mark
		return nil
	}
	ret := p.expression()
	if ret == nil {
		p.mark = mark
		return nil
	}
	for p.expect(NEWLINE) != nil {
	}
	if p.expect(ENDMARKER) == nil {
		p.mark = mark
		return nil
	}
	if args == nil {
		args = []Expr{}
	}
	return &FunctionType{Argtypes: args, Returns: ret}
}

// statements: statement+
//
// top marks the statements of the file: in a first pass over a window,
// the window slides after each of them.
func (p *parser) statements(top bool) []Stmt {
	// CPython: statements and its _loop1 function.
	if !p.enterN(2) {
		p.level -= 2
		return nil
	}
	p.stmtDepth++
	defer func() { p.level -= 2; p.stmtDepth-- }()
	var out []Stmt
	first := p.mark
	for {
		start, memos := p.mark, len(p.memos)
		s := p.statement(out)
		if s == nil {
			break
		}
		out = s
		if !p.callInvalid {
			p.forgetMemos(memos)
			if p.windowed {
				if top {
					p.slide()
				} else if p.stmtDepth == 2 {
					p.compact(first, start)
				}
			}
		}
	}
	if p.err != nil {
		return nil
	}
	return out
}

// statement: compound_stmt | simple_stmts
//
// The statements are appended to out, which is returned (nil when
// nothing matches).
func (p *parser) statement(out []Stmt) []Stmt {
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
	if s := p.compoundStmt(); s != nil {
		return append(out, s)
	}
	if p.err != nil {
		return nil
	}
	n := len(out)
	out = p.simpleStmts(out)
	if len(out) == n || p.err != nil {
		return nil
	}
	return out
}

// statementNewline (interactive mode):
//
//	| compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
func (p *parser) statementNewline() []Stmt {
	mark := p.mark
	if s := p.compoundStmt(); s != nil {
		if p.expect(NEWLINE) != nil {
			return []Stmt{s}
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
	if p.expect(NEWLINE) != nil {
		return []Stmt{&Pass{Span: p.span(mark)}}
	}
	// ENDMARKER: CPython's _PyPegen_interactive_exit returns no tree.
	return nil
}

// simpleStmts appends the statements of one logical line to out:
//
//	| simple_stmt !';' NEWLINE
//	| ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts(out []Stmt) []Stmt {
	if !p.enter() {
		p.leave()
		return out
	}
	defer p.leave()
	mark := p.mark
	n := len(out)
	s := p.simpleStmt()
	if s == nil {
		return out
	}
	if !p.check(SEMI) && p.expect(NEWLINE) != nil {
		return append(out, s)
	}
	// Second alternative: the first statement comes from the memo.
	p.mark = mark
	if p.err != nil {
		return out
	}
	out = append(out, p.simpleStmt())
	for {
		m := p.mark
		if p.expect(SEMI) == nil {
			break
		}
		s := p.simpleStmt()
		if s == nil {
			p.mark = m
			break
		}
		out = append(out, s)
	}
	p.expect(SEMI)
	if p.err != nil || p.expect(NEWLINE) == nil {
		p.mark = mark
		return out[:n]
	}
	return out
}

// simpleStmt (memo):
//
//	| assignment
//	| star_expressions
//	| &'return' return_stmt
//	| &('import' | 'from') import_stmt
//	| &'raise' raise_stmt
//	| 'pass'
//	| &'del' del_stmt
//	| &'yield' yield_stmt
//	| &'assert' assert_stmt
//	| 'break'
//	| 'continue'
//	| &'global' global_stmt
//	| &'nonlocal' nonlocal_stmt
func (p *parser) simpleStmt() Stmt {
	if r, ok := p.memoGet(mSimpleStmt); ok {
		s, _ := r.(Stmt)
		return s
	}
	mark := p.mark
	var res Stmt
	if p.enter() {
		res = p.simpleStmtBody()
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mSimpleStmt, res)
	return res
}

func (p *parser) simpleStmtBody() Stmt {
	mark := p.mark
	t := p.peek()
	// Statements that start with a keyword no expression or target can
	// start with: the assignment and expression alternatives fail at
	// their first token, so they are skipped.
	switch t.kind {
	case kwReturn:
		return p.returnStmt()
	case kwImport, kwFrom:
		return p.importStmt()
	case kwRaise:
		return p.raiseStmt()
	case kwPass:
		p.mark++
		return &Pass{Span: p.span(mark)}
	case kwDel:
		return p.delStmt()
	case kwAssert:
		return p.assertStmt()
	case kwBreak:
		p.mark++
		return &Break{Span: p.span(mark)}
	case kwContinue:
		p.mark++
		return &Continue{Span: p.span(mark)}
	case kwGlobal:
		return p.globalStmt()
	case kwNonlocal:
		return p.nonlocalStmt()
	}
	if s := p.assignment(); s != nil {
		return s
	}
	if p.err != nil {
		return nil
	}
	p.mark = mark
	if e := p.starExpressions(); e != nil {
		return &ExprStmt{Span: p.span(mark), Value: e}
	}
	if p.err != nil {
		return nil
	}
	if t.kind == kwYield {
		return p.yieldStmt()
	}
	return nil
}

// assignment:
//
//	| NAME ':' expression ['=' annotated_rhs]
//	| ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//	| (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//	| single_target augassign ~ (yield_expr | star_expressions)
//	| invalid_assignment
func (p *parser) assignment() Stmt {
	mark := p.mark
	// NAME ':' expression ['=' annotated_rhs]
	if t := p.peek(); t.kind == NAME {
		p.mark++
		if p.expect(COLON) != nil {
			if ann := p.expression(); ann != nil {
				val := p.annAssignValue()
				if p.err != nil {
					return nil
				}
				target := p.nameFromToken(t)
				target.Ctx = Store
				return &AnnAssign{Span: p.span(mark), Target: target, Annotation: ann, Value: val, Simple: 1}
			}
		}
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	// ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
	var target Expr
	if p.expect(LPAR) != nil {
		if target = p.singleTarget(); target == nil || p.expect(RPAR) == nil {
			target = nil
			p.mark = mark
		}
	}
	if target == nil && p.err == nil {
		target = p.singleSubscriptAttributeTarget()
	}
	if target != nil {
		if p.expect(COLON) != nil {
			if ann := p.expression(); ann != nil {
				val := p.annAssignValue()
				if p.err != nil {
					return nil
				}
				return &AnnAssign{Span: p.span(mark), Target: target, Annotation: ann, Value: val, Simple: 0}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	// (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
	var targets []Expr
	for {
		m := p.mark
		z := p.starTargets()
		if z == nil || p.expect(EQUAL) == nil {
			p.mark = m
			break
		}
		targets = append(targets, z)
	}
	if p.err != nil {
		return nil
	}
	if len(targets) > 0 {
		var val Expr
		// CPython: assignment and its (yield_expr | star_expressions) group.
		p.level += 2
		if val = p.yieldExpr(); val == nil && p.err == nil {
			val = p.starExpressions()
		}
		p.level -= 2
		if val != nil && !p.check(EQUAL) {
			tc := p.optTypeComment()
			return &Assign{Span: p.span(mark), Targets: targets, Value: val, TypeComment: tc}
		}
		if p.err != nil {
			return nil
		}
	}
	p.mark = mark
	// single_target augassign ~ (yield_expr | star_expressions)
	if target := p.singleTarget(); target != nil {
		if op, ok := p.augassign(); ok {
			var val Expr
			if val = p.yieldExpr(); val == nil && p.err == nil {
				val = p.starExpressions()
			}
			if val == nil {
				// The cut: no other alternative is tried.
				p.mark = mark
				return nil
			}
			return &AugAssign{Span: p.span(mark), Target: target, Op: op, Value: val}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidAssignment()
		p.mark = mark
	}
	return nil
}

// annAssignValue parses the optional ['=' annotated_rhs] of an
// annotated assignment.
func (p *parser) annAssignValue() Expr {
	m := p.mark
	if p.expect(EQUAL) == nil {
		return nil
	}
	v := p.annotatedRHS()
	if v == nil {
		p.mark = m
	}
	return v
}

// annotatedRHS: yield_expr | star_expressions
func (p *parser) annotatedRHS() Expr {
	if e := p.yieldExpr(); e != nil || p.err != nil {
		return e
	}
	return p.starExpressions()
}

// optTypeComment parses an optional TYPE_COMMENT token and returns its
// text ("" when absent).
func (p *parser) optTypeComment() string {
	if t := p.expect(TYPE_COMMENT); t != nil {
		return p.text(t)
	}
	return ""
}

// augassign: '+=' | '-=' | ... | '//='
func (p *parser) augassign() (Operator, bool) {
	var op Operator
	switch p.peek().kind {
	case PLUSEQUAL:
		op = OpAdd
	case MINEQUAL:
		op = OpSub
	case STAREQUAL:
		op = OpMult
	case ATEQUAL:
		op = OpMatMult
	case SLASHEQUAL:
		op = OpDiv
	case PERCENTEQUAL:
		op = OpMod
	case AMPEREQUAL:
		op = OpBitAnd
	case VBAREQUAL:
		op = OpBitOr
	case CIRCUMFLEXEQUAL:
		op = OpBitXor
	case LEFTSHIFTEQUAL:
		op = OpLShift
	case RIGHTSHIFTEQUAL:
		op = OpRShift
	case DOUBLESTAREQUAL:
		op = OpPow
	case DOUBLESLASHEQUAL:
		op = OpFloorDiv
	default:
		return 0, false
	}
	p.mark++
	return op, true
}

// returnStmt: 'return' [star_expressions]
func (p *parser) returnStmt() Stmt {
	mark := p.mark
	if p.expect(kwReturn) == nil {
		return nil
	}
	v := p.starExpressions()
	if p.err != nil {
		return nil
	}
	return &Return{Span: p.span(mark), Value: v}
}

// raiseStmt: 'raise' expression ['from' expression] | 'raise'
func (p *parser) raiseStmt() Stmt {
	mark := p.mark
	if p.expect(kwRaise) == nil {
		return nil
	}
	if exc := p.expression(); exc != nil {
		var cause Expr
		m := p.mark
		if p.expect(kwFrom) != nil {
			if cause = p.expression(); cause == nil {
				p.mark = m
			}
		}
		if p.err != nil {
			return nil
		}
		return &Raise{Span: p.span(mark), Exc: exc, Cause: cause}
	}
	if p.err != nil {
		return nil
	}
	p.mark = mark + 1
	return &Raise{Span: p.span(mark)}
}

// nameList parses ','.NAME+ and returns the identifiers.
func (p *parser) nameList() []string {
	var names []string
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	names = append(names, p.identifier(p.text(t)))
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		t := p.expect(NAME)
		if t == nil {
			p.mark = m
			break
		}
		names = append(names, p.identifier(p.text(t)))
	}
	return names
}

// globalStmt: 'global' ','.NAME+
func (p *parser) globalStmt() Stmt {
	mark := p.mark
	if p.expect(kwGlobal) == nil {
		return nil
	}
	names := p.nameList()
	if names == nil {
		p.mark = mark
		return nil
	}
	return &Global{Span: p.span(mark), Names: names}
}

// nonlocalStmt: 'nonlocal' ','.NAME+
func (p *parser) nonlocalStmt() Stmt {
	mark := p.mark
	if p.expect(kwNonlocal) == nil {
		return nil
	}
	names := p.nameList()
	if names == nil {
		p.mark = mark
		return nil
	}
	return &Nonlocal{Span: p.span(mark), Names: names}
}

// delStmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
func (p *parser) delStmt() Stmt {
	mark := p.mark
	if p.expect(kwDel) != nil {
		if targets := p.delTargets(); targets != nil {
			if k := p.peek().kind; k == SEMI || k == NEWLINE {
				return &Delete{Span: p.span(mark), Targets: targets}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		// invalid_del_stmt: 'del' star_expressions
		if p.expect(kwDel) != nil {
			if a := p.starExpressions(); a != nil {
				p.raiseInvalidTarget(delTargets, a)
			}
		}
		p.mark = mark
	}
	return nil
}

// yieldStmt: yield_expr
func (p *parser) yieldStmt() Stmt {
	mark := p.mark
	if y := p.yieldExpr(); y != nil {
		return &ExprStmt{Span: p.span(mark), Value: y}
	}
	return nil
}

// assertStmt: 'assert' expression [',' expression]
func (p *parser) assertStmt() Stmt {
	mark := p.mark
	if p.expect(kwAssert) == nil {
		return nil
	}
	test := p.expression()
	if test == nil {
		p.mark = mark
		return nil
	}
	var msg Expr
	m := p.mark
	if p.expect(COMMA) != nil {
		if msg = p.expression(); msg == nil {
			p.mark = m
		}
	}
	if p.err != nil {
		return nil
	}
	return &Assert{Span: p.span(mark), Test: test, Msg: msg}
}

// typeExpressions (func_type mode):
//
//	| ','.expression+ ',' '*' expression ',' '**' expression
//	| ','.expression+ ',' '*' expression
//	| ','.expression+ ',' '**' expression
//	| '*' expression ',' '**' expression
//	| '*' expression
//	| '**' expression
//	| ','.expression+
func (p *parser) typeExpressions() []Expr {
	mark := p.mark
	if a := p.expressionList(); a != nil {
		afterA := p.mark
		if p.expect(COMMA) != nil {
			if p.expect(STAR) != nil {
				if b := p.expression(); b != nil {
					m := p.mark
					if p.expect(COMMA) != nil && p.expect(DOUBLESTAR) != nil {
						if c := p.expression(); c != nil {
							return append(a, b, c)
						}
					}
					p.mark = m
					if p.err != nil {
						return nil
					}
					return append(a, b)
				}
			} else if p.expect(DOUBLESTAR) != nil {
				if b := p.expression(); b != nil {
					return append(a, b)
				}
			}
		}
		if p.err != nil {
			return nil
		}
		p.mark = afterA
		return a
	}
	if p.err != nil {
		return nil
	}
	p.mark = mark
	if p.expect(STAR) != nil {
		if a := p.expression(); a != nil {
			m := p.mark
			if p.expect(COMMA) != nil && p.expect(DOUBLESTAR) != nil {
				if b := p.expression(); b != nil {
					return []Expr{a, b}
				}
			}
			if p.err != nil {
				return nil
			}
			p.mark = m
			return []Expr{a}
		}
	}
	p.mark = mark
	if p.expect(DOUBLESTAR) != nil {
		if a := p.expression(); a != nil {
			return []Expr{a}
		}
	}
	p.mark = mark
	return nil
}

// expressionList: ','.expression+
func (p *parser) expressionList() []Expr {
	a := p.expression()
	if a == nil {
		return nil
	}
	out := []Expr{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		b := p.expression()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	if p.err != nil {
		return nil
	}
	return out
}
