package py

import "github.com/kaa-lang/kaa/bytecode"

// Slots is the behaviour table of a type: one Go function per special
// operation. A nil slot means the operation falls back to object's
// default (identity hash and equality, the default repr, generic
// attribute access) or is unsupported. Built-in types fill their slots
// with Go functions; a class statement fills them with functions that
// call the class's dunder methods.
//
// Slots that return an Object may return NotImplemented to say they do
// not support the operands (binary operations and comparisons); the
// dispatcher in abstract.go then tries the other operand.
type Slots struct {
	// Repr and Str return a *Str (repr() and str()).
	Repr func(t *Thread, o Object) (Object, error)
	Str  func(t *Thread, o Object) (Object, error)
	// Hash returns hash(o); unhashable types set it to HashNotImplemented.
	Hash func(t *Thread, o Object) (int64, error)
	// Compare implements the rich comparisons, returning NotImplemented
	// when it does not support the operands.
	Compare func(t *Thread, a, b Object, op bytecode.CompareOp) (Object, error)
	// Bool returns the truth value (nil: true, unless Len says 0).
	Bool func(t *Thread, o Object) (bool, error)
	// Len returns len(o).
	Len func(t *Thread, o Object) (int, error)

	// GetAttr returns o.name (nil: GenericGetAttr); SetAttr sets it, or
	// deletes it when v is nil (nil slot: GenericSetAttr).
	GetAttr func(t *Thread, o Object, name *Str) (Object, error)
	SetAttr func(t *Thread, o Object, name *Str, v Object) error

	// Call calls o. args holds the positional arguments followed by the
	// values of the keyword arguments named by kwnames (nil when none).
	// The callee must not keep args: it is usually the caller's stack.
	Call func(t *Thread, o Object, args []Object, kwnames *Tuple) (Object, error)

	// Iter returns iter(o); Next advances an iterator, reporting false
	// (and no error) when it is exhausted.
	Iter func(t *Thread, o Object) (Object, error)
	Next func(t *Thread, o Object) (Object, bool, error)

	// GetItem returns o[k]; SetItem sets o[k] = v, or deletes o[k] when v
	// is nil; Contains implements "v in o".
	GetItem  func(t *Thread, o, k Object) (Object, error)
	SetItem  func(t *Thread, o, k, v Object) error
	Contains func(t *Thread, o, v Object) (bool, error)

	// DescrGet implements the descriptor protocol: d.__get__(obj, typ);
	// obj is nil for access through the class. DescrSet is d.__set__(obj,
	// v), or d.__delete__(obj) when v is nil; a type with DescrSet makes
	// data descriptors.
	DescrGet func(t *Thread, d, obj Object, typ *Type) (Object, error)
	DescrSet func(t *Thread, d, obj, v Object) error

	// New creates an instance of typ (typ.__new__); Init initialises it
	// (__init__).
	New  func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error)
	Init func(t *Thread, o Object, args []Object, kwnames *Tuple) error

	// Binary holds the number operations, indexed by bytecode.BinaryOp:
	// NB_ADD ... NB_XOR are called as slot(a, b) when either a or b has
	// this type (like CPython's nb_add); the NB_INPLACE_* entries are the
	// in-place forms, called with the target first.
	Binary [bytecode.NumBinaryOps]func(t *Thread, a, b Object) (Object, error)
	// PowMod is the three-argument pow(a, b, m).
	PowMod func(t *Thread, a, b, m Object) (Object, error)

	// Concat and Repeat are the sequence fallbacks tried after the number
	// slots return NotImplemented for + and * (list + list, 3 * "ab");
	// InplaceConcat and InplaceRepeat are += and *= for mutable sequences.
	Concat        func(t *Thread, a, b Object) (Object, error)
	Repeat        func(t *Thread, seq Object, n int) (Object, error)
	InplaceConcat func(t *Thread, a, b Object) (Object, error)
	InplaceRepeat func(t *Thread, seq Object, n int) (Object, error)

	// The unary operations: -o, +o, ~o, abs(o).
	Neg, Pos, Invert, Abs func(t *Thread, o Object) (Object, error)
	// Index returns o as an int (operator.index); Int and Float are int(o)
	// and float(o).
	Index func(t *Thread, o Object) (Object, error)
	Int   func(t *Thread, o Object) (Object, error)
	Float func(t *Thread, o Object) (Object, error)
}

// HashNotImplemented is the Hash slot of unhashable types (list, dict,
// and classes that define __eq__ without __hash__).
func HashNotImplemented(t *Thread, o Object) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(o))
}
