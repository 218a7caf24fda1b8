package syntax

// Binary operators, unary operators and powers (python.gram: Bitwise
// operators, Arithmetic operators). The grammar's left-recursive rules
// (bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor, and so on) are
// loops here; CPython grows the same left-associative chain by
// re-running the rule with the previous result memoised.

// bitwiseOr (left-recursive): bitwise_or '|' bitwise_xor | bitwise_xor
func (p *parser) bitwiseOr() Expr {
	return p.binaryLeftRec(mBitwiseOr, p.bitwiseXor, func(k Kind) (Operator, bool) {
		return OpBitOr, k == VBAR
	})
}

// bitwiseXor (left-recursive): bitwise_xor '^' bitwise_and | bitwise_and
func (p *parser) bitwiseXor() Expr {
	return p.binaryLeftRec(mBitwiseXor, p.bitwiseAnd, func(k Kind) (Operator, bool) {
		return OpBitXor, k == CIRCUMFLEX
	})
}

// bitwiseAnd (left-recursive): bitwise_and '&' shift_expr | shift_expr
func (p *parser) bitwiseAnd() Expr {
	return p.binaryLeftRec(mBitwiseAnd, p.shiftExpr, func(k Kind) (Operator, bool) {
		return OpBitAnd, k == AMPER
	})
}

// shiftExpr (left-recursive): shift_expr ('<<' | '>>') sum | sum
func (p *parser) shiftExpr() Expr {
	return p.binaryLeftRec(mShiftExpr, p.sum, func(k Kind) (Operator, bool) {
		switch k {
		case LEFTSHIFT:
			return OpLShift, true
		case RIGHTSHIFT:
			return OpRShift, true
		}
		return 0, false
	})
}

// sum (left-recursive): sum ('+' | '-') term | term
func (p *parser) sum() Expr {
	return p.binaryLeftRec(mSum, p.term, func(k Kind) (Operator, bool) {
		switch k {
		case PLUS:
			return OpAdd, true
		case MINUS:
			return OpSub, true
		}
		return 0, false
	})
}

// term (left-recursive): term ('*' | '/' | '//' | '%' | '@') factor | factor
func (p *parser) term() Expr {
	return p.binaryLeftRec(mTerm, p.factor, func(k Kind) (Operator, bool) {
		switch k {
		case STAR:
			return OpMult, true
		case SLASH:
			return OpDiv, true
		case DOUBLESLASH:
			return OpFloorDiv, true
		case PERCENT:
			return OpMod, true
		case AT:
			return OpMatMult, true
		}
		return 0, false
	})
}

// binaryLeftRec parses operand (op operand)* as a left-associative chain
// of BinOp nodes, memoised under rule.
func (p *parser) binaryLeftRec(rule memoRule, operand func() Expr, opOf func(Kind) (Operator, bool)) Expr {
	if r, ok := p.memoGet(rule); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		res = operand()
		for res != nil {
			m := p.mark
			op, ok := opOf(p.peek().kind)
			if !ok {
				break
			}
			p.mark++
			b := operand()
			if b == nil {
				p.mark = m
				break
			}
			res = &BinOp{Span: p.span(mark), Left: res, Op: op, Right: b}
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, rule, res)
	return res
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	if r, ok := p.memoGet(mFactor); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		var op UnaryOperator
		unary := true
		switch p.peek().kind {
		case PLUS:
			op = UAdd
		case MINUS:
			op = USub
		case TILDE:
			op = Invert
		default:
			unary = false
		}
		if unary {
			p.mark++
			if a := p.factor(); a != nil {
				res = &UnaryOp{Span: p.span(mark), Op: op, Operand: a}
			} else {
				p.mark = mark
			}
		}
		if res == nil && p.err == nil {
			res = p.power()
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mFactor, res)
	return res
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	mark := p.mark
	a := p.awaitPrimary()
	if a == nil {
		return nil
	}
	m := p.mark
	if p.expect(DOUBLESTAR) != nil {
		if b := p.factor(); b != nil {
			return &BinOp{Span: p.span(mark), Left: a, Op: OpPow, Right: b}
		}
		if p.err != nil {
			return nil
		}
		p.mark = m
	}
	return a
}

// awaitPrimary (memo): AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if r, ok := p.memoGet(mAwaitPrimary); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		if p.expect(kwAwait) != nil {
			if a := p.primary(); a != nil {
				res = &Await{Span: p.span(mark), Value: a}
			} else {
				p.mark = mark
			}
		}
		if res == nil && p.err == nil {
			res = p.primary()
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mAwaitPrimary, res)
	return res
}
