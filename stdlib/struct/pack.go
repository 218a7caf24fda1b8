package pystruct

import (
	"encoding/binary"
	"github.com/kaa-lang/kaa/internal/libm"
	"math"
	"math/big"
	"strconv"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// ErrorType is struct.error.
var ErrorType = py.NewExceptionType("struct", "error", "", py.ExceptionType)

// structError returns a struct.error with the message msg.
func structError(msg string) error { return py.NewError(ErrorType, py.NewStr(msg)) }

// fetch says how an integer argument is converted before its range is
// checked, mirroring the C conversions CPython uses for each code.
type fetch byte

const (
	fetchSigned   fetch = iota // C long: "argument out of range" outside int64
	fetchUnsigned              // C unsigned long: negative or > uint64 is out of range
	fetchSignedBE              // big-endian q: "int too large to convert"
	fetchUnsignedBE
	fetchPointer // native P: any value in [-2**63, 2**64)
)

// intRule is how one integer code checks its argument.
type intRule struct {
	fetch    fetch
	hasRange bool
	lo, hi   int64  // the code's range when hasRange
	msg      string // the struct.error for a value outside lo..hi
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// rangeMsg is CPython's message for a value out of the code's range.
func rangeMsg(c byte, lo, hi int64) string {
	return "'" + string(c) + "' format requires " + strconv.FormatInt(lo, 10) + " <= number <= " + strconv.FormatInt(hi, 10)
}

// ruleFor returns the checking rule of integer code c in mode m.
func ruleFor(c byte, m mode) intRule {
	r := func(f fetch, lo, hi int64, msg string) intRule {
		return intRule{fetch: f, hasRange: true, lo: lo, hi: hi, msg: msg}
	}
	switch c {
	case 'b':
		return r(fetchSigned, -128, 127, "byte format requires -128 <= number <= 127")
	case 'B':
		return r(fetchSigned, 0, 255, "ubyte format requires 0 <= number <= 255")
	case 'h':
		if m == bigEnd {
			return r(fetchSigned, -32768, 32767, rangeMsg(c, -32768, 32767))
		}
		return r(fetchSigned, -32768, 32767, "short format requires -32768 <= number <= 32767")
	case 'H':
		if m == bigEnd {
			return r(fetchUnsigned, 0, 65535, rangeMsg(c, 0, 65535))
		}
		return r(fetchSigned, 0, 65535, "ushort format requires 0 <= number <= 65535")
	case 'i':
		return r(fetchSigned, math.MinInt32, math.MaxInt32, rangeMsg(c, math.MinInt32, math.MaxInt32))
	case 'I':
		return r(fetchUnsigned, 0, math.MaxUint32, rangeMsg(c, 0, math.MaxUint32))
	case 'l':
		if m == native {
			return intRule{fetch: fetchSigned}
		}
		return r(fetchSigned, math.MinInt32, math.MaxInt32, rangeMsg(c, math.MinInt32, math.MaxInt32))
	case 'L':
		if m == native {
			return intRule{fetch: fetchUnsigned}
		}
		return r(fetchUnsigned, 0, math.MaxUint32, rangeMsg(c, 0, math.MaxUint32))
	case 'q', 'n':
		if m == bigEnd {
			return intRule{fetch: fetchSignedBE}
		}
		return intRule{fetch: fetchSigned}
	case 'Q', 'N':
		if m == bigEnd {
			return intRule{fetch: fetchUnsignedBE}
		}
		return intRule{fetch: fetchUnsigned}
	case 'P':
		return intRule{fetch: fetchPointer}
	}
	return intRule{fetch: fetchSigned}
}

// intArg converts and range-checks the integer argument of an item,
// returning its two's-complement bits.
func intArg(t *py.Thread, v py.Object, rule *intRule) (uint64, error) {
	if i, ok := v.(py.Int); ok {
		// The common case: no big numbers involved.
		x := int64(i)
		if x < 0 && (rule.fetch == fetchUnsigned || rule.fetch == fetchUnsignedBE) {
			if rule.fetch == fetchUnsignedBE {
				return 0, structError("int too large to convert")
			}
			return 0, structError("argument out of range")
		}
		if rule.hasRange && (x < rule.lo || x > rule.hi) {
			return 0, structError(rule.msg)
		}
		return uint64(x), nil
	}
	n, ok, err := modutil.AsInteger(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, structError("required argument is not an integer")
	}
	switch rule.fetch {
	case fetchSigned:
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return 0, structError("argument out of range")
		}
	case fetchUnsigned:
		if n.Sign() < 0 || n.Cmp(maxUint64) > 0 {
			return 0, structError("argument out of range")
		}
	case fetchSignedBE:
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return 0, structError("int too large to convert")
		}
	case fetchUnsignedBE:
		if n.Sign() < 0 || n.Cmp(maxUint64) > 0 {
			return 0, structError("int too large to convert")
		}
	case fetchPointer:
		if n.Cmp(minInt64) < 0 || n.Cmp(maxUint64) > 0 {
			return 0, structError("int too large to convert")
		}
	}
	if rule.hasRange {
		if !n.IsInt64() || n.Int64() < rule.lo || n.Int64() > rule.hi {
			return 0, structError(rule.msg)
		}
	}
	if n.Sign() < 0 {
		return uint64(n.Int64()), nil
	}
	return n.Uint64(), nil
}

// floatArg converts the argument of a float code.
func floatArg(t *py.Thread, v py.Object) (float64, error) {
	f, ok, err := modutil.AsFloat(t, v)
	if err != nil || !ok {
		return 0, structError("required argument is not a float")
	}
	return f, nil
}

// order returns the byte order of a mode.
func (l *layout) order() binary.ByteOrder {
	if l.mode == bigEnd {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// pack writes the values args into buf (len(buf) >= l.size).
func (l *layout) pack(t *py.Thread, buf []byte, args []py.Object) error {
	order := l.order()
	a := 0
	for i := range l.items {
		it := &l.items[i]
		p := buf[it.offset : it.offset+it.size]
		if it.code == 'x' {
			clear(p)
			continue
		}
		v := args[a]
		a++
		switch it.code {
		case 'c':
			b, ok := v.(*py.Bytes)
			if !ok || len(b.Value()) != 1 {
				if inst, isInst := v.(*py.Instance); isInst {
					if bb, ok2 := inst.Base().(*py.Bytes); ok2 && len(bb.Value()) == 1 {
						p[0] = bb.Value()[0]
						continue
					}
				}
				return structError("char format requires a bytes object of length 1")
			}
			p[0] = b.Value()[0]
		case 's', 'p':
			data, ok := stringArg(v)
			if !ok {
				return structError("argument for '" + string(it.code) + "' must be a bytes object")
			}
			clear(p)
			if it.code == 's' {
				copy(p, data)
				continue
			}
			if it.size == 0 {
				continue
			}
			n := len(data)
			if n > it.size-1 {
				n = it.size - 1
			}
			copy(p[1:], data[:n])
			if n > 255 {
				n = 255
			}
			p[0] = byte(n)
		case '?':
			b, err := py.Truth(t, v)
			if err != nil {
				return err
			}
			p[0] = 0
			if b {
				p[0] = 1
			}
		case 'e':
			f, err := floatArg(t, v)
			if err != nil {
				return err
			}
			h, ok := float16Bits(f)
			if !ok {
				return py.Errorf(py.OverflowErrorType, "float too large to pack with e format")
			}
			order.PutUint16(p, h)
		case 'f':
			f, err := floatArg(t, v)
			if err != nil {
				return err
			}
			x := float32(f)
			if l.std && math.IsInf(float64(x), 0) && !math.IsInf(f, 0) {
				return py.Errorf(py.OverflowErrorType, "float too large to pack with f format")
			}
			order.PutUint32(p, math.Float32bits(x))
		case 'd':
			f, err := floatArg(t, v)
			if err != nil {
				return err
			}
			order.PutUint64(p, math.Float64bits(f))
		default:
			u, err := intArg(t, v, &it.rule)
			if err != nil {
				return err
			}
			switch it.size {
			case 1:
				p[0] = byte(u)
			case 2:
				order.PutUint16(p, uint16(u))
			case 4:
				order.PutUint32(p, uint32(u))
			default:
				order.PutUint64(p, u)
			}
		}
	}
	return nil
}

// stringArg returns the bytes of an 's' or 'p' argument: bytes or
// bytearray.
func stringArg(v py.Object) ([]byte, bool) {
	if b, ok := py.AsBytes(v); ok {
		return b.Value(), true
	}
	if _, isStr := py.AsStr(v); isStr {
		return nil, false
	}
	if py.IsInstance(v, py.ByteArrayType) {
		return py.BytesLike(v)
	}
	return nil, false
}

// unpack reads the values of the format from buf (len(buf) >= l.size).
func (l *layout) unpack(buf []byte) []py.Object {
	order := l.order()
	out := make([]py.Object, 0, l.nargs)
	for i := range l.items {
		it := &l.items[i]
		p := buf[it.offset : it.offset+it.size]
		switch it.code {
		case 'x':
			continue
		case 'c':
			out = append(out, py.NewBytes([]byte{p[0]}))
		case 's':
			out = append(out, py.NewBytes(append([]byte(nil), p...)))
		case 'p':
			if it.size == 0 {
				out = append(out, py.NewBytes(nil))
				continue
			}
			n := int(p[0])
			if n > it.size-1 {
				n = it.size - 1
			}
			out = append(out, py.NewBytes(append([]byte(nil), p[1:1+n]...)))
		case '?':
			out = append(out, py.Bool(p[0] != 0))
		case 'e':
			out = append(out, py.Float(float16Value(order.Uint16(p))))
		case 'f':
			out = append(out, py.Float(float64(math.Float32frombits(order.Uint32(p)))))
		case 'd':
			out = append(out, py.Float(math.Float64frombits(order.Uint64(p))))
		default:
			out = append(out, intValue(it.code, p, order))
		}
	}
	return out
}

// intValue decodes an integer code.
func intValue(c byte, p []byte, order binary.ByteOrder) py.Object {
	var u uint64
	switch len(p) {
	case 1:
		u = uint64(p[0])
	case 2:
		u = uint64(order.Uint16(p))
	case 4:
		u = uint64(order.Uint32(p))
	default:
		u = order.Uint64(p)
	}
	switch c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := 64 - 8*uint(len(p))
		return py.NewInt(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return py.NewIntFromBig(new(big.Int).SetUint64(u))
	}
	return py.NewInt(int64(u))
}

// float16Bits rounds f to IEEE 754 binary16 (round half to even),
// reporting false when it is too large.
func float16Bits(f float64) (uint16, bool) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00, true
	case math.IsInf(f, 0):
		return sign | 0x7c00, true
	}
	a := math.Abs(f)
	if a == 0 {
		return sign, true
	}
	// Scale to an integer count of the smallest step at this exponent.
	_, e := math.Frexp(a) // a = m * 2**e, 0.5 <= m < 1
	exp := e - 1          // a = 1.x * 2**exp
	if exp < -14 {
		exp = -14 // subnormal: step 2**-24
	}
	step := math.Ldexp(1, exp-10)
	q := a / step // exact: a power-of-two division
	n := math.RoundToEven(q)
	if n >= 2048 && exp >= -14 {
		// Rounding carried into the next binade.
		exp++
		n /= 2
	}
	if n < 1024 {
		// Subnormal (exp is -14 here).
		return sign | uint16(n), true
	}
	if exp > 15 {
		return 0, false
	}
	return sign | uint16(exp+15)<<10 | uint16(n-1024), true
}

// float16Value decodes IEEE 754 binary16 bits.
func float16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		if sign < 0 {
			return math.Copysign(libm.NaN(), -1)
		}
		return libm.NaN()
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}
