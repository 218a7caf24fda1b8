package py

import (
	"github.com/kaa-lang/kaa/internal/ucd"
)

// This file holds str's case-changing methods: lower, upper, casefold,
// swapcase, title, capitalize. Each has an ASCII fast path; other text
// goes through internal/ucd's full mappings (Unicode 14, as CPython
// 3.11), with CPython's final-sigma rule for lowercasing.

func init() {
	StrType.AddMethod("lower", strLower, "Return a copy of the string converted to lowercase.")
	StrType.AddMethod("upper", strUpper, "Return a copy of the string converted to uppercase.")
	StrType.AddMethod("casefold", strCasefold, "Return a version of the string suitable for caseless comparisons.")
	StrType.AddMethod("swapcase", strSwapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase.")
	StrType.AddMethod("title", strTitle, "Return a version of the string where each word is titlecased.\n\nMore specifically, words start with uppercased characters and all remaining\ncased characters have lower case.")
	StrType.AddMethod("capitalize", strCapitalize, "Return a capitalized version of the string.\n\nMore specifically, make the first character have upper case and the rest lower\ncase.")
}

// strSelf unwraps the str a method was called on and checks that it got
// no arguments.
func strSelf(name string, self Object, args []Object, kwnames *Tuple) (*Str, error) {
	if len(args) != 0 || (kwnames != nil && kwnames.Len() > 0) {
		return nil, noArgs("str."+name, args, kwnames)
	}
	s, _ := AsStr(self)
	return s, nil
}

// asciiMap applies a byte mapping to ASCII text, returning s itself when
// nothing changes.
func asciiMap(s *Str, f func(c byte) byte) *Str {
	text := s.s
	for i := 0; i < len(text); i++ {
		c := text[i]
		if d := f(c); d != c {
			b := make([]byte, len(text))
			copy(b, text[:i])
			for j := i; j < len(text); j++ {
				b[j] = f(text[j])
			}
			return newASCIIStr(ownString(b))
		}
	}
	return s
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiUpper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiSwap(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

// appendMapped appends the result of a case mapping (see ucd.Lower).
func appendMapped(b []byte, r rune, s string) []byte {
	if s != "" {
		return append(b, s...)
	}
	return appendRune(b, r)
}

// finalSigma returns the lowercase form of the capital sigma at rs[i]:
// final sigma when it ends a word (CPython's handle_capital_sigma).
func finalSigma(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && ucd.IsCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && ucd.IsCased(rs[j])
	if final {
		j = i + 1
		for j < len(rs) && ucd.IsCaseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !ucd.IsCased(rs[j])
	}
	if final {
		return 0x3C2
	}
	return 0x3C3
}

// appendLowerAt appends the lowercase form of rs[i], applying the final
// sigma rule.
func appendLowerAt(b []byte, rs []rune, i int) []byte {
	r := rs[i]
	if r == 0x3A3 {
		return appendRune(b, finalSigma(rs, i))
	}
	m, s := ucd.Lower(r)
	return appendMapped(b, m, s)
}

// strLower implements str.lower().
func strLower(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("lower", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	return lowerStr(s), nil
}

// lowerStr returns s.lower().
func lowerStr(s *Str) *Str {
	if s.IsASCII() {
		return asciiMap(s, asciiLower)
	}
	rs := s.Runes()
	b := make([]byte, 0, len(s.s))
	for i := range rs {
		b = appendLowerAt(b, rs, i)
	}
	return NewStr(ownString(b))
}

// strUpper implements str.upper().
func strUpper(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("upper", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if s.IsASCII() {
		return asciiMap(s, asciiUpper), nil
	}
	return mapRunes(s, ucd.Upper), nil
}

// strCasefold implements str.casefold().
func strCasefold(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("casefold", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if s.IsASCII() {
		return asciiMap(s, asciiLower), nil
	}
	return mapRunes(s, ucd.Fold), nil
}

// mapRunes applies a context-free case mapping to every character.
func mapRunes(s *Str, f func(rune) (rune, string)) *Str {
	b := make([]byte, 0, len(s.s))
	for i := 0; i < len(s.s); {
		r, size := decodeRune(s.s, i)
		i += size
		m, x := f(r)
		b = appendMapped(b, m, x)
	}
	return NewStr(ownString(b))
}

// strSwapcase implements str.swapcase().
func strSwapcase(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("swapcase", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if s.IsASCII() {
		return asciiMap(s, asciiSwap), nil
	}
	rs := s.Runes()
	b := make([]byte, 0, len(s.s))
	for i, r := range rs {
		switch {
		case ucd.IsUpper(r):
			b = appendLowerAt(b, rs, i)
		case ucd.IsLower(r):
			m, x := ucd.Upper(r)
			b = appendMapped(b, m, x)
		default:
			b = appendRune(b, r)
		}
	}
	return NewStr(ownString(b)), nil
}

// strTitle implements str.title(): a character is titlecased when the
// one before it is not cased, lowercased otherwise.
func strTitle(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("title", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if s.IsASCII() {
		text := s.s
		b := make([]byte, len(text))
		prevCased := false
		for i := 0; i < len(text); i++ {
			c := text[i]
			isLower, isUpper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
			switch {
			case prevCased && isUpper:
				c += 32
			case !prevCased && isLower:
				c -= 32
			}
			b[i] = c
			prevCased = isLower || isUpper
		}
		return newASCIIStr(ownString(b)), nil
	}
	rs := s.Runes()
	b := make([]byte, 0, len(s.s))
	prevCased := false
	for i, r := range rs {
		if prevCased {
			b = appendLowerAt(b, rs, i)
		} else {
			m, x := ucd.Title(r)
			b = appendMapped(b, m, x)
		}
		prevCased = ucd.IsCased(r)
	}
	return NewStr(ownString(b)), nil
}

// strCapitalize implements str.capitalize(): the first character
// titlecased, the rest lowercased.
func strCapitalize(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, err := strSelf("capitalize", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(s.s) == 0 {
		return emptyStr, nil
	}
	if s.IsASCII() {
		b := []byte(s.s)
		b[0] = asciiUpper(b[0])
		for i := 1; i < len(b); i++ {
			b[i] = asciiLower(b[i])
		}
		return newASCIIStr(ownString(b)), nil
	}
	rs := s.Runes()
	b := make([]byte, 0, len(s.s))
	m, x := ucd.Title(rs[0])
	b = appendMapped(b, m, x)
	for i := 1; i < len(rs); i++ {
		b = appendLowerAt(b, rs, i)
	}
	return NewStr(ownString(b)), nil
}
