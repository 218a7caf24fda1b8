package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// Limits of CPython's tokenizer.
const (
	maxIndent = 100 // indentation levels (MAXINDENT)
	maxLevel  = 200 // bracket nesting (MAXLEVEL)
	tabSize   = 8
	eof       = -1
)

// scanner is the state of one tokenization, modelled on the state that
// CPython's tokenizer keeps, so that errors come out at the same
// positions: pos is the next byte to read, the current line is
// src[lineStart:inp] (inp is just past its '\n'), and buf is the start of
// the line on which the token being read began (CPython keeps that line
// in its buffer while a token continues over several lines).
type scanner struct {
	src       string
	filename  string
	typeCmts  bool
	pos       int
	inp       int
	lineStart int
	buf       int
	line      int32
	tokStart  int // start of the token being read; -1 when none

	atbol  bool
	pendin int
	indent int
	indstk [maxIndent]int32
	altstk [maxIndent]int32
	level  int
	parens []Paren // parens[:level] are the open brackets

	firstLine      int32 // first line of the current string token
	multiLineStart int   // start of that line

	byteOffsets bool // see TokenizerOptions.ByteOffsets

	finished bool // the ENDMARKER or an error came
	err      *Error
	raised   bool
	warnings []Warning
}

// newScanner returns a scanner over src with the given options, or an
// error when src holds a null byte (CPython refuses such a source before
// tokenizing it).
func newScanner(src string, opts TokenizerOptions) (*scanner, *Error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, &Error{Type: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: opts.Filename}
	}
	return &scanner{src: src, filename: opts.Filename, typeCmts: opts.TypeComments,
		byteOffsets: opts.ByteOffsets, atbol: true, tokStart: -1}, nil
}

// run tokenizes the whole source into t.
func (t *Tokenizer) run() {
	s, err := newScanner(t.src, t.opts)
	if err != nil {
		t.err, t.errRaised = err, true
		return
	}
	toks := make([]ptok, 0, initialTokens(len(t.src)))
	for {
		tok, ok := s.next()
		if !ok {
			break
		}
		if len(toks) == cap(toks) {
			toks = growTokens(toks, s.pos, len(s.src))
		}
		toks = append(toks, tok)
	}
	t.toks, t.err, t.errRaised, t.warnings = toks, s.err, s.raised, s.warnings
	t.indent = s.indent
	t.parens = s.openParens()
}

// openParens returns a copy of the brackets open where the scanner
// stands, outermost first.
func (s *scanner) openParens() []Paren {
	return append([]Paren(nil), s.parens[:s.level]...)
}

// next returns the next token. It reports false after the ENDMARKER and
// when the source has a lexical error, which s.err then holds.
func (s *scanner) next() (ptok, bool) {
	if s.finished {
		return ptok{}, false
	}
	kind, start, end, ok := s.get()
	if !ok {
		s.finished = true
		return ptok{}, false
	}
	if kind == ENDMARKER {
		s.finished = true
	}
	return s.token(kind, start, end), true
}

// token makes the token spanning src[start:end]. For INDENT, DEDENT and
// ENDMARKER, which have no text (start is -1), the position is where the
// scanner stands.
func (s *scanner) token(kind Kind, start, end int) ptok {
	tok := ptok{kind: kind}
	if start < 0 {
		p := Pos{Line: s.line, Col: int32(s.pos - s.lineStart)}
		tok.start = p
		return tok
	}
	if kind == STRING {
		tok.start = Pos{Line: s.firstLine, Col: int32(start - s.multiLineStart)}
		tok.lines = uint16(min(s.line-s.firstLine, maxTokLines))
	} else {
		tok.start = Pos{Line: s.line, Col: int32(start - s.lineStart)}
	}
	tok.off, tok.n = int32(start), int32(end-start)
	return tok
}

// nextc returns the next byte, or eof, reading the next line when the
// current one is exhausted.
func (s *scanner) nextc() int {
	if s.pos < s.inp {
		c := s.src[s.pos]
		s.pos++
		return int(c)
	}
	if s.pos >= len(s.src) {
		return eof
	}
	end := strings.IndexByte(s.src[s.pos:], '\n')
	if end < 0 {
		end = len(s.src)
	} else {
		end += s.pos + 1
	}
	if s.tokStart < 0 {
		s.buf = s.pos
	}
	s.lineStart = s.pos
	s.line++
	s.inp = end
	c := s.src[s.pos]
	s.pos++
	return int(c)
}

// backup un-reads c (nothing for eof).
func (s *scanner) backup(c int) {
	if c != eof {
		s.pos--
	}
}

// identByte marks the ASCII bytes that may continue a name.
var identByte = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
	}
	return t
}()

func isPotentialIdentifierStart(c int) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128
}

func isPotentialIdentifierChar(c int) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128
}

func isDigit(c int) bool { return c >= '0' && c <= '9' }

func isXDigit(c int) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// get returns the next token's kind and byte range (start is -1 for
// INDENT, DEDENT and ENDMARKER), or ok false after recording an error.
func (s *scanner) get() (kind Kind, start, end int, ok bool) {
nextline:
	s.tokStart = -1
	blankline := false
	if s.atbol {
		var col, altcol, contCol int32
		s.atbol = false
		var c int
		for {
			c = s.nextc()
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol++
			} else if c == '\f' {
				col, altcol = 0, 0
			} else if c == '\\' {
				if contCol == 0 {
					contCol = col
				}
				if c = s.continuation(); c == eof {
					return 0, 0, 0, false
				}
			} else {
				break
			}
		}
		s.backup(c)
		if c == '#' || c == '\n' {
			blankline = true
		}
		if !blankline && s.level == 0 {
			if contCol != 0 {
				col, altcol = contCol, contCol
			}
			switch {
			case col == s.indstk[s.indent]:
				if altcol != s.altstk[s.indent] {
					return s.indentError()
				}
			case col > s.indstk[s.indent]:
				if s.indent+1 >= maxIndent {
					s.pos = s.inp
					s.pegenError("IndentationError", "too many levels of indentation", s.line, 1, 0)
					return 0, 0, 0, false
				}
				if altcol <= s.altstk[s.indent] {
					return s.indentError()
				}
				s.pendin++
				s.indent++
				s.indstk[s.indent] = col
				s.altstk[s.indent] = altcol
			default:
				for s.indent > 0 && col < s.indstk[s.indent] {
					s.pendin--
					s.indent--
				}
				if col != s.indstk[s.indent] {
					s.pos = s.inp
					s.pegenError("IndentationError", "unindent does not match any outer indentation level",
						s.line, s.curCol(), -1)
					return 0, 0, 0, false
				}
				if altcol != s.altstk[s.indent] {
					return s.indentError()
				}
			}
		}
	}
	s.tokStart = s.pos
	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			return DEDENT, -1, -1, true
		}
		s.pendin--
		return INDENT, -1, -1, true
	}

again:
	s.tokStart = -1
	c := s.nextc()
	for c == ' ' || c == '\t' || c == '\f' {
		c = s.nextc()
	}
	s.tokStart = s.pos - 1

	if c == '#' {
		// A comment runs to the end of the line, which is in the buffer.
		if i := strings.IndexByte(s.src[s.pos:s.inp], '\n'); i >= 0 {
			s.pos += i
		} else {
			s.pos = s.inp
		}
		c = s.nextc()
		if s.typeCmts {
			if k, st, en, ok := s.typeComment(c, blankline); ok {
				return k, st, en, true
			}
		}
	}

	if c == eof {
		if s.level > 0 {
			s.unclosedBracket()
			return 0, 0, 0, false
		}
		return ENDMARKER, -1, -1, true
	}

	if isPotentialIdentifierStart(c) {
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			if !(sawB || sawU || sawF) && (c == 'b' || c == 'B') {
				sawB = true
			} else if !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U') {
				sawU = true
			} else if !(sawR || sawU) && (c == 'r' || c == 'R') {
				sawR = true
			} else if !(sawF || sawB || sawU) && (c == 'f' || c == 'F') {
				sawF = true
			} else {
				break
			}
			c = s.nextc()
			if c == '"' || c == '\'' {
				return s.stringToken(c)
			}
		}
		nonASCII := false
		if isPotentialIdentifierChar(c) {
			// The rest of the name is on the current line: scan it in place.
			if c >= 128 {
				nonASCII = true
			}
			p := s.pos
			for p < s.inp {
				b := s.src[p]
				if b >= 128 {
					nonASCII = true
				} else if !identByte[b] {
					break
				}
				p++
			}
			s.pos = p
		} else {
			s.backup(c)
		}
		if nonASCII && !s.verifyIdentifier() {
			return 0, 0, 0, false
		}
		return NAME, s.tokStart, s.pos, true
	}

	if c == '\n' {
		s.atbol = true
		if blankline || s.level > 0 {
			goto nextline
		}
		return NEWLINE, s.tokStart, s.pos - 1, true
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number(c, true)
		} else if c == '.' {
			c = s.nextc()
			if c == '.' {
				return ELLIPSIS, s.tokStart, s.pos, true
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return DOT, s.tokStart, s.pos, true
	}

	if isDigit(c) {
		return s.number(c, false)
	}

	if c == '\'' || c == '"' {
		return s.stringToken(c)
	}

	if c == '\\' {
		if c = s.continuation(); c == eof {
			return 0, 0, 0, false
		}
		goto again
	}

	c2 := s.nextc()
	if k := twoCharOp(c, c2); k != OP {
		c3 := s.nextc()
		if k3 := threeCharOp(c, c2, c3); k3 != OP {
			k = k3
		} else {
			s.backup(c3)
		}
		return k, s.tokStart, s.pos, true
	}
	s.backup(c2)

	switch c {
	case '(', '[', '{':
		if s.level >= maxLevel {
			s.syntaxError("too many nested parentheses")
			return 0, 0, 0, false
		}
		s.parens = append(s.parens[:s.level], Paren{Char: byte(c), Pos: Pos{Line: s.line, Col: int32(s.tokStart - s.lineStart)}})
		s.level++
	case ')', ']', '}':
		if s.level == 0 {
			s.syntaxError(fmt.Sprintf("unmatched '%c'", c))
			return 0, 0, 0, false
		}
		s.level--
		open := s.parens[s.level]
		if !(open.Char == '(' && c == ')' || open.Char == '[' && c == ']' || open.Char == '{' && c == '}') {
			if open.Pos.Line != s.line {
				s.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.Char, open.Pos.Line))
			} else {
				s.syntaxError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.Char))
			}
			return 0, 0, 0, false
		}
	}

	if c < 0x20 || c == 0x7F {
		s.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", c))
		return 0, 0, 0, false
	}
	return oneCharOp(c), s.tokStart, s.pos, true
}

// continuation reads what follows a backslash outside a string: it must
// be the end of the line, and the file must go on.
func (s *scanner) continuation() int {
	c := s.nextc()
	if c != '\n' {
		col := s.pos - s.buf - 1
		if col < 0 {
			col = 0
		}
		s.pegenError("SyntaxError", "unexpected character after line continuation character", s.line, col+1, 0)
		return eof
	}
	c = s.nextc()
	if c == eof {
		s.pos = s.inp
		if s.level > 0 {
			// CPython's parser reports an end of file inside brackets
			// as the innermost unclosed bracket.
			s.unclosedBracket()
		} else {
			s.pegenError("SyntaxError", "unexpected EOF while parsing", s.line, s.curCol(), -1)
		}
		return eof
	}
	s.backup(c)
	return c
}

// unclosedBracket records the error CPython's parser gives for the end
// of the source inside brackets: the innermost one was never closed.
func (s *scanner) unclosedBracket() {
	p := s.parens[s.level-1]
	s.pegenError("SyntaxError", fmt.Sprintf("'%c' was never closed", p.Char), p.Pos.Line, int(p.Pos.Col)+1, 0)
}

// curCol is the column CPython's parser reports for an error at a token
// without a position: the scanner's column, or 0 at the start of the
// buffer.
func (s *scanner) curCol() int {
	if s.pos == s.buf {
		return 0
	}
	return s.pos - s.lineStart
}

// indentError records the TabError for indentation that is consistent
// with a tab size of 8 but not with a tab size of 1.
func (s *scanner) indentError() (Kind, int, int, bool) {
	s.pos = s.inp
	s.pegenError("TabError", "inconsistent use of tabs and spaces in indentation", s.line, 1, 0)
	return 0, 0, 0, false
}

// typeComment recognises "# type: ..." after a comment was skipped (c is
// the '\n' or eof that ended it).
func (s *scanner) typeComment(c int, blankline bool) (Kind, int, int, bool) {
	const prefix = "# type: "
	p := s.tokStart
	i := 0
	for i < len(prefix) && p < s.pos {
		if prefix[i] == ' ' {
			for p < len(s.src) && (s.src[p] == ' ' || s.src[p] == '\t') {
				p++
			}
		} else if prefix[i] == s.src[p] {
			p++
		} else {
			break
		}
		i++
	}
	if i < len(prefix) {
		return 0, 0, 0, false
	}
	s.backup(c)
	ignoreEnd := p + 6
	isIgnore := s.pos >= ignoreEnd && s.src[p:ignoreEnd] == "ignore" &&
		!(s.pos > ignoreEnd && (s.src[ignoreEnd] >= 128 || tokIsAlnum(s.src[ignoreEnd])))
	if isIgnore {
		end := s.pos
		if blankline {
			s.nextc()
			s.atbol = true
		}
		return TYPE_IGNORE, ignoreEnd, end, true
	}
	return TYPE_COMMENT, p, s.pos, true
}

func tokIsAlnum(b byte) bool {
	return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// stringToken reads a string literal whose opening quote was just read.
func (s *scanner) stringToken(quote int) (Kind, int, int, bool) {
	quoteSize, endQuoteSize := 1, 0
	s.firstLine = s.line
	s.multiLineStart = s.lineStart
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuoteSize != quoteSize {
		if endQuoteSize == 0 {
			// Skip ordinary characters of the current line in place.
			p := s.pos
			for p < s.inp {
				b := s.src[p]
				if int(b) == quote || b == '\\' || b == '\n' {
					break
				}
				p++
			}
			s.pos = p
		}
		c = s.nextc()
		if c == eof || (quoteSize == 1 && c == '\n') {
			detected := s.line
			s.pos = s.tokStart + 1
			s.lineStart = s.multiLineStart
			s.line = s.firstLine
			if quoteSize == 3 {
				s.syntaxError(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected))
			} else {
				s.syntaxError(fmt.Sprintf("unterminated string literal (detected at line %d)", detected))
			}
			return 0, 0, 0, false
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				s.nextc()
			}
		}
	}
	return STRING, s.tokStart, s.pos, true
}

// verifyIdentifier checks a NAME with non-ASCII characters, as CPython
// does: valid UTF-8, XID_Start then XID_Continue characters.
func (s *scanner) verifyIdentifier() bool {
	name := s.src[s.tokStart:s.pos]
	if !utf8.ValidString(name) {
		msg := "(unicode error) " + utf8DecodeErrorMessage(name)
		s.raised = true
		s.pegenError("SyntaxError", msg, s.line, s.curCol(), -1)
		return false
	}
	i := 0
	for off, r := range name {
		ok := ucd.IsXIDContinue(r)
		if i == 0 {
			ok = ucd.IsXIDStart(r)
		}
		if !ok {
			size := utf8.RuneLen(r)
			if off+size < len(name) {
				s.pos = s.tokStart + off + size
			}
			if ucd.IsPrintable(r) {
				s.syntaxError(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
			} else {
				s.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", r))
			}
			return false
		}
		i++
	}
	return true
}
