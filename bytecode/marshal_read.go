package bytecode

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unmarshal reads one value from the start of data and returns it with
// the number of bytes it took (the rest of data is ignored, as by
// marshal.loads). The value is a Const or one of List, Dict, Set and
// StopIteration; code objects are checked with Validate.
func Unmarshal(data []byte) (v any, n int, err error) {
	d := decoder{data: data}
	v, err = d.top()
	return v, d.pos, err
}

// UnmarshalFrom reads one value through read, which must return the next
// n bytes of the stream (fewer at its end): marshal.load on a file,
// which must not read past the value.
func UnmarshalFrom(read func(n int) ([]byte, error)) (any, error) {
	d := decoder{read: read}
	return d.top()
}

// UnmarshalCode reads a code object (the body of a .pyc file).
func UnmarshalCode(data []byte) (*Code, error) {
	v, _, err := Unmarshal(data)
	if err != nil {
		return nil, err
	}
	c, ok := v.(*Code)
	if !ok {
		return nil, valueError("bad marshal data (not a code object)")
	}
	return c, nil
}

// decoder reads marshal data from a byte slice, or through a read
// function (file mode).
type decoder struct {
	data  []byte
	pos   int
	read  func(n int) ([]byte, error)
	refs  []any // nil marks a slot reserved for a value being read
	depth int
}

var (
	errShort      = &MarshalError{"EOFError", "marshal data too short"}
	errEOFObject  = &MarshalError{"EOFError", "EOF read where object expected"}
	errEOFFile    = &MarshalError{"EOFError", "EOF read where not expected"}
	errBadRef     = &MarshalError{"ValueError", "bad marshal data (invalid reference)"}
	errUnknown    = &MarshalError{"ValueError", "bad marshal data (unknown type code)"}
	errDepth      = &MarshalError{"ValueError", "recursion limit exceeded"}
	errBadCode    = &MarshalError{"ValueError", "bad marshal data (invalid code object)"}
	errNullObject = &MarshalError{"TypeError", "NULL object in marshal data for object"}
)

// take returns the next n bytes.
func (d *decoder) take(n int) ([]byte, error) {
	if d.read != nil {
		b, err := d.read(n)
		if err != nil {
			return nil, err
		}
		if len(b) > n {
			return nil, valueError("read() returned too much data: " + strconv.Itoa(n) +
				" bytes requested, " + strconv.Itoa(len(b)) + " returned")
		}
		if len(b) < n {
			return nil, errEOFFile
		}
		d.pos += n
		return b, nil
	}
	if n < 0 || n > len(d.data)-d.pos {
		return nil, errShort
	}
	b := d.data[d.pos : d.pos+n : d.pos+n]
	d.pos += n
	return b, nil
}

// remaining bounds the number of items a count may announce, so that a
// corrupt count cannot make the reader allocate more than the data could
// hold (each item takes at least one byte).
func (d *decoder) remaining(n int) int {
	if d.read != nil {
		return min(n, 1<<12)
	}
	return min(n, len(d.data)-d.pos)
}

func (d *decoder) i32() (int32, error) {
	b, err := d.take(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

// count reads an i32 length, which must not be negative.
func (d *decoder) count(what string) (int, error) {
	n, err := d.i32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, valueError("bad marshal data (" + what + " size out of range)")
	}
	return int(n), nil
}

// top reads the outermost value: NULL there is an error.
func (d *decoder) top() (any, error) {
	v, err := d.object()
	if err == nil && v == nil {
		err = errNullObject
	}
	return v, err
}

// object reads one value; a NULL ('0') gives nil with no error.
func (d *decoder) object() (any, error) {
	var code byte
	if d.read != nil {
		b, err := d.read(1)
		if err != nil {
			return nil, err
		}
		if len(b) != 1 {
			return nil, errEOFObject
		}
		code = b[0]
	} else {
		if d.pos >= len(d.data) {
			return nil, errEOFObject
		}
		code = d.data[d.pos]
		d.pos++
	}
	if d.depth >= maxMarshalDepth {
		return nil, errDepth
	}
	d.depth++
	v, err := d.objectOf(code&^flagRef, code&flagRef != 0)
	d.depth--
	return v, err
}

// addRef appends a complete value to the reference table when flagged.
func (d *decoder) addRef(v any, flag bool) {
	if flag {
		d.refs = append(d.refs, v)
	}
}

// reserveRef keeps a slot for a value whose items come first; -1 when
// the value is not flagged.
func (d *decoder) reserveRef(flag bool) int {
	if !flag {
		return -1
	}
	d.refs = append(d.refs, nil)
	return len(d.refs) - 1
}

func (d *decoder) setRef(i int, v any) {
	if i >= 0 {
		d.refs[i] = v
	}
}

func (d *decoder) objectOf(typ byte, flag bool) (any, error) {
	switch typ {
	case mNull:
		return nil, nil
	case mNone:
		return None, nil
	case mStopIter:
		return StopIteration, nil
	case mEllipsis:
		return Ellipsis, nil
	case mFalse:
		return false, nil
	case mTrue:
		return true, nil
	case mInt:
		n, err := d.i32()
		if err != nil {
			return nil, err
		}
		d.addRef(int64(n), flag)
		return int64(n), nil
	case mInt64:
		b, err := d.take(8)
		if err != nil {
			return nil, err
		}
		v := int64(binary.LittleEndian.Uint64(b))
		d.addRef(v, flag)
		return v, nil
	case mLong:
		v, err := d.long()
		if err != nil {
			return nil, err
		}
		d.addRef(v, flag)
		return v, nil
	case mBinaryFloat:
		b, err := d.take(8)
		if err != nil {
			return nil, err
		}
		v := math.Float64frombits(binary.LittleEndian.Uint64(b))
		d.addRef(v, flag)
		return v, nil
	case mFloat:
		v, err := d.floatText()
		if err != nil {
			return nil, err
		}
		d.addRef(v, flag)
		return v, nil
	case mBinComplex:
		b, err := d.take(16)
		if err != nil {
			return nil, err
		}
		v := complex(math.Float64frombits(binary.LittleEndian.Uint64(b)),
			math.Float64frombits(binary.LittleEndian.Uint64(b[8:])))
		d.addRef(v, flag)
		return v, nil
	case mComplex:
		re, err := d.floatText()
		if err != nil {
			return nil, err
		}
		im, err := d.floatText()
		if err != nil {
			return nil, err
		}
		v := complex(re, im)
		d.addRef(v, flag)
		return v, nil
	case mString:
		n, err := d.count("bytes object")
		if err != nil {
			return nil, err
		}
		b, err := d.take(n)
		if err != nil {
			return nil, err
		}
		v := Bytes(b)
		d.addRef(v, flag)
		return v, nil
	case mASCII, mASCIIIntern, mShortASCII, mShortASCIIIn:
		var n int
		if typ == mShortASCII || typ == mShortASCIIIn {
			b, err := d.take(1)
			if err != nil {
				if err == errShort {
					err = errEOFObject
				}
				return nil, err
			}
			n = int(b[0])
		} else {
			var err error
			if n, err = d.count("string"); err != nil {
				return nil, err
			}
		}
		b, err := d.take(n)
		if err != nil {
			return nil, err
		}
		v := latin1(b)
		d.addRef(v, flag)
		return v, nil
	case mUnicode, mInterned:
		n, err := d.count("string")
		if err != nil {
			return nil, err
		}
		b, err := d.take(n)
		if err != nil {
			return nil, err
		}
		if !validSurrogatePass(b) {
			return nil, valueError("bad marshal data (invalid UTF-8 in str)")
		}
		v := string(b)
		d.addRef(v, flag)
		return v, nil
	case mSmallTuple, mTuple:
		var n int
		if typ == mSmallTuple {
			b, err := d.take(1)
			if err != nil {
				return nil, err
			}
			n = int(b[0])
		} else {
			var err error
			if n, err = d.count("tuple"); err != nil {
				return nil, err
			}
		}
		idx := d.reserveRef(flag)
		items, err := d.items(n, "tuple")
		if err != nil {
			return nil, err
		}
		v := Tuple(items)
		d.setRef(idx, v)
		return v, nil
	case mList:
		n, err := d.count("list")
		if err != nil {
			return nil, err
		}
		l := &List{}
		d.addRef(l, flag)
		if l.Items, err = d.items(n, "list"); err != nil {
			return nil, err
		}
		return l, nil
	case mDict:
		m := &Dict{}
		d.addRef(m, flag)
		for {
			k, err := d.object()
			if err != nil {
				return nil, err
			}
			if k == nil {
				break
			}
			v, err := d.object()
			if err != nil {
				return nil, err
			}
			if v == nil {
				break
			}
			m.Keys = append(m.Keys, k)
			m.Values = append(m.Values, v)
		}
		return m, nil
	case mSet, mFrozenSet:
		n, err := d.count("set")
		if err != nil {
			return nil, err
		}
		if typ == mSet {
			s := &Set{}
			d.addRef(s, flag)
			if s.Items, err = d.items(n, "set"); err != nil {
				return nil, err
			}
			return s, nil
		}
		idx := d.reserveRef(flag)
		items, err := d.items(n, "set")
		if err != nil {
			return nil, err
		}
		v := FrozenSet(items)
		d.setRef(idx, v)
		return v, nil
	case mCode:
		idx := d.reserveRef(flag)
		c, err := d.code()
		if err != nil {
			return nil, err
		}
		d.setRef(idx, c)
		return c, nil
	case mRef:
		n, err := d.i32()
		if err != nil {
			return nil, err
		}
		if n < 0 || int(n) >= len(d.refs) || d.refs[n] == nil {
			return nil, errBadRef
		}
		return d.refs[n], nil
	}
	return nil, errUnknown
}

// items reads the n values of a tuple, list or set.
func (d *decoder) items(n int, what string) ([]Const, error) {
	items := make([]Const, 0, d.remaining(n))
	for i := 0; i < n; i++ {
		v, err := d.object()
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, &MarshalError{"TypeError", "NULL object in marshal data for " + what}
		}
		items = append(items, v)
	}
	return items, nil
}

// long reads the payload of 'l'.
func (d *decoder) long() (any, error) {
	n32, err := d.i32()
	if err != nil {
		return nil, err
	}
	if n32 == 0 {
		return int64(0), nil
	}
	if n32 < -math.MaxInt32 {
		return nil, valueError("bad marshal data (long size out of range)")
	}
	n := int(n32)
	neg := n < 0
	if neg {
		n = -n
	}
	b, err := d.take(2 * n)
	if err != nil {
		return nil, err
	}
	// Gather the 15-bit digits, least significant first, into
	// little-endian bytes through a bit accumulator.
	le := make([]byte, 0, (15*n+7)/8)
	var acc uint32
	nacc := 0
	for i := 0; i < n; i++ {
		dig := binary.LittleEndian.Uint16(b[2*i:])
		if dig > 1<<15 {
			return nil, valueError("bad marshal data (digit out of range in long)")
		}
		if i == n-1 && dig == 0 {
			return nil, valueError("bad marshal data (unnormalized long data)")
		}
		acc += uint32(dig) << nacc
		nacc += 15
		for nacc >= 8 {
			le = append(le, byte(acc))
			acc >>= 8
			nacc -= 8
		}
	}
	for acc != 0 {
		le = append(le, byte(acc))
		acc >>= 8
	}
	for i, j := 0, len(le)-1; i < j; i, j = i+1, j-1 {
		le[i], le[j] = le[j], le[i]
	}
	v := new(big.Int).SetBytes(le)
	if neg {
		v.Neg(v)
	}
	if v.IsInt64() {
		return v.Int64(), nil
	}
	return v, nil
}

// floatText reads a float written as text: a length byte and the digits.
func (d *decoder) floatText() (float64, error) {
	b, err := d.take(1)
	if err != nil {
		if err == errShort {
			err = errEOFObject
		}
		return 0, err
	}
	s, err := d.take(int(b[0]))
	if err != nil {
		return 0, err
	}
	text := strings.ToLower(strings.TrimSpace(string(s)))
	switch strings.TrimLeft(text, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(text, "-") {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.Float64frombits(0x7ff8000000000000), nil
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, valueError("could not convert string to float: '" + string(s) + "'")
	}
	return f, nil
}

// latin1 converts the bytes of an ASCII-typed str, which CPython reads
// as Latin-1, to UTF-8.
func latin1(b []byte) string {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			var sb strings.Builder
			sb.Grow(len(b) + 8)
			for _, c := range b {
				sb.WriteRune(rune(c))
			}
			return sb.String()
		}
	}
	return string(b)
}

// validSurrogatePass reports whether b is UTF-8 in which lone surrogates
// (U+D800..U+DFFF encoded as three bytes) are allowed, as CPython's
// "surrogatepass" decoding accepts.
func validSurrogatePass(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c == 0xED && i+2 < len(b) && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return false
		}
		i += size
	}
	return true
}
