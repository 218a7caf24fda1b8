package syntax

// Call arguments (python.gram: FUNCTION CALL ARGUMENTS). The rules
// return a Call node without Func, as CPython's do, from which the
// callers take Args and Keywords.

// arguments (memo): args [','] &')' | invalid_arguments
func (p *parser) arguments() *Call {
	if k := p.peek().kind; !exprStart[k] && k != STAR && k != DOUBLESTAR {
		return nil
	}
	if r, ok := p.memoGet(mArguments); ok {
		c, _ := r.(*Call)
		return c
	}
	mark := p.mark
	var res *Call
	if p.enter() {
		if a := p.args(); a != nil {
			p.expect(COMMA)
			if p.check(RPAR) {
				res = a
			}
		}
		if res == nil && p.err == nil {
			p.mark = mark
			if p.callInvalid {
				p.invalidArguments()
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
	p.memoSet(mark, mArguments, res)
	return res
}

// args:
//
//	| ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	| kwargs
func (p *parser) args() *Call {
	mark := p.mark
	if a := p.positionalArg(); a != nil {
		pos := []Expr{a}
		for {
			m := p.mark
			if p.expect(COMMA) == nil {
				break
			}
			a := p.positionalArg()
			if a == nil {
				p.mark = m
				break
			}
			pos = append(pos, a)
		}
		if p.err != nil {
			return nil
		}
		var kw []kwOrStarred
		m := p.mark
		if p.expect(COMMA) != nil {
			if kw = p.kwargs(); kw == nil {
				p.mark = m
			}
		}
		if p.err != nil {
			return nil
		}
		c := &Call{Span: p.span(mark), Args: pos}
		for _, k := range kw {
			if k.kw == nil {
				c.Args = append(c.Args, k.starred)
			}
		}
		for _, k := range kw {
			if k.kw != nil {
				c.Keywords = append(c.Keywords, k.kw)
			}
		}
		return c
	}
	if p.err != nil {
		return nil
	}
	if kw := p.kwargs(); kw != nil {
		c := &Call{Span: p.span(mark)}
		for _, k := range kw {
			if k.kw == nil {
				c.Args = append(c.Args, k.starred)
			} else {
				c.Keywords = append(c.Keywords, k.kw)
			}
		}
		return c
	}
	return nil
}

// positionalArg: starred_expression | (assignment_expression | expression !':=') !'='
func (p *parser) positionalArg() Expr {
	mark := p.mark
	if a := p.starredExpression(); a != nil || p.err != nil {
		return a
	}
	a := p.assignmentOrExpression()
	if a != nil && p.check(EQUAL) {
		p.mark = mark
		return nil
	}
	return a
}

// kwOrStarred is a keyword argument or a *iterable argument.
type kwOrStarred struct {
	kw      *Keyword
	starred Expr
}

// kwargs:
//
//	| ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//	| ','.kwarg_or_starred+
//	| ','.kwarg_or_double_starred+
func (p *parser) kwargs() []kwOrStarred {
	mark := p.mark
	if a := p.kwargList(false); a != nil {
		m := p.mark
		if p.expect(COMMA) != nil {
			if b := p.kwargList(true); b != nil {
				return append(a, b...)
			}
		}
		if p.err != nil {
			return nil
		}
		p.mark = m
		return a
	}
	if p.err != nil {
		return nil
	}
	p.mark = mark
	return p.kwargList(true)
}

// kwargList: ','.kwarg_or_starred+ (or ','.kwarg_or_double_starred+
// when double is set)
func (p *parser) kwargList(double bool) []kwOrStarred {
	k, ok := p.kwarg(double)
	if !ok {
		return nil
	}
	out := []kwOrStarred{k}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		k, ok := p.kwarg(double)
		if !ok {
			p.mark = m
			break
		}
		out = append(out, k)
	}
	if p.err != nil {
		return nil
	}
	return out
}

// kwarg parses kwarg_or_starred (or kwarg_or_double_starred):
//
//	| invalid_kwarg
//	| NAME '=' expression
//	| starred_expression        (kwarg_or_starred)
//	| '**' expression           (kwarg_or_double_starred)
func (p *parser) kwarg(double bool) (kwOrStarred, bool) {
	mark := p.mark
	if p.callInvalid {
		if p.invalidKwarg(); p.err != nil {
			return kwOrStarred{}, false
		}
		p.mark = mark
	}
	if t := p.expect(NAME); t != nil {
		if p.expect(EQUAL) != nil {
			if b := p.expression(); b != nil {
				return kwOrStarred{kw: &Keyword{Span: p.span(mark), Arg: p.identifier(p.text(t)), Value: b}}, true
			}
		}
		p.mark = mark
		if p.err != nil {
			return kwOrStarred{}, false
		}
	}
	if !double {
		if a := p.starredExpression(); a != nil {
			return kwOrStarred{starred: a}, true
		}
		return kwOrStarred{}, false
	}
	if p.expect(DOUBLESTAR) != nil {
		if a := p.expression(); a != nil {
			return kwOrStarred{kw: &Keyword{Span: p.span(mark), Value: a}}, true
		}
	}
	p.mark = mark
	return kwOrStarred{}, false
}
