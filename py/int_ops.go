package py

import (
	"math"
	"math/big"
	"math/bits"
)

// maxIntBits bounds the size of an int result kaa agrees to build
// (2**32 bits, 512 MiB): anything larger is a MemoryError raised before
// allocating, where CPython would grind through memory (or time) first.
const maxIntBits = 1 << 32

// checkIntBits raises MemoryError when an int of about bits bits is
// beyond kaa's limit or the interpreter's memory limit.
func (t *Thread) checkIntBits(bits float64) error {
	if bits > maxIntBits {
		return NewError(MemoryErrorType)
	}
	return t.checkSize(1, int(bits/8))
}

// IntBinaryOp applies a plain binary operation (NB_ADD ... NB_XOR) to two
// ints, returning NotImplemented when either operand is not an int.
func IntBinaryOp(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	x, xb, ok := IntValue(a)
	if !ok {
		return NotImplemented, nil
	}
	y, yb, ok := IntValue(b)
	if !ok {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		return intOpSmall(t, op, x, y)
	}
	return intOpBig(t, op, asBig(a), asBig(b))
}

// intOpSmall applies op to two int64 values, promoting to big ints on
// overflow.
func intOpSmall(t *Thread, op BinaryOp, x, y int64) (Object, error) {
	switch op {
	case NB_ADD:
		return IntAdd(x, y), nil
	case NB_SUBTRACT:
		return IntSub(x, y), nil
	case NB_MULTIPLY:
		return IntMul(x, y), nil
	case NB_FLOOR_DIVIDE:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return intOpBig(t, op, big.NewInt(x), big.NewInt(y))
		}
		return NewInt(floorDiv(x, y)), nil
	case NB_REMAINDER:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
		}
		if y == -1 {
			return NewInt(0), nil
		}
		return NewInt(floorMod(x, y)), nil
	case NB_TRUE_DIVIDE:
		return intTrueDivide(big.NewInt(x), big.NewInt(y), x, y, true)
	case NB_POWER:
		return intPow(t, x, y)
	case NB_LSHIFT:
		if y < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if x == 0 {
			return NewInt(0), nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return NewInt(r), nil
			}
		}
		return intOpBig(t, op, big.NewInt(x), big.NewInt(y))
	case NB_RSHIFT:
		if y < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return NewInt(x >> uint(y)), nil
	case NB_AND:
		return NewInt(x & y), nil
	case NB_OR:
		return NewInt(x | y), nil
	case NB_XOR:
		return NewInt(x ^ y), nil
	}
	return NotImplemented, nil
}

// IntAdd returns x + y as an int object.
func IntAdd(x, y int64) Object {
	r := x + y
	if (r > x) == (y > 0) {
		return NewInt(r)
	}
	return newIntOwnBig(new(big.Int).Add(big.NewInt(x), big.NewInt(y)))
}

// IntSub returns x - y as an int object.
func IntSub(x, y int64) Object {
	r := x - y
	if (r < x) == (y > 0) {
		return NewInt(r)
	}
	return newIntOwnBig(new(big.Int).Sub(big.NewInt(x), big.NewInt(y)))
}

// IntMul returns x * y as an int object.
func IntMul(x, y int64) Object {
	hi, lo := bits.Mul64(uint64(absInt64(x)), uint64(absInt64(y)))
	if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
		if (x < 0) != (y < 0) {
			return NewInt(-int64(lo))
		}
		return NewInt(int64(lo))
	}
	return newIntOwnBig(new(big.Int).Mul(big.NewInt(x), big.NewInt(y)))
}

func absInt64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// floorDiv is Python's // on int64 (y != 0, no overflow).
func floorDiv(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// floorMod is Python's % on int64 (y != 0).
func floorMod(x, y int64) int64 {
	r := x % y
	if r != 0 && ((r < 0) != (y < 0)) {
		r += y
	}
	return r
}

// bigFloorDivMod returns Python's x // y and x % y.
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

// intOpBig applies op to big ints.
func intOpBig(t *Thread, op BinaryOp, x, y *big.Int) (Object, error) {
	switch op {
	case NB_ADD:
		return newIntOwnBig(new(big.Int).Add(x, y)), nil
	case NB_SUBTRACT:
		return newIntOwnBig(new(big.Int).Sub(x, y)), nil
	case NB_MULTIPLY:
		if err := t.checkIntBits(float64(x.BitLen() + y.BitLen())); err != nil {
			return nil, err
		}
		return newIntOwnBig(new(big.Int).Mul(x, y)), nil
	case NB_FLOOR_DIVIDE, NB_REMAINDER:
		if y.Sign() == 0 {
			if op == NB_REMAINDER {
				return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, r := bigFloorDivMod(x, y)
		if op == NB_REMAINDER {
			return newIntOwnBig(r), nil
		}
		return newIntOwnBig(q), nil
	case NB_TRUE_DIVIDE:
		return intTrueDivide(x, y, 0, 0, false)
	case NB_POWER:
		return intPowBig(t, x, y)
	case NB_LSHIFT, NB_RSHIFT:
		if y.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if op == NB_RSHIFT {
			if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
				if x.Sign() < 0 {
					return NewInt(-1), nil
				}
				return NewInt(0), nil
			}
			return newIntOwnBig(new(big.Int).Rsh(x, uint(y.Int64()))), nil
		}
		if x.Sign() == 0 {
			return NewInt(0), nil
		}
		if !y.IsInt64() {
			return nil, Errorf(OverflowErrorType, "too many digits in integer")
		}
		if err := t.checkIntBits(float64(y.Int64()) + float64(x.BitLen())); err != nil {
			return nil, err
		}
		return newIntOwnBig(new(big.Int).Lsh(x, uint(y.Int64()))), nil
	case NB_AND:
		return newIntOwnBig(new(big.Int).And(x, y)), nil
	case NB_OR:
		return newIntOwnBig(new(big.Int).Or(x, y)), nil
	case NB_XOR:
		return newIntOwnBig(new(big.Int).Xor(x, y)), nil
	}
	return NotImplemented, nil
}

// intTrueDivide returns x / y as a correctly rounded float.
func intTrueDivide(x, y *big.Int, sx, sy int64, small bool) (Object, error) {
	if y.Sign() == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	const exact = 1 << 53
	if small && sx > -exact && sx < exact && sy > -exact && sy < exact {
		return Float(float64(sx) / float64(sy)), nil
	}
	if x.Sign() == 0 {
		if y.Sign() < 0 {
			return Float(math.Copysign(0, -1)), nil // 0 / negative is -0.0
		}
		return Float(0), nil
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intPow returns x ** y.
func intPow(t *Thread, x, y int64) (Object, error) {
	if y < 0 {
		if x == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		return floatPow(float64(x), float64(y))
	}
	// Fast path: repeated squaring while the result fits.
	result, base, e := int64(1), x, y
	for {
		if e&1 != 0 {
			hi, lo := bits.Mul64(uint64(absInt64(result)), uint64(absInt64(base)))
			if hi != 0 || lo > math.MaxInt64 || base == math.MinInt64 || result == math.MinInt64 {
				break
			}
			neg := (result < 0) != (base < 0)
			result = int64(lo)
			if neg {
				result = -result
			}
		}
		e >>= 1
		if e == 0 {
			return NewInt(result), nil
		}
		hi, lo := bits.Mul64(uint64(absInt64(base)), uint64(absInt64(base)))
		if hi != 0 || lo > math.MaxInt64 || base == math.MinInt64 {
			break
		}
		base = int64(lo)
	}
	return intPowBig(t, big.NewInt(x), big.NewInt(y))
}

// intPowBig returns x ** y for ints of any size: a float for a negative
// y, MemoryError (before computing) for a result too large to build.
func intPowBig(t *Thread, x, y *big.Int) (Object, error) {
	if y.Sign() < 0 {
		if x.Sign() == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		fx, err := intToFloat(newIntOwnBig(new(big.Int).Set(x)))
		if err != nil {
			return nil, err
		}
		fy, err := intToFloat(newIntOwnBig(new(big.Int).Set(y)))
		if err != nil {
			return nil, err
		}
		return floatPow(fx, fy)
	}
	if x.CmpAbs(big.NewInt(1)) <= 0 {
		switch {
		case y.Sign() == 0:
			return NewInt(1), nil
		case x.Sign() < 0 && y.Bit(0) == 1:
			return NewInt(-1), nil
		case x.Sign() == 0:
			return NewInt(0), nil
		}
		return NewInt(1), nil
	}
	if !y.IsInt64() {
		return nil, NewError(MemoryErrorType)
	}
	n := y.Int64()
	// The result has between (bitlen-1)*n+1 and bitlen*n bits.
	if err := t.checkIntBits(float64(x.BitLen()-1) * float64(n)); err != nil {
		return nil, err
	}
	// A power of two is a shift.
	if ax := new(big.Int).Abs(x); ax.BitLen()-1 == int(ax.TrailingZeroBits()) {
		r := new(big.Int).Lsh(big.NewInt(1), uint(int64(ax.BitLen()-1)*n))
		if x.Sign() < 0 && n&1 == 1 {
			r.Neg(r)
		}
		return newIntOwnBig(r), nil
	}
	return newIntOwnBig(new(big.Int).Exp(x, y, nil)), nil
}

// intPowMod is pow(a, b, m) for ints.
func intPowMod(t *Thread, a, b, m Object) (Object, error) {
	if !isInt(a) || !isInt(b) {
		return NotImplemented, nil
	}
	if m == None {
		return IntBinaryOp(t, NB_POWER, a, b)
	}
	if !isInt(m) {
		return NotImplemented, nil
	}
	x, y, z := asBig(a), asBig(b), asBig(m)
	if z.Sign() == 0 {
		return nil, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	neg := z.Sign() < 0
	mod := new(big.Int).Abs(z)
	base := new(big.Int).Mod(x, mod)
	exp := y
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mod)
		if inv == nil {
			return nil, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(base, exp, mod)
	if neg && r.Sign() != 0 {
		r.Add(r, z)
	}
	return newIntOwnBig(r), nil
}
