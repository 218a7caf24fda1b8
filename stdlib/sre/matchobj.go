package sre

import (
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

// Match is the result of a successful match (re.Match).
type Match struct {
	pattern   *Pattern
	subj      *subject
	marks     []int // start and end of each group from 0; -1 when unmatched
	pos       int
	endpos    int
	lastindex int
	regs      py.Object
	// inline holds the marks of patterns with few groups, allocated with
	// the Match.
	inline [12]int
}

// MatchType is re.Match.
var MatchType = py.NewBuiltinType("re.Match", nil, 0)

// Type returns MatchType.
func (*Match) Type() *py.Type { return MatchType }

// newMatch makes the Match object of the engine's last match.
func (p *Pattern) newMatch(subj *subject, e engine, pos, endpos int) (*Match, error) {
	m := &Match{pattern: p, subj: subj, pos: pos, endpos: endpos}
	if n := 2 * (p.prog.groups + 1); n <= len(m.inline) {
		m.marks = m.inline[:n]
	} else {
		m.marks = make([]int, n)
	}
	last, err := e.groups(m.marks)
	if err != nil {
		return nil, pyError(err)
	}
	m.lastindex = last
	return m, nil
}

// groupIndex converts a group number or name to a group number.
func (m *Match) groupIndex(t *py.Thread, g py.Object) (int, error) {
	i := -1
	if g.Type().Slots.Index != nil {
		v, err := py.Index(t, g)
		if err != nil {
			return 0, err
		}
		n, big, _ := py.IntValue(v)
		switch {
		case big != nil:
			i = -1
		case n >= 0 && n <= int64(m.pattern.prog.groups):
			i = int(n)
		}
	} else if m.pattern.groupindex.Len() > 0 {
		// As CPython 3.11, errors of the lookup (an unhashable key)
		// count as "no such group".
		if _, err := py.Hash(t, g); err == nil {
			if v, err := py.GetItem(t, m.pattern.groupindex, g); err == nil {
				if n, _, ok := py.IntValue(v); ok {
					i = int(n)
				}
			}
		}
	}
	if i < 0 || i > m.pattern.prog.groups {
		return 0, py.Errorf(py.IndexErrorType, "no such group")
	}
	return i, nil
}

// groupByIndex returns group i, or def when it did not match.
func (m *Match) groupByIndex(i int, def py.Object) py.Object {
	if m.marks[2*i] < 0 {
		return def
	}
	a, b := m.marks[2*i], m.marks[2*i+1]
	a, b = min(a, m.subj.n), min(b, m.subj.n)
	return m.subj.slice(a, b)
}

// group returns group g (a number or a name), or def.
func (m *Match) group(t *py.Thread, g py.Object, def py.Object) (py.Object, error) {
	i, err := m.groupIndex(t, g)
	if err != nil {
		return nil, err
	}
	return m.groupByIndex(i, def), nil
}

// repr implements repr(match).
func (m *Match) repr(t *py.Thread) (py.Object, error) {
	r, err := py.Repr(t, m.groupByIndex(0, py.None))
	if err != nil {
		return nil, err
	}
	return py.NewStr("<re.Match object; span=(" + strconv.Itoa(m.marks[0]) + ", " + strconv.Itoa(m.marks[1]) +
		"), match=" + truncateRunes(r.String(), 50) + ">"), nil
}

// span returns the span of group g as a tuple.
func (m *Match) span(i int) py.Object {
	return py.NewTuple(py.NewInt(int64(m.marks[2*i])), py.NewInt(int64(m.marks[2*i+1])))
}

// getRegs returns Match.regs.
func (m *Match) getRegs() py.Object {
	if m.regs == nil {
		items := make([]py.Object, m.pattern.prog.groups+1)
		for i := range items {
			items[i] = m.span(i)
		}
		m.regs = py.NewTupleFromSlice(items)
	}
	return m.regs
}
