package syntax

// DecodeSource turns the bytes of a Python source file into the UTF-8 text
// the tokenizer reads, as CPython does for compile() and ast.parse() of
// bytes: a UTF-8 byte order mark is dropped, a PEP 263 coding declaration
// ("# -*- coding: latin-1 -*-") on line 1 or 2 selects the encoding, and
// UTF-8 is the default. Text in another encoding is converted to UTF-8.
//
// It returns the text and the normalised name of the encoding ("utf-8",
// "iso-8859-1", "cp1252"...). Errors are *Error values with CPython's
// message, such as "unknown encoding: foo", "encoding problem: utf-8 with
// BOM" or "(unicode error) 'utf-8' codec can't decode byte 0xff in
// position 0: invalid start byte"; filename goes into Error.Filename.
func DecodeSource(src []byte, filename string) (text string, encoding string, err *Error) {
	return decodeSource(src, filename)
}

// DecodeText decodes src from the named encoding (any name or alias that
// CPython's codecs.lookup accepts for the codecs kaa has: UTF-8, ASCII,
// Latin-1 and the common single-byte code pages) into UTF-8 text. The
// error's text is str() of the LookupError ("unknown encoding: x") or
// UnicodeDecodeError CPython raises.
func DecodeText(src []byte, encoding string) (string, error) {
	text, msg := decodeWith(string(src), encoding)
	if msg != "" {
		return "", decodeError(msg)
	}
	return text, nil
}

// decodeError is the error DecodeText returns.
type decodeError string

func (e decodeError) Error() string { return string(e) }
