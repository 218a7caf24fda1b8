package syntax

// Assignment and del targets (python.gram: ASSIGNMENT TARGETS, Targets
// for del statements).

// starTargets:
//
//	| star_target !','
//	| star_target (',' star_target)* [',']
func (p *parser) starTargets() Expr {
	mark := p.mark
	a := p.starTarget()
	if a == nil {
		return nil
	}
	if !p.check(COMMA) {
		return a
	}
	elts := []Expr{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		c := p.starTarget()
		if c == nil {
			p.mark = m
			break
		}
		elts = append(elts, c)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Store}
}

// starTargetsListSeq: ','.star_target+ [',']
func (p *parser) starTargetsListSeq() []Expr {
	a := p.starTarget()
	if a == nil {
		return nil
	}
	elts := []Expr{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		c := p.starTarget()
		if c == nil {
			p.mark = m
			break
		}
		elts = append(elts, c)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return elts
}

// starTargetsTupleSeq:
//
//	| star_target (',' star_target)+ [',']
//	| star_target ','
func (p *parser) starTargetsTupleSeq() []Expr {
	mark := p.mark
	a := p.starTarget()
	if a == nil {
		return nil
	}
	elts := []Expr{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		c := p.starTarget()
		if c == nil {
			p.mark = m
			break
		}
		elts = append(elts, c)
	}
	if p.err != nil {
		return nil
	}
	if len(elts) > 1 {
		p.expect(COMMA)
		return elts
	}
	if p.expect(COMMA) != nil {
		return elts
	}
	p.mark = mark
	return nil
}

// starTarget (memo): '*' (!'*' star_target) | target_with_star_atom
func (p *parser) starTarget() Expr {
	if k := p.peek().kind; !atomStart[k] && k != STAR {
		return nil
	}
	if r, ok := p.memoGet(mStarTarget); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		if p.expect(STAR) != nil {
			if !p.check(STAR) {
				if a := p.starTarget(); a != nil {
					res = &Starred{Span: p.span(mark), Value: setContext(a, Store), Ctx: Store}
				}
			}
			if res == nil {
				p.mark = mark
			}
		}
		if res == nil && p.err == nil {
			res = p.targetWithStarAtom()
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mStarTarget, res)
	return res
}

// targetWithStarAtom (memo):
//
//	| t_primary '.' NAME !t_lookahead
//	| t_primary '[' slices ']' !t_lookahead
//	| star_atom
func (p *parser) targetWithStarAtom() Expr {
	if r, ok := p.memoGet(mTargetWithStarAtom); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		if res = p.subscriptAttributeTarget(Store); res == nil && p.err == nil {
			res = p.starAtom()
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mTargetWithStarAtom, res)
	return res
}

// subscriptAttributeTarget parses the two alternatives
//
//	| t_primary '.' NAME !t_lookahead
//	| t_primary '[' slices ']' !t_lookahead
//
// shared by target_with_star_atom, single_subscript_attribute_target and
// del_target, giving the node context ctx.
func (p *parser) subscriptAttributeTarget(ctx ExprContext) Expr {
	mark := p.mark
	a := p.tPrimary()
	if a == nil {
		return nil
	}
	afterA := p.mark
	if p.expect(DOT) != nil {
		if b := p.expect(NAME); b != nil && !p.tLookahead() {
			return &Attribute{Span: p.span(mark), Value: a, Attr: p.identifier(p.text(b)), Ctx: ctx}
		}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterA
	if p.expect(LSQB) != nil {
		if b := p.slices(); b != nil && p.expect(RSQB) != nil && !p.tLookahead() {
			return &Subscript{Span: p.span(mark), Value: a, Slice: b, Ctx: ctx}
		}
	}
	p.mark = mark
	return nil
}

// starAtom:
//
//	| NAME
//	| '(' target_with_star_atom ')'
//	| '(' [star_targets_tuple_seq] ')'
//	| '[' [star_targets_list_seq] ']'
func (p *parser) starAtom() Expr {
	mark := p.mark
	t := p.peek()
	switch t.kind {
	case NAME:
		p.mark++
		n := p.nameFromToken(t)
		n.Ctx = Store
		return n
	case LPAR:
		p.mark++
		if a := p.targetWithStarAtom(); a != nil {
			if p.expect(RPAR) != nil {
				return setContext(a, Store)
			}
		}
		if p.err != nil {
			return nil
		}
		p.mark = mark + 1
		elts := p.starTargetsTupleSeq()
		if p.err != nil {
			return nil
		}
		if p.expect(RPAR) != nil {
			return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Store}
		}
	case LSQB:
		p.mark++
		elts := p.starTargetsListSeq()
		if p.err != nil {
			return nil
		}
		if p.expect(RSQB) != nil {
			return &List{Span: p.span(mark), Elts: elts, Ctx: Store}
		}
	}
	p.mark = mark
	return nil
}

// singleTarget:
//
//	| single_subscript_attribute_target
//	| NAME
//	| '(' single_target ')'
func (p *parser) singleTarget() Expr {
	mark := p.mark
	if a := p.singleSubscriptAttributeTarget(); a != nil || p.err != nil {
		return a
	}
	t := p.peek()
	switch t.kind {
	case NAME:
		p.mark++
		n := p.nameFromToken(t)
		n.Ctx = Store
		return n
	case LPAR:
		p.mark++
		if a := p.singleTarget(); a != nil && p.expect(RPAR) != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// singleSubscriptAttributeTarget:
//
//	| t_primary '.' NAME !t_lookahead
//	| t_primary '[' slices ']' !t_lookahead
func (p *parser) singleSubscriptAttributeTarget() Expr {
	return p.subscriptAttributeTarget(Store)
}

// tPrimary (left-recursive):
//
//	| t_primary '.' NAME &t_lookahead
//	| t_primary '[' slices ']' &t_lookahead
//	| t_primary genexp &t_lookahead
//	| t_primary '(' [arguments] ')' &t_lookahead
//	| atom &t_lookahead
func (p *parser) tPrimary() Expr {
	if !atomStart[p.peek().kind] {
		return nil
	}
	if r, ok := p.memoGet(mTPrimary); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		if a := p.atom(); a != nil && p.tLookahead() {
			res = a
			for p.err == nil {
				next := p.tPrimaryTrailer(mark, res)
				if next == nil {
					break
				}
				res = next
			}
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mTPrimary, res)
	return res
}

// tPrimaryTrailer extends a, the t_primary started at mark, by one
// trailer that is itself followed by a t_lookahead, or returns nil.
func (p *parser) tPrimaryTrailer(mark int, a Expr) Expr {
	m := p.mark
	// t_primary '.' NAME &t_lookahead
	if p.expect(DOT) != nil {
		if b := p.expect(NAME); b != nil && p.tLookahead() {
			return &Attribute{Span: p.span(mark), Value: a, Attr: p.identifier(p.text(b)), Ctx: Load}
		}
	}
	p.mark = m
	// t_primary '[' slices ']' &t_lookahead
	if p.expect(LSQB) != nil {
		if b := p.slices(); b != nil && p.expect(RSQB) != nil && p.tLookahead() {
			return &Subscript{Span: p.span(mark), Value: a, Slice: b, Ctx: Load}
		}
	}
	p.mark = m
	if p.err != nil {
		return nil
	}
	// t_primary genexp &t_lookahead
	if g := p.genexp(); g != nil && p.tLookahead() {
		return &Call{Span: p.span(mark), Func: a, Args: []Expr{g}}
	}
	p.mark = m
	if p.err != nil {
		return nil
	}
	// t_primary '(' [arguments] ')' &t_lookahead
	if p.expect(LPAR) != nil {
		args := p.arguments()
		if p.err != nil {
			return nil
		}
		if p.expect(RPAR) != nil && p.tLookahead() {
			c := &Call{Span: p.span(mark), Func: a}
			if args != nil {
				c.Args, c.Keywords = args.Args, args.Keywords
			}
			return c
		}
	}
	p.mark = m
	return nil
}

// tLookahead reports whether the current token is '(', '[' or '.'.
func (p *parser) tLookahead() bool {
	switch p.peek().kind {
	case LPAR, LSQB, DOT:
		return true
	}
	return false
}

// delTargets: ','.del_target+ [',']
func (p *parser) delTargets() []Expr {
	a := p.delTarget()
	if a == nil {
		return nil
	}
	elts := []Expr{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		c := p.delTarget()
		if c == nil {
			p.mark = m
			break
		}
		elts = append(elts, c)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return elts
}

// delTarget (memo):
//
//	| t_primary '.' NAME !t_lookahead
//	| t_primary '[' slices ']' !t_lookahead
//	| del_t_atom
func (p *parser) delTarget() Expr {
	if r, ok := p.memoGet(mDelTarget); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if p.enter() {
		if res = p.subscriptAttributeTarget(Del); res == nil && p.err == nil {
			res = p.delTAtom()
		}
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mDelTarget, res)
	return res
}

// delTAtom:
//
//	| NAME
//	| '(' del_target ')'
//	| '(' [del_targets] ')'
//	| '[' [del_targets] ']'
func (p *parser) delTAtom() Expr {
	mark := p.mark
	t := p.peek()
	switch t.kind {
	case NAME:
		p.mark++
		n := p.nameFromToken(t)
		n.Ctx = Del
		return n
	case LPAR:
		p.mark++
		if a := p.delTarget(); a != nil && p.expect(RPAR) != nil {
			return setContext(a, Del)
		}
		if p.err != nil {
			return nil
		}
		p.mark = mark + 1
		elts := p.delTargets()
		if p.err != nil {
			return nil
		}
		if p.expect(RPAR) != nil {
			return &Tuple{Span: p.span(mark), Elts: elts, Ctx: Del}
		}
	case LSQB:
		p.mark++
		elts := p.delTargets()
		if p.err != nil {
			return nil
		}
		if p.expect(RSQB) != nil {
			return &List{Span: p.span(mark), Elts: elts, Ctx: Del}
		}
	}
	p.mark = mark
	return nil
}

// setContext returns a copy of e with context ctx, recursively for the
// elements of tuples and lists and the value of a starred expression
// (CPython's _PyPegen_set_expr_context); other expressions are returned
// as they are.
func setContext(e Expr, ctx ExprContext) Expr {
	switch e := e.(type) {
	case *Name:
		n := *e
		n.Ctx = ctx
		return &n
	case *Tuple:
		t := *e
		t.Elts = setSeqContext(e.Elts, ctx)
		t.Ctx = ctx
		return &t
	case *List:
		l := *e
		l.Elts = setSeqContext(e.Elts, ctx)
		l.Ctx = ctx
		return &l
	case *Subscript:
		s := *e
		s.Ctx = ctx
		return &s
	case *Attribute:
		a := *e
		a.Ctx = ctx
		return &a
	case *Starred:
		s := *e
		s.Value = setContext(e.Value, ctx)
		s.Ctx = ctx
		return &s
	}
	return e
}

func setSeqContext(elts []Expr, ctx ExprContext) []Expr {
	if len(elts) == 0 {
		return nil
	}
	out := make([]Expr, len(elts))
	for i, e := range elts {
		out[i] = setContext(e, ctx)
	}
	return out
}
