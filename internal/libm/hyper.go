package libm

import "math"

// The hyperbolic functions and log10 follow the formulas of Sun's fdlibm,
// which glibc uses for them, over correctly rounded exp and log; expm1
// and log1p are fdlibm's (as Go's math package implements them), so the
// results agree with glibc's.

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := math.Copysign(0.5, x)
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.782712893384: // log(MaxFloat64)
		return h * Exp(ax)
	case ax <= 710.4758600739439: // overflow threshold
		w := Exp(0.5 * ax)
		t := h * w
		return t * w
	}
	return math.Copysign(math.Inf(1), x)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	switch {
	case ax < 0.5*math.Ln2:
		t := Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.782712893384:
		return 0.5 * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax >= 22:
		z = 1
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= 1:
		t := Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = Log(ax) + math.Ln2
	case ax > 2:
		w = Log(2*ax + 1/(math.Sqrt(ax*ax+1)+ax))
	default:
		t := ax * ax
		w = Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return Log(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return Log1p(t + math.Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax > 1:
		return NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ax < 0x1p-28:
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = 0.5 * Log1p(t+t*ax/(1-ax))
	} else {
		t = 0.5 * Log1p((ax+ax)/(1-ax))
	}
	return math.Copysign(t, x)
}

// log10(2) in two parts, and 1/ln(10), as fdlibm splits them.
const (
	log10Of2Hi = 3.01029995663611771306e-01
	log10Of2Lo = 3.69423907715893078616e-13
	invLn10    = 4.34294481903251816668e-01
)

// Log10 returns the base-10 logarithm of x: fdlibm's
// k*log10(2) + log(m)/ln(10) split, over a correctly rounded log.
func Log10(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return math.Inf(-1)
	}
	k := 0
	if x < 0x1p-1022 {
		k -= 54
		x *= 0x1p54
	}
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = (hx & 0x000fffff) | int32((0x3ff-i)<<20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := y*log10Of2Lo + invLn10*Log(x)
	return z + y*log10Of2Hi
}
