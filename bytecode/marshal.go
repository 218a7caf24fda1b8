package bytecode

// The marshal format: CPython's binary serialisation of values (version
// 4, the version CPython 3.4 and later write), which .pyc files use for
// their code object and the marshal module offers for plain data. kaa
// writes and reads it byte-compatibly with CPython for every type below,
// except code objects, whose layout is kaa's own (marshal_code.go).
//
// A value is one type byte, then the type's payload. Integers in
// payloads are little-endian; "i32" is 4 bytes, "n" is an i32 count or
// length.
//
//	'0'  NULL: no value (ends a dict; an error elsewhere)
//	'N'  None          'T'  True        'F'  False
//	'.'  Ellipsis      'S'  StopIteration (the class)
//	'i'  int fitting 32 bits: i32
//	'I'  int: 8 bytes (read only; nothing writes it since Python 2)
//	'l'  any other int: n = number of 15-bit digits, negative for a
//	     negative int; then |n| digits of 2 bytes, least significant
//	     first; the most significant digit is not 0
//	'g'  float: 8 bytes IEEE 754 double
//	'f'  float in text (versions 0 and 1): 1 length byte, repr digits
//	'y'  complex: two 'g' payloads (real, imaginary)
//	'x'  complex in text: two 'f' payloads
//	's'  bytes: n, then the bytes
//	'u'  str: n, then its UTF-8 bytes (lone surrogates encoded as 3-byte
//	     sequences, "surrogatepass")
//	't'  str, interned: as 'u'
//	'a'  ASCII str: n, then the characters (version 4)
//	'A'  ASCII str, interned: as 'a'
//	'z'  short ASCII str: 1 length byte, then the characters (version 4)
//	'Z'  short ASCII str, interned: as 'z'
//	'('  tuple: n, then n values
//	')'  small tuple (version 4): 1 count byte, then the values
//	'['  list: n, then n values
//	'{'  dict: key, value, key, value, ... then '0'
//	'<'  set: n, then n values
//	'>'  frozenset: n, then n values
//	'c'  code object: see marshal_code.go
//	'r'  reference: i32 index into the table of flagged values
//
// References (version 3 and later): when the type byte has its top bit
// set (FLAG_REF, 0x80), the value is appended to a table as it is read
// (a list, dict, set or code object when it is created, before its
// items, so it can contain itself; any other value once complete); a
// later 'r' with its index stands for the same value again. CPython sets
// the flag on any object with more than one reference; kaa sets it on
// every str, list, dict, set and code object it writes, and writes each
// str only once (the same text again is a reference), so its output is
// a function of the value alone: deterministic, and smaller.
//
// Reading is defensive: every length is checked against the data before
// it is used, nesting is limited (2000 levels, as CPython), and bad data
// gives a *MarshalError (EOFError, ValueError or TypeError with CPython's
// messages), never a panic.

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// MarshalVersion is the marshal format version written by default
// (marshal.version).
const MarshalVersion = 4

// maxMarshalDepth limits the nesting of values, as CPython's
// MAX_MARSHAL_STACK_DEPTH does.
const maxMarshalDepth = 2000

// The marshal type codes.
const (
	mNull         = '0'
	mNone         = 'N'
	mFalse        = 'F'
	mTrue         = 'T'
	mStopIter     = 'S'
	mEllipsis     = '.'
	mInt          = 'i'
	mInt64        = 'I'
	mFloat        = 'f'
	mBinaryFloat  = 'g'
	mComplex      = 'x'
	mBinComplex   = 'y'
	mLong         = 'l'
	mString       = 's'
	mInterned     = 't'
	mRef          = 'r'
	mTuple        = '('
	mList         = '['
	mDict         = '{'
	mCode         = 'c'
	mUnicode      = 'u'
	mSet          = '<'
	mFrozenSet    = '>'
	mASCII        = 'a'
	mASCIIIntern  = 'A'
	mSmallTuple   = ')'
	mShortASCII   = 'z'
	mShortASCIIIn = 'Z'
	flagRef       = 0x80
)

// The values that marshal handles beyond the constants of code objects
// (Const): mutable containers and StopIteration, which only plain data
// holds. They are pointers so that a value shared or contained in itself
// keeps its identity through a round trip.

// List is a list.
type List struct{ Items []Const }

// Dict is a dict: Keys[i] maps to Values[i], in insertion order.
type Dict struct{ Keys, Values []Const }

// Set is a (mutable) set.
type Set struct{ Items []Const }

// StopIterationType is the type of the StopIteration marker.
type StopIterationType struct{}

// StopIteration stands for the StopIteration class, which marshal can
// write ('S').
var StopIteration = StopIterationType{}

// MarshalError is an error in marshal data or a value that cannot be
// marshalled. Type names the Python exception class it stands for
// ("EOFError", "ValueError" or "TypeError").
type MarshalError struct {
	Type string
	Msg  string
}

func (e *MarshalError) Error() string { return e.Type + ": " + e.Msg }

func valueError(msg string) error { return &MarshalError{"ValueError", msg} }

// Errors of writing.
var (
	errUnmarshallable = &MarshalError{"ValueError", "unmarshallable object"}
	errTooDeep        = &MarshalError{"ValueError", "object too deeply nested to marshal"}
)

// Marshal returns the marshal bytes of v (a Const, or a *List, *Dict,
// *Set, StopIteration, or a []byte written as bytes) in the given format
// version (0 to 4; CPython's marshal.dumps(v, version)).
func Marshal(v any, version int) ([]byte, error) {
	return AppendMarshal(nil, v, version)
}

// AppendMarshal appends the marshal bytes of v to dst.
func AppendMarshal(dst []byte, v any, version int) ([]byte, error) {
	e := encoder{buf: dst, version: version}
	e.value(v)
	if e.err != nil {
		return nil, e.err
	}
	return e.buf, nil
}

// encoder writes marshal data.
type encoder struct {
	buf     []byte
	version int
	depth   int
	err     error
	nrefs   int
	strRefs map[string]int
	ptrRefs map[any]int
}

func (e *encoder) i32(v int32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(v)) }

// size writes a length, which must fit in 31 bits.
func (e *encoder) size(n int) {
	if n > math.MaxInt32 {
		e.fail(errUnmarshallable)
		return
	}
	e.i32(int32(n))
}

func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// refType writes the type byte of a value that may be referenced again:
// with FLAG_REF set (version 3 and later), numbering it in the table.
func (e *encoder) refType(code byte) {
	if e.version < 3 {
		e.buf = append(e.buf, code)
		return
	}
	e.buf = append(e.buf, code|flagRef)
	e.nrefs++
}

// seenPtr writes a reference if p was written before and reports
// whether it did; otherwise it records p under the next index.
func (e *encoder) seenPtr(p any) bool {
	if e.version < 3 {
		return false
	}
	if i, ok := e.ptrRefs[p]; ok {
		e.buf = append(e.buf, mRef)
		e.i32(int32(i))
		return true
	}
	if e.ptrRefs == nil {
		e.ptrRefs = make(map[any]int)
	}
	e.ptrRefs[p] = e.nrefs
	return false
}

func (e *encoder) value(v any) {
	if e.err != nil {
		return
	}
	e.depth++
	if e.depth > maxMarshalDepth {
		e.fail(errTooDeep)
		e.depth--
		return
	}
	switch x := v.(type) {
	case NoneType:
		e.buf = append(e.buf, mNone)
	case EllipsisType:
		e.buf = append(e.buf, mEllipsis)
	case StopIterationType:
		e.buf = append(e.buf, mStopIter)
	case bool:
		if x {
			e.buf = append(e.buf, mTrue)
		} else {
			e.buf = append(e.buf, mFalse)
		}
	case int64:
		e.int(x)
	case int:
		e.int(int64(x))
	case *big.Int:
		if x.IsInt64() {
			e.int(x.Int64())
		} else {
			e.long(x)
		}
	case float64:
		if e.version > 1 {
			e.buf = append(e.buf, mBinaryFloat)
			e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(x))
		} else {
			e.buf = append(e.buf, mFloat)
			e.floatText(x)
		}
	case complex128:
		if e.version > 1 {
			e.buf = append(e.buf, mBinComplex)
			e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(real(x)))
			e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(imag(x)))
		} else {
			e.buf = append(e.buf, mComplex)
			e.floatText(real(x))
			e.floatText(imag(x))
		}
	case string:
		e.str(x)
	case Bytes:
		e.bytes(string(x))
	case []byte:
		e.bytes(string(x))
	case Tuple:
		e.tuple(x)
	case FrozenSet:
		e.buf = append(e.buf, mFrozenSet)
		e.size(len(x))
		for _, item := range x {
			e.value(item)
		}
	case *List:
		if !e.seenPtr(x) {
			e.refType(mList)
			e.size(len(x.Items))
			for _, item := range x.Items {
				e.value(item)
			}
		}
	case *Dict:
		if !e.seenPtr(x) {
			e.refType(mDict)
			for i, k := range x.Keys {
				e.value(k)
				e.value(x.Values[i])
			}
			e.buf = append(e.buf, mNull)
		}
	case *Set:
		if !e.seenPtr(x) {
			e.refType(mSet)
			e.size(len(x.Items))
			for _, item := range x.Items {
				e.value(item)
			}
		}
	case *Code:
		if !e.seenPtr(x) {
			e.code(x)
		}
	default:
		e.fail(errUnmarshallable)
	}
	e.depth--
}

// int writes an int: 'i' when it fits in 32 bits, else 'l'.
func (e *encoder) int(v int64) {
	if v >= math.MinInt32 && v <= math.MaxInt32 {
		e.buf = append(e.buf, mInt)
		e.i32(int32(v))
		return
	}
	e.long(new(big.Int).SetInt64(v))
}

// long writes an int as 15-bit digits.
func (e *encoder) long(v *big.Int) {
	e.buf = append(e.buf, mLong)
	if v.Sign() == 0 {
		e.i32(0)
		return
	}
	mag := new(big.Int).Abs(v)
	n := (mag.BitLen() + 14) / 15
	if n > math.MaxInt32 {
		e.fail(errUnmarshallable)
		return
	}
	if v.Sign() < 0 {
		e.i32(int32(-n))
	} else {
		e.i32(int32(n))
	}
	// Feed the magnitude's bytes, least significant first, through a bit
	// accumulator that gives out 15 bits at a time.
	be := mag.Bytes()
	var acc uint32
	nacc := 0
	for i := len(be) - 1; i >= 0; i-- {
		acc |= uint32(be[i]) << nacc
		nacc += 8
		for nacc >= 15 {
			e.buf = binary.LittleEndian.AppendUint16(e.buf, uint16(acc&0x7fff))
			acc >>= 15
			nacc -= 15
			n--
		}
	}
	if n > 0 {
		e.buf = binary.LittleEndian.AppendUint16(e.buf, uint16(acc))
	}
}

// floatText writes a float as versions 0 and 1 do: a length byte and
// repr-like text with 17 significant digits.
func (e *encoder) floatText(f float64) {
	var s string
	switch {
	case math.IsInf(f, 1):
		s = "inf"
	case math.IsInf(f, -1):
		s = "-inf"
	case math.IsNaN(f):
		s = "nan"
	default:
		s = strconv.FormatFloat(f, 'g', 17, 64)
	}
	e.buf = append(e.buf, byte(len(s)))
	e.buf = append(e.buf, s...)
}

// str writes a str, or a reference to the same text written before.
func (e *encoder) str(s string) {
	if e.version >= 3 {
		if i, ok := e.strRefs[s]; ok {
			e.buf = append(e.buf, mRef)
			e.i32(int32(i))
			return
		}
		if e.strRefs == nil {
			e.strRefs = make(map[string]int)
		}
		e.strRefs[s] = e.nrefs
	}
	if e.version >= 4 && isASCII(s) {
		if len(s) < 256 {
			e.refType(mShortASCII)
			e.buf = append(e.buf, byte(len(s)))
		} else {
			e.refType(mASCII)
			e.size(len(s))
		}
	} else {
		e.refType(mUnicode)
		e.size(len(s))
	}
	e.buf = append(e.buf, s...)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (e *encoder) bytes(b string) {
	e.buf = append(e.buf, mString)
	e.size(len(b))
	e.buf = append(e.buf, b...)
}

func (e *encoder) tuple(t Tuple) {
	if e.version >= 4 && len(t) < 256 {
		e.buf = append(e.buf, mSmallTuple, byte(len(t)))
	} else {
		e.buf = append(e.buf, mTuple)
		e.size(len(t))
	}
	for _, item := range t {
		e.value(item)
	}
}

// strTuple writes a tuple of strs.
func (e *encoder) strTuple(names []string) {
	e.depth++
	if e.version >= 4 && len(names) < 256 {
		e.buf = append(e.buf, mSmallTuple, byte(len(names)))
	} else {
		e.buf = append(e.buf, mTuple)
		e.size(len(names))
	}
	for _, n := range names {
		e.str(n)
	}
	e.depth--
}
