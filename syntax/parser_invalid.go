package syntax

import "fmt"

// The invalid_* rules of python.gram: they run only in the second pass
// and exist to raise a specific error. Each returns when one of its
// alternatives matches, whether or not it raised (CPython's rule returns
// as soon as an alternative's items match, even when its action gives no
// error); the caller resets the position.

// targetsType selects the message of an invalid assignment or deletion
// target.
type targetsType uint8

const (
	starTargets targetsType = iota
	delTargets
	forTargets
)

// invalidTarget returns the part of e that cannot be a target, or nil
// (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e Expr, tt targetsType) Expr {
	switch e := e.(type) {
	case nil:
		return nil
	case *List:
		for _, x := range e.Elts {
			if t := invalidTarget(x, tt); t != nil {
				return t
			}
		}
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if t := invalidTarget(x, tt); t != nil {
				return t
			}
		}
		return nil
	case *Starred:
		if tt == delTargets {
			return e
		}
		return invalidTarget(e.Value, tt)
	case *Compare:
		// In "for a in b", "a in b" parses as a comparison: look at its
		// left side.
		if tt == forTargets {
			if e.Ops[0] == CmpIn {
				return invalidTarget(e.Left, tt)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// raiseInvalidTarget raises "cannot assign to X" or "cannot delete X" for
// the invalid part of e, if any (RAISE_SYNTAX_ERROR_INVALID_TARGET).
func (p *parser) raiseInvalidTarget(tt targetsType, e Expr) {
	t := invalidTarget(e, tt)
	if t == nil {
		return
	}
	msg := "cannot assign to %s"
	if tt == delTargets {
		msg = "cannot delete %s"
	}
	p.raiseSpan(*t.Position(), fmt.Sprintf(msg, exprName(t)))
}

// exprName describes an expression in error messages (CPython's
// _PyPegen_get_expr_name).
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// isLegacyName reports whether e is the name print or exec (CPython's
// _PyPegen_check_legacy_stmt).
func isLegacyName(e Expr) bool {
	n, ok := e.(*Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// lastComprehensionItem is the last expression of a comprehension
// clause: its last condition, or its iterable.
func lastComprehensionItem(c *Comprehension) Expr {
	if len(c.Ifs) == 0 {
		return c.Iter
	}
	return c.Ifs[len(c.Ifs)-1]
}

// invalidArguments:
//
//	| ((','.positional_arg+ ',' kwargs) | kwargs) ',' '*'
//	| expression for_if_clauses ',' [args | expression for_if_clauses]
//	| NAME '=' expression for_if_clauses
//	| args for_if_clauses
//	| args ',' expression for_if_clauses
//	| args ',' args
func (p *parser) invalidArguments() {
	mark := p.mark
	// CPython 3.11.7 (newer than the 3.11 grammar's "args ',' '*'"):
	// ((positional ',' kwargs) | kwargs) ',' '*'
	if p.kwargsAfterArgs() && p.expect(COMMA) != nil {
		if b := p.expect(STAR); b != nil {
			p.raiseSpan(p.tokSpan(b), "iterable argument unpacking follows keyword argument unpacking")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.expect(COMMA) != nil {
			m := p.mark
			if p.args() == nil {
				p.mark = m
				if p.err == nil {
					if p.expression() == nil || p.forIfClauses() == nil {
						p.mark = m
					}
				}
			}
			if p.err != nil {
				return
			}
			p.raiseRange(*a.Position(), *lastComprehensionItem(b[len(b)-1]).Position(), "Generator expression must be parenthesized")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.expect(NAME); a != nil {
		if b := p.expect(EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(p.tokSpan(a), p.tokSpan(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil {
			// _PyPegen_nonparen_genexp_in_call
			if n := len(a.Args); n > 1 {
				p.raiseRange(*a.Args[n-1].Position(), *lastComprehensionItem(b[len(b)-1]).Position(), "Generator expression must be parenthesized")
			}
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if p.args() != nil && p.expect(COMMA) != nil {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseRange(*a.Position(), *lastComprehensionItem(b[len(b)-1]).Position(), "Generator expression must be parenthesized")
				return
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.args(); a != nil && p.expect(COMMA) != nil && p.args() != nil {
		// _PyPegen_arguments_parsing_error
		msg := "positional argument follows keyword argument"
		for _, k := range a.Keywords {
			if k.Arg == "" {
				msg = "positional argument follows keyword argument unpacking"
				break
			}
		}
		p.raise("SyntaxError", msg)
		return
	}
	p.mark = mark
}

// kwargsAfterArgs parses
//
//	(','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs
func (p *parser) kwargsAfterArgs() bool {
	mark := p.mark
	if p.positionalArg() != nil {
		for {
			m := p.mark
			if p.expect(COMMA) == nil || p.positionalArg() == nil {
				p.mark = m
				break
			}
		}
		if p.err == nil && p.expect(COMMA) != nil && p.kwargs() != nil {
			return true
		}
	}
	p.mark = mark
	if p.err != nil {
		return false
	}
	return p.kwargs() != nil
}

// invalidKwarg:
//
//	| ('True'|'False'|'None') '='
//	| NAME '=' expression for_if_clauses
//	| !(NAME '=') expression '='
func (p *parser) invalidKwarg() {
	mark := p.mark
	if t := p.peek(); t.kind == kwTrue || t.kind == kwFalse || t.kind == kwNone {
		p.mark++
		if b := p.expect(EQUAL); b != nil {
			p.raiseRange(p.tokSpan(t), p.tokSpan(b), "cannot assign to "+p.text(t))
			return
		}
	}
	p.mark = mark
	if a := p.expect(NAME); a != nil {
		if b := p.expect(EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(p.tokSpan(a), p.tokSpan(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	nameEq := p.expect(NAME) != nil && p.expect(EQUAL) != nil
	p.mark = mark
	if !nameEq {
		if a := p.expression(); a != nil {
			if b := p.expect(EQUAL); b != nil {
				p.raiseRange(*a.Position(), p.tokSpan(b), "expression cannot contain assignment, perhaps you meant \"==\"?")
				return
			}
		}
	}
	p.mark = mark
}

// invalidLegacyExpression: NAME !'(' star_expressions
func (p *parser) invalidLegacyExpression() {
	mark := p.mark
	a := p.expectName()
	if a == nil || p.check(LPAR) {
		p.mark = mark
		return
	}
	b := p.starExpressions()
	if b == nil {
		p.mark = mark
		return
	}
	if isLegacyName(a) {
		p.raiseRange(a.Span, *b.Position(), fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", a.Id, a.Id))
	}
}

// invalidExpression:
//
//	| !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//	| disjunction 'if' disjunction !('else'|':')
func (p *parser) invalidExpression() {
	mark := p.mark
	t := p.peek()
	skip := p.isSoftKeyword()
	if !skip && t.kind == NAME {
		p.mark++
		skip = p.check(STRING)
		p.mark = mark
	}
	if !skip {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if !isLegacyName(a) && p.at(p.mark-1).level != 0 {
					p.raiseRange(*a.Position(), *b.Position(), "invalid syntax. Perhaps you forgot a comma?")
				}
				return
			}
		}
		p.mark = mark
		if p.err != nil {
			return
		}
	}
	if a := p.disjunction(); a != nil && p.expect(kwIf) != nil {
		if b := p.disjunction(); b != nil {
			if k := p.peek().kind; k != kwElse && k != COLON {
				p.raiseRange(*a.Position(), *b.Position(), "expected 'else' after 'if' expression")
				return
			}
		}
	}
	p.mark = mark
}

// invalidNamedExpression (memo):
//
//	| expression ':=' expression
//	| NAME '=' bitwise_or !('='|':=')
//	| !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
func (p *parser) invalidNamedExpression() {
	if _, ok := p.memoGet(mInvalidNamedExpression); ok {
		return
	}
	mark := p.mark
	if p.enter() {
		p.invalidNamedExpressionBody()
	}
	p.leave()
	p.memoSet(mark, mInvalidNamedExpression, nil)
	p.mark = mark
}

func (p *parser) invalidNamedExpressionBody() {
	mark := p.mark
	if a := p.expression(); a != nil && p.expect(COLONEQUAL) != nil && p.expression() != nil {
		p.raiseSpan(*a.Position(), "cannot use assignment expressions with "+exprName(a))
		return
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.expectName(); a != nil && p.expect(EQUAL) != nil {
		if b := p.bitwiseOr(); b != nil {
			if k := p.peek().kind; k != EQUAL && k != COLONEQUAL {
				p.raiseRange(a.Span, *b.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
				return
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	excluded := false
	switch p.peek().kind {
	case kwTrue, kwNone, kwFalse:
		excluded = true
	case LSQB:
		excluded = p.list() != nil
	case LPAR:
		excluded = p.tuple() != nil
		if !excluded && p.err == nil {
			excluded = p.genexp() != nil
		}
	}
	p.mark = mark
	if p.err != nil || excluded {
		return
	}
	if a := p.bitwiseOr(); a != nil && p.expect(EQUAL) != nil && p.bitwiseOr() != nil {
		if k := p.peek().kind; k != EQUAL && k != COLONEQUAL {
			p.raiseSpan(*a.Position(), fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a)))
			return
		}
	}
	p.mark = mark
}

// invalidAssignment:
//
//	| invalid_ann_assign_target ':' expression
//	| star_named_expression ',' star_named_expressions* ':' expression
//	| expression ':' expression
//	| (star_targets '=')* star_expressions '='
//	| (star_targets '=')* yield_expr '='
//	| star_expressions augassign (yield_expr | star_expressions)
func (p *parser) invalidAssignment() {
	mark := p.mark
	if a := p.invalidAnnAssignTarget(); a != nil && p.expect(COLON) != nil && p.expression() != nil {
		p.raiseSpan(*a.Position(), fmt.Sprintf("only single target (not %s) can be annotated", exprName(a)))
		return
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.starNamedExpression(); a != nil && p.expect(COMMA) != nil {
		for p.starNamedExpressions() != nil {
		}
		if p.err == nil && p.expect(COLON) != nil && p.expression() != nil {
			p.raiseSpan(*a.Position(), "only single target (not tuple) can be annotated")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.expression(); a != nil && p.expect(COLON) != nil && p.expression() != nil {
		p.raiseSpan(*a.Position(), "illegal target for annotation")
		return
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	p.skipStarTargetsAssignments()
	if a := p.starExpressions(); a != nil && p.expect(EQUAL) != nil {
		p.raiseInvalidTarget(starTargets, a)
		return
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	p.skipStarTargetsAssignments()
	if a := p.yieldExpr(); a != nil && p.expect(EQUAL) != nil {
		p.raiseSpan(*a.Position(), "assignment to yield expression not possible")
		return
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if a := p.starExpressions(); a != nil {
		if _, ok := p.augassign(); ok {
			b := p.yieldExpr()
			if b == nil && p.err == nil {
				b = p.starExpressions()
			}
			if b != nil {
				p.raiseSpan(*a.Position(), fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(a)))
				return
			}
		}
	}
	p.mark = mark
}

// skipStarTargetsAssignments parses (star_targets '=')*.
func (p *parser) skipStarTargetsAssignments() {
	for {
		m := p.mark
		if p.starTargets() == nil || p.expect(EQUAL) == nil {
			p.mark = m
			return
		}
	}
}

// invalidAnnAssignTarget: list | tuple | '(' invalid_ann_assign_target ')'
func (p *parser) invalidAnnAssignTarget() Expr {
	mark := p.mark
	if e := p.list(); e != nil || p.err != nil {
		return e
	}
	if e := p.tuple(); e != nil || p.err != nil {
		return e
	}
	if p.expect(LPAR) != nil {
		if a := p.invalidAnnAssignTarget(); a != nil && p.expect(RPAR) != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// invalidComprehension:
//
//	| ('[' | '(' | '{') starred_expression for_if_clauses
//	| ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//	| ('[' | '{') star_named_expression ',' for_if_clauses
func (p *parser) invalidComprehension() {
	mark := p.mark
	open := p.peek().kind
	if open != LSQB && open != LPAR && open != LBRACE {
		return
	}
	p.mark++
	if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
		p.raiseSpan(*a.Position(), "iterable unpacking cannot be used in comprehension")
		return
	}
	p.mark = mark
	if p.err != nil || open == LPAR {
		return
	}
	p.mark++
	if a := p.starNamedExpression(); a != nil && p.expect(COMMA) != nil {
		if b := p.starNamedExpressions(); b != nil && p.forIfClauses() != nil {
			p.raiseRange(*a.Position(), *b[len(b)-1].Position(), "did you forget parentheses around the comprehension target?")
			return
		}
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if a := p.starNamedExpression(); a != nil {
		if b := p.expect(COMMA); b != nil && p.forIfClauses() != nil {
			p.raiseRange(*a.Position(), p.tokSpan(b), "did you forget parentheses around the comprehension target?")
			return
		}
	}
	p.mark = mark
}

// invalidDictComprehension: '{' '**' bitwise_or for_if_clauses '}'
func (p *parser) invalidDictComprehension() {
	mark := p.mark
	if p.expect(LBRACE) != nil {
		if a := p.expect(DOUBLESTAR); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.expect(RBRACE) != nil {
			p.raiseSpan(p.tokSpan(a), "dict unpacking cannot be used in dict comprehension")
			return
		}
	}
	p.mark = mark
}

// invalidDoubleStarredKVPairs:
//
//	| ','.double_starred_kvpair+ ',' invalid_kvpair
//	| expression ':' '*' bitwise_or
//	| expression ':' &('}'|',')
func (p *parser) invalidDoubleStarredKVPairs() {
	mark := p.mark
	if p.doubleStarredKVPairList() && p.expect(COMMA) != nil {
		if p.invalidKVPair() {
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if p.expression() != nil && p.expect(COLON) != nil {
		if a := p.expect(STAR); a != nil && p.bitwiseOr() != nil {
			p.raiseStartingFrom(p.tokSpan(a), "cannot use a starred expression in a dictionary value")
			return
		}
	}
	p.mark = mark
	if p.err != nil {
		return
	}
	if p.expression() != nil {
		if a := p.expect(COLON); a != nil {
			if k := p.peek().kind; k == RBRACE || k == COMMA {
				p.raiseSpan(p.tokSpan(a), "expression expected after dictionary key and ':'")
				return
			}
		}
	}
	p.mark = mark
}

// doubleStarredKVPairList parses ','.double_starred_kvpair+ (without a
// trailing comma).
func (p *parser) doubleStarredKVPairList() bool {
	if _, ok := p.doubleStarredKVPair(); !ok {
		return false
	}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		if _, ok := p.doubleStarredKVPair(); !ok {
			p.mark = m
			break
		}
	}
	return p.err == nil
}

// invalidKVPair:
//
//	| expression !(':')
//	| expression ':' '*' bitwise_or
//	| expression ':' &('}'|',')
//
// It reports whether an alternative matched.
func (p *parser) invalidKVPair() bool {
	mark := p.mark
	if a := p.expression(); a != nil && !p.check(COLON) {
		s := a.Position()
		p.raiseAt("SyntaxError", int(s.Lineno), int(s.EndColOffset), int(s.EndLineno), 0, "':' expected after dictionary key")
		return true
	}
	p.mark = mark
	if p.err != nil {
		return false
	}
	if p.expression() != nil && p.expect(COLON) != nil {
		if a := p.expect(STAR); a != nil && p.bitwiseOr() != nil {
			p.raiseStartingFrom(p.tokSpan(a), "cannot use a starred expression in a dictionary value")
			return true
		}
	}
	p.mark = mark
	if p.err != nil {
		return false
	}
	if p.expression() != nil {
		if a := p.expect(COLON); a != nil {
			if k := p.peek().kind; k == RBRACE || k == COMMA {
				p.raiseSpan(p.tokSpan(a), "expression expected after dictionary key and ':'")
				return true
			}
		}
	}
	p.mark = mark
	return false
}

// invalidForTarget: ASYNC? 'for' star_expressions
func (p *parser) invalidForTarget() {
	mark := p.mark
	p.expect(kwAsync)
	if p.expect(kwFor) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(forTargets, a)
			return
		}
	}
	p.mark = mark
}

// invalidGroup:
//
//	| '(' starred_expression ')'
//	| '(' '**' expression ')'
func (p *parser) invalidGroup() {
	mark := p.mark
	if p.expect(LPAR) == nil {
		return
	}
	if a := p.starredExpression(); a != nil && p.expect(RPAR) != nil {
		p.raiseSpan(*a.Position(), "cannot use starred expression here")
		return
	}
	p.mark = mark + 1
	if p.err != nil {
		return
	}
	if a := p.expect(DOUBLESTAR); a != nil && p.expression() != nil && p.expect(RPAR) != nil {
		p.raiseSpan(p.tokSpan(a), "cannot use double starred expression here")
		return
	}
	p.mark = mark
}
