package sre

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// simpleEscapes are the escapes of control characters (and "\\").
var simpleEscapes = map[rune]uint32{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}

// categoryEscapes are the escapes of character classes.
var categoryEscapes = map[rune]uint32{
	'd': catDigit, 'D': catNotDigit, 's': catSpace, 'S': catNotSpace, 'w': catWord, 'W': catNotWord,
}

// atEscapes are the escapes of positions.
var atEscapes = map[rune]uint32{
	'A': atBeginningString, 'b': atBoundary, 'B': atNonBoundary, 'Z': atEndString,
}

// classCode is what an escape inside a set stands for: a character
// (opLiteral) or a category (opIn).
type classCode struct {
	op opcode
	c  uint32
}

// item returns the set member the code stands for.
func (c classCode) item() setItem {
	if c.op == opIn {
		return setItem{op: opCategory, lo: c.c}
	}
	return setItem{op: opLiteral, lo: c.c}
}

// isAlphaRune reports whether str.isalpha() holds for r.
func isAlphaRune(r rune) bool { return ucd.IsAlpha(r) }

// escapeText returns the text of an escape: a backslash, c and more.
func escapeText(c rune, more []rune) string {
	return runesText(append([]rune{'\\', c}, more...))
}

// badEscape is the error for an unknown escape.
func badEscape(s *source, c rune, more []rune) error {
	return s.error("bad escape "+escapeText(c, more), 2+len(more))
}

// hexEscape reads the n hexadecimal digits of \xhh, \uhhhh or \Uhhhhhhhh.
func hexEscape(s *source, c rune, n int) (uint32, error) {
	ds, err := s.getwhile(n, hexDigits)
	if err != nil {
		return 0, err
	}
	if len(ds) != n {
		return 0, s.error("incomplete escape "+escapeText(c, ds), 2+len(ds))
	}
	v, _ := strconv.ParseUint(string(ds), 16, 32)
	if c == 'U' && v > 0x10FFFF {
		return 0, badEscape(s, c, ds)
	}
	return uint32(v), nil
}

// namedEscape reads the {name} of \N{name}.
func namedEscape(s *source) (uint32, error) {
	ok, err := s.match('{')
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, s.error("missing {", 0)
	}
	name, err := s.getuntil('}', "character name")
	if err != nil {
		return 0, err
	}
	r, found := ucd.Lookup(runesText(name))
	if !found {
		return 0, s.error("undefined character name "+reprRunes(name), len(name)+len(`\N{}`))
	}
	return uint32(r), nil
}

// classEscape parses an escape inside a set, after its backslash.
func classEscape(s *source, c rune) (classCode, error) {
	if v, ok := simpleEscapes[c]; ok {
		return classCode{op: opLiteral, c: v}, nil
	}
	if v, ok := categoryEscapes[c]; ok {
		return classCode{op: opIn, c: v}, nil
	}
	var v uint32
	var err error
	switch {
	case c == 'x':
		v, err = hexEscape(s, c, 2)
	case c == 'u' && s.istext:
		v, err = hexEscape(s, c, 4)
	case c == 'U' && s.istext:
		v, err = hexEscape(s, c, 8)
	case c == 'N' && s.istext:
		v, err = namedEscape(s)
	case strings.ContainsRune(octDigits, c):
		ds, err := s.getwhile(2, octDigits)
		if err != nil {
			return classCode{}, err
		}
		all := append([]rune{c}, ds...)
		n, _ := strconv.ParseUint(string(all), 8, 32)
		if n > 0o377 {
			return classCode{}, s.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escapeText(c, ds)), 2+len(ds))
		}
		return classCode{op: opLiteral, c: uint32(n)}, nil
	case strings.ContainsRune(digits, c):
		return classCode{}, badEscape(s, c, nil)
	case strings.ContainsRune(asciiLetters, c):
		return classCode{}, badEscape(s, c, nil)
	default:
		return classCode{op: opLiteral, c: uint32(c)}, nil
	}
	if err != nil {
		return classCode{}, err
	}
	return classCode{op: opLiteral, c: v}, nil
}

// parseEscape parses an escape outside sets, after its backslash.
func parseEscape(s *source, c rune, st *parseState) (node, error) {
	if v, ok := atEscapes[c]; ok {
		return node{op: opAt, arg: v}, nil
	}
	if v, ok := categoryEscapes[c]; ok {
		return node{op: opIn, items: []setItem{{op: opCategory, lo: v}}}, nil
	}
	if v, ok := simpleEscapes[c]; ok {
		return node{op: opLiteral, arg: v}, nil
	}
	var v uint32
	var err error
	switch {
	case c == 'x':
		v, err = hexEscape(s, c, 2)
	case c == 'u' && s.istext:
		v, err = hexEscape(s, c, 4)
	case c == 'U' && s.istext:
		v, err = hexEscape(s, c, 8)
	case c == 'N' && s.istext:
		v, err = namedEscape(s)
	case c == '0':
		ds, err := s.getwhile(2, octDigits)
		if err != nil {
			return node{}, err
		}
		n, _ := strconv.ParseUint("0"+string(ds), 8, 32)
		return node{op: opLiteral, arg: uint32(n)}, nil
	case strings.ContainsRune(digits, c):
		return groupEscape(s, c, st)
	case strings.ContainsRune(asciiLetters, c):
		return node{}, badEscape(s, c, nil)
	default:
		return node{op: opLiteral, arg: uint32(c)}, nil
	}
	if err != nil {
		return node{}, err
	}
	return node{op: opLiteral, arg: v}, nil
}

// groupEscape parses \1 .. \99 (a back reference) or \ooo (an octal
// escape), from its first digit c.
func groupEscape(s *source, c rune, st *parseState) (node, error) {
	ds := []rune{c}
	if s.next.in(digits) {
		ds = append(ds, s.next.c)
		if err := s.advance(); err != nil {
			return node{}, err
		}
		if strings.ContainsRune(octDigits, ds[0]) && strings.ContainsRune(octDigits, ds[1]) && s.next.in(octDigits) {
			ds = append(ds, s.next.c)
			if err := s.advance(); err != nil {
				return node{}, err
			}
			n, _ := strconv.ParseUint(string(ds), 8, 32)
			if n > 0o377 {
				return node{}, s.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escapeText(ds[0], ds[1:])), 1+len(ds))
			}
			return node{op: opLiteral, arg: uint32(n)}, nil
		}
	}
	group, _ := strconv.Atoi(string(ds))
	if group < st.groups() {
		if !st.checkgroup(group) {
			return node{}, s.error("cannot refer to an open group", 1+len(ds))
		}
		if err := st.checklookbehindgroup(group, s); err != nil {
			return node{}, err
		}
		return node{op: opGroupref, arg: uint32(group)}, nil
	}
	return node{}, s.error(fmt.Sprintf("invalid group reference %d", group), len(ds))
}
