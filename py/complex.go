package py

import (
	"math"
	"math/cmplx"
	"strings"

	"github.com/kaa-lang/kaa/internal/libm"
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

// complexPow is a ** b for complex numbers as CPython computes it: an
// integral exponent up to 100 in size by repeated squaring, anything
// else in polar form; errors are CPython's.
func complexPow(a, b complex128) (Object, error) {
	var r complex128
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			r = complexPowUint(a, uint(n))
		} else {
			d := complexPowUint(a, uint(-n))
			if d == 0 {
				return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
			}
			r = complexDiv(1, d)
		}
	} else {
		var errno int
		r, errno = complexPowPolar(a, b)
		if errno == errDomain {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return Complex(r), nil
}

// errDomain stands for C's errno EDOM, which CPython's complex power
// turns into ZeroDivisionError.
const errDomain = 1

// complexPowUint is x**n by binary exponentiation.
func complexPowUint(x complex128, n uint) complex128 {
	r := complex(1, 0)
	for mask := uint(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, x)
		}
		x = complexMul(x, x)
	}
	return r
}

// complexPowPolar is a**b through |a|**b and the argument of a, with the
// errno C's functions would leave: errDomain for 0 to a negative or
// complex power and for the cosine of an infinite phase.
func complexPowPolar(a, b complex128) (complex128, int) {
	switch {
	case b == 0:
		return 1, 0
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, errDomain
		}
		return 0, 0
	}
	// C's pow and exp may report an overflow too, but CPython clears
	// that unless the result is infinite, which the caller checks.
	errno := 0
	vabs := libm.Hypot(real(a), imag(a))
	length := libm.Pow(vabs, real(b))
	at := libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= libm.Exp(at * imag(b))
		phase += imag(b) * libm.Log(vabs)
	}
	if math.IsInf(phase, 0) {
		errno = errDomain // cos and sin of an infinity
	}
	return complex(length*libm.Cos(phase), length*libm.Sin(phase)), errno
}

// complexMul multiplies with the textbook formula (as CPython does), each
// product rounded separately.
func complexMul(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
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
	s.Compare = complexCompare
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
		r := libm.Hypot(real(c), imag(c))
		if math.IsInf(r, 0) && !cmplx.IsInf(c) && !cmplx.IsNaN(c) {
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
				return Complex(complexMul(x, y)), nil
			case NB_TRUE_DIVIDE:
				if y == 0 {
					return nil, Errorf(ZeroDivisionErrorType, "complex division by zero")
				}
				return Complex(complexDiv(x, y)), nil
			}
			return complexPow(x, y)
		}
	}
	// real and imag are read-only members in CPython, with that error.
	readonly := func(t *Thread, self, v Object) error {
		return Errorf(AttributeErrorType, "readonly attribute")
	}
	ComplexType.AddGetSet("real", func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return Float(real(c)), nil
	}, readonly, "the real part of a complex number")
	ComplexType.AddGetSet("imag", func(t *Thread, o Object) (Object, error) {
		c, _, _ := ComplexValue(o)
		return Float(imag(c)), nil
	}, readonly, "the imaginary part of a complex number")
	ComplexType.AddMethod("conjugate", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("complex.conjugate", args, kw); err != nil {
			return nil, err
		}
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
	return complex(libm.NaN(), libm.NaN())
}

// complexCompare implements == and != for complex numbers; an int is
// compared exactly (as float comparison does), never rounded.
func complexCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	x, _, _ := ComplexValue(a)
	var eq bool
	if isInt(b) {
		if imag(x) != 0 {
			eq = false
		} else {
			r, err := floatCompare(t, Float(real(x)), b, CmpEQ)
			if err != nil {
				return nil, err
			}
			eq = r == True
		}
	} else {
		y, ok, err := ComplexValue(b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		eq = x == y
	}
	return Bool(eq == (op == CmpEQ)), nil
}
