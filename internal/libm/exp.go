package libm

import "math"

// expReduced returns e**x for a double-double x as a double-double m and
// a power of two k: e**x ≈ m * 2**k, with m in about [0.7, 1.5]. x must
// be finite and |x| < 2**10 * ln2.
func expReduced(x dd) (dd, int) {
	kf := math.RoundToEven(x.hi * 0x1.71547652b82fep+0)
	k := int(kf)
	// r = x - k*ln2, with k*ln2Hi and k*ln2Mid exact.
	r := ddAddF(x, -kf*ln2Hi)
	r = ddAddF(r, -kf*ln2Mid)
	r = ddAddF(r, -kf*ln2Lo)
	// expm1 of r/256 by its Taylor series, then squared back up with
	// expm1(2s) = expm1(s) * (expm1(s) + 2).
	s := dd{r.hi * 0x1p-8, r.lo * 0x1p-8}
	t := dd{1, 0}
	for n := 11; n >= 2; n-- {
		t = ddAddF(ddDivF(ddMul(s, t), float64(n)), 1)
	}
	e := ddMul(s, t)
	for i := 0; i < 8; i++ {
		e = ddMul(e, ddAddF(e, 2))
	}
	return ddAddF(e, 1), k
}

// expDD returns e**x for a double-double x, rounded once, with overflow
// to +Inf and underflow to (subnormal or) zero.
func expDD(x dd) float64 {
	switch {
	case math.IsNaN(x.hi):
		return x.hi
	case x.hi > 709.8:
		return math.Inf(1)
	case x.hi < -745.2:
		return 0
	}
	m, k := expReduced(x)
	return roundScaled(m, k)
}

// Exp returns e**x, correctly rounded.
func Exp(x float64) float64 {
	switch {
	case math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x == 0:
		return 1
	}
	if r, ok := expQuick(x); ok {
		return r
	}
	return expDD(dd{x, 0})
}

// expQuick is the fast path of Exp.
func expQuick(x float64) (float64, bool) {
	hi, lo, k, ok := expFast(x, 0)
	if !ok || !roundable(hi, lo, math.Abs(hi)*0x1p-62) {
		return 0, false
	}
	return math.Ldexp(hi, k), true
}

// Exp2 returns 2**x, correctly rounded.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x == math.Trunc(x) && math.Abs(x) < 2000:
		return math.Ldexp(1, int(x))
	case x > 1100:
		return math.Inf(1)
	case x < -1100:
		return 0
	}
	return expDD(ddMul(dd{x, 0}, ddLn2))
}
