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
// exceptions chained to it) as CPython's default sys.excepthook does,
// drawing exception groups with their nested exceptions.
func (t *Thread) PrintException(w io.Writer, exc *Exception) {
	var b strings.Builder
	ctx := &tbContext{seen: map[*Exception]bool{}, limit: -1}
	if lim, ok := t.interp.sys.Get("tracebacklimit").(Int); ok {
		ctx.limit, ctx.fromEnd = max(int(lim), 0), true
	}
	t.formatExceptionTree(&b, ctx, exc, true)
	io.WriteString(w, b.String())
}

// Limits of exception group printing, as CPython's.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// tbContext is the state of printing nested exception groups.
type tbContext struct {
	seen      map[*Exception]bool
	depth     int
	needClose bool
	// limit and fromEnd select traceback entries (limit < 0: all).
	limit   int
	fromEnd bool
}

func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with every line indented for the current group depth
// and margin character.
func (c *tbContext) emit(b *strings.Builder, text string, margin byte) {
	prefix := c.indent()
	if c.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		b.WriteString(prefix)
		b.WriteString(line)
	}
}

// formatExceptionTree writes exc with its chain (causes and contexts
// first) and, for exception groups, their members.
func (t *Thread) formatExceptionTree(b *strings.Builder, ctx *tbContext, exc *Exception, chain bool) {
	type link struct {
		msg string
		exc *Exception
	}
	var out []link
	for e, msg := exc, ""; e != nil; {
		out = append(out, link{msg, e})
		ctx.seen[e] = true
		var next *Exception
		switch {
		case e.cause != nil && chain:
			next, msg = e.cause, "\nThe above exception was the direct cause of the following exception:\n\n"
		case e.context != nil && !e.suppressContext && chain:
			next, msg = e.context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		if next != nil && ctx.seen[next] {
			next = nil
		}
		e = next
	}
	for i := len(out) - 1; i >= 0; i-- {
		e := out[i].exc
		if !isExceptionGroup(e) {
			var tb strings.Builder
			if e.traceback != nil && ctx.limit != 0 {
				tb.WriteString("Traceback (most recent call last):\n")
				t.formatTracebackLimit(&tb, e.traceback, ctx.limit, ctx.fromEnd)
			}
			t.formatExceptionOnly(&tb, e)
			ctx.emit(b, tb.String(), '|')
		} else if ctx.depth > maxGroupDepth {
			ctx.emit(b, sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		} else {
			top := ctx.depth == 0
			if top {
				ctx.depth++
			}
			if e.traceback != nil {
				margin := byte('|')
				if top {
					margin = '+'
				}
				ctx.emit(b, "Exception Group Traceback (most recent call last):\n", margin)
				var tb strings.Builder
				t.formatTracebackLimit(&tb, e.traceback, ctx.limit, ctx.fromEnd)
				ctx.emit(b, tb.String(), '|')
			}
			var only strings.Builder
			t.formatExceptionOnly(&only, e)
			ctx.emit(b, only.String(), '|')
			members := excGroupMembers(e)
			n := len(members)
			if n > maxGroupWidth {
				n = maxGroupWidth + 1
			}
			ctx.needClose = false
			for k := 0; k < n; k++ {
				last := k == n-1
				if last {
					ctx.needClose = true
				}
				truncated := k >= maxGroupWidth
				title := sprintf("%d", k+1)
				if truncated {
					title = "..."
				}
				lead := "  "
				if k == 0 {
					lead = "+-"
				}
				b.WriteString(ctx.indent() + lead + "+---------------- " + title + " ----------------\n")
				ctx.depth++
				if !truncated {
					if me, ok := members[k].(*Exception); ok {
						t.formatExceptionTree(b, ctx, me, chain)
					}
				} else {
					remaining := len(members) - maxGroupWidth
					ctx.emit(b, sprintf("and %d more exception%s\n", remaining, plural(remaining)), '|')
				}
				if last && ctx.needClose {
					b.WriteString(ctx.indent() + "+------------------------------------\n")
					ctx.needClose = false
				}
				ctx.depth--
			}
			if top {
				ctx.depth = 0
			}
		}
		if i > 0 && out[i].msg != "" {
			// out[i].msg tells how out[i-1] relates to out[i].
			ctx.emit(b, out[i].msg, '|')
		}
	}
}

// formatExceptionOnly writes the last lines of an exception's report:
// the SyntaxError location, "Type: message" and the notes.
func (t *Thread) formatExceptionOnly(b *strings.Builder, exc *Exception) {
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
	t.formatTracebackLimit(b, tb, -1, false)
}

// formatTracebackLimit writes at most limit entries (all when limit < 0):
// the first ones, or the last ones when fromEnd is set (as sys.tracebacklimit
// selects).
func (t *Thread) formatTracebackLimit(b *strings.Builder, tb *Traceback, limit int, fromEnd bool) {
	if limit >= 0 {
		var entries []*Traceback
		for e := tb; e != nil; e = e.next {
			entries = append(entries, e)
		}
		if limit < len(entries) {
			if fromEnd {
				entries = entries[len(entries)-limit:]
			} else {
				entries = entries[:limit]
			}
		}
		if len(entries) == 0 {
			return
		}
		// Re-link a copy of the selected entries.
		copies := make([]Traceback, len(entries))
		for i, e := range entries {
			copies[i] = *e
			copies[i].next = nil
			if i > 0 {
				copies[i-1].next = &copies[i]
			}
		}
		tb = &copies[0]
	}
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
	if strings.TrimSpace(src) == "" {
		return
	}
	// CPython's printer removes the indentation and keeps trailing
	// whitespace.
	b.WriteString("    " + strings.TrimLeft(src, " \t\f") + "\n")
	if lasti < 0 || lasti >= len(code.bc.Positions) {
		return
	}
	pos := code.bc.Positions[lasti]
	if pos.Line < 0 || pos.EndLine < 0 || pos.Col < 0 || pos.EndCol < 0 || int(pos.Line) != line {
		return
	}
	b.WriteString(caretLine(src, pos.Line == pos.EndLine, int(pos.Col), int(pos.EndCol)))
}

// byteToCharOffset converts a UTF-8 byte offset in s to a code point
// offset.
func byteToCharOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return utf8.RuneCountInString(s[:off])
}

// formatSyntaxErrorLines writes the File/line/caret lines of a
// SyntaxError as CPython's print_exception_file_and_line and
// print_error_text do.
func (t *Thread) formatSyntaxErrorLines(b *strings.Builder, exc *Exception) {
	fn := "<string>"
	if s, ok := exc.attr("filename").(*Str); ok {
		fn = s.s
	}
	intAttr := func(name string, def int) int {
		if v, ok := exc.attr(name).(Int); ok {
			return int(v)
		}
		return def
	}
	lineno := intAttr("lineno", 0)
	offset := intAttr("offset", -1)
	endLineno, endOffset := lineno, -1
	if exc.typ == SyntaxErrorType {
		endLineno = intAttr("end_lineno", lineno)
		endOffset = intAttr("end_offset", -1)
	}
	b.WriteString(sprintf("  File \"%s\", line %d\n", fn, lineno))
	textObj, ok := exc.attr("text").(*Str)
	if !ok {
		return
	}
	text := textObj.s
	size := utf8.RuneCountInString(text)
	if endLineno > lineno {
		endOffset = size
	}
	if endOffset > size+1 {
		endOffset = size + 1
	}
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	runes := []rune(text)
	off := offset - 1
	for len(runes) > 0 && (runes[0] == ' ' || runes[0] == '\t' || runes[0] == '\f') {
		runes = runes[1:]
		off--
	}
	n := len(runes)
	if n > 0 && runes[n-1] == '\n' {
		n--
	}
	if off > n {
		off = n
	}
	for {
		nl := -1
		for i, r := range runes {
			if r == '\n' {
				nl = i
				break
			}
		}
		if nl < 0 || nl >= off {
			break
		}
		runes = runes[nl+1:]
		n -= nl + 1
		off -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(string(runes))
	if n < 0 || n >= len(runes) || runes[n] != '\n' {
		b.WriteString("\n")
	}
	if off < 0 {
		return
	}
	b.WriteString("    " + strings.Repeat(" ", off) + strings.Repeat("^", carets) + "\n")
}
