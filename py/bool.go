package py

// Bool is a Python bool. Boxing a Go bool never allocates.
type Bool bool

// The two bools.
const (
	True  = Bool(true)
	False = Bool(false)
)

// BoolType is the type of bool, a subclass of int.
var BoolType = newBuiltinType("bool", IntType, 0)

// Type returns BoolType.
func (Bool) Type() *Type { return BoolType }

func init() {
	BoolType.Doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise."
	s := &BoolType.Slots
	fillIntSlots(s)
	repr := func(t *Thread, o Object) (Object, error) {
		if o.(Bool) {
			return newASCIIStr("True"), nil
		}
		return newASCIIStr("False"), nil
	}
	s.Repr = repr
	s.Hash = func(t *Thread, o Object) (int64, error) {
		if o.(Bool) {
			return 1, nil
		}
		return 0, nil
	}
	s.Bool = func(t *Thread, o Object) (bool, error) { return bool(o.(Bool)), nil }
	s.New = func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		var x Object = False
		if err := UnpackArgs("bool", args, kwnames, "x?", &x, "/"); err != nil {
			return nil, err
		}
		b, err := Truth(t, x)
		return Bool(b), err
	}
	for _, op := range []BinaryOp{NB_AND, NB_OR, NB_XOR} {
		op := op
		s.Binary[op] = func(t *Thread, a, b Object) (Object, error) {
			x, ok1 := a.(Bool)
			y, ok2 := b.(Bool)
			if ok1 && ok2 {
				switch op {
				case NB_AND:
					return x && y, nil
				case NB_OR:
					return x || y, nil
				}
				return Bool(x != y), nil
			}
			return IntBinaryOp(t, op, a, b)
		}
	}
}
