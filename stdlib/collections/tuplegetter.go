package collections

import "github.com/kaa-lang/kaa/py"

// TupleGetter is _collections._tuplegetter(index, doc): the descriptor
// namedtuple classes use for their fields, reading one item of the tuple.
type TupleGetter struct {
	index int
	doc   py.Object
}

// TupleGetterType is the type of field descriptors.
var TupleGetterType = py.NewBuiltinType("_collections._tuplegetter", nil, 0)

// Type returns TupleGetterType.
func (*TupleGetter) Type() *py.Type { return TupleGetterType }

func init() {
	TupleGetterType.QualName = "_tuplegetter"
	TupleGetterType.AddAttr("__module__", py.NewStr("_collections"))
	s := &TupleGetterType.Slots
	s.New = func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("_tuplegetter", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeErrorType, "_tuplegetter expected 2 arguments, got %d", len(args))
		}
		i, err := py.AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		return &TupleGetter{index: i, doc: args[1]}, nil
	}
	s.DescrGet = func(t *py.Thread, d, obj py.Object, typ *py.Type) (py.Object, error) {
		g := d.(*TupleGetter)
		if obj == nil || obj == py.None && typ != nil && typ != py.NoneTypeType {
			return d, nil
		}
		tup, ok := py.AsTuple(obj)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, py.TypeName(obj))
		}
		if g.index < 0 || g.index >= tup.Len() {
			return nil, py.Errorf(py.IndexErrorType, "tuple index out of range")
		}
		return tup.At(g.index), nil
	}
	s.DescrSet = func(t *py.Thread, d, obj, v py.Object) error {
		if v == nil {
			return py.Errorf(py.AttributeErrorType, "can't delete attribute")
		}
		return py.Errorf(py.AttributeErrorType, "can't set attribute")
	}
	TupleGetterType.AddGetSet("__doc__", func(t *py.Thread, o py.Object) (py.Object, error) {
		return o.(*TupleGetter).doc, nil
	}, func(t *py.Thread, o, v py.Object) error {
		if v == nil {
			v = py.None
		}
		o.(*TupleGetter).doc = v
		return nil
	}, "")
	TupleGetterType.AddMethod("__reduce__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		g := self.(*TupleGetter)
		return py.NewTuple(TupleGetterType, py.NewTuple(py.NewInt(int64(g.index)), g.doc)), nil
	}, "")
}
