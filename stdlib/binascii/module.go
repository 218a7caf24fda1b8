// Package binascii implements the binascii module: conversions between
// binary data and ASCII encodings (base64, hex, quoted-printable, uu)
// and the crc32 and crc_hqx checksums, with CPython's error messages.
package binascii

import (
	"github.com/kaa-lang/kaa/py"
)

// ErrorType is binascii.Error, raised for malformed input.
var ErrorType = py.NewExceptionType("binascii", "Error", "", py.ValueErrorType)

// IncompleteType is binascii.Incomplete.
var IncompleteType = py.NewExceptionType("binascii", "Incomplete", "", py.ExceptionType)

// binErr returns a binascii.Error with message msg.
func binErr(msg string) error { return py.Errorf(ErrorType, "%s", msg) }

// AsciiData returns the bytes of an a2b_* argument: a bytes-like object
// or a str of ASCII characters only.
func AsciiData(o py.Object) ([]byte, error) {
	if s, ok := py.AsStr(o); ok {
		if !s.IsASCII() {
			return nil, py.Errorf(py.ValueErrorType, "string argument should contain only ASCII characters")
		}
		return []byte(s.String()), nil
	}
	if b, ok := py.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", py.TypeName(o))
}

// binData returns the bytes of a b2a_* argument (bytes-like only).
func binData(o py.Object) ([]byte, error) {
	if b, ok := py.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// fn is the signature of the module's functions.
type fn = func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error)

// Init creates the binascii module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("binascii")
	m.Set("__doc__", py.NewStr("Conversion between binary data and ASCII"))
	m.Set("Error", ErrorType)
	m.Set("Incomplete", IncompleteType)
	funcs := []struct {
		name string
		f    fn
		doc  string
	}{
		{"a2b_base64", a2bBase64, "Decode a line of base64 data."},
		{"b2a_base64", b2aBase64, "Base64-code line of data."},
		{"a2b_hex", a2bHex("a2b_hex"), "Binary data of hexadecimal representation."},
		{"unhexlify", a2bHex("unhexlify"), "Binary data of hexadecimal representation."},
		{"b2a_hex", b2aHex("b2a_hex"), "Hexadecimal representation of binary data."},
		{"hexlify", b2aHex("hexlify"), "Hexadecimal representation of binary data."},
		{"crc32", crc32Func, "Compute CRC-32 incrementally."},
		{"crc_hqx", crcHqx, "Compute CRC-CCITT incrementally."},
		{"a2b_qp", a2bQP, "Decode a string of qp-encoded data."},
		{"b2a_qp", b2aQP, "Encode a string using quoted-printable encoding."},
		{"a2b_uu", a2bUU, "Decode a line of uuencoded data."},
		{"b2a_uu", b2aUU, "Uuencode line of data."},
	}
	for _, f := range funcs {
		m.AddFunc(f.name, f.f, f.doc)
	}
	return m, nil
}

// methO checks the arguments of a function of one positional argument,
// with the messages of CPython's METH_O functions.
func methO(name string, args []py.Object, kw *py.Tuple) error {
	if kw != nil && kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "binascii.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "binascii.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// onePositional checks that a function of one positional-only argument
// followed by keyword-only ones got exactly one positional argument.
func onePositional(name string, args []py.Object, kw *py.Tuple) error {
	n := len(args)
	if kw != nil {
		n -= kw.Len()
	}
	if n != 1 {
		return py.Errorf(py.TypeErrorType, "%s() takes exactly 1 positional argument (%d given)", name, n)
	}
	return nil
}

// noKeywords checks that a function taking positional arguments only got
// no keyword arguments.
func noKeywords(name string, kw *py.Tuple) error {
	if kw != nil && kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "binascii.%s() takes no keyword arguments", name)
	}
	return nil
}
