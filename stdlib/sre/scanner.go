package sre

import "github.com/kaa-lang/kaa/py"

// Scanner steps through the matches of a pattern in a string
// (Pattern.scanner, the engine of finditer).
type Scanner struct {
	pattern *Pattern
	subj    *subject
	e       engine
	pos     int
	endpos  int
}

// ScannerType is _sre.SRE_Scanner.
var ScannerType = py.NewBuiltinType("_sre.SRE_Scanner", nil, 0)

// Type returns ScannerType.
func (*Scanner) Type() *py.Type { return ScannerType }

// next returns the next match (search) or the match right where the last
// one ended, or None once there is none.
func (s *Scanner) next(search bool) (py.Object, error) {
	if s.e.done() {
		return py.None, nil
	}
	var ok bool
	var err error
	if search {
		ok, err = s.e.search()
	} else {
		ok, err = s.e.matchHere(false)
	}
	if err != nil {
		return nil, pyError(err)
	}
	if !ok {
		s.e.finish()
		return py.None, nil
	}
	m, err := s.pattern.newMatch(s.subj, s.e, s.pos, s.endpos)
	if err != nil {
		return nil, err
	}
	s.e.advance()
	return m, nil
}
