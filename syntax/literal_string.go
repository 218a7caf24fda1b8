package syntax

import (
	"fmt"
	"strings"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// parseStringToken implements ParseStringToken.
func parseStringToken(text string) (StringPrefix, string, int) {
	var p StringPrefix
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		switch text[i] {
		case 'r', 'R':
			p.Raw = true
		case 'b', 'B':
			p.Bytes = true
		case 'f', 'F':
			p.Format = true
		}
		i++
	}
	p.Len = i
	rest := text[i:]
	q := 1
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		q = 3
	}
	if len(rest) < 2*q {
		return p, "", q
	}
	return p, rest[q : len(rest)-q], q
}

// decodeStringBody implements DecodeStringBody.
func decodeStringBody(body string, raw, isBytes bool) (Value, *InvalidEscape, *Error) {
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return nil, nil, literalError("bytes can only contain ASCII literal characters")
			}
		}
		if raw || strings.IndexByte(body, '\\') < 0 {
			return Bytes(body), nil, nil
		}
		return decodeBytesEscapes(body)
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		if start, end, reason, bad := utf8Error(body); bad {
			return nil, nil, literalError("(unicode error) " + decodeErrorMessage("utf-8", body, start, end, reason))
		}
		return body, nil, nil
	}
	return decodeStrEscapes(body)
}

func literalError(msg string) *Error { return &Error{Type: "SyntaxError", Msg: msg} }

// escapeByte maps the single-character escapes to their values.
func escapeByte(c byte) (byte, bool) {
	switch c {
	case '\\', '\'', '"':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 'v':
		return '\v', true
	case 'a':
		return '\a', true
	}
	return 0, false
}

// invalidEscape builds the warning for the escape whose character after
// the backslash is at body[i] (octal: the three digits start there).
func invalidEscape(body string, i int, octal bool) *InvalidEscape {
	if octal {
		return &InvalidEscape{Msg: fmt.Sprintf("invalid octal escape sequence '\\%s'", body[i:i+3]), Offset: i - 1}
	}
	return &InvalidEscape{Msg: fmt.Sprintf("invalid escape sequence '\\%c'", body[i]), Offset: i - 1}
}

// decodeBytesEscapes decodes the escapes of a non-raw bytes literal as
// CPython's _PyBytes_DecodeEscape does.
func decodeBytesEscapes(body string) (Value, *InvalidEscape, *Error) {
	out := make([]byte, 0, len(body))
	var warn *InvalidEscape
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= len(body) {
			return nil, nil, literalError("(value error) Trailing \\ in string")
		}
		c = body[i]
		i++
		if v, ok := escapeByte(c); ok {
			out = append(out, v)
			continue
		}
		switch {
		case c == '\n':
		case c >= '0' && c <= '7':
			v := int(c - '0')
			if i < len(body) && body[i] >= '0' && body[i] <= '7' {
				v = v*8 + int(body[i]-'0')
				i++
				if i < len(body) && body[i] >= '0' && body[i] <= '7' {
					v = v*8 + int(body[i]-'0')
					i++
				}
			}
			if v > 0o377 && warn == nil {
				warn = invalidEscape(body, i-3, true)
			}
			out = append(out, byte(v))
		case c == 'x':
			if i+1 < len(body) {
				d1, d2 := hexDigit(body[i]), hexDigit(body[i+1])
				if d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					i += 2
					continue
				}
			}
			return nil, nil, literalError(fmt.Sprintf("(value error) invalid \\x escape at position %d", i-2))
		default:
			if warn == nil {
				warn = invalidEscape(body, i-1, false)
			}
			out = append(out, '\\')
			i--
		}
	}
	return Bytes(out), warn, nil
}

func hexDigit(c byte) int {
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

// decodeStrEscapes decodes the escapes of a non-raw str literal as
// CPython's parser does: non-ASCII text is first rewritten as \U escapes
// (a backslash before non-ASCII text as \u005c), so that error positions
// count in that rewritten text, and the result goes through the
// unicode-escape decoder.
func decodeStrEscapes(body string) (Value, *InvalidEscape, *Error) {
	buf := body
	for i := 0; i < len(body); i++ {
		if body[i] >= 0x80 {
			var err *Error
			if buf, err = rewriteNonASCII(body); err != nil {
				return nil, nil, err
			}
			break
		}
	}
	return unicodeEscapeDecode(buf)
}

// rewriteNonASCII rewrites the non-ASCII characters of body as \Uxxxxxxxx
// escapes, as CPython's decode_unicode_with_escapes does.
func rewriteNonASCII(body string) (string, *Error) {
	var b strings.Builder
	b.Grow(len(body) * 2)
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\\' {
			b.WriteByte(c)
			i++
			if i >= len(body) || body[i] >= 0x80 {
				b.WriteString("u005c")
				if i >= len(body) {
					break
				}
			}
			c = body[i]
		}
		if c >= 0x80 {
			j := i
			for j < len(body) && body[j] >= 0x80 {
				j++
			}
			run := body[i:j]
			if start, end, reason, bad := utf8Error(run); bad {
				return "", literalError("(unicode error) " + decodeErrorMessage("utf-8", run, start, end, reason))
			}
			for _, r := range run {
				fmt.Fprintf(&b, "\\U%08x", r)
			}
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), nil
}

// unicodeEscapeDecode is CPython's unicode-escape decoder over an ASCII
// buffer, reporting the first invalid escape sequence.
func unicodeEscapeDecode(s string) (Value, *InvalidEscape, *Error) {
	var b strings.Builder
	b.Grow(len(s))
	var warn *InvalidEscape
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			return nil, nil, unicodeEscapeError(start, len(s), "\\ at end of string")
		}
		c = s[i]
		i++
		if v, ok := escapeByte(c); ok {
			b.WriteByte(v)
			continue
		}
		switch {
		case c == '\n':
		case c >= '0' && c <= '7':
			v := rune(c - '0')
			if i < len(s) && s[i] >= '0' && s[i] <= '7' {
				v = v*8 + rune(s[i]-'0')
				i++
				if i < len(s) && s[i] >= '0' && s[i] <= '7' {
					v = v*8 + rune(s[i]-'0')
					i++
				}
			}
			if v > 0o377 && warn == nil {
				warn = invalidEscape(s, i-3, true)
			}
			writeRune(&b, v)
		case c == 'x' || c == 'u' || c == 'U':
			count, msg := 2, `truncated \xXX escape`
			if c == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			v := rune(0)
			for ; count > 0; count-- {
				if i >= len(s) {
					return nil, nil, unicodeEscapeError(start, i, msg)
				}
				d := hexDigit(s[i])
				if d < 0 {
					return nil, nil, unicodeEscapeError(start, i, msg)
				}
				v = v<<4 | rune(d)
				i++
			}
			if v > 0x10FFFF || v < 0 {
				return nil, nil, unicodeEscapeError(start, i, "illegal Unicode character")
			}
			writeRune(&b, v)
		case c == 'N':
			msg := `malformed \N character escape`
			if i >= len(s) {
				return nil, nil, unicodeEscapeError(start, i, msg)
			}
			if s[i] != '{' {
				return nil, nil, unicodeEscapeError(start, i, msg)
			}
			i++
			nameStart := i
			for i < len(s) && s[i] != '}' {
				i++
			}
			if i >= len(s) {
				return nil, nil, unicodeEscapeError(start, i, msg)
			}
			if i == nameStart {
				return nil, nil, unicodeEscapeError(start, i, msg)
			}
			name := s[nameStart:i]
			i++
			r, ok := ucd.Lookup(name)
			if !ok {
				return nil, nil, unicodeEscapeError(start, i, "unknown Unicode character name")
			}
			writeRune(&b, r)
		default:
			if warn == nil {
				warn = invalidEscape(s, i-1, false)
			}
			b.WriteByte('\\')
			i--
		}
	}
	return b.String(), warn, nil
}

// unicodeEscapeError is CPython's error for a bad escape in a str literal
// spanning positions start to end (exclusive) of the rewritten text.
func unicodeEscapeError(start, end int, msg string) *Error {
	if end-start == 1 {
		return literalError(fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, msg))
	}
	return literalError(fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, msg))
}

// writeRune appends r in UTF-8, keeping lone surrogates as their 3-byte
// generalized UTF-8 form (see Value).
func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}
