package ast

import (
	"fmt"
	"math"
	"math/big"
	"reflect"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// modeClass names the root class compile() expects in each mode.
var modeClass = map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}

// fromPy converts trees of node objects to package syntax's Go tree
// (CPython's obj2ast), with CPython's messages for what is missing or
// of the wrong type.
type fromPy struct {
	t  *py.Thread
	st *state
}

// modFromPy converts the root of a tree for compile() in mode.
func (st *state) modFromPy(t *py.Thread, o py.Object, mode string) (syntax.Mod, error) {
	want, ok := modeClass[mode]
	if !ok {
		return nil, py.Errorf(py.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if !o.Type().IsSubtype(st.classes[want]) {
		return nil, py.Errorf(py.TypeErrorType, "expected %s node, got %s", want, o.Type().ShortName())
	}
	c := &fromPy{t: t, st: st}
	n, err := c.node(o, "mod")
	if err != nil {
		return nil, err
	}
	return n.(syntax.Mod), nil
}

// node converts o as a value of the ASDL type typ (a sum such as expr,
// or a product such as arguments). A None sum value gives nil.
func (c *fromPy) node(o py.Object, typ string) (syntax.Node, error) {
	if l := c.st.layouts[typ]; l != nil {
		// A product type: its attributes and fields are read from o,
		// whatever its class.
		return c.fill(o, l, l)
	}
	if o == py.None {
		return nil, nil
	}
	members := c.st.members[typ]
	var base *layout
	var span syntax.Span
	if len(members) > 0 {
		if l := c.st.layouts[c.st.defs[members[0]].name]; l != nil && len(l.attrs) > 0 {
			base = l
			if err := c.readSpan(o, l, &span); err != nil {
				return nil, err
			}
		}
	}
	for _, cls := range members {
		if !o.Type().IsSubtype(cls) {
			continue
		}
		l := c.st.layouts[c.st.defs[cls].name]
		n, err := c.fill(o, l, nil)
		if err != nil {
			return nil, err
		}
		if base != nil {
			*reflect.ValueOf(n).Elem().FieldByName("Span").Addr().Interface().(*syntax.Span) = span
		}
		if k, ok := n.(*syntax.Constant); ok {
			if tc, ok := k.Value.(tupleConst); ok {
				return tc.expr(span), nil
			}
		}
		return n, nil
	}
	r, err := py.Repr(c.t, o)
	if err != nil {
		return nil, err
	}
	return nil, py.Errorf(py.TypeErrorType, "expected some sort of %s, but got %s", typ, r.String())
}

// readSpan reads the position attributes of o (lineno, col_offset,
// end_lineno, end_col_offset); missing end positions take the start's.
func (c *fromPy) readSpan(o py.Object, l *layout, span *syntax.Span) error {
	var vals [4]int
	var given [4]bool
	for i, a := range l.attrs {
		v, err := py.GetAttrOpt(c.t, o, c.st.name(a.name))
		if err != nil {
			return err
		}
		if v == nil || (v == py.None && a.kind == opt) {
			if a.kind == opt {
				continue
			}
			return py.Errorf(py.TypeErrorType, "required field \"%s\" missing from %s", a.name, l.owner)
		}
		n, err := c.int(v)
		if err != nil {
			return err
		}
		vals[i], given[i] = n, true
	}
	if !given[2] {
		vals[2] = vals[0]
	}
	if !given[3] {
		vals[3] = vals[1]
	}
	*span = syntax.Span{Lineno: int32(vals[0]), ColOffset: int32(vals[1]), EndLineno: int32(vals[2]), EndColOffset: int32(vals[3])}
	return nil
}

// fill makes the Go node of layout l from o's attributes. attrsOf, when
// not nil, is the layout whose position attributes are read too (a
// product type with attributes, such as arg).
func (c *fromPy) fill(o py.Object, l, attrsOf *layout) (syntax.Node, error) {
	n := l.def.newNode()
	v := reflect.ValueOf(n).Elem()
	if err := c.fields(o, l, v); err != nil {
		return nil, err
	}
	if attrsOf != nil && len(attrsOf.attrs) > 0 {
		// A product type's position attributes are read after its
		// fields (a sum type's, before: see node).
		var span syntax.Span
		if err := c.readSpan(o, attrsOf, &span); err != nil {
			return nil, err
		}
		if l.hasSpan {
			*v.FieldByName("Span").Addr().Interface().(*syntax.Span) = span
		}
	}
	return n, nil
}

// fields converts the fields of o into the struct v of layout l.
func (c *fromPy) fields(o py.Object, l *layout, v reflect.Value) error {
	// A required field that is None is reported after the other fields
	// are converted, as CPython's node constructors do.
	var missing error
	for i, f := range l.def.fields {
		a, err := py.GetAttrOpt(c.t, o, c.st.name(f.name))
		if err != nil {
			return err
		}
		if a == nil {
			if f.kind == opt {
				continue
			}
			return py.Errorf(py.TypeErrorType, "required field \"%s\" missing from %s", f.name, l.def.name)
		}
		if l.fields[i] < 0 {
			continue
		}
		dst := v.Field(l.fields[i])
		if f.kind == seq {
			lst, ok := py.AsList(a)
			if !ok {
				return py.Errorf(py.TypeErrorType, "%s field \"%s\" must be a list, not a %s", l.def.name, f.name, a.Type().ShortName())
			}
			items := append([]py.Object(nil), lst.Items()...)
			sl := reflect.MakeSlice(dst.Type(), len(items), len(items))
			for j, it := range items {
				if err := c.value(it, f, sl.Index(j), l.def.name); err != nil {
					return err
				}
			}
			dst.Set(sl)
			continue
		}
		if err := c.value(a, f, dst, l.def.name); err != nil {
			if _, isMissing := err.(*missingField); isMissing {
				if missing == nil {
					missing = py.Errorf(py.ValueErrorType, "%s", err.Error())
				}
				continue
			}
			return err
		}
	}
	return missing
}

// missingField is a required field whose value is None.
type missingField struct{ field, owner string }

func (e *missingField) Error() string {
	return fmt.Sprintf("field '%s' is required for %s", e.field, e.owner)
}

// requiredError is the error of a required field that is None.
func requiredError(f fieldDef, owner string) error {
	return &missingField{f.name, owner}
}

// value converts one value of field f into dst.
func (c *fromPy) value(o py.Object, f fieldDef, dst reflect.Value, owner string) error {
	switch f.typ {
	case "identifier", "string":
		if o == py.None {
			if f.kind == one {
				return requiredError(f, owner)
			}
			return nil
		}
		s, ok := o.(*py.Str)
		if !ok {
			what := "identifier"
			if f.typ == "string" {
				what = "string"
			}
			return py.Errorf(py.TypeErrorType, "AST %s must be of type str", what)
		}
		dst.SetString(s.String())
		return nil
	case "int":
		if o == py.None && f.kind == opt {
			return nil
		}
		n, err := c.int(o)
		if err != nil {
			return err
		}
		dst.SetInt(int64(n))
		return nil
	case "constant":
		v, err := c.constant(o)
		if err != nil {
			return err
		}
		if v == nil && f.kind == one {
			return requiredError(f, owner)
		}
		if v != nil {
			dst.Set(reflect.ValueOf(&v).Elem())
		}
		return nil
	case "expr_context", "boolop", "operator", "unaryop", "cmpop":
		for _, cls := range c.st.members[f.typ] {
			if o.Type().IsSubtype(cls) {
				dst.SetUint(uint64(c.st.defs[cls].enum))
				return nil
			}
		}
		r, err := py.Repr(c.t, o)
		if err != nil {
			return err
		}
		return py.Errorf(py.TypeErrorType, "expected some sort of %s, but got %s", f.typ, r.String())
	}
	if o == py.None && f.kind == opt {
		return nil
	}
	n, err := c.node(o, f.typ)
	if err != nil {
		return err
	}
	if n == nil {
		if f.kind == one {
			return requiredError(f, owner)
		}
		return nil
	}
	dst.Set(reflect.ValueOf(n))
	return nil
}

// int converts an int attribute as CPython's obj2ast_int does.
func (c *fromPy) int(o py.Object) (int, error) {
	small, bigv, ok := py.IntValue(o)
	if !ok {
		r, err := py.Repr(c.t, o)
		if err != nil {
			return 0, err
		}
		return 0, py.Errorf(py.ValueErrorType, "invalid integer value: %s", r.String())
	}
	if bigv != nil || small > math.MaxInt32 || small < math.MinInt32 {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(small), nil
}

// constant converts the value of a Constant node; None stays nil (the
// node's value is then required and missing), py.None is syntax.None.
func (c *fromPy) constant(o py.Object) (syntax.Value, error) {
	switch v := o.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Float:
		return float64(v), nil
	case py.Complex:
		return complex128(v), nil
	case *py.Str:
		return v.String(), nil
	case *py.Bytes:
		b, _ := py.BytesLike(v)
		return syntax.Bytes(b), nil
	}
	if o == py.None {
		return syntax.None, nil
	}
	if o == py.Ellipsis {
		return syntax.Ellipsis, nil
	}
	if o.Type() == py.IntType {
		small, bigv, _ := py.IntValue(o)
		if bigv != nil {
			return new(big.Int).Set(bigv), nil
		}
		return small, nil
	}
	if o.Type() == py.TupleType {
		items := o.(*py.Tuple).Items()
		tc := make(tupleConst, len(items))
		for i, it := range items {
			v, err := c.constant(it)
			if err != nil {
				return nil, err
			}
			if bad, ok := v.(invalidConst); ok {
				return bad, nil
			}
			tc[i] = v
		}
		return tc, nil
	}
	if o.Type() == py.FrozenSetType {
		return nil, py.Errorf(py.NotImplementedErrorType, "kaa cannot compile a Constant holding a frozenset yet")
	}
	return invalidConst(o.Type().ShortName()), nil
}

// invalidConst is the value of a Constant node holding an object of a
// type constants cannot have (its type's name): validation reports it,
// after the whole tree is converted, as CPython does.
type invalidConst string

// tupleConst is the value of a Constant node holding a tuple, which
// package syntax cannot hold: it becomes a Tuple display of constants,
// which the compiler folds back into the same tuple constant.
type tupleConst []syntax.Value

// expr returns the Tuple node of the constant, at span.
func (tc tupleConst) expr(span syntax.Span) syntax.Expr {
	elts := make([]syntax.Expr, len(tc))
	for i, v := range tc {
		if inner, ok := v.(tupleConst); ok {
			elts[i] = inner.expr(span)
		} else {
			elts[i] = &syntax.Constant{Span: span, Value: v}
		}
	}
	return &syntax.Tuple{Span: span, Elts: elts, Ctx: syntax.Load}
}
