package syntax

import (
	"strconv"
	"strings"
)

// Report formats the error as CPython prints an uncaught SyntaxError
// (pythonrun.c, print_exception and print_error_text):
//
//	  File "x.py", line 3
//	    x = (1 +
//	        ^
//	SyntaxError: '(' was never closed
//
// The source line is printed without its leading whitespace, the carets
// cover offset to end offset on that line (one caret for
// IndentationError and TabError, which have no end), and offsets are
// used as CPython uses them, in bytes of the line's UTF-8 text. Errors
// without a line number (such as "source code string cannot contain
// null bytes") print the last line only.
func (e *Error) Report() string {
	var b strings.Builder
	if e.Lineno > 0 || e.Filename != "" {
		name := e.Filename
		b.WriteString("  File \"")
		b.WriteString(name)
		b.WriteString("\", line ")
		b.WriteString(strconv.Itoa(e.Lineno))
		b.WriteByte('\n')
		if e.Text != "" {
			endLine, endOffset := e.EndLineno, e.EndOffset
			if e.Type != "SyntaxError" {
				endLine, endOffset = e.Lineno, -1
			}
			if endLine == 0 {
				endLine = e.Lineno
			}
			if endLine > e.Lineno {
				endOffset = len(e.Text)
			}
			if endOffset > len(e.Text)+1 {
				endOffset = len(e.Text) + 1
			}
			writeErrorText(&b, e.Offset, endOffset, e.Text)
		}
	}
	b.WriteString(e.Type)
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	b.WriteByte('\n')
	return b.String()
}

// writeErrorText writes the source line and the caret line as CPython's
// print_error_text does. offset and endOffset are 1-based (0 or less:
// unknown).
func writeErrorText(b *strings.Builder, offset, endOffset int, text string) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if n >= len(text) || text[n] != '\n' {
		b.WriteByte('\n')
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}
