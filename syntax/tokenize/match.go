package tokenize

// The matchers below take a line as runes and a start index and return
// the end of the match, or -1. Each accepts exactly what the regular
// expression named in its comment accepts at that position.

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHex(r rune) bool {
	return isDigit(r) || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

// digitRun matches [0-9](?:_?[0-9])* and, with a different first-digit
// test, the other (?:_?[digit])+ forms: first must hold at p, then
// optional underscores each followed by a digit.
func digitRun(l []rune, p int, digit func(rune) bool) int {
	if p >= len(l) || !digit(l[p]) {
		return -1
	}
	p++
	for {
		if p < len(l) && digit(l[p]) {
			p++
		} else if p+1 < len(l) && l[p] == '_' && digit(l[p+1]) {
			p += 2
		} else {
			return p
		}
	}
}

// underscoredRun matches (?:_?[digit])+.
func underscoredRun(l []rune, p int, digit func(rune) bool) int {
	if p < len(l) && l[p] == '_' {
		if p+1 < len(l) && digit(l[p+1]) {
			return digitRun(l, p+1, digit)
		}
		return -1
	}
	return digitRun(l, p, digit)
}

// exponent matches [eE][-+]?[0-9](?:_?[0-9])*.
func exponent(l []rune, p int) int {
	if p >= len(l) || (l[p] != 'e' && l[p] != 'E') {
		return -1
	}
	p++
	if p < len(l) && (l[p] == '-' || l[p] == '+') {
		p++
	}
	return digitRun(l, p, isDigit)
}

// pointFloat matches
// (?:[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*)(?:Exponent)?.
func pointFloat(l []rune, p int) int {
	e := -1
	if d := digitRun(l, p, isDigit); d >= 0 && d < len(l) && l[d] == '.' {
		e = d + 1
		if f := digitRun(l, e, isDigit); f >= 0 {
			e = f
		}
	} else if p < len(l) && l[p] == '.' {
		e = digitRun(l, p+1, isDigit)
	}
	if e < 0 {
		return -1
	}
	if x := exponent(l, e); x >= 0 {
		e = x
	}
	return e
}

// expFloat matches [0-9](?:_?[0-9])*Exponent.
func expFloat(l []rune, p int) int {
	d := digitRun(l, p, isDigit)
	if d < 0 {
		return -1
	}
	return exponent(l, d)
}

// floatNumber matches group(Pointfloat, Expfloat).
func floatNumber(l []rune, p int) int {
	if e := pointFloat(l, p); e >= 0 {
		return e
	}
	return expFloat(l, p)
}

func isJ(l []rune, p int) bool { return p >= 0 && p < len(l) && (l[p] == 'j' || l[p] == 'J') }

// number matches group(Imagnumber, Floatnumber, Intnumber).
func number(l []rune, p int) int {
	// Imagnumber: [0-9](?:_?[0-9])*[jJ] | Floatnumber[jJ]
	if d := digitRun(l, p, isDigit); isJ(l, d) {
		return d + 1
	}
	if e := pointFloat(l, p); isJ(l, e) {
		return e + 1
	}
	if e := expFloat(l, p); isJ(l, e) {
		return e + 1
	}
	if e := floatNumber(l, p); e >= 0 {
		return e
	}
	// Intnumber: Hex | Bin | Oct | Dec
	if p+1 < len(l) && l[p] == '0' {
		switch l[p+1] {
		case 'x', 'X':
			if e := underscoredRun(l, p+2, isHex); e >= 0 {
				return e
			}
		case 'b', 'B':
			if e := underscoredRun(l, p+2, func(r rune) bool { return r == '0' || r == '1' }); e >= 0 {
				return e
			}
		case 'o', 'O':
			if e := underscoredRun(l, p+2, func(r rune) bool { return r >= '0' && r <= '7' }); e >= 0 {
				return e
			}
		}
	}
	// Decnumber: 0(?:_?0)* | [1-9](?:_?[0-9])*
	if p < len(l) && l[p] == '0' {
		return digitRun(l, p, func(r rune) bool { return r == '0' })
	}
	if p < len(l) && l[p] >= '1' && l[p] <= '9' {
		return digitRun(l, p, isDigit)
	}
	return -1
}

// stringPrefix returns the length of the StringPrefix alternative that is
// followed by a quote at p (0 for no prefix), or -1.
func stringPrefix(l []rune, p int) int {
	for k := 0; k <= 2 && p+k < len(l); k++ {
		c := l[p+k]
		if c == '\'' || c == '"' {
			if validPrefix(l[p : p+k]) {
				return k
			}
			return -1
		}
	}
	return -1
}

// validPrefix reports whether s is one of the module's string prefixes:
// b, r, u, f, br, rb, fr, rf in any case, or none.
func validPrefix(s []rune) bool {
	lower := func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	switch len(s) {
	case 0:
		return true
	case 1:
		switch lower(s[0]) {
		case 'b', 'r', 'u', 'f':
			return true
		}
	case 2:
		a, b := lower(s[0]), lower(s[1])
		return (a == 'b' && b == 'r') || (a == 'r' && b == 'b') || (a == 'f' && b == 'r') || (a == 'r' && b == 'f')
	}
	return false
}

// triple matches StringPrefix and three quotes of one kind and returns the end of the
// opening quotes.
func triple(l []rune, p int) int {
	k := stringPrefix(l, p)
	if k < 0 {
		return -1
	}
	q := p + k
	if q+2 < len(l) && l[q+1] == l[q] && l[q+2] == l[q] {
		return q + 3
	}
	return -1
}

// contStr matches ContStr: a prefix, a quote, then the body up to the
// closing quote or a backslash-newline that continues the string.
func contStr(l []rune, p int) int {
	k := stringPrefix(l, p)
	if k < 0 {
		return -1
	}
	q := l[p+k]
	for i := p + k + 1; i < len(l); {
		switch c := l[i]; {
		case c == q:
			return i + 1
		case c == '\n':
			return -1
		case c == '\\':
			if i+1 >= len(l) {
				return -1
			}
			if l[i+1] == '\n' {
				return i + 2
			}
			if l[i+1] == '\r' && i+2 < len(l) && l[i+2] == '\n' {
				return i + 3
			}
			i += 2
		default:
			i++
		}
	}
	return -1
}

// stringTail matches the rest of a string after its opening quotes (the
// Single, Double, Single3 and Double3 expressions), returning the end of
// the closing quotes.
func stringTail(l []rune, p int, quote rune, size int) int {
	for i := p; i < len(l); {
		c := l[i]
		switch {
		case c == '\\':
			if i+1 >= len(l) || l[i+1] == '\n' {
				return -1
			}
			i += 2
		case c == quote:
			if size == 1 {
				return i + 1
			}
			if i+2 < len(l) && l[i+1] == quote && l[i+2] == quote {
				return i + 3
			}
			i++
		default:
			i++
		}
	}
	return -1
}

// pseudoToken matches PseudoToken at pos: whitespace, then the first of
// PseudoExtras (backslash-newline, end of line, comment, triple-quote
// start), Number, Funny (newline, operator), ContStr and Name. It
// returns the span of the token after the whitespace.
func pseudoToken(l []rune, pos int) (start, end int, ok bool) {
	p := pos
	for p < len(l) && (l[p] == ' ' || l[p] == '\f' || l[p] == '\t') {
		p++
	}
	if p == len(l) {
		return p, p, true // \Z
	}
	c := l[p]
	if c == '\\' {
		if p+1 < len(l) && l[p+1] == '\n' {
			return p, p + 2, true
		}
		if p+2 < len(l) && l[p+1] == '\r' && l[p+2] == '\n' {
			return p, p + 3, true
		}
	}
	if c == '#' {
		e := p + 1
		for e < len(l) && l[e] != '\r' && l[e] != '\n' {
			e++
		}
		return p, e, true
	}
	if e := triple(l, p); e >= 0 {
		return p, e, true
	}
	if e := number(l, p); e >= 0 {
		return p, e, true
	}
	if c == '\n' {
		return p, p + 1, true
	}
	if c == '\r' && p+1 < len(l) && l[p+1] == '\n' {
		return p, p + 2, true
	}
	if p+3 <= len(l) && isOperator3(string(l[p:p+3])) {
		return p, p + 3, true
	}
	if p+2 <= len(l) && isOperator2(string(l[p:p+2])) {
		return p, p + 2, true
	}
	if isOperator1(c) {
		return p, p + 1, true
	}
	if e := contStr(l, p); e >= 0 {
		return p, e, true
	}
	if isWord(c) {
		e := p + 1
		for e < len(l) && isWord(l[e]) {
			e++
		}
		return p, e, true
	}
	return 0, 0, false
}
