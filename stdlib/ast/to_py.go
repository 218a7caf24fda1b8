package ast

import (
	"math/big"
	"reflect"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/syntax"
)

// pyNamer is implemented by the nodes and enumeration values of
// package syntax.
type pyNamer interface{ PyName() string }

// toPy converts a Go tree into node objects of the interpreter's
// classes (CPython's ast2obj).
func (st *state) toPy(n syntax.Node) (py.Object, error) {
	if n == nil || reflect.ValueOf(n).IsNil() {
		return py.None, nil
	}
	name := n.PyName()
	l := st.layouts[name]
	if l == nil {
		return nil, py.Errorf(py.SystemErrorType, "_ast: no class for node %s", name)
	}
	obj := py.NewInstanceWithBase(st.classes[name], nil)
	d := py.InstanceDict(obj)
	v := reflect.ValueOf(n).Elem()
	for i, f := range l.def.fields {
		idx := l.fields[i]
		if idx < 0 {
			continue
		}
		o, err := st.valueToPy(f, v.Field(idx))
		if err != nil {
			return nil, err
		}
		d.SetStr(st.name(f.name), o)
	}
	if l.hasSpan {
		sp := v.FieldByName("Span").Addr().Interface().(*syntax.Span)
		d.SetStr(st.name("lineno"), py.NewInt(int64(sp.Lineno)))
		d.SetStr(st.name("col_offset"), py.NewInt(int64(sp.ColOffset)))
		d.SetStr(st.name("end_lineno"), py.NewInt(int64(sp.EndLineno)))
		d.SetStr(st.name("end_col_offset"), py.NewInt(int64(sp.EndColOffset)))
	}
	return obj, nil
}

// valueToPy converts the Go value of one field.
func (st *state) valueToPy(f fieldDef, v reflect.Value) (py.Object, error) {
	if f.kind == seq {
		n := v.Len()
		items := make([]py.Object, n)
		for i := 0; i < n; i++ {
			o, err := st.itemToPy(f, v.Index(i))
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return py.NewList(items), nil
	}
	return st.itemToPy(f, v)
}

// itemToPy converts one value of a field's ASDL type.
func (st *state) itemToPy(f fieldDef, v reflect.Value) (py.Object, error) {
	switch f.typ {
	case "identifier", "string":
		s := v.String()
		if s == "" && f.kind == opt {
			return py.None, nil
		}
		return py.NewStr(s), nil
	case "int":
		return py.NewInt(v.Int()), nil
	case "constant":
		if v.IsNil() {
			return py.None, nil
		}
		return constToPy(v.Interface()), nil
	case "expr_context", "boolop", "operator", "unaryop", "cmpop":
		return st.singletons[v.Interface().(pyNamer).PyName()], nil
	}
	if v.IsNil() {
		return py.None, nil
	}
	return st.toPy(v.Interface().(syntax.Node))
}

// constToPy converts the value of a Constant node.
func constToPy(v syntax.Value) py.Object {
	switch c := v.(type) {
	case syntax.NoneType:
		return py.None
	case syntax.EllipsisType:
		return py.Ellipsis
	case bool:
		return py.Bool(c)
	case int64:
		return py.NewInt(c)
	case *big.Int:
		return py.NewIntFromBig(c)
	case float64:
		return py.Float(c)
	case complex128:
		return py.Complex(c)
	case string:
		return py.NewStr(c)
	case syntax.Bytes:
		return py.NewBytes([]byte(c))
	}
	return py.None
}
