package syntax

import "fmt"

// noPos stands for CPython's -1 end column: the error has no end offset.
const noPos = -1

// raise sets a SyntaxError (or IndentationError) at the last token the
// parser fetched, as CPython's RAISE_SYNTAX_ERROR does, and returns nil
// for the rule to return.
func (p *parser) raise(typ, msg string) {
	if p.err != nil || p.failWindow() {
		return
	}
	idx := p.fill - 1
	if p.knownErrToken >= 0 {
		idx = p.knownErrToken
	}
	if idx < 0 {
		p.raiseAt(typ, 0, 0, 0, noPos, msg)
		return
	}
	t := &p.toks[idx]
	end := p.end(t)
	line, endLine := int(t.start.Line), int(end.Line)
	col, endCol := int(t.start.Col)+1, int(end.Col)+1
	if t.kind == INDENT || t.kind == DEDENT || t.kind == ENDMARKER || t.start.Col < 0 {
		// CPython's tokenizer gives these tokens no columns; the error
		// then points where the tokenizer stands.
		line, col = p.tokenizerPosAfter(t)
		endLine = line
		endCol = noPos
	}
	p.raiseAt(typ, line, col, endLine, endCol, msg)
}

// tokenizerPosAfter returns the line and the column (counted from 0, as
// CPython's tok->cur - tok->line_start) where CPython's tokenizer stands
// after producing t, for the tokens that have no position of their own.
func (p *parser) tokenizerPosAfter(t *ptok) (int, int) {
	switch {
	case t.start.Col < 0:
		// A token made at the end of the source.
	case t.kind == INDENT:
		return int(t.start.Line), int(t.start.Col)
	case t.kind == DEDENT:
		// At the end of a source without a final newline the tokenizer
		// stands at the end of the last line.
		line, col := int(t.start.Line), int(t.start.Col)
		if n := len(p.line(line)); col > n && line == p.numLines() {
			col = n
		}
		return line, col
	}
	// ENDMARKER: the tokenizer is at the end of the last line.
	n := p.numLines()
	if n == 0 {
		return 0, 0
	}
	return n, len(p.line(n))
}

// raiseSpan raises a SyntaxError covering span s (CPython's
// RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
func (p *parser) raiseSpan(s Span, msg string) {
	p.raiseAt("SyntaxError", int(s.Lineno), int(s.ColOffset)+1, int(s.EndLineno), int(s.EndColOffset)+1, msg)
}

// raiseRange raises a SyntaxError from the start of a to the end of b
// (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
func (p *parser) raiseRange(a, b Span, msg string) {
	p.raiseAt("SyntaxError", int(a.Lineno), int(a.ColOffset)+1, int(b.EndLineno), int(b.EndColOffset)+1, msg)
}

// raiseStartingFrom raises a SyntaxError from the start of a to where the
// tokenizer stands (CPython's RAISE_SYNTAX_ERROR_STARTING_FROM).
func (p *parser) raiseStartingFrom(a Span, msg string) {
	if p.err != nil || p.failWindow() {
		return
	}
	line, col := 0, 0
	if p.fill > 0 {
		t := &p.toks[p.fill-1]
		switch t.kind {
		case INDENT, DEDENT, ENDMARKER:
			line, col = p.tokenizerPosAfter(t)
		case NEWLINE:
			// The tokenizer stands after the newline character.
			line, col = int(p.end(t).Line), int(p.end(t).Col)+1
		default:
			line, col = int(p.end(t).Line), int(p.end(t).Col)
		}
	}
	p.raiseAt("SyntaxError", int(a.Lineno), int(a.ColOffset)+1, line, col, msg)
}

// raiseAt builds the error as CPython's _PyPegen_raise_error_known_location
// does: col and endCol are 1-based byte columns (endCol may be noPos or
// 0), converted to characters when the source declares its encoding.
func (p *parser) raiseAt(typ string, line, col, endLine, endCol int, msg string) {
	if p.err != nil || p.failWindow() {
		return
	}
	text := ""
	if p.fstr != nil {
		msg = "f-string: " + msg
		text = p.fstr.line(line)
		col -= p.fstr.col
		endCol -= p.fstr.col
	} else {
		text = p.errorLine(line)
	}
	if p.charOffsets && p.fstr == nil {
		col = byteToCharOffset(text, col)
		if endCol > 0 {
			endCol = byteToCharOffset(text, endCol)
		}
	}
	p.err = &Error{
		Type:      typ,
		Msg:       msg,
		Filename:  p.filename,
		Lineno:    line,
		Offset:    col,
		EndLineno: endLine,
		EndOffset: endCol,
		Text:      text,
	}
}

// raisef is raise with a formatted message.
func (p *parser) raisef(typ, format string, args ...any) {
	p.raise(typ, fmt.Sprintf(format, args...))
}

// errorLine returns the text CPython's parser gives a SyntaxError on
// line n when parsing a string: while its tokenizer still stands on that
// line, its current buffer, which starts at the first line of a token
// or backslash-continued line that runs onto line n; otherwise line n.
func (p *parser) errorLine(n int) string {
	cur := 0
	if p.fill > 0 && p.fill <= len(p.toks) {
		cur = int(p.end(p.at(p.fill - 1)).Line)
	}
	if cur != n {
		return p.line(n)
	}
	start := n
	for start > 1 {
		if s := p.multiLineTokenStart(start); s > 0 {
			start = s
			continue
		}
		if p.continues(start - 1) {
			start--
			continue
		}
		break
	}
	if start == n {
		return p.line(n)
	}
	a, b := int(p.lineStarts[start-1]), len(p.src)
	if n < len(p.lineStarts) {
		b = int(p.lineStarts[n])
	}
	return p.src[a:b]
}

// multiLineTokenStart returns the first line of a token that starts
// before line n and ends on or after it (0 if none).
func (p *parser) multiLineTokenStart(n int) int {
	for i := 0; i < p.ntoks; i++ {
		t := &p.toks[i]
		if int(t.start.Line) < n && int(p.end(t).Line) >= n && t.kind == STRING {
			return int(t.start.Line)
		}
		if int(t.start.Line) >= n {
			break
		}
	}
	return 0
}

// continues reports whether line n ends with a backslash continuation
// that follows a token on that line (CPython's tokenizer then reads the
// next line in the middle of a token, keeping its buffer; a line holding
// only a backslash, or a comment, does not).
func (p *parser) continues(n int) bool {
	var last *ptok
	for i := 0; i < p.ntoks; i++ {
		t := &p.toks[i]
		if int(t.start.Line) > n {
			break
		}
		if int(p.end(t).Line) == n && t.kind != NEWLINE && t.kind != INDENT && t.kind != DEDENT {
			last = t
		}
	}
	if last == nil {
		return false
	}
	line := p.line(n)
	rest := line[min(int(p.end(last).Col), len(line)):]
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ' ', '\t', '\f':
			continue
		case '\\':
			return rest[i+1:] == "\n"
		}
		return false
	}
	return false
}

// byteToCharOffset converts a 1-based byte offset in line to the number
// of characters in the first col bytes, as CPython's
// _PyPegen_byte_offset_to_character_offset does (a cut multi-byte
// character counts as one replacement character, and the offset is
// clipped to one past the end of the line).
func byteToCharOffset(line string, col int) int {
	if col > len(line)+1 {
		col = len(line) + 1
	}
	if col <= 0 {
		return col
	}
	n := 0
	b := line
	extra := 0
	if col > len(line) {
		extra = col - len(line)
		col = len(line)
	}
	b = line[:col]
	for i := 0; i < len(b); {
		c := b[i]
		size := 1
		switch {
		case c < 0x80:
		case c >= 0xF0:
			size = 4
		case c >= 0xE0:
			size = 3
		case c >= 0xC0:
			size = 2
		}
		if i+size > len(b) {
			size = len(b) - i
		}
		i += size
		n++
	}
	return n + extra
}

// setSyntaxError settles the error after the second pass, as CPython's
// _Pypegen_set_syntax_error does. lastTok is the furthest token of the
// first pass.
func (p *parser) setSyntaxError(lastTok int) {
	if p.err != nil {
		if p.err.Type == "SyntaxError" || p.err.Type == "IndentationError" || p.err.Type == "TabError" {
			if p.tokenizerOK() {
				p.checkRestOfSource()
			}
		}
		return
	}
	if p.fill == 0 || lastTok < 0 {
		p.raise("SyntaxError", "error at start before reading any input")
		return
	}
	t := &p.toks[lastTok]
	switch t.kind {
	case INDENT:
		p.raise("IndentationError", "unexpected indent")
		return
	case DEDENT:
		p.raise("IndentationError", "unexpected unindent")
		return
	}
	if t.kind == ENDMARKER || t.start.Col < 0 {
		// CPython's ENDMARKER has no columns (-1).
		p.raiseAt("SyntaxError", int(t.start.Line), 0, int(p.end(t).Line), 0, "invalid syntax")
	} else {
		p.raiseSpan(p.tokSpan(t), "invalid syntax")
	}
	p.checkRestOfSource()
}

// tokenizerOK reports whether CPython's tokenizer would still be in a
// good state: the parser has fetched neither the end marker nor the
// tokenizer's error.
func (p *parser) tokenizerOK() bool {
	return p.fill < len(p.toks)
}

// checkRestOfSource does what CPython does after a parser error: it
// tokenizes the rest of the source, and an error the tokenizer raises
// there replaces the parser's; so does an unclosed bracket opened on a
// line before the parser's error.
func (p *parser) checkRestOfSource() {
	if p.tokErr == nil || p.fill > p.ntoks {
		return
	}
	if p.tokErrRaised {
		p.err = p.tokErr
		return
	}
	parens := p.openParens
	if len(parens) == 0 {
		return
	}
	idx := p.fill - 1
	if p.knownErrToken >= 0 {
		idx = p.knownErrToken
	}
	errLine := 0
	if idx >= 0 {
		errLine = int(p.toks[idx].start.Line)
		if k := p.toks[idx].kind; k == INDENT || k == DEDENT || k == ENDMARKER {
			errLine, _ = p.tokenizerPosAfter(&p.toks[idx])
		}
	}
	last := parens[len(parens)-1]
	if errLine > int(last.Pos.Line) {
		p.err = p.unclosedParenError()
	}
}

// unclosedParenError is the "'(' was never closed" error for the
// innermost bracket open where tokenizing stopped.
func (p *parser) unclosedParenError() *Error {
	last := p.openParens[len(p.openParens)-1]
	saved := p.err
	p.err = nil
	p.raiseAt("SyntaxError", int(last.Pos.Line), int(last.Pos.Col)+1, int(last.Pos.Line), 0,
		fmt.Sprintf("'%c' was never closed", last.Char))
	e := p.err
	p.err = saved
	return e
}
