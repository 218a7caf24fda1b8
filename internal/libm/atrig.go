package libm

import "math"

// The inverse trigonometric functions: a Newton step in double-double
// from Go's float estimate, with the usual argument transformations
// keeping the step well conditioned.

// atanDD returns atan(a) for |a| <= 1.
func atanDD(a dd) dd {
	y0 := math.Atan(a.hi)
	t := tanDD(dd{y0, 0}, 0)
	// y = y0 + (a - tan y0) / (1 + tan² y0)
	num := ddSub(a, t)
	den := ddAddF(ddMul(t, t), 1)
	return ddAddF(ddDiv(num, den), y0)
}

// asinDD returns asin(a) for |a| <= 1/2.
func asinDD(a dd) dd {
	y0 := math.Asin(a.hi)
	s, c := sinCosDD(dd{y0, 0})
	// y = y0 + (a - sin y0) / cos y0
	return ddAddF(ddDiv(ddSub(a, s), c), y0)
}

// Atan returns the arc tangent of x, correctly rounded.
func Atan(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 0x1p-27:
		return x
	}
	ax := math.Abs(x)
	if v, ok := atanQuick(ax, 0); ok {
		return math.Copysign(v, x)
	}
	var r dd
	if ax <= 1 {
		r = atanDD(dd{ax, 0})
	} else {
		r = ddSub(ddPio2, atanDD(ddDiv(dd{1, 0}, dd{ax, 0})))
	}
	return math.Copysign(r.hi, x)
}

// Atan2 returns the arc tangent of y/x using the signs of both to find
// the quadrant, with C99's special values.
func Atan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return NaN()
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if x > 0 {
				return math.Copysign(math.Pi/4, y)
			}
			return math.Copysign(3*math.Pi/4, y)
		}
		return math.Copysign(math.Pi/2, y)
	case math.IsInf(x, 0) || y == 0:
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	case x == 0:
		return math.Copysign(math.Pi/2, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if v, ok := atan2Quick(ay, ax, x < 0); ok {
		return math.Copysign(v, y)
	}
	var r dd
	if ay <= ax {
		q := ddDiv(dd{ay, 0}, dd{ax, 0})
		if q.hi < 0x1p-27 {
			r = q
		} else {
			r = atanDD(q)
		}
	} else {
		r = ddSub(ddPio2, atanDD(ddDiv(dd{ax, 0}, dd{ay, 0})))
	}
	if x < 0 {
		r = ddSub(ddPi, r)
	}
	return math.Copysign(r.hi, y)
}

// Asin returns the arc sine of x, correctly rounded.
func Asin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax > 1:
		return NaN()
	case ax < 0x1p-26:
		return x
	case ax <= 0.5:
		return asinDD(dd{x, 0}).hi
	}
	// asin(a) = pi/2 - 2 asin(sqrt((1-a)/2)), with (1-a)/2 exact.
	z := ddSqrt(dd{(1 - ax) / 2, 0})
	r := ddSub(ddPio2, ddMulF(asinDD(z), 2))
	return math.Copysign(r.hi, x)
}

// Acos returns the arc cosine of x, correctly rounded.
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	case math.Abs(x) <= 0.5:
		return ddSub(ddPio2, asinDD(dd{x, 0})).hi
	case x > 0:
		return ddMulF(asinDD(ddSqrt(dd{(1 - x) / 2, 0})), 2).hi
	}
	return ddSub(ddPi, ddMulF(asinDD(ddSqrt(dd{(1 + x) / 2, 0})), 2)).hi
}

// atanQuick is the fast path of Atan for x = xh+xl >= 0.
func atanQuick(xh, xl float64) (float64, bool) {
	var hi, lo float64
	if xh <= 1 {
		hi, lo = atanFast(xh, xl)
	} else {
		inv := ddDiv(dd{1, 0}, dd{xh, xl})
		h, l := atanFast(inv.hi, inv.lo)
		r := ddSub(ddPio2, dd{h, l})
		hi, lo = r.hi, r.lo
	}
	err := math.Abs(hi) * 0x1p-62
	if xh >= 1.0/128 {
		err += 0x1p-70 // the table terms' absolute error
	}
	if hi == 0 || !roundable(hi, lo, err) {
		return 0, false
	}
	return hi, true
}

// atan2Quick is the fast path of Atan2 for ay, ax > 0 (negX: x < 0).
func atan2Quick(ay, ax float64, negX bool) (float64, bool) {
	if ay < 0x1p-900 || ax < 0x1p-900 || ay > 0x1p900 || ax > 0x1p900 {
		return 0, false
	}
	var r dd
	small := false
	if ay <= ax {
		q := ddDiv(dd{ay, 0}, dd{ax, 0})
		h, l := atanFast(q.hi, q.lo)
		r = dd{h, l}
		small = q.hi < 1.0/128
	} else {
		q := ddDiv(dd{ax, 0}, dd{ay, 0})
		h, l := atanFast(q.hi, q.lo)
		r = ddSub(ddPio2, dd{h, l})
	}
	if negX {
		r = ddSub(ddPi, r)
		small = false
	}
	err := math.Abs(r.hi) * 0x1p-62
	if !small {
		err += 0x1p-70
	}
	if r.hi == 0 || !roundable(r.hi, r.lo, err) {
		return 0, false
	}
	return r.hi, true
}
