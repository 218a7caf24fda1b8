package sre

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a pattern error: re.error when Kind is ErrPattern (with the
// position in the pattern, or -1 when there is none), or the
// OverflowError, ValueError and IndexError CPython raises for some
// patterns, flags and templates.
type Error struct {
	Kind ErrorKind
	Msg  string
	Pos  int
}

// ErrorKind says which Python exception an Error becomes.
type ErrorKind int

// The kinds of Error.
const (
	ErrPattern  ErrorKind = iota // re.error
	ErrOverflow                  // OverflowError
	ErrValue                     // ValueError
	ErrIndex                     // IndexError
)

// Error returns the message.
func (e *Error) Error() string {
	if e.Pos >= 0 && e.Kind == ErrPattern {
		return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	}
	return e.Msg
}

// token is what the pattern reader returns: one character c, or (esc) a
// backslash followed by c. A negative c marks the end of the pattern.
type token struct {
	c   rune
	esc bool
}

// endToken marks the end of the pattern.
var endToken = token{c: -1}

// ch returns the token of the plain character c.
func ch(c rune) token { return token{c: c} }

// end reports whether t marks the end of the pattern.
func (t token) end() bool { return t.c < 0 }

// size returns the number of pattern characters the token spans.
func (t token) size() int {
	switch {
	case t.c < 0:
		return 0
	case t.esc:
		return 2
	}
	return 1
}

// is reports whether t is the plain character c.
func (t token) is(c rune) bool { return t.c == c && !t.esc }

// in reports whether t is a plain character of set.
func (t token) in(set string) bool {
	return t.c >= 0 && !t.esc && strings.ContainsRune(set, t.c)
}

// appendTo appends the token's text.
func (t token) appendTo(b []rune) []rune {
	if t.esc {
		b = append(b, '\\')
	}
	return append(b, t.c)
}

// text returns the token's text.
func (t token) text() string { return runesText(t.appendTo(nil)) }

// runesText returns code points as generalized UTF-8 (lone surrogates
// as their 3-byte form), the text of kaa's strs.
func runesText(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			b = append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// source reads a pattern token by token, as CPython's sre_parse
// Tokenizer does. Bytes patterns are read as Latin-1 text.
type source struct {
	pat    []rune
	istext bool
	index  int   // where the token after next starts
	next   token // the current token
}

// newSource returns a source positioned at the first token.
func newSource(pat []rune, istext bool) (*source, error) {
	s := &source{pat: pat, istext: istext}
	return s, s.advance()
}

// advance moves to the next token.
func (s *source) advance() error {
	i := s.index
	if i >= len(s.pat) {
		s.next = endToken
		return nil
	}
	c := s.pat[i]
	if c == '\\' {
		i++
		if i >= len(s.pat) {
			return &Error{Msg: "bad escape (end of pattern)", Pos: len(s.pat) - 1}
		}
		s.index = i + 1
		s.next = token{c: s.pat[i], esc: true}
		return nil
	}
	s.index = i + 1
	s.next = token{c: c}
	return nil
}

// match consumes the next token when it is the plain character c.
func (s *source) match(c rune) (bool, error) {
	if s.next.is(c) {
		return true, s.advance()
	}
	return false, nil
}

// get returns the next token and consumes it.
func (s *source) get() (token, error) {
	this := s.next
	return this, s.advance()
}

// getwhile consumes up to n plain characters from set.
func (s *source) getwhile(n int, set string) ([]rune, error) {
	var out []rune
	for i := 0; i < n && s.next.in(set); i++ {
		out = append(out, s.next.c)
		if err := s.advance(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// getuntil consumes tokens up to the plain character terminator,
// returning the text before it (a group name, a character name). name
// says what is missing in the error messages.
func (s *source) getuntil(terminator rune, name string) ([]rune, error) {
	var out []rune
	for {
		c := s.next
		if err := s.advance(); err != nil {
			return nil, err
		}
		if c.end() {
			if len(out) == 0 {
				return nil, s.error("missing "+name, 0)
			}
			return nil, s.error(fmt.Sprintf("missing %c, unterminated name", terminator), len(out))
		}
		if c.is(terminator) {
			if len(out) == 0 {
				return nil, s.error("missing "+name, 1)
			}
			return out, nil
		}
		out = c.appendTo(out)
	}
}

// tell returns the position of the next token.
func (s *source) tell() int { return s.index - s.next.size() }

// seek moves to position index.
func (s *source) seek(index int) error {
	s.index = index
	return s.advance()
}

// error returns a pattern error offset characters before the next token.
// Messages about bytes patterns show non-ASCII characters as escapes.
func (s *source) error(msg string, offset int) *Error {
	if !s.istext {
		msg = backslashReplace(msg)
	}
	return &Error{Msg: msg, Pos: s.tell() - offset}
}

// backslashReplace replaces the non-ASCII characters of msg with Python
// escapes (\xhh, \uhhhh, \Uhhhhhhhh).
func backslashReplace(msg string) string {
	var b strings.Builder
	for _, r := range []rune(msg) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}
