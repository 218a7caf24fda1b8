package py

import (
	"sort"
	"strings"
)

// This file holds str's searching methods: find, rfind, index, rindex,
// count, startswith, endswith and replace. They search the UTF-8 text
// byte-wise (UTF-8 is self-synchronising, so a match of valid text is
// always at a character boundary) and convert between byte offsets and
// character indexes only for non-ASCII text.

func init() {
	StrType.AddMethod("find", strFindMeth, "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nReturn -1 on failure.")
	StrType.AddMethod("rfind", strRfindMeth, "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nReturn -1 on failure.")
	StrType.AddMethod("index", strIndexMeth, "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nRaises ValueError when the substring is not found.")
	StrType.AddMethod("rindex", strRindexMeth, "Return the highest index in S where substring sub is found, such that sub is contained within S[start:end].\n\nRaises ValueError when the substring is not found.")
	StrType.AddMethod("count", strCount, "Return the number of non-overlapping occurrences of substring sub in string S[start:end].")
	StrType.AddMethod("startswith", strStartswith, "Return True if S starts with the specified prefix, False otherwise.")
	StrType.AddMethod("endswith", strEndswith, "Return True if S ends with the specified suffix, False otherwise.")
	StrType.AddMethod("replace", strReplace, "Return a copy with all occurrences of substring old replaced by new.")
}

// byteToIndex converts a byte offset of s (at a character boundary) to a
// character index.
func (s *Str) byteToIndex(b int) int {
	if s.IsASCII() || b == 0 {
		return b
	}
	if b >= len(s.s) {
		return s.n
	}
	s.offset(0) // builds the index
	return sort.Search(len(s.offs), func(i int) bool { return int(s.offs[i]) >= b })
}

// adjustIndices clips start and end to a sequence of length n as
// CPython's ADJUST_INDICES does (start may stay beyond n).
func adjustIndices(start, end int64, n int) (int, int) {
	ln := int64(n)
	if end > ln {
		end = ln
	} else if end < 0 {
		end += ln
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += ln
		if start < 0 {
			start = 0
		}
	}
	if start > ln+1 {
		start = ln + 1
	}
	return int(start), int(end)
}

// searchArgs parses the (sub, start=None, end=None) arguments of the
// search methods of the type named owner, returning start and end
// already adjusted to n.
func searchArgs(t *Thread, owner, name string, args []Object, kwnames *Tuple, n int) (sub Object, start, end int, err error) {
	if err = noKwargsFor(owner, name, kwnames); err != nil {
		return
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) < 1 {
			err = Errorf(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
		} else {
			err = Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args))
		}
		return
	}
	sub = args[0]
	st, en := int64(0), int64(n)
	if len(args) > 1 && args[1] != None {
		if st, err = sliceIndex(t, args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 && args[2] != None {
		if en, err = sliceIndex(t, args[2]); err != nil {
			return
		}
	}
	start, end = adjustIndices(st, en, n)
	return
}

// strSearchArgs is searchArgs for a str argument.
func strSearchArgs(t *Thread, name string, self Object, args []Object, kwnames *Tuple) (s, sub *Str, start, end int, err error) {
	s, _ = AsStr(self)
	var o Object
	o, start, end, err = searchArgs(t, "str", name, args, kwnames, s.Len())
	if err != nil {
		return
	}
	var ok bool
	if sub, ok = AsStr(o); !ok {
		err = Errorf(TypeErrorType, "must be str, not %s", TypeName(o))
	}
	return
}

// window returns the bytes of s's characters [start, end).
func (s *Str) window(start, end int) (string, int) {
	if start >= end {
		return "", 0
	}
	bs := s.offset(start)
	return s.s[bs:s.offset(end)], bs
}

// strFindIndex finds sub in s[start:end], from the left or the right,
// returning a character index or -1.
func strFindIndex(s, sub *Str, start, end int, right bool) int {
	if end-start < sub.Len() {
		return -1
	}
	if len(sub.s) == 0 {
		if right {
			return end
		}
		return start
	}
	w, bs := s.window(start, end)
	var i int
	if right {
		i = strings.LastIndex(w, sub.s)
	} else if len(sub.s) == 1 {
		i = strings.IndexByte(w, sub.s[0])
	} else {
		i = strings.Index(w, sub.s)
	}
	if i < 0 {
		return -1
	}
	return s.byteToIndex(bs + i)
}

func strFindMethod(name string, right, raise bool) BuiltinFn {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		s, sub, start, end, err := strSearchArgs(t, name, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		i := strFindIndex(s, sub, start, end, right)
		if i < 0 && raise {
			return nil, Errorf(ValueErrorType, "substring not found")
		}
		return NewInt(int64(i)), nil
	}
}

var (
	strFindMeth   = strFindMethod("find", false, false)
	strRfindMeth  = strFindMethod("rfind", true, false)
	strIndexMeth  = strFindMethod("index", false, true)
	strRindexMeth = strFindMethod("rindex", true, true)
)

// strCount implements str.count(sub[, start[, end]]).
func strCount(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s, sub, start, end, err := strSearchArgs(t, "count", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if end-start < sub.Len() {
		return NewInt(0), nil
	}
	if len(sub.s) == 0 {
		return NewInt(int64(end - start + 1)), nil
	}
	w, _ := s.window(start, end)
	return NewInt(int64(strings.Count(w, sub.s))), nil
}

// strStartswith implements str.startswith(prefix[, start[, end]]).
func strStartswith(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	return strTailMatch(t, "startswith", self, args, kwnames, false)
}

// strEndswith implements str.endswith(suffix[, start[, end]]).
func strEndswith(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	return strTailMatch(t, "endswith", self, args, kwnames, true)
}

// strTailMatch is startswith (atEnd false) and endswith, with a str or a
// tuple of strs.
func strTailMatch(t *Thread, name string, self Object, args []Object, kwnames *Tuple, atEnd bool) (Object, error) {
	s, _ := AsStr(self)
	o, start, end, err := searchArgs(t, "str", name, args, kwnames, s.Len())
	if err != nil {
		return nil, err
	}
	if tup, ok := AsTuple(o); ok {
		for _, x := range tup.items {
			sub, ok := AsStr(x)
			if !ok {
				return nil, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeName(x))
			}
			if strTailMatchOne(s, sub, start, end, atEnd) {
				return True, nil
			}
		}
		return False, nil
	}
	sub, ok := AsStr(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(o))
	}
	return Bool(strTailMatchOne(s, sub, start, end, atEnd)), nil
}

func strTailMatchOne(s, sub *Str, start, end int, atEnd bool) bool {
	n := sub.Len()
	if end-n < start {
		return false
	}
	if n == 0 {
		return true
	}
	if s.IsASCII() {
		if !sub.IsASCII() {
			return false
		}
		if atEnd {
			return s.s[end-len(sub.s):end] == sub.s
		}
		return s.s[start:start+len(sub.s)] == sub.s
	}
	if atEnd {
		return s.s[s.offset(end-n):s.offset(end)] == sub.s
	}
	return s.s[s.offset(start):s.offset(start+n)] == sub.s
}

// strReplace implements str.replace(old, new, count=-1).
func strReplace(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("str.replace", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgs("replace", args, nil, 2, 3); err != nil {
		return nil, err
	}
	s, _ := AsStr(self)
	old, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "replace() argument 1 must be str, not %s", argTypeName(args[0]))
	}
	repl, ok := AsStr(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "replace() argument 2 must be str, not %s", argTypeName(args[1]))
	}
	count := -1
	if len(args) > 2 {
		n, err := indexArg("replace", args[2])
		if err != nil {
			return nil, err
		}
		if n < int64(maxAlloc) {
			count = int(n)
		}
	}
	return ReplaceStr(t, s, old, repl, count)
}

// ReplaceStr returns s with the first count (all when count < 0)
// occurrences of old replaced by repl.
func ReplaceStr(t *Thread, s, old, repl *Str, count int) (*Str, error) {
	if count == 0 || len(s.s) < len(old.s) || old.s == repl.s {
		return s, nil
	}
	if len(old.s) == 0 {
		n := s.Len() + 1
		if count >= 0 && count < n {
			n = count
		}
		if err := t.checkSize(len(repl.s), n); err != nil {
			return nil, err
		}
		if err := t.checkSize(1, len(s.s)+n*len(repl.s)); err != nil {
			return nil, err
		}
		var b strings.Builder
		b.Grow(len(s.s) + n*len(repl.s))
		i := 0
		for k := 0; k < n; k++ {
			b.WriteString(repl.s)
			if i < len(s.s) {
				_, size := decodeRune(s.s, i)
				b.WriteString(s.s[i : i+size])
				i += size
			}
		}
		b.WriteString(s.s[i:])
		return NewStr(b.String()), nil
	}
	n := strings.Count(s.s, old.s)
	if n == 0 {
		return s, nil
	}
	if count >= 0 && count < n {
		n = count
	}
	if grow := len(repl.s) - len(old.s); grow > 0 {
		if err := t.checkSize(grow, n); err != nil {
			return nil, err
		}
		if err := t.checkSize(1, len(s.s)+n*grow); err != nil {
			return nil, err
		}
	}
	out := strings.Replace(s.s, old.s, repl.s, n)
	if s.kind == strKindASCII && repl.IsASCII() {
		return newASCIIStr(out), nil
	}
	return NewStr(out), nil
}
