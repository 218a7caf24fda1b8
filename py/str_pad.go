package py

import (
	"strings"
)

// This file holds str's stripping and padding methods: strip, lstrip,
// rstrip, removeprefix, removesuffix, center, ljust, rjust, zfill and
// expandtabs.

func init() {
	StrType.AddMethod("strip", strStripMethod("strip", true, true), "Return a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.")
	StrType.AddMethod("lstrip", strStripMethod("lstrip", true, false), "Return a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.")
	StrType.AddMethod("rstrip", strStripMethod("rstrip", false, true), "Return a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.")
	StrType.AddMethod("removeprefix", strRemovePrefix, "Return a str with the given prefix string removed if present.")
	StrType.AddMethod("removesuffix", strRemoveSuffix, "Return a str with the given suffix string removed if present.")
	StrType.AddMethod("center", strPadMethod("center"), "Return a centered string of length width.\n\nPadding is done using the specified fill character (default is a space).")
	StrType.AddMethod("ljust", strPadMethod("ljust"), "Return a left-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).")
	StrType.AddMethod("rjust", strPadMethod("rjust"), "Return a right-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).")
	StrType.AddMethod("zfill", strZfill, "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe string is never truncated.")
	StrType.AddMethod("expandtabs", strExpandtabs, "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.")
}

// strStripMethod returns strip, lstrip or rstrip.
func strStripMethod(name string, left, right bool) BuiltinFn {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noKwargsFor("str", name, kwnames); err != nil {
			return nil, err
		}
		if err := CheckArgs(name, args, nil, 0, 1); err != nil {
			return nil, err
		}
		s, _ := AsStr(self)
		if len(args) == 0 || args[0] == None {
			return stripSpace(s, left, right), nil
		}
		chars, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		return stripChars(s, chars, left, right), nil
	}
}

// stripSpace removes whitespace from the ends of s.
func stripSpace(s *Str, left, right bool) *Str {
	text := s.s
	i, j := 0, len(text)
	if left {
		for i < j {
			sp, size := spaceAt(text, i)
			if !sp {
				break
			}
			i += size
		}
	}
	if right {
		for j > i {
			sp, size := spaceBefore(text, j)
			if !sp {
				break
			}
			j -= size
		}
	}
	if i == 0 && j == len(text) {
		return s
	}
	return subStr(s, text[i:j])
}

// stripChars removes the characters of chars from the ends of s.
func stripChars(s, chars *Str, left, right bool) *Str {
	text := s.s
	i, j := 0, len(text)
	if chars.IsASCII() {
		var set [256]bool
		for k := 0; k < len(chars.s); k++ {
			set[chars.s[k]] = true
		}
		if left {
			for i < j && set[text[i]] {
				i++
			}
		}
		if right {
			for j > i && set[text[j-1]] {
				j--
			}
		}
	} else {
		in := func(r rune) bool {
			for k := 0; k < len(chars.s); {
				c, size := decodeRune(chars.s, k)
				if c == r {
					return true
				}
				k += size
			}
			return false
		}
		if left {
			for i < j {
				r, size := decodeRune(text, i)
				if !in(r) {
					break
				}
				i += size
			}
		}
		if right {
			for j > i {
				k := j - 1
				for k > i && text[k]&0xC0 == 0x80 {
					k--
				}
				r, _ := decodeRune(text, k)
				if !in(r) {
					break
				}
				j = k
			}
		}
	}
	if i == 0 && j == len(text) {
		return s
	}
	return subStr(s, text[i:j])
}

// strRemovePrefix implements str.removeprefix(prefix).
func strRemovePrefix(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("str.removeprefix", 1, args, kwnames); err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	p, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "removeprefix() argument must be str, not %s", argTypeName(args[0]))
	}
	if len(p.s) > 0 && strings.HasPrefix(s.s, p.s) {
		return subStr(s, s.s[len(p.s):]), nil
	}
	return s, nil
}

// strRemoveSuffix implements str.removesuffix(suffix).
func strRemoveSuffix(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("str.removesuffix", 1, args, kwnames); err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	p, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "removesuffix() argument must be str, not %s", argTypeName(args[0]))
	}
	if len(p.s) > 0 && strings.HasSuffix(s.s, p.s) {
		return subStr(s, s.s[:len(s.s)-len(p.s)]), nil
	}
	return s, nil
}

// fillCharArg checks the fill character of center, ljust and rjust.
func fillCharArg(name string, o Object) (*Str, error) {
	f, ok := AsStr(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", TypeName(o))
	}
	if f.Len() != 1 {
		return nil, Errorf(TypeErrorType, "The fill character must be exactly one character long")
	}
	return f, nil
}

// strPadMethod returns center, ljust or rjust.
func strPadMethod(name string) BuiltinFn {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noKwargsFor("str", name, kwnames); err != nil {
			return nil, err
		}
		if err := CheckArgs(name, args, nil, 1, 2); err != nil {
			return nil, err
		}
		width, err := AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		fill := asciiStrs[' ']
		if len(args) > 1 {
			if fill, err = fillCharArg(name, args[1]); err != nil {
				return nil, err
			}
		}
		s, _ := AsStr(self)
		n := s.Len()
		if width <= n {
			return s, nil
		}
		marg := width - n
		var left int
		switch name {
		case "center":
			left = marg/2 + (marg & width & 1)
		case "rjust":
			left = marg
		}
		return padStr(t, s, left, marg-left, fill)
	}
}

// padStr returns s with left and right copies of the one-character fill
// around it.
func padStr(t *Thread, s *Str, left, right int, fill *Str) (*Str, error) {
	if err := t.checkSize(len(fill.s), left+right); err != nil {
		return nil, err
	}
	if len(fill.s) == 1 {
		c := fill.s[0]
		b := make([]byte, left+len(s.s)+right)
		for i := 0; i < left; i++ {
			b[i] = c
		}
		copy(b[left:], s.s)
		for i := left + len(s.s); i < len(b); i++ {
			b[i] = c
		}
		if s.IsASCII() {
			return newASCIIStr(ownString(b)), nil
		}
		return NewStr(ownString(b)), nil
	}
	var b strings.Builder
	b.Grow(len(s.s) + (left+right)*len(fill.s))
	for i := 0; i < left; i++ {
		b.WriteString(fill.s)
	}
	b.WriteString(s.s)
	for i := 0; i < right; i++ {
		b.WriteString(fill.s)
	}
	return NewStr(b.String()), nil
}

// strZfill implements str.zfill(width).
func strZfill(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("str.zfill", 1, args, kwnames); err != nil {
		return nil, err
	}
	width, err := AsIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	n := s.Len()
	if width <= n {
		return s, nil
	}
	if err := t.checkSize(1, width); err != nil {
		return nil, err
	}
	fill := width - n
	b := make([]byte, 0, len(s.s)+fill)
	text := s.s
	if len(text) > 0 && (text[0] == '+' || text[0] == '-') {
		b = append(b, text[0])
		text = text[1:]
	}
	for i := 0; i < fill; i++ {
		b = append(b, '0')
	}
	b = append(b, text...)
	if s.IsASCII() {
		return newASCIIStr(ownString(b)), nil
	}
	return NewStr(ownString(b)), nil
}

// strExpandtabs implements str.expandtabs(tabsize=8).
func strExpandtabs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var tab Object = NewInt(8)
	if err := UnpackArgs("expandtabs", args, kwnames, "tabsize?", &tab); err != nil {
		return nil, err
	}
	tabsize, err := cIntArg(t, tab)
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	text := s.s
	if strings.IndexByte(text, '\t') < 0 {
		return s, nil
	}
	// the size first, so that a huge tab size fails before allocating
	size, col := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				col += k
				size += k
			}
			i++
		case c == '\n' || c == '\r':
			col = 0
			size++
			i++
		default:
			_, n := decodeRune(text, i)
			i += n
			size += n
			col++
		}
		if size > maxAlloc {
			return nil, Errorf(OverflowErrorType, "new string is too long")
		}
	}
	if err := t.checkSize(1, size); err != nil {
		return nil, err
	}
	b := make([]byte, 0, size)
	col = 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				col += k
				for ; k > 0; k-- {
					b = append(b, ' ')
				}
			}
			i++
		case c == '\n' || c == '\r':
			col = 0
			b = append(b, c)
			i++
		default:
			_, n := decodeRune(text, i)
			b = append(b, text[i:i+n]...)
			i += n
			col++
		}
	}
	if s.IsASCII() {
		return newASCIIStr(ownString(b)), nil
	}
	return NewStr(ownString(b)), nil
}

// cIntArg converts an argument that CPython reads as a C int.
func cIntArg(t *Thread, o Object) (int, error) {
	if _, ok := o.(Float); ok {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	r, err := Index(t, o)
	if err != nil {
		return 0, err
	}
	v, ok := r.(Int)
	if !ok || v > 1<<31-1 || v < -1<<31 {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}
