package libm

import (
	"math"
	"math/rand"
	"testing"
)

// TestFastPaths checks that whenever a fast path claims its rounding is
// certain, it agrees with the slow double-double evaluation, and that
// it falls back rarely.
func TestFastPaths(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	type check struct {
		name  string
		quick func(x, y float64) (float64, bool)
		slow  func(x, y float64) float64
		arg   func() (float64, float64)
	}
	wide := func() float64 { return math.Exp(rng.Float64()*80-40) * float64(1-2*rng.Intn(2)) }
	checks := []check{
		{"exp", func(x, _ float64) (float64, bool) { return expQuick(x) },
			func(x, _ float64) float64 { return expDD(dd{x, 0}) },
			func() (float64, float64) { return rng.Float64()*1400 - 700, 0 }},
		{"log", func(x, _ float64) (float64, bool) { return logQuick(x) },
			func(x, _ float64) float64 { return logDD(x).hi },
			func() (float64, float64) { return math.Abs(wide()), 0 }},
		{"log near 1", func(x, _ float64) (float64, bool) { return logQuick(x) },
			func(x, _ float64) float64 { return logDD(x).hi },
			func() (float64, float64) { return 1 + (rng.Float64()-0.5)*0.1, 0 }},
		{"pow", powQuick,
			func(x, y float64) float64 {
				m, k := expReduced(ddMulF(logDD(x), y))
				return roundScaled(m, k)
			},
			func() (float64, float64) { return math.Abs(wide()), rng.Float64()*20 - 10 }},
		{"sin", func(x, _ float64) (float64, bool) { r, q := reducePio2(x); return sinCosQuick(r, q) },
			func(x, _ float64) float64 {
				r, q := reducePio2(x)
				s, c := sinCosDD(r)
				return [4]float64{s.hi, c.hi, -s.hi, -c.hi}[q]
			},
			func() (float64, float64) { return wide(), 0 }},
		{"atan", func(x, _ float64) (float64, bool) { return atanQuick(math.Abs(x), 0) },
			func(x, _ float64) float64 {
				ax := math.Abs(x)
				if ax <= 1 {
					return atanDD(dd{ax, 0}).hi
				}
				return ddSub(ddPio2, atanDD(ddDiv(dd{1, 0}, dd{ax, 0}))).hi
			},
			func() (float64, float64) { return wide(), 0 }},
		{"atan2", func(y, x float64) (float64, bool) { return atan2Quick(math.Abs(y), math.Abs(x), x < 0) },
			func(y, x float64) float64 {
				ax, ay := math.Abs(x), math.Abs(y)
				var r dd
				if ay <= ax {
					r = atanDD(ddDiv(dd{ay, 0}, dd{ax, 0}))
				} else {
					r = ddSub(ddPio2, atanDD(ddDiv(dd{ax, 0}, dd{ay, 0})))
				}
				if x < 0 {
					r = ddSub(ddPi, r)
				}
				return r.hi
			},
			func() (float64, float64) { return wide(), wide() }},
		{"hypot", hypotFast, func(x, y float64) float64 { return exactNorm([]float64{x, y}) },
			func() (float64, float64) { return math.Abs(wide()), math.Abs(wide()) }},
	}
	for _, c := range checks {
		fallbacks := 0
		for i := 0; i < n; i++ {
			x, y := c.arg()
			q, ok := c.quick(x, y)
			if !ok {
				fallbacks++
				continue
			}
			if s := c.slow(x, y); q != s {
				t.Errorf("%s(%v, %v): fast %v, slow %v", c.name, x, y, q, s)
			}
		}
		if fallbacks*50 > n {
			t.Errorf("%s: %d of %d fall back", c.name, fallbacks, n)
		}
	}
}
