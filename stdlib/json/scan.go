package pyjson

import (
	"math"
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

// scanner decodes one JSON document held in a str. It works on the
// str's UTF-8 bytes and turns byte offsets into the code-point indexes
// Python sees only where they are reported (results and errors).
type scanner struct {
	t     *py.Thread
	doc   *py.Str
	s     string
	ascii bool

	strict         bool
	objectHook     py.Object // nil when None
	pairsHook      py.Object // nil when None
	parseFloat     py.Object // nil for float itself
	parseInt       py.Object // nil for int itself
	parseConstant  py.Object
	memo           map[string]*py.Str
	depth, maxDeep int
}

// stopIteration is the internal signal "no JSON value at byte offset
// pos"; it becomes StopIteration (or JSONDecodeError) at the surface.
type stopIteration struct{ pos int }

func (e *stopIteration) Error() string { return "no value" }

// charIndex converts a byte offset of the document into a code-point
// index.
func (sc *scanner) charIndex(off int) int {
	if sc.ascii {
		return off
	}
	return charCount(sc.s[:off])
}

// charCount counts the code points of generalized UTF-8 text.
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// byteOffset converts a code-point index of s into a byte offset
// (len(s) when idx is at or past the end).
func byteOffset(s string, ascii bool, idx int) int {
	if ascii {
		return min(idx, len(s))
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n == idx {
				return i
			}
			n++
		}
	}
	return len(s)
}

// fail returns the JSONDecodeError for msg at byte offset off.
func (sc *scanner) fail(msg string, off int) error {
	return decodeError(sc.t, msg, sc.doc, sc.charIndex(off))
}

// decodeError builds json.decoder.JSONDecodeError(msg, doc, pos).
func decodeError(t *py.Thread, msg string, doc *py.Str, pos int) error {
	mod, err := t.ImportModule("json.decoder")
	if err != nil {
		return err
	}
	cls, err := py.GetAttrString(t, mod, "JSONDecodeError")
	if err != nil {
		return err
	}
	e, err := py.Call(t, cls, []py.Object{py.NewStr(msg), doc, py.NewInt(int64(pos))}, nil)
	if err != nil {
		return err
	}
	if ex, ok := e.(*py.Exception); ok {
		return ex
	}
	return py.Errorf(py.TypeErrorType, "exceptions must derive from BaseException")
}

// skipSpace returns the offset of the first non-whitespace byte at or
// after i.
func (sc *scanner) skipSpace(i int) int {
	s := sc.s
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value decodes the JSON value at byte offset i.
func (sc *scanner) value(i int) (py.Object, int, error) {
	s := sc.s
	if i >= len(s) {
		return nil, 0, &stopIteration{i}
	}
	switch s[i] {
	case '"':
		str, end, err := sc.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		return str, end, nil
	case '{':
		return sc.nested(i, sc.object)
	case '[':
		return sc.nested(i, sc.array)
	case 'n':
		if hasAt(s, i, "null") {
			return py.None, i + 4, nil
		}
	case 't':
		if hasAt(s, i, "true") {
			return py.True, i + 4, nil
		}
	case 'f':
		if hasAt(s, i, "false") {
			return py.False, i + 5, nil
		}
	case 'N':
		if hasAt(s, i, "NaN") {
			return sc.constant("NaN", i)
		}
	case 'I':
		if hasAt(s, i, "Infinity") {
			return sc.constant("Infinity", i)
		}
	case '-':
		if hasAt(s, i, "-Infinity") {
			return sc.constant("-Infinity", i)
		}
	}
	return sc.number(i)
}

// hasAt reports whether s has word at offset i.
func hasAt(s string, i int, word string) bool {
	return len(s)-i >= len(word) && s[i:i+len(word)] == word
}

// nested decodes an object or array, counting it against the recursion
// limit as CPython's C scanner does.
func (sc *scanner) nested(i int, parse func(int) (py.Object, int, error)) (py.Object, int, error) {
	if sc.depth >= sc.maxDeep {
		what := "array"
		if sc.s[i] == '{' {
			what = "object"
		}
		return nil, 0, py.Errorf(py.RecursionErrorType,
			"maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	sc.depth++
	v, end, err := parse(i + 1)
	sc.depth--
	return v, end, err
}

// constant decodes NaN, Infinity or -Infinity through parse_constant.
func (sc *scanner) constant(word string, i int) (py.Object, int, error) {
	var v py.Object
	if sc.parseConstant == nil {
		switch word {
		case "NaN":
			v = py.Float(math.NaN())
		case "Infinity":
			v = py.Float(math.Inf(1))
		default:
			v = py.Float(math.Inf(-1))
		}
	} else {
		var err error
		v, err = py.Call(sc.t, sc.parseConstant, []py.Object{py.NewStr(word)}, nil)
		if err != nil {
			return nil, 0, err
		}
	}
	return v, i + len(word), nil
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number decodes the number at offset start (JSON's grammar: no leading
// zeros, no leading '+', fraction and exponent optional).
func (sc *scanner) number(start int) (py.Object, int, error) {
	s := sc.s
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return nil, 0, &stopIteration{start}
		}
	}
	switch {
	case s[i] >= '1' && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case s[i] == '0':
		i++
	default:
		return nil, 0, &stopIteration{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i+1 < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if isDigit(s[i-1]) {
			isFloat = true
		} else {
			i = e
		}
	}
	text := s[start:i]
	if isFloat {
		if sc.parseFloat != nil {
			v, err := py.Call(sc.t, sc.parseFloat, []py.Object{py.NewStr(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeError(err) {
			return nil, 0, py.Errorf(py.ValueErrorType, "could not convert string to float: '%s'", text)
		}
		return py.Float(f), i, nil
	}
	if sc.parseInt != nil {
		v, err := py.Call(sc.t, sc.parseInt, []py.Object{py.NewStr(text)}, nil)
		return v, i, err
	}
	if len(text) < 19 {
		n, err := strconv.ParseInt(text, 10, 64)
		if err == nil {
			return py.NewInt(n), i, nil
		}
	}
	v, err := py.ParseInt(sc.t, text, 10, py.NewStr(text))
	return v, i, err
}

// isRangeError reports whether err is strconv's out-of-range error (the
// value is then ±Inf or 0, as Python's float() gives).
func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// key returns the memoized str for an object key, so that repeated keys
// share one str.
func (sc *scanner) key(k *py.Str) *py.Str {
	if old, ok := sc.memo[k.String()]; ok {
		return old
	}
	sc.memo[k.String()] = k
	return k
}

// object decodes an object whose '{' ends just before offset i.
func (sc *scanner) object(i int) (py.Object, int, error) {
	s := sc.s
	var pairs []py.Object
	var d *py.Dict
	if sc.pairsHook != nil {
		pairs = []py.Object{}
	} else {
		d = py.NewDict()
	}
	i = sc.skipSpace(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return nil, 0, sc.fail("Expecting property name enclosed in double quotes", i)
			}
			k, end, err := sc.str(i + 1)
			if err != nil {
				return nil, 0, err
			}
			k = sc.key(k)
			i = sc.skipSpace(end)
			if i >= len(s) || s[i] != ':' {
				return nil, 0, sc.fail("Expecting ':' delimiter", i)
			}
			i = sc.skipSpace(i + 1)
			v, end, err := sc.value(i)
			if err != nil {
				return nil, 0, err
			}
			if pairs != nil {
				pairs = append(pairs, py.NewTuple(k, v))
			} else {
				d.SetStr(k, v)
			}
			i = sc.skipSpace(end)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, sc.fail("Expecting ',' delimiter", i)
			}
			i = sc.skipSpace(i + 1)
		}
	}
	i++
	if pairs != nil {
		v, err := py.Call(sc.t, sc.pairsHook, []py.Object{py.NewList(pairs)}, nil)
		return v, i, err
	}
	if sc.objectHook != nil {
		v, err := py.Call(sc.t, sc.objectHook, []py.Object{d}, nil)
		return v, i, err
	}
	return d, i, nil
}

// array decodes an array whose '[' ends just before offset i.
func (sc *scanner) array(i int) (py.Object, int, error) {
	s := sc.s
	items := []py.Object{}
	i = sc.skipSpace(i)
	if i >= len(s) || s[i] != ']' {
		for {
			v, end, err := sc.value(i)
			if err != nil {
				return nil, 0, err
			}
			items = append(items, v)
			i = sc.skipSpace(end)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, sc.fail("Expecting ',' delimiter", i)
			}
			i = sc.skipSpace(i + 1)
		}
	}
	return py.NewList(items), i + 1, nil
}

// hex4 decodes four hex digits at offset i, or returns -1.
func hex4(s string, i int) rune {
	if i+4 > len(s) {
		return -1
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(d)
	}
	return r
}

// str decodes a string whose opening quote ends just before offset i,
// returning it and the offset after the closing quote.
func (sc *scanner) str(i int) (*py.Str, int, error) {
	s := sc.s
	begin := i - 1
	// Fast path: no escapes.
	j := i
	for j < len(s) {
		c := s[j]
		if c == '"' {
			return py.NewStr(s[i:j]), j + 1, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		j++
	}
	buf := make([]byte, 0, j-i+16)
	buf = append(buf, s[i:j]...)
	for {
		if j >= len(s) {
			return nil, 0, sc.fail("Unterminated string starting at", begin)
		}
		c := s[j]
		switch {
		case c == '"':
			return py.NewStr(string(buf)), j + 1, nil
		case c < 0x20:
			if sc.strict {
				return nil, 0, sc.fail("Invalid control character at", j)
			}
			buf = append(buf, c)
			j++
			continue
		case c != '\\':
			buf = append(buf, c)
			j++
			continue
		}
		if j+1 >= len(s) {
			return nil, 0, sc.fail("Unterminated string starting at", begin)
		}
		esc := s[j+1]
		if esc != 'u' {
			var out byte
			switch esc {
			case '"', '\\', '/':
				out = esc
			case 'b':
				out = '\b'
			case 'f':
				out = '\f'
			case 'n':
				out = '\n'
			case 'r':
				out = '\r'
			case 't':
				out = '\t'
			default:
				return nil, 0, sc.fail("Invalid \\escape", j)
			}
			buf = append(buf, out)
			j += 2
			continue
		}
		u := j + 1 // the 'u'
		if u+5 >= len(s) {
			return nil, 0, sc.fail("Invalid \\uXXXX escape", u)
		}
		r := hex4(s, u+1)
		if r < 0 {
			return nil, 0, sc.fail("Invalid \\uXXXX escape", u)
		}
		j = u + 5
		if r >= 0xD800 && r <= 0xDBFF && j+6 < len(s) && s[j] == '\\' && s[j+1] == 'u' {
			low := hex4(s, j+2)
			if low < 0 {
				return nil, 0, sc.fail("Invalid \\uXXXX escape", j+1)
			}
			if low >= 0xDC00 && low <= 0xDFFF {
				r = 0x10000 + (r-0xD800)<<10 | (low - 0xDC00)
				j += 6
			}
		}
		buf = appendChar(buf, r)
	}
}
