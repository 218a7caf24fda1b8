package libm

import (
	"math"
	"math/big"
)

// Pow returns x**y with C99's special cases, the finite cases correctly
// rounded (through e**(y*log|x|) in double-double, with exact arithmetic
// for the rare results that sit next to a halfway point).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return NaN()
	case math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0:
		return math.Pow(x, y) // Go follows C99 for the special values
	}
	yInt := y == math.Trunc(y)
	neg := false
	if x < 0 {
		if !yInt {
			return NaN()
		}
		neg = math.Mod(y, 2) != 0
		x = -x
	}
	if y == 1 {
		return signed(x, neg)
	}
	if y == 2 {
		return signed(x*x, neg)
	}
	if m, e := math.Frexp(x); m == 0.5 && yInt && math.Abs(y) < 1e6 {
		// A power of two to an integral power is exact (or a halfway
		// case of the subnormal range, which rounding settles).
		return signed(roundScaled(dd{1, 0}, int(float64(e-1)*y)), neg)
	}
	if r, ok := powQuick(x, y); ok {
		return signed(r, neg)
	}
	l := logDD(x)
	p := ddMulF(l, y)
	var r float64
	switch {
	case p.hi > 709.8:
		r = math.Inf(1)
	case p.hi < -745.2:
		r = 0
	default:
		m, k := expReduced(p)
		if nearHalfway(m) && yInt && math.Abs(y) <= 64 {
			r = exactIntPow(x, int(y))
		} else {
			r = roundScaled(m, k)
		}
	}
	return signed(r, neg)
}

func signed(r float64, neg bool) float64 {
	if neg {
		return -r
	}
	return r
}

// nearHalfway reports whether the double-double m is so close to a
// halfway point between two floats that its error could decide the
// rounding.
func nearHalfway(m dd) bool {
	ulp := math.Abs(math.Nextafter(m.hi, math.Inf(1)) - m.hi)
	d := math.Abs(math.Abs(m.lo) - ulp/2)
	return d < ulp*0x1p-40
}

// exactIntPow returns x**n correctly rounded by exact arithmetic.
func exactIntPow(x float64, n int) float64 {
	neg := n < 0
	if neg {
		n = -n
	}
	b := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(x)
	r := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(1)
	for i := 0; i < n; i++ {
		r.Mul(r, b)
	}
	if neg {
		q := new(big.Float).SetPrec(2000).SetFloat64(1)
		r = q.Quo(q, r)
	}
	f, _ := r.Float64()
	return f
}

// powQuick is the fast path of Pow for x > 0: e**(y*log x) with the
// logarithm to about 2**-67 and the product kept exact.
func powQuick(x, y float64) (float64, bool) {
	if x < 0x1p-1022 {
		return 0, false
	}
	lh, ll, lerr := logFast(x)
	ph, pe := twoProd(y, lh)
	pl := pe + y*ll
	perr := math.Abs(y)*lerr + math.Abs(ph)*0x1p-100
	hi, lo, k, ok := expFast(ph, pl)
	if !ok || !roundable(hi, lo, math.Abs(hi)*(0x1p-62+perr)) {
		return 0, false
	}
	r := math.Ldexp(hi, k)
	if r == 0 || math.IsInf(r, 0) {
		return 0, false
	}
	return r, true
}
