package binascii

import (
	"github.com/kaa-lang/kaa/py"
)

// a2bUU is a2b_uu(data): one line of uuencoded data.
func a2bUU(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := methO("a2b_uu", args, kw); err != nil {
		return nil, err
	}
	in, err := AsciiData(args[0])
	if err != nil {
		return nil, err
	}
	// The first character is the length; an empty line reads as a NUL
	// there, as in CPython.
	var first byte
	if len(in) > 0 {
		first = in[0]
		in = in[1:]
	}
	n := int(first-' ') & 0o77
	out := make([]byte, 0, n)
	var left uint
	bits := 0
	i := 0
	for len(out) < n {
		var v byte
		if i < len(in) && in[i] != '\n' && in[i] != '\r' {
			c := in[i]
			if c < ' ' || c > ' '+64 {
				return nil, binErr("Illegal char")
			}
			v = (c - ' ') & 0o77
		}
		i++
		left = left<<6 | uint(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(left>>uint(bits)))
			left &= 1<<uint(bits) - 1
		}
	}
	for ; i < len(in); i++ {
		c := in[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, binErr("Trailing garbage")
		}
	}
	return py.NewBytes(out), nil
}

// b2aUU is b2a_uu(data, /, *, backtick=False).
func b2aUU(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	backtick := false
	if err := onePositional("b2a_uu", args, kw); err != nil {
		return nil, err
	}
	if err := py.UnpackArgs("b2a_uu", args, kw, "data", &data, "/", "*", "backtick?", &backtick); err != nil {
		return nil, err
	}
	in, err := binData(data)
	if err != nil {
		return nil, err
	}
	if len(in) > 45 {
		return nil, binErr("At most 45 bytes at once")
	}
	char := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := []byte{char(byte(len(in)))}
	for i := 0; i < len(in); i += 3 {
		var chunk [3]byte
		copy(chunk[:], in[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		out = append(out, char(byte(v>>18&63)), char(byte(v>>12&63)), char(byte(v>>6&63)), char(byte(v&63)))
	}
	return py.NewBytes(append(out, '\n')), nil
}
