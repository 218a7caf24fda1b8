package pyjson

import "unicode/utf8"

// hexDigits are the lowercase hex digits \u escapes use, as CPython's.
const hexDigits = "0123456789abcdef"

// decodeChar decodes the code point at byte offset i of generalized
// UTF-8 text (lone surrogates as 3-byte sequences), as kaa's str keeps it.
func decodeChar(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendChar appends r in generalized UTF-8 (surrogates as 3 bytes).
func appendChar(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// appendU4 appends the escape \uXXXX for the 16-bit unit u.
func appendU4(b []byte, u rune) []byte {
	return append(b, '\\', 'u', hexDigits[u>>12&0xF], hexDigits[u>>8&0xF],
		hexDigits[u>>4&0xF], hexDigits[u&0xF])
}

// needsEscape reports whether the string has a character that must be
// escaped (a quote, a backslash, a control character, or with asciiOnly
// anything outside ASCII).
func needsEscape(s string, asciiOnly bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || (asciiOnly && c >= 0x7F) {
			return true
		}
	}
	return false
}

// appendQuoted appends s as a JSON string literal, quotes included.
// With asciiOnly every character outside printable ASCII is written as
// \uXXXX (a surrogate pair above U+FFFF), as CPython's
// encode_basestring_ascii does; otherwise only quotes, backslashes and
// control characters are escaped (encode_basestring).
func appendQuoted(b []byte, s string, asciiOnly bool) []byte {
	b = append(b, '"')
	if !needsEscape(s, asciiOnly) {
		b = append(b, s...)
		return append(b, '"')
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7F {
			b = append(b, c)
			i++
			continue
		}
		if c >= 0x7F && c < 0x80 {
			if asciiOnly {
				b = appendU4(b, rune(c))
			} else {
				b = append(b, c)
			}
			i++
			continue
		}
		if c >= 0x80 {
			r, n := decodeChar(s, i)
			if asciiOnly {
				if r >= 0x10000 {
					r -= 0x10000
					b = appendU4(b, 0xD800|(r>>10))
					b = appendU4(b, 0xDC00|(r&0x3FF))
				} else {
					b = appendU4(b, r)
				}
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		}
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = appendU4(b, rune(c))
		}
		i++
	}
	return append(b, '"')
}
