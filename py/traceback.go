package py

import (
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/syntax"
)

// tracebackRecursiveCutoff is how many identical consecutive entries are
// printed before "[Previous line repeated N more times]".
const tracebackRecursiveCutoff = 3

// Line returns the line number of the traceback entry (tb_lineno).
func (tb *Traceback) Line() int {
	return tb.frame.code.lineAt(tb.lasti)
}

// lineAt returns the source line of instruction i, or -1.
func (c *Code) lineAt(i int) int {
	pos := c.bc.Positions
	if i >= 0 && i < len(pos) {
		return int(pos[i].Line)
	}
	if i < 0 {
		return c.bc.FirstLineNo
	}
	return -1
}

// sourceLine returns line n (from 1) of a file, or "" when it cannot be
// read. Files are read once per interpreter.
func (in *Interpreter) sourceLine(filename string, n int) string {
	if n <= 0 || filename == "" || strings.HasPrefix(filename, "<") {
		return ""
	}
	lines, ok := in.sourceCache[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err == nil {
			text, _, derr := syntax.DecodeSource(data, filename)
			if derr == nil {
				lines = strings.SplitAfter(text, "\n")
			}
		}
		if in.sourceCache == nil {
			in.sourceCache = map[string][]string{}
		}
		in.sourceCache[filename] = lines
	}
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// PrintException writes the traceback and message of exc (and of the
// exceptions chained to it) as CPython's default sys.excepthook does.
func (t *Thread) PrintException(w io.Writer, exc *Exception) {
	var b strings.Builder
	t.formatExceptionChain(&b, exc, map[*Exception]bool{})
	io.WriteString(w, b.String())
}

func (t *Thread) formatExceptionChain(b *strings.Builder, exc *Exception, seen map[*Exception]bool) {
	seen[exc] = true
	if exc.cause != nil && !seen[exc.cause] {
		t.formatExceptionChain(b, exc.cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.context != nil && !exc.suppressContext && !seen[exc.context] {
		t.formatExceptionChain(b, exc.context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	t.formatException(b, exc)
}

// formatException writes one exception's traceback and final line.
func (t *Thread) formatException(b *strings.Builder, exc *Exception) {
	if exc.traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		t.formatTraceback(b, exc.traceback)
	}
	if exc.typ.IsSubtype(SyntaxErrorType) {
		t.formatSyntaxErrorLines(b, exc)
	}
	b.WriteString(t.exceptionHeadline(exc))
	b.WriteString("\n")
	if exc.dict != nil {
		if notes := exc.dict.GetString("__notes__"); notes != nil {
			if l, ok := notes.(*List); ok {
				for _, n := range l.items {
					s, err := StrOf(t, n)
					if err != nil {
						b.WriteString("<note str() failed>\n")
						continue
					}
					b.WriteString(s.s)
					b.WriteString("\n")
				}
			} else if r, err := Repr(t, notes); err == nil {
				b.WriteString(r.s + "\n")
			}
		}
	}
}

// exceptionHeadline is "module.Name: message" (module omitted for
// builtins and __main__).
func (t *Thread) exceptionHeadline(exc *Exception) string {
	typ := exc.typ
	name := typ.QualName
	if mod := typ.Dict.GetStr(dnModule); mod != nil {
		if ms, ok := mod.(*Str); ok {
			if ms.s != "builtins" && ms.s != "__main__" {
				name = ms.s + "." + name
			}
		} else {
			name = "<unknown>." + name
		}
	}
	var msg string
	if exc.typ.IsSubtype(SyntaxErrorType) {
		if m, ok := exc.attr("msg").(*Str); ok {
			msg = m.s
		} else if s, err := StrOf(t, exc); err == nil {
			msg = s.s
		}
	} else {
		s, err := StrOf(t, exc)
		if err != nil {
			return name + ": <exception str() failed>"
		}
		msg = s.s
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg + t.suggestion(exc)
}

// formatTraceback writes the entries of a traceback, folding runs of
// identical entries.
func (t *Thread) formatTraceback(b *strings.Builder, tb *Traceback) {
	var lastFile, lastName string
	lastLine, count := -2, 0
	for ; tb != nil; tb = tb.next {
		code := tb.frame.code
		file, name, line := code.filename.s, code.name.s, tb.Line()
		if file == lastFile && line == lastLine && name == lastName {
			count++
			if count > tracebackRecursiveCutoff {
				continue
			}
		} else {
			if count > tracebackRecursiveCutoff {
				writeRepeated(b, count-tracebackRecursiveCutoff)
			}
			lastFile, lastLine, lastName, count = file, line, name, 1
		}
		t.formatEntry(b, code, tb.lasti, line)
	}
	if count > tracebackRecursiveCutoff {
		writeRepeated(b, count-tracebackRecursiveCutoff)
	}
}

func writeRepeated(b *strings.Builder, n int) {
	if n == 1 {
		b.WriteString("  [Previous line repeated 1 more time]\n")
		return
	}
	b.WriteString(sprintf("  [Previous line repeated %d more times]\n", n))
}

// formatEntry writes "  File ..., line N, in name", the source line and
// the position markers.
func (t *Thread) formatEntry(b *strings.Builder, code *Code, lasti, line int) {
	lineText := "None"
	if line >= 0 {
		lineText = sprintf("%d", line)
	}
	b.WriteString(sprintf("  File \"%s\", line %s, in %s\n", code.filename.s, lineText, code.name.s))
	src := t.interp.sourceLine(code.filename.s, line)
	src = strings.TrimRight(src, "\r\n")
	stripped := strings.TrimSpace(src)
	if stripped == "" {
		return
	}
	b.WriteString("    " + stripped + "\n")
	if lasti < 0 || lasti >= len(code.bc.Positions) {
		return
	}
	pos := code.bc.Positions[lasti]
	if pos.Line < 0 || pos.EndLine < 0 || pos.Col < 0 || pos.EndCol < 0 || int(pos.Line) != line {
		return
	}
	start := byteToCharOffset(src, int(pos.Col))
	end := byteToCharOffset(src, int(pos.EndCol))
	indent := utf8.RuneCountInString(src) - utf8.RuneCountInString(strings.TrimLeft(src, " \t\f"))
	leftEnd, rightStart := -1, -1
	primary, secondary := "^", "^"
	if pos.Line == pos.EndLine {
		if start < end {
			seg := string([]rune(src)[start:end])
			if l, r, ok := caretAnchors(seg); ok {
				leftEnd, rightStart = l, r
				primary, secondary = "~", "^"
			}
		}
	} else {
		end = utf8.RuneCountInString(strings.TrimRight(src, " \t\f\r\n"))
	}
	strippedLen := utf8.RuneCountInString(stripped)
	hasSecondary := leftEnd != -1 || rightStart != -1
	if end-start >= strippedLen && !hasSecondary {
		return
	}
	if end <= start {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", start-indent))
	if hasSecondary {
		b.WriteString(strings.Repeat(primary, leftEnd))
		b.WriteString(strings.Repeat(secondary, rightStart-leftEnd))
		b.WriteString(strings.Repeat(primary, end-start-rightStart))
	} else {
		b.WriteString(strings.Repeat("^", end-start))
	}
	b.WriteString("\n")
}

// byteToCharOffset converts a UTF-8 byte offset in s to a code point
// offset.
func byteToCharOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return utf8.RuneCountInString(s[:off])
}

// caretAnchors finds, for an expression segment that is a binary
// operation or a subscript, the range to mark with ^ (the operator, or
// the brackets) inside the ~ of the whole expression, in code points from
// the segment's start.
func caretAnchors(seg string) (int, int, bool) {
	mod, err := syntax.ParseString(seg, "<string>", syntax.ModeExec, 0)
	if err != nil {
		return 0, 0, false
	}
	m, ok := mod.(*syntax.Module)
	if !ok || len(m.Body) != 1 {
		return 0, 0, false
	}
	es, ok := m.Body[0].(*syntax.ExprStmt)
	if !ok {
		return 0, 0, false
	}
	norm := func(off int) int { return byteToCharOffset(seg, off) }
	runes := []rune(seg)
	switch e := es.Value.(type) {
	case *syntax.BinOp:
		opStart := norm(int(e.Left.Position().EndColOffset))
		opEnd := norm(int(e.Right.Position().ColOffset))
		if opStart > opEnd || opEnd > len(runes) {
			return 0, 0, false
		}
		opStr := string(runes[opStart:opEnd])
		opOff := utf8.RuneCountInString(opStr) - utf8.RuneCountInString(strings.TrimLeft(opStr, " \t\f\n\\"))
		left := int(e.Left.Position().EndColOffset) + opOff
		right := left + 1
		opRunes := []rune(opStr)
		if opOff+1 < len(opRunes) && !isSpaceRune(opRunes[opOff+1]) {
			right++
		}
		for left < len(seg) && (isSpaceByte(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		return norm(left), norm(right), true
	case *syntax.Subscript:
		left := norm(int(e.Value.Position().EndColOffset))
		right := norm(int(e.Slice.Position().EndColOffset) + 1)
		for left < len(runes) && runes[left] != '[' {
			left++
		}
		for right < len(runes) && runes[right] != ']' {
			right++
		}
		if right < len(runes) {
			right++
		}
		return left, right, true
	}
	return 0, 0, false
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' || r == '\v'
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\v'
}

// formatSyntaxErrorLines writes the File/line/caret lines of a
// SyntaxError.
func (t *Thread) formatSyntaxErrorLines(b *strings.Builder, exc *Exception) {
	fn, _ := exc.attr("filename").(*Str)
	line, _ := exc.attr("lineno").(Int)
	if fn == nil {
		fn = NewStr("<string>")
	}
	if _, ok := exc.attr("lineno").(Int); !ok {
		return
	}
	b.WriteString(sprintf("  File \"%s\", line %d\n", fn.s, int64(line)))
	text, ok := exc.attr("text").(*Str)
	if !ok || text.s == "" {
		return
	}
	src := strings.TrimRight(text.s, "\n")
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	stripped := strings.TrimLeft(src, " \t\f")
	lead := utf8.RuneCountInString(src) - utf8.RuneCountInString(stripped)
	stripped = strings.TrimRight(stripped, " \t\f\r")
	b.WriteString("    " + stripped + "\n")
	off, ok := exc.attr("offset").(Int)
	if !ok || off < 1 {
		return
	}
	endOff := off
	if e, ok := exc.attr("end_offset").(Int); ok && e > off {
		if el, ok := exc.attr("end_lineno").(Int); !ok || el == line {
			endOff = e
		}
	}
	start := int(off) - 1 - lead
	if start < 0 {
		start = 0
	}
	n := int(endOff - off)
	if n < 1 {
		n = 1
	}
	if max := utf8.RuneCountInString(stripped) + 1 - start; n > max && max > 0 {
		n = max
	}
	b.WriteString("    " + strings.Repeat(" ", start) + strings.Repeat("^", n) + "\n")
}
