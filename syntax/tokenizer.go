package syntax

// TokenizerOptions configures a Tokenizer.
type TokenizerOptions struct {
	// Filename is recorded in errors and warnings.
	Filename string
	// TypeComments makes the tokenizer return TYPE_COMMENT tokens for
	// "# type: ..." comments and TYPE_IGNORE tokens for "# type: ignore"
	// comments, as CPython does under ast.PyCF_TYPE_COMMENTS.
	TypeComments bool
	// NoImpliedNewline leaves a source that does not end with a newline
	// as it is. CPython's tokenizer adds the missing newline to "exec"
	// input only: without it, the last line gives no NEWLINE token and
	// no DEDENT tokens, and a backslash at the very end is an
	// "unexpected character after line continuation character".
	NoImpliedNewline bool
	// ByteOffsets makes the errors that CPython's parser builds from the
	// tokenizer's state (an unclosed bracket at the end, a bad dedent, a
	// TabError, an unexpected EOF, a character after a line continuation)
	// count their offsets in bytes, as CPython does for a source that
	// declares no encoding. Without it they count characters, as for a
	// str source. Errors the tokenizer raises itself always count
	// characters.
	ByteOffsets bool
}

// Paren is a bracket that is open at some point of the source: its
// character ('(', '[' or '{') and the position of that character.
type Paren struct {
	Char byte
	Pos  Pos
}

// Tokenizer splits decoded source text into the token stream that
// CPython's C tokenizer gives its parser: NAME, NUMBER, STRING (an f-string
// is a single STRING token), operators with their exact kind, NEWLINE,
// INDENT, DEDENT, ENDMARKER and, with TypeComments, TYPE_COMMENT and
// TYPE_IGNORE. Comments, blank lines and newlines inside brackets produce
// no tokens.
//
// Positions follow CPython's tokens: a NEWLINE token is empty and sits
// on the "\n" (or, after a comment, spans from the '#' to the "\n", with
// the comment as its Text); a STRING token starts on its first line.
// CPython gives INDENT, DEDENT and ENDMARKER no column (col_offset -1)
// and reports an error at one of them at the column where its tokenizer
// stands; kaa puts that column in Start and End: the first character of
// the indented line, or at the end of the input the length of the last
// line (ENDMARKER and the final DEDENTs are on the last line).
//
// The keywords async and await come as NAME tokens: CPython's tokenizer
// gives them the kinds ASYNC and AWAIT, which its grammar treats exactly
// as the keywords, so a parser that maps those NAMEs to keywords reads
// the same stream.
//
// The source is first normalised as CPython normalises it: CRLF and CR
// line endings become "\n" and a final "\n" is added when missing (unless
// NoImpliedNewline is set). All positions refer to that normalised text
// (Source), and every Token.Text is a substring of it.
type Tokenizer struct {
	src  string
	opts TokenizerOptions
	done bool

	toks      []ptok // the tokens in the parser's compact form
	indent    int    // indentation levels open where tokenizing stopped
	err       *Error
	errRaised bool
	warnings  []Warning
	lineStart []int32 // byte offset of the start of each line (index 0 is line 1)
	parens    []Paren // brackets open where tokenizing stopped
}

// NewTokenizer returns a tokenizer over src, which must already be decoded
// text (see DecodeSource).
func NewTokenizer(src string, opts TokenizerOptions) *Tokenizer {
	return &Tokenizer{src: normaliseNewlines(src, !opts.NoImpliedNewline), opts: opts}
}

// Tokens tokenizes the whole source the first time it is called and
// returns the tokens. When the source has a lexical error, toks holds
// the tokens before the error and err describes it, with CPython's
// exception type, message and position: the parser should report err
// when it needs the token after the last one returned. Without an error
// the last token is ENDMARKER.
func (t *Tokenizer) Tokens() (toks []Token, err *Error) {
	t.tokenize()
	toks = make([]Token, len(t.toks))
	for i := range t.toks {
		pt := &t.toks[i]
		toks[i] = Token{Kind: pt.kind, Start: pt.start, End: pt.endPos(t.src), Text: t.src[pt.off : pt.off+pt.n]}
	}
	return toks, t.err
}

// tokenize runs the scanner over the whole source, once.
func (t *Tokenizer) tokenize() {
	if !t.done {
		t.run()
		t.done = true
	}
}

// ErrorRaised reports whether CPython's tokenizer raises the error that
// Tokens returned by itself ("invalid character", "unterminated string
// literal", "invalid decimal literal", "unmatched ')'"...). Such an error
// replaces a syntax error the parser found in earlier tokens, because
// CPython tokenizes the rest of the file before reporting a parser error.
// Errors that CPython's parser derives from the tokenizer's state when it
// reaches the bad token (unindent mismatch, TabError, too many indentation
// levels, unexpected character after line continuation, EOF inside
// brackets, unexpected EOF) report false and do not replace it.
func (t *Tokenizer) ErrorRaised() bool { return t.errRaised }

// Warnings returns the warnings found while tokenizing, such as CPython's
// SyntaxWarning "invalid decimal literal" for "1if x else y".
func (t *Tokenizer) Warnings() []Warning { return t.warnings }

// Source returns the normalised text that token positions refer to.
func (t *Tokenizer) Source() string { return t.src }

// Filename returns the file name given in the options.
func (t *Tokenizer) Filename() string { return t.opts.Filename }

// NumLines returns the number of lines of the normalised source.
func (t *Tokenizer) NumLines() int {
	t.indexLines()
	return len(t.lineStart)
}

// Line returns line n (1-based) of the normalised source including its
// final "\n", as CPython puts it in SyntaxError.text for parser errors; it
// returns "" when n is out of range.
func (t *Tokenizer) Line(n int) string {
	t.indexLines()
	if n < 1 || n > len(t.lineStart) {
		return ""
	}
	start := int(t.lineStart[n-1])
	end := len(t.src)
	if n < len(t.lineStart) {
		end = int(t.lineStart[n])
	}
	return t.src[start:end]
}

// OpenParens returns the brackets still open where tokenizing stopped (at
// ENDMARKER or at the error), outermost first. The parser uses the last
// one for "'(' was never closed".
func (t *Tokenizer) OpenParens() []Paren { return t.parens }

// CharOffset converts a byte column on line n to the 1-based character
// offset that SyntaxError.offset uses (so byte column 0 gives 1).
func (t *Tokenizer) CharOffset(line int, col int) int {
	return charOffset(t.Line(line), col)
}

// NewError returns an error of type typ ("SyntaxError", "IndentationError"
// or "TabError") with message msg spanning from start to end (byte
// positions, end exclusive), with the offsets converted to characters and
// the text of the start line, as CPython's parser reports its errors.
func (t *Tokenizer) NewError(typ, msg string, start, end Pos) *Error {
	line := t.Line(int(start.Line))
	e := &Error{
		Type:      typ,
		Msg:       msg,
		Filename:  t.opts.Filename,
		Lineno:    int(start.Line),
		Offset:    charOffset(line, int(start.Col)),
		EndLineno: int(end.Line),
		Text:      line,
	}
	e.EndOffset = charOffset(t.Line(int(end.Line)), int(end.Col))
	return e
}

// charOffset is the 1-based character offset of byte column col of line.
func charOffset(line string, col int) int {
	if col > len(line) {
		col = len(line)
	}
	if col < 0 {
		return 0
	}
	n := 1
	for i := 0; i < col; i++ {
		if line[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// indexLines fills lineStart once.
func (t *Tokenizer) indexLines() {
	if t.lineStart != nil {
		return
	}
	t.lineStart = append(t.lineStart, 0)
	for i := 0; i < len(t.src); i++ {
		if t.src[i] == '\n' && i+1 < len(t.src) {
			t.lineStart = append(t.lineStart, int32(i+1))
		}
	}
}
