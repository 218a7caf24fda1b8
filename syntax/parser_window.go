package syntax

// The first pass over a window of tokens.
//
// Most parses succeed, and the first pass of a successful parse never
// goes back past the start of the top-level statement it is in. So that
// pass fetches tokens from the scanner only when it needs them, as
// CPython's parser does, into a window that holds the tokens from the
// start of the current top-level statement on: after each top-level
// statement the window drops the tokens before the next one (slide).
// The parser's memory then grows with its largest top-level statement
// instead of with the whole file, while token positions stay absolute:
// token i is p.toks[i-p.base].
//
// Only a successful parse comes out of the window. When the first pass
// fails, the error needs more than the window holds: CPython's second
// pass starts again from the first token, and error texts look back at
// earlier lines. parseText then starts over with every token in p.toks
// (loadTokens) and runs both passes there, which gives exactly the error
// a parse without a window gives. A parser working in a window stops at
// the first error or at any look behind the window (failWindow), without
// building the error.

// startWindow prepares a first pass in a window over src (normalised
// text). It reports false when the source cannot be scanned at all (null
// bytes), which the full path reports.
func (p *parser) startWindow(src string, opts TokenizerOptions) bool {
	sc, err := newScanner(src, opts)
	if err != nil {
		return false
	}
	p.src = src
	p.filename = opts.Filename
	p.sc = sc
	p.windowed = true
	p.indexLines()
	p.toks = make([]ptok, 0, 256)
	return true
}

// runWindow runs the first pass in the window and returns the tree when
// it succeeds, nil when the parse must start over without a window.
func (p *parser) runWindow() Mod {
	p.allocMemos(256)
	mod := p.startRule()
	if mod == nil || p.err != nil || p.sc != nil {
		// A failure, or a success that did not read up to the end
		// marker: the rest of the source may hold warnings or an error
		// to report, which a parse over all the tokens finds.
		return nil
	}
	return mod
}

// failWindow reports whether the parser works in a window; if so it sets
// the error indicator, so that the pass stops and the parse starts over
// without a window, where the error (or the look behind the window) is
// handled in full.
func (p *parser) failWindow() bool {
	if !p.windowed {
		return false
	}
	if p.err == nil {
		p.err = &Error{Type: "SyntaxError", Msg: "parse again without a window"}
	}
	return true
}

// fetch reads the scanner's next token into the window; it reports
// false when the scanner has nothing more to give.
func (p *parser) fetch() bool {
	if p.sc == nil {
		return false
	}
	t, ok := p.sc.next()
	for ok && t.kind == TYPE_IGNORE {
		p.typeIgnores = append(p.typeIgnores, &TypeIgnore{Lineno: int(t.start.Line), Tag: p.text(&t)})
		t, ok = p.sc.next()
	}
	if !ok {
		// The tokenizer's error: a sentinel stands for it.
		p.tokErr = p.sc.err
		p.ntoks = p.base + len(p.toks)
		p.toks = append(p.toks, ptok{kind: ERRORTOKEN, level: uint8(p.parenLevel), start: p.lastEnd})
		p.finishScan()
		return true
	}
	if len(p.toks)+4 > cap(p.toks) {
		p.growWindow()
	}
	p.toks = p.addToken(p.toks, t, p.sc.indent)
	if t.kind == ENDMARKER {
		p.ntoks = p.base + len(p.toks)
		p.finishScan()
	}
	return true
}

// growWindow makes room for more tokens in the window: twice as many,
// but no more than the tokens the rest of the source seems to hold (an
// extrapolation of the tokens read so far over the part of the source
// read so far), so that a statement that makes up most of the file does
// not leave much of the window unused.
func (p *parser) growWindow() {
	n := len(p.toks)
	want := 2 * n
	if pos, size := p.sc.pos, len(p.src); pos > 0 && pos < size {
		rest := int64(p.base+n) * int64(size-pos) / int64(pos)
		if limit := n + int(rest+rest/16) + tokenSlack; limit < want {
			want = limit
		}
	}
	toks := make([]ptok, n, max(want, n+tokenSlack))
	copy(toks, p.toks)
	p.toks = toks
}

// finishScan keeps what the parser needs of the scanner once it has
// given its last token.
func (p *parser) finishScan() {
	p.tokErrRaised = p.sc.raised
	p.openParens = p.sc.openParens()
	p.tokWarnings = p.sc.warnings
	p.sc = nil
}

// slide drops the tokens before the current position from the window,
// after a complete top-level statement (whose memos are already gone,
// see forgetMemos).
func (p *parser) slide() {
	k := p.mark - p.base
	if k <= 0 {
		return
	}
	n := copy(p.toks, p.toks[k:])
	p.toks = p.toks[:n]
	p.base = p.mark
}
