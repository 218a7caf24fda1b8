package py

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/syntax"
)

// Str is a Python str: UTF-8 text (lone surrogates kept as their 3-byte
// generalized UTF-8 form), with its hash, whether it is ASCII and its
// length in code points computed on first use, and a code-point index
// built lazily so that indexing non-ASCII text is O(1).
type Str struct {
	s string
	// hash is the cached hash, 0 until computed (stringHash never returns
	// 0). It is atomic because strs made at package level are shared by
	// every interpreter.
	hash atomic.Int64
	kind uint8 // strKindASCII or strKindWide (strKindUnknown only transiently)
	n    int   // length in code points
	offs []int32
}

const (
	strKindUnknown = iota
	strKindASCII
	strKindWide
)

// StrType is the type of str.
var StrType = newBuiltinType("str", ObjectType, FlagBaseType|FlagStrSubclass)

// Type returns StrType.
func (*Str) Type() *Type { return StrType }

// asciiStrs holds the one-character ASCII strings, made once.
var asciiStrs = func() (a [128]*Str) {
	for i := range a {
		a[i] = newStaticStr(string(rune(i)))
	}
	return
}()

// emptyStr is the empty string.
var emptyStr = newStaticStr("")

// newStaticStr returns a str whose lazily computed parts (hash, kind,
// length) are computed now: strs shared by every interpreter (package
// level) must never be written after initialisation.
func newStaticStr(s string) *Str {
	v := &Str{s: s}
	v.Hash()
	v.classify()
	return v
}

// NewStr returns a str holding s, which must be (generalized) UTF-8.
func NewStr(s string) *Str {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		if s[0] < 0x80 {
			return asciiStrs[s[0]]
		}
	}
	v := &Str{s: s}
	v.classify()
	return v
}

// newASCIIStr returns a str for text known to be ASCII.
func newASCIIStr(s string) *Str {
	if len(s) == 1 {
		return asciiStrs[s[0]]
	}
	return &Str{s: s, kind: strKindASCII, n: len(s)}
}

// String returns the text.
func (s *Str) String() string { return s.s }

// Hash returns the string's hash, computing it once.
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	h := stringHash(s.s)
	s.hash.Store(h)
	return h
}

func (s *Str) classify() {
	for i := 0; i < len(s.s); i++ {
		if s.s[i] >= 0x80 {
			s.kind = strKindWide
			n := 0
			for j := 0; j < len(s.s); {
				_, size := decodeRune(s.s, j)
				j += size
				n++
			}
			s.n = n
			return
		}
	}
	s.kind = strKindASCII
	s.n = len(s.s)
}

// IsASCII reports whether every character is below U+0080.
func (s *Str) IsASCII() bool {
	if s.kind == strKindUnknown {
		s.classify()
	}
	return s.kind == strKindASCII
}

// Len returns the length in code points.
func (s *Str) Len() int {
	if s.kind == strKindUnknown {
		s.classify()
	}
	return s.n
}

// offset returns the byte offset of code point i (0 <= i <= Len()).
func (s *Str) offset(i int) int {
	if s.IsASCII() {
		return i
	}
	if i == s.n {
		return len(s.s)
	}
	if s.offs == nil {
		offs := make([]int32, 0, s.n)
		for j := 0; j < len(s.s); {
			offs = append(offs, int32(j))
			_, size := decodeRune(s.s, j)
			j += size
		}
		s.offs = offs
	}
	return int(s.offs[i])
}

// At returns code point i (0 <= i < Len()).
func (s *Str) At(i int) rune {
	if s.IsASCII() {
		return rune(s.s[i])
	}
	r, _ := decodeRune(s.s, s.offset(i))
	return r
}

// charStr returns code point i as a one-character str.
func (s *Str) charStr(i int) *Str {
	if s.IsASCII() {
		return asciiStrs[s.s[i]]
	}
	o := s.offset(i)
	_, size := decodeRune(s.s, o)
	if size == 1 {
		return asciiStrs[s.s[o]]
	}
	return &Str{s: s.s[o : o+size], kind: strKindWide, n: 1}
}

// Substr returns the code points [i, j) as a str.
func (s *Str) Substr(i, j int) *Str {
	if i >= j {
		return emptyStr
	}
	if s.IsASCII() {
		return newASCIIStr(s.s[i:j])
	}
	if j-i == 1 {
		return s.charStr(i)
	}
	return NewStr(s.s[s.offset(i):s.offset(j)])
}

// Runes returns the code points.
func (s *Str) Runes() []rune {
	out := make([]rune, 0, s.Len())
	for j := 0; j < len(s.s); {
		r, size := decodeRune(s.s, j)
		out = append(out, r)
		j += size
	}
	return out
}

// decodeRune decodes the code point at byte offset i of generalized
// UTF-8 text, where surrogates U+D800..U+DFFF may appear as 3-byte
// sequences.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendRune appends r in generalized UTF-8 (surrogates as 3 bytes).
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// RuneStr returns the one-character str for code point r.
func RuneStr(r rune) *Str {
	if r < 0x80 {
		return asciiStrs[r]
	}
	return &Str{s: string(appendRune(nil, r)), kind: strKindWide, n: 1}
}

// AsStr returns o's str value when o is a str or an instance of a
// subclass of str.
func AsStr(o Object) (*Str, bool) {
	switch v := o.(type) {
	case *Str:
		return v, true
	case *Instance:
		s, ok := v.base.(*Str)
		return s, ok
	}
	return nil, false
}

// strConcat returns a + b.
func strConcat(a, b *Str) *Str {
	if len(a.s) == 0 {
		return b
	}
	if len(b.s) == 0 {
		return a
	}
	r := &Str{s: a.s + b.s, n: a.n + b.n, kind: strKindWide}
	if a.kind == strKindASCII && b.kind == strKindASCII {
		r.kind = strKindASCII
	}
	return r
}

// JoinStrs concatenates strs.
func JoinStrs(parts []*Str) *Str {
	n := 0
	for _, p := range parts {
		n += len(p.s)
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(p.s)
	}
	return NewStr(b.String())
}

func init() {
	StrType.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object."
	s := &StrType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		v, _ := AsStr(o)
		return NewStr(syntax.ReprStr(v.s)), nil
	}
	s.Str = func(t *Thread, o Object) (Object, error) {
		v, _ := AsStr(o)
		return v, nil
	}
	s.Hash = func(t *Thread, o Object) (int64, error) {
		v, _ := AsStr(o)
		return v.Hash(), nil
	}
	s.Compare = strCompare
	s.Len = func(t *Thread, o Object) (int, error) {
		v, _ := AsStr(o)
		return v.Len(), nil
	}
	s.Contains = func(t *Thread, o, x Object) (bool, error) {
		v, _ := AsStr(o)
		sub, ok := AsStr(x)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(x))
		}
		return strings.Contains(v.s, sub.s), nil
	}
	s.GetItem = strGetItem
	s.Concat = func(t *Thread, a, b Object) (Object, error) {
		x, _ := AsStr(a)
		y, ok := AsStr(b)
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeName(b))
		}
		return strConcat(x, y), nil
	}
	s.Repeat = func(t *Thread, o Object, n int) (Object, error) {
		v, _ := AsStr(o)
		if n <= 0 || len(v.s) == 0 {
			return emptyStr, nil
		}
		if n == 1 {
			return v, nil
		}
		if err := repeatSizeError(v.Len(), n, "repeated string is too long"); err != nil {
			return nil, err
		}
		if err := t.checkSize(len(v.s), n); err != nil {
			return nil, err
		}
		return &Str{s: strings.Repeat(v.s, n), kind: v.kind, n: v.n * n}, nil
	}
	s.Iter = func(t *Thread, o Object) (Object, error) {
		v, _ := AsStr(o)
		return &StrIterator{s: v, wide: !v.IsASCII()}, nil
	}
	s.New = strNew
}

// strCompare orders strs by code point (which is byte order in UTF-8).
func strCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, _ := AsStr(a)
	y, ok := AsStr(b)
	if !ok {
		return NotImplemented, nil
	}
	if op == CmpEQ {
		return Bool(x == y || x.s == y.s), nil
	}
	if op == CmpNE {
		return Bool(x != y && x.s != y.s), nil
	}
	return compareResult(strings.Compare(x.s, y.s), op), nil
}

// strGetItem implements s[i] and s[i:j:k].
func strGetItem(t *Thread, o, k Object) (Object, error) {
	v, _ := AsStr(o)
	if i, ok := k.(Int); ok {
		n := int64(v.Len())
		idx := int64(i)
		if idx < 0 {
			idx += n
		}
		if idx < 0 || idx >= n {
			return nil, Errorf(IndexErrorType, "string index out of range")
		}
		return v.charStr(int(idx)), nil
	}
	if sl, ok := k.(*Slice); ok {
		start, stop, step, err := sl.Indices(t, v.Len())
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start >= stop {
				return emptyStr, nil
			}
			if start == 0 && stop == v.Len() {
				if _, exact := o.(*Str); exact {
					return v, nil
				}
			}
			return v.Substr(start, stop), nil
		}
		return v.stride(start, step, sliceLength(start, stop, step)), nil
	}
	if k.Type().Slots.Index == nil {
		return nil, Errorf(TypeErrorType, "string indices must be integers, not '%s'", TypeName(k))
	}
	idx, err := IndexOf(t, k, "string indices must be integers")
	if err != nil {
		return nil, err
	}
	return strGetItem(t, o, idx)
}

// StrIterator iterates over the characters of a str.
type StrIterator struct {
	s    *Str
	pos  int  // byte offset of the next character
	wide bool // the str is not ASCII (CPython's str_iterator type)
}

// StrIteratorType is the type of iter("...") of an ASCII str
// (str_iterator_wide.go has the other).
var StrIteratorType = newBuiltinType("str_ascii_iterator", ObjectType, 0)

// Type returns StrIteratorType, or StrWideIteratorType for non-ASCII
// text.
func (it *StrIterator) Type() *Type {
	if it.wide {
		return StrWideIteratorType
	}
	return StrIteratorType
}

func init() {
	StrIteratorType.Slots.Iter = selfIter
	StrIteratorType.Slots.Next = strIteratorNext
}

// strIteratorNext is the Next slot of str iterators.
func strIteratorNext(t *Thread, o Object) (Object, bool, error) {
	it := o.(*StrIterator)
	s := it.s.s
	if it.pos >= len(s) {
		return nil, false, nil
	}
	c := s[it.pos]
	if c < 0x80 {
		it.pos++
		return asciiStrs[c], true, nil
	}
	_, size := decodeRune(s, it.pos)
	it.pos += size
	return &Str{s: s[it.pos-size : it.pos], kind: strKindWide, n: 1}, true, nil
}

// selfIter is the Iter slot of iterators: iter(it) is it.
func selfIter(t *Thread, o Object) (Object, error) { return o, nil }
