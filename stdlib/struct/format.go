package pystruct

import (
	"math"
	"strconv"

	"github.com/kaa-lang/kaa/py"
)

// mode is the byte order and size convention a format string selects
// with its first character.
type mode byte

const (
	native mode = iota // '@' or nothing: native sizes and alignment
	little             // '<' and '=' (kaa runs on little-endian machines)
	bigEnd             // '>' and '!'
)

// item is one packed value of a format: its code, its offset in the
// packed bytes and its size (the length of an 's' or 'p' string; the
// count of 'x' padding bytes).
type item struct {
	code   byte
	offset int
	size   int
	rule   intRule // for the integer codes
}

// layout is a compiled format string.
type layout struct {
	mode   mode
	std    bool // standard sizes (any mode but native)
	items  []item
	size   int
	nargs  int // values pack() takes
	format string
}

// codeSize returns the size of one value of code c in the given
// convention, or 0 when the code does not exist there.
func codeSize(c byte, std bool) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L':
		if std {
			return 4
		}
		return 8
	case 'q', 'Q', 'd':
		return 8
	case 'n', 'N', 'P':
		if std {
			return 0
		}
		return 8
	}
	return 0
}

// maxStructSize bounds the total size, as CPython's Py_ssize_t does.
const maxStructSize = math.MaxInt64

// compile parses a format string.
func compile(format string) (*layout, error) {
	l := &layout{format: format}
	s := format
	i := 0
	if len(s) > 0 {
		switch s[0] {
		case '@':
			i = 1
		case '<', '=':
			l.mode, l.std, i = little, true, 1
		case '>', '!':
			l.mode, l.std, i = bigEnd, true, 1
		}
	}
	offset := 0
	for i < len(s) {
		c := s[i]
		if isSpace(c) {
			i++
			continue
		}
		count, hasCount := 1, false
		if c >= '0' && c <= '9' {
			hasCount = true
			count = 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				d := int(s[i] - '0')
				if count > (maxStructSize-d)/10 {
					return nil, structError("total struct size too long")
				}
				count = count*10 + d
				i++
			}
			if i == len(s) {
				return nil, structError("repeat count given without format specifier")
			}
			c = s[i]
		}
		_ = hasCount
		i++
		size := codeSize(c, l.std)
		if size == 0 {
			return nil, structError("bad char in struct format")
		}
		if !l.std && size > 1 {
			// Native alignment: every value starts at a multiple of its size.
			offset = (offset + size - 1) / size * size
		}
		switch c {
		case 's', 'p':
			if offset > maxStructSize-count {
				return nil, structError("total struct size too long")
			}
			l.items = append(l.items, item{code: c, offset: offset, size: count})
			l.nargs++
			offset += count
			continue
		case 'x':
			if offset > maxStructSize-count {
				return nil, structError("total struct size too long")
			}
			if count > 0 {
				l.items = append(l.items, item{code: c, offset: offset, size: count})
			}
			offset += count
			continue
		}
		if count > (maxStructSize-offset)/size {
			return nil, structError("total struct size too long")
		}
		if count > 1<<24 {
			// Do not build a huge item list for a format nobody can use.
			return nil, py.NewError(py.MemoryErrorType)
		}
		rule := ruleFor(c, l.mode)
		for k := 0; k < count; k++ {
			l.items = append(l.items, item{code: c, offset: offset, size: size, rule: rule})
			offset += size
		}
		l.nargs += count
	}
	l.size = offset
	return l, nil
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// formatString converts the format argument (str or bytes) to text.
func formatString(fn string, o py.Object) (string, error) {
	if s, ok := py.AsStr(o); ok {
		return s.String(), nil
	}
	if b, ok := py.AsBytes(o); ok {
		return string(b.Value()), nil
	}
	return "", py.Errorf(py.TypeErrorType, "%s() argument 1 must be a str or bytes object, not %s", fn, py.TypeName(o))
}

// itoa formats an int for messages.
func itoa(n int) string { return strconv.Itoa(n) }
