package compile

import (
	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// The folder rewrites the tree before the symbol table is built, as
// CPython's Python/ast_opt.c does: operations on constants become
// constants (1 + 2, -5, "ab" * 3, (1, 2), "abc"[0]), __debug__ becomes
// True or False, "not (a in b)" becomes "a not in b", a list or set
// literal iterated over or tested with "in" becomes a tuple or frozenset.
// It changes the tree in place.

type folder struct {
	optimize          int
	futureAnnotations bool
}

func (f *folder) mod(m syntax.Mod) {
	switch m := m.(type) {
	case *syntax.Module:
		f.body(m.Body)
	case *syntax.Interactive:
		f.stmts(m.Body)
	case *syntax.Expression:
		m.Body = f.expr(m.Body)
	}
}

// docString returns the docstring constant of a body, if any.
func docString(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	st, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return "", false
	}
	c, ok := st.Value.(*syntax.Constant)
	if !ok {
		return "", false
	}
	s, ok := c.Value.(string)
	return s, ok
}

// body folds a module, class or function body; a first statement that
// folding turns into a string (such as "a" + "b") must not become a
// docstring, so it is wrapped in a JoinedStr as CPython does.
func (f *folder) body(stmts []syntax.Stmt) {
	_, had := docString(stmts)
	f.stmts(stmts)
	if _, has := docString(stmts); has && !had {
		st := stmts[0].(*syntax.ExprStmt)
		st.Value = &syntax.JoinedStr{Span: st.Span, Values: []syntax.Expr{st.Value}}
	}
}

func (f *folder) stmts(stmts []syntax.Stmt) {
	for _, s := range stmts {
		f.stmt(s)
	}
}

func (f *folder) exprs(es []syntax.Expr) {
	for i, e := range es {
		if e != nil {
			es[i] = f.expr(e)
		}
	}
}

func (f *folder) opt(e syntax.Expr) syntax.Expr {
	if e == nil {
		return nil
	}
	return f.expr(e)
}

func (f *folder) arguments(a *syntax.Arguments) {
	if a == nil {
		return
	}
	f.args(a.Posonlyargs)
	f.args(a.Args)
	f.arg(a.Vararg)
	f.args(a.Kwonlyargs)
	f.exprs(a.KwDefaults)
	f.arg(a.Kwarg)
	f.exprs(a.Defaults)
}

func (f *folder) args(as []*syntax.Arg) {
	for _, a := range as {
		f.arg(a)
	}
}

func (f *folder) arg(a *syntax.Arg) {
	if a != nil && !f.futureAnnotations {
		a.Annotation = f.opt(a.Annotation)
	}
}

func (f *folder) keywords(ks []*syntax.Keyword) {
	for _, k := range ks {
		k.Value = f.expr(k.Value)
	}
}

func (f *folder) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		s.Args = nonNilArgs(s.Args)
		f.arguments(s.Args)
		f.body(s.Body)
		f.exprs(s.DecoratorList)
		if !f.futureAnnotations {
			s.Returns = f.opt(s.Returns)
		}
	case *syntax.AsyncFunctionDef:
		s.Args = nonNilArgs(s.Args)
		f.arguments(s.Args)
		f.body(s.Body)
		f.exprs(s.DecoratorList)
		if !f.futureAnnotations {
			s.Returns = f.opt(s.Returns)
		}
	case *syntax.ClassDef:
		f.exprs(s.Bases)
		f.keywords(s.Keywords)
		f.body(s.Body)
		f.exprs(s.DecoratorList)
	case *syntax.Return:
		s.Value = f.opt(s.Value)
	case *syntax.Delete:
		f.exprs(s.Targets)
	case *syntax.Assign:
		f.exprs(s.Targets)
		s.Value = f.expr(s.Value)
	case *syntax.AugAssign:
		s.Target = f.expr(s.Target)
		s.Value = f.expr(s.Value)
	case *syntax.AnnAssign:
		s.Target = f.expr(s.Target)
		if !f.futureAnnotations {
			s.Annotation = f.expr(s.Annotation)
		}
		s.Value = f.opt(s.Value)
	case *syntax.For:
		s.Target = f.expr(s.Target)
		s.Iter = f.expr(s.Iter)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
		s.Iter = foldIter(s.Iter)
	case *syntax.AsyncFor:
		s.Target = f.expr(s.Target)
		s.Iter = f.expr(s.Iter)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.While:
		s.Test = f.expr(s.Test)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.If:
		s.Test = f.expr(s.Test)
		f.stmts(s.Body)
		f.stmts(s.Orelse)
	case *syntax.With:
		f.withItems(s.Items)
		f.stmts(s.Body)
	case *syntax.AsyncWith:
		f.withItems(s.Items)
		f.stmts(s.Body)
	case *syntax.Raise:
		s.Exc = f.opt(s.Exc)
		s.Cause = f.opt(s.Cause)
	case *syntax.Match:
		s.Subject = f.expr(s.Subject)
		for _, c := range s.Cases {
			c.Pattern = f.pattern(c.Pattern)
			c.Guard = f.opt(c.Guard)
			f.stmts(c.Body)
		}
	case *syntax.Try:
		f.stmts(s.Body)
		f.handlers(s.Handlers)
		f.stmts(s.Orelse)
		f.stmts(s.Finalbody)
	case *syntax.TryStar:
		f.stmts(s.Body)
		f.handlers(s.Handlers)
		f.stmts(s.Orelse)
		f.stmts(s.Finalbody)
	case *syntax.Assert:
		s.Test = f.expr(s.Test)
		s.Msg = f.opt(s.Msg)
	case *syntax.ExprStmt:
		s.Value = f.expr(s.Value)
	}
}

func (f *folder) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		it.ContextExpr = f.expr(it.ContextExpr)
		it.OptionalVars = f.opt(it.OptionalVars)
	}
}

func (f *folder) handlers(hs []*syntax.ExceptHandler) {
	for _, h := range hs {
		h.Type = f.opt(h.Type)
		f.stmts(h.Body)
	}
}

func (f *folder) pattern(p syntax.Pattern) syntax.Pattern {
	switch p := p.(type) {
	case *syntax.MatchValue:
		p.Value = f.expr(p.Value)
	case *syntax.MatchSequence:
		f.patterns(p.Patterns)
	case *syntax.MatchMapping:
		f.exprs(p.Keys)
		f.patterns(p.Patterns)
	case *syntax.MatchClass:
		p.Cls = f.expr(p.Cls)
		f.patterns(p.Patterns)
		f.patterns(p.KwdPatterns)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			p.Pattern = f.pattern(p.Pattern)
		}
	case *syntax.MatchOr:
		f.patterns(p.Patterns)
	}
	return p
}

func (f *folder) patterns(ps []syntax.Pattern) {
	for i, p := range ps {
		ps[i] = f.pattern(p)
	}
}

func (f *folder) comprehensions(gens []*syntax.Comprehension) {
	for _, g := range gens {
		g.Target = f.expr(g.Target)
		g.Iter = f.expr(g.Iter)
		f.exprs(g.Ifs)
		g.Iter = foldIter(g.Iter)
	}
}

// expr folds e and returns what replaces it.
func (f *folder) expr(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.BoolOp:
		f.exprs(e.Values)
	case *syntax.BinOp:
		e.Left = f.expr(e.Left)
		e.Right = f.expr(e.Right)
		l, ok1 := constOf(e.Left)
		if !ok1 {
			return e
		}
		if fmt, ok := l.(string); ok && e.Op == syntax.OpMod {
			if t, ok := e.Right.(*syntax.Tuple); ok && !hasStarred(t.Elts) {
				if js := optimizeFormat(e.Span, fmt, t.Elts); js != nil {
					return js
				}
				return e
			}
		}
		if r, ok := constOf(e.Right); ok {
			if v, ok := foldBinOp(e.Op, l, r); ok {
				return makeConst(e.Span, v)
			}
		}
	case *syntax.UnaryOp:
		e.Operand = f.expr(e.Operand)
		v, ok := constOf(e.Operand)
		if !ok {
			if e.Op == syntax.Not {
				if cmp, ok := e.Operand.(*syntax.Compare); ok && len(cmp.Ops) == 1 {
					if inv, ok := invertCmp(cmp.Ops[0]); ok {
						cmp.Ops[0] = inv
						return cmp
					}
				}
			}
			return e
		}
		if r, ok := foldUnaryOp(e.Op, v); ok {
			return makeConst(e.Span, r)
		}
	case *syntax.Lambda:
		e.Args = nonNilArgs(e.Args)
		f.arguments(e.Args)
		e.Body = f.expr(e.Body)
	case *syntax.IfExp:
		e.Test = f.expr(e.Test)
		e.Body = f.expr(e.Body)
		e.Orelse = f.expr(e.Orelse)
	case *syntax.Dict:
		f.exprs(e.Keys)
		f.exprs(e.Values)
	case *syntax.Set:
		f.exprs(e.Elts)
	case *syntax.ListComp:
		e.Elt = f.expr(e.Elt)
		f.comprehensions(e.Generators)
	case *syntax.SetComp:
		e.Elt = f.expr(e.Elt)
		f.comprehensions(e.Generators)
	case *syntax.DictComp:
		e.Key = f.expr(e.Key)
		e.Value = f.expr(e.Value)
		f.comprehensions(e.Generators)
	case *syntax.GeneratorExp:
		e.Elt = f.expr(e.Elt)
		f.comprehensions(e.Generators)
	case *syntax.Await:
		e.Value = f.expr(e.Value)
	case *syntax.Yield:
		e.Value = f.opt(e.Value)
	case *syntax.YieldFrom:
		e.Value = f.expr(e.Value)
	case *syntax.Compare:
		e.Left = f.expr(e.Left)
		f.exprs(e.Comparators)
		if n := len(e.Ops) - 1; n >= 0 && n < len(e.Comparators) && (e.Ops[n] == syntax.CmpIn || e.Ops[n] == syntax.CmpNotIn) {
			e.Comparators[n] = foldIter(e.Comparators[n])
		}
	case *syntax.Call:
		e.Func = f.expr(e.Func)
		f.exprs(e.Args)
		f.keywords(e.Keywords)
	case *syntax.FormattedValue:
		e.Value = f.expr(e.Value)
		e.FormatSpec = f.opt(e.FormatSpec)
	case *syntax.JoinedStr:
		f.exprs(e.Values)
	case *syntax.Attribute:
		e.Value = f.expr(e.Value)
	case *syntax.Subscript:
		e.Value = f.expr(e.Value)
		e.Slice = f.expr(e.Slice)
		if e.Ctx == syntax.Load {
			v, ok1 := constOf(e.Value)
			i, ok2 := constOf(e.Slice)
			if ok1 && ok2 {
				if r, ok := foldSubscript(v, i); ok {
					return makeConst(e.Span, r)
				}
			}
		}
	case *syntax.Starred:
		e.Value = f.expr(e.Value)
	case *syntax.Slice:
		e.Lower = f.opt(e.Lower)
		e.Upper = f.opt(e.Upper)
		e.Step = f.opt(e.Step)
	case *syntax.List:
		f.exprs(e.Elts)
	case *syntax.Tuple:
		f.exprs(e.Elts)
		if e.Ctx == syntax.Load {
			if t, ok := constTuple(e.Elts); ok {
				return makeConst(e.Span, t)
			}
		}
	case *syntax.Name:
		if e.Ctx == syntax.Load && e.Id == "__debug__" {
			return makeConst(e.Span, f.optimize == 0)
		}
	case *syntax.NamedExpr:
		e.Value = f.expr(e.Value)
	}
	return e
}

// nonNilArgs returns a, or empty arguments for a tree built without them.
func nonNilArgs(a *syntax.Arguments) *syntax.Arguments {
	if a == nil {
		return &syntax.Arguments{}
	}
	return a
}

// invertCmp returns the negation of a comparison operator that can be
// negated safely (is, is not, in, not in).
func invertCmp(op syntax.CmpOp) (syntax.CmpOp, bool) {
	switch op {
	case syntax.CmpIs:
		return syntax.CmpIsNot, true
	case syntax.CmpIsNot:
		return syntax.CmpIs, true
	case syntax.CmpIn:
		return syntax.CmpNotIn, true
	case syntax.CmpNotIn:
		return syntax.CmpIn, true
	}
	return 0, false
}

// constOf returns the value of a Constant node as a code constant.
func constOf(e syntax.Expr) (bytecode.Const, bool) {
	c, ok := e.(*syntax.Constant)
	if !ok {
		return nil, false
	}
	return fromValue(c.Value), true
}

func makeConst(span syntax.Span, v bytecode.Const) *syntax.Constant {
	return &syntax.Constant{Span: span, Value: toValue(v)}
}

// constTuple returns the tuple of the values of elts when all are
// constants.
func constTuple(elts []syntax.Expr) (bytecode.Tuple, bool) {
	t := make(bytecode.Tuple, len(elts))
	for i, e := range elts {
		v, ok := constOf(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}

// foldIter turns a list display that is iterated over into a tuple (a
// constant one when it can), and a set display of constants into a
// frozenset constant.
func foldIter(e syntax.Expr) syntax.Expr {
	switch x := e.(type) {
	case *syntax.List:
		for _, el := range x.Elts {
			if _, ok := el.(*syntax.Starred); ok {
				return e
			}
		}
		if t, ok := constTuple(x.Elts); ok {
			return makeConst(x.Span, t)
		}
		return &syntax.Tuple{Span: x.Span, Elts: x.Elts, Ctx: x.Ctx}
	case *syntax.Set:
		if t, ok := constTuple(x.Elts); ok {
			return makeConst(x.Span, makeFrozenSet(t))
		}
	}
	return e
}
