package syntax

import "strings"

// ptok is a token as the parser sees it: keywords have their own kinds,
// and each token carries the bracket depth after it and the head of its
// memo list. Its text is src[off:off+n]. It takes 24 bytes: its end is
// not stored but follows from its start and text (see endPos), and it
// holds no pointers, so the garbage collector does not scan the slices
// of tokens.
type ptok struct {
	kind  Kind
	level uint8  // bracket nesting depth after this token (CPython's token->level, at most maxLevel)
	lines uint16 // line breaks in the text (a string over several lines), at most maxTokLines
	memo  int32  // index into parser.memos of the first memo entry, 0 for none
	start Pos
	off   int32
	n     int32
}

// maxTokLines is the largest line count ptok.lines holds; a token with
// more line breaks has them counted again when its end is needed.
const maxTokLines = 1<<16 - 1

// text returns the source text of t.
func (p *parser) text(t *ptok) string {
	return p.src[t.off : t.off+t.n]
}

// end returns the position just after t.
func (p *parser) end(t *ptok) Pos {
	return t.endPos(p.src)
}

// endPos returns the position just after t, whose text is in src: on
// its start line, or, for a token over several lines, on its last line
// after the last line break of its text.
func (t *ptok) endPos(src string) Pos {
	if t.lines == 0 {
		return Pos{Line: t.start.Line, Col: t.start.Col + t.n}
	}
	text := src[t.off : t.off+t.n]
	lines := int32(t.lines)
	if t.lines == maxTokLines {
		lines = int32(strings.Count(text, "\n"))
	}
	return Pos{Line: t.start.Line + lines, Col: int32(len(text) - strings.LastIndexByte(text, '\n') - 1)}
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

// loadTokens tokenizes the whole source and takes over the tokenizer's
// token slice as p.toks, in place: keywords get their kinds, "# type:
// ignore" comments go to p.typeIgnores, and a sentinel ends the slice
// (the ENDMARKER, or an ERRORTOKEN standing for the tokenizer's error).
// It keeps what the parser needs of the tokenizer, so that the tokenizer
// itself can be freed.
func (p *parser) loadTokens(tz *Tokenizer) {
	tz.tokenize()
	toks, err := tz.toks, tz.err
	tz.toks = nil
	p.src = tz.Source()
	p.filename = tz.Filename()
	p.tokErr = err
	p.tokErrRaised = tz.ErrorRaised()
	p.openParens = tz.OpenParens()
	p.tokWarnings = tz.Warnings()
	p.indexLines()
	out := toks[:0]
	for i := range toks {
		t := toks[i]
		if t.kind == TYPE_IGNORE {
			p.typeIgnores = append(p.typeIgnores, &TypeIgnore{Lineno: int(t.start.Line), Tag: p.text(&t)})
			continue
		}
		out = p.addToken(out, t, tz.indent)
	}
	p.ntoks = len(out)
	if err != nil {
		out = append(out, ptok{kind: ERRORTOKEN, level: uint8(p.parenLevel), start: p.lastEnd})
	} else if len(out) == 0 || out[len(out)-1].kind != ENDMARKER {
		out = append(out, ptok{kind: ENDMARKER, start: p.lastEnd})
		p.ntoks = len(out)
	}
	p.toks = out
}

// addToken appends the tokenizer's token t to toks as the parser sees it:
// a keyword gets its kind, and the token records the bracket depth after
// it. In "single" mode the end marker comes after CPython's implied
// newline; indent is the number of indentation levels open at the end.
func (p *parser) addToken(toks []ptok, t ptok, indent int) []ptok {
	switch t.kind {
	case NAME:
		t.kind = keywordKind(p.text(&t))
	case ASYNC:
		t.kind = kwAsync
	case AWAIT:
		t.kind = kwAwait
	case LPAR, LSQB, LBRACE:
		p.parenLevel++
	case RPAR, RSQB, RBRACE:
		if p.parenLevel > 0 {
			p.parenLevel--
		}
	case ENDMARKER:
		if p.mode == ModeSingle && p.started {
			toks = p.impliedNewline(toks, t.start.Line, indent)
		}
	}
	p.started = true
	p.lastEnd = p.end(&t)
	t.level = uint8(p.parenLevel)
	return append(toks, t)
}

// impliedNewline adds what CPython's parser puts before the end marker in
// "single" mode once tokens came before it: the end marker becomes a
// NEWLINE (without columns), then the dedents of the indentation levels
// still open (after a source without a final newline, whose tokenizer
// made none), after which the next end marker becomes a NEWLINE again.
func (p *parser) impliedNewline(out []ptok, line int32, indent int) []ptok {
	conv := ptok{kind: NEWLINE, start: Pos{line, -1}}
	out = append(out, conv)
	if indent > 0 {
		for i := 0; i < indent; i++ {
			out = append(out, ptok{kind: DEDENT, start: conv.start})
		}
		out = append(out, conv)
	}
	return out
}

// peek returns the token at the current position, fetching it (CPython's
// parser fetches tokens lazily; p.fill records how far it got, which
// places "invalid syntax" errors).
func (p *parser) peek() *ptok {
	if p.mark == p.fill {
		p.fillToken()
	}
	return p.at(p.mark)
}

// fillToken fetches one more token. Fetching the position of the
// tokenizer's error raises it.
func (p *parser) fillToken() {
	if p.fill >= p.fetched() && !p.fetch() {
		return
	}
	p.fill++
	if p.fill-1 == p.ntoks && p.tokErr != nil && p.err == nil {
		p.err = p.tokErr
	}
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
	return &Name{Span: p.tokSpan(t), Id: p.identifier(p.text(t)), Ctx: Load}
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
func (p *parser) tokSpan(t *ptok) Span {
	e := p.end(t)
	return Span{Lineno: t.start.Line, ColOffset: t.start.Col, EndLineno: e.Line, EndColOffset: e.Col}
}

// span is CPython's EXTRA: from the start of the token at start to the
// end of the last token before the current position that is not a
// NEWLINE, INDENT, DEDENT or ENDMARKER.
func (p *parser) span(start int) Span {
	s := p.at(start)
	e := p.end(p.lastNonWhitespace())
	return Span{Lineno: s.start.Line, ColOffset: s.start.Col, EndLineno: e.Line, EndColOffset: e.Col}
}

// lastNonWhitespace is the last token before the current position that
// is not NEWLINE, INDENT, DEDENT or ENDMARKER (or the first token).
func (p *parser) lastNonWhitespace() *ptok {
	for m := p.mark - 1; m >= p.base; m-- {
		if m < p.gapEnd && m >= p.gapStart {
			p.failWindow() // the token is behind the window
			break
		}
		t := p.at(m)
		if k := t.kind; k != ENDMARKER && (k < NEWLINE || k > DEDENT) {
			return t
		}
	}
	if p.base > 0 {
		p.failWindow() // the token is behind the window
	}
	if len(p.toks) == 0 {
		return &ptok{}
	}
	return &p.toks[0]
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
