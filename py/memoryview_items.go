package py

import (
	"encoding/binary"
	"github.com/kaa-lang/kaa/internal/libm"
	"math"
	"strings"
)

// This file reads and writes the items of a memoryview by their struct
// format character (native sizes, little-endian as on every platform kaa
// runs on).

// itemSize returns the size of one item of a native single-character
// format ("@" prefix allowed), or 0 when the format is not one.
func itemSize(format string) int {
	f := strings.TrimPrefix(format, "@")
	if len(f) != 1 {
		return 0
	}
	switch f[0] {
	case 'b', 'B', 'c', '?':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

// formatChar returns the format character of a format.
func formatChar(format string) byte {
	f := strings.TrimPrefix(format, "@")
	if len(f) == 1 {
		return f[0]
	}
	return 0
}

// unpackItem converts the bytes of one item to a Python object.
func unpackItem(format string, b []byte) (Object, error) {
	switch formatChar(format) {
	case 'B':
		return NewInt(int64(b[0])), nil
	case 'b':
		return NewInt(int64(int8(b[0]))), nil
	case 'c':
		return NewBytes([]byte{b[0]}), nil
	case '?':
		return Bool(b[0] != 0), nil
	case 'h':
		return NewInt(int64(int16(binary.LittleEndian.Uint16(b)))), nil
	case 'H':
		return NewInt(int64(binary.LittleEndian.Uint16(b))), nil
	case 'i':
		return NewInt(int64(int32(binary.LittleEndian.Uint32(b)))), nil
	case 'I':
		return NewInt(int64(binary.LittleEndian.Uint32(b))), nil
	case 'l', 'q', 'n':
		return NewInt(int64(binary.LittleEndian.Uint64(b))), nil
	case 'L', 'Q', 'N', 'P':
		v := binary.LittleEndian.Uint64(b)
		if v > math.MaxInt64 {
			return NewIntFromBig(newBigUint(v)), nil
		}
		return NewInt(int64(v)), nil
	case 'f':
		return Float(math.Float32frombits(binary.LittleEndian.Uint32(b))), nil
	case 'd':
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	case 'e':
		return Float(halfToFloat(binary.LittleEndian.Uint16(b))), nil
	}
	return nil, Errorf(NotImplementedErrorType, "memoryview: format %s not supported", format)
}

// packItem stores a Python object as one item.
func packItem(t *Thread, format string, b []byte, v Object) error {
	c := formatChar(format)
	invalidType := func() error {
		return Errorf(TypeErrorType, "memoryview: invalid type for format '%s'", format)
	}
	invalidValue := func() error {
		return Errorf(ValueErrorType, "memoryview: invalid value for format '%s'", format)
	}
	switch c {
	case 'f', 'd', 'e':
		x, err := realArg(t, v)
		if err != nil {
			return invalidType()
		}
		switch c {
		case 'f':
			binary.LittleEndian.PutUint32(b, math.Float32bits(float32(x)))
		case 'd':
			binary.LittleEndian.PutUint64(b, math.Float64bits(x))
		default:
			binary.LittleEndian.PutUint16(b, floatToHalf(x))
		}
		return nil
	case 'c':
		bb, ok := AsBytes(v)
		if !ok {
			return invalidType()
		}
		if len(bb.b) != 1 {
			return invalidValue()
		}
		b[0] = bb.b[0]
		return nil
	case '?':
		x, err := Truth(t, v)
		if err != nil {
			return err
		}
		b[0] = 0
		if x {
			b[0] = 1
		}
		return nil
	}
	if !isInt(v) && v.Type().Slots.Index == nil {
		return invalidType()
	}
	iv, err := Index(t, v)
	if err != nil {
		return err
	}
	n, big, _ := IntValue(iv)
	unsigned := c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P'
	if big != nil {
		if unsigned && big.Sign() > 0 && big.BitLen() <= 64 {
			binary.LittleEndian.PutUint64(b, big.Uint64())
			return nil
		}
		return invalidValue()
	}
	size := len(b)
	if unsigned {
		if n < 0 || size < 8 && n >= 1<<(8*size) {
			return invalidValue()
		}
	} else if size < 8 && (n < -(1<<(8*size-1)) || n >= 1<<(8*size-1)) {
		return invalidValue()
	}
	u := uint64(n)
	for i := 0; i < size; i++ {
		b[i] = byte(u >> (8 * i))
	}
	return nil
}

// halfToFloat converts an IEEE 754 half-precision value.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1F
	frac := float64(h & 0x3FF)
	switch exp {
	case 0:
		return sign * frac * math.Pow(2, -24)
	case 31:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return libm.NaN()
	}
	return sign * (1 + frac/1024) * math.Pow(2, float64(exp-15))
}

// floatToHalf converts to IEEE 754 half precision, rounding to nearest
// even.
func floatToHalf(x float64) uint16 {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	switch {
	case math.IsNaN(x):
		return 0x7E00
	case math.IsInf(x, 0) || x >= 65520:
		return sign | 0x7C00
	case x < math.Pow(2, -14):
		return sign | uint16(math.RoundToEven(x/math.Pow(2, -24)))
	}
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	m := math.RoundToEven((frac*2 - 1) * 1024)
	e := exp - 1 + 15
	if m == 1024 {
		m = 0
		e++
	}
	return sign | uint16(e)<<10 | uint16(m)
}
