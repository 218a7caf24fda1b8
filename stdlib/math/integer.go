package pymath

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/kaa-lang/kaa/py"
)

// The integer functions: exact results on ints of any size.

// maxResultBits bounds the size of a result these functions agree to
// build; beyond it they raise MemoryError at once instead of computing
// for hours.
const maxResultBits = 1 << 34

// indexArg converts an argument with __index__ to a *big.Int (fresh when
// small; shared, so never modified, when big).
func indexArg(t *py.Thread, o py.Object) (*big.Int, error) {
	r, err := py.Index(t, o)
	if err != nil {
		return nil, err
	}
	s, b, _ := py.IntValue(r)
	if b != nil {
		return b, nil
	}
	return big.NewInt(s), nil
}

func mathFactorial(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := oneArg("factorial", args, kw); err != nil {
		return nil, err
	}
	return factorial(t, args[0])
}

// factorial returns x! with CPython's errors.
func factorial(t *py.Thread, x py.Object) (py.Object, error) {
	n, err := indexArg(t, x)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Errorf(py.ValueErrorType, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, py.Errorf(py.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	v := n.Int64()
	if v > 1 && float64(v)*math.Log2(float64(v)) > maxResultBits {
		return nil, py.NewError(py.MemoryErrorType)
	}
	return py.NewIntFromBig(new(big.Int).MulRange(1, v)), nil
}

func mathGcd(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("math.gcd", kw); err != nil {
		return nil, err
	}
	return foldInts(t, args, 0, gcd)
}

func mathLcm(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("math.lcm", kw); err != nil {
		return nil, err
	}
	return foldInts(t, args, 1, lcm)
}

// foldInts combines the absolute values of integer arguments with f,
// starting from empty (the result for no arguments).
func foldInts(t *py.Thread, args []py.Object, empty int64, f func(a, b *big.Int) *big.Int) (py.Object, error) {
	if len(args) == 0 {
		return py.NewInt(empty), nil
	}
	// All small: plain machine arithmetic for gcd.
	var acc *big.Int
	for _, a := range args {
		v, err := indexArg(t, a)
		if err != nil {
			return nil, err
		}
		av := new(big.Int).Abs(v)
		if acc == nil {
			acc = av
			continue
		}
		acc = f(acc, av)
	}
	return py.NewIntFromBig(acc), nil
}

// gcd returns the greatest common divisor of a, b >= 0.
func gcd(a, b *big.Int) *big.Int {
	if a.IsUint64() && b.IsUint64() {
		x, y := a.Uint64(), b.Uint64()
		return new(big.Int).SetUint64(gcdUint(x, y))
	}
	return new(big.Int).GCD(nil, nil, a, b)
}

// gcdUint is Stein's binary gcd.
func gcdUint(x, y uint64) uint64 {
	if x == 0 {
		return y
	}
	if y == 0 {
		return x
	}
	shift := bits.TrailingZeros64(x | y)
	x >>= bits.TrailingZeros64(x)
	for y != 0 {
		y >>= bits.TrailingZeros64(y)
		if x > y {
			x, y = y, x
		}
		y -= x
	}
	return x << shift
}

// lcm returns the least common multiple of a, b >= 0.
func lcm(a, b *big.Int) *big.Int {
	if a.Sign() == 0 || b.Sign() == 0 {
		return new(big.Int)
	}
	g := gcd(a, b)
	r := new(big.Int).Quo(a, g)
	return r.Mul(r, b)
}

func mathIsqrt(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := oneArg("isqrt", args, kw); err != nil {
		return nil, err
	}
	n, err := indexArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Errorf(py.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	if n.IsUint64() {
		return py.NewInt(int64(isqrtUint(n.Uint64()))), nil
	}
	return py.NewIntFromBig(new(big.Int).Sqrt(n)), nil
}

// isqrtUint is the integer square root of a 64-bit value.
func isqrtUint(n uint64) uint64 {
	r := uint64(math.Sqrt(float64(n)))
	// The float estimate may be off by one either way.
	for r > 0 && (r > math.MaxUint32 || r*r > n) {
		r--
	}
	for r+1 <= math.MaxUint32 && (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func mathComb(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("comb", args, kw, 2, 2); err != nil {
		return nil, err
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	nk := new(big.Int).Sub(n, k)
	if nk.Sign() < 0 {
		return py.NewInt(0), nil
	}
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, py.Errorf(py.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	kv := k.Int64()
	if kv == 0 {
		return py.NewInt(1), nil
	}
	// comb(n, k) < n**k / k!: about k*log2(n*e/k) bits.
	nf, _ := new(big.Float).SetInt(n).Float64()
	if float64(kv)*(math.Log2(nf/float64(kv))+1.45) > maxResultBits {
		return nil, py.NewError(py.MemoryErrorType)
	}
	if n.IsInt64() {
		return py.NewIntFromBig(new(big.Int).Binomial(n.Int64(), kv)), nil
	}
	p := fallingProduct(n, kv)
	return py.NewIntFromBig(p.Quo(p, new(big.Int).MulRange(1, kv))), nil
}

func mathPerm(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var no py.Object
	var ko py.Object = py.None
	if err := py.UnpackArgs("perm", args, kw, "n", &no, "k?", &ko, "/"); err != nil {
		return nil, err
	}
	if ko == py.None {
		return factorial(t, no)
	}
	n, k, err := combArgs(t, no, ko)
	if err != nil {
		return nil, err
	}
	if n.Cmp(k) < 0 {
		return py.NewInt(0), nil
	}
	if !k.IsInt64() {
		return nil, py.Errorf(py.OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
	}
	kv := k.Int64()
	if kv == 0 {
		return py.NewInt(1), nil
	}
	nf, _ := new(big.Float).SetInt(n).Float64()
	if float64(kv)*math.Log2(nf) > maxResultBits {
		return nil, py.NewError(py.MemoryErrorType)
	}
	if n.IsInt64() {
		return py.NewIntFromBig(new(big.Int).MulRange(n.Int64()-kv+1, n.Int64())), nil
	}
	return py.NewIntFromBig(fallingProduct(n, kv)), nil
}

// combArgs converts and checks the n and k of comb and perm.
func combArgs(t *py.Thread, no, ko py.Object) (n, k *big.Int, err error) {
	if n, err = indexArg(t, no); err != nil {
		return nil, nil, err
	}
	if k, err = indexArg(t, ko); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, py.Errorf(py.ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.Errorf(py.ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingProduct returns n * (n-1) * ... * (n-k+1), multiplying in a
// balanced tree so that the big multiplications stay even-sized.
func fallingProduct(n *big.Int, k int64) *big.Int {
	var prod func(lo, hi int64) *big.Int // product of n-i for i in [lo, hi)
	prod = func(lo, hi int64) *big.Int {
		if hi-lo == 1 {
			return new(big.Int).Sub(n, big.NewInt(lo))
		}
		mid := (lo + hi) / 2
		a := prod(lo, mid)
		return a.Mul(a, prod(mid, hi))
	}
	return prod(0, k)
}
