package py

import (
	"math/big"
	"math/bits"
)

// The methods and computed attributes of int (and so of bool): the
// numeric-tower accessors, bit counting, rounding, divmod and pickling
// support. Conversions to and from bytes live in int_bytes.go.

func init() {
	IntType.AddMethod("conjugate", intConjugate, "Returns self, the complex conjugate of any int.")
	IntType.AddMethod("bit_length", intBitLength, "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6")
	IntType.AddMethod("bit_count", intBitCount, "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3")
	IntType.AddMethod("as_integer_ratio", intAsIntegerRatio, "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)")
	IntType.AddMethod("__trunc__", intIdentity("__trunc__"), "Truncating an Integral returns itself.")
	IntType.AddMethod("__floor__", intIdentity("__floor__"), "Flooring an Integral returns itself.")
	IntType.AddMethod("__ceil__", intIdentity("__ceil__"), "Ceiling of an Integral returns itself.")
	IntType.AddMethod("__round__", intRoundMethod, "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.")
	IntType.AddMethod("__divmod__", intDivmodMethod, "Return divmod(self, value).")
	IntType.AddMethod("__rdivmod__", intRDivmodMethod, "Return divmod(value, self).")
	IntType.AddMethod("__getnewargs__", intGetNewArgs, "")
	IntType.AddMethod("__sizeof__", intSizeOf, "Returns size in memory, in bytes.")
	IntType.AddGetSet("real", intGetSelf, nil, "the real part of a complex number")
	IntType.AddGetSet("imag", intGetZero, nil, "the imaginary part of a complex number")
	IntType.AddGetSet("numerator", intGetSelf, nil, "the numerator of a rational number in lowest terms")
	IntType.AddGetSet("denominator", intGetOne, nil, "the denominator of a rational number in lowest terms")
}

// intConjugate implements int.conjugate(): the exact int value of self.
var intConjugate = intIdentity("conjugate")

// intIdentity makes the int methods that return the exact int value of
// self (conjugate, __trunc__, __floor__, __ceil__).
func intIdentity(name string) BuiltinFn {
	return func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("int."+name, args, kw); err != nil {
			return nil, err
		}
		return intSelf(t, self)
	}
}

// oneArg checks the argument count of a binary dunder method such as
// __divmod__, with CPython's wording.
func oneArg(args []Object, kw *Tuple) error {
	if len(args) != 1 || kw != nil && kw.Len() > 0 {
		return Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
	}
	return nil
}

func intGetSelf(t *Thread, o Object) (Object, error) { return intSelf(t, o) }

func intGetZero(t *Thread, o Object) (Object, error) { return NewInt(0), nil }

func intGetOne(t *Thread, o Object) (Object, error) { return NewInt(1), nil }

// intBitLength implements int.bit_length().
func intBitLength(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("int.bit_length", args, kw); err != nil {
		return nil, err
	}
	s, b, _ := IntValue(self)
	if b != nil {
		return NewInt(int64(b.BitLen())), nil
	}
	return NewInt(int64(bits.Len64(uint64(absInt64(s))))), nil
}

// intBitCount implements int.bit_count().
func intBitCount(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("int.bit_count", args, kw); err != nil {
		return nil, err
	}
	s, b, _ := IntValue(self)
	if b == nil {
		return NewInt(int64(bits.OnesCount64(uint64(absInt64(s))))), nil
	}
	n := 0
	for _, w := range b.Bits() { // the magnitude's words
		n += bits.OnesCount(uint(w))
	}
	return NewInt(int64(n)), nil
}

// intAsIntegerRatio implements int.as_integer_ratio().
func intAsIntegerRatio(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("int.as_integer_ratio", args, kw); err != nil {
		return nil, err
	}
	v, err := intSelf(t, self)
	if err != nil {
		return nil, err
	}
	return NewTuple(v, NewInt(1)), nil
}

// intRoundMethod implements int.__round__(ndigits=None).
func intRoundMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var nd Object // int.__round__(None) is a TypeError, unlike round(x, None)
	if err := UnpackArgs("__round__", args, kw, "ndigits?", &nd, "/"); err != nil {
		return nil, err
	}
	if nd == nil {
		return intSelf(t, self)
	}
	return IntRound(t, self, nd)
}

// IntRound returns x.__round__(ndigits) for an int x: x itself unless
// ndigits is negative, when x is rounded to a multiple of 10**-ndigits
// with ties going to the even multiple.
func IntRound(t *Thread, x, ndigits Object) (Object, error) {
	ndo, err := Index(t, ndigits)
	if err != nil {
		return nil, err
	}
	nd, ndBig, _ := IntValue(ndo)
	if ndBig == nil && nd >= 0 || ndBig != nil && ndBig.Sign() > 0 {
		return intSelf(t, x)
	}
	xv := asBig(x)
	// 10**-ndigits exceeds |x| by far: the result is 0.
	if ndBig != nil || -nd > int64(xv.BitLen())/3+2 {
		return NewInt(0), nil
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-nd), nil)
	q, r := bigFloorDivMod(xv, pow)
	// Round half to even: compare 2r with the divisor.
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return newIntOwnBig(q.Mul(q, pow)), nil
}

// intDivmodMethod implements int.__divmod__.
func intDivmodMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := oneArg(args, kw); err != nil {
		return nil, err
	}
	return IntDivmod(self, args[0])
}

// intRDivmodMethod implements int.__rdivmod__.
func intRDivmodMethod(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := oneArg(args, kw); err != nil {
		return nil, err
	}
	return IntDivmod(args[0], self)
}

// IntDivmod returns divmod(a, b) for two ints, or NotImplemented when
// either is not an int.
func IntDivmod(a, b Object) (Object, error) {
	x, xb, ok := IntValue(a)
	if !ok {
		return NotImplemented, nil
	}
	y, yb, ok := IntValue(b)
	if !ok {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if !(x == -1<<63 && y == -1) {
			return NewTuple(NewInt(floorDiv(x, y)), NewInt(floorMod(x, y))), nil
		}
	}
	bx, by := asBig(a), asBig(b)
	if by.Sign() == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, r := bigFloorDivMod(bx, by)
	return NewTuple(newIntOwnBig(q), newIntOwnBig(r)), nil
}

// intGetNewArgs implements int.__getnewargs__().
func intGetNewArgs(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("int.__getnewargs__", args, kw); err != nil {
		return nil, err
	}
	v, err := intSelf(t, self)
	if err != nil {
		return nil, err
	}
	return NewTuple(v), nil
}

// intSizeOf implements int.__sizeof__() with CPython's layout: a 24-byte
// header and one 4-byte word per 30 bits of magnitude (at least one).
func intSizeOf(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("int.__sizeof__", args, kw); err != nil {
		return nil, err
	}
	s, b, _ := IntValue(self)
	n := 0
	if b != nil {
		n = b.BitLen()
	} else {
		n = bits.Len64(uint64(absInt64(s)))
	}
	words := (n + 29) / 30
	if words == 0 {
		words = 1
	}
	return NewInt(int64(24 + 4*words)), nil
}
