package py

import (
	"strconv"
	"strings"
)

// This file implements printf-style formatting, str % args and
// bytes % args, following CPython's PyUnicode_Format and
// _PyBytes_FormatEx: %[(key)][flags][width][.precision][hlL]type with
// the flags - + space # 0, '*' width and precision, and the conversions
// s r a (b for bytes) c d i u o x X e E f F g G and %%.

// Conversion flags.
const (
	pfLeft  = 1 << iota // '-'
	pfSign              // '+'
	pfBlank             // ' '
	pfAlt               // '#'
	pfZero              // '0'
)

// percentFormatter holds the state of one % operation.
type percentFormatter struct {
	t      *Thread
	format string
	bytes  bool // bytes % args: the format and the result are bytes
	pos    int  // next position in format (a byte offset)

	args   Object   // the right operand, or the value of the last %(key)
	items  []Object // the items when args is a tuple
	single bool     // args is one value, not a tuple
	argIdx int      // next item; for a single value, -2 before use
	argLen int      // len(items), or -1 for a single value
	dict   Object   // the mapping for %(key), or nil
}

// percentArg is one parsed conversion specification.
type percentArg struct {
	ch    rune
	flags int
	width int // -1 when absent
	prec  int // -1 when absent
	sign  bool
}

// PercentFormat returns format % args for a str format.
func PercentFormat(t *Thread, format *Str, args Object) (*Str, error) {
	out, err := percentFormat(t, format.s, args, false)
	if err != nil {
		return nil, err
	}
	return NewStr(string(out)), nil
}

// percentFormat formats format % args, for str or (bytesMode) bytes.
func percentFormat(t *Thread, format string, args Object, bytesMode bool) ([]byte, error) {
	f := &percentFormatter{t: t, format: format, bytes: bytesMode, args: args}
	if tup, ok := args.(*Tuple); ok {
		f.items, f.argLen = tup.items, len(tup.items)
	} else if tup, ok := AsTuple(args); ok {
		f.items, f.argLen = tup.items, len(tup.items)
	} else {
		f.single, f.argLen, f.argIdx = true, -1, -2
	}
	if _, isTuple := AsTuple(args); !isTuple {
		_, isStr := AsStr(args)
		if !isStr && args.Type().Slots.GetItem != nil {
			f.dict = args
		}
	}
	b := make([]byte, 0, len(format)+16)
	for f.pos < len(format) {
		i := strings.IndexByte(format[f.pos:], '%')
		if i < 0 {
			b = append(b, format[f.pos:]...)
			break
		}
		b = append(b, format[f.pos:f.pos+i]...)
		f.pos += i + 1
		var err error
		if b, err = f.one(b); err != nil {
			return nil, err
		}
	}
	if f.argIdx < f.argLen && f.dict == nil {
		return nil, f.notAllConverted()
	}
	return b, nil
}

func (f *percentFormatter) notAllConverted() error {
	if f.bytes {
		return Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
	}
	return Errorf(TypeErrorType, "not all arguments converted during string formatting")
}

// nextArg returns the next argument.
func (f *percentFormatter) nextArg() (Object, error) {
	if f.argIdx < f.argLen {
		f.argIdx++
		if f.argLen < 0 {
			return f.args, nil
		}
		return f.items[f.argIdx-1], nil
	}
	if f.bytes {
		return nil, Errorf(TypeErrorType, "not enough arguments for format string")
	}
	return nil, Errorf(TypeErrorType, "not enough arguments for format string")
}

// readChar returns the character at f.pos and advances; ok is false at
// the end.
func (f *percentFormatter) readChar() (rune, bool) {
	if f.pos >= len(f.format) {
		return 0, false
	}
	c := f.format[f.pos]
	if c < 0x80 || f.bytes {
		f.pos++
		return rune(c), true
	}
	r, size := decodeRune(f.format, f.pos)
	f.pos += size
	return r, true
}

// charIndex returns the index (in characters) of byte offset pos.
func (f *percentFormatter) charIndex(pos int) int {
	if f.bytes {
		return pos
	}
	return charCount(f.format[:pos])
}

// one formats the conversion that starts after a '%'.
func (f *percentFormatter) one(b []byte) ([]byte, error) {
	if f.pos < len(f.format) && f.format[f.pos] == '%' {
		f.pos++
		return append(b, '%'), nil
	}
	arg := percentArg{width: -1, prec: -1}
	if err := f.parse(&arg); err != nil {
		return nil, err
	}
	text, err := f.convert(&arg)
	if err != nil {
		return nil, err
	}
	if arg.width > maxAlloc {
		return nil, NewError(MemoryErrorType)
	}
	b = f.output(b, &arg, text)
	if f.dict != nil && f.argIdx < f.argLen {
		return nil, f.notAllConverted()
	}
	return b, nil
}

// parse reads the key, flags, width, precision and type of a
// conversion.
func (f *percentFormatter) parse(arg *percentArg) error {
	ch, ok := f.readChar()
	if !ok {
		return Errorf(ValueErrorType, "incomplete format")
	}
	if ch == '(' {
		if f.dict == nil {
			return Errorf(TypeErrorType, "format requires a mapping")
		}
		start := f.pos
		depth := 1
		for depth > 0 && f.pos < len(f.format) {
			switch f.format[f.pos] {
			case ')':
				depth--
			case '(':
				depth++
			}
			f.pos++
		}
		if depth > 0 {
			return Errorf(ValueErrorType, "incomplete format key")
		}
		var key Object
		if f.bytes {
			key = NewBytes([]byte(f.format[start : f.pos-1]))
		} else {
			key = NewStr(f.format[start : f.pos-1])
		}
		v, err := GetItem(f.t, f.dict, key)
		if err != nil {
			return err
		}
		f.args, f.items, f.argLen, f.argIdx = v, nil, -1, -2
		if ch, ok = f.readChar(); !ok {
			return Errorf(ValueErrorType, "incomplete format")
		}
	}
flags:
	for {
		switch ch {
		case '-':
			arg.flags |= pfLeft
		case '+':
			arg.flags |= pfSign
		case ' ':
			arg.flags |= pfBlank
		case '#':
			arg.flags |= pfAlt
		case '0':
			arg.flags |= pfZero
		default:
			break flags
		}
		if ch, ok = f.readChar(); !ok {
			return Errorf(ValueErrorType, "incomplete format")
		}
	}
	if ch == '*' {
		v, err := f.nextArg()
		if err != nil {
			return err
		}
		w, err := starArg(f.t, v)
		if err != nil {
			return err
		}
		if w < 0 {
			arg.flags |= pfLeft
			w = -w
		}
		arg.width = w
		ch, ok = f.readChar()
	} else if ch >= '0' && ch <= '9' {
		arg.width = int(ch - '0')
		for {
			if ch, ok = f.readChar(); !ok || ch < '0' || ch > '9' {
				break
			}
			if arg.width > (1<<63-1-int(ch-'0'))/10 {
				return Errorf(ValueErrorType, "width too big")
			}
			arg.width = arg.width*10 + int(ch-'0')
		}
	}
	if ok && ch == '.' {
		arg.prec = 0
		ch, ok = f.readChar()
		if ok && ch == '*' {
			v, err := f.nextArg()
			if err != nil {
				return err
			}
			p, err := starArg(f.t, v)
			if err != nil {
				return err
			}
			if p > 1<<31-1 || p < -1<<31 {
				return Errorf(OverflowErrorType, "Python int too large to convert to C int")
			}
			arg.prec = max(p, 0)
			ch, ok = f.readChar()
		} else if ok && ch >= '0' && ch <= '9' {
			arg.prec = int(ch - '0')
			for {
				if ch, ok = f.readChar(); !ok || ch < '0' || ch > '9' {
					break
				}
				if arg.prec > (1<<31-1-int(ch-'0'))/10 {
					return Errorf(ValueErrorType, "precision too big")
				}
				arg.prec = arg.prec*10 + int(ch-'0')
			}
		}
	}
	if ok && (ch == 'h' || ch == 'l' || ch == 'L') {
		ch, ok = f.readChar()
	}
	if !ok {
		return Errorf(ValueErrorType, "incomplete format")
	}
	arg.ch = ch
	return nil
}

// starArg converts the argument of a '*' width or precision.
func starArg(t *Thread, v Object) (int, error) {
	if !isInt(v) {
		return 0, Errorf(TypeErrorType, "* wants int")
	}
	s, big, _ := IntValue(v)
	if big != nil {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(s), nil
}

// convert produces the text of one conversion (before padding).
func (f *percentFormatter) convert(arg *percentArg) (string, error) {
	v, err := f.nextArg()
	if err != nil {
		return "", err
	}
	t := f.t
	switch arg.ch {
	case 's', 'r', 'a', 'b':
		if f.bytes {
			return f.bytesText(arg.ch, v)
		}
		if arg.ch == 'b' {
			break
		}
		var s *Str
		switch arg.ch {
		case 's':
			s, err = StrOf(t, v)
		case 'r':
			s, err = Repr(t, v)
		default:
			s, err = Ascii(t, v)
		}
		if err != nil {
			return "", err
		}
		return s.s, nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		arg.sign = true
		return percentInt(t, v, arg)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		arg.sign = true
		x, err := realArg(t, v)
		if err != nil {
			if f.bytes && IsExceptionOf(err, TypeErrorType) {
				return "", Errorf(TypeErrorType, "float argument required, not %s", TypeName(v))
			}
			return "", err
		}
		prec := arg.prec
		if prec < 0 {
			prec = 6
		}
		if prec > maxFloatPrecision {
			return "", NewError(MemoryErrorType)
		}
		flags := 0
		if arg.flags&pfAlt != 0 {
			flags |= dtsfAlt
		}
		return formatDouble(x, byte(arg.ch), prec, flags), nil
	case 'c':
		return f.charText(v)
	}
	c := arg.ch
	shown := '?'
	if c >= 31 && c <= 126 {
		shown = c
	}
	return "", Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", shown, c, f.charIndex(f.pos)-1)
}

// charText is the %c conversion.
func (f *percentFormatter) charText(v Object) (string, error) {
	if f.bytes {
		if b, ok := bufferBytes(v); ok && len(b) == 1 {
			return string(b), nil
		}
		n, big, ok := IntValue(v)
		if !ok {
			if v.Type().Slots.Index != nil {
				iv, err := Index(f.t, v)
				if err != nil {
					return "", err
				}
				n, big, _ = IntValue(iv)
			} else {
				return "", NewError(TypeErrorType, NewStr("%c requires an integer in range(256) or a single byte"))
			}
		}
		if big != nil || n < 0 || n > 255 {
			return "", NewError(OverflowErrorType, NewStr("%c arg not in range(256)"))
		}
		return string([]byte{byte(n)}), nil
	}
	if s, ok := AsStr(v); ok {
		if s.Len() != 1 {
			return "", NewError(TypeErrorType, NewStr("%c requires int or char"))
		}
		return s.s, nil
	}
	n, big, ok := IntValue(v)
	if !ok {
		if v.Type().Slots.Index == nil {
			return "", NewError(TypeErrorType, NewStr("%c requires int or char"))
		}
		iv, err := Index(f.t, v)
		if err != nil {
			return "", err
		}
		n, big, _ = IntValue(iv)
	}
	if big != nil || n < 0 || n > 0x10FFFF {
		return "", NewError(OverflowErrorType, NewStr("%c arg not in range(0x110000)"))
	}
	return string(appendRune(nil, rune(n))), nil
}

// realArg converts the argument of a float conversion.
func realArg(t *Thread, v Object) (float64, error) {
	if x, ok := FloatValue(v); ok {
		return x, nil
	}
	if isInt(v) {
		return intToFloat(v)
	}
	typ := v.Type()
	if typ.Slots.Float != nil || typ.Slots.Index != nil {
		r, err := floatFromArg(t, v)
		if err != nil {
			return 0, err
		}
		x, _ := FloatValue(r)
		return x, nil
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
}

// isNumber reports what PyNumber_Check does: the type converts to int or
// float, or is complex.
func isNumber(v Object) bool {
	s := &v.Type().Slots
	if s.Index != nil || s.Int != nil || s.Float != nil {
		return true
	}
	_, ok := complexOf(v)
	return ok
}

// percentInt formats an integer conversion: sign, prefix for #o #x #X,
// and at least prec digits.
func percentInt(t *Thread, v Object, arg *percentArg) (string, error) {
	c := byte(arg.ch)
	wrong := func() (string, error) {
		if c == 'o' || c == 'x' || c == 'X' {
			return "", Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", c, TypeName(v))
		}
		return "", Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", c, TypeName(v))
	}
	if !isInt(v) {
		if !isNumber(v) {
			return wrong()
		}
		var iv Object
		var err error
		if c == 'o' || c == 'x' || c == 'X' {
			iv, err = Index(t, v)
		} else {
			iv, err = intFromArgs(t, v, nil)
		}
		if err != nil {
			if IsExceptionOf(err, TypeErrorType) {
				return wrong()
			}
			return "", err
		}
		v = iv
	}
	if i, ok := v.(Int); ok && arg.prec < 0 && (c == 'd' || c == 'i' || c == 'u' || c == 'x' && arg.flags&pfAlt == 0) {
		if c == 'x' {
			return strconv.FormatInt(int64(i), 16), nil
		}
		return strconv.FormatInt(int64(i), 10), nil
	}
	small, bigv, _ := IntValue(v)
	base := 10
	prefix := ""
	switch c {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	var digits string
	switch {
	case base == 10:
		s, err := intDecimal(t, v)
		if err != nil {
			return "", err
		}
		digits = s
	case bigv != nil:
		digits = bigv.Text(base)
	default:
		digits = strconv.FormatInt(small, base)
	}
	neg := strings.HasPrefix(digits, "-")
	if neg {
		digits = digits[1:]
	}
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if arg.flags&pfAlt == 0 {
		prefix = ""
	}
	if arg.prec > len(digits) {
		if arg.prec > maxAlloc {
			return "", NewError(MemoryErrorType)
		}
		digits = strings.Repeat("0", arg.prec-len(digits)) + digits
	}
	if neg {
		return "-" + prefix + digits, nil
	}
	return prefix + digits, nil
}

// output pads one converted value into b, as CPython's
// unicode_format_arg_output does.
func (f *percentFormatter) output(b []byte, arg *percentArg, text string) []byte {
	fill := byte(' ')
	if arg.sign && arg.flags&pfZero != 0 {
		fill = '0'
	}
	n := len(text)
	if !f.bytes {
		n = charCount(text)
	}
	if (arg.width < 0 || arg.width <= n) && (arg.prec < 0 || arg.prec >= n) && arg.flags&(pfSign|pfBlank) == 0 {
		return append(b, text...)
	}
	if arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a' || arg.ch == 'b' {
		if arg.prec >= 0 && n > arg.prec {
			if f.bytes {
				text = text[:arg.prec]
			} else {
				text = text[:charOffset(text, arg.prec)]
			}
			n = arg.prec
		}
	}
	var signChar byte
	sign := arg.sign
	if sign {
		if len(text) > 0 && (text[0] == '-' || text[0] == '+') {
			signChar = text[0]
			text = text[1:]
			n--
		} else if arg.flags&pfSign != 0 {
			signChar = '+'
		} else if arg.flags&pfBlank != 0 {
			signChar = ' '
		} else {
			sign = false
		}
	}
	width := max(arg.width, n)
	if sign {
		if fill != ' ' {
			b = append(b, signChar)
		}
		if width > n {
			width--
		}
	}
	alt := arg.flags&pfAlt != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o')
	if alt {
		if fill != ' ' {
			b = append(b, text[:2]...)
			text = text[2:]
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && arg.flags&pfLeft == 0 {
		for k := width - n; k > 0; k-- {
			b = append(b, fill)
		}
		width = n
	}
	if fill == ' ' {
		if sign {
			b = append(b, signChar)
		}
		if alt {
			b = append(b, text[:2]...)
			text = text[2:]
		}
	}
	b = append(b, text...)
	for k := width - n; k > 0; k-- {
		b = append(b, ' ')
	}
	return b
}

// charOffset returns the byte offset of character i of UTF-8 text.
func charOffset(s string, i int) int {
	for j := 0; j < len(s); j++ {
		if s[j]&0xC0 != 0x80 {
			if i == 0 {
				return j
			}
			i--
		}
	}
	return len(s)
}
