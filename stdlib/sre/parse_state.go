package sre

import (
	"fmt"

	"github.com/kaa-lang/kaa/internal/ucd"
	"github.com/kaa-lang/kaa/syntax"
)

// groupWidth is the width of a closed group.
type groupWidth struct {
	lo, hi uint64
	closed bool
}

// parseState is what the parser learns about the whole pattern: its
// flags, groups and the group references to check at the end.
type parseState struct {
	flags            int
	names            []string       // group names, in order of definition
	groupdict        map[string]int // group name -> number
	groupwidths      []groupWidth   // index 0 stands for the whole pattern
	lookbehindgroups int            // -1 outside look-behind assertions
	grouprefpos      map[int]int    // conditional group number -> position
	grouprefOrder    []int          // the keys of grouprefpos, in order
}

// newParseState returns the state of a pattern without groups yet.
func newParseState(flags int) *parseState {
	return &parseState{
		flags:            flags,
		groupdict:        map[string]int{},
		groupwidths:      []groupWidth{{}},
		lookbehindgroups: -1,
		grouprefpos:      map[int]int{},
	}
}

// groups returns the number of groups opened so far, plus one.
func (st *parseState) groups() int { return len(st.groupwidths) }

// opengroup allocates the next group number, named name when name is
// not empty.
func (st *parseState) opengroup(name string, named bool) (int, string) {
	gid := st.groups()
	st.groupwidths = append(st.groupwidths, groupWidth{})
	if st.groups() > maxGroups {
		return 0, "too many groups"
	}
	if named {
		if ogid, ok := st.groupdict[name]; ok {
			return 0, fmt.Sprintf("redefinition of group name %s as group %d; was group %d", syntax.ReprStr(name), gid, ogid)
		}
		st.groupdict[name] = gid
		st.names = append(st.names, name)
	}
	return gid, ""
}

// closegroup records the width of group gid, whose contents are p.
func (st *parseState) closegroup(gid int, p *subpattern) {
	lo, hi := p.getwidth()
	st.groupwidths[gid] = groupWidth{lo, hi, true}
}

// checkgroup reports whether group gid exists and is closed.
func (st *parseState) checkgroup(gid int) bool {
	return gid < st.groups() && st.groupwidths[gid].closed
}

// checklookbehindgroup rejects references, inside a look-behind
// assertion, to groups its width cannot be known from.
func (st *parseState) checklookbehindgroup(gid int, s *source) error {
	if st.lookbehindgroups >= 0 {
		if !st.checkgroup(gid) {
			return s.error("cannot refer to an open group", 0)
		}
		if gid >= st.lookbehindgroups {
			return s.error("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
	return nil
}

// isIdentifier reports whether name is a Python identifier
// (str.isidentifier).
func isIdentifier(name []rune) bool {
	if len(name) == 0 {
		return false
	}
	for i, r := range name {
		if i == 0 {
			if r != '_' && !ucd.IsXIDStart(r) {
				return false
			}
		} else if !ucd.IsXIDContinue(r) {
			return false
		}
	}
	return true
}

// checkgroupname rejects group names that are not identifiers.
func (s *source) checkgroupname(name []rune, offset int) error {
	if !isIdentifier(name) {
		return s.error("bad character in group name "+reprRunes(name), len(name)+offset)
	}
	return nil
}

// reprRunes returns the repr of a str made of rs.
func reprRunes(rs []rune) string { return syntax.ReprStr(runesText(rs)) }

// parseGroupNumber converts a group number written in a pattern or
// template as int() would ("12", " 3", "+4", "1_0", and digits of other
// scripts), reporting false for what int() rejects and for negative
// numbers. Numbers above maxGroups come back as maxGroups+1; text is the
// number in decimal, for messages.
func parseGroupNumber(s []rune) (n int, text string, ok bool) {
	i, j := 0, len(s)
	for i < j && ucd.IsSpace(s[i]) {
		i++
	}
	for j > i && ucd.IsSpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var digits []byte
	prevDigit := false
	for _, r := range s {
		if r == '_' {
			if !prevDigit {
				return 0, "", false
			}
			prevDigit = false
			continue
		}
		d := ucd.Decimal(r)
		if d < 0 {
			return 0, "", false
		}
		prevDigit = true
		if len(digits) > 0 || d != 0 {
			digits = append(digits, byte('0'+d))
		}
		if n <= maxGroups {
			n = n*10 + d
		}
	}
	if !prevDigit {
		return 0, "", false
	}
	if n > maxGroups {
		n = maxGroups + 1
	}
	if len(digits) == 0 {
		digits = []byte{'0'}
	}
	if neg && n != 0 {
		return 0, "", false
	}
	return n, string(digits), true
}
