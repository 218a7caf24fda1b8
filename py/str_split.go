package py

import (
	"strings"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// This file holds str's splitting and joining methods: split, rsplit,
// splitlines, partition, rpartition and join.

func init() {
	StrType.AddMethod("split", strSplit, "Return a list of the substrings in the string, using sep as the separator string.")
	StrType.AddMethod("rsplit", strRsplit, "Return a list of the substrings in the string, using sep as the separator string.\n\nSplitting starts at the end of the string and works to the front.")
	StrType.AddMethod("splitlines", strSplitlines, "Return a list of the lines in the string, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.")
	StrType.AddMethod("partition", strPartition, "Partition the string into three parts using the given separator.")
	StrType.AddMethod("rpartition", strRpartition, "Partition the string into three parts using the given separator, starting from the end.")
	StrType.AddMethod("join", strJoin, "Concatenate any number of strings.\n\nThe string whose method is called is inserted in between each given string.\nThe result is returned as a new string.")
}

// isASCIISpace reports whether c is one of the ASCII characters
// str.isspace() accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || ('\t' <= c && c <= '\r') || (0x1C <= c && c <= 0x1F)
}

// spaceAt reports whether the character at byte i of s is whitespace,
// returning its size in bytes.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < 0x80 {
		return isASCIISpace(c), 1
	}
	r, size := decodeRune(s, i)
	return ucd.IsSpace(r), size
}

// spaceBefore reports whether the character that ends at byte i of s is
// whitespace, returning its size in bytes.
func spaceBefore(s string, i int) (bool, int) {
	c := s[i-1]
	if c < 0x80 {
		return isASCIISpace(c), 1
	}
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decodeRune(s, j)
	return ucd.IsSpace(r), i - j
}

// splitArgs parses (sep=None, maxsplit=-1).
func splitArgs(name string, args []Object, kwnames *Tuple) (sep Object, maxsplit int, err error) {
	sep, maxsplit = None, -1
	err = UnpackArgs(name, args, kwnames, "sep?", &sep, "maxsplit?", &maxsplit)
	return
}

// subStr makes a piece of s: ASCII when s is.
func subStr(s *Str, piece string) *Str {
	if s.kind == strKindASCII {
		return newASCIIStr(piece)
	}
	return NewStr(piece)
}

// strSplit implements str.split(sep=None, maxsplit=-1).
func strSplit(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	sep, maxsplit, err := splitArgs("split", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	s.IsASCII()
	if maxsplit < 0 {
		maxsplit = len(s.s) + 1
	}
	if sep == None {
		return NewList(splitWhitespace(s, maxsplit)), nil
	}
	sp, ok := AsStr(sep)
	if !ok {
		return nil, Errorf(TypeErrorType, "must be str or None, not %s", TypeName(sep))
	}
	if len(sp.s) == 0 {
		return nil, Errorf(ValueErrorType, "empty separator")
	}
	text := sp.s
	var out []Object
	rest := s.s
	for k := 0; k < maxsplit; k++ {
		var i int
		if len(text) == 1 {
			i = strings.IndexByte(rest, text[0])
		} else {
			i = strings.Index(rest, text)
		}
		if i < 0 {
			break
		}
		out = append(out, subStr(s, rest[:i]))
		rest = rest[i+len(text):]
	}
	if out == nil {
		return NewList([]Object{s}), nil
	}
	out = append(out, subStr(s, rest))
	return NewList(out), nil
}

// splitWhitespace splits at runs of whitespace, dropping empty pieces.
func splitWhitespace(s *Str, maxsplit int) []Object {
	text := s.s
	var out []Object
	i := 0
	for i < len(text) {
		sp, size := spaceAt(text, i)
		if !sp {
			break
		}
		i += size
	}
	for i < len(text) {
		if maxsplit == 0 {
			// the rest, trailing whitespace included
			return append(out, subStr(s, text[i:]))
		}
		j := i
		for j < len(text) {
			sp, size := spaceAt(text, j)
			if sp {
				break
			}
			j += size
		}
		out = append(out, subStr(s, text[i:j]))
		maxsplit--
		i = j
		for i < len(text) {
			sp, size := spaceAt(text, i)
			if !sp {
				break
			}
			i += size
		}
	}
	if out == nil {
		return []Object{}
	}
	return out
}

// strRsplit implements str.rsplit(sep=None, maxsplit=-1).
func strRsplit(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	sep, maxsplit, err := splitArgs("rsplit", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	s.IsASCII()
	if maxsplit < 0 {
		maxsplit = len(s.s) + 1
	}
	var out []Object
	if sep == None {
		out = rsplitWhitespace(s, maxsplit)
	} else {
		sp, ok := AsStr(sep)
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str or None, not %s", TypeName(sep))
		}
		if len(sp.s) == 0 {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		rest := s.s
		for k := 0; k < maxsplit; k++ {
			i := strings.LastIndex(rest, sp.s)
			if i < 0 {
				break
			}
			out = append(out, subStr(s, rest[i+len(sp.s):]))
			rest = rest[:i]
		}
		if out == nil {
			return NewList([]Object{s}), nil
		}
		out = append(out, subStr(s, rest))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	if out == nil {
		out = []Object{}
	}
	return NewList(out), nil
}

// rsplitWhitespace splits at runs of whitespace from the right, giving
// the pieces last first.
func rsplitWhitespace(s *Str, maxsplit int) []Object {
	text := s.s
	var out []Object
	j := len(text)
	for j > 0 {
		sp, size := spaceBefore(text, j)
		if !sp {
			break
		}
		j -= size
	}
	for j > 0 {
		if maxsplit == 0 {
			return append(out, subStr(s, text[:j]))
		}
		i := j
		for i > 0 {
			sp, size := spaceBefore(text, i)
			if sp {
				break
			}
			i -= size
		}
		out = append(out, subStr(s, text[i:j]))
		maxsplit--
		j = i
		for j > 0 {
			sp, size := spaceBefore(text, j)
			if !sp {
				break
			}
			j -= size
		}
	}
	return out
}

// lineBreakAt returns the length in bytes of the line break starting at
// byte i of s (\r\n counts as one), or 0.
func lineBreakAt(s string, i int) int {
	switch c := s[i]; c {
	case '\n', '\v', '\f', 0x1C, 0x1D, 0x1E:
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// strSplitlines implements str.splitlines(keepends=False).
func strSplitlines(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var keependsArg Object = False
	if err := UnpackArgs("splitlines", args, kwnames, "keepends?", &keependsArg); err != nil {
		return nil, err
	}
	keepends, err := cIntArg(t, keependsArg)
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	s.IsASCII()
	text := s.s
	out := []Object{}
	start := 0
	for i := 0; i < len(text); {
		n := lineBreakAt(text, i)
		if n == 0 {
			i++
			continue
		}
		end := i
		if keepends != 0 {
			end = i + n
		}
		out = append(out, subStr(s, text[start:end]))
		i += n
		start = i
	}
	if start < len(text) {
		out = append(out, subStr(s, text[start:]))
	}
	return NewList(out), nil
}

// partitionArg checks the separator of partition and rpartition.
func partitionArg(args []Object, kwnames *Tuple, name string) (*Str, error) {
	if err := exactArgsFor("str", name, 1, args, kwnames); err != nil {
		return nil, err
	}
	sep, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "must be str, not %s", TypeName(args[0]))
	}
	if len(sep.s) == 0 {
		return nil, Errorf(ValueErrorType, "empty separator")
	}
	return sep, nil
}

// strPartition implements str.partition(sep).
func strPartition(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	sep, err := partitionArg(args, kwnames, "partition")
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	s.IsASCII()
	i := strings.Index(s.s, sep.s)
	if i < 0 {
		return NewTuple(self, emptyStr, emptyStr), nil
	}
	return NewTuple(subStr(s, s.s[:i]), sep, subStr(s, s.s[i+len(sep.s):])), nil
}

// strRpartition implements str.rpartition(sep).
func strRpartition(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	sep, err := partitionArg(args, kwnames, "rpartition")
	if err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	s.IsASCII()
	i := strings.LastIndex(s.s, sep.s)
	if i < 0 {
		return NewTuple(emptyStr, emptyStr, self), nil
	}
	return NewTuple(subStr(s, s.s[:i]), sep, subStr(s, s.s[i+len(sep.s):])), nil
}

// strJoin implements str.join(iterable).
func strJoin(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs("str.join", 1, args, kwnames); err != nil {
		return nil, err
	}
	sep, _ := AsStr(self)
	var items []Object
	switch v := args[0].(type) {
	case *List:
		items = v.items
	case *Tuple:
		items = v.items
	default:
		it, err := Iter(t, args[0])
		if err != nil {
			if IsExceptionOf(err, TypeErrorType) {
				return nil, Errorf(TypeErrorType, "can only join an iterable")
			}
			return nil, err
		}
		for {
			x, ok, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			items = append(items, x)
		}
	}
	return JoinWith(t, sep, items)
}

// JoinWith returns sep.join(items), raising TypeError for an item that is
// not a str.
func JoinWith(t *Thread, sep *Str, items []Object) (*Str, error) {
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if s, ok := items[0].(*Str); ok {
			return s, nil
		}
	}
	size := 0
	ascii := sep.IsASCII()
	for i, x := range items {
		s, ok := AsStr(x)
		if !ok {
			return nil, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeName(x))
		}
		size += len(s.s)
		if ascii && !s.IsASCII() {
			ascii = false
		}
	}
	if err := t.checkSize(len(sep.s), len(items)-1); err != nil {
		return nil, err
	}
	size += len(sep.s) * (len(items) - 1)
	if err := t.checkSize(1, size); err != nil {
		return nil, err
	}
	b := make([]byte, 0, size)
	for i, x := range items {
		if i > 0 {
			b = append(b, sep.s...)
		}
		s, _ := AsStr(x)
		b = append(b, s.s...)
	}
	if ascii {
		return newASCIIStr(ownString(b)), nil
	}
	return NewStr(ownString(b)), nil
}
