package syntax

import "strings"

// ptok is a token as the parser sees it: keywords have their own kinds,
// and each token carries the bracket depth after it and the head of its
// memo list. Its text is src[off:off+n]; the struct holds no pointers,
// so the garbage collector does not scan the token slice.
type ptok struct {
	kind  Kind
	level int16 // bracket nesting depth after this token (CPython's token->level)
	memo  int32 // index into parser.memos of the first memo entry, 0 for none
	start Pos
	end   Pos
	off   int32
	n     int32
}

// text returns the source text of t.
func (p *parser) text(t *ptok) string {
	return p.src[t.off : t.off+t.n]
}

// Keyword kinds. CPython gives each keyword its own token type; kaa
// numbers them after the tokenizer's kinds.
const (
	kwFalse Kind = NTokens + iota
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

// keywordKind returns the keyword kind of a NAME's text, or NAME.
func keywordKind(s string) Kind {
	if len(s) < 2 || len(s) > 8 {
		return NAME
	}
	switch s {
	case "False":
		return kwFalse
	case "None":
		return kwNone
	case "True":
		return kwTrue
	case "and":
		return kwAnd
	case "as":
		return kwAs
	case "assert":
		return kwAssert
	case "async":
		return kwAsync
	case "await":
		return kwAwait
	case "break":
		return kwBreak
	case "class":
		return kwClass
	case "continue":
		return kwContinue
	case "def":
		return kwDef
	case "del":
		return kwDel
	case "elif":
		return kwElif
	case "else":
		return kwElse
	case "except":
		return kwExcept
	case "finally":
		return kwFinally
	case "for":
		return kwFor
	case "from":
		return kwFrom
	case "global":
		return kwGlobal
	case "if":
		return kwIf
	case "import":
		return kwImport
	case "in":
		return kwIn
	case "is":
		return kwIs
	case "lambda":
		return kwLambda
	case "nonlocal":
		return kwNonlocal
	case "not":
		return kwNot
	case "or":
		return kwOr
	case "pass":
		return kwPass
	case "raise":
		return kwRaise
	case "return":
		return kwReturn
	case "try":
		return kwTry
	case "while":
		return kwWhile
	case "with":
		return kwWith
	case "yield":
		return kwYield
	}
	return NAME
}

// loadTokens tokenizes the source and builds p.toks: keywords get their
// kinds, "# type: ignore" comments go to p.typeIgnores, and a sentinel
// ends the slice (the ENDMARKER, or an ERRORTOKEN standing for the
// tokenizer's error). It keeps what the parser needs of the tokenizer,
// so that the tokenizer and its own token slice can be freed.
func (p *parser) loadTokens(tz *Tokenizer) {
	toks, err := tz.Tokens()
	p.src = tz.Source()
	p.filename = tz.Filename()
	p.tokErrRaised = tz.ErrorRaised()
	p.openParens = tz.OpenParens()
	p.tokWarnings = tz.Warnings()
	if p.noFinalNewline && strings.HasSuffix(p.src, "\n") {
		defer func() { p.src = p.src[:len(p.src)-1] }()
	} else {
		p.noFinalNewline = false
	}
	p.indexLines()
	p.toks = make([]ptok, 0, len(toks)+2)
	level := 0
	started := false
	afterNewline := false // past the final newline the tokenizer added
	dedents := 0          // DEDENT tokens dropped after it
	for i := range toks {
		t := &toks[i]
		k := t.Kind
		switch k {
		case TYPE_IGNORE:
			p.typeIgnores = append(p.typeIgnores, &TypeIgnore{Lineno: int(t.Start.Line), Tag: t.Text})
			continue
		case NAME:
			k = keywordKind(t.Text)
		case ASYNC:
			k = kwAsync
		case AWAIT:
			k = kwAwait
		case LPAR, LSQB, LBRACE:
			level++
		case RPAR, RSQB, RBRACE:
			if level > 0 {
				level--
			}
		case NEWLINE:
			if p.noFinalNewline && p.offset(t.End) >= len(p.src)-1 {
				// The newline the tokenizer added at the end, which
				// CPython only adds to "exec" input; without it, CPython's
				// tokenizer does not dedent at the end either.
				afterNewline = true
				continue
			}
		case DEDENT:
			if afterNewline {
				dedents++
				continue
			}
		case ENDMARKER:
			if p.mode == ModeSingle && started {
				// CPython's parser turns the end marker into a NEWLINE once
				// tokens came before it (the token has no columns), and
				// then implies the dedents to column 0: after them, the
				// next end marker becomes a NEWLINE again.
				conv := ptok{kind: NEWLINE, start: Pos{t.Start.Line, -1}, end: Pos{t.Start.Line, -1}}
				p.toks = append(p.toks, conv)
				if dedents > 0 {
					for i := 0; i < dedents; i++ {
						p.toks = append(p.toks, ptok{kind: DEDENT, start: conv.start, end: conv.end})
					}
					p.toks = append(p.toks, conv)
				}
			}
		}
		started = true
		pt := ptok{kind: k, level: int16(level), start: t.Start, end: t.End}
		if n := len(t.Text); n > 0 {
			pt.off = int32(p.offset(t.Start))
			pt.n = int32(n)
		}
		p.toks = append(p.toks, pt)
	}
	p.ntoks = len(p.toks)
	var pos Pos
	if n := len(p.toks); n > 0 {
		pos = p.toks[n-1].end
	}
	if p.noFinalNewline && len(p.src) == 1 && len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == ENDMARKER {
		// An empty source: CPython's tokenizer never read a line.
		p.toks[len(p.toks)-1].start = Pos{}
		p.toks[len(p.toks)-1].end = Pos{}
	}
	if err != nil && p.noFinalNewline && err.Msg == "unexpected EOF while parsing" && strings.HasSuffix(p.src, "\\\n") {
		// Without the newline the tokenizer added, CPython's tokenizer
		// finds the end of the source right after the backslash.
		n := len(p.lineStarts)
		line := p.src[p.lineStarts[n-1] : len(p.src)-1]
		err = &Error{Type: "SyntaxError", Msg: "unexpected character after line continuation character",
			Filename: p.filename, Lineno: n, Offset: len(line), EndLineno: n, Text: line}
		if p.charOffsets {
			err.Offset = byteToCharOffset(line, len(line))
		}
		p.openParens = nil
	}
	if err != nil {
		p.tokErr = err
		p.toks = append(p.toks, ptok{kind: ERRORTOKEN, level: int16(level), start: pos, end: pos})
	} else if len(p.toks) == 0 || p.toks[len(p.toks)-1].kind != ENDMARKER {
		p.toks = append(p.toks, ptok{kind: ENDMARKER, start: pos, end: pos})
		p.ntoks = len(p.toks)
	}
}

// peek returns the token at the current position, fetching it (CPython's
// parser fetches tokens lazily; p.fill records how far it got, which
// places "invalid syntax" errors).
func (p *parser) peek() *ptok {
	if p.mark == p.fill {
		p.fillToken()
	}
	return &p.toks[p.mark]
}

// fillToken fetches one more token. Fetching the position of the
// tokenizer's error raises it.
func (p *parser) fillToken() {
	if p.fill >= len(p.toks) {
		return
	}
	p.fill++
	if p.fill-1 == p.ntoks && p.tokErr != nil && p.err == nil {
		p.err = p.tokenizerError()
	}
}

// tokenizerError returns the tokenizer's error as the parser reports it.
// Errors that CPython's parser builds from the tokenizer's state (an
// unclosed bracket at the end, a bad dedent...) count their offsets in
// bytes, like the parser's own, unless the source declares its encoding;
// the tokenizer gives characters.
func (p *parser) tokenizerError() *Error {
	e := p.tokErr
	if e.Msg == "unexpected EOF while parsing" && len(p.openParens) > 0 {
		// CPython's parser reports an end of file inside brackets (here
		// after a line continuation) as the unclosed bracket.
		return p.unclosedParenError()
	}
	if p.charOffsets || p.fstr != nil || p.tokErrRaised {
		return e
	}
	c := *e
	c.Offset = charToByteOffset(c.Text, c.Offset)
	if c.EndLineno == c.Lineno && c.EndOffset > 0 {
		c.EndOffset = charToByteOffset(c.Text, c.EndOffset)
	}
	return &c
}

// charToByteOffset converts a 1-based character offset in line to the
// 1-based byte offset of the same place.
func charToByteOffset(line string, off int) int {
	if off <= 1 {
		return off
	}
	n := 1
	for i := range line {
		if n == off {
			return i + 1
		}
		n++
	}
	return len(line) + off - n + 1
}

// expect consumes a token of kind k.
func (p *parser) expect(k Kind) *ptok {
	t := p.peek()
	if t.kind != k {
		return nil
	}
	p.mark++
	return t
}

// check reports whether the current token has kind k, without consuming
// it (a positive lookahead on a single token).
func (p *parser) check(k Kind) bool {
	return p.peek().kind == k
}

// expectName consumes a NAME token and returns it as a Name node.
func (p *parser) expectName() *Name {
	t := p.peek()
	if t.kind != NAME {
		return nil
	}
	p.mark++
	return p.nameFromToken(t)
}

// nameFromToken makes a Load Name node of a NAME token.
func (p *parser) nameFromToken(t *ptok) *Name {
	return &Name{Span: tokSpan(t), Id: p.identifier(p.text(t)), Ctx: Load}
}

// identifier returns the identifier a NAME's text stands for: as CPython
// does, non-ASCII names are normalised to NFKC.
func (p *parser) identifier(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return NormalizeIdentifier(s)
		}
	}
	return s
}

// expectSoft consumes a NAME token spelled s (a soft keyword such as
// "match").
func (p *parser) expectSoft(s string) *ptok {
	t := p.peek()
	if t.kind != NAME || p.text(t) != s {
		return nil
	}
	p.mark++
	return t
}

// isSoftKeyword reports whether the current token matches CPython's
// SOFT_KEYWORD token in the grammar. CPython compares only as many
// characters as the NAME has, so any prefix of "_", "case" or "match"
// ("m", "ca"...) counts.
func (p *parser) isSoftKeyword() bool {
	t := p.peek()
	if t.kind != NAME {
		return false
	}
	s := p.text(t)
	return strings.HasPrefix("_", s) || strings.HasPrefix("case", s) || strings.HasPrefix("match", s)
}

// tokSpan is the span of one token.
func tokSpan(t *ptok) Span {
	return Span{Lineno: t.start.Line, ColOffset: t.start.Col, EndLineno: t.end.Line, EndColOffset: t.end.Col}
}

// span is CPython's EXTRA: from the start of the token at start to the
// end of the last token before the current position that is not a
// NEWLINE, INDENT, DEDENT or ENDMARKER.
func (p *parser) span(start int) Span {
	s := &p.toks[start]
	e := p.lastNonWhitespace()
	return Span{Lineno: s.start.Line, ColOffset: s.start.Col, EndLineno: e.end.Line, EndColOffset: e.end.Col}
}

// lastNonWhitespace is the last token before the current position that
// is not NEWLINE, INDENT, DEDENT or ENDMARKER (or the first token).
func (p *parser) lastNonWhitespace() *ptok {
	var t *ptok
	for m := p.mark - 1; m >= 0; m-- {
		t = &p.toks[m]
		if k := t.kind; k != ENDMARKER && (k < NEWLINE || k > DEDENT) {
			break
		}
	}
	if t == nil {
		t = &p.toks[0]
	}
	return t
}

// spanFromTo is the span from the start of a to the end of b.
func spanFromTo(a, b *Span) Span {
	return Span{Lineno: a.Lineno, ColOffset: a.ColOffset, EndLineno: b.EndLineno, EndColOffset: b.EndColOffset}
}

// atomStart marks the token kinds an atom can start with.
var atomStart = [256]bool{
	NAME: true, NUMBER: true, STRING: true, LPAR: true, LSQB: true, LBRACE: true,
	ELLIPSIS: true, kwTrue: true, kwFalse: true, kwNone: true,
}

// exprStart marks the token kinds an expression can start with.
var exprStart = [256]bool{
	NAME: true, NUMBER: true, STRING: true, LPAR: true, LSQB: true, LBRACE: true,
	ELLIPSIS: true, kwTrue: true, kwFalse: true, kwNone: true,
	kwNot: true, kwAwait: true, kwLambda: true, PLUS: true, MINUS: true, TILDE: true,
}

// enter counts one level of recursion; it reports false (and sets the
// error) when the parser's stack limit is reached.
func (p *parser) enter() bool {
	return p.enterN(1)
}

// enterN counts n levels: kaa counts its recursion so that it runs into
// CPython's limit (MAXSTACK rule calls deep) for the same inputs, where
// one of its functions stands for several of CPython's rule functions.
func (p *parser) enterN(n int) bool {
	p.level += n
	if p.level > maxStack {
		if p.err == nil {
			p.err = &Error{Type: "MemoryError"}
		}
		return false
	}
	return p.err == nil
}

// leave undoes enter.
func (p *parser) leave() { p.level-- }
