package syntax

// Primary elements and atoms (python.gram: Primary elements, LITERALS,
// Comprehensions & Generators).

// primary (left-recursive):
//
//	| primary '.' NAME
//	| primary genexp
//	| primary '(' [arguments] ')'
//	| primary '[' slices ']'
//	| atom
func (p *parser) primary() (res Expr) {
	if p.fullMemo {
		if r, ok := p.memoGet(mPrimary); ok {
			e, _ := r.(Expr)
			return e
		}
		defer p.memoSetFrom(p.mark, mPrimary, &res)
	}
	mark := p.mark
	// CPython: primary, primary_raw and atom.
	if p.enterN(3) {
		if r, ok := p.tPrimaryPrefix(); ok {
			res = r
		} else {
			res = p.atom()
		}
		for res != nil && p.err == nil {
			next := p.primaryTrailer(mark, res)
			if next == nil {
				break
			}
			res = next
		}
	}
	p.level -= 3
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	return res
}

// tPrimaryPrefix returns the t_primary parsed at the current position,
// if any, moving past it. In the first pass a primary starts with the
// same atom and trailers as a t_primary there (t_primary only stops
// earlier, before a trailer not followed by '(', '[' or '.'), so the
// primary can go on from it instead of building the same nodes again.
// In the second pass primary tries genexp's invalid alternative first
// and may not agree.
func (p *parser) tPrimaryPrefix() (Expr, bool) {
	if p.callInvalid {
		return nil, false
	}
	m := p.mark
	r, ok := p.memoGet(mTPrimary)
	if !ok || r == nil {
		p.mark = m
		return nil, false
	}
	e, _ := r.(Expr)
	if e == nil {
		p.mark = m
		return nil, false
	}
	return e, true
}

// primaryTrailer extends a, the primary that started at mark, by one
// attribute, call or subscript, or returns nil.
func (p *parser) primaryTrailer(mark int, a Expr) Expr {
	m := p.mark
	switch p.peek().kind {
	case DOT:
		p.mark++
		if b := p.expect(NAME); b != nil {
			return &Attribute{Span: p.span(mark), Value: a, Attr: p.identifier(p.text(b)), Ctx: Load}
		}
	case LPAR:
		if g := p.genexp(); g != nil {
			return &Call{Span: p.span(mark), Func: a, Args: []Expr{g}}
		}
		if p.err != nil {
			return nil
		}
		p.mark++
		args := p.arguments()
		if p.err != nil {
			return nil
		}
		if p.expect(RPAR) != nil {
			c := &Call{Span: p.span(mark), Func: a}
			if args != nil {
				c.Args, c.Keywords = args.Args, args.Keywords
			}
			return c
		}
	case LSQB:
		if p.callInvalid {
			// "primary genexp": in the second pass genexp's
			// invalid_comprehension also starts with '[' or '{'.
			if p.genexp(); p.err != nil {
				return nil
			}
			p.mark = m
		}
		p.mark++
		if b := p.slices(); b != nil {
			if p.expect(RSQB) != nil {
				return &Subscript{Span: p.span(mark), Value: a, Slice: b, Ctx: Load}
			}
		}
	case LBRACE:
		if p.callInvalid {
			p.genexp()
		}
	}
	p.mark = m
	return nil
}

// slices:
//
//	| slice !','
//	| ','.(slice | starred_expression)+ [',']
func (p *parser) slices() Expr {
	mark := p.mark
	first := p.slice()
	if first != nil && !p.check(COMMA) {
		return first
	}
	if p.err != nil {
		return nil
	}
	if first == nil {
		if first = p.starredExpression(); first == nil {
			return nil
		}
	}
	elts := []Expr{first}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		e := p.slice()
		if e == nil && p.err == nil {
			e = p.starredExpression()
		}
		if e == nil {
			p.mark = m
			break
		}
		elts = append(elts, e)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Load}
}

// slice:
//
//	| [expression] ':' [expression] [':' [expression]]
//	| named_expression
func (p *parser) slice() Expr {
	mark := p.mark
	lower := p.expression()
	if p.err != nil {
		return nil
	}
	if p.expect(COLON) != nil {
		upper := p.expression()
		if p.err != nil {
			return nil
		}
		var step Expr
		m := p.mark
		if p.expect(COLON) != nil {
			step = p.expression()
			if p.err != nil {
				return nil
			}
		}
		_ = m
		return &Slice{Span: p.span(mark), Lower: lower, Upper: upper, Step: step}
	}
	p.mark = mark
	return p.namedExpression()
}

// atom:
//
//	| NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//	| &'(' (tuple | group | genexp)
//	| &'[' (list | listcomp)
//	| &'{' (dict | set | dictcomp | setcomp)
//	| '...'
func (p *parser) atom() Expr {
	t := p.peek()
	switch t.kind {
	case NAME:
		p.mark++
		return p.nameFromToken(t)
	case kwTrue:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: true}
	case kwFalse:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: false}
	case kwNone:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: None}
	case STRING:
		return p.strings()
	case NUMBER:
		return p.number()
	case LPAR:
		if e := p.tuple(); e != nil || p.err != nil {
			return e
		}
		if e := p.group(); e != nil || p.err != nil {
			return e
		}
		return p.genexp()
	case LSQB:
		if e := p.list(); e != nil || p.err != nil {
			return e
		}
		return p.listcomp()
	case LBRACE:
		if e := p.dict(); e != nil || p.err != nil {
			return e
		}
		if e := p.set(); e != nil || p.err != nil {
			return e
		}
		if e := p.dictcomp(); e != nil || p.err != nil {
			return e
		}
		return p.setcomp()
	case ELLIPSIS:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: Ellipsis}
	}
	return nil
}

// number parses a NUMBER token into a Constant.
func (p *parser) number() Expr {
	t := p.expect(NUMBER)
	if t == nil {
		return nil
	}
	v, err := NumberValue(p.text(t))
	if err != nil {
		// The only error: too many digits for the int conversion limit.
		p.mark--
		s := p.tokSpan(t)
		p.raiseSpan(s, err.Msg+" - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
		return nil
	}
	return &Constant{Span: p.tokSpan(t), Value: v}
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
func (p *parser) group() Expr {
	mark := p.mark
	if p.expect(LPAR) == nil {
		return nil
	}
	a := p.yieldExpr()
	if a == nil && p.err == nil {
		a = p.namedExpression()
	}
	if a != nil && p.expect(RPAR) != nil {
		return a
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidGroup()
		p.mark = mark
	}
	return nil
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
func (p *parser) tuple() Expr {
	mark := p.mark
	if p.expect(LPAR) == nil {
		return nil
	}
	var elts []Expr
	m := p.mark
	if y := p.starNamedExpression(); y != nil {
		if p.expect(COMMA) != nil {
			z := p.starNamedExpressions()
			if p.err != nil {
				return nil
			}
			elts = append([]Expr{y}, z...)
		} else {
			p.mark = m
		}
	}
	if p.err != nil {
		return nil
	}
	if p.expect(RPAR) == nil {
		p.mark = mark
		return nil
	}
	return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Load}
}

// genexp:
//
//	| '(' (assignment_expression | expression !':=') for_if_clauses ')'
//	| invalid_comprehension
func (p *parser) genexp() Expr {
	mark := p.mark
	if p.expect(LPAR) != nil {
		if a := p.assignmentOrExpression(); a != nil {
			if gens := p.forIfClauses(); gens != nil {
				if p.expect(RPAR) != nil {
					return &GeneratorExp{Span: p.span(mark), Elt: a, Generators: gens}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidComprehension()
		p.mark = mark
	}
	return nil
}

// assignmentOrExpression: assignment_expression | expression !':='
func (p *parser) assignmentOrExpression() Expr {
	mark := p.mark
	if a := p.assignmentExpression(); a != nil || p.err != nil {
		return a
	}
	a := p.expression()
	if a != nil && p.check(COLONEQUAL) {
		p.mark = mark
		return nil
	}
	return a
}

// list: '[' [star_named_expressions] ']'
func (p *parser) list() Expr {
	mark := p.mark
	if p.expect(LSQB) == nil {
		return nil
	}
	elts := p.starNamedExpressions()
	if p.err != nil {
		return nil
	}
	if p.expect(RSQB) == nil {
		p.mark = mark
		return nil
	}
	return &List{Span: p.span(mark), Elts: elts, Ctx: Load}
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
func (p *parser) listcomp() Expr {
	mark := p.mark
	if p.expect(LSQB) != nil {
		if a := p.namedExpression(); a != nil {
			if gens := p.forIfClauses(); gens != nil {
				if p.expect(RSQB) != nil {
					return &ListComp{Span: p.span(mark), Elt: a, Generators: gens}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidComprehension()
		p.mark = mark
	}
	return nil
}

// set: '{' star_named_expressions '}'
func (p *parser) set() Expr {
	mark := p.mark
	if p.expect(LBRACE) == nil {
		return nil
	}
	elts := p.starNamedExpressions()
	if elts == nil || p.expect(RBRACE) == nil {
		p.mark = mark
		return nil
	}
	return &Set{Span: p.span(mark), Elts: elts}
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
func (p *parser) setcomp() Expr {
	mark := p.mark
	if p.expect(LBRACE) != nil {
		if a := p.namedExpression(); a != nil {
			if gens := p.forIfClauses(); gens != nil {
				if p.expect(RBRACE) != nil {
					return &SetComp{Span: p.span(mark), Elt: a, Generators: gens}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidComprehension()
		p.mark = mark
	}
	return nil
}

// kvPair is a key and value of a dict display; Key is nil for **mapping.
type kvPair struct {
	Key, Value Expr
}

// dict:
//
//	| '{' [double_starred_kvpairs] '}'
//	| '{' invalid_double_starred_kvpairs '}'
func (p *parser) dict() Expr {
	mark := p.mark
	if p.expect(LBRACE) == nil {
		return nil
	}
	pairs := p.doubleStarredKVPairs()
	if p.err != nil {
		return nil
	}
	if p.expect(RBRACE) != nil {
		d := &Dict{Span: p.span(mark)}
		if len(pairs) > 0 {
			d.Keys = make([]Expr, len(pairs))
			d.Values = make([]Expr, len(pairs))
			for i, kv := range pairs {
				d.Keys[i], d.Values[i] = kv.Key, kv.Value
			}
		}
		return d
	}
	// '{' invalid_double_starred_kvpairs '}': CPython only guards
	// alternatives made of a single invalid_* rule, so this one runs in
	// the first pass too.
	p.mark = mark + 1
	p.invalidDoubleStarredKVPairs()
	p.mark = mark
	return nil
}

// doubleStarredKVPairs: ','.double_starred_kvpair+ [',']
func (p *parser) doubleStarredKVPairs() []kvPair {
	kv, ok := p.doubleStarredKVPair()
	if !ok {
		return nil
	}
	out := []kvPair{kv}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		kv, ok := p.doubleStarredKVPair()
		if !ok {
			p.mark = m
			break
		}
		out = append(out, kv)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return out
}

// doubleStarredKVPair: '**' bitwise_or | kvpair
func (p *parser) doubleStarredKVPair() (kvPair, bool) {
	mark := p.mark
	if p.expect(DOUBLESTAR) != nil {
		if a := p.bitwiseOr(); a != nil {
			return kvPair{Value: a}, true
		}
		p.mark = mark
		if p.err != nil {
			return kvPair{}, false
		}
	}
	return p.kvpair()
}

// kvpair: expression ':' expression
func (p *parser) kvpair() (kvPair, bool) {
	mark := p.mark
	if a := p.expression(); a != nil {
		if p.expect(COLON) != nil {
			if b := p.expression(); b != nil {
				return kvPair{a, b}, true
			}
		}
	}
	p.mark = mark
	return kvPair{}, false
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
func (p *parser) dictcomp() Expr {
	mark := p.mark
	if p.expect(LBRACE) != nil {
		if kv, ok := p.kvpair(); ok {
			if gens := p.forIfClauses(); gens != nil {
				if p.expect(RBRACE) != nil {
					return &DictComp{Span: p.span(mark), Key: kv.Key, Value: kv.Value, Generators: gens}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidDictComprehension()
		p.mark = mark
	}
	return nil
}

// forIfClauses: for_if_clause+
func (p *parser) forIfClauses() []*Comprehension {
	var out []*Comprehension
	for {
		c := p.forIfClause()
		if c == nil {
			break
		}
		out = append(out, c)
	}
	if p.err != nil {
		return nil
	}
	return out
}

// forIfClause:
//
//	| ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//	| 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//	| invalid_for_target
func (p *parser) forIfClause() *Comprehension {
	mark := p.mark
	async := 0
	if p.expect(kwAsync) != nil {
		async = 1
	}
	if p.expect(kwFor) != nil {
		if target := p.starTargets(); target != nil {
			if p.expect(kwIn) != nil {
				// The cut: from here a failure fails the whole rule.
				iter := p.disjunction()
				if iter == nil {
					p.mark = mark
					return nil
				}
				var ifs []Expr
				for {
					m := p.mark
					if p.expect(kwIf) == nil {
						break
					}
					z := p.disjunction()
					if z == nil {
						p.mark = m
						break
					}
					ifs = append(ifs, z)
				}
				if p.err != nil {
					return nil
				}
				return &Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: async}
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

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambdef() Expr {
	mark := p.mark
	if p.expect(kwLambda) == nil {
		return nil
	}
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
	args := p.lambdaParams()
	if p.err != nil {
		return nil
	}
	if p.expect(COLON) == nil {
		p.mark = mark
		return nil
	}
	body := p.expression()
	if body == nil {
		p.mark = mark
		return nil
	}
	if args == nil {
		args = emptyArguments()
	}
	return &Lambda{Span: p.span(mark), Args: args, Body: body}
}

// starredExpression: '*' expression
func (p *parser) starredExpression() Expr {
	mark := p.mark
	if p.expect(STAR) == nil {
		return nil
	}
	a := p.expression()
	if a == nil {
		p.mark = mark
		return nil
	}
	return &Starred{Span: p.span(mark), Value: a, Ctx: Load}
}
