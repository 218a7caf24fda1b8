package syntax

import "strings"

// String literals: implicit concatenation and f-strings, as CPython
// 3.11's Parser/string_parser.c does them. An f-string is one STRING
// token; its replacement fields are found by scanning the token's text
// and each field's expression is parsed by a parser of its own over
// "(" + expression + ")", whose node positions are then placed in the
// file. Every node an f-string makes (JoinedStr, its Constant parts,
// FormattedValue) spans the whole run of concatenated string tokens,
// except a format spec and its last literal part, which span the one
// token they come from.

// strings (memo): STRING+
func (p *parser) strings() Expr {
	if r, ok := p.memoGet(mStrings); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	for p.peek().kind == STRING {
		p.mark++
	}
	var res Expr
	if p.mark > mark {
		res = p.concatenateStrings(mark, p.mark)
	}
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mStrings, res)
	return res
}

// fstringState accumulates the parts of a (possibly concatenated)
// string: the literal text not yet turned into a Constant, and the parts
// made so far (CPython's FstringParser).
type fstringState struct {
	last    strings.Builder
	hasLast bool
	parts   []Expr
	fmode   bool
}

// addLiteral appends literal text (empty text is ignored).
func (st *fstringState) addLiteral(s string) {
	if s == "" {
		return
	}
	st.last.WriteString(s)
	st.hasLast = true
}

// strConstant turns the pending literal text into a Constant spanning
// sp; u gives it kind "u" (the first token has a lowercase u prefix).
func (st *fstringState) strConstant(sp Span, u bool) *Constant {
	c := &Constant{Span: sp, Value: st.last.String()}
	if u {
		c.Kind = "u"
	}
	st.last.Reset()
	st.hasLast = false
	return c
}

// finish returns the node for the state, spanning sp: a Constant for
// plain strings, a JoinedStr once an f-string took part.
func (st *fstringState) finish(sp Span, u bool) Expr {
	if !st.fmode {
		return st.strConstant(sp, u)
	}
	if st.hasLast {
		st.parts = append(st.parts, st.strConstant(sp, u))
	}
	return &JoinedStr{Span: sp, Values: st.parts}
}

// uPrefix reports whether a string token starts with a lowercase u,
// which gives its Constant kind "u".
func (p *parser) uPrefix(t *ptok) bool {
	return t.n > 0 && p.src[t.off] == 'u'
}

// spanTokens is the span from the start of a to the end of b.
func (p *parser) spanTokens(a, b *ptok) Span {
	e := p.end(b)
	return Span{Lineno: a.start.Line, ColOffset: a.start.Col, EndLineno: e.Line, EndColOffset: e.Col}
}

// concatenateStrings builds the node of the STRING tokens from index
// first up to end (CPython's _PyPegen_concatenate_strings).
func (p *parser) concatenateStrings(first, end int) Expr {
	firstTok, lastTok := p.at(first), p.at(end-1)
	bytesMode := false
	var bytesVal strings.Builder
	var st fstringState
	for i := first; i < end; i++ {
		t := p.at(i)
		prefix, body, quote := ParseStringToken(p.text(t))
		if i != first && bytesMode != prefix.Bytes {
			p.raise("SyntaxError", "cannot mix bytes and nonbytes literals")
			return nil
		}
		bytesMode = prefix.Bytes
		if prefix.Format {
			bodyStart := prefix.Len + quote
			if !p.concatFstring(&st, t, bodyStart, bodyStart+len(body), prefix.Raw, firstTok, lastTok) {
				return nil
			}
			continue
		}
		v, inv, err := DecodeStringBody(body, prefix.Raw, prefix.Bytes)
		if err != nil {
			p.stringError(t, err)
			return nil
		}
		if inv != nil {
			p.warn("DeprecationWarning", inv.Msg, t.start.Line)
		}
		switch v := v.(type) {
		case Bytes:
			bytesVal.WriteString(string(v))
		case string:
			st.addLiteral(v)
		}
	}
	if bytesMode {
		return &Constant{Span: p.spanTokens(firstTok, lastTok), Value: Bytes(bytesVal.String())}
	}
	return st.finish(p.spanTokens(firstTok, lastTok), p.uPrefix(firstTok))
}

// stringError raises the error of decoding a string literal: the
// message about non-ASCII bytes points at the token, the others (CPython
// turns codec errors into "(unicode error) ...") at the last token read.
func (p *parser) stringError(t *ptok, err *Error) {
	if strings.HasPrefix(err.Msg, "bytes can only contain ASCII") {
		p.raiseSpan(p.tokSpan(t), err.Msg)
		return
	}
	p.raise("SyntaxError", err.Msg)
}

// warn records a warning, once per message and line.
func (p *parser) warn(category, msg string, line int32) {
	for _, w := range p.warnings {
		if w.Category == category && w.Msg == msg && w.Lineno == int(line) {
			return
		}
	}
	p.warnings = append(p.warnings, Warning{Category: category, Msg: msg, Filename: p.filename, Lineno: int(line)})
}

// decodeFstringLiteral decodes a literal piece of an f-string as
// CPython's decode_unicode_with_escapes does: a backslash that ends the
// piece (before a replacement field) stands for itself.
func (p *parser) decodeFstringLiteral(piece string, raw bool, t *ptok) (string, bool) {
	if raw {
		return piece, true
	}
	tail := ""
	n := 0
	for i := len(piece) - 1; i >= 0 && piece[i] == '\\'; i-- {
		n++
	}
	if n%2 == 1 {
		piece, tail = piece[:len(piece)-1], "\\"
	}
	v, inv, err := DecodeStringBody(piece, false, false)
	if err != nil {
		p.stringError(t, err)
		return "", false
	}
	if inv != nil {
		p.warn("DeprecationWarning", inv.Msg, t.start.Line)
	}
	s, _ := v.(string)
	return s + tail, true
}

// fstringScan is the scanning state of one f-string token's body.
type fstringScan struct {
	t           *ptok
	text        string // the token's text
	pos, end    int    // the body still to scan, as offsets in text
	raw         bool
	first, last *ptok // the run of concatenated tokens
}

// concatFstring adds the parts of the f-string token t, whose body is
// text[start:end], to st (CPython's _PyPegen_FstringParser_ConcatFstring
// at the top level).
func (p *parser) concatFstring(st *fstringState, t *ptok, start, end int, raw bool, first, last *ptok) bool {
	sc := &fstringScan{t: t, text: p.text(t), pos: start, end: end, raw: raw, first: first, last: last}
	return p.fstringParts(st, sc, 0)
}

// fstringParts scans literal text and replacement fields into st until
// the end of the body (level 0) or a closing brace (in a format spec).
func (p *parser) fstringParts(st *fstringState, sc *fstringScan, level int) bool {
	st.fmode = true
	for {
		lit, more, ok := p.fstringLiteral(sc, level)
		if !ok {
			return false
		}
		st.addLiteral(lit)
		if more {
			continue
		}
		if sc.pos >= sc.end || sc.text[sc.pos] == '}' {
			break
		}
		exprText, fv := p.fstringExpr(sc, level)
		if fv == nil {
			return false
		}
		st.addLiteral(exprText)
		if st.hasLast {
			st.parts = append(st.parts, st.strConstant(p.spanTokens(sc.first, sc.last), p.uPrefix(sc.first)))
		}
		st.parts = append(st.parts, fv)
	}
	if level != 0 && (sc.pos >= sc.end || sc.text[sc.pos] != '}') {
		p.raise("SyntaxError", "f-string: expecting '}'")
		return false
	}
	return true
}

// fstringLiteral scans literal text up to a replacement field, the end
// of the body or (in a format spec) a closing brace. more reports a
// doubled brace: the literal ends with one brace and scanning goes on
// after the pair (CPython's fstring_find_literal).
func (p *parser) fstringLiteral(sc *fstringScan, level int) (lit string, more, ok bool) {
	s := sc.pos
	litStart := s
	text := sc.text
	litEnd := -1
	for s < sc.end {
		ch := text[s]
		s++
		if !sc.raw && ch == '\\' && s < sc.end {
			ch = text[s]
			s++
			if ch == 'N' {
				if s < sc.end {
					c := text[s]
					s++
					if c == '{' {
						for s < sc.end {
							c := text[s]
							s++
							if c == '}' {
								break
							}
						}
						continue
					}
				}
				continue
			}
			if ch == '{' {
				p.warn("DeprecationWarning", "invalid escape sequence '\\{'", sc.t.start.Line)
			}
		}
		if ch == '{' || ch == '}' {
			if level == 0 {
				if s < sc.end && text[s] == ch {
					sc.pos = s + 1
					litEnd = s
					more = true
					break
				}
				if ch == '}' {
					sc.pos = s - 1
					p.raise("SyntaxError", "f-string: single '}' is not allowed")
					return "", false, false
				}
			}
			s--
			break
		}
	}
	if litEnd < 0 {
		sc.pos = s
		litEnd = s
	}
	if litStart == litEnd {
		return "", more, true
	}
	lit, ok = p.decodeFstringLiteral(text[litStart:litEnd], sc.raw, sc.t)
	return lit, more, ok
}

// fstringExpr scans one replacement field starting at its '{' and
// returns the "=" debugging text (if any) and the FormattedValue
// (CPython's fstring_find_expr).
func (p *parser) fstringExpr(sc *fstringScan, level int) (string, Expr) {
	if level >= 2 {
		p.raise("SyntaxError", "f-string: expressions nested too deeply")
		return "", nil
	}
	text := sc.text
	sc.pos++ // the '{'
	exprStart := sc.pos
	var quote byte
	stringType := 0
	var parens []byte
	for ; sc.pos < sc.end; sc.pos++ {
		ch := text[sc.pos]
		if ch == '\\' {
			p.raise("SyntaxError", "f-string expression part cannot include a backslash")
			return "", nil
		}
		if quote != 0 {
			if ch == quote {
				if stringType == 3 {
					if sc.pos+2 < sc.end && text[sc.pos+1] == ch && text[sc.pos+2] == ch {
						sc.pos += 2
						stringType = 0
						quote = 0
					}
				} else {
					stringType = 0
					quote = 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			if sc.pos+2 < sc.end && text[sc.pos+1] == ch && text[sc.pos+2] == ch {
				stringType = 3
				sc.pos += 2
			} else {
				stringType = 1
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(parens) >= 200 {
				p.raise("SyntaxError", "f-string: too many nested parenthesis")
				return "", nil
			}
			parens = append(parens, ch)
		case ch == '#':
			p.raise("SyntaxError", "f-string expression part cannot include '#'")
			return "", nil
		case len(parens) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'):
			if sc.pos+1 < sc.end {
				next := text[sc.pos+1]
				if ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=' {
					sc.pos++
					continue
				}
				if ch == '>' || ch == '<' {
					continue
				}
			}
			goto scanned
		case ch == ']' || ch == '}' || ch == ')':
			if len(parens) == 0 {
				p.raise("SyntaxError", "f-string: unmatched '"+string(ch)+"'")
				return "", nil
			}
			opening := parens[len(parens)-1]
			parens = parens[:len(parens)-1]
			if !(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}') {
				p.raise("SyntaxError", "f-string: closing parenthesis '"+string(ch)+"' does not match opening parenthesis '"+string(opening)+"'")
				return "", nil
			}
		}
	}
scanned:
	exprEnd := sc.pos
	if quote != 0 {
		p.raise("SyntaxError", "f-string: unterminated string")
		return "", nil
	}
	if len(parens) > 0 {
		p.raise("SyntaxError", "f-string: unmatched '"+string(parens[len(parens)-1])+"'")
		return "", nil
	}
	if sc.pos >= sc.end {
		p.raise("SyntaxError", "f-string: expecting '}'")
		return "", nil
	}
	value := p.fstringCompileExpr(sc.t, exprStart, exprEnd)
	if value == nil {
		return "", nil
	}
	exprText := ""
	debug := false
	if text[sc.pos] == '=' {
		sc.pos++
		for sc.pos < sc.end && isPySpace(text[sc.pos]) {
			sc.pos++
		}
		exprText = text[exprStart:sc.pos]
		debug = true
	}
	conversion := -1
	if sc.pos < sc.end && text[sc.pos] == '!' {
		sc.pos++
		if sc.pos >= sc.end {
			p.raise("SyntaxError", "f-string: expecting '}'")
			return "", nil
		}
		conversion = int(text[sc.pos])
		sc.pos++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			p.raise("SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return "", nil
		}
	}
	if sc.pos >= sc.end {
		p.raise("SyntaxError", "f-string: expecting '}'")
		return "", nil
	}
	var spec Expr
	if text[sc.pos] == ':' {
		sc.pos++
		if sc.pos >= sc.end {
			p.raise("SyntaxError", "f-string: expecting '}'")
			return "", nil
		}
		var sub fstringState
		if !p.fstringParts(&sub, sc, level+1) {
			return "", nil
		}
		spec = sub.finish(p.tokSpan(sc.t), p.uPrefix(sc.t))
	}
	if sc.pos >= sc.end || text[sc.pos] != '}' {
		p.raise("SyntaxError", "f-string: expecting '}'")
		return "", nil
	}
	sc.pos++
	if debug && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	fv := &FormattedValue{Span: p.spanTokens(sc.first, sc.last), Value: value, Conversion: conversion, FormatSpec: spec}
	return exprText, fv
}

// isPySpace reports whether c is ASCII whitespace (Py_ISSPACE).
func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
