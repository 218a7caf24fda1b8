package syntax

import "fmt"

// The invalid_* rules for statements, blocks, patterns and parameters.

// indentedBlockError checks ':' NEWLINE !INDENT after a compound
// statement's header and raises CPython's IndentationError naming the
// statement. It reports whether the tokens matched.
func (p *parser) indentedBlockError(what string, line int32) bool {
	if p.expect(COLON) != nil && p.expect(NEWLINE) != nil && !p.check(INDENT) {
		p.raise("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", what, line))
		return true
	}
	return false
}

// invalidClassDefRaw:
//
//	| 'class' NAME ['(' [arguments] ')'] NEWLINE
//	| 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
func (p *parser) invalidClassDefRaw() {
	mark := p.mark
	a := p.expect(kwClass)
	if a == nil || p.expect(NAME) == nil {
		p.mark = mark
		return
	}
	afterName := p.mark
	p.optParenArguments()
	if p.err != nil {
		return
	}
	if p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	p.mark = afterName
	p.optParenArguments()
	if p.err != nil {
		return
	}
	if p.indentedBlockError("class definition", a.start.Line) {
		return
	}
	p.mark = mark
}

// optParenArguments parses an optional ['(' [arguments] ')'].
func (p *parser) optParenArguments() {
	m := p.mark
	if p.expect(LPAR) != nil {
		p.arguments()
		if p.err == nil && p.expect(RPAR) != nil {
			return
		}
	}
	p.mark = m
}

// invalidDefRaw:
//
//	| [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
func (p *parser) invalidDefRaw() {
	mark := p.mark
	p.expect(kwAsync)
	a := p.expect(kwDef)
	if a == nil || p.expect(NAME) == nil || p.expect(LPAR) == nil {
		p.mark = mark
		return
	}
	p.params()
	if p.err != nil {
		return
	}
	if p.expect(RPAR) == nil {
		p.mark = mark
		return
	}
	m := p.mark
	if p.expect(RARROW) == nil || p.expression() == nil {
		p.mark = m
	}
	if p.err != nil {
		return
	}
	if p.indentedBlockError("function definition", a.start.Line) {
		return
	}
	p.mark = mark
}

// invalidIfStmt (and invalid_elif_stmt for kw == kwElif):
//
//	| 'if' named_expression NEWLINE
//	| 'if' named_expression ':' NEWLINE !INDENT
func (p *parser) invalidIfStmt(kw Kind) {
	mark := p.mark
	if p.expect(kw) == nil {
		return
	}
	if p.namedExpression() != nil && p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	a := p.expect(kw)
	if e := p.namedExpression(); e != nil {
		if kw == kwIf {
			// CPython's rule names the line of the condition here.
			if p.indentedBlockError("'if' statement", e.Position().Lineno) {
				return
			}
		} else if p.indentedBlockError("'elif' statement", a.start.Line) {
			return
		}
	}
	p.mark = mark
}

// invalidWhileStmt:
//
//	| 'while' named_expression NEWLINE
//	| 'while' named_expression ':' NEWLINE !INDENT
func (p *parser) invalidWhileStmt() {
	mark := p.mark
	a := p.expect(kwWhile)
	if a == nil {
		return
	}
	if p.namedExpression() != nil && p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.namedExpression() != nil && p.indentedBlockError("'while' statement", a.start.Line) {
		return
	}
	p.mark = mark
}

// invalidForStmt:
//
//	| [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//	| [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
func (p *parser) invalidForStmt() {
	mark := p.mark
	p.expect(kwAsync)
	a := p.expect(kwFor)
	if a == nil {
		p.mark = mark
		return
	}
	afterFor := p.mark
	if p.starTargets() != nil && p.expect(kwIn) != nil && p.starExpressions() != nil && p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	p.mark = afterFor
	if p.err != nil {
		return
	}
	if p.starTargets() != nil && p.expect(kwIn) != nil && p.starExpressions() != nil &&
		p.indentedBlockError("'for' statement", a.start.Line) {
		return
	}
	p.mark = mark
}

// withItemsLoose parses ','.(expression ['as' star_target])+ (or with
// expressions instead of expression when paren is set), the items of the
// invalid with rules.
func (p *parser) withItemsLoose(paren bool) bool {
	item := func() bool {
		var e Expr
		if paren {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			return false
		}
		m := p.mark
		if p.expect(kwAs) == nil || p.starTarget() == nil {
			p.mark = m
		}
		return p.err == nil
	}
	if !item() {
		return false
	}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		if !item() {
			p.mark = m
			break
		}
	}
	return p.err == nil
}

// invalidWithStmt:
//
//	| [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//	| [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
func (p *parser) invalidWithStmt() {
	mark := p.mark
	p.expect(kwAsync)
	if p.expect(kwWith) == nil {
		p.mark = mark
		return
	}
	afterWith := p.mark
	if p.withItemsLoose(false) && p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	p.mark = afterWith
	if p.err != nil {
		return
	}
	if p.expect(LPAR) != nil && p.withItemsLoose(true) {
		p.expect(COMMA)
		if p.expect(RPAR) != nil && p.expect(NEWLINE) != nil {
			p.raise("SyntaxError", "expected ':'")
			return
		}
	}
	p.mark = mark
}

// invalidWithStmtIndent:
//
//	| [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//	| [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
func (p *parser) invalidWithStmtIndent() {
	mark := p.mark
	p.expect(kwAsync)
	a := p.expect(kwWith)
	if a == nil {
		p.mark = mark
		return
	}
	afterWith := p.mark
	if p.withItemsLoose(false) && p.indentedBlockError("'with' statement", a.start.Line) {
		return
	}
	p.mark = afterWith
	if p.err != nil {
		return
	}
	if p.expect(LPAR) != nil && p.withItemsLoose(true) {
		p.expect(COMMA)
		if p.expect(RPAR) != nil && p.indentedBlockError("'with' statement", a.start.Line) {
			return
		}
	}
	p.mark = mark
}

// invalidTryStmt:
//
//	| 'try' ':' NEWLINE !INDENT
//	| 'try' ':' block !('except' | 'finally')
//	| 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//	| 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
func (p *parser) invalidTryStmt() {
	mark := p.mark
	a := p.expect(kwTry)
	if a == nil {
		return
	}
	if p.indentedBlockError("'try' statement", a.start.Line) {
		return
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.expect(COLON) != nil && p.block() != nil {
		if k := p.peek().kind; k != kwExcept && k != kwFinally {
			p.raise("SyntaxError", "expected 'except' or 'finally' block")
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.expect(COLON) != nil {
		for p.block() != nil {
		}
		if p.err == nil && p.exceptBlocks(false) != nil {
			if e := p.expect(kwExcept); e != nil {
				if s := p.expect(STAR); s != nil && p.expression() != nil {
					p.optAsName()
					if p.expect(COLON) != nil {
						p.raiseRange(p.tokSpan(e), p.tokSpan(s), "cannot have both 'except' and 'except*' on the same 'try'")
						return
					}
				}
			}
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.expect(COLON) != nil {
		for p.block() != nil {
		}
		if p.err == nil && p.exceptBlocks(true) != nil {
			if e := p.expect(kwExcept); e != nil {
				m := p.mark
				if p.expression() != nil {
					p.optAsName()
				} else {
					p.mark = m
				}
				if p.err == nil && p.expect(COLON) != nil {
					p.raiseSpan(p.tokSpan(e), "cannot have both 'except' and 'except*' on the same 'try'")
					return
				}
			}
		}
	}
	p.mark = mark
}

// invalidExceptStmt:
//
//	| 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//	| 'except' '*'? expression ['as' NAME ] NEWLINE
//	| 'except' NEWLINE
//	| 'except' '*' (NEWLINE | ':')
func (p *parser) invalidExceptStmt() {
	mark := p.mark
	if p.expect(kwExcept) == nil {
		return
	}
	p.expect(STAR)
	if a := p.expression(); a != nil && p.expect(COMMA) != nil && p.expressions() != nil {
		p.optAsName()
		if p.expect(COLON) != nil {
			p.raiseStartingFrom(*a.Position(), "multiple exception types must be parenthesized")
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	p.expect(STAR)
	if p.expression() != nil {
		p.optAsName()
		if p.expect(NEWLINE) != nil {
			p.raise("SyntaxError", "expected ':'")
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	if p.expect(STAR) != nil {
		if k := p.peek().kind; k == NEWLINE || k == COLON {
			p.mark++
			p.raise("SyntaxError", "expected one or more exception types")
			return
		}
	}
	p.mark = mark
}

// invalidExceptStmtIndent:
//
//	| 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//	| 'except' ':' NEWLINE !INDENT
func (p *parser) invalidExceptStmtIndent() {
	mark := p.mark
	a := p.expect(kwExcept)
	if a == nil {
		return
	}
	if p.expression() != nil {
		p.optAsName()
		if p.indentedBlockError("'except' statement", a.start.Line) {
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.indentedBlockError("'except' statement", a.start.Line) {
		return
	}
	p.mark = mark
}

// invalidExceptStarStmtIndent:
//
//	| 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
func (p *parser) invalidExceptStarStmtIndent() {
	mark := p.mark
	a := p.expect(kwExcept)
	if a != nil && p.expect(STAR) != nil && p.expression() != nil {
		p.optAsName()
		if p.indentedBlockError("'except*' statement", a.start.Line) {
			return
		}
	}
	p.mark = mark
}

// invalidMatchStmt:
//
//	| "match" subject_expr NEWLINE
//	| "match" subject_expr ':' NEWLINE !INDENT
func (p *parser) invalidMatchStmt() {
	mark := p.mark
	a := p.expectSoft("match")
	if a == nil {
		return
	}
	if p.subjectExpr() != nil && p.expect(NEWLINE) != nil {
		p.raise("SyntaxError", "expected ':'")
		return
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.subjectExpr() != nil && p.indentedBlockError("'match' statement", a.start.Line) {
		return
	}
	p.mark = mark
}

// invalidCaseBlock:
//
//	| "case" patterns guard? NEWLINE
//	| "case" patterns guard? ':' NEWLINE !INDENT
func (p *parser) invalidCaseBlock() {
	mark := p.mark
	a := p.expectSoft("case")
	if a == nil {
		return
	}
	if p.patterns() != nil {
		p.guard()
		if p.err == nil && p.expect(NEWLINE) != nil {
			p.raise("SyntaxError", "expected ':'")
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.patterns() != nil {
		p.guard()
		if p.err == nil && p.indentedBlockError("'case' statement", a.start.Line) {
			return
		}
	}
	p.mark = mark
}

// invalidAsPattern:
//
//	| or_pattern 'as' "_"
//	| or_pattern 'as' !NAME expression
func (p *parser) invalidAsPattern() {
	mark := p.mark
	if p.orPattern() != nil && p.expect(kwAs) != nil {
		afterAs := p.mark
		if a := p.expectSoft("_"); a != nil {
			p.raiseSpan(p.tokSpan(a), "cannot use '_' as a target")
			return
		}
		p.mark = afterAs
		if !p.check(NAME) {
			if a := p.expression(); a != nil {
				p.raiseSpan(*a.Position(), "invalid pattern target")
				return
			}
		}
	}
	p.mark = mark
}

// invalidClassPattern: name_or_attr '(' invalid_class_argument_pattern
func (p *parser) invalidClassPattern() {
	mark := p.mark
	if p.nameOrAttr() != nil && p.expect(LPAR) != nil {
		if a := p.invalidClassArgumentPattern(); a != nil {
			// CPython's gather loop returns the patterns before one that
			// raised an error, and this raise then replaces that error.
			p.err = nil
			p.raiseRange(*a[0].Position(), *a[len(a)-1].Position(), "positional patterns follow keyword patterns")
			return
		}
	}
	p.mark = mark
}

// invalidClassArgumentPattern:
//
//	| [positional_patterns ','] keyword_patterns ',' positional_patterns
func (p *parser) invalidClassArgumentPattern() []Pattern {
	mark := p.mark
	if p.positionalPatterns() == nil || p.expect(COMMA) == nil {
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	if p.keywordPatterns() != nil && p.expect(COMMA) != nil {
		// ','.pattern+ as CPython's gather runs it: an error in a pattern
		// after the first ends the list without failing it.
		if a := p.pattern(); a != nil {
			out := []Pattern{a}
			for p.err == nil {
				m := p.mark
				if p.expect(COMMA) == nil {
					break
				}
				b := p.pattern()
				if b == nil {
					p.mark = m
					break
				}
				out = append(out, b)
			}
			return out
		}
	}
	p.mark = mark
	return nil
}

// invalidParameters (invalid_lambda_parameters when lambda is set):
//
//	| param_no_default* invalid_parameters_helper param_no_default
//	| param_no_default* '(' param_no_default+ ','? ')'
//	| "/" ','
//	| (slash_no_default | slash_with_default) param_maybe_default* '/'
//	| [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
//	| param_maybe_default+ '/' '*'
func (p *parser) invalidParameters(lambda bool) {
	mark := p.mark
	p.paramNoDefaults(lambda)
	if p.invalidParametersHelper(lambda) {
		if a := p.paramNoDefault(lambda); a != nil {
			p.raiseSpan(a.Span, "non-default argument follows default argument")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	p.paramNoDefaults(lambda)
	if a := p.expect(LPAR); a != nil {
		ok := false
		if lambda {
			// ','.lambda_param+
			if p.param(true) != nil {
				ok = true
				for {
					m := p.mark
					if p.expect(COMMA) == nil || p.param(true) == nil {
						p.mark = m
						break
					}
				}
			}
		} else {
			ok = p.paramNoDefaults(false) != nil
		}
		if ok && p.err == nil {
			p.expect(COMMA)
			if b := p.expect(RPAR); b != nil {
				msg := "Function parameters cannot be parenthesized"
				if lambda {
					msg = "Lambda expression parameters cannot be parenthesized"
				}
				p.raiseRange(p.tokSpan(a), p.tokSpan(b), msg)
				return
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.expect(SLASH); a != nil && p.expect(COMMA) != nil {
		p.raiseSpan(p.tokSpan(a), "at least one argument must precede /")
		return
	}
	p.mark = mark
	if p.slashAny(lambda) {
		p.paramMaybeDefaults(lambda)
		if a := p.expect(SLASH); a != nil {
			p.raiseSpan(p.tokSpan(a), "/ may appear only once")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if !p.slashAny(lambda) {
		p.mark = mark
	}
	p.paramMaybeDefaults(lambda)
	if p.expect(STAR) != nil {
		if p.expect(COMMA) != nil || p.paramNoDefault(lambda) != nil {
			p.paramMaybeDefaults(lambda)
			if a := p.expect(SLASH); a != nil {
				p.raiseSpan(p.tokSpan(a), "/ must be ahead of *")
				return
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if p.paramMaybeDefaults(lambda) != nil && p.expect(SLASH) != nil {
		if a := p.expect(STAR); a != nil {
			p.raiseSpan(p.tokSpan(a), "expected comma between / and *")
			return
		}
	}
	p.mark = mark
}

// slashAny parses slash_no_default | slash_with_default.
func (p *parser) slashAny(lambda bool) bool {
	if p.slashNoDefault(lambda) != nil {
		return true
	}
	if p.err != nil {
		return false
	}
	_, _, ok := p.slashWithDefault(lambda)
	return ok
}

// invalidParametersHelper: slash_with_default | param_with_default+
func (p *parser) invalidParametersHelper(lambda bool) bool {
	if _, _, ok := p.slashWithDefault(lambda); ok {
		return true
	}
	if p.err != nil {
		return false
	}
	return p.paramWithDefaults(lambda) != nil
}

// invalidStarEtc (invalid_lambda_star_etc when lambda is set):
//
//	| '*' (')' | ',' (')' | '**'))
//	| '*' ',' TYPE_COMMENT
//	| '*' param '='
//	| '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
func (p *parser) invalidStarEtc(lambda bool) {
	mark := p.mark
	a := p.expect(STAR)
	if a == nil {
		return
	}
	end := endOfParams(lambda)
	matched := p.expect(end) != nil
	if !matched {
		p.mark = mark + 1
		if p.expect(COMMA) != nil {
			matched = p.expect(end) != nil || p.expect(DOUBLESTAR) != nil
		}
	}
	if matched {
		if lambda {
			p.raise("SyntaxError", "named arguments must follow bare *")
		} else {
			p.raiseSpan(p.tokSpan(a), "named arguments must follow bare *")
		}
		return
	}
	p.mark = mark + 1
	if !lambda && p.expect(COMMA) != nil && p.expect(TYPE_COMMENT) != nil {
		p.raise("SyntaxError", "bare * has associated type comment")
		return
	}
	p.mark = mark + 1
	if p.param(lambda) != nil {
		if b := p.expect(EQUAL); b != nil {
			p.raiseSpan(p.tokSpan(b), "var-positional argument cannot have default value")
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if p.paramNoDefault(lambda) != nil || p.err == nil && p.expect(COMMA) != nil {
		p.paramMaybeDefaults(lambda)
		if b := p.expect(STAR); b != nil {
			if p.paramNoDefault(lambda) != nil || p.err == nil && p.expect(COMMA) != nil {
				p.raiseSpan(p.tokSpan(b), "* argument may appear only once")
				return
			}
		}
	}
	p.mark = mark
}

// invalidKwds (invalid_lambda_kwds when lambda is set):
//
//	| '**' param '='
//	| '**' param ',' param
//	| '**' param ',' ('*'|'**'|'/')
func (p *parser) invalidKwds(lambda bool) {
	mark := p.mark
	if p.expect(DOUBLESTAR) == nil || p.param(lambda) == nil {
		p.mark = mark
		return
	}
	afterParam := p.mark
	if a := p.expect(EQUAL); a != nil {
		p.raiseSpan(p.tokSpan(a), "var-keyword argument cannot have default value")
		return
	}
	if p.expect(COMMA) != nil {
		if a := p.param(lambda); a != nil {
			p.raiseSpan(a.Span, "arguments cannot follow var-keyword argument")
			return
		}
		if p.err != nil {
			return
		}
		if t := p.peek(); t.kind == STAR || t.kind == DOUBLESTAR || t.kind == SLASH {
			p.mark++
			p.raiseSpan(p.tokSpan(t), "arguments cannot follow var-keyword argument")
			return
		}
	}
	_ = afterParam
	p.mark = mark
}
