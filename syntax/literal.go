package syntax

// StringPrefix describes the prefix of a string literal token.
type StringPrefix struct {
	Raw    bool // r or R
	Bytes  bool // b or B
	Format bool // f or F
	Len    int  // length of the prefix in bytes
}

// ParseStringToken splits the text of a STRING token into its prefix
// and its body (the text between the quotes), and reports the quote size
// (1 or 3).
func ParseStringToken(text string) (p StringPrefix, body string, quoteSize int) {
	return parseStringToken(text)
}

// NumberValue returns the value of a NUMBER token's text: int64 or
// *big.Int for integers (every base, underscores allowed), float64, or
// complex128 for imaginary literals. The error, an *Error whose position
// the caller fills in, is CPython's for a decimal literal with too many
// digits ("Exceeds the limit (4300 digits) for integer string conversion
// ...").
func NumberValue(text string) (Value, *Error) {
	return numberValue(text)
}

// InvalidEscape is an escape sequence that CPython accepts with a
// DeprecationWarning: "invalid escape sequence '\d'" or, for octal values
// above 0o377, "invalid octal escape sequence '\777'". CPython warns for
// the first one in each string token, on the token's first line.
type InvalidEscape struct {
	Msg    string
	Offset int // byte offset of the backslash in the decoded body
}

// StringValue returns the value of a STRING token that is not an f-string
// (text is the whole token, prefix and quotes included): a string, or
// Bytes for a b prefix. It also returns the first invalid escape sequence,
// if any. Errors are *Error values with CPython's message and no position,
// such as "bytes can only contain ASCII literal characters" or "(unicode
// error) 'unicodeescape' codec can't decode bytes in position 0-1:
// truncated \xXX escape"; the caller positions them.
func StringValue(text string) (Value, *InvalidEscape, *Error) {
	p, body, _ := parseStringToken(text)
	return DecodeStringBody(body, p.Raw, p.Bytes)
}

// DecodeStringBody decodes body, the text of a string literal between its
// quotes (or a literal piece of an f-string), as a raw and/or bytes
// literal says. It returns a string or Bytes value, the first invalid
// escape sequence, and CPython's error for a malformed escape or a
// non-ASCII character in bytes (without a position).
func DecodeStringBody(body string, raw, isBytes bool) (Value, *InvalidEscape, *Error) {
	return decodeStringBody(body, raw, isBytes)
}
