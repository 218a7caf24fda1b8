package sre

import (
	"fmt"
)

// This file is the pattern parser: it turns the text of a regular
// expression into a tree of nodes with the grammar, the optimisations
// (common prefixes of alternatives, alternatives of single characters
// turned into sets) and the error messages of CPython 3.11's sre_parse.

const (
	specialChars = ".\\[{()*+?^$|"
	repeatChars  = "*+?{"
	digits       = "0123456789"
	octDigits    = "01234567"
	hexDigits    = "0123456789abcdefABCDEF"
	asciiLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	whitespace   = " \t\n\r\v\f"
)

// flagLetters maps the letters of inline flags to flags.
var flagLetters = map[rune]int{
	'i': flagIgnoreCase,
	'L': flagLocale,
	'm': flagMultiline,
	's': flagDotAll,
	'x': flagVerbose,
	'a': flagASCII,
	't': flagTemplate,
	'u': flagUnicode,
}

// parsed is the result of parsing a pattern.
type parsed struct {
	p     *subpattern
	st    *parseState
	flags int // the flags given and set inline, checked against the pattern type
}

// parse parses a pattern: its code points (bytes patterns as Latin-1),
// whether it is a str pattern, and the flags given to compile.
func parse(pat []rune, istext bool, flags int) (*parsed, error) {
	s, err := newSource(pat, istext)
	if err != nil {
		return nil, err
	}
	st := newParseState(flags)
	p, err := parseSub(s, st, flags&flagVerbose != 0, 0)
	if err != nil {
		return nil, err
	}
	st.flags, err = fixFlags(istext, st.flags)
	if err != nil {
		return nil, err
	}
	if !s.next.end() {
		return nil, s.error("unbalanced parenthesis", 0)
	}
	for _, g := range st.grouprefOrder {
		if g >= st.groups() {
			return nil, &Error{Msg: fmt.Sprintf("invalid group reference %d", g), Pos: st.grouprefpos[g]}
		}
	}
	return &parsed{p: p, st: st, flags: st.flags}, nil
}

// fixFlags checks the flags against the pattern type, adding UNICODE to
// str patterns without ASCII.
func fixFlags(istext bool, flags int) (int, error) {
	if istext {
		if flags&flagLocale != 0 {
			return 0, &Error{Kind: ErrValue, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
		}
		if flags&flagASCII == 0 {
			flags |= flagUnicode
		} else if flags&flagUnicode != 0 {
			return 0, &Error{Kind: ErrValue, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
		}
	} else {
		if flags&flagUnicode != 0 {
			return 0, &Error{Kind: ErrValue, Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		if flags&flagLocale != 0 && flags&flagASCII != 0 {
			return 0, &Error{Kind: ErrValue, Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}
		}
	}
	return flags, nil
}

// parseSub parses alternatives: a|b|c.
func parseSub(s *source, st *parseState, verbose bool, nested int) (*subpattern, error) {
	var items []*subpattern
	for {
		item, err := parseSeq(s, st, verbose, nested+1, nested == 0 && len(items) == 0)
		if err != nil {
			return nil, err
		}
		items = append(items, item)
		more, err := s.match('|')
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
		if nested == 0 {
			verbose = st.flags&flagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	sp := newSub(st)

	// Move a prefix all alternatives share out of the branch.
	for {
		var prefix *node
		shared := true
		for _, item := range items {
			if len(item.data) == 0 {
				shared = false
				break
			}
			if prefix == nil {
				prefix = &item.data[0]
			} else if !sameNode(&item.data[0], prefix) {
				shared = false
				break
			}
		}
		if !shared {
			break
		}
		sp.data = append(sp.data, *prefix)
		for _, item := range items {
			item.data = item.data[1:]
		}
	}

	// Alternatives of single characters or sets become one set.
	var set []setItem
	for _, item := range items {
		if len(item.data) != 1 {
			set = nil
			break
		}
		n := &item.data[0]
		if n.op == opLiteral {
			set = append(set, setItem{op: opLiteral, lo: n.arg})
		} else if n.op == opIn && n.items[0].op != opNegate {
			set = append(set, n.items...)
		} else {
			set = nil
			break
		}
	}
	if set != nil {
		sp.data = append(sp.data, node{op: opIn, items: uniqItems(set)})
		return sp, nil
	}
	sp.data = append(sp.data, node{op: opBranch, branches: items})
	return sp, nil
}

// parseSeq parses a sequence of items up to "|", ")" or the end. first
// says whether it starts the pattern (where global flags may appear).
func parseSeq(s *source, st *parseState, verbose bool, nested int, first bool) (*subpattern, error) {
	sp := newSub(st)
	for {
		this := s.next
		if this.end() || this.is('|') || this.is(')') {
			break
		}
		if err := s.advance(); err != nil {
			return nil, err
		}
		if verbose {
			if this.in(whitespace) {
				continue
			}
			if this.is('#') {
				for {
					c, err := s.get()
					if err != nil {
						return nil, err
					}
					if c.end() || c.is('\n') {
						break
					}
				}
				continue
			}
		}
		switch {
		case this.esc:
			n, err := parseEscape(s, this.c, st)
			if err != nil {
				return nil, err
			}
			sp.data = append(sp.data, n)
		case !this.in(specialChars):
			sp.data = append(sp.data, node{op: opLiteral, arg: uint32(this.c)})
		case this.is('['):
			n, err := parseClass(s)
			if err != nil {
				return nil, err
			}
			sp.data = append(sp.data, n)
		case this.in(repeatChars):
			if err := parseRepeat(s, sp, this); err != nil {
				return nil, err
			}
		case this.is('.'):
			sp.data = append(sp.data, node{op: opAny})
		case this.is('('):
			v, err := parseGroup(s, st, sp, verbose, nested, first)
			if err != nil {
				return nil, err
			}
			verbose = v
		case this.is('^'):
			sp.data = append(sp.data, node{op: opAt, arg: atBeginning})
		case this.is('$'):
			sp.data = append(sp.data, node{op: opAt, arg: atEnd})
		}
	}

	// Unpack the non-capturing groups that set no flags.
	for i := len(sp.data) - 1; i >= 0; i-- {
		n := &sp.data[i]
		if n.op == opSubpattern && n.group == 0 && n.addFlags == 0 && n.delFlags == 0 {
			inner := n.sub.data
			rest := append([]node(nil), sp.data[i+1:]...)
			sp.data = append(append(sp.data[:i], inner...), rest...)
		}
	}
	return sp, nil
}

// parseClass parses a character set, after its "[".
func parseClass(s *source) (node, error) {
	here := s.tell() - 1
	var set []setItem
	negate, err := s.match('^')
	if err != nil {
		return node{}, err
	}
	for {
		this, err := s.get()
		if err != nil {
			return node{}, err
		}
		if this.end() {
			return node{}, s.error("unterminated character set", s.tell()-here)
		}
		if this.is(']') && len(set) > 0 {
			break
		}
		var code1 classCode
		if this.esc {
			if code1, err = classEscape(s, this.c); err != nil {
				return node{}, err
			}
		} else {
			code1 = classCode{op: opLiteral, c: uint32(this.c)}
		}
		dash, err := s.match('-')
		if err != nil {
			return node{}, err
		}
		if !dash {
			set = append(set, code1.item())
			continue
		}
		that, err := s.get()
		if err != nil {
			return node{}, err
		}
		if that.end() {
			return node{}, s.error("unterminated character set", s.tell()-here)
		}
		if that.is(']') {
			set = append(set, code1.item(), setItem{op: opLiteral, lo: '-'})
			break
		}
		var code2 classCode
		if that.esc {
			if code2, err = classEscape(s, that.c); err != nil {
				return node{}, err
			}
		} else {
			code2 = classCode{op: opLiteral, c: uint32(that.c)}
		}
		if code1.op != opLiteral || code2.op != opLiteral || code2.c < code1.c {
			msg := fmt.Sprintf("bad character range %s-%s", this.text(), that.text())
			return node{}, s.error(msg, this.size()+1+that.size())
		}
		set = append(set, setItem{op: opRange, lo: code1.c, hi: code2.c})
	}
	set = uniqItems(set)
	if len(set) == 1 && set[0].op == opLiteral {
		if negate {
			return node{op: opNotLiteral, arg: set[0].lo}, nil
		}
		return node{op: opLiteral, arg: set[0].lo}, nil
	}
	if negate {
		set = append([]setItem{{op: opNegate}}, set...)
	}
	return node{op: opIn, items: set}, nil
}

// parseRepeat applies the quantifier this (one of "*+?{") to the last
// item of sp.
func parseRepeat(s *source, sp *subpattern, this token) error {
	here := s.tell()
	var lo, hi uint32
	switch this.c {
	case '?':
		lo, hi = 0, 1
	case '*':
		lo, hi = 0, maxRepeat
	case '+':
		lo, hi = 1, maxRepeat
	case '{':
		if s.next.is('}') {
			sp.data = append(sp.data, node{op: opLiteral, arg: '{'})
			return nil
		}
		lo, hi = 0, maxRepeat
		loText, err := s.getwhile(1<<30, digits)
		if err != nil {
			return err
		}
		comma, err := s.match(',')
		if err != nil {
			return err
		}
		hiText := loText
		if comma {
			if hiText, err = s.getwhile(1<<30, digits); err != nil {
				return err
			}
		}
		closed, err := s.match('}')
		if err != nil {
			return err
		}
		if !closed {
			sp.data = append(sp.data, node{op: opLiteral, arg: '{'})
			return s.seek(here)
		}
		if len(loText) > 0 {
			v, ok := repeatCount(loText)
			if !ok {
				return &Error{Kind: ErrOverflow, Msg: "the repetition number is too large", Pos: -1}
			}
			lo = v
		}
		if len(hiText) > 0 {
			v, ok := repeatCount(hiText)
			if !ok {
				return &Error{Kind: ErrOverflow, Msg: "the repetition number is too large", Pos: -1}
			}
			hi = v
			if hi < lo {
				return s.error("min repeat greater than max repeat", s.tell()-here)
			}
		}
	}
	if len(sp.data) == 0 || sp.data[len(sp.data)-1].op == opAt {
		return s.error("nothing to repeat", s.tell()-here+this.size())
	}
	last := &sp.data[len(sp.data)-1]
	switch last.op {
	case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
		return s.error("multiple repeat", s.tell()-here+this.size())
	}
	var item *subpattern
	if last.op == opSubpattern && last.group == 0 && last.addFlags == 0 && last.delFlags == 0 {
		item = last.sub
	} else {
		item = &subpattern{st: sp.st, data: []node{*last}}
	}
	op := opcode(opMaxRepeat)
	if ok, err := s.match('?'); err != nil {
		return err
	} else if ok {
		op = opMinRepeat
	} else if ok, err := s.match('+'); err != nil {
		return err
	} else if ok {
		op = opPossessiveRepeat
	}
	*last = node{op: op, min: lo, max: hi, sub: item}
	return nil
}

// repeatCount converts the digits of a {m,n} bound, reporting false when
// it is MAXREPEAT or more.
func repeatCount(ds []rune) (uint32, bool) {
	var v uint64
	for _, d := range ds {
		v = v*10 + uint64(d-'0')
		if v >= maxRepeat {
			return 0, false
		}
	}
	return uint32(v), true
}
