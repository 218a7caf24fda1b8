package io

import (
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// StringIO is _io.StringIO: an in-memory text stream. Text written at
// the end while nothing else happens is accumulated as UTF-8; any other
// operation turns it into code points (so that positions are code-point
// offsets, as in CPython).
type StringIO struct {
	state IOBase

	accumulating bool
	acc          strings.Builder
	accLen       int // code points in acc

	buf []rune
	pos int

	// Newline handling (see newline modes in setNewline).
	universal bool   // readline ends lines at \r, \n or \r\n
	translate bool   // writes turn \r\n and \r into \n
	readnl    string // the line ending readline looks for when not universal
	writenl   string // what a written \n becomes ("" for no change)
	seenNL    int    // newline kinds written, for .newlines
	tracking  bool   // whether .newlines is tracked (universal mode)
}

// The kinds of newline seen, as CPython's IncrementalNewlineDecoder
// records them.
const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// StringIOType is the type of StringIO objects.
var StringIOType = py.NewBuiltinType("_io.StringIO", TextIOBaseType, py.FlagBaseType|py.FlagHasDict)

// Type returns StringIOType.
func (*StringIO) Type() *py.Type { return StringIOType }

func (s *StringIO) ioState() *IOBase { return &s.state }

// asStringIO unwraps a StringIO or an instance of a subclass.
func asStringIO(o py.Object) *StringIO {
	switch v := o.(type) {
	case *StringIO:
		return v
	case *py.Instance:
		if s, ok := v.Base().(*StringIO); ok {
			return s
		}
	}
	return nil
}

// check raises ValueError on a closed StringIO (CPython's message has no
// final period here).
func (s *StringIO) check() error {
	if s.state.closed {
		return py.Errorf(py.ValueErrorType, "I/O operation on closed file")
	}
	return nil
}

// setNewline configures the newline mode: nil (None) for universal
// newlines translated to \n, "" for universal newlines kept as written,
// "\n" for no translation, "\r" or "\r\n" to write \n as that.
func (s *StringIO) setNewline(nl *string) {
	s.universal = nl == nil || *nl == ""
	s.translate = nl == nil
	s.tracking = s.universal
	s.readnl, s.writenl = "\n", ""
	if nl != nil && *nl != "" {
		s.readnl = *nl
		if (*nl)[0] == '\r' {
			s.writenl = *nl
		}
	}
}

// realize switches from accumulating to the code-point buffer.
func (s *StringIO) realize() {
	if !s.accumulating {
		return
	}
	s.buf = py.NewStr(s.acc.String()).Runes()
	s.acc.Reset()
	s.accumulating = false
}

// value returns the whole text.
func (s *StringIO) value() *py.Str {
	if s.accumulating {
		return py.NewStr(s.acc.String())
	}
	return py.StrFromRunes(s.buf)
}

// length returns the text's length in code points.
func (s *StringIO) length() int {
	if s.accumulating {
		return s.accLen
	}
	return len(s.buf)
}

// track records the kinds of newline in text.
func (s *StringIO) track(text string) {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			s.seenNL |= seenLF
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				s.seenNL |= seenCRLF
				i++
			} else {
				s.seenNL |= seenCR
			}
		}
	}
}

// write stores text at the position and returns the number of code
// points of the original text.
func (s *StringIO) write(str *py.Str) int {
	n := str.Len()
	text := str.String()
	if s.tracking {
		s.track(text)
	}
	if s.translate && strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if s.writenl != "" && strings.IndexByte(text, '\n') >= 0 {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	if text == "" {
		return n
	}
	if s.accumulating && s.pos == s.accLen {
		s.acc.WriteString(text)
		k := py.NewStr(text).Len()
		s.accLen += k
		s.pos += k
		return n
	}
	s.realize()
	rs := py.NewStr(text).Runes()
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
	}
	copy(s.buf[s.pos:], rs)
	s.pos = end
	return n
}

// readN returns up to n code points from the position (all when n < 0).
func (s *StringIO) readN(n int) *py.Str {
	s.realize()
	if s.pos >= len(s.buf) {
		return py.NewStr("")
	}
	end := len(s.buf)
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	r := py.StrFromRunes(s.buf[s.pos:end])
	s.pos = end
	return r
}

// readline returns the next line (at most limit code points when
// limit >= 0).
func (s *StringIO) readline(limit int) *py.Str {
	s.realize()
	if s.pos >= len(s.buf) {
		return py.NewStr("")
	}
	rest := s.buf[s.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := len(rest)
	switch {
	case s.universal && !s.translate:
		for i, r := range rest {
			if r == '\n' {
				end = i + 1
				break
			}
			if r == '\r' {
				end = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		}
	default:
		nl := []rune(s.readnl)
		for i := 0; i+len(nl) <= len(rest); i++ {
			if rest[i] == nl[0] && (len(nl) == 1 || rest[i+1] == nl[1]) {
				end = i + len(nl)
				break
			}
		}
	}
	line := py.StrFromRunes(rest[:end])
	s.pos += end
	return line
}

// newlines is the .newlines attribute.
func (s *StringIO) newlines() py.Object {
	if !s.tracking {
		return py.None
	}
	var kinds []py.Object
	if s.seenNL&seenCR != 0 {
		kinds = append(kinds, py.NewStr("\r"))
	}
	if s.seenNL&seenLF != 0 {
		kinds = append(kinds, py.NewStr("\n"))
	}
	if s.seenNL&seenCRLF != 0 {
		kinds = append(kinds, py.NewStr("\r\n"))
	}
	switch len(kinds) {
	case 0:
		return py.None
	case 1:
		return kinds[0]
	}
	return py.NewTupleFromSlice(kinds)
}

// stringIONew is StringIO.__new__.
func stringIONew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	s := &StringIO{accumulating: true}
	s.state.typ = StringIOType
	s.setNewline(&[]string{"\n"}[0])
	if typ != StringIOType {
		return py.NewInstanceWithBase(typ, s), nil
	}
	return s, nil
}

// stringIOInit is StringIO.__init__(initial_value="", newline="\n").
func stringIOInit(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
	s := asStringIO(o)
	var initial, newline py.Object = py.None, py.NewStr("\n")
	if err := py.UnpackArgs("StringIO", args, kw, "initial_value?", &initial, "newline", &newline); err != nil {
		return err
	}
	var nl *string
	if newline != py.None {
		ns, ok := py.AsStr(newline)
		if !ok {
			return py.Errorf(py.TypeErrorType, "newline must be str or None, not %s", py.TypeName(newline))
		}
		v := ns.String()
		switch v {
		case "", "\n", "\r", "\r\n":
		default:
			r, _ := py.Repr(t, ns)
			return py.Errorf(py.ValueErrorType, "illegal newline value: %s", r.String())
		}
		nl = &v
	}
	var init *py.Str
	if initial != py.None {
		is, ok := py.AsStr(initial)
		if !ok {
			return py.Errorf(py.TypeErrorType, "initial_value must be str or None, not %s", py.TypeName(initial))
		}
		init = is
	}
	*s = StringIO{accumulating: true, state: IOBase{typ: StringIOType}}
	s.setNewline(nl)
	if init != nil && init.Len() > 0 {
		s.write(init)
		s.pos = 0
	}
	return nil
}
