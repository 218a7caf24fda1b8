package compile

import (
	"math"
	"math/big"
	"strings"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/syntax"
)

// Constants are handled as bytecode.Const values from the moment the
// folder or the code generator meets them: NoneType, EllipsisType, bool,
// int64 or *big.Int (always int64 when the value fits), float64,
// complex128, string, Bytes, Tuple, FrozenSet and *Code.

// fromValue converts the value of a Constant node to a code constant.
func fromValue(v syntax.Value) bytecode.Const {
	switch x := v.(type) {
	case syntax.NoneType:
		return bytecode.None
	case syntax.EllipsisType:
		return bytecode.Ellipsis
	case syntax.Bytes:
		return bytecode.Bytes(x)
	case *big.Int:
		return normBig(x)
	case bytecode.Const:
		return x
	}
	return v
}

// toValue converts a folded constant back to an AST value. Tuples and
// frozensets have no AST form of their own and stay code constants; the
// Constant node documents its Value as any constant the folder produced.
func toValue(c bytecode.Const) syntax.Value {
	switch c.(type) {
	case bytecode.NoneType:
		return syntax.None
	case bytecode.EllipsisType:
		return syntax.Ellipsis
	case bytecode.Bytes:
		return syntax.Bytes(c.(bytecode.Bytes))
	}
	return c
}

// normBig returns x as an int64 when it fits, else x itself.
func normBig(x *big.Int) bytecode.Const {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

// constKey identifies a constant for deduplication in co_consts, as
// CPython's _PyCode_ConstantKey does: equal values of different types
// (1, 1.0, True) stay distinct, and so do 0.0 and -0.0.
type constKey struct {
	kind byte
	bits uint64
	s    string
}

const (
	keyNone byte = iota
	keyEllipsis
	keyBool
	keyInt
	keyBigInt
	keyFloat
	keyComplex
	keyStr
	keyBytes
	keyTuple
	keyFrozenSet
	keyCode
)

// makeKey returns the deduplication key of c. A NaN is never equal to
// another constant: it gets the key seq, a number unique in the unit.
// Code objects have structural keys (see codeKey) computed by the caller.
func makeKey(c bytecode.Const, seq uint64) constKey {
	switch v := c.(type) {
	case bytecode.NoneType:
		return constKey{kind: keyNone}
	case bytecode.EllipsisType:
		return constKey{kind: keyEllipsis}
	case bool:
		if v {
			return constKey{kind: keyBool, bits: 1}
		}
		return constKey{kind: keyBool}
	case int64:
		return constKey{kind: keyInt, bits: uint64(v)}
	case *big.Int:
		return constKey{kind: keyBigInt, s: v.Text(16)}
	case float64:
		if math.IsNaN(v) && seq != 0 {
			return constKey{kind: keyCode, bits: seq}
		}
		return constKey{kind: keyFloat, bits: math.Float64bits(v)}
	case complex128:
		if (math.IsNaN(real(v)) || math.IsNaN(imag(v))) && seq != 0 {
			return constKey{kind: keyCode, bits: seq}
		}
		var b [16]byte
		putU64(b[:8], math.Float64bits(real(v)))
		putU64(b[8:], math.Float64bits(imag(v)))
		return constKey{kind: keyComplex, s: string(b[:])}
	case string:
		return constKey{kind: keyStr, s: v}
	case bytecode.Bytes:
		return constKey{kind: keyBytes, s: string(v)}
	case bytecode.Tuple:
		return constKey{kind: keyTuple, s: seqKey(v)}
	case bytecode.FrozenSet:
		return constKey{kind: keyFrozenSet, s: seqKey(v)}
	}
	return constKey{kind: keyCode, bits: seq}
}

func putU64(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// seqKey encodes the keys of a sequence of constants as a string.
func seqKey(items []bytecode.Const) string {
	var b strings.Builder
	var buf [8]byte
	for _, it := range items {
		k := makeKey(it, 0)
		b.WriteByte(k.kind)
		putU64(buf[:], k.bits)
		b.Write(buf[:])
		putU64(buf[:], uint64(len(k.s)))
		b.Write(buf[:])
		b.WriteString(k.s)
	}
	return b.String()
}

// truth returns the truth value of a constant (bool(c)).
func truth(c bytecode.Const) bool {
	switch v := c.(type) {
	case bytecode.NoneType:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case bytecode.Bytes:
		return v != ""
	case bytecode.Tuple:
		return len(v) != 0
	case bytecode.FrozenSet:
		return len(v) != 0
	}
	return true
}

// isNumber reports whether c is a bool, int, float or complex.
func isNumber(c bytecode.Const) bool {
	switch c.(type) {
	case bool, int64, *big.Int, float64, complex128:
		return true
	}
	return false
}

// constEqual reports whether a == b in Python for two constants.
func constEqual(a, b bytecode.Const) bool {
	if isNumber(a) && isNumber(b) {
		return numEqual(a, b)
	}
	switch x := a.(type) {
	case bytecode.NoneType:
		_, ok := b.(bytecode.NoneType)
		return ok
	case bytecode.EllipsisType:
		_, ok := b.(bytecode.EllipsisType)
		return ok
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bytecode.Bytes:
		y, ok := b.(bytecode.Bytes)
		return ok && x == y
	case bytecode.Tuple:
		y, ok := b.(bytecode.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !constEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case bytecode.FrozenSet:
		y, ok := b.(bytecode.FrozenSet)
		if !ok || len(x) != len(y) {
			return false
		}
		for _, item := range x {
			found := false
			for _, other := range y {
				if constEqual(item, other) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	case *bytecode.Code:
		return a == b
	}
	return false
}

// numEqual compares two numbers exactly, as Python does across int,
// float and complex.
func numEqual(a, b bytecode.Const) bool {
	ca, aComplex := a.(complex128)
	cb, bComplex := b.(complex128)
	if aComplex || bComplex {
		if aComplex && bComplex {
			return ca == cb
		}
		if aComplex {
			return imag(ca) == 0 && numEqual(real(ca), b)
		}
		return imag(cb) == 0 && numEqual(a, real(cb))
	}
	fa, aFloat := a.(float64)
	fb, bFloat := b.(float64)
	switch {
	case aFloat && bFloat:
		return fa == fb
	case aFloat:
		return floatEqualsInt(fa, toBig(b))
	case bFloat:
		return floatEqualsInt(fb, toBig(a))
	}
	return toBig(a).Cmp(toBig(b)) == 0
}

func floatEqualsInt(f float64, i *big.Int) bool {
	if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
		return false
	}
	bf := new(big.Float).SetFloat64(f)
	fi, _ := bf.Int(nil)
	return fi.Cmp(i) == 0
}

// toBig returns an int-like constant (bool, int64, *big.Int) as a new
// big.Int.
func toBig(c bytecode.Const) *big.Int {
	switch v := c.(type) {
	case bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case int64:
		return big.NewInt(v)
	case *big.Int:
		return new(big.Int).Set(v)
	}
	return nil
}

// isIntLike reports whether c is a bool or an int.
func isIntLike(c bytecode.Const) bool {
	switch c.(type) {
	case bool, int64, *big.Int:
		return true
	}
	return false
}

// makeFrozenSet builds the frozenset of items as CPython's frozenset()
// of a tuple does: equal items are kept once (the first wins), and the
// items are stored in the order iteration over CPython's set gives them
// whenever that order is fixed (numbers and tuples of numbers; str and
// None hash differently in every CPython process).
func makeFrozenSet(items []bytecode.Const) bytecode.FrozenSet {
	var uniq []bytecode.Const
	for _, it := range items {
		dup := false
		for _, u := range uniq {
			if constEqual(u, it) {
				dup = true
				break
			}
		}
		if !dup {
			uniq = append(uniq, it)
		}
	}
	hashes := make([]uint64, len(uniq))
	for i, it := range uniq {
		h, ok := pyHash(it)
		if !ok {
			return bytecode.FrozenSet(uniq)
		}
		hashes[i] = h
	}
	// CPython builds the set twice: once when folding, and again, from the
	// first one's iteration order, when it merges the constant into the
	// code's constants.
	once := setOrder(uniq, hashes)
	for i, it := range once {
		hashes[i], _ = pyHash(it)
	}
	return bytecode.FrozenSet(setOrder(once, hashes))
}

// codeEqual reports whether CPython considers two code objects equal:
// code objects compare by value (name, argument counts, flags, first line,
// instructions, constants, names, local names, line table and exception
// table), so that compiling the same nested function twice (in both
// copies of a finally body) yields one constant.
func codeEqual(a, b *bytecode.Code) bool {
	if a == b {
		return true
	}
	if a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount ||
		a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo ||
		len(a.Instrs) != len(b.Instrs) || len(a.Consts) != len(b.Consts) ||
		len(a.Names) != len(b.Names) || len(a.LocalsPlusNames) != len(b.LocalsPlusNames) ||
		len(a.ExceptionTable) != len(b.ExceptionTable) {
		return false
	}
	for i := range a.Instrs {
		if a.Instrs[i] != b.Instrs[i] || a.Positions[i] != b.Positions[i] {
			return false
		}
	}
	for i := range a.Names {
		if a.Names[i] != b.Names[i] {
			return false
		}
	}
	for i := range a.LocalsPlusNames {
		if a.LocalsPlusNames[i] != b.LocalsPlusNames[i] {
			return false
		}
	}
	for i := range a.ExceptionTable {
		if a.ExceptionTable[i] != b.ExceptionTable[i] {
			return false
		}
	}
	for i := range a.Consts {
		ca, aCode := a.Consts[i].(*bytecode.Code)
		cb, bCode := b.Consts[i].(*bytecode.Code)
		if aCode || bCode {
			if !aCode || !bCode || !codeEqual(ca, cb) {
				return false
			}
			continue
		}
		if makeKey(a.Consts[i], 0) != makeKey(b.Consts[i], 0) {
			return false
		}
	}
	return true
}
