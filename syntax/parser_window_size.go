package syntax

import "strings"

// Sizing the token window. The window holds the tokens of the current
// top-level statement, less those that compact drops: at most about two
// statements of the top-level statement's block, with its header. Growing
// it by doubling from a small start would allocate about as much again in
// arrays that are thrown away. So the parser looks for the longest two
// consecutive statements at the first two levels of indentation before it
// starts, in a quick pass over the lines, counts their tokens roughly, and
// allocates the window for that many. Where the pass misjudges a
// statement (one whose strings hold lines that look like statements),
// the window still grows.

// windowTokens returns the capacity for the token window over src.
func windowTokens(src string) int {
	a, b := largestStatements(src)
	n := estimateTokens(src[a:b])
	return n + n/8 + tokenSlack
}

// largestStatements returns the byte range of the longest two
// consecutive pieces of src, a piece being a run of lines that starts
// with a line that seems to start a statement of the first two levels
// (see startsStatement) and ends before the next one.
func largestStatements(src string) (int, int) {
	bestA, bestB := 0, 0
	prev, start := 0, 0 // the starts of the last two pieces
	for i := 0; i < len(src); {
		if i > start && startsStatement(src[i:]) {
			if i-prev > bestB-bestA {
				bestA, bestB = prev, i
			}
			prev, start = start, i
		}
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	if len(src)-prev > bestB-bestA {
		bestA, bestB = prev, len(src)
	}
	return bestA, bestB
}

// startsStatement reports whether a line (line is the source from its
// start on) seems to start a statement at the first level, or indented
// by at most 4 columns: anything but a blank line, a comment, a closing
// bracket, or a clause that continues a statement such as else.
func startsStatement(line string) bool {
	i := 0
	for i < len(line) && i < 5 && line[i] == ' ' {
		i++
	}
	if i == 0 && line[0] == '\t' {
		i = 1
	}
	if i == len(line) || i == 5 {
		return false
	}
	line = line[i:]
	switch line[0] {
	case ' ', '\t', '\f', '\n', '#', ')', ']', '}':
		return false
	case 'e':
		return !strings.HasPrefix(line, "else") && !strings.HasPrefix(line, "elif") && !strings.HasPrefix(line, "except")
	case 'f':
		return !strings.HasPrefix(line, "finally")
	}
	return true
}

// Byte classes for estimateTokens, as bits: a byte of a name or number,
// an operator character, or one that needs a closer look.
const (
	bcName    = 1
	bcOp      = 2
	bcSpecial = 4
)

// byteClasses maps each byte to its class bits (0 for blanks and line
// continuations, which make no token).
var byteClasses = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c >= 0x80:
			t[c] = bcName
		case c == ' ', c == '\t', c == '\f', c == '\r', c == '\\':
		case c == '\n', c == '#', c == '\'', c == '"', c == '(', c == '[', c == '{', c == ')', c == ']', c == '}':
			t[c] = bcSpecial
		default:
			t[c] = bcOp
		}
	}
	return t
}()

// estimateTokens returns about as many tokens as src holds: a name or
// number, an operator character, a bracket, a string literal (with its
// prefix) and the end of a line outside brackets count one each;
// comments and the text of strings count nothing. It counts each
// character of a multi-character operator, which about makes up for the
// INDENT and DEDENT tokens it does not see.
func estimateTokens(src string) int {
	n, depth := 0, 0
	prevName := uint8(0)
	for i := 0; i < len(src); i++ {
		c := src[i]
		k := byteClasses[c]
		if k&bcSpecial == 0 {
			name := k & bcName
			n += int(k>>1) + int(name&^prevName)
			prevName = name
			continue
		}
		switch c {
		case '\n':
			if depth <= 0 {
				n++
			}
		case '#':
			if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
				i += j - 1
			} else {
				i = len(src)
			}
		case '\'', '"':
			if prevName == 0 {
				n++ // else the prefix was counted
			}
			i = skipString(src, i) - 1
		case '(', '[', '{':
			depth++
			n++
		default:
			depth--
			n++
		}
		prevName = 0
	}
	return n
}

// skipString returns the offset after the string literal whose opening
// quote is at src[i] (or the end of src, or of the line for an
// unterminated one-quote string).
func skipString(src string, i int) int {
	q := src[i]
	if i+2 < len(src) && src[i+1] == q && src[i+2] == q {
		for i += 3; ; {
			j := strings.IndexByte(src[i:], q)
			if j < 0 {
				return len(src)
			}
			i += j
			if !escaped(src, i) && i+2 < len(src) && src[i+1] == q && src[i+2] == q {
				return i + 3
			}
			i++
		}
	}
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case q:
			return i + 1
		case '\n':
			return i
		}
	}
	return len(src)
}

// escaped reports whether src[i] follows an odd number of backslashes.
func escaped(src string, i int) bool {
	n := 0
	for i > 0 && src[i-1] == '\\' {
		i--
		n++
	}
	return n%2 == 1
}
