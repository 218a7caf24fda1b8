package syntax

// The expression of an f-string replacement field is parsed by a parser
// of its own over "(" + expression + ")" (the parentheses allow leading
// whitespace), with CPython's fstring start rule, star_expressions. Its
// tokens are moved to where the expression sits in the file: lines by
// the number of newlines before the field, and columns, on the
// expression's first line only, by the field's column.

// fstringPos places the parser of a replacement field in the file.
type fstringPos struct {
	startLine int    // file line of the text's first line
	col       int    // column shift of tokens ending on the first line
	src       string // the text parsed, "(" + expression + ")\n"
}

// line returns line n (a file line number) of the parsed text, which
// CPython gives as the text of an error in a replacement field.
func (f *fstringPos) line(n int) string {
	rel := n - f.startLine + 1
	s := f.src
	for i := 1; i < rel; i++ {
		j := indexByte(s, '\n')
		if j < 0 {
			return ""
		}
		s = s[j+1:]
	}
	if rel < 1 {
		return ""
	}
	if j := indexByte(s, '\n'); j >= 0 {
		return s[:j+1]
	}
	return s
}

// modeFString is the start rule of a replacement field's parser.
const modeFString Mode = 255

// fstringExprLocation finds how far the field whose '{' is at text[brace]
// is from the start of the token: the newlines before it, and its column
// unless only whitespace follows the brace on its line (CPython's
// fstring_find_expr_location).
func fstringExprLocation(text string, brace int) (lines, cols int) {
	newlineAfterBrace := true
	for i := brace + 1; i < len(text) && text[i] != '}' && text[i] != '\n'; i++ {
		if c := text[i]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		start := brace
		for start > 0 && text[start] != '\n' {
			start--
		}
		cols = brace - start
		if text[start] == '\n' {
			cols--
		}
	}
	for i := 0; i < brace; i++ {
		if text[i] == '\n' {
			lines++
		}
	}
	return lines, cols
}

// fstringCompileExpr parses the expression p.text(t)[start:end] of a
// replacement field (CPython's fstring_compile_expr).
func (p *parser) fstringCompileExpr(t *ptok, start, end int) Expr {
	expr := p.text(t)[start:end]
	blank := true
	for i := 0; i < len(expr); i++ {
		if c := expr[i]; c != ' ' && c != '\t' && c != '\n' && c != '\f' {
			blank = false
			break
		}
	}
	if blank {
		p.raise("SyntaxError", "f-string: empty expression not allowed")
		return nil
	}
	lines, cols := fstringExprLocation(p.text(t), start-1)
	col := cols
	if lines == 0 {
		col += int(t.start.Col)
	}
	src := "(" + expr + ")"
	tz := NewTokenizer(src, TokenizerOptions{Filename: p.filename})
	startLine := int(t.start.Line) + lines
	sub := &parser{
		mode:          modeFString,
		flags:         p.flags,
		knownErrToken: -1,
		fstr:          &fstringPos{startLine: startLine, col: col, src: tz.Source()},
	}
	sub.loadTokens(tz)
	sub.shiftFstringTokens()
	e := sub.runFString()
	if sub.err != nil {
		p.err = sub.err
		return nil
	}
	for _, w := range sub.warnings {
		p.warn(w.Category, w.Msg, int32(w.Lineno))
	}
	return e
}

// shiftFstringTokens moves the tokens of a replacement field's parser to
// the field's place in the file, as CPython's parser does when it
// creates tokens: all lines are shifted, and columns only for tokens
// that end on the first line.
func (p *parser) shiftFstringTokens() {
	dl := int32(p.fstr.startLine - 1)
	dc := int32(p.fstr.col)
	for i := range p.toks {
		t := &p.toks[i]
		if p.end(t).Line == 1 {
			t.start.Col += dc
		}
		t.start.Line += dl
	}
	if p.tokErr != nil {
		e := *p.tokErr
		if e.Lineno > 0 {
			e.Lineno += int(dl)
		}
		if e.EndLineno > 0 {
			e.EndLineno += int(dl)
		}
		p.tokErr = &e
	}
}

// runFString parses a replacement field in two passes like run.
func (p *parser) runFString() Expr {
	p.allocMemos(16)
	e := p.starExpressions()
	if e != nil && p.err == nil {
		return e
	}
	lastTok := p.fill - 1
	p.resetForErrorPass()
	if p.err == nil {
		p.starExpressions()
	}
	p.setSyntaxError(lastTok)
	return nil
}
