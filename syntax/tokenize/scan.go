package tokenize

import (
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/internal/ucd"
	"github.com/kaa-lang/kaa/syntax"
)

const tabSize = 8

// Lines is the source as the module's readline returns it: lines that
// keep their line endings, and a function decoding each line to text.
type lines struct {
	raw    []string
	decode func(string) (string, error)
	next   int
	// read, when set, supplies the lines instead of raw (a readline
	// callable of the tokenize module's generate_tokens).
	read func() (string, error)
}

// readline returns the next decoded line, or "" at the end.
func (ls *lines) readline() (string, error) {
	if ls.read != nil {
		return ls.read()
	}
	if ls.next >= len(ls.raw) {
		return "", nil
	}
	s := ls.raw[ls.next]
	ls.next++
	if ls.decode == nil {
		return s, nil
	}
	return ls.decode(s)
}

// splitLines splits s after each "\n", as readline() of a binary file
// does.
func splitLines(s string) []string {
	out := make([]string, 0, strings.Count(s, "\n")+1)
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// scan is the module's _tokenize generator over the lines; encoding is
// the name reported in the ENCODING token, or "" for none. emit receives
// the tokens in order; scanning stops at the first error.
func scan(ls *lines, encoding string, emit func(Token)) error {
	lnum, parenlev := 0, 0
	continued := false
	var contstr strings.Builder
	inContStr, needcont := false, false
	var strstart [2]int
	var endQuote rune
	endSize := 0
	indents := []int{0}

	if encoding != "" {
		emit(Token{Type: syntax.ENCODING, String: encoding})
	}
	var lastLine, line, contline string
	var l []rune
	for {
		lastLine = line
		var err error
		line, err = ls.readline()
		if err != nil {
			return err
		}
		lnum++
		l = appendRunes(l[:0], line)
		pos, max := 0, len(l)

		if inContStr {
			if line == "" {
				return &Error{Kind: "TokenError", Msg: "EOF in multi-line string", Line: strstart[0], Col: strstart[1]}
			}
			if end := stringTail(l, 0, endQuote, endSize); end >= 0 {
				pos = end
				contstr.WriteString(runesString(l[:end]))
				emit(Token{Type: syntax.STRING, String: contstr.String(), Start: strstart, End: [2]int{lnum, end}, Line: contline + line})
				contstr.Reset()
				inContStr, needcont = false, false
			} else if needcont && !strings.HasSuffix(line, "\\\n") && !strings.HasSuffix(line, "\\\r\n") {
				contstr.WriteString(line)
				emit(Token{Type: syntax.ERRORTOKEN, String: contstr.String(), Start: strstart, End: [2]int{lnum, len(l)}, Line: contline})
				contstr.Reset()
				inContStr = false
				continue
			} else {
				contstr.WriteString(line)
				contline += line
				continue
			}
		} else if parenlev == 0 && !continued {
			if line == "" {
				break
			}
			column := 0
			for pos < max {
				switch l[pos] {
				case ' ':
					column++
				case '\t':
					column = (column/tabSize + 1) * tabSize
				case '\f':
					column = 0
				default:
					goto measured
				}
				pos++
			}
		measured:
			if pos == max {
				break
			}
			if c := l[pos]; c == '#' || c == '\r' || c == '\n' {
				if c == '#' {
					comment := strings.TrimRight(runesString(l[pos:]), "\r\n")
					n := runeLen(comment)
					emit(Token{Type: syntax.COMMENT, String: comment, Start: [2]int{lnum, pos}, End: [2]int{lnum, pos + n}, Line: line})
					pos += n
				}
				emit(Token{Type: syntax.NL, String: runesString(l[pos:]), Start: [2]int{lnum, pos}, End: [2]int{lnum, len(l)}, Line: line})
				continue
			}
			if column > indents[len(indents)-1] {
				indents = append(indents, column)
				emit(Token{Type: syntax.INDENT, String: runesString(l[:pos]), Start: [2]int{lnum, 0}, End: [2]int{lnum, pos}, Line: line})
			}
			for column < indents[len(indents)-1] {
				found := false
				for _, i := range indents {
					if i == column {
						found = true
						break
					}
				}
				if !found {
					return &Error{Kind: "IndentationError", Msg: "unindent does not match any outer indentation level", Line: lnum, Col: pos}
				}
				indents = indents[:len(indents)-1]
				emit(Token{Type: syntax.DEDENT, Start: [2]int{lnum, pos}, End: [2]int{lnum, pos}, Line: line})
			}
		} else {
			if line == "" {
				return &Error{Kind: "TokenError", Msg: "EOF in multi-line statement", Line: lnum, Col: 0}
			}
			continued = false
		}

		for pos < max {
			start, end, ok := pseudoToken(l, pos)
			if !ok {
				emit(Token{Type: syntax.ERRORTOKEN, String: runesString(l[pos : pos+1]), Start: [2]int{lnum, pos}, End: [2]int{lnum, pos + 1}, Line: line})
				pos++
				continue
			}
			spos, epos := [2]int{lnum, start}, [2]int{lnum, end}
			pos = end
			if start == end {
				continue
			}
			token, initial := l[start:end], l[start]
			switch {
			case isDigit(initial) || (initial == '.' && !(len(token) == 1 || len(token) == 3 && runesString(token) == "...")):
				emit(Token{Type: syntax.NUMBER, String: runesString(token), Start: spos, End: epos, Line: line})
			case initial == '\r' || initial == '\n':
				typ := syntax.NEWLINE
				if parenlev > 0 {
					typ = syntax.NL
				}
				emit(Token{Type: typ, String: runesString(token), Start: spos, End: epos, Line: line})
			case initial == '#':
				emit(Token{Type: syntax.COMMENT, String: runesString(token), Start: spos, End: epos, Line: line})
			case isTripleStart(token):
				q := token[len(token)-1]
				if e := stringTail(l, pos, q, 3); e >= 0 {
					pos = e
					emit(Token{Type: syntax.STRING, String: runesString(l[start:pos]), Start: spos, End: [2]int{lnum, pos}, Line: line})
				} else {
					strstart = spos
					contstr.Reset()
					contstr.WriteString(runesString(l[start:]))
					inContStr, endQuote, endSize = true, q, 3
					contline = line
					pos = max
				}
			case isSingleStart(token):
				if token[len(token)-1] == '\n' {
					strstart = spos
					q := quoteOf(token)
					contstr.Reset()
					contstr.WriteString(runesString(l[start:]))
					inContStr, needcont, endQuote, endSize = true, true, q, 1
					contline = line
					pos = max
				} else {
					emit(Token{Type: syntax.STRING, String: runesString(token), Start: spos, End: epos, Line: line})
				}
			case initial == '_' || ucd.IsXIDStart(initial):
				emit(Token{Type: syntax.NAME, String: runesString(token), Start: spos, End: epos, Line: line})
			case initial == '\\':
				continued = true
			default:
				switch initial {
				case '(', '[', '{':
					parenlev++
				case ')', ']', '}':
					parenlev--
				}
				emit(Token{Type: syntax.OP, String: runesString(token), Start: spos, End: epos, Line: line})
			}
		}
	}
	if lastLine != "" && !strings.HasSuffix(lastLine, "\n") && !strings.HasSuffix(lastLine, "\r") &&
		!strings.HasPrefix(strings.TrimSpace(lastLine), "#") {
		n := runeLen(lastLine)
		emit(Token{Type: syntax.NEWLINE, Start: [2]int{lnum - 1, n}, End: [2]int{lnum - 1, n + 1}})
	}
	for range indents[1:] {
		emit(Token{Type: syntax.DEDENT, Start: [2]int{lnum, 0}, End: [2]int{lnum, 0}})
	}
	emit(Token{Type: syntax.ENDMARKER, Start: [2]int{lnum, 0}, End: [2]int{lnum, 0}})
	return nil
}

// appendRunes appends the characters of s to dst. Lone surrogates in
// their 3-byte generalized UTF-8 form (which surrogateescape decoding of
// standard input produces) count as one character each.
func appendRunes(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, rune(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && c == 0xED && i+2 < len(s) && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			size = 3
		}
		dst = append(dst, r)
		i += size
	}
	return dst
}

// runeLen counts characters as appendRunes does.
func runeLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && s[i] == 0xED && i+2 < len(s) && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
			size = 3
		}
		n++
		i += size
	}
	return n
}

// runesString is the inverse of appendRunes.
func runesString(rs []rune) string {
	for _, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			var b strings.Builder
			for _, r := range rs {
				if r >= 0xD800 && r <= 0xDFFF {
					b.WriteByte(byte(0xE0 | r>>12))
					b.WriteByte(byte(0x80 | (r>>6)&0x3F))
					b.WriteByte(byte(0x80 | r&0x3F))
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return string(rs)
}

// isTripleStart reports whether token is a prefix and three quotes (the
// module's triple_quoted set).
func isTripleStart(t []rune) bool {
	n := len(t)
	if n < 3 || n > 5 {
		return false
	}
	q := t[n-1]
	return (q == '\'' || q == '"') && t[n-2] == q && t[n-3] == q && validPrefix(t[:n-3])
}

// isSingleStart reports whether the token begins with a prefix and a
// quote (the module's single_quoted test on its first three characters).
func isSingleStart(t []rune) bool {
	for k := 1; k <= 3 && k <= len(t); k++ {
		q := t[k-1]
		if (q == '\'' || q == '"') && validPrefix(t[:k-1]) {
			return true
		}
	}
	return false
}

// quoteOf returns the quote character that opens a string token.
func quoteOf(t []rune) rune {
	for _, r := range t {
		if r == '\'' || r == '"' {
			return r
		}
	}
	return '\''
}
