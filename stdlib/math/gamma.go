package pymath

import (
	"math"

	"github.com/kaa-lang/kaa/internal/libm"
)

// The gamma function and its logarithm, computed as CPython computes
// them (not with the C library's tgamma/lgamma), so that results agree
// to the last bit: a Lanczos approximation (N=13, g≈6.0247, the
// parameters Boost uses) written as a rational function, with the
// reflection formula for negative arguments.

// lanczosG is the Lanczos parameter g, and lanczosGMinusHalf g-0.5.
const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// lanczosNum and lanczosDen are the numerator and denominator
// coefficients of the Lanczos sum as a rational function of x (the
// denominator is x(x+1)...(x+11)).
var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// lanczosSum evaluates the Lanczos sum at x > 0: by Horner's rule in x
// for small x, in 1/x for large x (avoiding overflow).
func lanczosSum(x float64) float64 {
	var num, den float64
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi returns sin(pi*x) accurately for finite x, also near integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.Round(2 * y)) { // C round(): halves away from zero
	case 0:
		r = libm.Sin(math.Pi * y)
	case 1:
		r = libm.Cos(math.Pi * (y - 0.5))
	case 2:
		r = libm.Sin(math.Pi * (1 - y)) // not -sin(pi*(y-1)): keeps +0.0 at y == 1
	case 3:
		r = -libm.Cos(math.Pi * (y - 1.5))
	default:
		r = libm.Sin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

// gamma returns Γ(x) and the errno C would set.
func gamma(x float64) (float64, int) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, 0
	case math.IsInf(x, -1):
		return libm.NaN(), errEDOM
	case x == 0:
		return math.Copysign(math.Inf(1), x), errEDOM
	}
	if x == math.Floor(x) {
		if x < 0 {
			return libm.NaN(), errEDOM
		}
		if x <= 23 {
			// (x-1)! is exact in a double up to 22!.
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, 0
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1 / x
		if math.IsInf(r, 0) {
			return r, errERANGE
		}
		return r, 0
	}
	if absx > 200 {
		if x < 0 {
			return 0 / sinPi(x), 0
		}
		return math.Inf(1), errERANGE
	}
	y := absx + lanczosGMinusHalf
	// z is the rounding error of y, scaled: the correction that makes
	// pow(y, ...) / exp(y) behave as if y were exact.
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(absx) / absx * libm.Exp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140 {
			r /= libm.Pow(y, absx-0.5)
		} else {
			sp := libm.Pow(y, absx/2-0.25)
			r /= sp
			r /= sp
		}
	} else {
		r = lanczosSum(absx) / libm.Exp(y)
		r += z * r
		if absx < 140 {
			r *= libm.Pow(y, absx-0.5)
		} else {
			sp := libm.Pow(y, absx/2-0.25)
			r *= sp
			r *= sp
		}
	}
	if math.IsInf(r, 0) {
		return r, errERANGE
	}
	return r, 0
}

// lgamma returns log|Γ(x)| and the errno C would set.
func lgamma(x float64) (float64, int) {
	switch {
	case math.IsNaN(x):
		return x, 0
	case math.IsInf(x, 0):
		return math.Inf(1), 0
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return math.Inf(1), errEDOM
		}
		return 0, 0
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -libm.Log(absx), 0
	}
	r := libm.Log(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (libm.Log(absx+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - libm.Log(math.Abs(sinPi(absx))) - libm.Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errERANGE
	}
	return r, 0
}
