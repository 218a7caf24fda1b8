package compile

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/internal/libm"
	"github.com/kaa-lang/kaa/syntax"
)

// Arithmetic on constants for the folder, with Python's semantics and
// CPython's limits (Python/ast_opt.c): the result of a fold must be the
// value CPython computes, and the folds CPython refuses (a result too big
// to be worth storing, any operation that would raise) are refused here
// too by returning ok == false.

const (
	maxIntSize        = 128  // bits
	maxCollectionSize = 256  // items
	maxStrSize        = 4096 // characters
	maxTotalItems     = 1024 // including nested collections
)

// foldBinOp computes l <op> r.
func foldBinOp(op syntax.Operator, l, r bytecode.Const) (bytecode.Const, bool) {
	switch op {
	case syntax.OpAdd:
		return addConst(l, r)
	case syntax.OpSub:
		return numOp(l, r, intSub, floatSub, complexSub)
	case syntax.OpMult:
		return safeMultiply(l, r)
	case syntax.OpDiv:
		return trueDivide(l, r)
	case syntax.OpFloorDiv:
		return numOp(l, r, intFloorDiv, floatFloorDiv, nil)
	case syntax.OpMod:
		switch l.(type) {
		case string, bytecode.Bytes:
			return nil, false // %-formatting is never folded
		}
		return numOp(l, r, intMod, floatMod, nil)
	case syntax.OpPow:
		return safePower(l, r)
	case syntax.OpLShift:
		return safeLShift(l, r)
	case syntax.OpRShift:
		if !isIntLike(l) || !isIntLike(r) {
			return nil, false
		}
		b := toBig(r)
		if b.Sign() < 0 || !b.IsInt64() {
			return nil, false
		}
		if b.Int64() > 1<<40 {
			if toBig(l).Sign() < 0 {
				return int64(-1), true
			}
			return int64(0), true
		}
		return normBig(new(big.Int).Rsh(toBig(l), uint(b.Int64()))), true
	case syntax.OpBitOr, syntax.OpBitXor, syntax.OpBitAnd:
		return bitOp(op, l, r)
	}
	return nil, false // @ is never folded
}

// foldUnaryOp computes <op> v.
func foldUnaryOp(op syntax.UnaryOperator, v bytecode.Const) (bytecode.Const, bool) {
	switch op {
	case syntax.Not:
		return !truth(v), true
	case syntax.Invert:
		if !isIntLike(v) {
			return nil, false
		}
		return normBig(new(big.Int).Not(toBig(v))), true
	case syntax.UAdd:
		switch x := v.(type) {
		case bool, int64, *big.Int:
			return normBig(toBig(x)), true
		case float64, complex128:
			return x, true
		}
	case syntax.USub:
		switch x := v.(type) {
		case bool, int64, *big.Int:
			return normBig(new(big.Int).Neg(toBig(x))), true
		case float64:
			return -x, true
		case complex128:
			return complex(-real(x), -imag(x)), true
		}
	}
	return nil, false
}

// foldSubscript computes v[index] for str, bytes and tuple constants.
func foldSubscript(v, index bytecode.Const) (bytecode.Const, bool) {
	if !isIntLike(index) {
		return nil, false
	}
	bi := toBig(index)
	if !bi.IsInt64() {
		return nil, false
	}
	i := bi.Int64()
	switch x := v.(type) {
	case string:
		n := int64(cpLen(x))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		return cpAt(x, int(i)), true
	case bytecode.Bytes:
		n := int64(len(x))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		return int64(x[i]), true
	case bytecode.Tuple:
		n := int64(len(x))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, false
		}
		return x[i], true
	}
	return nil, false
}

func addConst(l, r bytecode.Const) (bytecode.Const, bool) {
	switch x := l.(type) {
	case string:
		if y, ok := r.(string); ok {
			return x + y, true
		}
		return nil, false
	case bytecode.Bytes:
		if y, ok := r.(bytecode.Bytes); ok {
			return x + y, true
		}
		return nil, false
	case bytecode.Tuple:
		if y, ok := r.(bytecode.Tuple); ok {
			t := make(bytecode.Tuple, 0, len(x)+len(y))
			return append(append(t, x...), y...), true
		}
		return nil, false
	}
	return numOp(l, r, intAdd, floatAdd, complexAdd)
}

type (
	intFunc     func(a, b *big.Int) (bytecode.Const, bool)
	floatFunc   func(a, b float64) (bytecode.Const, bool)
	complexFunc func(a, b complex128) (bytecode.Const, bool)
)

// numOp applies a numeric operation after Python's coercions: bool and int
// stay integers, a float operand makes both floats, a complex operand
// makes both complex. A nil function refuses that level.
func numOp(l, r bytecode.Const, fi intFunc, ff floatFunc, fc complexFunc) (bytecode.Const, bool) {
	if !isNumber(l) || !isNumber(r) {
		return nil, false
	}
	_, lc := l.(complex128)
	_, rc := r.(complex128)
	if lc || rc {
		if fc == nil {
			return nil, false
		}
		a, ok1 := toComplex(l)
		b, ok2 := toComplex(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return fc(a, b)
	}
	_, lf := l.(float64)
	_, rf := r.(float64)
	if lf || rf {
		if ff == nil {
			return nil, false
		}
		a, ok1 := toFloat(l)
		b, ok2 := toFloat(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		return ff(a, b)
	}
	return fi(toBig(l), toBig(r))
}

// toFloat converts a number to float as Python does (an int too large
// for a float is an OverflowError).
func toFloat(c bytecode.Const) (float64, bool) {
	switch v := c.(type) {
	case float64:
		return v, true
	case bool, int64, *big.Int:
		f, acc := new(big.Float).SetInt(toBig(v)).Float64()
		if math.IsInf(f, 0) && acc != big.Exact {
			return 0, false
		}
		return f, true
	}
	return 0, false
}

func toComplex(c bytecode.Const) (complex128, bool) {
	if v, ok := c.(complex128); ok {
		return v, true
	}
	f, ok := toFloat(c)
	return complex(f, 0), ok
}

func intAdd(a, b *big.Int) (bytecode.Const, bool) { return normBig(a.Add(a, b)), true }
func intSub(a, b *big.Int) (bytecode.Const, bool) { return normBig(a.Sub(a, b)), true }
func intMul(a, b *big.Int) (bytecode.Const, bool) { return normBig(a.Mul(a, b)), true }

// floorDivMod returns Python's a // b and a % b (b != 0).
func floorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

func intFloorDiv(a, b *big.Int) (bytecode.Const, bool) {
	if b.Sign() == 0 {
		return nil, false
	}
	q, _ := floorDivMod(a, b)
	return normBig(q), true
}

func intMod(a, b *big.Int) (bytecode.Const, bool) {
	if b.Sign() == 0 {
		return nil, false
	}
	_, r := floorDivMod(a, b)
	return normBig(r), true
}

func floatAdd(a, b float64) (bytecode.Const, bool) { return a + b, true }
func floatSub(a, b float64) (bytecode.Const, bool) { return a - b, true }
func floatMul(a, b float64) (bytecode.Const, bool) { return a * b, true }

func floatDiv(a, b float64) (bytecode.Const, bool) {
	if b == 0 {
		return nil, false
	}
	return a / b, true
}

func floatMod(a, b float64) (bytecode.Const, bool) {
	if b == 0 {
		return nil, false
	}
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod, true
}

func floatFloorDiv(a, b float64) (bytecode.Const, bool) {
	if b == 0 {
		return nil, false
	}
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			div -= 1.0
		}
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, true
}

func complexAdd(a, b complex128) (bytecode.Const, bool) {
	return complex(real(a)+real(b), imag(a)+imag(b)), true
}

func complexSub(a, b complex128) (bytecode.Const, bool) {
	return complex(real(a)-real(b), imag(a)-imag(b)), true
}

// complexProd is CPython's _Py_c_prod, written so that no product is
// fused with the following addition.
func complexProd(a, b complex128) complex128 {
	ac := float64(real(a) * real(b))
	bd := float64(imag(a) * imag(b))
	ad := float64(real(a) * imag(b))
	bc := float64(imag(a) * real(b))
	return complex(ac-bd, ad+bc)
}

func complexMul(a, b complex128) (bytecode.Const, bool) { return complexProd(a, b), true }

// complexQuot is CPython's _Py_c_quot; ok is false for a zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.Float64frombits(0x7ff8000000000000), math.Float64frombits(0x7ff8000000000000)), true
}

func complexDiv(a, b complex128) (bytecode.Const, bool) {
	q, ok := complexQuot(a, b)
	if !ok {
		return nil, false
	}
	return q, true
}

func trueDivide(l, r bytecode.Const) (bytecode.Const, bool) {
	return numOp(l, r, intTrueDiv, floatDiv, complexDiv)
}

// intTrueDiv is int / int, correctly rounded as CPython's long_true_divide.
func intTrueDiv(a, b *big.Int) (bytecode.Const, bool) {
	if b.Sign() == 0 {
		return nil, false
	}
	const exact = 1 << 53
	if a.IsInt64() && b.IsInt64() {
		x, y := a.Int64(), b.Int64()
		if -exact <= x && x <= exact && -exact <= y && y <= exact {
			return float64(x) / float64(y), true
		}
	}
	if a.Sign() == 0 {
		return math.Copysign(0, float64(b.Sign())), true // 0 / negative is -0.0
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return nil, false
	}
	return f, true
}

// safeMultiply refuses the products CPython's safe_multiply refuses.
func safeMultiply(l, r bytecode.Const) (bytecode.Const, bool) {
	if isIntLike(l) && isIntLike(r) {
		a, b := toBig(l), toBig(r)
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > maxIntSize {
			return nil, false
		}
		return intMul(a, b)
	}
	if isIntLike(l) {
		switch w := r.(type) {
		case bytecode.Tuple:
			return repeatTuple(w, toBig(l))
		case bytecode.FrozenSet:
			return nil, false
		case string:
			return repeatStr(w, cpLen(w), toBig(l))
		case bytecode.Bytes:
			s, ok := repeatStr(string(w), len(w), toBig(l))
			if !ok {
				return nil, false
			}
			return bytecode.Bytes(s.(string)), true
		}
	}
	if isIntLike(r) {
		switch l.(type) {
		case bytecode.Tuple, bytecode.FrozenSet, string, bytecode.Bytes:
			return safeMultiply(r, l)
		}
	}
	return numOp(l, r, intMul, floatMul, complexMul)
}

func repeatTuple(t bytecode.Tuple, count *big.Int) (bytecode.Const, bool) {
	if len(t) == 0 {
		return bytecode.Tuple{}, true
	}
	if !count.IsInt64() {
		return nil, false
	}
	n := count.Int64()
	if n < 0 || n > int64(maxCollectionSize/len(t)) {
		return nil, false
	}
	if n > 0 && checkComplexity(t, maxTotalItems/int(n)) < 0 {
		return nil, false
	}
	out := make(bytecode.Tuple, 0, len(t)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, t...)
	}
	return out, true
}

func repeatStr(s string, size int, count *big.Int) (bytecode.Const, bool) {
	if size == 0 {
		return "", true
	}
	if !count.IsInt64() {
		return nil, false
	}
	n := count.Int64()
	if n < 0 || n > int64(maxStrSize/size) {
		return nil, false
	}
	return strings.Repeat(s, int(n)), true
}

// checkComplexity subtracts the number of items in obj (nested tuples and
// frozensets included) from limit.
func checkComplexity(obj bytecode.Const, limit int) int {
	switch v := obj.(type) {
	case bytecode.Tuple:
		limit -= len(v)
		for i := 0; limit >= 0 && i < len(v); i++ {
			limit = checkComplexity(v[i], limit)
		}
	case bytecode.FrozenSet:
		limit -= len(v)
		for i := 0; limit >= 0 && i < len(v); i++ {
			limit = checkComplexity(v[i], limit)
		}
	}
	return limit
}

// safePower refuses the powers CPython's safe_power refuses.
func safePower(l, r bytecode.Const) (bytecode.Const, bool) {
	if isIntLike(l) && isIntLike(r) {
		a, b := toBig(l), toBig(r)
		if b.Sign() < 0 {
			fa, ok1 := toFloat(l)
			fb, ok2 := toFloat(r)
			if !ok1 || !ok2 {
				return nil, false
			}
			return floatPow(fa, fb)
		}
		if a.Sign() != 0 && b.Sign() > 0 {
			if !b.IsUint64() {
				return nil, false
			}
			wbits := b.Uint64()
			if uint64(a.BitLen()) > maxIntSize/wbits {
				return nil, false
			}
		}
		return normBig(new(big.Int).Exp(a, b, nil)), true
	}
	return numOp(l, r, nil, floatPow, complexPow)
}

// floatPow is CPython's float_pow.
func floatPow(iv, iw float64) (bytecode.Const, bool) {
	if iw == 0 {
		return 1.0, true
	}
	if math.IsNaN(iv) {
		return iv, true
	}
	if math.IsNaN(iw) {
		if iv == 1.0 {
			return 1.0, true
		}
		return iw, true
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1.0 {
			return 1.0, true
		}
		if (iw > 0) == (iv > 1.0) {
			return math.Abs(iw), true
		}
		return 0.0, true
	}
	isOddInt := func(x float64) bool { return math.Mod(math.Abs(x), 2.0) == 1.0 }
	if math.IsInf(iv, 0) {
		odd := isOddInt(iw)
		if iw > 0 {
			if odd {
				return iv, true
			}
			return math.Abs(iv), true
		}
		if odd {
			return math.Copysign(0, iv), true
		}
		return 0.0, true
	}
	if iv == 0 {
		if iw < 0 {
			return nil, false
		}
		if isOddInt(iw) {
			return iv, true
		}
		return 0.0, true
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = isOddInt(iw)
	}
	if iv == 1.0 {
		if negate {
			return -1.0, true
		}
		return 1.0, true
	}
	ix, ok := powCorrectlyRounded(iv, iw)
	if !ok {
		ix = libm.Pow(iv, iw)
	}
	if math.IsInf(ix, 0) {
		return nil, false // OverflowError
	}
	if negate {
		ix = -ix
	}
	return ix, true
}

// powCorrectlyRounded computes x**y exactly and rounds once, for an
// integral y of moderate size; C's pow gives the correctly rounded result
// in those cases, where Go's math.Pow may be one unit off.
func powCorrectlyRounded(x, y float64) (float64, bool) {
	if y != math.Trunc(y) || math.Abs(y) > 1100 {
		return 0, false
	}
	base := new(big.Rat)
	if base.SetFloat64(x) == nil {
		return 0, false
	}
	n := int64(math.Abs(y))
	num := new(big.Int).Exp(base.Num(), big.NewInt(n), nil)
	den := new(big.Int).Exp(base.Denom(), big.NewInt(n), nil)
	if num.BitLen()+den.BitLen() > 200000 {
		return 0, false
	}
	var r big.Rat
	if y < 0 {
		r.SetFrac(den, num)
	} else {
		r.SetFrac(num, den)
	}
	f, _ := r.Float64()
	return f, true
}

// complexPow is CPython's complex_pow.
func complexPow(a, b complex128) (bytecode.Const, bool) {
	var p complex128
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			p = complexPowU(a, n)
		} else {
			q, ok := complexQuot(1, complexPowU(a, -n))
			if !ok {
				return nil, false
			}
			p = q
		}
	} else {
		switch {
		case b == 0:
			p = 1
		case a == 0:
			if imag(b) != 0 || real(b) < 0 {
				return nil, false
			}
			p = 0
		default:
			vabs := libm.Hypot(real(a), imag(a))
			length := libm.Pow(vabs, real(b))
			at := libm.Atan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				length /= libm.Exp(at * imag(b))
				phase += imag(b) * libm.Log(vabs)
			}
			p = complex(length*libm.Cos(phase), length*libm.Sin(phase))
		}
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return nil, false
	}
	return p, true
}

func complexPowU(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

// safeLShift refuses the shifts CPython's safe_lshift refuses.
func safeLShift(l, r bytecode.Const) (bytecode.Const, bool) {
	if !isIntLike(l) || !isIntLike(r) {
		return nil, false
	}
	a, b := toBig(l), toBig(r)
	if b.Sign() < 0 {
		return nil, false
	}
	if a.Sign() != 0 && b.Sign() != 0 {
		if !b.IsInt64() || b.Int64() > maxIntSize || int64(a.BitLen()) > maxIntSize-b.Int64() {
			return nil, false
		}
	}
	if a.Sign() == 0 {
		return int64(0), true
	}
	return normBig(a.Lsh(a, uint(b.Int64()))), true
}

func bitOp(op syntax.Operator, l, r bytecode.Const) (bytecode.Const, bool) {
	if lb, ok := l.(bool); ok {
		if rb, ok := r.(bool); ok {
			switch op {
			case syntax.OpBitAnd:
				return lb && rb, true
			case syntax.OpBitOr:
				return lb || rb, true
			default:
				return lb != rb, true
			}
		}
	}
	if !isIntLike(l) || !isIntLike(r) {
		return nil, false
	}
	a, b := toBig(l), toBig(r)
	switch op {
	case syntax.OpBitAnd:
		a.And(a, b)
	case syntax.OpBitOr:
		a.Or(a, b)
	default:
		a.Xor(a, b)
	}
	return normBig(a), true
}

// Strings are UTF-8 in which a lone surrogate is the 3-byte sequence
// ED A0..BF 80..BF; these helpers count and index code points treating
// such a sequence as one.

func decodeCP(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

func cpLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, size := decodeCP(s[i:])
		i += size
		n++
	}
	return n
}

func cpAt(s string, index int) string {
	for i := 0; i < len(s); {
		_, size := decodeCP(s[i:])
		if index == 0 {
			return s[i : i+size]
		}
		index--
		i += size
	}
	return ""
}

// toCodePoints splits s into code points, lone surrogates included.
func toCodePoints(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := decodeCP(s[i:])
		out = append(out, r)
		i += size
	}
	return out
}

// fromCodePoints is the inverse of toCodePoints.
func fromCodePoints(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			b.WriteByte(0xED)
			b.WriteByte(byte(0x80 | (r>>6)&0x3F))
			b.WriteByte(byte(0x80 | r&0x3F))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
