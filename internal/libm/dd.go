package libm

import (
	"math"
	"math/big"
)

// Double-double arithmetic: a value hi+lo of two float64s with |lo| at
// most half an ulp of hi, about 106 bits of precision. The elementary
// functions compute in it and round once at the end, which gives the
// correctly rounded result except for arguments whose exact result lies
// within about 2**-100 of a halfway point.

// dd is a double-double number.
type dd struct{ hi, lo float64 }

// twoSum returns s = fl(a+b) and the rounding error e, a+b == s+e.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// fastTwoSum is twoSum for |a| >= |b|.
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// twoProd returns p = fl(a*b) and the error e, a*b == p+e.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}

func ddFrom(x float64) dd { return dd{x, 0} }

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddAddF(x dd, y float64) dd {
	s, e := twoSum(x.hi, y)
	e += x.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(x dd) dd { return dd{-x.hi, -x.lo} }

func ddSub(x, y dd) dd { return ddAdd(x, ddNeg(y)) }

func ddMul(x, y dd) dd {
	p, e := twoProd(x.hi, y.hi)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, y float64) dd {
	p, e := twoProd(x.hi, y)
	e += x.lo * y
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddSub(x, ddMulF(y, q1))
	q2 := r.hi / y.hi
	r = ddSub(r, ddMulF(y, q2))
	q3 := r.hi / y.hi
	s, e := fastTwoSum(q1, q2)
	return ddAddF(dd{s, e}, q3)
}

func ddDivF(x dd, y float64) dd { return ddDiv(x, dd{y, 0}) }

// ddSqrt returns the square root of x >= 0.
func ddSqrt(x dd) dd {
	if x.hi <= 0 {
		return dd{0, 0}
	}
	s := math.Sqrt(x.hi)
	// One Newton step: s + (x - s*s) / (2s).
	p, e := twoProd(s, s)
	r := ddSub(x, dd{p, e})
	return ddAddF(dd{s, 0}, r.hi/(2*s))
}

// Constants as double-doubles (and a third part where reductions need
// more than 106 bits).
var (
	ddLn2    = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}
	ddPi     = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
	ddPio2   = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	ddPio4   = dd{0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55}
	ddLn10   = dd{0x1.26bb1bbb55516p+1, -0x1.f48ad494ea3e9p-53}
	ddInvLn2 = dd{0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56}
)

// ln2 in three parts: the first two have trailing zero bits, so that
// k*ln2Hi and k*ln2Mid are exact for |k| < 2**11.
const (
	ln2Hi  = 0x1.62e42fefa3800p-1
	ln2Mid = 0x1.ef35793c76800p-45
	ln2Lo  = -0x1.9ff0342542fc3p-90
)

// roundScaled returns (x.hi + x.lo) * 2**k rounded once to a float64,
// also when the result is subnormal or overflows.
func roundScaled(x dd, k int) float64 {
	r := math.Ldexp(x.hi, k)
	if r != 0 && math.Abs(r) >= 0x1p-1022 && !math.IsInf(r, 0) {
		return r // a normal result: scaling is exact
	}
	if x.hi == 0 {
		return math.Copysign(0, x.hi)
	}
	f := new(big.Float).SetPrec(200).SetFloat64(x.hi)
	f.Add(f, new(big.Float).SetFloat64(x.lo))
	f.SetMantExp(f, k)
	out, _ := f.Float64()
	return out
}
