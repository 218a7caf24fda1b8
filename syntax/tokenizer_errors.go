package syntax

import "strings"

// syntaxError records an error that CPython's tokenizer raises itself,
// located just before the scanner's position on the current line.
func (s *scanner) syntaxError(msg string) {
	col := runeCountReplace(s.src[s.lineStart:s.pos])
	s.raiseRange(msg, col, col)
}

// syntaxErrorRange records a raised error with explicit 1-based offsets
// (CPython passes byte counts here, which we keep).
func (s *scanner) syntaxErrorRange(msg string, col, endCol int) {
	s.raiseRange(msg, col, endCol)
}

func (s *scanner) raiseRange(msg string, col, endCol int) {
	end := strings.IndexByte(s.src[s.lineStart:], '\n')
	if end < 0 {
		end = len(s.src) - s.lineStart
	}
	s.err = &Error{
		Type:      "SyntaxError",
		Msg:       msg,
		Filename:  s.filename,
		Lineno:    int(s.line),
		Offset:    col,
		EndLineno: int(s.line),
		EndOffset: endCol,
		Text:      decodeReplace(s.src[s.lineStart : s.lineStart+end]),
	}
	s.raised = true
}

// pegenError records an error the way CPython's parser reports a failed
// token: col and endCol are byte offsets as the parser computes them
// (1-based, or 0 / -1 for none), converted to characters over the error
// line (unless the options ask for bytes), which is the tokenizer's
// buffered text when it still holds the error's line and the bare source
// line otherwise.
func (s *scanner) pegenError(typ, msg string, lineno int32, col, endCol int) {
	var line string
	if s.line <= lineno && s.inp > s.buf {
		line = s.src[s.buf:s.inp]
	} else {
		line = sourceLine(s.src, int(lineno))
	}
	off, endOff := col, endCol
	if !s.byteOffsets {
		off = tokByteToCharOffset(line, col)
		if endCol > 0 {
			endOff = tokByteToCharOffset(line, endCol)
		}
	} else if off < 0 {
		off = 0
	}
	s.err = &Error{
		Type:      typ,
		Msg:       msg,
		Filename:  s.filename,
		Lineno:    int(lineno),
		Offset:    off,
		EndLineno: int(lineno),
		EndOffset: endOff,
		Text:      decodeReplace(line),
	}
}

// sourceLine returns line n (1-based) of src without its newline.
func sourceLine(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		return src[:j]
	}
	return src
}

// tokByteToCharOffset converts a byte offset into line to a character
// count, as CPython's _PyPegen_byte_offset_to_character_offset does
// (an offset just past the end counts the terminating NUL).
func tokByteToCharOffset(line string, col int) int {
	if col <= 0 {
		return 0
	}
	if col > len(line) {
		return runeCountReplace(line) + 1
	}
	return runeCountReplace(line[:col])
}
