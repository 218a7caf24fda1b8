package py

import (
	"math"
	"math/cmplx"
	"strings"
)

// Complex is a Python complex number.
type Complex complex128

// ComplexType is the type of complex.
var ComplexType = newBuiltinType("complex", ObjectType, FlagBaseType)

// Type returns ComplexType.
func (Complex) Type() *Type { return ComplexType }

// complexPartRepr formats one part of a complex repr: like float repr
// but without a trailing ".0".
func complexPartRepr(f float64) string {
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// ComplexRepr returns repr() of a complex number.
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return complexPartRepr(im) + "j"
	}
	ims := complexPartRepr(im)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + complexPartRepr(re) + ims + "j)"
}

// ComplexValue returns the complex value of a complex, float or int
// operand.
func ComplexValue(o Object) (complex128, bool, error) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true, nil
	case *Instance:
		if c, ok := v.base.(Complex); ok {
			return complex128(c), true, nil
		}
	}
	f, ok, err := toFloatOperand(o)
	return complex(f, 0), ok, err
}

// complexPow is a ** b for complex numbers, with CPython's errors.
func complexPow(a, b complex128) (Object, error) {
	if b == 0 {
		return Complex(1), nil
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return Complex(0), nil
	}
	if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		r := complex(1, 0)
		x := a
		neg := n < 0
		if neg {
			n = -n
		}
		for n > 0 {
			if n&1 != 0 {
				r *= x
			}
			x *= x
			n >>= 1
		}
		if neg {
			r = 1 / r
		}
		return Complex(r), nil
	}
	r := cmplx.Pow(a, b)
	if cmplx.IsInf(r) {
		return nil, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return Complex(r), nil
}

func init() {
	s := &ComplexType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return NewStr(ComplexRepr(c)), nil
	}
	s.Hash = func(t *Thread, o Object) (int64, error) {
		c, _, _ := ComplexValue(o)
		hr, hi := hashFloat(real(c)), hashFloat(imag(c))
		h := hr + 1000003*hi
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	s.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _, _ := ComplexValue(a)
		y, ok, err := ComplexValue(b)
		if err != nil {
			return nil, err
		}
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		return Bool((x == y) == (op == CmpEQ)), nil
	}
	s.Bool = func(t *Thread, o Object) (bool, error) {
		c, _, _ := ComplexValue(o)
		return c != 0, nil
	}
	s.Neg = func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return Complex(-c), nil
	}
	s.Pos = func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return Complex(c), nil
	}
	s.Abs = func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		r := cmplx.Abs(c)
		if math.IsInf(r, 0) && !cmplx.IsInf(c) {
			return nil, Errorf(OverflowErrorType, "absolute value too large")
		}
		return Float(r), nil
	}
	for _, op := range []BinaryOp{NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_POWER} {
		op := op
		s.Binary[op] = func(t *Thread, a, b Object) (Object, error) {
			x, ok, err := ComplexValue(a)
			if !ok || err != nil {
				if err != nil {
					return nil, err
				}
				return NotImplemented, nil
			}
			y, ok, err := ComplexValue(b)
			if !ok || err != nil {
				if err != nil {
					return nil, err
				}
				return NotImplemented, nil
			}
			switch op {
			case NB_ADD:
				return Complex(x + y), nil
			case NB_SUBTRACT:
				return Complex(x - y), nil
			case NB_MULTIPLY:
				return Complex(x * y), nil
			case NB_TRUE_DIVIDE:
				if y == 0 {
					return nil, Errorf(ZeroDivisionErrorType, "complex division by zero")
				}
				return Complex(complexDiv(x, y)), nil
			}
			return complexPow(x, y)
		}
	}
	ComplexType.AddGetSet("real", func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return Float(real(c)), nil
	}, nil, "")
	ComplexType.AddGetSet("imag", func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return Float(imag(c)), nil
	}, nil, "")
	ComplexType.AddMethod("conjugate", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		c, _, _ := ComplexValue(self)
		return Complex(cmplx.Conj(c)), nil
	}, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.")
}

// complexDiv divides as CPython does (Smith's algorithm), so results
// match to the last bit.
func complexDiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	if absBr >= absBi {
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	}
	if absBi >= absBr {
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
	}
	return complex(math.NaN(), math.NaN())
}
