package py

import (
	"math"
	"math/big"
	"strconv"
)

// Int is a Python int that fits in 64 bits. Ints are always normalised:
// a value that fits is an Int, never a *BigInt.
type Int int64

// BigInt is a Python int outside the int64 range.
type BigInt struct {
	v big.Int
}

// IntType is the type of int.
var IntType = newBuiltinType("int", ObjectType, FlagBaseType|FlagIntSubclass)

// Type returns IntType.
func (Int) Type() *Type { return IntType }

// Type returns IntType.
func (*BigInt) Type() *Type { return IntType }

// The range of ints that are boxed once, so that making them never
// allocates.
const (
	smallIntMin = -5
	smallIntMax = 1024
)

// smallInts holds the boxed small ints.
var smallInts = func() (a [smallIntMax - smallIntMin + 1]Object) {
	for i := range a {
		a[i] = Int(i + smallIntMin)
	}
	return
}()

// NewInt returns v as an int object; small values do not allocate.
func NewInt(v int64) Object {
	if v >= smallIntMin && v <= smallIntMax {
		return smallInts[v-smallIntMin]
	}
	return Int(v)
}

// NewIntFromBig returns v as an int object, normalised (v is not kept).
func NewIntFromBig(v *big.Int) Object {
	if v.IsInt64() {
		return NewInt(v.Int64())
	}
	b := &BigInt{}
	b.v.Set(v)
	return b
}

// newIntOwnBig is NewIntFromBig that takes ownership of v.
func newIntOwnBig(v *big.Int) Object {
	if v.IsInt64() {
		return NewInt(v.Int64())
	}
	return &BigInt{v: *v}
}

// Big returns the value as a new *big.Int.
func (b *BigInt) Big() *big.Int { return new(big.Int).Set(&b.v) }

// IntValue returns the int value of o (an int, a bool, or an instance of
// a subclass of int): an int64 when it fits (big nil), else a *big.Int.
func IntValue(o Object) (small int64, bigv *big.Int, ok bool) {
	switch v := o.(type) {
	case Int:
		return int64(v), nil, true
	case Bool:
		if v {
			return 1, nil, true
		}
		return 0, nil, true
	case *BigInt:
		return 0, &v.v, true
	case *Instance:
		if v.base != nil {
			return IntValue(v.base)
		}
	}
	return 0, nil, false
}

// asBig returns an int object's value as a *big.Int (shared for a
// *BigInt: do not modify).
func asBig(o Object) *big.Int {
	s, b, _ := IntValue(o)
	if b != nil {
		return b
	}
	return big.NewInt(s)
}

// isInt reports whether o is an int (including bool and subclasses).
func isInt(o Object) bool {
	switch v := o.(type) {
	case Int, Bool, *BigInt:
		return true
	case *Instance:
		return v.typ.Flags&FlagIntSubclass != 0
	}
	return false
}

// AsInt64 returns o as an int64 if o is an int that fits.
func AsInt64(o Object) (int64, bool) {
	s, b, ok := IntValue(o)
	if !ok || b != nil {
		return 0, false
	}
	return s, true
}

// intToFloat converts an int to a float, raising OverflowError when it is
// too large.
func intToFloat(o Object) (float64, error) {
	s, b, _ := IntValue(o)
	if b == nil {
		return float64(s), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intRepr formats an int in decimal, applying the interpreter's limit on
// the number of digits.
func intRepr(t *Thread, o Object) (Object, error) {
	s, b, _ := IntValue(o)
	if b == nil {
		return newASCIIStr(strconv.FormatInt(s, 10)), nil
	}
	if lim := t.interp.intMaxStrDigits; lim > 0 && b.BitLen() > 3*lim+10 {
		// A cheap bound first: BitLen*log10(2) digits.
		if float64(b.BitLen())*0.30102999566398 > float64(lim)+1 {
			return nil, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
		}
	}
	text := b.String()
	if lim := t.interp.intMaxStrDigits; lim > 0 {
		n := len(text)
		if text[0] == '-' {
			n--
		}
		if n > lim {
			return nil, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
		}
	}
	return newASCIIStr(text), nil
}

func init() {
	IntType.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	fillIntSlots(&IntType.Slots)
	IntType.Slots.Repr = intRepr
	IntType.Slots.New = intNew
}

// fillIntSlots sets the slots int and bool share.
func fillIntSlots(s *Slots) {
	s.Hash = intHash
	s.Compare = intCompare
	s.Bool = intBool
	s.Index = intSelf
	s.Int = intSelf
	s.Float = intFloat
	s.Neg = intNeg
	s.Pos = intSelf
	s.Abs = intAbs
	s.Invert = intInvert
	for op := NB_ADD; op <= NB_XOR; op++ {
		op := op
		s.Binary[op] = func(t *Thread, a, b Object) (Object, error) { return IntBinaryOp(t, op, a, b) }
	}
	s.PowMod = intPowMod
}

func intHash(t *Thread, o Object) (int64, error) {
	sv, b, _ := IntValue(o)
	if b == nil {
		return hashInt64(sv), nil
	}
	m := new(big.Int).Abs(b)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

func intBool(t *Thread, o Object) (bool, error) {
	sv, b, _ := IntValue(o)
	return sv != 0 || b != nil, nil
}

func intFloat(t *Thread, o Object) (Object, error) {
	f, err := intToFloat(o)
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

func intNeg(t *Thread, o Object) (Object, error) {
	sv, b, _ := IntValue(o)
	if b == nil && sv != math.MinInt64 {
		return NewInt(-sv), nil
	}
	return newIntOwnBig(new(big.Int).Neg(asBig(o))), nil
}

func intAbs(t *Thread, o Object) (Object, error) {
	sv, b, _ := IntValue(o)
	if b == nil && sv != math.MinInt64 {
		if sv < 0 {
			sv = -sv
		}
		return NewInt(sv), nil
	}
	return newIntOwnBig(new(big.Int).Abs(asBig(o))), nil
}

func intInvert(t *Thread, o Object) (Object, error) {
	sv, b, _ := IntValue(o)
	if b == nil {
		return NewInt(^sv), nil
	}
	return newIntOwnBig(new(big.Int).Not(b)), nil
}

// intSelf returns the exact int value of o (for __index__, __int__ and
// unary +).
func intSelf(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Int, *BigInt:
		return o, nil
	case Bool:
		if v {
			return NewInt(1), nil
		}
		return NewInt(0), nil
	case *Instance:
		return v.base, nil
	}
	return o, nil
}

// intCompare compares ints with ints; other numbers compare through their
// own types (float handles int operands).
func intCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, xb, _ := IntValue(a)
	y, yb, ok := IntValue(b)
	if !ok {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		return compareResult(cmpInt64(x, y), op), nil
	}
	return compareResult(asBig(a).Cmp(asBig(b)), op), nil
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
