package sre

// parseGroup parses what follows a "(": a group, an extension such as
// (?:...), (?P<name>...), (?=...), (?(1)yes|no), (?>...), inline flags
// or a comment, and appends it to sp. It returns whether the rest of the
// sequence is verbose (global flags may change it).
func parseGroup(s *source, st *parseState, sp *subpattern, verbose bool, nested int, first bool) (bool, error) {
	start := s.tell() - 1
	capture, atomic := true, false
	var name []rune
	named := false
	addFlags, delFlags := 0, 0
	q, err := s.match('?')
	if err != nil {
		return verbose, err
	}
	if q {
		char, err := s.get()
		if err != nil {
			return verbose, err
		}
		if char.end() {
			return verbose, s.error("unexpected end of pattern", 0)
		}
		switch {
		case char.is('P'):
			if ok, err := s.match('<'); err != nil {
				return verbose, err
			} else if ok {
				if name, err = s.getuntil('>', "group name"); err != nil {
					return verbose, err
				}
				if err := s.checkgroupname(name, 1); err != nil {
					return verbose, err
				}
				named = true
				break
			}
			if ok, err := s.match('='); err != nil {
				return verbose, err
			} else if ok {
				return verbose, parseNamedRef(s, st, sp)
			}
			char, err := s.get()
			if err != nil {
				return verbose, err
			}
			if char.end() {
				return verbose, s.error("unexpected end of pattern", 0)
			}
			return verbose, s.error("unknown extension ?P"+char.text(), char.size()+2)
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if s.next.end() {
					return verbose, s.error("missing ), unterminated comment", s.tell()-start)
				}
				c, err := s.get()
				if err != nil {
					return verbose, err
				}
				if c.is(')') {
					return verbose, nil
				}
			}
		case char.in("=!<"):
			return verbose, parseLookaround(s, st, sp, char, verbose, nested, start)
		case char.is('('):
			return verbose, parseConditional(s, st, sp, verbose, nested, start)
		case char.is('>'):
			capture, atomic = false, true
		case char.is('-') || (!char.esc && flagLetters[char.c] != 0):
			add, del, global, err := parseFlags(s, st, char)
			if err != nil {
				return verbose, err
			}
			if global {
				if !first || len(sp.data) > 0 {
					return verbose, s.error("global flags not at the start of the expression", s.tell()-start)
				}
				return st.flags&flagVerbose != 0, nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			return verbose, s.error("unknown extension ?"+char.text(), char.size()+1)
		}
	}

	group := 0
	if capture {
		gid, msg := st.opengroup(runesText(name), named)
		if msg != "" {
			return verbose, s.error(msg, len(name)+1)
		}
		group = gid
	}
	subVerbose := (verbose || addFlags&flagVerbose != 0) && delFlags&flagVerbose == 0
	p, err := parseSub(s, st, subVerbose, nested+1)
	if err != nil {
		return verbose, err
	}
	if ok, err := s.match(')'); err != nil {
		return verbose, err
	} else if !ok {
		return verbose, s.error("missing ), unterminated subpattern", s.tell()-start)
	}
	if group != 0 {
		st.closegroup(group, p)
	}
	if atomic {
		sp.data = append(sp.data, node{op: opAtomicGroup, sub: p})
	} else {
		sp.data = append(sp.data, node{op: opSubpattern, group: group, addFlags: addFlags, delFlags: delFlags, sub: p})
	}
	return verbose, nil
}

// parseNamedRef parses a named back reference (?P=name), after its "=".
func parseNamedRef(s *source, st *parseState, sp *subpattern) error {
	name, err := s.getuntil(')', "group name")
	if err != nil {
		return err
	}
	if err := s.checkgroupname(name, 1); err != nil {
		return err
	}
	gid, ok := st.groupdict[runesText(name)]
	if !ok {
		return s.error("unknown group name "+reprRunes(name), len(name)+1)
	}
	if !st.checkgroup(gid) {
		return s.error("cannot refer to an open group", len(name)+1)
	}
	if err := st.checklookbehindgroup(gid, s); err != nil {
		return err
	}
	sp.data = append(sp.data, node{op: opGroupref, arg: uint32(gid)})
	return nil
}

// parseLookaround parses a look-ahead or look-behind assertion, after
// its "(?=", "(?!" or "(?<".
func parseLookaround(s *source, st *parseState, sp *subpattern, char token, verbose bool, nested, start int) error {
	dir := 1
	outer := st.lookbehindgroups
	if char.is('<') {
		var err error
		if char, err = s.get(); err != nil {
			return err
		}
		if char.end() {
			return s.error("unexpected end of pattern", 0)
		}
		if !char.in("=!") {
			return s.error("unknown extension ?<"+char.text(), char.size()+2)
		}
		dir = -1
		if outer < 0 {
			st.lookbehindgroups = st.groups()
		}
	}
	p, err := parseSub(s, st, verbose, nested+1)
	if err != nil {
		return err
	}
	if dir < 0 && outer < 0 {
		st.lookbehindgroups = -1
	}
	if ok, err := s.match(')'); err != nil {
		return err
	} else if !ok {
		return s.error("missing ), unterminated subpattern", s.tell()-start)
	}
	op := opcode(opAssert)
	if char.is('!') {
		op = opAssertNot
	}
	sp.data = append(sp.data, node{op: op, dir: dir, sub: p})
	return nil
}

// parseConditional parses (?(group)yes|no), after its "(?(".
func parseConditional(s *source, st *parseState, sp *subpattern, verbose bool, nested, start int) error {
	condname, err := s.getuntil(')', "group name")
	if err != nil {
		return err
	}
	var condgroup int
	if isIdentifier(condname) {
		g, ok := st.groupdict[runesText(condname)]
		if !ok {
			return s.error("unknown group name "+reprRunes(condname), len(condname)+1)
		}
		condgroup = g
	} else {
		g, text, ok := parseGroupNumber(condname)
		if !ok {
			return s.error("bad character in group name "+reprRunes(condname), len(condname)+1)
		}
		if g == 0 {
			return s.error("bad group number", len(condname)+1)
		}
		if g >= maxGroups {
			return s.error("invalid group reference "+text, len(condname)+1)
		}
		condgroup = g
		if _, seen := st.grouprefpos[g]; !seen {
			st.grouprefpos[g] = s.tell() - len(condname) - 1
			st.grouprefOrder = append(st.grouprefOrder, g)
		}
	}
	if err := st.checklookbehindgroup(condgroup, s); err != nil {
		return err
	}
	yes, err := parseSeq(s, st, verbose, nested+1, false)
	if err != nil {
		return err
	}
	var no *subpattern
	if ok, err := s.match('|'); err != nil {
		return err
	} else if ok {
		if no, err = parseSeq(s, st, verbose, nested+1, false); err != nil {
			return err
		}
		if s.next.is('|') {
			return s.error("conditional backref with more than two branches", 0)
		}
	}
	if ok, err := s.match(')'); err != nil {
		return err
	} else if !ok {
		return s.error("missing ), unterminated subpattern", s.tell()-start)
	}
	sp.data = append(sp.data, node{op: opGrouprefExists, arg: uint32(condgroup), sub: yes, no: no})
	return nil
}

// parseFlags parses inline flags, from their first character char: "(?i)"
// sets global flags (global is true), "(?i-s:" scoped ones.
func parseFlags(s *source, st *parseState, char token) (add, del int, global bool, err error) {
	if !char.is('-') {
		for {
			flag := flagLetters[char.c]
			if s.istext {
				if char.c == 'L' {
					return 0, 0, false, s.error("bad inline flags: cannot use 'L' flag with a str pattern", 0)
				}
			} else if char.c == 'u' {
				return 0, 0, false, s.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				return 0, 0, false, s.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			if char, err = s.get(); err != nil {
				return
			}
			if char.end() {
				return 0, 0, false, s.error("missing -, : or )", 0)
			}
			if char.in(")-:") {
				break
			}
			if char.esc || flagLetters[char.c] == 0 {
				msg := "missing -, : or )"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				return 0, 0, false, s.error(msg, char.size())
			}
		}
	}
	if char.is(')') {
		st.flags |= add
		return add, 0, true, nil
	}
	if add&globalFlags != 0 {
		return 0, 0, false, s.error("bad inline flags: cannot turn on global flag", 1)
	}
	if char.is('-') {
		if char, err = s.get(); err != nil {
			return
		}
		if char.end() {
			return 0, 0, false, s.error("missing flag", 0)
		}
		if char.esc || flagLetters[char.c] == 0 {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			return 0, 0, false, s.error(msg, char.size())
		}
		for {
			flag := flagLetters[char.c]
			if flag&typeFlags != 0 {
				return 0, 0, false, s.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			if char, err = s.get(); err != nil {
				return
			}
			if char.end() {
				return 0, 0, false, s.error("missing :", 0)
			}
			if char.is(':') {
				break
			}
			if char.esc || flagLetters[char.c] == 0 {
				msg := "missing :"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				return 0, 0, false, s.error(msg, char.size())
			}
		}
	}
	if del&globalFlags != 0 {
		return 0, 0, false, s.error("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		return 0, 0, false, s.error("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false, nil
}

// isAlpha reports whether str.isalpha() holds for the token's text.
func isAlpha(t token) bool {
	if t.esc {
		return false
	}
	return isAlphaRune(t.c)
}
