package py

// This file holds str.encode and str.__getnewargs__.

func init() {
	StrType.AddMethod("encode", strEncode, "Encode the string using the codec registered for encoding.")
	StrType.AddMethod("__getnewargs__", strGetnewargs, "")
}

// binaryCodecs are codecs of CPython's library that convert bytes to
// bytes or str to str, which str.encode and bytes.decode refuse.
var binaryCodecs = map[string]bool{
	"base64": true, "base_64": true, "base64_codec": true, "hex": true, "hex_codec": true,
	"rot13": true, "rot_13": true, "zlib": true, "zip": true, "zlib_codec": true,
	"bz2": true, "bz2_codec": true, "quopri": true, "quotedprintable": true, "quoted_printable": true,
	"quopri_codec": true, "uu": true, "uu_codec": true,
}

// codecArgs parses (encoding='utf-8', errors='strict') and checks that
// the codec is a text codec.
func codecArgs(fname, verb string, args []Object, kwnames *Tuple) (encoding, errors string, err error) {
	encoding, errors = "utf-8", "strict"
	if err = UnpackArgs(fname, args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
		return
	}
	for i := 0; i < len(encoding); i++ {
		if encoding[i] == 0 {
			return "", "", Errorf(ValueErrorType, "embedded null character")
		}
	}
	if binaryCodecs[normalizeEncoding(encoding)] {
		err = Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, verb)
	}
	return
}

// strEncode implements str.encode(encoding='utf-8', errors='strict').
func strEncode(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	encoding, errors, err := codecArgs("encode", "encode", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	b, err := EncodeStr(t, s, encoding, errors)
	if err != nil {
		return nil, err
	}
	return NewBytes(b), nil
}

// strGetnewargs implements str.__getnewargs__(): (str(self),).
func strGetnewargs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("__getnewargs__", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	return NewTuple(s), nil
}
