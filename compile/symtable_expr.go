package compile

import (
	"fmt"

	"github.com/kaa-lang/kaa/syntax"
)

// The first pass over expressions, including the scopes that lambdas and
// comprehensions open and the rules for assignment expressions inside
// comprehensions (PEP 572).

func (st *symtable) visitExpr(e syntax.Expr) {
	if st.err != nil {
		return
	}
	switch e := e.(type) {
	case *syntax.NamedExpr:
		if !st.allowedOutsideAnnotation("named expression", e.Span) {
			return
		}
		st.handleNamedExpr(e)
	case *syntax.BoolOp:
		st.visitExprs(e.Values)
	case *syntax.BinOp:
		st.visitExpr(e.Left)
		st.visitExpr(e.Right)
	case *syntax.UnaryOp:
		st.visitExpr(e.Operand)
	case *syntax.Lambda:
		st.visitExprs(e.Args.Defaults)
		st.visitExprs(e.Args.KwDefaults)
		st.enterBlock("lambda", functionBlock, e, e.Span)
		st.visitArguments(e.Args)
		st.visitExpr(e.Body)
		st.exitBlock()
	case *syntax.IfExp:
		st.visitExpr(e.Test)
		st.visitExpr(e.Body)
		st.visitExpr(e.Orelse)
	case *syntax.Dict:
		st.visitExprs(e.Keys)
		st.visitExprs(e.Values)
	case *syntax.Set:
		st.visitExprs(e.Elts)
	case *syntax.GeneratorExp:
		st.handleComprehension(e, "genexpr", e.Generators, e.Elt, nil, generatorExpression)
	case *syntax.ListComp:
		st.handleComprehension(e, "listcomp", e.Generators, e.Elt, nil, listComprehension)
	case *syntax.SetComp:
		st.handleComprehension(e, "setcomp", e.Generators, e.Elt, nil, setComprehension)
	case *syntax.DictComp:
		st.handleComprehension(e, "dictcomp", e.Generators, e.Key, e.Value, dictComprehension)
	case *syntax.Yield:
		if !st.allowedOutsideAnnotation("yield expression", e.Span) {
			return
		}
		if e.Value != nil {
			st.visitExpr(e.Value)
		}
		st.cur.generator = true
		if st.cur.comprehension != notComprehension {
			st.yieldInComprehension(e.Span)
		}
	case *syntax.YieldFrom:
		if !st.allowedOutsideAnnotation("yield expression", e.Span) {
			return
		}
		st.visitExpr(e.Value)
		st.cur.generator = true
		if st.cur.comprehension != notComprehension {
			st.yieldInComprehension(e.Span)
		}
	case *syntax.Await:
		if !st.allowedOutsideAnnotation("await expression", e.Span) {
			return
		}
		st.visitExpr(e.Value)
		st.cur.coroutine = true
	case *syntax.Compare:
		st.visitExpr(e.Left)
		st.visitExprs(e.Comparators)
	case *syntax.Call:
		st.visitExpr(e.Func)
		st.visitExprs(e.Args)
		st.visitKeywords(e.Keywords)
	case *syntax.FormattedValue:
		st.visitExpr(e.Value)
		if e.FormatSpec != nil {
			st.visitExpr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.visitExprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		st.visitExpr(e.Value)
	case *syntax.Subscript:
		st.visitExpr(e.Value)
		st.visitExpr(e.Slice)
	case *syntax.Starred:
		st.visitExpr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			st.visitExpr(e.Lower)
		}
		if e.Upper != nil {
			st.visitExpr(e.Upper)
		}
		if e.Step != nil {
			st.visitExpr(e.Step)
		}
	case *syntax.Name:
		flag := defLocal
		if e.Ctx == syntax.Load {
			flag = use
		}
		st.addDef(e.Id, flag, e.Span)
		// super() counts as a use of __class__.
		if e.Ctx == syntax.Load && st.cur.isFunctionLike() && e.Id == "super" {
			st.addDef("__class__", use, e.Span)
		}
	case *syntax.List:
		st.visitExprs(e.Elts)
	case *syntax.Tuple:
		st.visitExprs(e.Elts)
	}
}

// allowedOutsideAnnotation reports an error when the construct what is
// used inside an annotation under "from __future__ import annotations".
func (st *symtable) allowedOutsideAnnotation(what string, span syntax.Span) bool {
	if st.cur.typ == annotationBlock {
		st.errorAt("'"+what+"' can not be used within an annotation", span)
		return false
	}
	return true
}

func (st *symtable) yieldInComprehension(span syntax.Span) {
	msg := "'yield' inside generator expression"
	switch st.cur.comprehension {
	case listComprehension:
		msg = "'yield' inside list comprehension"
	case setComprehension:
		msg = "'yield' inside set comprehension"
	case dictComprehension:
		msg = "'yield' inside dict comprehension"
	}
	st.errorAt(msg, span)
}

func (st *symtable) handleNamedExpr(e *syntax.NamedExpr) {
	if st.cur.compIterExpr > 0 {
		st.errorAt("assignment expression cannot be used in a comprehension iterable expression", e.Span)
		return
	}
	if st.cur.comprehension != notComprehension {
		// Inside a comprehension the target binds in the enclosing
		// function or module.
		name, ok := e.Target.(*syntax.Name)
		if !ok {
			if st.err == nil {
				st.err = &MalformedTreeError{Msg: "NamedExpr target must be a Name"}
			}
			return
		}
		if !st.extendNamedExprScope(name) {
			return
		}
	}
	st.visitExpr(e.Value)
	st.visitExpr(e.Target)
}

func (st *symtable) extendNamedExprScope(target *syntax.Name) bool {
	name := target.Id
	for i := len(st.stack) - 1; i >= 0; i-- {
		s := st.stack[i]
		if s.comprehension != notComprehension {
			flags := s.syms.get(name)
			if flags&defCompIter != 0 && flags&defLocal != 0 {
				st.errorAt(fmt.Sprintf("assignment expression cannot rebind comprehension iteration variable '%s'", name), target.Span)
				return false
			}
			continue
		}
		switch s.typ {
		case functionBlock:
			if s.syms.get(name)&defGlobal != 0 {
				st.addDef(name, defGlobal, target.Span)
			} else {
				st.addDef(name, defNonlocal, target.Span)
			}
			st.recordDirective(name, target.Span)
			st.addDefIn(name, defLocal, s, target.Span)
			return st.err == nil
		case moduleBlock:
			st.addDef(name, defGlobal, target.Span)
			st.recordDirective(name, target.Span)
			st.addDefIn(name, defGlobal, s, target.Span)
			return st.err == nil
		case classBlock:
			st.errorAt("assignment expression within a comprehension cannot be used in a class body", target.Span)
			return false
		}
	}
	return true
}

func (st *symtable) visitComprehension(g *syntax.Comprehension) {
	st.cur.compIterTarget = true
	st.visitExpr(g.Target)
	st.cur.compIterTarget = false
	st.cur.compIterExpr++
	st.visitExpr(g.Iter)
	st.cur.compIterExpr--
	st.visitExprs(g.Ifs)
	if g.IsAsync != 0 {
		st.cur.coroutine = true
	}
}

func (st *symtable) handleComprehension(e syntax.Expr, name string, gens []*syntax.Comprehension,
	elt, value syntax.Expr, kind compKind) {
	isGenerator := kind == generatorExpression
	if len(gens) == 0 {
		if st.err == nil {
			st.err = &MalformedTreeError{Msg: "comprehension with no generators"}
		}
		return
	}
	outermost := gens[0]
	// The outermost iterable is evaluated in the enclosing scope.
	st.cur.compIterExpr++
	st.visitExpr(outermost.Iter)
	st.cur.compIterExpr--
	st.enterBlock(name, functionBlock, e, *e.Position())
	st.cur.comprehension = kind
	if outermost.IsAsync != 0 {
		st.cur.coroutine = true
	}
	// The outermost iterator is the implicit argument ".0".
	st.addDef(".0", defParam, st.cur.span)
	st.cur.compIterTarget = true
	st.visitExpr(outermost.Target)
	st.cur.compIterTarget = false
	st.visitExprs(outermost.Ifs)
	for _, g := range gens[1:] {
		st.visitComprehension(g)
	}
	if value != nil {
		st.visitExpr(value)
	}
	st.visitExpr(elt)
	st.cur.generator = isGenerator
	isAsync := st.cur.coroutine && !isGenerator
	st.exitBlock()
	if isAsync {
		st.cur.coroutine = true
	}
}
