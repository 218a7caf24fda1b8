// Package array implements the array module: compact arrays of numbers
// (and of Unicode characters) stored as raw machine values, with the
// buffer protocol so that bytes(), memoryview() and struct see their
// memory.
package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// typecodes lists the type codes in CPython's order.
const typecodes = "bBuhHiIlLqQfd"

// Array is array.array: items of one C type kept in data as raw
// little-endian values (the native order of the machines kaa runs on).
type Array struct {
	code     byte
	itemsize int
	data     []byte
}

// ArrayType is the type of arrays.
var ArrayType = py.NewBuiltinType("array.array", nil, py.FlagBaseType|py.FlagSequence)

// Type returns ArrayType.
func (*Array) Type() *py.Type { return ArrayType }

// Buffer exposes the array's memory (the buffer protocol): the raw
// items, their struct format and whether they are read-only.
func (a *Array) Buffer() ([]byte, string, bool) {
	if a.code == 'u' {
		return a.data, "w", false
	}
	return a.data, string(a.code), false
}

// asArray unwraps an array or an instance of a subclass of array.
func asArray(o py.Object) (*Array, bool) {
	switch v := o.(type) {
	case *Array:
		return v, true
	case *py.Instance:
		a, ok := v.Base().(*Array)
		return a, ok
	}
	return nil, false
}

// itemSize returns the size of one item of type code c (0 for a bad
// code).
func itemSize(c byte) int {
	switch c {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u':
		return 4
	case 'l', 'L', 'q', 'Q', 'd':
		return 8
	}
	return 0
}

// newArray returns an empty array of type code c.
func newArray(c byte) *Array { return &Array{code: c, itemsize: itemSize(c)} }

// Len returns the number of items.
func (a *Array) Len() int { return len(a.data) / a.itemsize }

// get returns item i as a Python value.
func (a *Array) get(i int) py.Object {
	p := a.data[i*a.itemsize : (i+1)*a.itemsize]
	le := binary.LittleEndian
	switch a.code {
	case 'b':
		return py.NewInt(int64(int8(p[0])))
	case 'B':
		return py.NewInt(int64(p[0]))
	case 'h':
		return py.NewInt(int64(int16(le.Uint16(p))))
	case 'H':
		return py.NewInt(int64(le.Uint16(p)))
	case 'i':
		return py.NewInt(int64(int32(le.Uint32(p))))
	case 'I':
		return py.NewInt(int64(le.Uint32(p)))
	case 'l', 'q':
		return py.NewInt(int64(le.Uint64(p)))
	case 'L', 'Q':
		u := le.Uint64(p)
		if u > math.MaxInt64 {
			return py.NewIntFromBig(new(big.Int).SetUint64(u))
		}
		return py.NewInt(int64(u))
	case 'f':
		return py.Float(float64(math.Float32frombits(le.Uint32(p))))
	case 'd':
		return py.Float(math.Float64frombits(le.Uint64(p)))
	case 'u':
		return py.RuneStr(rune(le.Uint32(p)))
	}
	return py.None
}

// encode converts v to the raw bytes of one item, with CPython's errors.
func (a *Array) encode(t *py.Thread, v py.Object, p []byte) error {
	le := binary.LittleEndian
	switch a.code {
	case 'f', 'd':
		f, ok, err := modutil.AsFloat(t, v)
		if err != nil {
			return err
		}
		if !ok {
			return py.Errorf(py.TypeErrorType, "must be real number, not %s", py.TypeName(v))
		}
		if a.code == 'f' {
			le.PutUint32(p, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(p, math.Float64bits(f))
		}
		return nil
	case 'u':
		s, ok := py.AsStr(v)
		if !ok || s.Len() != 1 {
			return py.Errorf(py.TypeErrorType, "array item must be unicode character")
		}
		le.PutUint32(p, uint32(s.At(0)))
		return nil
	}
	if v.Type().Slots.Index == nil {
		if _, _, isInt := py.IntValue(v); !isInt {
			return py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
		}
	}
	n, _, err := modutil.AsInteger(t, v)
	if err != nil {
		return err
	}
	u, err := intBits(a.code, n)
	if err != nil {
		return err
	}
	switch a.itemsize {
	case 1:
		p[0] = byte(u)
	case 2:
		le.PutUint16(p, uint16(u))
	case 4:
		le.PutUint32(p, uint32(u))
	default:
		le.PutUint64(p, u)
	}
	return nil
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// intBits range-checks an integer for type code c, as CPython's argument
// parser does for the C type behind the code (hence the odd wording of
// some messages: 'b' is parsed as a short first, 'H' as an int).
func intBits(c byte, n *big.Int) (uint64, error) {
	over := func(msg string) (uint64, error) { return 0, py.Errorf(py.OverflowErrorType, "%s", msg) }
	switch c {
	case 'Q':
		if n.Sign() < 0 {
			return over("can't convert negative int to unsigned")
		}
		if n.Cmp(maxUint64) > 0 {
			return over("int too big to convert")
		}
		return n.Uint64(), nil
	case 'q':
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return over("int too big to convert")
		}
		return uint64(n.Int64()), nil
	case 'I', 'L':
		if n.Sign() < 0 {
			return over("can't convert negative value to unsigned int")
		}
		if n.Cmp(maxUint64) > 0 {
			return over("Python int too large to convert to C unsigned long")
		}
		u := n.Uint64()
		if c == 'I' && u > math.MaxUint32 {
			return over("unsigned int is greater than maximum")
		}
		return u, nil
	}
	if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
		return over("Python int too large to convert to C long")
	}
	x := n.Int64()
	rng := func(lo, hi int64, what string) error {
		if x < lo {
			return py.Errorf(py.OverflowErrorType, "%s is less than minimum", what)
		}
		if x > hi {
			return py.Errorf(py.OverflowErrorType, "%s is greater than maximum", what)
		}
		return nil
	}
	var err error
	switch c {
	case 'b':
		if err = rng(math.MinInt16, math.MaxInt16, "signed short integer"); err == nil {
			err = rng(math.MinInt8, math.MaxInt8, "signed char")
		}
	case 'B':
		err = rng(0, math.MaxUint8, "unsigned byte integer")
	case 'h':
		err = rng(math.MinInt16, math.MaxInt16, "signed short integer")
	case 'H':
		if err = rng(math.MinInt32, math.MaxInt32, "signed integer"); err == nil {
			err = rng(0, math.MaxUint16, "unsigned short")
		}
	case 'i':
		err = rng(math.MinInt32, math.MaxInt32, "signed integer")
	}
	return uint64(x), err
}

// appendItem appends v.
func (a *Array) appendItem(t *py.Thread, v py.Object) error {
	var buf [8]byte
	if err := a.encode(t, v, buf[:a.itemsize]); err != nil {
		return err
	}
	a.data = append(a.data, buf[:a.itemsize]...)
	return nil
}

// setItem replaces item i.
func (a *Array) setItem(t *py.Thread, i int, v py.Object) error {
	return a.encode(t, v, a.data[i*a.itemsize:(i+1)*a.itemsize])
}

// items returns every item as a Python value.
func (a *Array) items() []py.Object {
	n := a.Len()
	out := make([]py.Object, n)
	for i := range out {
		out[i] = a.get(i)
	}
	return out
}

// unicode returns the text of a 'u' array.
func (a *Array) unicode() string {
	b := make([]byte, 0, len(a.data)/4)
	for i := 0; i+4 <= len(a.data); i += 4 {
		r := rune(binary.LittleEndian.Uint32(a.data[i:]))
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// appendUnicode appends the characters of s to a 'u' array.
func (a *Array) appendUnicode(s *py.Str) {
	for _, r := range s.Runes() {
		a.data = binary.LittleEndian.AppendUint32(a.data, uint32(r))
	}
}

// extend appends the items of an iterable (an array must have the same
// type code).
func (a *Array) extend(t *py.Thread, it py.Object) error {
	if b, ok := asArray(it); ok {
		if b.code != a.code {
			return py.Errorf(py.TypeErrorType, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return nil
	}
	iter, err := py.Iter(t, it)
	if err != nil {
		return err
	}
	for {
		v, ok, err := py.Next(t, iter)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := a.appendItem(t, v); err != nil {
			return err
		}
	}
}
