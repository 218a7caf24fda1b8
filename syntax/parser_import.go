package syntax

// Import statements (python.gram: Import statements).

// importStmt: import_name | import_from
func (p *parser) importStmt() Stmt {
	if s := p.importName(); s != nil || p.err != nil {
		return s
	}
	return p.importFrom()
}

// importName: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	mark := p.mark
	if p.expect(kwImport) == nil {
		return nil
	}
	names := p.dottedAsNames()
	if names == nil {
		p.mark = mark
		return nil
	}
	return &Import{Span: p.span(mark), Names: names}
}

// importFrom:
//
//	| 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	| 'from' ('.' | '...')+ 'import' import_from_targets
func (p *parser) importFrom() Stmt {
	mark := p.mark
	if p.expect(kwFrom) == nil {
		return nil
	}
	level := 0
	for {
		if p.expect(DOT) != nil {
			level++
		} else if p.expect(ELLIPSIS) != nil {
			level += 3
		} else {
			break
		}
	}
	afterDots := p.mark
	if mod := p.dottedName(); mod != nil {
		if p.expect(kwImport) != nil {
			if names := p.importFromTargets(); names != nil {
				return &ImportFrom{Span: p.span(mark), Module: mod.Id, Names: names, Level: level}
			}
		}
	}
	if p.err != nil {
		return nil
	}
	p.mark = afterDots
	if level > 0 && p.expect(kwImport) != nil {
		if names := p.importFromTargets(); names != nil {
			return &ImportFrom{Span: p.span(mark), Names: names, Level: level}
		}
	}
	p.mark = mark
	return nil
}

// importFromTargets:
//
//	| '(' import_from_as_names [','] ')'
//	| import_from_as_names !','
//	| '*'
//	| invalid_import_from_targets
func (p *parser) importFromTargets() []*Alias {
	mark := p.mark
	if p.expect(LPAR) != nil {
		if names := p.importFromAsNames(); names != nil {
			p.expect(COMMA)
			if p.expect(RPAR) != nil {
				return names
			}
		}
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	if names := p.importFromAsNames(); names != nil {
		if !p.check(COMMA) {
			return names
		}
		p.mark = mark
	}
	if p.err != nil {
		return nil
	}
	if p.expect(STAR) != nil {
		return []*Alias{{Span: p.span(mark), Name: "*"}}
	}
	if p.callInvalid {
		// invalid_import_from_targets: import_from_as_names ',' NEWLINE
		if p.importFromAsNames() != nil && p.expect(COMMA) != nil && p.expect(NEWLINE) != nil {
			p.raise("SyntaxError", "trailing comma not allowed without surrounding parentheses")
		}
		p.mark = mark
	}
	return nil
}

// importFromAsNames: ','.import_from_as_name+
func (p *parser) importFromAsNames() []*Alias {
	a := p.importFromAsName()
	if a == nil {
		return nil
	}
	out := []*Alias{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		a := p.importFromAsName()
		if a == nil {
			p.mark = m
			break
		}
		out = append(out, a)
	}
	return out
}

// importFromAsName: NAME ['as' NAME]
func (p *parser) importFromAsName() *Alias {
	mark := p.mark
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	asname := p.optAsName()
	return &Alias{Span: p.span(mark), Name: p.identifier(p.text(t)), Asname: asname}
}

// optAsName parses an optional ['as' NAME] and returns the name.
func (p *parser) optAsName() string {
	m := p.mark
	if p.expect(kwAs) == nil {
		return ""
	}
	t := p.expect(NAME)
	if t == nil {
		p.mark = m
		return ""
	}
	return p.identifier(p.text(t))
}

// dottedAsNames: ','.dotted_as_name+
func (p *parser) dottedAsNames() []*Alias {
	a := p.dottedAsName()
	if a == nil {
		return nil
	}
	out := []*Alias{a}
	for {
		m := p.mark
		if p.expect(COMMA) == nil {
			break
		}
		a := p.dottedAsName()
		if a == nil {
			p.mark = m
			break
		}
		out = append(out, a)
	}
	return out
}

// dottedAsName: dotted_name ['as' NAME]
func (p *parser) dottedAsName() *Alias {
	mark := p.mark
	n := p.dottedName()
	if n == nil {
		return nil
	}
	asname := p.optAsName()
	return &Alias{Span: p.span(mark), Name: n.Id, Asname: asname}
}

// dottedName (left-recursive): dotted_name '.' NAME | NAME
func (p *parser) dottedName() *Name {
	if r, ok := p.memoGet(mDottedName); ok {
		n, _ := r.(*Name)
		return n
	}
	mark := p.mark
	n := p.expectName()
	if n != nil {
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
			n = &Name{Span: Span{n.Lineno, n.ColOffset, p.end(b).Line, p.end(b).Col}, Id: n.Id + "." + p.identifier(p.text(b)), Ctx: Load}
		}
	}
	p.memoSet(mark, mDottedName, n)
	return n
}
