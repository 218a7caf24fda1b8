package py

// Object is a Python value. Its behaviour is described by its type.
type Object interface {
	Type() *Type
}

// NoneType is the type of None. There is exactly one value, None.
type NoneType struct{ _ byte }

// NotImplementedType is the type of NotImplemented, the value a binary
// slot returns when it does not support its operands.
type NotImplementedType struct{ _ byte }

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{ _ byte }

// The singletons. Compare with ==.
var (
	None           = &NoneType{}
	NotImplemented = &NotImplementedType{}
	Ellipsis       = &EllipsisType{}
)

// Type returns NoneTypeType.
func (*NoneType) Type() *Type { return NoneTypeType }

// Type returns NotImplementedTypeType.
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// Type returns EllipsisTypeType.
func (*EllipsisType) Type() *Type { return EllipsisTypeType }

// The types of the singletons.
var (
	NoneTypeType           = newBuiltinType("NoneType", ObjectType, 0)
	NotImplementedTypeType = newBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisTypeType       = newBuiltinType("ellipsis", ObjectType, 0)
)

// TypeName returns the name of o's type, as error messages show it.
func TypeName(o Object) string { return o.Type().Name }

// Is reports whether a and b are the same object (Python's "is").
func Is(a, b Object) bool { return isObject(a, b) }

func init() {
	constRepr := func(text string) func(*Thread, Object) (Object, error) {
		s := NewStr(text)
		return func(*Thread, Object) (Object, error) { return s, nil }
	}
	NoneTypeType.Slots.Repr = constRepr("None")
	NoneTypeType.Slots.Bool = func(*Thread, Object) (bool, error) { return false, nil }
	NoneTypeType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeErrorType, "NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedTypeType.Slots.Repr = constRepr("NotImplemented")
	NotImplementedTypeType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeErrorType, "NotImplementedType takes no arguments")
		}
		return NotImplemented, nil
	}
	EllipsisTypeType.Slots.Repr = constRepr("Ellipsis")
	EllipsisTypeType.Slots.New = func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeErrorType, "ellipsis takes no arguments")
		}
		return Ellipsis, nil
	}
}
