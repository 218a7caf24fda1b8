package sre

import (
	"unsafe"

	"github.com/kaa-lang/kaa/py"
)

// subject is a string being searched: the object itself (Match.string)
// and its characters, as bytes (bytes-like objects, ASCII strs) or as
// code points (other strs).
type subject struct {
	obj    py.Object
	str    *py.Str // nil for bytes-like objects
	narrow []byte
	wide   []rune
	n      int // length in characters
}

// isBytes reports whether the subject is bytes-like.
func (s *subject) isBytes() bool { return s.str == nil }

// slice returns characters i..j as a str or bytes.
func (s *subject) slice(i, j int) py.Object {
	if s.str != nil {
		return s.str.Substr(i, j)
	}
	if b, ok := s.obj.(*py.Bytes); ok && i == 0 && j == len(b.Value()) {
		return b
	}
	if j < i {
		j = i
	}
	out := make([]byte, j-i)
	copy(out, s.narrow[i:j])
	return py.NewBytes(out)
}

// empty returns the empty str or bytes of the subject's kind.
func (s *subject) empty() py.Object {
	if s.str != nil {
		return py.NewStr("")
	}
	return py.NewBytes(nil)
}

// runeCache remembers the code points of the last non-ASCII str
// searched, so that repeated searches of one text (a tokenizer calling
// match(text, pos) in a loop) decode it once.
type runeCache struct {
	str   *py.Str
	runes []rune
}

// runesOf returns the code points of s.
func (c *runeCache) runesOf(s *py.Str) []rune {
	if c.str != s {
		c.str, c.runes = s, s.Runes()
	}
	return c.runes
}

// asciiBytes returns the text of an ASCII str as bytes, without copying
// (the engine never writes to it).
func asciiBytes(s *py.Str) []byte {
	text := s.String()
	if len(text) == 0 {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(text), len(text))
}

// getSubject checks that o can be searched by a pattern of the given
// kind and returns its characters.
func getSubject(o py.Object, isBytes bool, cache *runeCache) (*subject, error) {
	if s, ok := py.AsStr(o); ok {
		if isBytes {
			return nil, py.Errorf(py.TypeErrorType, "cannot use a bytes pattern on a string-like object")
		}
		sub := &subject{obj: o, str: s, n: s.Len()}
		if s.IsASCII() {
			sub.narrow = asciiBytes(s)
		} else {
			sub.wide = cache.runesOf(s)
		}
		return sub, nil
	}
	b, ok := py.BytesLike(o)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '%s'", py.TypeName(o))
	}
	if !isBytes {
		return nil, py.Errorf(py.TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	return &subject{obj: o, narrow: b, n: len(b)}, nil
}

// clampSpan limits pos and endpos to the subject, as CPython does.
func (s *subject) clampSpan(pos, endpos int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > s.n {
		pos = s.n
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > s.n {
		endpos = s.n
	}
	return pos, endpos
}

// newEngine returns an engine running prog over the subject from pos to
// endpos (already clamped).
func newEngine(prog *program, s *subject, pos, endpos int, checker stopChecker) engine {
	if s.wide != nil {
		return newState(prog, s.wide, pos, endpos, checker)
	}
	return newState(prog, s.narrow, pos, endpos, checker)
}
