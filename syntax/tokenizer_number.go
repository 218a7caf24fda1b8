package syntax

import "fmt"

// number reads a numeric literal whose first character c was just read
// (afterDot: the literal began with '.', and c is the digit after it).
// The checks and their error positions follow CPython's tokenizer.
func (s *scanner) number(c int, afterDot bool) (Kind, int, int, bool) {
	fail := func() (Kind, int, int, bool) { return 0, 0, 0, false }
	if afterDot {
		return s.fraction(c)
	}
	if c == '0' {
		c = s.nextc()
		switch {
		case c == 'x' || c == 'X':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if !isXDigit(c) {
					s.backup(c)
					s.syntaxError("invalid hexadecimal literal")
					return fail()
				}
				for isXDigit(c) {
					c = s.nextc()
				}
				if c != '_' {
					break
				}
			}
			if !s.verifyEndOfNumber(c, "hexadecimal") {
				return fail()
			}
		case c == 'o' || c == 'O':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						s.syntaxError(fmt.Sprintf("invalid digit '%c' in octal literal", c))
					} else {
						s.backup(c)
						s.syntaxError("invalid octal literal")
					}
					return fail()
				}
				for c >= '0' && c < '8' {
					c = s.nextc()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				s.syntaxError(fmt.Sprintf("invalid digit '%c' in octal literal", c))
				return fail()
			}
			if !s.verifyEndOfNumber(c, "octal") {
				return fail()
			}
		case c == 'b' || c == 'B':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						s.syntaxError(fmt.Sprintf("invalid digit '%c' in binary literal", c))
					} else {
						s.backup(c)
						s.syntaxError("invalid binary literal")
					}
					return fail()
				}
				for c == '0' || c == '1' {
					c = s.nextc()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				s.syntaxError(fmt.Sprintf("invalid digit '%c' in binary literal", c))
				return fail()
			}
			if !s.verifyEndOfNumber(c, "binary") {
				return fail()
			}
		default:
			nonzero := false
			for {
				if c == '_' {
					c = s.nextc()
					if !isDigit(c) {
						s.backup(c)
						s.syntaxError("invalid decimal literal")
						return fail()
					}
				}
				if c != '0' {
					break
				}
				c = s.nextc()
			}
			zerosEnd := s.pos
			if isDigit(c) {
				nonzero = true
				if c = s.decimalTail(); c == eof-1 {
					return fail()
				}
			}
			switch {
			case c == '.':
				return s.fraction(s.nextc())
			case c == 'e' || c == 'E':
				return s.exponent(c)
			case c == 'j' || c == 'J':
				return s.imaginary()
			case nonzero:
				s.backup(c)
				s.syntaxErrorRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					s.tokStart+1-s.lineStart, zerosEnd-s.lineStart)
				return fail()
			}
			if !s.verifyEndOfNumber(c, "decimal") {
				return fail()
			}
		}
	} else {
		if c = s.decimalTail(); c == eof-1 {
			return fail()
		}
		switch {
		case c == '.':
			return s.fraction(s.nextc())
		case c == 'e' || c == 'E':
			return s.exponent(c)
		case c == 'j' || c == 'J':
			return s.imaginary()
		}
		if !s.verifyEndOfNumber(c, "decimal") {
			return fail()
		}
	}
	s.backup(c)
	return NUMBER, s.tokStart, s.pos, true
}

// fraction continues a number after its '.'; c is the character after
// the dot.
func (s *scanner) fraction(c int) (Kind, int, int, bool) {
	if isDigit(c) {
		if c = s.decimalTail(); c == eof-1 {
			return 0, 0, 0, false
		}
	}
	switch {
	case c == 'e' || c == 'E':
		return s.exponent(c)
	case c == 'j' || c == 'J':
		return s.imaginary()
	}
	if !s.verifyEndOfNumber(c, "decimal") {
		return 0, 0, 0, false
	}
	s.backup(c)
	return NUMBER, s.tokStart, s.pos, true
}

// exponent continues a number at its 'e' or 'E' (e).
func (s *scanner) exponent(e int) (Kind, int, int, bool) {
	c := s.nextc()
	if c == '+' || c == '-' {
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.syntaxError("invalid decimal literal")
			return 0, 0, 0, false
		}
	} else if !isDigit(c) {
		s.backup(c)
		if !s.verifyEndOfNumber(e, "decimal") {
			return 0, 0, 0, false
		}
		s.backup(e)
		return NUMBER, s.tokStart, s.pos, true
	}
	if c = s.decimalTail(); c == eof-1 {
		return 0, 0, 0, false
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if !s.verifyEndOfNumber(c, "decimal") {
		return 0, 0, 0, false
	}
	s.backup(c)
	return NUMBER, s.tokStart, s.pos, true
}

// imaginary ends a number at its 'j' or 'J'.
func (s *scanner) imaginary() (Kind, int, int, bool) {
	c := s.nextc()
	if !s.verifyEndOfNumber(c, "imaginary") {
		return 0, 0, 0, false
	}
	s.backup(c)
	return NUMBER, s.tokStart, s.pos, true
}

// decimalTail reads the digits (and single underscores between them)
// that follow a digit, returning the first other character, or eof-1
// after recording an error.
func (s *scanner) decimalTail() int {
	for {
		c := s.nextc()
		for isDigit(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.syntaxError("invalid decimal literal")
			return eof - 1
		}
	}
}

// verifyEndOfNumber checks the character c that follows a numeric
// literal. A keyword that may legally follow a number ("1if x else y")
// draws CPython's SyntaxWarning; any other identifier character is an
// error ("invalid decimal literal"); a non-ASCII character is left to
// the next token.
func (s *scanner) verifyEndOfNumber(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning", Msg: "invalid " + kind + " literal",
			Filename: s.filename, Lineno: int(s.line)})
		return true
	}
	if c < 128 && isPotentialIdentifierChar(c) {
		s.backup(c)
		s.syntaxError("invalid " + kind + " literal")
		return false
	}
	return true
}

// lookahead reports whether the next characters are word followed by a
// character that cannot continue an identifier; it reads nothing.
func (s *scanner) lookahead(word string) bool {
	save := s.pos
	for i := 0; i < len(word); i++ {
		if s.pos >= s.inp || int(s.src[s.pos]) != int(word[i]) {
			s.pos = save
			return false
		}
		s.pos++
	}
	res := s.pos >= s.inp || !isPotentialIdentifierChar(int(s.src[s.pos]))
	s.pos = save
	return res
}
