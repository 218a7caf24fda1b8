package binascii

import (
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

// b64Alphabet is the standard base64 alphabet.
const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// b64Values maps each byte to its base64 digit value, or 0xff.
var b64Values = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < len(b64Alphabet); i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return t
}()

// b64Value returns the value of a base64 digit, or -1.
func b64Value(c byte) int {
	if v := b64Values[c]; v != 0xff {
		return int(v)
	}
	return -1
}

// a2bBase64 is a2b_base64(data, /, *, strict_mode=False).
func a2bBase64(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	strict := false
	if err := onePositional("a2b_base64", args, kw); err != nil {
		return nil, err
	}
	if err := py.UnpackArgs("a2b_base64", args, kw, "data", &data, "/", "*", "strict_mode?", &strict); err != nil {
		return nil, err
	}
	in, err := AsciiData(data)
	if err != nil {
		return nil, err
	}
	out, err := DecodeBase64(in, strict)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(out), nil
}

// DecodeBase64 decodes base64 as binascii.a2b_base64 does: outside
// strict mode, characters outside the alphabet are skipped and the first
// complete padding ends the data.
func DecodeBase64(in []byte, strict bool) ([]byte, error) {
	out := make([]byte, 0, len(in)/4*3+3)
	quad, pads := 0, 0
	var left byte
	paddingStarted := false
	for i := 0; i < len(in); i++ {
		// Fast path: four digits at a quad boundary.
		if quad == 0 && !paddingStarted && i+4 <= len(in) {
			a, b, c, d := b64Values[in[i]], b64Values[in[i+1]], b64Values[in[i+2]], b64Values[in[i+3]]
			if a|b|c|d != 0xff && a < 64 && b < 64 && c < 64 && d < 64 {
				v := uint(a)<<18 | uint(b)<<12 | uint(c)<<6 | uint(d)
				out = append(out, byte(v>>16), byte(v>>8), byte(v))
				i += 3
				continue
			}
		}
		c := in[i]
		if c == '=' {
			paddingStarted = true
			if strict && quad == 0 {
				return nil, binErr("Leading padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(in) {
						return nil, binErr("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64Value(c)
		if v < 0 {
			if strict {
				return nil, binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, binErr("Discontinuous padding not allowed")
		}
		pads = 0
		b := byte(v)
		switch quad {
		case 0:
			left = b
		case 1:
			out = append(out, left<<2|b>>4)
			left = b & 0x0f
		case 2:
			out = append(out, left<<4|b>>2)
			left = b & 0x03
		case 3:
			out = append(out, left<<6|b)
			left = 0
		}
		quad = (quad + 1) % 4
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		n := len(out)/3*4 + 1
		return nil, binErr("Invalid base64-encoded string: number of data characters (" + strconv.Itoa(n) +
			") cannot be 1 more than a multiple of 4")
	}
	return nil, binErr("Incorrect padding")
}

// b2aBase64 is b2a_base64(data, /, *, newline=True).
func b2aBase64(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	newline := true
	if err := onePositional("b2a_base64", args, kw); err != nil {
		return nil, err
	}
	if err := py.UnpackArgs("b2a_base64", args, kw, "data", &data, "/", "*", "newline?", &newline); err != nil {
		return nil, err
	}
	in, err := binData(data)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(EncodeBase64(in, newline)), nil
}

// EncodeBase64 encodes in with the standard alphabet and padding,
// adding a newline when newline is true.
func EncodeBase64(in []byte, newline bool) []byte {
	out := make([]byte, 0, (len(in)+2)/3*4+1)
	i := 0
	for ; i+3 <= len(in); i += 3 {
		v := uint(in[i])<<16 | uint(in[i+1])<<8 | uint(in[i+2])
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], b64Alphabet[v&63])
	}
	switch len(in) - i {
	case 1:
		v := uint(in[i]) << 16
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], '=', '=')
	case 2:
		v := uint(in[i])<<16 | uint(in[i+1])<<8
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}
