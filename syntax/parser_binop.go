package syntax

// Binary operators, unary operators and powers (python.gram: Bitwise
// operators, Arithmetic operators). CPython parses the grammar's
// left-recursive rules by growing a memoised seed; the chains they make
// are built here by precedence climbing.

// Binding strengths of the binary operators, weakest first.
const (
	precNone = iota
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precSum
	precTerm
)

// binaryOp returns the operator of a token kind and its binding strength
// (precNone for tokens that are not binary operators).
func binaryOp(k Kind) (Operator, int) {
	switch k {
	case VBAR:
		return OpBitOr, precBitOr
	case CIRCUMFLEX:
		return OpBitXor, precBitXor
	case AMPER:
		return OpBitAnd, precBitAnd
	case LEFTSHIFT:
		return OpLShift, precShift
	case RIGHTSHIFT:
		return OpRShift, precShift
	case PLUS:
		return OpAdd, precSum
	case MINUS:
		return OpSub, precSum
	case STAR:
		return OpMult, precTerm
	case SLASH:
		return OpDiv, precTerm
	case DOUBLESLASH:
		return OpFloorDiv, precTerm
	case PERCENT:
		return OpMod, precTerm
	case AT:
		return OpMatMult, precTerm
	}
	return 0, precNone
}

// bitwiseOr parses the grammar's chain of left-recursive binary rules
//
//	bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
//	bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
//	bitwise_and: bitwise_and '&' shift_expr | shift_expr
//	shift_expr: shift_expr ('<<' | '>>') sum | sum
//	sum: sum ('+' | '-') term | term
//	term: term ('*' | '/' | '//' | '%' | '@') factor | factor
//
// by precedence climbing, which builds the same left-associative BinOp
// trees and looks at the same tokens: after each operand, the next one.
func (p *parser) bitwiseOr() Expr {
	return p.binary(precBitOr)
}

// binary parses operands joined by operators binding at least as
// strongly as minPrec.
func (p *parser) binary(minPrec int) (left Expr) {
	if p.fullMemo {
		rule := mBitwiseOr + memoRule(minPrec-precBitOr)
		if r, ok := p.memoGet(rule); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, rule, &left)
	}
	mark := p.mark
	// CPython: a rule and its _raw function for each level down to term.
	weight := 2 * (precTerm - minPrec + 1)
	if !p.enterN(weight) {
		p.level -= weight
		return nil
	}
	left = p.factor()
	for left != nil {
		op, prec := binaryOp(p.peek().kind)
		if prec < minPrec {
			break
		}
		m := p.mark
		p.mark++
		right := p.binary(prec + 1)
		if right == nil {
			p.mark = m
			break
		}
		left = &BinOp{Span: p.span(mark), Left: left, Op: op, Right: right}
	}
	p.level -= weight
	if p.err != nil {
		return nil
	}
	if left == nil {
		p.mark = mark
	}
	return left
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mFactor); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mFactor, &res)
	}
	mark := p.mark
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
	return res
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	mark := p.mark
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
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
func (p *parser) awaitPrimary() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mAwaitPrimary); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mAwaitPrimary, &res)
	}
	mark := p.mark
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
	return res
}
