package sre

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// This file handles replacement templates (the repl of sub and
// Match.expand): "\1", "\g<name>", "\g<2>" and the escapes of string
// literals, parsed with the rules and messages of CPython 3.11's
// sre_parse.parse_template.

// templatePart is a piece of a parsed template: a literal (group < 0)
// or a group reference.
type templatePart struct {
	literal py.Object
	group   int
}

// template is a parsed template.
type template struct {
	parts []templatePart
}

// literalOnly returns the template's text when it refers to no group.
func (tp *template) literalOnly() (py.Object, bool) {
	if len(tp.parts) == 1 && tp.parts[0].group < 0 {
		return tp.parts[0].literal, true
	}
	return nil, false
}

// parseTemplate parses a replacement template for pattern p.
func parseTemplate(t *py.Thread, p *Pattern, repl py.Object) (*template, error) {
	var text []rune
	istext := false
	if s, ok := py.AsStr(repl); ok {
		text, istext = s.Runes(), true
	} else if b, ok := py.BytesLike(repl); ok {
		text = make([]rune, len(b))
		for i, c := range b {
			text[i] = rune(c)
		}
	} else {
		return nil, py.Errorf(py.TypeErrorType, "decoding to str: need a bytes-like object, %s found", py.TypeName(repl))
	}
	parts, err := parseTemplateText(text, istext, p.prog.groups, func(name string) (int, bool) {
		g, ok := p.prog.groupdict[name]
		return g, ok
	})
	if err != nil {
		return nil, raiseError(t, err, repl)
	}
	tp := &template{}
	for _, part := range parts {
		if part.group >= 0 {
			tp.parts = append(tp.parts, templatePart{group: part.group})
			continue
		}
		var lit py.Object
		if istext {
			lit = py.NewStr(runesText(part.text))
		} else {
			b := make([]byte, len(part.text))
			for i, r := range part.text {
				b[i] = byte(r)
			}
			lit = py.NewBytes(b)
		}
		tp.parts = append(tp.parts, templatePart{literal: lit, group: -1})
	}
	return tp, nil
}

// rawPart is a parsed piece of template text.
type rawPart struct {
	text  []rune
	group int
}

// parseTemplateText parses the code points of a template; groups is the
// number of groups of the pattern and lookup finds group names.
func parseTemplateText(text []rune, istext bool, groups int, lookup func(string) (int, bool)) ([]rawPart, error) {
	s, err := newSource(text, istext)
	if err != nil {
		return nil, err
	}
	var parts []rawPart
	var literal []rune
	addgroup := func(index, offset int) error {
		if index > groups {
			return s.error(fmt.Sprintf("invalid group reference %d", index), offset)
		}
		if len(literal) > 0 {
			parts = append(parts, rawPart{text: literal, group: -1})
			literal = nil
		}
		parts = append(parts, rawPart{group: index})
		return nil
	}
	for {
		this, err := s.get()
		if err != nil {
			return nil, err
		}
		if this.end() {
			break
		}
		if !this.esc {
			literal = append(literal, this.c)
			continue
		}
		c := this.c
		switch {
		case c == 'g':
			ok, err := s.match('<')
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, s.error("missing <", 0)
			}
			name, err := s.getuntil('>', "group name")
			if err != nil {
				return nil, err
			}
			var index int
			if isIdentifier(name) {
				g, found := lookup(runesText(name))
				if !found {
					return nil, &Error{Kind: ErrIndex, Msg: "unknown group name " + reprRunes(name), Pos: -1}
				}
				index = g
			} else {
				g, text, ok := parseGroupNumber(name)
				if !ok {
					return nil, s.error("bad character in group name "+reprRunes(name), len(name)+1)
				}
				if g >= maxGroups {
					return nil, s.error("invalid group reference "+text, len(name)+1)
				}
				index = g
			}
			if err := addgroup(index, len(name)+1); err != nil {
				return nil, err
			}
		case c == '0':
			ds := []rune{'0'}
			for i := 0; i < 2 && s.next.in(octDigits); i++ {
				ds = append(ds, s.next.c)
				if err := s.advance(); err != nil {
					return nil, err
				}
			}
			n, _ := strconv.ParseUint(string(ds), 8, 32)
			literal = append(literal, rune(n&0xff))
		case strings.ContainsRune(digits, c):
			ds := []rune{c}
			isOctal := false
			if s.next.in(digits) {
				ds = append(ds, s.next.c)
				if err := s.advance(); err != nil {
					return nil, err
				}
				if strings.ContainsRune(octDigits, c) && strings.ContainsRune(octDigits, ds[1]) && s.next.in(octDigits) {
					ds = append(ds, s.next.c)
					if err := s.advance(); err != nil {
						return nil, err
					}
					isOctal = true
					n, _ := strconv.ParseUint(string(ds), 8, 32)
					if n > 0o377 {
						return nil, s.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escapeText(ds[0], ds[1:])), 1+len(ds))
					}
					literal = append(literal, rune(n))
				}
			}
			if !isOctal {
				n, _ := strconv.Atoi(string(ds))
				if err := addgroup(n, len(ds)); err != nil {
					return nil, err
				}
			}
		default:
			if v, ok := simpleEscapes[c]; ok {
				literal = append(literal, rune(v))
			} else if strings.ContainsRune(asciiLetters, c) {
				return nil, s.error("bad escape "+this.text(), 2)
			} else {
				literal = append(literal, '\\', c)
			}
		}
	}
	if len(literal) > 0 {
		parts = append(parts, rawPart{text: literal, group: -1})
	}
	return parts, nil
}

// expand returns the template filled in with the groups of m.
func (tp *template) expand(t *py.Thread, m *Match) (py.Object, error) {
	items := make([]py.Object, 0, len(tp.parts))
	for _, part := range tp.parts {
		if part.group < 0 {
			items = append(items, part.literal)
			continue
		}
		g := m.groupByIndex(part.group, py.None)
		if g == py.None {
			continue
		}
		items = append(items, g)
	}
	empty, err := py.GetItem(t, m.subj.obj, py.NewSlice(py.None, py.NewInt(0), py.None))
	if err != nil {
		return nil, err
	}
	return joinItems(t, empty, items)
}

// joinItems joins the pieces of a result with the empty string sep (str
// or bytes), as sep.join(items).
func joinItems(t *py.Thread, sep py.Object, items []py.Object) (py.Object, error) {
	if s, ok := sep.(*py.Str); ok {
		return py.JoinWith(t, s, items)
	}
	return py.CallMethod(t, sep, "join", py.NewList(items))
}

// replCache remembers the last template a pattern parsed (sub called in
// a loop with one replacement).
type replCache struct {
	key py.Object
	tp  *template
}

// compileRepl returns the parsed template repl, reusing the last one.
func (p *Pattern) compileRepl(t *py.Thread, repl py.Object) (*template, error) {
	if k := p.repl.key; k != nil {
		if k == repl {
			return p.repl.tp, nil
		}
		if ks, ok := k.(*py.Str); ok {
			if rs, ok := repl.(*py.Str); ok && ks.String() == rs.String() {
				return p.repl.tp, nil
			}
		}
	}
	if _, ok := repl.(*py.ByteArray); ok {
		return nil, py.Errorf(py.TypeErrorType, "unhashable type: 'bytearray'")
	}
	tp, err := parseTemplate(t, p, repl)
	if err != nil {
		return nil, err
	}
	if _, ok := repl.(*py.Str); ok {
		p.repl = replCache{key: repl, tp: tp}
	}
	return tp, nil
}
