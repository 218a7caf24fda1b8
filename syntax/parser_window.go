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
	p.toks = make([]ptok, 0, windowTokens(src))
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
// false when the scanner has nothing more to give. It reads a few tokens
// ahead (fetchAhead), which saves calls; p.fill still counts the tokens
// the parser looked at.
func (p *parser) fetch() bool {
	if p.sc == nil {
		return false
	}
	for k := 0; k < fetchAhead && p.sc != nil; k++ {
		t, ok := p.sc.next()
		switch {
		case !ok:
			// The tokenizer's error: a sentinel stands for it.
			p.tokErr = p.sc.err
			p.ntoks = p.fetched()
			p.toks = append(p.toks, ptok{kind: ERRORTOKEN, level: uint8(p.parenLevel), start: p.lastEnd})
			p.finishScan()
		case t.kind == TYPE_IGNORE:
			p.typeIgnores = append(p.typeIgnores, &TypeIgnore{Lineno: int(t.start.Line), Tag: p.text(&t)})
		default:
			if len(p.toks)+4 > cap(p.toks) {
				p.growWindow()
			}
			p.toks = p.addToken(p.toks, t, p.sc.indent)
			if t.kind == ENDMARKER {
				p.ntoks = p.fetched()
				p.finishScan()
			}
		}
	}
	return true
}

// fetchAhead is the number of tokens fetch reads at once.
const fetchAhead = 32

// growWindow makes room for more tokens in the window: twice as many,
// but no more than the tokens the rest of the source seems to hold (an
// extrapolation of the tokens read so far over the part of the source
// read so far), so that a statement that makes up most of the file does
// not leave much of the window unused.
func (p *parser) growWindow() {
	n := len(p.toks)
	want := 2 * n
	if pos, size := p.sc.pos, len(p.src); pos > 0 && pos < size {
		rest := int64(p.fetched()) * int64(size-pos) / int64(pos)
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

// at returns token i, which must be in the window. A token in the gap
// (see compact) fails the window and stands in for the missing one.
func (p *parser) at(i int) *ptok {
	if i >= p.gapEnd {
		return &p.toks[i-p.shift]
	}
	if i >= p.gapStart {
		p.failWindow()
		return &p.toks[0]
	}
	return &p.toks[i-p.base]
}

// index returns the place in p.toks of token i, which is not in the gap.
func (p *parser) index(i int) int {
	if i >= p.gapEnd {
		return i - p.shift
	}
	return i - p.base
}

// fetched returns the number of tokens fetched so far.
func (p *parser) fetched() int {
	return p.shift + len(p.toks)
}

// slide drops the tokens before the current position from the window,
// after a complete top-level statement (whose memos are already gone,
// see forgetMemos).
func (p *parser) slide() {
	k := p.index(p.mark)
	if k <= 0 {
		return
	}
	n := copy(p.toks, p.toks[k:])
	p.toks = p.toks[:n]
	p.base, p.shift = p.mark, p.mark
	p.gapStart, p.gapEnd = p.mark, p.mark
}

// compact drops the tokens of the statements from a to b (the complete
// statements of the block of a top-level statement, but the last one)
// from the middle of the window: they leave a gap, which the window
// holds at most one of, in one block. The block's own tokens before a
// (its header) stay, as the rule that holds the block may read them
// again, and so does the last complete statement, which the end of the
// block looks back at (lastNonWhitespace). A class of many methods then
// needs a window for its largest method, not for the class.
func (p *parser) compact(a, b int) {
	switch {
	case p.gapStart == p.gapEnd:
		if b <= a {
			return
		}
	case p.gapStart != a:
		return // a second block: keep it whole
	}
	from, to := p.index(a), p.index(b)
	if p.gapStart != p.gapEnd {
		from = p.index(p.gapEnd)
	}
	n := copy(p.toks[from:], p.toks[to:])
	p.toks = p.toks[:from+n]
	p.gapStart, p.gapEnd = a, b
	p.shift = p.base + b - a
}
