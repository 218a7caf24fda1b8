package syntax

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/internal/ucd"
)

const hexDigits = "0123456789abcdef"

// repr implements Repr.
func repr(v Value) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return itoa(v)
	case *big.Int:
		return v.String()
	case float64:
		return reprFloat(v)
	case complex128:
		return reprComplex(v)
	case string:
		return reprStr(v)
	case Bytes:
		return reprBytes(string(v))
	}
	return "<unknown>"
}

func itoa(v int64) string {
	return big.NewInt(v).String()
}

// quoteFor picks repr's quote: a double quote only when s contains a
// single quote and no double quote.
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// reprStr implements ReprStr.
func reprStr(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == q || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7F:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&0xF])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// A lone surrogate in generalized UTF-8 (ED A0..BF xx).
			if c == 0xED && i+2 < len(s) && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
				r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				size = 3
			} else {
				r = rune(c) // an invalid byte: shown as its Latin-1 value
			}
		}
		if ucd.IsPrintable(r) {
			b.WriteString(s[i : i+size])
		} else {
			writeHexEscape(&b, r)
		}
		i += size
	}
	b.WriteByte(q)
	return b.String()
}

// writeHexEscape writes \xhh, \uhhhh or \Uhhhhhhhh for r.
func writeHexEscape(b *strings.Builder, r rune) {
	n := 2
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
	case r < 0x10000:
		b.WriteString(`\u`)
		n = 4
	default:
		b.WriteString(`\U`)
		n = 8
	}
	for k := n - 1; k >= 0; k-- {
		b.WriteByte(hexDigits[(r>>(4*k))&0xF])
	}
}

// reprBytes implements ReprBytes.
func reprBytes(s string) string {
	q := quoteFor(s)
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7F:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0xF])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
