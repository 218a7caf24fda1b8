package compile

import (
	"math"
	"math/big"
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Under "from __future__ import annotations" an annotation is stored as
// the source text of its expression, as CPython's Python/ast_unparse.c
// writes it: minimal parentheses by operator precedence, one space around
// binary operators, repr() of constants.

// Precedence levels, lowest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // |
	prBXor
	prBAnd
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

const prBOr = prExpr

// unparseAnnotation returns the text of an annotation.
func unparseAnnotation(e syntax.Expr) string {
	var w unparser
	w.expr(e, prTest)
	return w.String()
}

type unparser struct {
	strings.Builder
}

func (w *unparser) openIf(cond bool) {
	if cond {
		w.WriteByte('(')
	}
}

func (w *unparser) closeIf(cond bool) {
	if cond {
		w.WriteByte(')')
	}
}

func (w *unparser) expr(e syntax.Expr, level int) {
	switch e := e.(type) {
	case *syntax.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == syntax.Or {
			op, pr = " or ", prOr
		}
		w.openIf(level > pr)
		for i, v := range e.Values {
			if i > 0 {
				w.WriteString(op)
			}
			w.expr(v, pr+1)
		}
		w.closeIf(level > pr)
	case *syntax.BinOp:
		op, pr := binOpText(e.Op)
		rassoc := 0
		if e.Op == syntax.OpPow {
			rassoc = 1
		}
		w.openIf(level > pr)
		w.expr(e.Left, pr+rassoc)
		w.WriteString(op)
		w.expr(e.Right, pr+1-rassoc)
		w.closeIf(level > pr)
	case *syntax.UnaryOp:
		op, pr := "-", prFactor
		switch e.Op {
		case syntax.Invert:
			op = "~"
		case syntax.Not:
			op, pr = "not ", prNot
		case syntax.UAdd:
			op = "+"
		}
		w.openIf(level > pr)
		w.WriteString(op)
		w.expr(e.Operand, pr)
		w.closeIf(level > pr)
	case *syntax.Lambda:
		w.openIf(level > prTest)
		if len(e.Args.Args)+len(e.Args.Posonlyargs) > 0 {
			w.WriteString("lambda ")
		} else {
			w.WriteString("lambda")
		}
		w.args(e.Args)
		w.WriteString(": ")
		w.expr(e.Body, prTest)
		w.closeIf(level > prTest)
	case *syntax.IfExp:
		w.openIf(level > prTest)
		w.expr(e.Body, prTest+1)
		w.WriteString(" if ")
		w.expr(e.Test, prTest+1)
		w.WriteString(" else ")
		w.expr(e.Orelse, prTest)
		w.closeIf(level > prTest)
	case *syntax.Dict:
		w.WriteByte('{')
		for i, v := range e.Values {
			if i > 0 {
				w.WriteString(", ")
			}
			if e.Keys[i] != nil {
				w.expr(e.Keys[i], prTest)
				w.WriteString(": ")
				w.expr(v, prTest)
			} else {
				w.WriteString("**")
				w.expr(v, prExpr)
			}
		}
		w.WriteByte('}')
	case *syntax.Set:
		w.WriteByte('{')
		w.exprList(e.Elts)
		w.WriteByte('}')
	case *syntax.GeneratorExp:
		w.WriteByte('(')
		w.expr(e.Elt, prTest)
		w.comprehensions(e.Generators)
		w.WriteByte(')')
	case *syntax.ListComp:
		w.WriteByte('[')
		w.expr(e.Elt, prTest)
		w.comprehensions(e.Generators)
		w.WriteByte(']')
	case *syntax.SetComp:
		w.WriteByte('{')
		w.expr(e.Elt, prTest)
		w.comprehensions(e.Generators)
		w.WriteByte('}')
	case *syntax.DictComp:
		w.WriteByte('{')
		w.expr(e.Key, prTest)
		w.WriteString(": ")
		w.expr(e.Value, prTest)
		w.comprehensions(e.Generators)
		w.WriteByte('}')
	case *syntax.Yield:
		if e.Value == nil {
			w.WriteString("(yield)")
			return
		}
		w.WriteString("(yield ")
		w.expr(e.Value, prTest)
		w.WriteByte(')')
	case *syntax.YieldFrom:
		w.WriteString("(yield from ")
		w.expr(e.Value, prTest)
		w.WriteByte(')')
	case *syntax.Await:
		w.openIf(level > prAwait)
		w.WriteString("await ")
		w.expr(e.Value, prAtom)
		w.closeIf(level > prAwait)
	case *syntax.Compare:
		w.openIf(level > prCmp)
		w.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			w.WriteString(cmpOpText(op))
			w.expr(e.Comparators[i], prCmp+1)
		}
		w.closeIf(level > prCmp)
	case *syntax.Call:
		w.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				w.expr(g, prTest)
				return
			}
		}
		w.WriteByte('(')
		first := true
		for _, a := range e.Args {
			if !first {
				w.WriteString(", ")
			}
			first = false
			w.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				w.WriteString(", ")
			}
			first = false
			if k.Arg == "" {
				w.WriteString("**")
			} else {
				w.WriteString(k.Arg)
				w.WriteByte('=')
			}
			w.expr(k.Value, prTest)
		}
		w.WriteByte(')')
	case *syntax.Constant:
		if _, ok := e.Value.(syntax.EllipsisType); ok {
			w.WriteString("...")
			return
		}
		w.WriteString(e.Kind)
		w.constant(fromValue(e.Value))
	case *syntax.JoinedStr:
		w.joinedStr(e, false)
	case *syntax.FormattedValue:
		w.formattedValue(e)
	case *syntax.Attribute:
		w.expr(e.Value, prAtom)
		period := "."
		if k, ok := e.Value.(*syntax.Constant); ok {
			switch k.Value.(type) {
			case int64, *big.Int:
				period = " ."
			}
		}
		w.WriteString(period)
		w.WriteString(e.Attr)
	case *syntax.Subscript:
		w.expr(e.Value, prAtom)
		w.WriteByte('[')
		w.expr(e.Slice, prTuple)
		w.WriteByte(']')
	case *syntax.Starred:
		w.WriteByte('*')
		w.expr(e.Value, prExpr)
	case *syntax.Slice:
		if e.Lower != nil {
			w.expr(e.Lower, prTest)
		}
		w.WriteByte(':')
		if e.Upper != nil {
			w.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			w.WriteByte(':')
			w.expr(e.Step, prTest)
		}
	case *syntax.Name:
		w.WriteString(e.Id)
	case *syntax.List:
		w.WriteByte('[')
		w.exprList(e.Elts)
		w.WriteByte(']')
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			w.WriteString("()")
			return
		}
		w.openIf(level > prTuple)
		w.exprList(e.Elts)
		if len(e.Elts) == 1 {
			w.WriteByte(',')
		}
		w.closeIf(level > prTuple)
	case *syntax.NamedExpr:
		w.openIf(level > prTuple)
		w.expr(e.Target, prAtom)
		w.WriteString(" := ")
		w.expr(e.Value, prAtom)
		w.closeIf(level > prTuple)
	}
}

func (w *unparser) exprList(es []syntax.Expr) {
	for i, e := range es {
		if i > 0 {
			w.WriteString(", ")
		}
		w.expr(e, prTest)
	}
}

func binOpText(op syntax.Operator) (string, int) {
	switch op {
	case syntax.OpAdd:
		return " + ", prArith
	case syntax.OpSub:
		return " - ", prArith
	case syntax.OpMult:
		return " * ", prTerm
	case syntax.OpMatMult:
		return " @ ", prTerm
	case syntax.OpDiv:
		return " / ", prTerm
	case syntax.OpMod:
		return " % ", prTerm
	case syntax.OpLShift:
		return " << ", prShift
	case syntax.OpRShift:
		return " >> ", prShift
	case syntax.OpBitOr:
		return " | ", prBOr
	case syntax.OpBitXor:
		return " ^ ", prBXor
	case syntax.OpBitAnd:
		return " & ", prBAnd
	case syntax.OpFloorDiv:
		return " // ", prTerm
	}
	return " ** ", prPower
}

func cmpOpText(op syntax.CmpOp) string {
	return [...]string{" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "}[op]
}

func (w *unparser) arg(a *syntax.Arg) {
	w.WriteString(a.Arg)
	if a.Annotation != nil {
		w.WriteString(": ")
		w.expr(a.Annotation, prTest)
	}
}

func (w *unparser) args(a *syntax.Arguments) {
	first := true
	sep := func() {
		if !first {
			w.WriteString(", ")
		}
		first = false
	}
	nposonly, nargs, ndefaults := len(a.Posonlyargs), len(a.Args), len(a.Defaults)
	for i := 0; i < nposonly+nargs; i++ {
		sep()
		if i < nposonly {
			w.arg(a.Posonlyargs[i])
		} else {
			w.arg(a.Args[i-nposonly])
		}
		if di := i - nposonly - nargs + ndefaults; di >= 0 {
			w.WriteByte('=')
			w.expr(a.Defaults[di], prTest)
		}
		if nposonly > 0 && i+1 == nposonly {
			w.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		w.WriteByte('*')
		if a.Vararg != nil {
			w.arg(a.Vararg)
		}
	}
	nkw, nkwdefaults := len(a.Kwonlyargs), len(a.KwDefaults)
	for i := 0; i < nkw; i++ {
		sep()
		w.arg(a.Kwonlyargs[i])
		if di := i - nkw + nkwdefaults; di >= 0 && a.KwDefaults[di] != nil {
			w.WriteByte('=')
			w.expr(a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		w.WriteString("**")
		w.arg(a.Kwarg)
	}
}

func (w *unparser) comprehensions(gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			w.WriteString(" async for ")
		} else {
			w.WriteString(" for ")
		}
		w.expr(g.Target, prTuple)
		w.WriteString(" in ")
		w.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			w.WriteString(" if ")
			w.expr(cond, prTest+1)
		}
	}
}

// constant writes repr() of a constant, with infinities spelled 1e309 so
// that the text evaluates back to the value.
func (w *unparser) constant(k bytecode.Const) {
	if t, ok := k.(bytecode.Tuple); ok {
		w.WriteByte('(')
		for i, item := range t {
			if i > 0 {
				w.WriteString(", ")
			}
			w.constant(item)
		}
		if len(t) == 1 {
			w.WriteByte(',')
		}
		w.WriteByte(')')
		return
	}
	r := constRepr(k)
	switch v := k.(type) {
	case float64:
		if math.IsInf(v, 0) {
			r = strings.ReplaceAll(r, "inf", "1e309")
		}
	case complex128:
		r = strings.ReplaceAll(r, "inf", "1e309")
	}
	w.WriteString(r)
}

func (w *unparser) fstringElement(e syntax.Expr, isFormatSpec bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		s, _ := e.Value.(string)
		s = strings.ReplaceAll(s, "{", "{{")
		s = strings.ReplaceAll(s, "}", "}}")
		w.WriteString(s)
	case *syntax.JoinedStr:
		w.joinedStr(e, isFormatSpec)
	case *syntax.FormattedValue:
		w.formattedValue(e)
	}
}

func (w *unparser) joinedStr(e *syntax.JoinedStr, isFormatSpec bool) {
	var body unparser
	for _, v := range e.Values {
		body.fstringElement(v, isFormatSpec)
	}
	if isFormatSpec {
		w.WriteString(body.String())
		return
	}
	w.WriteByte('f')
	w.WriteString(syntax.ReprStr(body.String()))
}

func (w *unparser) formattedValue(e *syntax.FormattedValue) {
	var inner unparser
	inner.expr(e.Value, prTest+1)
	text := inner.String()
	if strings.HasPrefix(text, "{") {
		// A value starting with a brace is set off from the outer one.
		w.WriteString("{ ")
	} else {
		w.WriteByte('{')
	}
	w.WriteString(text)
	switch e.Conversion {
	case 'a':
		w.WriteString("!a")
	case 'r':
		w.WriteString("!r")
	case 's':
		w.WriteString("!s")
	}
	if e.FormatSpec != nil {
		w.WriteByte(':')
		w.fstringElement(e.FormatSpec, true)
	}
	w.WriteByte('}')
}
