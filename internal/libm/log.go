package libm

import "math"

// logDD returns log(x) as a double-double for a finite x > 0.
func logDD(x float64) dd {
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// Now m is in [sqrt(1/2), sqrt(2)).
	var lm dd
	if math.Abs(m-1) < 0x1p-5 {
		lm = log1pSeries(m - 1) // m-1 is exact here
	} else {
		// One Newton step from the float estimate y0:
		// log(m) = y0 + log(m * e**-y0), where m * e**-y0 is near 1.
		y0 := math.Log(m)
		em, k := expReduced(dd{-y0, 0})
		w := ddMulF(em, math.Ldexp(m, k))
		t := ddAddF(w, -1)
		// log(1+t) = t - t²/2 for the tiny t.
		t = ddAdd(t, dd{-0.5 * t.hi * t.hi, 0})
		lm = ddAddF(t, y0)
	}
	if e == 0 {
		return lm
	}
	// e*ln2 to about 150 bits.
	ef := float64(e)
	r := ddAddF(lm, ef*ln2Lo)
	r = ddAddF(r, ef*ln2Mid)
	return ddAddF(r, ef*ln2Hi)
}

// log1pSeries returns log(1+f) for a small f (|f| < 1/32) by the series
// log(1+f) = 2 atanh(u), u = f/(2+f).
func log1pSeries(f float64) dd {
	u := ddDiv(dd{f, 0}, ddAddF(dd{f, 0}, 2))
	u2 := ddMul(u, u)
	// 2u * (1 + u²/3 + u⁴/5 + ...), by Horner in u².
	sum := dd{1.0 / 25, 0}
	for n := 23; n >= 1; n -= 2 {
		sum = ddAdd(ddMul(sum, u2), ddDivF(dd{1, 0}, float64(n)))
	}
	r := ddMul(u, sum)
	return dd{2 * r.hi, 2 * r.lo}
}

// Log returns the natural logarithm of x, correctly rounded.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	if r, ok := logQuick(x); ok {
		return r
	}
	r := logDD(x)
	return r.hi
}

// logQuick is the fast path of Log.
func logQuick(x float64) (float64, bool) {
	if x < 0x1p-1022 {
		return 0, false
	}
	hi, lo, err := logFast(x)
	if !roundable(hi, lo, err) {
		return 0, false
	}
	return hi, true
}

// Log2 returns the base-2 logarithm of x, correctly rounded.
func Log2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return math.Inf(-1)
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	return ddMul(logDD(x), ddInvLn2).hi
}
