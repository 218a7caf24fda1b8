package py

import (
	"strings"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// This file parses the format-spec mini-language that format() and
// str.format() hand to __format__,
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// and lays out padded and grouped numbers the way CPython's
// Python/formatter_unicode.c does, so that every built-in __format__
// produces CPython's text.

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill       rune
	align      byte // '<', '>', '=' or '^'
	sign       byte // 0, '+', '-' or ' '
	noNegZero  bool // 'z'
	alternate  bool // '#'
	width      int  // -1 when absent
	grouping   byte // 0, ',' or '_'
	groupEvery int  // 3, or 4 for '_' with b, o, x, X
	precision  int  // -1 when absent
	typ        rune // 0 when absent
}

// parseFormatSpec parses spec for a value of type typeName, with the
// type's default presentation type and alignment.
func parseFormatSpec(spec string, typeName string, defaultType rune, defaultAlign byte) (formatSpec, error) {
	f := formatSpec{fill: ' ', align: defaultAlign, width: -1, precision: -1, typ: defaultType, groupEvery: 3}
	var buf [32]rune
	rs := buf[:0]
	for i := 0; i < len(spec); {
		c := spec[i]
		if c < 0x80 {
			rs = append(rs, rune(c))
			i++
			continue
		}
		r, size := decodeRune(spec, i)
		rs = append(rs, r)
		i += size
	}
	pos, end := 0, len(rs)
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	fillSet, alignSet := false, false
	if end-pos >= 2 && isAlign(rs[pos+1]) {
		f.fill, f.align = rs[pos], byte(rs[pos+1])
		fillSet, alignSet = true, true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		f.align = byte(rs[pos])
		alignSet = true
		pos++
	}
	if pos < end && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		f.sign = byte(rs[pos])
		pos++
	}
	if pos < end && rs[pos] == 'z' {
		f.noNegZero = true
		pos++
	}
	if pos < end && rs[pos] == '#' {
		f.alternate = true
		pos++
	}
	if !fillSet && pos < end && rs[pos] == '0' {
		f.fill = '0'
		if !alignSet && defaultAlign == '>' {
			f.align = '='
		}
		pos++
	}
	n, consumed, err := specInteger(rs, &pos)
	if err != nil {
		return f, err
	}
	if consumed > 0 {
		f.width = n
		if n > maxAlloc {
			return f, NewError(MemoryErrorType)
		}
	}
	if pos < end && rs[pos] == ',' {
		f.grouping = ','
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if f.grouping != 0 {
			return f, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		f.grouping = '_'
		pos++
	}
	if pos < end && rs[pos] == ',' && f.grouping == '_' {
		return f, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if pos < end && rs[pos] == '.' {
		pos++
		n, consumed, err := specInteger(rs, &pos)
		if err != nil {
			return f, err
		}
		if consumed == 0 {
			return f, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		f.precision = n
	}
	if end-pos > 1 {
		return f, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		f.typ = rs[pos]
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				f.groupEvery = 4
				break
			}
			fallthrough
		default:
			return f, Errorf(ValueErrorType, "Cannot specify '%c' with %s.", f.grouping, quoteFormatCode(f.typ))
		}
	}
	return f, nil
}

// specInteger reads decimal digits (any Unicode decimal digit) at *pos.
func specInteger(rs []rune, pos *int) (value, consumed int, err error) {
	for *pos < len(rs) {
		d := ucd.Decimal(rs[*pos])
		if d < 0 {
			break
		}
		if value > (1<<63-1-d)/10 {
			return 0, 0, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		value = value*10 + d
		*pos++
		consumed++
	}
	return
}

// quoteFormatCode renders a presentation type in error messages: 'c'
// for printable ASCII, '\xNN' otherwise, as CPython does.
func quoteFormatCode(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	return "'\\x" + strings.ToLower(sprintf("%x", c)) + "'"
}

// unknownFormatCode is the error for a presentation type the value's
// type does not support.
func unknownFormatCode(c rune, typeName string) error {
	return Errorf(ValueErrorType, "Unknown format code %s for object of type '%s'", quoteFormatCode(c), typeName)
}

// appendFill appends n copies of the fill character.
func appendFill(b []byte, fill rune, n int) []byte {
	if fill < 0x80 {
		for ; n > 0; n-- {
			b = append(b, byte(fill))
		}
		return b
	}
	for ; n > 0; n-- {
		b = appendRune(b, fill)
	}
	return b
}

// padText appends text (of n characters) aligned in the spec's width.
func (f *formatSpec) padText(b []byte, text string, n int) []byte {
	pad := f.width - n
	if pad <= 0 {
		return append(b, text...)
	}
	left := 0
	switch f.align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	b = appendFill(b, f.fill, left)
	b = append(b, text...)
	return appendFill(b, f.fill, pad-left)
}

// numberParts is a number ready for layout: an optional '-' sign, a
// prefix such as "0x", the integer digits (which grouping applies to),
// whether a decimal point follows, and the rest (fraction, exponent,
// '%', or the character of 'c' formatting).
type numberParts struct {
	negative   bool
	prefix     string
	digits     string
	hasDecimal bool
	remainder  string
}

// splitNumber splits the ASCII text of a formatted float into parts.
func splitNumber(s string) numberParts {
	var p numberParts
	if strings.HasPrefix(s, "-") {
		p.negative = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	p.digits = s[:i]
	if i < len(s) && s[i] == '.' {
		p.hasDecimal = true
		i++
	}
	p.remainder = s[i:]
	return p
}

// groupDigits inserts separators into digits, every `every` digits from
// the right, and pads with zeros (grouped too) to at least minWidth
// characters, as CPython's _PyUnicode_InsertThousandsGrouping does.
// With sep 0 there is no grouping, only the padding.
func groupDigits(digits string, minWidth int, sep byte, every int) string {
	if minWidth < 0 {
		minWidth = 0
	}
	if sep == 0 {
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	// Build the groups from the right, then reverse their order.
	var groups []string
	remaining := len(digits)
	end := len(digits)
	for {
		n := remaining
		if minWidth > n {
			n = minWidth
		}
		if n < 1 {
			n = 1
		}
		if n > every {
			n = every
		}
		zeros := n - remaining
		if zeros < 0 {
			zeros = 0
		}
		chars := n - zeros
		if chars > remaining {
			chars = remaining
		}
		groups = append(groups, strings.Repeat("0", zeros)+digits[end-chars:end])
		end -= chars
		remaining -= chars
		minWidth -= n
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var b strings.Builder
	b.Grow(len(digits) + 2*len(groups))
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}

// appendNumber lays out a number in the spec's width, with its sign,
// grouping and padding (CPython's calc_number_widths and fill_number).
func (f *formatSpec) appendNumber(b []byte, p numberParts) []byte {
	var sign byte
	switch f.sign {
	case '+':
		sign = '+'
		if p.negative {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if p.negative {
			sign = '-'
		}
	default:
		if p.negative {
			sign = '-'
		}
	}
	nonDigits := len(p.prefix) + charCount(p.remainder)
	if sign != 0 {
		nonDigits++
	}
	if p.hasDecimal {
		nonDigits++
	}
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - nonDigits
	}
	grouped := ""
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, f.grouping, f.groupEvery)
	}
	pad := f.width - nonDigits - len(grouped)
	var lpad, spad, rpad int
	if pad > 0 {
		switch f.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	b = appendFill(b, f.fill, lpad)
	if sign != 0 {
		b = append(b, sign)
	}
	b = append(b, p.prefix...)
	b = appendFill(b, f.fill, spad)
	b = append(b, grouped...)
	if p.hasDecimal {
		b = append(b, '.')
	}
	b = append(b, p.remainder...)
	return appendFill(b, f.fill, rpad)
}

// charCount returns the number of characters of (generalized) UTF-8
// text.
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
