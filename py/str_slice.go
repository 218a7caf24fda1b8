package py

import "unsafe"

// This file holds extended slicing of str (s[i:j:k] with k != 1) and a
// helper for building strs from bytes without copying them.

// stride returns the n characters start, start+step, ... of s.
func (s *Str) stride(start, step, n int) *Str {
	if n <= 0 {
		return emptyStr
	}
	if n == 1 {
		return s.charStr(start)
	}
	if s.IsASCII() {
		b := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b[i] = s.s[j]
		}
		return newASCIIStr(ownString(b))
	}
	s.offset(0) // builds the index of character offsets
	b := make([]byte, 0, n*2)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		o := s.offset(j)
		_, size := decodeRune(s.s, o)
		b = append(b, s.s[o:o+size]...)
	}
	return NewStr(ownString(b))
}

// ownString returns b as a string without copying it; the caller must
// own b and never modify it afterwards.
func ownString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
