package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// utf8Error finds the first invalid sequence in s as CPython's UTF-8
// decoder does. It returns the byte range of the bad sequence, the
// decoder's reason, and ok false when s is valid.
func utf8Error(s string) (start, end int, reason string, bad bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		n, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 1
		case c == 0xE0:
			n, lo = 2, 0xA0
		case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
			n = 2
		case c == 0xED:
			n, hi = 2, 0x9F
		case c == 0xF0:
			n, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			n = 3
		case c == 0xF4:
			n, hi = 3, 0x8F
		default:
			return i, i + 1, "invalid start byte", true
		}
		for k := 1; k <= n; k++ {
			if i+k >= len(s) {
				return i, len(s), "unexpected end of data", true
			}
			b := s[i+k]
			l, h := byte(0x80), byte(0xBF)
			if k == 1 {
				l, h = lo, hi
			}
			if b < l || b > h {
				return i, i + k, "invalid continuation byte", true
			}
		}
		i += n + 1
	}
	return 0, 0, "", false
}

// utf8DecodeErrorMessage is str() of the UnicodeDecodeError that CPython
// raises when decoding s as UTF-8 fails.
func utf8DecodeErrorMessage(s string) string {
	start, end, reason, _ := utf8Error(s)
	return decodeErrorMessage("utf-8", s, start, end, reason)
}

// decodeErrorMessage formats a UnicodeDecodeError as CPython's str() does.
func decodeErrorMessage(codec, s string, start, end int, reason string) string {
	if end == start+1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, s[start], start, reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
}

// decodeReplace decodes s as UTF-8 with CPython's "replace" error
// handler: each invalid sequence (as utf8Error delimits it) becomes one
// U+FFFD.
func decodeReplace(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		start, end, _, bad := utf8Error(s)
		if !bad {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:start])
		b.WriteRune(utf8.RuneError)
		s = s[end:]
	}
	return b.String()
}

// runeCountReplace counts the characters of s decoded with "replace".
func runeCountReplace(s string) int {
	if utf8.ValidString(s) {
		return utf8.RuneCountInString(s)
	}
	return utf8.RuneCountInString(decodeReplace(s))
}
