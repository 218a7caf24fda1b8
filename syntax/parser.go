package syntax

import "strings"

// The parser follows CPython 3.11's PEG grammar (Grammar/python.gram) rule
// by rule: a recursive descent over a slice of tokens with mark/reset
// backtracking, memoisation of the rules CPython memoises, and loops for
// its left-recursive rules. As in CPython, a failed parse is run a second
// time with the invalid_* rules switched on, which only exist to choose a
// better error message; when they find nothing, the error is "invalid
// syntax" at the furthest token the first pass looked at.
//
// Every rule returns its result, or the zero value when it does not
// match; p.err, once set, makes every rule fail at once (CPython's error
// indicator).

// Mode selects the start rule, as the mode argument of compile() does.
type Mode uint8

// The parse modes.
const (
	ModeExec     Mode = iota // a module: "exec"
	ModeEval                 // a single expression: "eval"
	ModeSingle               // one interactive statement: "single"
	ModeFuncType             // a function signature type comment: "func_type"
)

// Flags are the parser options of compile()'s flags argument.
type Flags uint8

// The parser flags.
const (
	// TypeComments returns "# type:" comments in type_comment fields and
	// "# type: ignore" comments in Module.type_ignores
	// (ast.PyCF_TYPE_COMMENTS).
	TypeComments Flags = 1 << iota
	// BarryAsFLUFL accepts "<>" instead of "!=" (from __future__ import
	// barry_as_FLUFL).
	BarryAsFLUFL
	// AllowIncompleteInput reports a source that ends before its
	// statement does as SyntaxError "incomplete input"
	// (PyCF_ALLOW_INCOMPLETE_INPUT, which the codeop module uses to ask
	// for more lines in an interactive session).
	AllowIncompleteInput
)

// Result is a parsed tree with the warnings found on the way.
type Result struct {
	Mod      Mod
	Warnings []Warning
}

// Parse parses the bytes of a Python source file, decoding them as
// CPython does for compile() of bytes (UTF-8 byte order mark, PEP 263
// coding declaration). The error, if any, is an *Error: a SyntaxError,
// IndentationError or TabError, or, for a source nested too deeply for
// CPython's parser (past its MAXSTACK rule calls), one of Type
// "MemoryError" with no message, which CPython raises there. As in
// CPython, SyntaxError offsets count bytes unless the source declares its
// encoding (a coding declaration or a byte order mark), in which case
// they count characters.
func Parse(src []byte, filename string, mode Mode, flags Flags) (Mod, error) {
	r, err := ParseFull(src, filename, mode, flags)
	if err != nil {
		return nil, err
	}
	return r.Mod, nil
}

// ParseString parses source text that is already decoded, as compile()
// and exec() of a str do: coding declarations are ignored and error
// offsets count characters.
func ParseString(src string, filename string, mode Mode, flags Flags) (Mod, error) {
	r, err := ParseStringFull(src, filename, mode, flags)
	if err != nil {
		return nil, err
	}
	return r.Mod, nil
}

// ParseFull is Parse that also returns the warnings (invalid escape
// sequences and the like); on a syntax error the Result holds the
// warnings found before it, and no tree.
func ParseFull(src []byte, filename string, mode Mode, flags Flags) (*Result, error) {
	text, _, declared, derr := decodeSourceMode(src, filename, mode == ModeExec)
	if derr != nil {
		if derr.Lineno == 0 && strings.Contains(derr.Msg, "null bytes") {
			// CPython raises this one before tokenizing, without a
			// file name or line.
			e := *derr
			e.Filename = ""
			derr = &e
		}
		return nil, derr
	}
	return parseText(text, filename, mode, flags, declared)
}

// ParseStringFull is ParseString that also returns the warnings.
func ParseStringFull(src string, filename string, mode Mode, flags Flags) (*Result, error) {
	return parseText(src, filename, mode, flags, true)
}

// parseText runs the two passes of the parser over decoded text: first
// in a window of tokens, and when that does not give a tree, over all
// the tokens (see parser_window.go). charOffsets tells whether error
// offsets count characters (CPython's tok->encoding is set) or bytes.
func parseText(text, filename string, mode Mode, flags Flags, charOffsets bool) (*Result, error) {
	opts := TokenizerOptions{
		Filename:     filename,
		TypeComments: flags&TypeComments != 0,
		// CPython adds a missing final newline to "exec" input only.
		NoImpliedNewline: mode != ModeExec,
		ByteOffsets:      !charOffsets,
	}
	src := normaliseNewlines(text, !opts.NoImpliedNewline)
	p := &parser{mode: mode, flags: flags, knownErrToken: -1, charOffsets: charOffsets}
	var mod Mod
	if mode != ModeSingle && p.startWindow(src, opts) {
		mod = p.runWindow()
		if mod == nil {
			// Start over with all the tokens, for the error.
			p = &parser{mode: mode, flags: flags, knownErrToken: -1, charOffsets: charOffsets}
		}
	}
	if mod == nil {
		p.loadTokens(NewTokenizer(src, opts))
		mod = p.run()
	}
	res := &Result{Mod: mod, Warnings: append(p.tokWarnings, p.warnings...)}
	if p.err != nil {
		res.Mod = nil
		return res, p.err
	}
	return res, nil
}

// maxStack is CPython's limit on the parser's recursion depth
// (MAXSTACK); past it the parse fails with a MemoryError.
const maxStack = 6000

// parser is the state of one parse.
type parser struct {
	src        string  // the normalised source text
	lineStarts []int32 // where each line of src starts
	filename   string
	toks       []ptok // the tokens, then one ERRORTOKEN or ENDMARKER sentinel; token i is toks[i-base]
	base       int    // the first token in toks: 0, unless the parser works in a window
	ntoks      int    // tokens before the sentinel's copy of a tokenizer error
	fill       int    // how many tokens the parser has looked at (CPython's p->fill)
	mark       int    // the current position

	// A first pass in a window (see parser_window.go) fetches its tokens
	// from sc; parenLevel, lastEnd and started carry the state of
	// addToken from one token to the next.
	windowed   bool
	gapStart   int // tokens gapStart to gapEnd (absolute) are not in the window;
	gapEnd     int // without a gap both are base
	shift      int // token i >= gapEnd is toks[i-shift]
	stmtDepth  int // statements rules active (1 in the file's)
	sc         *scanner
	parenLevel int
	lastEnd    Pos
	started    bool

	tokErr       *Error  // the tokenizer's error at index ntoks, or nil
	tokErrRaised bool    // the tokenizer raises tokErr itself (see Tokenizer.ErrorRaised)
	openParens   []Paren // brackets open where tokenizing stopped
	tokWarnings  []Warning
	err          *Error // the error indicator: set once, then every rule fails
	callInvalid  bool   // second pass: the invalid_* rules are active
	// fullMemo memoises every rule CPython memoises. In the first pass
	// only some are (memoisation changes no result there); in the second
	// it matters, as a result memoised with the invalid rules off (in
	// expression_without_invalid) is reused with them on.
	fullMemo    bool
	level       int // recursion depth
	mode        Mode
	flags       Flags
	charOffsets bool

	memos       []memoEntry
	typeIgnores []*TypeIgnore
	warnings    []Warning

	// In an f-string replacement field, the parser runs over the field's
	// text alone; fstr holds the offsets that place it in the file.
	fstr *fstringPos

	knownErrToken int // index of the token CPython's known_err_token names, or -1
}

// run parses in the first pass and, on failure, runs the second pass
// and settles the error as CPython's _PyPegen_run_parser does.
func (p *parser) run() Mod {
	p.allocMemos(256)
	mod := p.startRule()
	if mod != nil && p.err == nil {
		if p.mode == ModeSingle && p.badSingleStatement() {
			p.raise("SyntaxError", "multiple statements found while compiling a single statement")
			return nil
		}
		return mod
	}
	if p.flags&AllowIncompleteInput != 0 && p.atEndOfSource() {
		p.err = nil
		p.raiseIncomplete()
		return nil
	}
	lastTok := p.fill - 1
	p.resetForErrorPass()
	if p.err == nil {
		p.startRule()
	}
	p.setSyntaxError(lastTok)
	return nil
}

// atEndOfSource reports whether CPython's tokenizer would have reached
// the end of the source while producing the tokens the parser looked at
// (its _is_end_of_source).
func (p *parser) atEndOfSource() bool {
	if p.fill == 0 {
		return false
	}
	t := p.at(p.fill - 1)
	switch {
	case t.kind == ENDMARKER:
		return true
	case t.kind == ERRORTOKEN:
		return p.tokErrAtEOF()
	case t.start.Col < 0:
		return true
	}
	return p.offset(p.end(t)) >= len(p.src)
}

// tokErrAtEOF reports whether the tokenizer's error happened at the end
// of the source.
func (p *parser) tokErrAtEOF() bool {
	if p.tokErr == nil {
		return false
	}
	m := p.tokErr.Msg
	return strings.HasSuffix(m, "was never closed") || m == "unexpected EOF while parsing" ||
		strings.HasPrefix(m, "unterminated triple-quoted string literal")
}

// raiseIncomplete raises "incomplete input" where CPython's tokenizer
// stands at the end of the source.
func (p *parser) raiseIncomplete() {
	t := p.at(p.fill - 1)
	if t.kind != ERRORTOKEN && t.kind != ENDMARKER && t.start.Col >= 0 {
		p.raise("SyntaxError", "incomplete input")
		return
	}
	line := p.numLines()
	col := len(p.line(line))
	if t.kind == ERRORTOKEN && strings.HasPrefix(p.tokErr.Msg, "unterminated triple-quoted") {
		// The tokenizer went back to just after the string's first quote.
		line, col = p.tokErr.Lineno, p.tokErr.Offset
	}
	p.raiseAt("SyntaxError", line, col, line, noPos, "incomplete input")
}

// startRule parses the rule the mode asks for.
func (p *parser) startRule() Mod {
	switch p.mode {
	case ModeEval:
		return p.evalRule()
	case ModeSingle:
		return p.interactiveRule()
	case ModeFuncType:
		return p.funcTypeRule()
	}
	return p.fileRule()
}

// resetForErrorPass forgets the memos and switches the invalid_* rules
// on, keeping the tokens (and how far the first pass looked).
func (p *parser) resetForErrorPass() {
	for i := 0; i < p.fill && i < len(p.toks); i++ {
		p.toks[i].memo = 0
	}
	p.memos = p.memos[:1]
	p.mark = 0
	p.callInvalid = true
	p.fullMemo = true
	p.level = 0
}

// badSingleStatement reports whether anything but whitespace and comments
// follows the statement parsed in "single" mode.
func (p *parser) badSingleStatement() bool {
	src := p.src
	off := 0
	if p.fill > 0 {
		t := p.at(p.fill - 1)
		off = p.offset(p.end(t))
		if t.start.Col < 0 {
			off = len(src)
		} else if t.kind == NEWLINE {
			// The tokenizer stands after the newline character.
			for off < len(src) && src[off] != '\n' {
				off++
			}
			off++
		}
	}
	for off < len(src) {
		switch c := src[off]; c {
		case ' ', '\t', '\n', '\f':
			off++
		case '#':
			for off < len(src) && src[off] != '\n' {
				off++
			}
		default:
			return true
		}
	}
	return false
}
