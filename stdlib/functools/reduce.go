package functools

import "github.com/kaa-lang/kaa/py"

// reduce is functools.reduce(function, iterable[, initial]).
func reduce(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("reduce", args, kw, 2, 3); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, args[1])
	if err != nil {
		if py.IsExceptionOf(err, py.TypeErrorType) {
			return nil, py.Errorf(py.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, err = py.Call(t, args[0], []py.Object{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, py.Errorf(py.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// KeyWrapper is what cmp_to_key(mycmp) returns, and what calling it
// returns: a key that compares by calling mycmp.
type KeyWrapper struct {
	cmp py.Object
	obj py.Object // nil for the factory itself
}

// KeyWrapperType is the type of cmp_to_key's keys.
var KeyWrapperType = py.NewBuiltinType("functools.KeyWrapper", nil, 0)

// Type returns KeyWrapperType.
func (*KeyWrapper) Type() *py.Type { return KeyWrapperType }

func init() {
	KeyWrapperType.QualName = "KeyWrapper"
	KeyWrapperType.AddAttr("__module__", py.NewStr("functools"))
	s := &KeyWrapperType.Slots
	s.Hash = py.HashNotImplemented
	s.Call = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var obj py.Object
		if err := py.UnpackArgs("K", args, kw, "obj", &obj); err != nil {
			return nil, err
		}
		return &KeyWrapper{cmp: o.(*KeyWrapper).cmp, obj: obj}, nil
	}
	s.Compare = func(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		x := a.(*KeyWrapper)
		y, ok := b.(*KeyWrapper)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "other argument must be K instance")
		}
		r, err := py.Call(t, x.cmp, []py.Object{x.obj, y.obj}, nil)
		if err != nil {
			return nil, err
		}
		return py.RichCompare(t, r, py.NewInt(0), op)
	}
	KeyWrapperType.AddGetSet("obj", func(t *py.Thread, o py.Object) (py.Object, error) {
		if v := o.(*KeyWrapper).obj; v != nil {
			return v, nil
		}
		return nil, py.Errorf(py.AttributeErrorType, "obj")
	}, func(t *py.Thread, o, v py.Object) error {
		o.(*KeyWrapper).obj = v
		return nil
	}, "Value wrapped by a key function.")
}

// cmpToKey is cmp_to_key(mycmp).
func cmpToKey(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var cmp py.Object
	if err := py.UnpackArgs("cmp_to_key", args, kw, "mycmp", &cmp); err != nil {
		return nil, err
	}
	return &KeyWrapper{cmp: cmp}, nil
}
