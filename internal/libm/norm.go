package libm

import (
	"math"
	"math/big"
)

// Hypot returns sqrt(x*x + y*y), correctly rounded, without overflow or
// underflow in between.
func Hypot(x, y float64) float64 {
	return Norm([]float64{x, y})
}

// Norm returns the Euclidean norm sqrt(sum(x*x for x in v)) correctly
// rounded: infinities win over NaNs, as C's hypot does.
func Norm(v []float64) float64 {
	max, nan := 0.0, false
	for _, x := range v {
		x = math.Abs(x)
		if math.IsNaN(x) {
			nan = true
		} else if x > max {
			max = x
		}
	}
	switch {
	case math.IsInf(max, 1):
		return max
	case nan:
		return NaN()
	case max == 0:
		return 0
	}
	nonzero := 0
	for _, x := range v {
		if x != 0 {
			nonzero++
		}
	}
	if nonzero == 1 {
		return max
	}
	if len(v) == 2 {
		if r, ok := hypotFast(math.Abs(v[0]), math.Abs(v[1])); ok {
			return r
		}
	}
	return exactNorm(v)
}

// exactNorm computes the norm of finite values with integer arithmetic:
// each x is m * 2**e with an integer m, so the sum of squares is an
// integer S times 2**(2*emin), and its square root is rounded once.
func exactNorm(v []float64) float64 {
	emin := math.MaxInt32
	type term struct {
		m uint64
		e int
	}
	terms := make([]term, 0, len(v))
	for _, x := range v {
		if x == 0 {
			continue
		}
		m, e := splitFloat(math.Abs(x))
		terms = append(terms, term{m, e})
		if e < emin {
			emin = e
		}
	}
	s := new(big.Int)
	sq := new(big.Int)
	for _, tm := range terms {
		sq.SetUint64(tm.m)
		sq.Mul(sq, sq)
		sq.Lsh(sq, uint(2*(tm.e-emin)))
		s.Add(s, sq)
	}
	return sqrtScaled(s, emin)
}

// splitFloat returns the integer significand and exponent of a finite
// positive x: x == m * 2**e.
func splitFloat(x float64) (uint64, int) {
	b := math.Float64bits(x)
	exp := int(b>>52) & 0x7ff
	m := b & (1<<52 - 1)
	if exp == 0 {
		return m, -1074
	}
	return m | 1<<52, exp - 1075
}

// sqrtScaled returns sqrt(s) * 2**e correctly rounded, for an integer
// s > 0.
func sqrtScaled(s *big.Int, e int) float64 {
	// Scale s by an even power of two so its root has at least 60 bits.
	shift := 0
	if bl := s.BitLen(); bl < 122 {
		shift = (122 - bl + 1) &^ 1
	}
	ss := new(big.Int).Lsh(s, uint(shift))
	r := new(big.Int).Sqrt(ss)
	// r2 = 2r, plus one when the root is inexact: a value strictly
	// between r and r+1 that rounds the same way as the true root.
	r2 := new(big.Int).Lsh(r, 1)
	if new(big.Int).Mul(r, r).Cmp(ss) != 0 {
		r2.SetBit(r2, 0, 1)
	}
	f := new(big.Float).SetInt(r2)
	f.SetMantExp(f, e-shift/2-1)
	out, _ := f.Float64()
	return out
}
