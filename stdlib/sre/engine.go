package sre

import "errors"

// engine is a match in progress over narrow (bytes) or wide (code point)
// text: the methods of state[C] that the Python objects need, so that
// they need not be written twice.
type engine interface {
	// search finds the next match from the current start.
	search() (bool, error)
	// matchHere matches at the current start (full: it must end at the
	// end).
	matchHere(full bool) (bool, error)
	// span returns where the last match starts and ends.
	span() (int, int)
	// groups fills marks with the spans of the groups of the last match,
	// two per group from group 0 (-1 for groups that did not match), and
	// returns lastindex.
	groups(marks []int) (int, error)
	// advance moves the start past the last match, remembering to reject
	// an empty match right there.
	advance()
	// finish makes the next search fail (a scanner that found no match).
	finish()
	// done reports whether finish was called.
	done() bool
	// endpos returns the end of the text the engine looks at.
	endpos() int
}

// errBadSpan is CPython's SystemError for inconsistent group marks.
var errBadSpan = errors.New("The span of capturing group is wrong, please report a bug for the re module.")

func (st *state[C]) search() (bool, error) {
	st.clearMarks()
	st.ptr = st.start
	return st.searchFrom()
}

func (st *state[C]) matchHere(full bool) (bool, error) {
	st.clearMarks()
	st.ptr = st.start
	st.matchAll = full
	ok, err := st.match(0, true)
	st.matchAll = false
	return ok, err
}

func (st *state[C]) span() (int, int) { return st.start, st.ptr }

func (st *state[C]) groups(marks []int) (int, error) {
	marks[0], marks[1] = st.start, st.ptr
	for i, j := 0, 0; j+1 < len(st.mark); i, j = i+1, j+2 {
		if j+1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j+1] >= 0 {
			if st.mark[j] > st.mark[j+1] {
				return 0, errBadSpan
			}
			marks[j+2], marks[j+3] = st.mark[j], st.mark[j+1]
		} else {
			marks[j+2], marks[j+3] = -1, -1
		}
	}
	return st.lastindex, nil
}

func (st *state[C]) advance() {
	st.mustAdvance = st.ptr == st.start
	st.start = st.ptr
}

func (st *state[C]) finish() { st.start = -1 }

func (st *state[C]) done() bool { return st.start < 0 }

func (st *state[C]) endpos() int { return st.end }
