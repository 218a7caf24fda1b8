package io

import (
	"bytes"
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

	// Once realized, the text is in abuf while it is all ASCII (code
	// points are bytes), in buf otherwise.
	ascii bool
	abuf  []byte
	buf   []rune
	pos   int

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

// isASCII reports whether text is all ASCII.
func isASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return false
		}
	}
	return true
}

// realize switches from accumulating to an indexable buffer.
func (s *StringIO) realize() {
	if !s.accumulating {
		return
	}
	text := s.acc.String()
	if isASCII(text) {
		s.ascii, s.abuf = true, []byte(text)
	} else {
		s.ascii, s.buf = false, py.NewStr(text).Runes()
	}
	s.acc.Reset()
	s.accumulating = false
}

// toRunes leaves the ASCII representation for code points.
func (s *StringIO) toRunes() {
	if !s.ascii {
		return
	}
	s.buf = make([]rune, len(s.abuf))
	for i, b := range s.abuf {
		s.buf[i] = rune(b)
	}
	s.ascii, s.abuf = false, nil
}

// value returns the whole text.
func (s *StringIO) value() *py.Str {
	switch {
	case s.accumulating:
		return py.NewStr(s.acc.String())
	case s.ascii:
		return py.NewStr(string(s.abuf))
	}
	return py.StrFromRunes(s.buf)
}

// length returns the text's length in code points.
func (s *StringIO) length() int {
	switch {
	case s.accumulating:
		return s.accLen
	case s.ascii:
		return len(s.abuf)
	}
	return len(s.buf)
}

// truncateTo cuts the text to n code points (n < length).
func (s *StringIO) truncateTo(n int) {
	s.realize()
	if s.ascii {
		s.abuf = s.abuf[:n]
	} else {
		s.buf = s.buf[:n]
	}
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
	if s.ascii && isASCII(text) {
		if s.pos > len(s.abuf) {
			s.abuf = append(s.abuf, make([]byte, s.pos-len(s.abuf))...)
		}
		end := s.pos + len(text)
		if end > len(s.abuf) {
			s.abuf = append(s.abuf, make([]byte, end-len(s.abuf))...)
		}
		copy(s.abuf[s.pos:], text)
		s.pos = end
		return n
	}
	s.toRunes()
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
	size := s.length()
	if s.pos >= size {
		return py.NewStr("")
	}
	end := size
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	var r *py.Str
	if s.ascii {
		r = py.NewStr(string(s.abuf[s.pos:end]))
	} else {
		r = py.StrFromRunes(s.buf[s.pos:end])
	}
	s.pos = end
	return r
}

// lineEnd returns the length of the first line of rest (through its
// line ending), or len(rest) when it has none; at gives the i-th code
// point.
func (s *StringIO) lineEnd(n int, at func(int) rune) int {
	if s.universal && !s.translate {
		for i := 0; i < n; i++ {
			switch at(i) {
			case '\n':
				return i + 1
			case '\r':
				if i+1 < n && at(i+1) == '\n' {
					return i + 2
				}
				return i + 1
			}
		}
		return n
	}
	first := rune(s.readnl[0])
	two := len(s.readnl) == 2
	for i := 0; i < n; i++ {
		if at(i) == first && (!two || i+1 < n && at(i+1) == '\n') {
			if two {
				return i + 2
			}
			return i + 1
		}
	}
	return n
}

// readline returns the next line (at most limit code points when
// limit >= 0).
func (s *StringIO) readline(limit int) *py.Str {
	s.realize()
	size := s.length()
	if s.pos >= size {
		return py.NewStr("")
	}
	n := size - s.pos
	if limit >= 0 && limit < n {
		n = limit
	}
	var line *py.Str
	if s.ascii {
		rest := s.abuf[s.pos : s.pos+n]
		var end int
		if s.readnl == "\n" && !(s.universal && !s.translate) {
			end = bytes.IndexByte(rest, '\n') + 1
			if end == 0 {
				end = n
			}
		} else {
			end = s.lineEnd(n, func(i int) rune { return rune(rest[i]) })
		}
		line = py.NewStr(string(rest[:end]))
		s.pos += end
		return line
	}
	rest := s.buf[s.pos : s.pos+n]
	end := s.lineEnd(n, func(i int) rune { return rest[i] })
	line = py.StrFromRunes(rest[:end])
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
