package libm

import (
	"math"
	"math/big"
)

// sin, cos and tan: the argument is reduced modulo pi/2 (Cody-Waite with
// pi/2 in four parts for moderate arguments, exact big-number reduction
// for huge ones), then the Taylor series are summed in double-double.

// pi/2 in four parts; the first three have 33 significant bits, so that
// k times each is exact for k < 2**20.
const (
	pio2A = 0x1.921fb54400000p+0
	pio2B = 0x1.0b4611a600000p-34
	pio2C = 0x1.3198a2e000000p-69
	pio2D = 0x1.b839a252049c1p-104
)

// piHex is pi * 2**1398, truncated: 1400 bits of pi for reducing huge
// arguments.
const piHex = "c90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca1821"

// reducePio2 returns r and n with x = n*(pi/2) + r, |r| <= pi/4 (about),
// for a finite x.
func reducePio2(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if math.Abs(x) < 0x1p19 {
		kf := math.RoundToEven(x * (2 / math.Pi))
		r := dd{x - kf*pio2A, 0}
		r = ddAddF(r, -kf*pio2B)
		r = ddAddF(r, -kf*pio2C)
		p, e := twoProd(kf, pio2D)
		r = ddSub(r, dd{p, e})
		return r, int(int64(kf) & 3)
	}
	return reduceBig(x)
}

// reduceBig reduces a huge x exactly with big floats.
func reduceBig(x float64) (dd, int) {
	_, exp := math.Frexp(x)
	prec := uint(exp + 240)
	pi, _ := new(big.Int).SetString(piHex, 16)
	pio2 := new(big.Float).SetPrec(prec).SetInt(pi)
	pio2.SetMantExp(pio2, -1399)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, pio2)
	// k = round(q), r = x - k*pi/2.
	qi, _ := q.Int(nil)
	frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetInt(qi))
	half := big.NewFloat(0.5)
	if frac.Cmp(half) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(new(big.Float).Neg(half)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	kp := new(big.Float).SetPrec(prec).SetInt(qi)
	kp.Mul(kp, pio2)
	r := new(big.Float).SetPrec(prec).Sub(bx, kp)
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(prec).Sub(r, big.NewFloat(hi)).Float64()
	n := new(big.Int).And(qi, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(n)
}

// sinCosDD returns sin(r) and cos(r) for |r| <= about pi/4.
func sinCosDD(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	s, c := dd{1, 0}, dd{1, 0}
	for n := 14; n >= 1; n-- {
		fn := float64(2 * n)
		s = ddAddF(ddNeg(ddDivF(ddMul(r2, s), fn*(fn+1))), 1)
		c = ddAddF(ddNeg(ddDivF(ddMul(r2, c), (fn-1)*fn)), 1)
	}
	return ddMul(r, s), c
}

// Sin returns the sine of x, correctly rounded.
func Sin(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return NaN()
	}
	if math.Abs(x) < 0x1p-26 {
		return x
	}
	r, n := reducePio2(x)
	if v, ok := sinCosQuick(r, n); ok {
		return v
	}
	s, c := sinCosDD(r)
	switch n {
	case 0:
		return s.hi
	case 1:
		return c.hi
	case 2:
		return -s.hi
	}
	return -c.hi
}

// sinCosQuick is the fast path of Sin (and of Cos with n+1): sin(r +
// n*pi/2) for a reduced r.
func sinCosQuick(r dd, n int) (float64, bool) {
	sh, sl, ch, cl := sinCosFast(r.hi, r.lo)
	var hi, lo float64
	switch n & 3 {
	case 0:
		hi, lo = sh, sl
	case 1:
		hi, lo = ch, cl
	case 2:
		hi, lo = -sh, -sl
	default:
		hi, lo = -ch, -cl
	}
	err := math.Abs(hi) * 0x1p-62
	if math.Abs(r.hi) >= 1.0/128 {
		err += 0x1p-70 // the table terms' absolute error
	}
	if hi == 0 || !roundable(hi, lo, err) {
		return 0, false
	}
	return hi, true
}

// Cos returns the cosine of x, correctly rounded.
func Cos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return NaN()
	}
	r, n := reducePio2(x)
	if v, ok := sinCosQuick(r, n+1); ok {
		return v
	}
	s, c := sinCosDD(r)
	switch n {
	case 0:
		return c.hi
	case 1:
		return -s.hi
	case 2:
		return -c.hi
	}
	return s.hi
}

// Tan returns the tangent of x, correctly rounded.
func Tan(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	r, n := reducePio2(x)
	sh, sl, ch, cl := sinCosFast(r.hi, r.lo)
	var t dd
	if n&1 == 0 {
		t = ddDiv(dd{sh, sl}, dd{ch, cl})
	} else {
		t = ddNeg(ddDiv(dd{ch, cl}, dd{sh, sl}))
	}
	if t.hi != 0 && roundable(t.hi, t.lo, math.Abs(t.hi)*0x1p-60) {
		return t.hi
	}
	return tanDD(r, n).hi
}

// tanDD returns tan(r + n*pi/2) for a reduced r.
func tanDD(r dd, n int) dd {
	s, c := sinCosDD(r)
	if n&1 == 0 {
		return ddDiv(s, c)
	}
	return ddNeg(ddDiv(c, s))
}
