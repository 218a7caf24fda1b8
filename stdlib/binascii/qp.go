package binascii

import (
	"bytes"

	"github.com/kaa-lang/kaa/py"
)

// maxQPLine is the longest line b2a_qp writes, soft break included.
const maxQPLine = 76

// a2bQP is a2b_qp(data, header=False).
func a2bQP(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	header := false
	if err := py.UnpackArgs("a2b_qp", args, kw, "data", &data, "header?", &header); err != nil {
		return nil, err
	}
	in, err := AsciiData(data)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(DecodeQP(in, header)), nil
}

// DecodeQP decodes quoted-printable data; with header, '_' stands for a
// space.
func DecodeQP(in []byte, header bool) []byte {
	out := make([]byte, 0, len(in))
	i := 0
	for i < len(in) {
		c := in[i]
		switch {
		case c == '=':
			i++
			if i >= len(in) {
				return out
			}
			switch {
			case in[i] == '\n' || in[i] == '\r':
				// A soft line break: skip to the end of the line.
				if in[i] != '\n' {
					for i < len(in) && in[i] != '\n' {
						i++
					}
				}
				if i < len(in) {
					i++
				}
			case in[i] == '=':
				out = append(out, '=')
				i++
			case i+1 < len(in) && hexValue(in[i]) >= 0 && hexValue(in[i+1]) >= 0:
				out = append(out, byte(hexValue(in[i])<<4|hexValue(in[i+1])))
				i += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}

// b2aQP is b2a_qp(data, quotetabs=False, istext=True, header=False).
func b2aQP(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	quotetabs, istext, header := false, true, false
	if err := py.UnpackArgs("b2a_qp", args, kw, "data", &data, "quotetabs?", &quotetabs, "istext?", &istext, "header?", &header); err != nil {
		return nil, err
	}
	in, err := binData(data)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(EncodeQP(in, quotetabs, istext, header)), nil
}

// EncodeQP encodes data as quoted-printable. The line ending of the
// output is CRLF when the first newline of the input follows a CR.
func EncodeQP(in []byte, quotetabs, istext, header bool) []byte {
	const digits = "0123456789ABCDEF"
	crlf := false
	if p := bytes.IndexByte(in, '\n'); p > 0 && in[p-1] == '\r' {
		crlf = true
	}
	out := make([]byte, 0, len(in)+len(in)/8)
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	n := len(in)
	lineLen := 0
	for i := 0; i < n; {
		c := in[i]
		quote := c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && lineLen == 0 && (i+1 == n || in[i+1] == '\n' || in[i+1] == '\r' || in[i+1] == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && i+1 == n) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))
		if quote {
			if lineLen+3 >= maxQPLine {
				softBreak()
				lineLen = 0
			}
			out = append(out, '=', digits[c>>4], digits[c&15])
			i++
			lineLen += 3
			continue
		}
		if istext && (c == '\n' || (i+1 < n && c == '\r' && in[i+1] == '\n')) {
			lineLen = 0
			// Whitespace at the end of a line is quoted.
			if k := len(out); k > 0 && (out[k-1] == ' ' || out[k-1] == '\t') {
				ws := out[k-1]
				out[k-1] = '='
				out = append(out, digits[ws>>4], digits[ws&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				i += 2
			} else {
				i++
			}
			continue
		}
		if i+1 != n && in[i+1] != '\n' && lineLen+1 >= maxQPLine {
			softBreak()
			lineLen = 0
		}
		lineLen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		i++
	}
	return out
}
