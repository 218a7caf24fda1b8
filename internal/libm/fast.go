package libm

import "math"

// Fast paths: table-driven evaluations in double arithmetic with the
// leading terms kept exact, accurate to about 2**-64, followed by a test
// that the result's rounding is certain. When it is not (a few cases in
// a thousand), the callers fall back to the slower double-double
// evaluations, so the results stay correctly rounded.

// roundable reports whether every value within err of hi+lo (hi being
// hi+lo rounded) rounds to hi. Tiny, subnormal and non-finite hi are
// left to the slow paths.
func roundable(hi, lo, err float64) bool {
	b := math.Float64bits(hi)
	e := int(b>>52) & 0x7ff
	if e <= 53 || e == 0x7ff {
		return false
	}
	half := math.Float64frombits(uint64(e-53) << 52) // half an ulp of hi
	inner := half                                    // the half-spacing toward zero
	if b&(1<<52-1) == 0 {
		inner = half / 2 // at a power of two the floats below are denser
	}
	if hi < 0 {
		lo = -lo
	}
	return lo+err < half && lo-err > -inner
}

// ln2/64 in three parts; the first has 32 significant bits, so that n
// times it is exact for |n| < 2**21.
const (
	ln2by64A = 0x1.62e42ff000000p-7
	ln2by64B = -0x1.718432a1b0e26p-41
	ln2by64C = -0x1.9ff0342542fc3p-96
	inv64Ln2 = 92.33248261689366 // 64/ln2
)

// expFast returns e**(xh+xl) as hi+lo with a relative error below
// 2**-63 (plus |xl|'s own error), and the power of two k to scale by;
// ok is false when |xh| is too large for the table path.
func expFast(xh, xl float64) (hi, lo float64, k int, ok bool) {
	if !(math.Abs(xh) < 707) {
		return 0, 0, 0, false
	}
	n := math.RoundToEven(xh * inv64Ln2)
	// r = x - n*ln2/64 as rh+rl.
	r := xh - n*ln2by64A
	p, pe := twoProd(n, ln2by64B)
	rh, e := twoSum(r, -p)
	rl := e - pe - n*ln2by64C + xl
	// expm1(r) = rh + (rl + q), q the terms of degree 2 and more.
	q := rh * rh * (1.0/2 + rh*(1.0/6+rh*(1.0/24+rh*(1.0/120+rh*(1.0/720+rh*(1.0/5040))))))
	q += rh * rl
	ni := int(n)
	j := ni & 63
	k = (ni - j) / 64
	t := exp2Table[j]
	// t * (1 + rh + rl + q)
	ph, pl := twoProd(t.hi, rh)
	s, se := fastTwoSum(t.hi, ph)
	lo = se + pl + t.hi*(rl+q) + t.lo*(1+rh)
	hi, lo = fastTwoSum(s, lo)
	return hi, lo, k, true
}

// logFast returns log(x) for a finite x > 0 as hi+lo with an absolute
// error below errAbs.
func logFast(x float64) (hi, lo, errAbs float64) {
	if f := x - 1; math.Abs(f) < 1.0/64 {
		// log1p(f) = f - f²/2 + f³/3 - ..., f exact here.
		f2, f2e := twoProd(f, f)
		tail := f * f2 * (1.0/3 - f*(1.0/4-f*(1.0/5-f*(1.0/6-f*(1.0/7-f*(1.0/8-f*(1.0/9-f*(1.0/10-f*(1.0/11-f*(1.0/12))))))))))
		hi, lo = fastTwoSum(f, -f2/2)
		lo += -f2e/2 + tail
		hi, lo = fastTwoSum(hi, lo)
		return hi, lo, math.Abs(hi) * 0x1p-66
	}
	m, e := math.Frexp(x) // m in [0.5, 1)
	m *= 2
	e--
	j := int((m - 1) * 128)
	inv := logInv[j]
	p, pe := twoProd(m, inv)
	r := p - 1 // exact: p is near 1
	rl := pe
	// log(1 + r + rl) = r + rl - (r+rl)²/2 + r³/3 - ...
	tail := -r*r/2 - r*rl + r*r*r*(1.0/3-r*(1.0/4-r*(1.0/5-r*(1.0/6-r*(1.0/7-r*(1.0/8))))))
	ef := float64(e)
	t := logTable[j]
	s1, e1 := twoSum(ef*ln2Hi, t.hi)
	s2, e2 := twoSum(s1, r)
	lo = e1 + e2 + ef*ln2Mid + ef*ln2Lo + t.lo + rl + tail
	hi, lo = fastTwoSum(s2, lo)
	return hi, lo, 0x1p-67 + math.Abs(hi)*0x1p-100
}

// sinCosFast returns sin and cos of r = rh+rl, |r| <= about pi/4, each as
// hi+lo with an absolute error below 2**-66.
func sinCosFast(rh, rl float64) (sh, sl, ch, cl float64) {
	neg := rh < 0
	if neg {
		rh, rl = -rh, -rl
	}
	k := int(rh*64 + 0.5)
	b := rh - float64(k)/64 // exact
	b2 := b * b
	sbTail := b * b2 * (-1.0/6 + b2*(1.0/120-b2*(1.0/5040)))
	cbTail := -b2/2 + b2*b2*(1.0/24-b2*(1.0/720-b2*(1.0/40320))) - b*rl
	sa, ca := sinTable[k], cosTable[k]
	// sin(a+b) = sin a cos b + cos a sin b
	p, pe := twoProd(ca.hi, b)
	s, se := twoSum(sa.hi, p)
	sl = se + pe + sa.lo + ca.lo*b + ca.hi*(rl+sbTail) + sa.hi*cbTail
	sh, sl = fastTwoSum(s, sl)
	// cos(a+b) = cos a cos b - sin a sin b
	q, qe := twoProd(sa.hi, b)
	c, ce := twoSum(ca.hi, -q)
	cl = ce - qe + ca.lo - sa.lo*b - sa.hi*(rl+sbTail) + ca.hi*cbTail
	ch, cl = fastTwoSum(c, cl)
	if neg {
		sh, sl = -sh, -sl
	}
	return
}

// atanFast returns atan(xh+xl) for 0 <= xh <= 1 as hi+lo with an
// absolute error below 2**-66.
func atanFast(xh, xl float64) (hi, lo float64) {
	k := int(xh*64 + 0.5)
	a := float64(k) / 64
	// atan(x) = atan(a) + atan(t), t = (x - a) / (1 + a x)
	num := dd{xh - a, xl} // xh - a is exact
	p, pe := twoProd(a, xh)
	den := ddAddF(dd{p, pe + a*xl}, 1)
	t := ddDiv(num, den)
	t2 := t.hi * t.hi
	tail := -t.hi * t2 * (1.0/3 - t2*(1.0/5-t2*(1.0/7-t2*(1.0/9))))
	at := atanTable[k]
	s, se := twoSum(at.hi, t.hi)
	lo = se + at.lo + t.lo + tail
	return fastTwoSum(s, lo)
}

// hypotFast returns sqrt(x*x + y*y) correctly rounded for moderate
// finite x, y >= 0, or ok false when it cannot decide cheaply.
func hypotFast(x, y float64) (float64, bool) {
	if x > 0x1p500 || y > 0x1p500 || x < 0x1p-500 || y < 0x1p-500 {
		return 0, false
	}
	a, ae := twoProd(x, x)
	b, be := twoProd(y, y)
	s, se := twoSum(a, b)
	sl := se + ae + be
	h := math.Sqrt(s)
	hh, hhe := twoProd(h, h)
	// the residual (s + sl) - h², then one Newton correction
	res := (s - hh) - hhe + sl
	corr := res / (2 * h)
	hi, lo := fastTwoSum(h, corr)
	if !roundable(hi, lo, math.Abs(hi)*0x1p-80) {
		return 0, false
	}
	return hi, true
}
