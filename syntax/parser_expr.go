package syntax

// Expressions (python.gram: EXPRESSIONS down to comparisons).

// expressions (eval mode):
//
//	| expression (',' expression)+ [','] | expression ',' | expression
func (p *parser) expressions() Expr {
	mark := p.mark
	a := p.expression()
	if a == nil {
		return nil
	}
	return p.tupleRest(mark, a, p.expression)
}

// tupleRest finishes the three alternatives "a (',' b)+ [',']",
// "a ','" and "a" shared by expressions, star_expressions and friends,
// parsing each further element with elem.
func (p *parser) tupleRest(mark int, a Expr, elem func() Expr) Expr {
	var elts []Expr
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		c := elem()
		if c == nil {
			p.mark = m
			break
		}
		if elts == nil {
			elts = append(make([]Expr, 0, 4), a)
		}
		elts = append(elts, c)
	}
	if p.err != nil {
		return nil
	}
	if elts != nil {
		p.expect(COMMA)
		return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Load}
	}
	if p.expect(COMMA) != nil {
		return &Tuple{Span: p.span(mark), Elts: []Expr{a}, Ctx: Load}
	}
	return a
}

// expression (memo):
//
//	| invalid_expression
//	| invalid_legacy_expression
//	| disjunction 'if' disjunction 'else' expression
//	| disjunction
//	| lambdef
func (p *parser) expression() Expr {
	if !exprStart[p.peek().kind] {
		// No alternative can match: fail without a memo entry.
		return nil
	}
	if r, ok := p.memoGet(mExpression); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		res = p.expressionBody(true)
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mExpression, res)
	return res
}

// expressionWithoutInvalid is expression without its invalid_*
// alternatives, and without them in the rules it calls.
func (p *parser) expressionWithoutInvalid() Expr {
	if !p.callInvalid {
		return p.expression()
	}
	mark := p.mark
	p.callInvalid = false
	var res Expr
	if p.enter() {
		res = p.expressionBody(false)
	}
	p.leave()
	p.callInvalid = true
	if res == nil {
		p.mark = mark
	}
	return res
}

func (p *parser) expressionBody(withInvalid bool) Expr {
	mark := p.mark
	if withInvalid && p.callInvalid {
		if p.invalidExpression(); p.err != nil {
			return nil
		}
		p.mark = mark
		if p.invalidLegacyExpression(); p.err != nil {
			return nil
		}
		p.mark = mark
	}
	if a := p.disjunction(); a != nil {
		afterA := p.mark
		if p.expect(kwIf) != nil {
			if b := p.disjunction(); b != nil {
				if p.expect(kwElse) != nil {
					if c := p.expression(); c != nil {
						return &IfExp{Span: p.span(mark), Test: b, Body: a, Orelse: c}
					}
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
	return p.lambdef()
}

// yieldExpr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	mark := p.mark
	if p.expect(kwYield) == nil {
		return nil
	}
	if p.expect(kwFrom) != nil {
		if a := p.expression(); a != nil {
			return &YieldFrom{Span: p.span(mark), Value: a}
		}
		if p.err != nil {
			return nil
		}
		p.mark = mark + 1
	}
	a := p.starExpressions()
	if p.err != nil {
		return nil
	}
	return &Yield{Span: p.span(mark), Value: a}
}

// starExpressions:
//
//	| star_expression (',' star_expression)+ [',']
//	| star_expression ','
//	| star_expression
func (p *parser) starExpressions() Expr {
	mark := p.mark
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
	a := p.starExpression()
	if a == nil {
		return nil
	}
	return p.tupleRest(mark, a, p.starExpression)
}

// starExpression (memo): '*' bitwise_or | expression
func (p *parser) starExpression() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mStarExpression); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mStarExpression, &res)
	}
	mark := p.mark
	if p.enter() {
		if p.expect(STAR) != nil {
			if a := p.bitwiseOr(); a != nil {
				res = &Starred{Span: p.span(mark), Value: a, Ctx: Load}
			} else {
				p.mark = mark
			}
		}
		if res == nil && p.err == nil {
			res = p.expression()
		}
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	return res
}

// starNamedExpressions: ','.star_named_expression+ [',']
func (p *parser) starNamedExpressions() []Expr {
	a := p.starNamedExpression()
	if a == nil {
		return nil
	}
	out := []Expr{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		a := p.starNamedExpression()
		if a == nil {
			p.mark = m
			break
		}
		out = append(out, a)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return out
}

// starNamedExpression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	mark := p.mark
	if p.expect(STAR) != nil {
		if a := p.bitwiseOr(); a != nil {
			return &Starred{Span: p.span(mark), Value: a, Ctx: Load}
		}
		p.mark = mark
		if p.err != nil {
			return nil
		}
	}
	return p.namedExpression()
}

// assignmentExpression: NAME ':=' ~ expression
func (p *parser) assignmentExpression() Expr {
	mark := p.mark
	t := p.peek()
	if t.kind != NAME {
		return nil
	}
	p.mark++
	if p.expect(COLONEQUAL) == nil {
		p.mark = mark
		return nil
	}
	b := p.expression()
	if b == nil {
		p.mark = mark
		return nil
	}
	target := p.nameFromToken(t)
	target.Ctx = Store
	return &NamedExpr{Span: p.span(mark), Target: target, Value: b}
}

// namedExpression:
//
//	| assignment_expression
//	| invalid_named_expression
//	| expression !':='
func (p *parser) namedExpression() Expr {
	mark := p.mark
	if e := p.assignmentExpression(); e != nil || p.err != nil {
		return e
	}
	if p.callInvalid {
		if p.invalidNamedExpression(); p.err != nil {
			return nil
		}
		p.mark = mark
	}
	e := p.expression()
	if e == nil {
		return nil
	}
	if p.check(COLONEQUAL) {
		p.mark = mark
		return nil
	}
	return e
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
func (p *parser) disjunction() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mDisjunction); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mDisjunction, &res)
	}
	mark := p.mark
	if p.enter() {
		res = p.boolOp(kwOr, Or, p.conjunction)
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	return res
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
func (p *parser) conjunction() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mConjunction); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mConjunction, &res)
	}
	mark := p.mark
	if p.enter() {
		res = p.boolOp(kwAnd, And, p.inversion)
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	return res
}

// boolOp parses "a (kw b)+ | a" for the and/or rules.
func (p *parser) boolOp(kw Kind, op BoolOperator, operand func() Expr) Expr {
	mark := p.mark
	a := operand()
	if a == nil {
		return nil
	}
	var values []Expr
	for {
		m := p.mark
		if p.expect(kw) == nil {
			break
		}
		c := operand()
		if c == nil {
			p.mark = m
			break
		}
		if values == nil {
			values = append(make([]Expr, 0, 4), a)
		}
		values = append(values, c)
	}
	if p.err != nil {
		return nil
	}
	if values == nil {
		return a
	}
	return &BoolOp{Span: p.span(mark), Op: op, Values: values}
}

// inversion (memo): 'not' inversion | comparison
func (p *parser) inversion() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mInversion); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mInversion, &res)
	}
	mark := p.mark
	if p.enter() {
		if p.expect(kwNot) != nil {
			if a := p.inversion(); a != nil {
				res = &UnaryOp{Span: p.span(mark), Op: Not, Operand: a}
			} else {
				p.mark = mark
			}
		}
		if res == nil && p.err == nil {
			res = p.comparison()
		}
	}
	p.leave()
	if res == nil {
		p.mark = mark
	}
	return res
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	mark := p.mark
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
	a := p.bitwiseOr()
	if a == nil {
		return nil
	}
	var ops []CmpOp
	var comparators []Expr
	for {
		op, b, ok := p.compareOpPair()
		if !ok {
			break
		}
		ops = append(ops, op)
		comparators = append(comparators, b)
	}
	if p.err != nil {
		return nil
	}
	if ops == nil {
		return a
	}
	return &Compare{Span: p.span(mark), Left: a, Ops: ops, Comparators: comparators}
}

// compareOpPair: one of eq_bitwise_or ... is_bitwise_or, such as
// '==' bitwise_or or 'not' 'in' bitwise_or.
func (p *parser) compareOpPair() (CmpOp, Expr, bool) {
	mark := p.mark
	t := p.peek()
	var op CmpOp
	n := 1 // tokens in the operator
	switch t.kind {
	case EQEQUAL:
		op = CmpEq
	case NOTEQUAL:
		if !p.checkBarry(t) {
			return 0, nil, false
		}
		op = CmpNotEq
	case LESSEQUAL:
		op = CmpLtE
	case LESS:
		op = CmpLt
	case GREATEREQUAL:
		op = CmpGtE
	case GREATER:
		op = CmpGt
	case kwNot:
		p.mark++
		ok := p.check(kwIn)
		p.mark = mark
		if !ok {
			return 0, nil, false
		}
		op, n = CmpNotIn, 2
	case kwIn:
		op = CmpIn
	case kwIs:
		p.mark++
		if p.expect(kwNot) != nil {
			if b := p.bitwiseOr(); b != nil {
				return CmpIsNot, b, true
			}
			if p.err != nil {
				return 0, nil, false
			}
		}
		p.mark = mark
		op = CmpIs
	default:
		return 0, nil, false
	}
	p.mark += n
	b := p.bitwiseOr()
	if b == nil {
		p.mark = mark
		return 0, nil, false
	}
	return op, b, true
}

// checkBarry applies CPython's _PyPegen_check_barry_as_flufl to a
// NOTEQUAL token: without the future flag only "!=" is allowed, with it
// only "<>".
func (p *parser) checkBarry(t *ptok) bool {
	if p.flags&BarryAsFLUFL != 0 {
		if p.text(t) != "<>" {
			p.raise("SyntaxError", "with Barry as BDFL, use '<>' instead of '!='")
			return false
		}
		return true
	}
	return p.text(t) == "!="
}
