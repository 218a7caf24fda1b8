package py

import (
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/syntax"
	"golang.org/x/text/width"
)

// The position markers drawn under the source line of a traceback entry
// ("~~~^^^~~~"). CPython draws them twice, in C for the reports of
// uncaught exceptions and in Python for the traceback module, with small
// differences (trailing whitespace, wide characters, how the module mixes
// byte and character offsets in binary operations); kaa draws both here,
// so that each matches its CPython counterpart.

// caretLine returns the marker line of CPython's own exception reports
// for source line src (as read: indentation kept, newline optional), or
// "" when none is shown. col and endCol are the UTF-8 byte offsets of
// the failing expression in src; sameLine tells whether it ends on this
// line (else the markers run to the end of the line).
func caretLine(src string, sameLine bool, col, endCol int) string {
	text := strings.TrimRight(src, "\r\n")
	body := strings.TrimLeft(text, " \t\f")
	if strings.TrimSpace(body) == "" {
		return ""
	}
	indent := utf8.RuneCountInString(text) - utf8.RuneCountInString(body)
	start := byteToCharOffset(text, col)
	end := byteToCharOffset(text, endCol)
	left, right, anchored := -1, -1, false
	if sameLine {
		if start < end {
			left, right, anchored = caretAnchors(string([]rune(text)[start:end]), false)
		}
	} else {
		end = utf8.RuneCountInString(strings.TrimRight(text, " \t\f"))
	}
	if end-start == utf8.RuneCountInString(body) && !anchored {
		return ""
	}
	if end <= start {
		return ""
	}
	// Columns are counted as a terminal shows them (wide characters
	// take two).
	runes := []rune(text)
	dpStart, dpEnd := displayWidth(runes, start), displayWidth(runes, end)
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(dpStart-displayWidth(runes, indent), 0)))
	if anchored {
		dpLeft, dpRight := displayWidth(runes, start+left), displayWidth(runes, start+right)
		b.WriteString(strings.Repeat("~", dpLeft-dpStart))
		b.WriteString(strings.Repeat("^", dpRight-dpLeft))
		b.WriteString(strings.Repeat("~", max(dpEnd-dpRight, 0)))
	} else {
		b.WriteString(strings.Repeat("^", dpEnd-dpStart))
	}
	b.WriteString("\n")
	return b.String()
}

// moduleCaretLine returns the marker line that the traceback module's
// StackSummary.format_frame_summary draws for a FrameSummary whose
// original line is line, or "".
func moduleCaretLine(line string, sameLine bool, col, endCol int) string {
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return ""
	}
	strippedLen := utf8.RuneCountInString(stripped)
	strippedChars := utf8.RuneCountInString(line) - strippedLen
	start := byteToCharOffset(line, col)
	end := byteToCharOffset(line, endCol)
	runes := []rune(line)
	var segment []rune
	left, right, anchored := 0, 0, false
	if sameLine {
		if start <= end && end <= len(runes) {
			segment = runes[start:end]
			left, right, anchored = caretAnchors(string(segment), true)
		}
	} else {
		end = utf8.RuneCountInString(strings.TrimRightFunc(line, tbIsSpace))
	}
	if !(end-start < strippedLen || (anchored && right-left > 0)) {
		return ""
	}
	dpStart := displayWidth(runes, start) + 1
	dpEnd := displayWidth(runes, end) + 1
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(dpStart-strippedChars, 0)))
	if anchored {
		dpLeft := displayWidth(segment, left)
		dpRight := displayWidth(segment, right)
		b.WriteString(strings.Repeat("~", max(dpLeft, 0)))
		b.WriteString(strings.Repeat("^", max(dpRight-dpLeft, 0)))
		b.WriteString(strings.Repeat("~", max(dpEnd-dpStart-dpRight, 0)))
	} else {
		b.WriteString(strings.Repeat("^", max(dpEnd-dpStart, 0)))
	}
	b.WriteString("\n")
	return b.String()
}

// displayWidth is the width of the first n code points of s on a
// terminal: East Asian wide and fullwidth characters count twice.
func displayWidth(s []rune, n int) int {
	if n > len(s) {
		n = len(s)
	}
	w := 0
	for _, r := range s[:max(n, 0)] {
		if r >= 0x80 {
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				w += 2
				continue
			}
		}
		w++
	}
	return w
}

func tbIsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && strings.TrimSpace(string(r)) == ""
}

// caretAnchors finds, for an expression segment that is a binary
// operation or a subscript, the range to mark with ^ (the operator, or
// the brackets) inside the ~ of the whole expression, in code points from
// the segment's start. moduleQuirk reproduces the traceback module's
// arithmetic for binary operations, which adds a character count to a
// byte offset (visible when non-ASCII text precedes the operator).
func caretAnchors(seg string, moduleQuirk bool) (int, int, bool) {
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
		leftEnd := int(e.Left.Position().EndColOffset)
		opStart := norm(leftEnd)
		opEnd := norm(int(e.Right.Position().ColOffset))
		if opStart > opEnd || opEnd > len(runes) {
			return 0, 0, false
		}
		op := runes[opStart:opEnd]
		opOff := 0
		for opOff < len(op) && tbIsSpace(op[opOff]) {
			opOff++
		}
		if moduleQuirk {
			left := leftEnd + opOff
			right := left + 1
			if opOff+1 < len(op) && !tbIsSpace(op[opOff+1]) {
				right++
			}
			for left < len(runes) && (tbIsSpace(runes[left]) || runes[left] == ')' || runes[left] == '#') {
				left++
				right++
			}
			return norm(left), norm(right), true
		}
		// In characters: the first operator character after the left
		// operand, skipping whitespace, closing brackets and comments.
		left := opStart + opOff
		right := left + 1
		if opOff+1 < len(op) && !tbIsSpace(op[opOff+1]) {
			right++
		}
		for left < len(runes) && (tbIsSpace(runes[left]) || runes[left] == ')' || runes[left] == '#') {
			left++
			right++
		}
		return left, right, true
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

// sysCaretLine is sys._kaa_caret_line(line, lineno, end_lineno, colno,
// end_colno): the marker line of a traceback.FrameSummary, or "".
func sysCaretLine(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("_kaa_caret_line", args, kw, 5, 5); err != nil {
		return nil, err
	}
	src, ok := args[0].(*Str)
	if !ok {
		return NewStr(""), nil
	}
	var nums [4]int
	for i, o := range args[1:] {
		n, ok := o.(Int)
		if !ok {
			if i == 1 { // end_lineno None: not on one line
				nums[i] = -1
				continue
			}
			return NewStr(""), nil
		}
		nums[i] = int(n)
	}
	if nums[2] < 0 || nums[3] < 0 {
		return NewStr(""), nil
	}
	return NewStr(moduleCaretLine(src.s, nums[0] == nums[1], nums[2], nums[3])), nil
}
