package syntax

// Patterns of match statements (python.gram: Match statement).

// patterns: open_sequence_pattern | pattern
func (p *parser) patterns() Pattern {
	mark := p.mark
	if pats := p.openSequencePattern(); pats != nil {
		return &MatchSequence{Span: p.span(mark), Patterns: pats}
	}
	if p.err != nil {
		return nil
	}
	return p.pattern()
}

// pattern: as_pattern | or_pattern
func (p *parser) pattern() Pattern {
	if !p.enter() {
		p.leave()
		return nil
	}
	defer p.leave()
	if a := p.asPattern(); a != nil || p.err != nil {
		return a
	}
	return p.orPattern()
}

// asPattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
func (p *parser) asPattern() Pattern {
	mark := p.mark
	if pat := p.orPattern(); pat != nil {
		if p.expect(kwAs) != nil {
			if target := p.patternCaptureTarget(); target != "" {
				return &MatchAs{Span: p.span(mark), Pattern: pat, Name: target}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidAsPattern()
		p.mark = mark
	}
	return nil
}

// orPattern: '|'.closed_pattern+
func (p *parser) orPattern() Pattern {
	mark := p.mark
	a := p.closedPattern()
	if a == nil {
		return nil
	}
	var pats []Pattern
	for {
		m := p.mark
		if p.expect(VBAR) == nil {
			break
		}
		b := p.closedPattern()
		if b == nil {
			p.mark = m
			break
		}
		if pats == nil {
			pats = []Pattern{a}
		}
		pats = append(pats, b)
	}
	if p.err != nil {
		return nil
	}
	if pats == nil {
		return a
	}
	return &MatchOr{Span: p.span(mark), Patterns: pats}
}

// closedPattern (memo):
//
//	| literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//	| group_pattern | sequence_pattern | mapping_pattern | class_pattern
func (p *parser) closedPattern() Pattern {
	if r, ok := p.memoGet(mClosedPattern); ok {
		pat, _ := r.(Pattern)
		return pat
	}
	mark := p.mark
	var res Pattern
	if p.enter() {
		res = p.closedPatternBody()
	}
	p.leave()
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mClosedPattern, res)
	return res
}

func (p *parser) closedPatternBody() Pattern {
	for i := 0; i < 8; i++ {
		var res Pattern
		switch i {
		case 0:
			res = p.literalPattern()
		case 1:
			res = p.capturePattern()
		case 2:
			res = p.wildcardPattern()
		case 3:
			res = p.valuePattern()
		case 4:
			res = p.groupPattern()
		case 5:
			res = p.sequencePattern()
		case 6:
			res = p.mappingPattern()
		case 7:
			res = p.classPattern()
		}
		if res != nil || p.err != nil {
			return res
		}
	}
	return nil
}

// literalPattern:
//
//	| signed_number !('+' | '-')
//	| complex_number
//	| strings
//	| 'None' | 'True' | 'False'
func (p *parser) literalPattern() Pattern {
	mark := p.mark
	if v := p.literalValue(); v != nil {
		if c, ok := v.(*Constant); ok && p.at(mark).kind != STRING {
			switch c.Value.(type) {
			case NoneType, bool:
				return &MatchSingleton{Span: c.Span, Value: c.Value}
			}
		}
		return &MatchValue{Span: p.span(mark), Value: v}
	}
	return nil
}

// literalExpr: the same alternatives as literal_pattern, giving
// expressions.
func (p *parser) literalExpr() Expr {
	return p.literalValue()
}

// literalValue parses the alternatives of literal_expr.
func (p *parser) literalValue() Expr {
	mark := p.mark
	if v := p.signedNumber(); v != nil {
		if k := p.peek().kind; k != PLUS && k != MINUS {
			return v
		}
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	if v := p.complexNumber(); v != nil || p.err != nil {
		return v
	}
	t := p.peek()
	switch t.kind {
	case STRING:
		return p.strings()
	case kwNone:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: None}
	case kwTrue:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: true}
	case kwFalse:
		p.mark++
		return &Constant{Span: p.tokSpan(t), Value: false}
	}
	return nil
}

// complexNumber: signed_real_number ('+' | '-') imaginary_number
func (p *parser) complexNumber() Expr {
	mark := p.mark
	real := p.signedRealNumber()
	if real == nil {
		return nil
	}
	var op Operator
	switch p.peek().kind {
	case PLUS:
		op = OpAdd
	case MINUS:
		op = OpSub
	default:
		p.mark = mark
		return nil
	}
	p.mark++
	imag := p.imaginaryNumber()
	if imag == nil {
		p.mark = mark
		return nil
	}
	return &BinOp{Span: p.span(mark), Left: real, Op: op, Right: imag}
}

// signedNumber: NUMBER | '-' NUMBER
func (p *parser) signedNumber() Expr {
	mark := p.mark
	if p.check(NUMBER) {
		return p.number()
	}
	if p.expect(MINUS) != nil {
		if n := p.number(); n != nil {
			return &UnaryOp{Span: p.span(mark), Op: USub, Operand: n}
		}
	}
	p.mark = mark
	return nil
}

// signedRealNumber: real_number | '-' real_number
func (p *parser) signedRealNumber() Expr {
	mark := p.mark
	if p.check(NUMBER) {
		return p.realNumber()
	}
	if p.expect(MINUS) != nil {
		if n := p.realNumber(); n != nil {
			return &UnaryOp{Span: p.span(mark), Op: USub, Operand: n}
		}
	}
	p.mark = mark
	return nil
}

// realNumber: NUMBER that is not imaginary
func (p *parser) realNumber() Expr {
	n := p.number()
	if n == nil {
		return nil
	}
	if c, ok := n.(*Constant); ok {
		if _, isComplex := c.Value.(complex128); isComplex {
			p.raiseSpan(c.Span, "real number required in complex literal")
			return nil
		}
	}
	return n
}

// imaginaryNumber: NUMBER that is imaginary
func (p *parser) imaginaryNumber() Expr {
	n := p.number()
	if n == nil {
		return nil
	}
	if c, ok := n.(*Constant); ok {
		if _, isComplex := c.Value.(complex128); !isComplex {
			p.raiseSpan(c.Span, "imaginary number required in complex literal")
			return nil
		}
	}
	return n
}

// capturePattern: pattern_capture_target
func (p *parser) capturePattern() Pattern {
	mark := p.mark
	if name := p.patternCaptureTarget(); name != "" {
		return &MatchAs{Span: p.span(mark), Name: name}
	}
	return nil
}

// patternCaptureTarget: !"_" NAME !('.' | '(' | '=')
func (p *parser) patternCaptureTarget() string {
	mark := p.mark
	t := p.peek()
	if t.kind != NAME || p.text(t) == "_" {
		return ""
	}
	p.mark++
	switch p.peek().kind {
	case DOT, LPAR, EQUAL:
		p.mark = mark
		return ""
	}
	return p.identifier(p.text(t))
}

// wildcardPattern: "_"
func (p *parser) wildcardPattern() Pattern {
	mark := p.mark
	if p.expectSoft("_") == nil {
		return nil
	}
	return &MatchAs{Span: p.span(mark)}
}

// valuePattern: attr !('.' | '(' | '=')
func (p *parser) valuePattern() Pattern {
	mark := p.mark
	a := p.attr()
	if a == nil {
		return nil
	}
	switch p.peek().kind {
	case DOT, LPAR, EQUAL:
		p.mark = mark
		return nil
	}
	return &MatchValue{Span: p.span(mark), Value: a}
}

// attr (left-recursive, with name_or_attr): name_or_attr '.' NAME
func (p *parser) attr() Expr {
	if r, ok := p.memoGet(mAttr); ok {
		e, _ := r.(Expr)
		return e
	}
	mark := p.mark
	var res Expr
	if n := p.expectName(); n != nil {
		var cur Expr = n
		for {
			m := p.mark
			if p.expect(DOT) == nil {
				break
			}
			b := p.expect(NAME)
			if b == nil {
				p.mark = m
				break
			}
			cur = &Attribute{Span: p.span(mark), Value: cur, Attr: p.identifier(p.text(b)), Ctx: Load}
			res = cur
		}
		if res == nil {
			p.mark = mark
		}
	}
	p.memoSet(mark, mAttr, res)
	return res
}

// nameOrAttr: attr | NAME
func (p *parser) nameOrAttr() Expr {
	if a := p.attr(); a != nil || p.err != nil {
		return a
	}
	if n := p.expectName(); n != nil {
		return n
	}
	return nil
}

// groupPattern: '(' pattern ')'
func (p *parser) groupPattern() Pattern {
	mark := p.mark
	if p.expect(LPAR) == nil {
		return nil
	}
	if pat := p.pattern(); pat != nil && p.expect(RPAR) != nil {
		return pat
	}
	p.mark = mark
	return nil
}

// sequencePattern:
//
//	| '[' maybe_sequence_pattern? ']'
//	| '(' open_sequence_pattern? ')'
func (p *parser) sequencePattern() Pattern {
	mark := p.mark
	if p.expect(LSQB) != nil {
		pats := p.maybeSequencePattern()
		if p.err != nil {
			return nil
		}
		if p.expect(RSQB) != nil {
			return &MatchSequence{Span: p.span(mark), Patterns: pats}
		}
		p.mark = mark
		return nil
	}
	if p.expect(LPAR) != nil {
		pats := p.openSequencePattern()
		if p.err != nil {
			return nil
		}
		if p.expect(RPAR) != nil {
			return &MatchSequence{Span: p.span(mark), Patterns: pats}
		}
		p.mark = mark
	}
	return nil
}

// openSequencePattern: maybe_star_pattern ',' maybe_sequence_pattern?
func (p *parser) openSequencePattern() []Pattern {
	mark := p.mark
	a := p.maybeStarPattern()
	if a == nil || p.expect(COMMA) == nil {
		p.mark = mark
		return nil
	}
	rest := p.maybeSequencePattern()
	if p.err != nil {
		return nil
	}
	return append([]Pattern{a}, rest...)
}

// maybeSequencePattern: ','.maybe_star_pattern+ ','?
func (p *parser) maybeSequencePattern() []Pattern {
	a := p.maybeStarPattern()
	if a == nil {
		return nil
	}
	out := []Pattern{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		b := p.maybeStarPattern()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	if p.err != nil {
		return nil
	}
	p.expect(COMMA)
	return out
}

// maybeStarPattern: star_pattern | pattern
func (p *parser) maybeStarPattern() Pattern {
	if s := p.starPattern(); s != nil || p.err != nil {
		return s
	}
	return p.pattern()
}

// starPattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
func (p *parser) starPattern() Pattern {
	if r, ok := p.memoGet(mStarPattern); ok {
		pat, _ := r.(Pattern)
		return pat
	}
	mark := p.mark
	var res Pattern
	if p.expect(STAR) != nil {
		if name := p.patternCaptureTarget(); name != "" {
			res = &MatchStar{Span: p.span(mark), Name: name}
		} else if p.wildcardPattern() != nil {
			res = &MatchStar{Span: p.span(mark)}
		}
	}
	if p.err != nil {
		res = nil
	}
	if res == nil {
		p.mark = mark
	}
	p.memoSet(mark, mStarPattern, res)
	return res
}

// keyPattern is a key (or keyword name) with its pattern.
type keyPattern struct {
	key Expr
	pat Pattern
}

// mappingPattern:
//
//	| '{' '}'
//	| '{' double_star_pattern ','? '}'
//	| '{' items_pattern ',' double_star_pattern ','? '}'
//	| '{' items_pattern ','? '}'
func (p *parser) mappingPattern() Pattern {
	mark := p.mark
	if p.expect(LBRACE) == nil {
		return nil
	}
	if p.expect(RBRACE) != nil {
		return &MatchMapping{Span: p.span(mark)}
	}
	afterBrace := p.mark
	if rest := p.doubleStarPattern(); rest != "" {
		p.expect(COMMA)
		if p.expect(RBRACE) != nil {
			return &MatchMapping{Span: p.span(mark), Rest: rest}
		}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterBrace
	if items := p.itemsPattern(); items != nil {
		afterItems := p.mark
		if p.expect(COMMA) != nil {
			if rest := p.doubleStarPattern(); rest != "" {
				p.expect(COMMA)
				if p.expect(RBRACE) != nil {
					keys, pats := splitKeyPatterns(items)
					return &MatchMapping{Span: p.span(mark), Keys: keys, Patterns: pats, Rest: rest}
				}
			}
		}
		if p.err != nil {
			return nil
		}
		p.mark = afterItems
		p.expect(COMMA)
		if p.expect(RBRACE) != nil {
			keys, pats := splitKeyPatterns(items)
			return &MatchMapping{Span: p.span(mark), Keys: keys, Patterns: pats}
		}
	}
	p.mark = mark
	return nil
}

func splitKeyPatterns(items []keyPattern) ([]Expr, []Pattern) {
	keys := make([]Expr, len(items))
	pats := make([]Pattern, len(items))
	for i, it := range items {
		keys[i], pats[i] = it.key, it.pat
	}
	return keys, pats
}

// itemsPattern: ','.key_value_pattern+
func (p *parser) itemsPattern() []keyPattern {
	a, ok := p.keyValuePattern()
	if !ok {
		return nil
	}
	out := []keyPattern{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		b, ok := p.keyValuePattern()
		if !ok {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	if p.err != nil {
		return nil
	}
	return out
}

// keyValuePattern: (literal_expr | attr) ':' pattern
func (p *parser) keyValuePattern() (keyPattern, bool) {
	mark := p.mark
	key := p.literalExpr()
	if key == nil && p.err == nil {
		key = p.attr()
	}
	if key != nil && p.expect(COLON) != nil {
		if pat := p.pattern(); pat != nil {
			return keyPattern{key, pat}, true
		}
	}
	p.mark = mark
	return keyPattern{}, false
}

// doubleStarPattern: '**' pattern_capture_target
func (p *parser) doubleStarPattern() string {
	mark := p.mark
	if p.expect(DOUBLESTAR) == nil {
		return ""
	}
	name := p.patternCaptureTarget()
	if name == "" {
		p.mark = mark
	}
	return name
}

// classPattern:
//
//	| name_or_attr '(' ')'
//	| name_or_attr '(' positional_patterns ','? ')'
//	| name_or_attr '(' keyword_patterns ','? ')'
//	| name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//	| invalid_class_pattern
func (p *parser) classPattern() Pattern {
	mark := p.mark
	cls := p.nameOrAttr()
	if cls == nil {
		return nil
	}
	if p.expect(LPAR) == nil {
		p.mark = mark
		return nil
	}
	afterParen := p.mark
	if p.expect(RPAR) != nil {
		return &MatchClass{Span: p.span(mark), Cls: cls}
	}
	if pos := p.positionalPatterns(); pos != nil {
		afterPos := p.mark
		p.expect(COMMA)
		if p.expect(RPAR) != nil {
			return &MatchClass{Span: p.span(mark), Cls: cls, Patterns: pos}
		}
		p.mark = afterPos
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterParen
	if kws := p.keywordPatterns(); kws != nil {
		p.expect(COMMA)
		if p.expect(RPAR) != nil {
			names, pats := keywordNames(kws)
			return &MatchClass{Span: p.span(mark), Cls: cls, KwdAttrs: names, KwdPatterns: pats}
		}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterParen
	if pos := p.positionalPatterns(); pos != nil {
		if p.expect(COMMA) != nil {
			if kws := p.keywordPatterns(); kws != nil {
				p.expect(COMMA)
				if p.expect(RPAR) != nil {
					names, pats := keywordNames(kws)
					return &MatchClass{Span: p.span(mark), Cls: cls, Patterns: pos, KwdAttrs: names, KwdPatterns: pats}
				}
			}
		}
	}
	p.mark = mark
	if p.err != nil {
		return nil
	}
	if p.callInvalid {
		p.invalidClassPattern()
		p.mark = mark
	}
	return nil
}

func keywordNames(kws []keyPattern) ([]string, []Pattern) {
	names := make([]string, len(kws))
	pats := make([]Pattern, len(kws))
	for i, kp := range kws {
		names[i] = kp.key.(*Name).Id
		pats[i] = kp.pat
	}
	return names, pats
}

// positionalPatterns: ','.pattern+
func (p *parser) positionalPatterns() []Pattern {
	a := p.pattern()
	if a == nil {
		return nil
	}
	out := []Pattern{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		b := p.pattern()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	if p.err != nil {
		return nil
	}
	return out
}

// keywordPatterns: ','.keyword_pattern+
func (p *parser) keywordPatterns() []keyPattern {
	a, ok := p.keywordPattern()
	if !ok {
		return nil
	}
	out := []keyPattern{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		b, ok := p.keywordPattern()
		if !ok {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	if p.err != nil {
		return nil
	}
	return out
}

// keywordPattern: NAME '=' pattern
func (p *parser) keywordPattern() (keyPattern, bool) {
	mark := p.mark
	n := p.expectName()
	if n != nil && p.expect(EQUAL) != nil {
		if pat := p.pattern(); pat != nil {
			return keyPattern{n, pat}, true
		}
	}
	p.mark = mark
	return keyPattern{}, false
}
