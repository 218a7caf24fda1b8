package sre

import "github.com/kaa-lang/kaa/internal/ucd"

// This file holds the character predicates and case mappings of the
// matcher: ASCII ones for bytes patterns and re.ASCII, Unicode ones
// (str's own rules) for str patterns, and the "locale" ones of
// re.LOCALE, which follow a UTF-8 C locale and so are ASCII's for the
// bytes values an 8-bit locale would define.

// asciiLower lowercases an ASCII letter.
func asciiLower(c uint32) uint32 {
	if c-'A' < 26 {
		return c + 32
	}
	return c
}

// asciiUpper uppercases an ASCII letter.
func asciiUpper(c uint32) uint32 {
	if c-'a' < 26 {
		return c - 32
	}
	return c
}

// asciiIscased reports whether c is an ASCII letter.
func asciiIscased(c uint32) bool { return (c|32)-'a' < 26 }

// uniLower returns the lowercase of c as sre sees it: the first
// character of its full lowercase mapping.
func uniLower(c uint32) uint32 {
	if c < 128 {
		return asciiLower(c)
	}
	r, s := ucd.Lower(rune(c))
	if s != "" {
		for _, x := range s {
			return uint32(x)
		}
	}
	return uint32(r)
}

// uniUpper returns the uppercase of c as sre sees it: the first
// character of its full uppercase mapping.
func uniUpper(c uint32) uint32 {
	if c < 128 {
		return asciiUpper(c)
	}
	r, s := ucd.Upper(rune(c))
	if s != "" {
		for _, x := range s {
			return uint32(x)
		}
	}
	return uint32(r)
}

// uniIscased reports whether c has a different lowercase or uppercase.
func uniIscased(c uint32) bool {
	if c < 128 {
		return asciiIscased(c)
	}
	return c != uniLower(c) || c != uniUpper(c)
}

// localeLower and localeUpper are tolower() and toupper() of a UTF-8 C
// locale, where bytes above 127 have no case.
func localeLower(c uint32) uint32 { return asciiLower(c) }
func localeUpper(c uint32) uint32 { return asciiUpper(c) }

// charLocIgnore reports whether c matches the pattern character p when
// case is ignored under re.LOCALE.
func charLocIgnore(p, c uint32) bool {
	return c == p || localeLower(c) == p || localeUpper(c) == p
}

// isDigit, isSpace and isWord are the ASCII classes.
func isDigit(c uint32) bool { return c-'0' < 10 }
func isSpace(c uint32) bool { return c == ' ' || c-'\t' < 5 }
func isWord(c uint32) bool {
	return c-'0' < 10 || (c|32)-'a' < 26 || c == '_'
}

// isLocWord is \w under re.LOCALE.
func isLocWord(c uint32) bool { return c < 256 && isWord(c) }

// isUniDigit, isUniSpace and isUniWord are the Unicode classes:
// str.isdecimal(), str.isspace(), str.isalnum() or "_".
func isUniDigit(c uint32) bool {
	if c < 128 {
		return isDigit(c)
	}
	return ucd.IsDecimal(rune(c))
}

func isUniSpace(c uint32) bool {
	if c < 128 {
		return isSpace(c) || c-0x1C < 4
	}
	return ucd.IsSpace(rune(c))
}

func isUniWord(c uint32) bool {
	if c < 128 {
		return isWord(c)
	}
	return ucd.IsAlnum(rune(c))
}

// category reports whether c belongs to the category cat.
func category(cat, c uint32) bool {
	switch cat {
	case catDigit:
		return isDigit(c)
	case catNotDigit:
		return !isDigit(c)
	case catSpace:
		return isSpace(c)
	case catNotSpace:
		return !isSpace(c)
	case catWord:
		return isWord(c)
	case catNotWord:
		return !isWord(c)
	case catLinebreak, catUniLinebreak:
		return c == '\n'
	case catNotLinebreak, catUniNotLinebreak:
		return c != '\n'
	case catLocWord:
		return isLocWord(c)
	case catLocNotWord:
		return !isLocWord(c)
	case catUniDigit:
		return isUniDigit(c)
	case catUniNotDigit:
		return !isUniDigit(c)
	case catUniSpace:
		return isUniSpace(c)
	case catUniNotSpace:
		return !isUniSpace(c)
	case catUniWord:
		return isUniWord(c)
	case catUniNotWord:
		return !isUniWord(c)
	}
	return false
}
