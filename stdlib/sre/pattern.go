package sre

import (
	"math"
	"strconv"
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	prog       *program
	source     py.Object // the str or bytes compiled
	groupindex *py.Dict  // group name -> number
	indexgroup *py.Tuple // number -> name or None; nil without named groups
	mod        *moduleState
	repl       replCache
}

// PatternType is re.Pattern.
var PatternType = py.NewBuiltinType("re.Pattern", nil, 0)

// Type returns PatternType.
func (*Pattern) Type() *py.Type { return PatternType }

// newPattern wraps a compiled program.
func newPattern(prog *program, source py.Object, mod *moduleState) *Pattern {
	p := &Pattern{prog: prog, source: source, mod: mod, groupindex: py.NewDict()}
	if len(prog.names) > 0 {
		items := make([]py.Object, prog.groups+1)
		for i := range items {
			items[i] = py.None
		}
		for _, name := range prog.names {
			g := prog.groupdict[name]
			p.groupindex.SetItem(nil, py.NewStr(name), py.NewInt(int64(g)))
			items[g] = py.NewStr(name)
		}
		p.indexgroup = py.NewTupleFromSlice(items)
	}
	return p
}

// pyError converts an error of the matcher into a Python exception.
func pyError(err error) error {
	switch err {
	case errInternal:
		return py.Errorf(py.RuntimeErrorType, "%s", err.Error())
	case errBadSpan:
		return py.Errorf(py.SystemErrorType, "%s", err.Error())
	}
	return err
}

// unpackSpan parses (string, pos=0, endpos=sys.maxsize).
func unpackSpan(fname string, args []py.Object, kw *py.Tuple) (py.Object, int, int, error) {
	var str py.Object
	pos, endpos := 0, math.MaxInt
	err := py.UnpackArgs(fname, args, kw, "string", &str, "pos?", &pos, "endpos?", &endpos)
	return str, pos, endpos, err
}

// engineFor prepares a search of the subject str from pos to endpos.
func (p *Pattern) engineFor(t *py.Thread, str py.Object, pos, endpos int) (*subject, engine, int, int, error) {
	subj, err := getSubject(str, p.prog.isBytes, &p.mod.runes)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	pos, endpos = subj.clampSpan(pos, endpos)
	return subj, newEngine(p.prog, subj, pos, endpos, t), pos, endpos, nil
}

// matchMode says how exec matches.
type matchMode int

const (
	modeMatch matchMode = iota
	modeFullmatch
	modeSearch
)

// exec implements match, fullmatch and search.
func (p *Pattern) exec(t *py.Thread, fname string, mode matchMode, args []py.Object, kw *py.Tuple) (py.Object, error) {
	str, pos, endpos, err := unpackSpan(fname, args, kw)
	if err != nil {
		return nil, err
	}
	subj, e, pos, endpos, err := p.engineFor(t, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	var ok bool
	switch mode {
	case modeSearch:
		ok, err = e.search()
	default:
		ok, err = e.matchHere(mode == modeFullmatch)
	}
	if err != nil {
		return nil, pyError(err)
	}
	if !ok {
		return py.None, nil
	}
	return p.newMatch(subj, e, pos, endpos)
}

// findall returns the matches, or their groups, as a list.
func (p *Pattern) findall(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	str, pos, endpos, err := unpackSpan("findall", args, kw)
	if err != nil {
		return nil, err
	}
	subj, e, _, _, err := p.engineFor(t, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	marks := make([]int, 2*(p.prog.groups+1))
	for {
		ok, err := e.search()
		if err != nil {
			return nil, pyError(err)
		}
		if !ok {
			break
		}
		if _, err := e.groups(marks); err != nil {
			return nil, pyError(err)
		}
		switch p.prog.groups {
		case 0:
			items = append(items, subj.slice(marks[0], marks[1]))
		case 1:
			items = append(items, groupOrEmpty(subj, marks, 1))
		default:
			tup := make([]py.Object, p.prog.groups)
			for i := range tup {
				tup[i] = groupOrEmpty(subj, marks, i+1)
			}
			items = append(items, py.NewTupleFromSlice(tup))
		}
		e.advance()
	}
	return py.NewList(items), nil
}

// groupOrEmpty returns group g, or an empty string when it did not
// match.
func groupOrEmpty(subj *subject, marks []int, g int) py.Object {
	if marks[2*g] < 0 {
		return subj.slice(0, 0)
	}
	return subj.slice(marks[2*g], marks[2*g+1])
}

// split splits the string at the matches.
func (p *Pattern) split(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var str py.Object
	maxsplit := 0
	if err := py.UnpackArgs("split", args, kw, "string", &str, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	subj, e, _, endpos, err := p.engineFor(t, str, 0, math.MaxInt)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	marks := make([]int, 2*(p.prog.groups+1))
	last, n := 0, 0
	for maxsplit == 0 || n < maxsplit {
		ok, err := e.search()
		if err != nil {
			return nil, pyError(err)
		}
		if !ok {
			break
		}
		if _, err := e.groups(marks); err != nil {
			return nil, pyError(err)
		}
		items = append(items, subj.slice(last, marks[0]))
		for g := 1; g <= p.prog.groups; g++ {
			if marks[2*g] < 0 {
				items = append(items, py.None)
			} else {
				items = append(items, subj.slice(marks[2*g], marks[2*g+1]))
			}
		}
		n++
		e.advance()
		last = marks[1]
	}
	items = append(items, subj.slice(last, endpos))
	return py.NewList(items), nil
}

// finditer returns an iterator over the matches.
func (p *Pattern) finditer(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	sc, err := p.scanner(t, "finditer", args, kw)
	if err != nil {
		return nil, err
	}
	search, err := py.GetAttr(t, sc, py.NewStr("search"))
	if err != nil {
		return nil, err
	}
	return py.NewCallableIterator(search, py.None), nil
}

// scanner returns a Scanner over the string.
func (p *Pattern) scanner(t *py.Thread, fname string, args []py.Object, kw *py.Tuple) (py.Object, error) {
	str, pos, endpos, err := unpackSpan(fname, args, kw)
	if err != nil {
		return nil, err
	}
	subj, e, pos, endpos, err := p.engineFor(t, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	return &Scanner{pattern: p, subj: subj, e: e, pos: pos, endpos: endpos}, nil
}

// repr implements repr(pattern).
func (p *Pattern) repr(t *py.Thread) (py.Object, error) {
	r, err := py.Repr(t, p.source)
	if err != nil {
		return nil, err
	}
	text := truncateRunes(r.String(), 200)
	flags := p.prog.flags
	if !p.prog.isBytes && flags&(flagLocale|flagUnicode|flagASCII) == flagUnicode {
		flags &^= flagUnicode
	}
	var names []string
	for _, f := range []struct {
		name string
		v    int
	}{
		{"re.IGNORECASE", flagIgnoreCase}, {"re.LOCALE", flagLocale}, {"re.MULTILINE", flagMultiline},
		{"re.DOTALL", flagDotAll}, {"re.UNICODE", flagUnicode}, {"re.VERBOSE", flagVerbose},
		{"re.DEBUG", flagDebug}, {"re.ASCII", flagASCII},
	} {
		if flags&f.v != 0 {
			names = append(names, f.name)
			flags &^= f.v
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strconv.FormatUint(uint64(uint32(flags)), 16))
	}
	if len(names) == 0 {
		return py.NewStr("re.compile(" + text + ")"), nil
	}
	return py.NewStr("re.compile(" + text + ", " + strings.Join(names, "|") + ")"), nil
}

// truncateRunes keeps the first n characters of s (CPython's %.<n>R).
func truncateRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// hash implements hash(pattern), consistent with ==.
func (p *Pattern) hash(t *py.Thread) (int64, error) {
	h, err := py.Hash(t, p.source)
	if err != nil {
		return 0, err
	}
	// FNV-1a over the code words.
	ch := uint64(14695981039346656037)
	for _, w := range p.prog.code {
		ch = (ch ^ uint64(w)) * 1099511628211
	}
	h ^= int64(ch >> 1)
	h ^= int64(p.prog.flags) ^ int64(len(p.prog.code))
	if p.prog.isBytes {
		h ^= 1
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

// equal implements pattern == other.
func (p *Pattern) equal(t *py.Thread, q *Pattern) (bool, error) {
	if p == q {
		return true, nil
	}
	if p.prog.flags != q.prog.flags || p.prog.isBytes != q.prog.isBytes || len(p.prog.code) != len(q.prog.code) {
		return false, nil
	}
	for i, w := range p.prog.code {
		if q.prog.code[i] != w {
			return false, nil
		}
	}
	return py.Equal(t, p.source, q.source)
}
