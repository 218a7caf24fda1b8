package binascii

import (
	"github.com/kaa-lang/kaa/py"
)

// b2aHex returns hexlify / b2a_hex(data, sep=None, bytes_per_sep=1).
func b2aHex(name string) fn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var data, sep py.Object
		per := 1
		if err := py.UnpackArgs(name, args, kw, "data", &data, "sep?", &sep, "bytes_per_sep?", &per); err != nil {
			return nil, err
		}
		in, err := binData(data)
		if err != nil {
			return nil, err
		}
		var sepc byte
		hasSep := false
		if sep != nil && sep != py.None {
			if sepc, err = sepByte(t, sep); err != nil {
				return nil, err
			}
			hasSep = true
		}
		return py.NewBytes(Hexlify(in, hasSep, sepc, per)), nil
	}
}

// sepByte checks hexlify's separator: one character of a str (up to
// U+00FF, as CPython lets through) or one byte.
func sepByte(t *py.Thread, sep py.Object) (byte, error) {
	if s, ok := py.AsStr(sep); ok {
		if s.Len() != 1 {
			return 0, py.Errorf(py.ValueErrorType, "sep must be length 1.")
		}
		if r := s.At(0); r < 0x100 {
			return byte(r), nil
		}
		return 0, py.Errorf(py.ValueErrorType, "sep must be ASCII.")
	}
	if b, ok := py.BytesLike(sep); ok {
		if len(b) != 1 {
			return 0, py.Errorf(py.ValueErrorType, "sep must be length 1.")
		}
		return b[0], nil
	}
	if _, err := py.Len(t, sep); err != nil {
		return 0, err
	}
	return 0, py.Errorf(py.TypeErrorType, "sep must be str or bytes.")
}

// Hexlify writes in as lowercase hexadecimal digits; with a separator,
// groups of per bytes are separated by sep, counted from the right (from
// the left when per is negative).
func Hexlify(in []byte, hasSep bool, sep byte, per int) []byte {
	const digits = "0123456789abcdef"
	fromLeft := per < 0
	if per < 0 {
		per = -per
	}
	if !hasSep || per == 0 {
		out := make([]byte, 2*len(in))
		for i, c := range in {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return out
	}
	out := make([]byte, 0, 3*len(in))
	for i, c := range in {
		if hasSep && per > 0 && i > 0 {
			if (fromLeft && i%per == 0) || (!fromLeft && (len(in)-i)%per == 0) {
				out = append(out, sep)
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return out
}

// hexValue is the value of a hexadecimal digit, or -1.
func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// hexValues maps each byte to its hexadecimal digit value, or 0xff.
var hexValues = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(max(hexValue(byte(i)), -1) & 0xff)
	}
	return t
}()

// a2bHex returns unhexlify / a2b_hex(hexstr).
func a2bHex(name string) fn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := methO(name, args, kw); err != nil {
			return nil, err
		}
		in, err := AsciiData(args[0])
		if err != nil {
			return nil, err
		}
		if len(in)%2 != 0 {
			return nil, binErr("Odd-length string")
		}
		out := make([]byte, len(in)/2)
		for i := range out {
			hi, lo := hexValues[in[2*i]], hexValues[in[2*i+1]]
			if hi|lo == 0xff || hi > 15 || lo > 15 {
				return nil, binErr("Non-hexadecimal digit found")
			}
			out[i] = hi<<4 | lo
		}
		return py.NewBytes(out), nil
	}
}
