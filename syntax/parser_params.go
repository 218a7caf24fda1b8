package syntax

// Function and lambda parameters (python.gram: Function parameters and
// lambda_parameters). One set of functions serves both: for a lambda,
// parameters have no annotations or type comments and a parameter list
// ends at ':' instead of ')'.

// nameDefault is a parameter with its default value (nil for none).
type nameDefault struct {
	arg *Arg
	def Expr
}

// starEtc is what follows the positional parameters: *args, the
// keyword-only parameters and **kwargs.
type starEtc struct {
	vararg *Arg
	kwonly []nameDefault
	kwarg  *Arg
	has    bool
}

// emptyArguments is the arguments node of a function without parameters.
func emptyArguments() *Arguments {
	return &Arguments{}
}

// params: invalid_parameters | parameters
func (p *parser) params() *Arguments {
	return p.paramsOf(false)
}

// lambdaParams: invalid_lambda_parameters | lambda_parameters
func (p *parser) lambdaParams() *Arguments {
	return p.paramsOf(true)
}

func (p *parser) paramsOf(lambda bool) *Arguments {
	mark := p.mark
	if p.callInvalid {
		if p.invalidParameters(lambda); p.err != nil {
			return nil
		}
		p.mark = mark
	}
	return p.parameters(lambda)
}

// parameters:
//
//	| slash_no_default param_no_default* param_with_default* [star_etc]
//	| slash_with_default param_with_default* [star_etc]
//	| param_no_default+ param_with_default* [star_etc]
//	| param_with_default+ [star_etc]
//	| star_etc
func (p *parser) parameters(lambda bool) *Arguments {
	mark := p.mark
	if a := p.slashNoDefault(lambda); a != nil {
		b := p.paramNoDefaults(lambda)
		c := p.paramWithDefaults(lambda)
		d := p.optStarEtc(lambda)
		if p.err != nil {
			return nil
		}
		return makeArguments(a, nil, nil, b, c, d)
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if plain, withDef, ok := p.slashWithDefault(lambda); ok {
		b := p.paramWithDefaults(lambda)
		c := p.optStarEtc(lambda)
		if p.err != nil {
			return nil
		}
		return makeArguments(nil, plain, withDef, nil, b, c)
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if a := p.paramNoDefaults(lambda); a != nil {
		b := p.paramWithDefaults(lambda)
		c := p.optStarEtc(lambda)
		if p.err != nil {
			return nil
		}
		return makeArguments(nil, nil, nil, a, b, c)
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if a := p.paramWithDefaults(lambda); a != nil {
		b := p.optStarEtc(lambda)
		if p.err != nil {
			return nil
		}
		return makeArguments(nil, nil, nil, nil, a, b)
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if a := p.starEtc(lambda); a.has {
		return makeArguments(nil, nil, nil, nil, nil, a)
	}
	p.mark = mark
	return nil
}

// makeArguments builds the arguments node as CPython's
// _PyPegen_make_arguments does.
func makeArguments(slashNoDefault []*Arg, slashPlain []*Arg, slashWithDefault []nameDefault,
	plain []*Arg, withDefault []nameDefault, star starEtc) *Arguments {
	a := &Arguments{}
	switch {
	case slashNoDefault != nil:
		a.Posonlyargs = slashNoDefault
	case slashWithDefault != nil:
		a.Posonlyargs = append(append([]*Arg{}, slashPlain...), argsOf(slashWithDefault)...)
	}
	a.Args = append(append([]*Arg{}, plain...), argsOf(withDefault)...)
	if len(a.Args) == 0 {
		a.Args = nil
	}
	for _, nd := range slashWithDefault {
		a.Defaults = append(a.Defaults, nd.def)
	}
	for _, nd := range withDefault {
		a.Defaults = append(a.Defaults, nd.def)
	}
	a.Vararg = star.vararg
	for _, nd := range star.kwonly {
		a.Kwonlyargs = append(a.Kwonlyargs, nd.arg)
		a.KwDefaults = append(a.KwDefaults, nd.def)
	}
	a.Kwarg = star.kwarg
	return a
}

func argsOf(nds []nameDefault) []*Arg {
	out := make([]*Arg, len(nds))
	for i, nd := range nds {
		out[i] = nd.arg
	}
	return out
}

// endOfParams is the token that may follow the last parameter without a
// comma: ')' for a def, ':' for a lambda.
func endOfParams(lambda bool) Kind {
	if lambda {
		return COLON
	}
	return RPAR
}

// slashNoDefault: param_no_default+ '/' ',' | param_no_default+ '/' &')'
func (p *parser) slashNoDefault(lambda bool) []*Arg {
	mark := p.mark
	a := p.paramNoDefaults(lambda)
	if a == nil || p.expect(SLASH) == nil {
		p.mark = mark
		return nil
	}
	if p.expect(COMMA) != nil || p.check(endOfParams(lambda)) {
		return a
	}
	p.mark = mark
	return nil
}

// slashWithDefault:
//
//	| param_no_default* param_with_default+ '/' ','
//	| param_no_default* param_with_default+ '/' &')'
func (p *parser) slashWithDefault(lambda bool) ([]*Arg, []nameDefault, bool) {
	mark := p.mark
	a := p.paramNoDefaults(lambda)
	b := p.paramWithDefaults(lambda)
	if b == nil || p.expect(SLASH) == nil {
		p.mark = mark
		return nil, nil, false
	}
	if p.expect(COMMA) != nil || p.check(endOfParams(lambda)) {
		return a, b, true
	}
	p.mark = mark
	return nil, nil, false
}

// optStarEtc parses an optional star_etc.
func (p *parser) optStarEtc(lambda bool) starEtc {
	return p.starEtc(lambda)
}

// starEtc:
//
//	| invalid_star_etc
//	| '*' param_no_default param_maybe_default* [kwds]
//	| '*' param_no_default_star_annotation param_maybe_default* [kwds]
//	| '*' ',' param_maybe_default+ [kwds]
//	| kwds
func (p *parser) starEtc(lambda bool) starEtc {
	mark := p.mark
	if p.callInvalid {
		if p.invalidStarEtc(lambda); p.err != nil {
			return starEtc{}
		}
		p.mark = mark
	}
	if p.expect(STAR) != nil {
		afterStar := p.mark
		if a := p.paramNoDefault(lambda); a != nil {
			b := p.paramMaybeDefaults(lambda)
			c := p.kwds(lambda)
			if p.err != nil {
				return starEtc{}
			}
			return starEtc{vararg: a, kwonly: b, kwarg: c, has: true}
		}
		if p.err != nil {
			return starEtc{}
		}
		if !lambda {
			p.mark = afterStar
			if a := p.paramNoDefaultStarAnnotation(); a != nil {
				b := p.paramMaybeDefaults(lambda)
				c := p.kwds(lambda)
				if p.err != nil {
					return starEtc{}
				}
				return starEtc{vararg: a, kwonly: b, kwarg: c, has: true}
			}
			if p.err != nil {
				return starEtc{}
			}
		}
		p.mark = afterStar
		if p.expect(COMMA) != nil {
			if b := p.paramMaybeDefaults(lambda); b != nil {
				c := p.kwds(lambda)
				if p.err != nil {
					return starEtc{}
				}
				return starEtc{kwonly: b, kwarg: c, has: true}
			}
		}
		if p.err != nil {
			return starEtc{}
		}
	}
	p.mark = mark
	if a := p.kwds(lambda); a != nil {
		return starEtc{kwarg: a, has: true}
	}
	p.mark = mark
	return starEtc{}
}

// kwds: invalid_kwds | '**' param_no_default
func (p *parser) kwds(lambda bool) *Arg {
	mark := p.mark
	if p.callInvalid {
		if p.invalidKwds(lambda); p.err != nil {
			return nil
		}
		p.mark = mark
	}
	if p.expect(DOUBLESTAR) == nil {
		return nil
	}
	a := p.paramNoDefault(lambda)
	if a == nil {
		p.mark = mark
	}
	return a
}

// paramNoDefaults: param_no_default*
func (p *parser) paramNoDefaults(lambda bool) []*Arg {
	var out []*Arg
	for {
		a := p.paramNoDefault(lambda)
		if a == nil {
			return out
		}
		out = append(out, a)
	}
}

// paramWithDefaults: param_with_default*
func (p *parser) paramWithDefaults(lambda bool) []nameDefault {
	var out []nameDefault
	for {
		nd, ok := p.paramWithDefault(lambda)
		if !ok {
			return out
		}
		out = append(out, nd)
	}
}

// paramMaybeDefaults: param_maybe_default*
func (p *parser) paramMaybeDefaults(lambda bool) []nameDefault {
	var out []nameDefault
	for {
		nd, ok := p.paramMaybeDefault(lambda)
		if !ok {
			return out
		}
		out = append(out, nd)
	}
}

// paramEnd parses what follows a parameter: ',' TYPE_COMMENT? or
// TYPE_COMMENT? &')' (for a lambda: ',' or &':'). It returns the type
// comment and whether it matched.
func (p *parser) paramEnd(lambda bool) (string, bool) {
	if p.expect(COMMA) != nil {
		if lambda {
			return "", true
		}
		return p.optTypeComment(), true
	}
	m := p.mark
	tc := ""
	if !lambda {
		tc = p.optTypeComment()
	}
	if p.check(endOfParams(lambda)) {
		return tc, true
	}
	p.mark = m
	return "", false
}

// paramNoDefault: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
func (p *parser) paramNoDefault(lambda bool) *Arg {
	mark := p.mark
	a := p.param(lambda)
	if a == nil {
		return nil
	}
	tc, ok := p.paramEnd(lambda)
	if !ok {
		p.mark = mark
		return nil
	}
	return withTypeComment(a, tc)
}

// paramNoDefaultStarAnnotation:
//
//	| param_star_annotation ',' TYPE_COMMENT?
//	| param_star_annotation TYPE_COMMENT? &')'
func (p *parser) paramNoDefaultStarAnnotation() *Arg {
	mark := p.mark
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	// star_annotation: ':' star_expression
	if p.expect(COLON) == nil {
		p.mark = mark
		return nil
	}
	ann := p.starExpression()
	if ann == nil {
		p.mark = mark
		return nil
	}
	a := &Arg{Span: p.span(mark), Arg: p.identifier(p.text(t)), Annotation: ann}
	tc, ok := p.paramEnd(false)
	if !ok {
		p.mark = mark
		return nil
	}
	return withTypeComment(a, tc)
}

// paramWithDefault:
//
//	| param default ',' TYPE_COMMENT?
//	| param default TYPE_COMMENT? &')'
func (p *parser) paramWithDefault(lambda bool) (nameDefault, bool) {
	mark := p.mark
	a := p.param(lambda)
	if a == nil {
		return nameDefault{}, false
	}
	d := p.defaultValue()
	if d == nil {
		p.mark = mark
		return nameDefault{}, false
	}
	tc, ok := p.paramEnd(lambda)
	if !ok {
		p.mark = mark
		return nameDefault{}, false
	}
	return nameDefault{withTypeComment(a, tc), d}, true
}

// paramMaybeDefault:
//
//	| param default? ',' TYPE_COMMENT?
//	| param default? TYPE_COMMENT? &')'
func (p *parser) paramMaybeDefault(lambda bool) (nameDefault, bool) {
	mark := p.mark
	a := p.param(lambda)
	if a == nil {
		return nameDefault{}, false
	}
	d := p.defaultValue()
	if p.err != nil {
		return nameDefault{}, false
	}
	tc, ok := p.paramEnd(lambda)
	if !ok {
		p.mark = mark
		return nameDefault{}, false
	}
	return nameDefault{withTypeComment(a, tc), d}, true
}

// withTypeComment returns a with its type comment set (a copy when the
// comment is not empty, since a may be shared).
func withTypeComment(a *Arg, tc string) *Arg {
	if tc == "" {
		return a
	}
	b := *a
	b.TypeComment = tc
	return &b
}

// param: NAME annotation? (lambda_param: NAME)
func (p *parser) param(lambda bool) *Arg {
	mark := p.mark
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	var ann Expr
	if !lambda {
		m := p.mark
		if p.expect(COLON) != nil {
			if ann = p.expression(); ann == nil {
				p.mark = m
			}
		}
		if p.err != nil {
			return nil
		}
	}
	return &Arg{Span: p.span(mark), Arg: p.identifier(p.text(t)), Annotation: ann}
}

// defaultValue: '=' expression | invalid_default
func (p *parser) defaultValue() Expr {
	mark := p.mark
	if p.expect(EQUAL) != nil {
		if a := p.expression(); a != nil {
			return a
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		// invalid_default: '=' &(')'|',')
		if a := p.expect(EQUAL); a != nil {
			if k := p.peek().kind; k == RPAR || k == COMMA {
				p.raiseSpan(p.tokSpan(a), "expected default value expression")
				return nil
			}
		}
		p.mark = mark
	}
	return nil
}
