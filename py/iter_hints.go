package py

import "unicode/utf8"

// __length_hint__ for the iterators of str and bytes (the other
// containers' iterators define theirs beside their types).

func init() {
	StrIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		it := self.(*StrIterator)
		if it.pos >= len(it.s.s) {
			return NewInt(0), nil
		}
		rest := it.s.s[it.pos:]
		if it.s.IsASCII() {
			return NewInt(int64(len(rest))), nil
		}
		return NewInt(int64(utf8.RuneCountInString(rest))), nil
	}, lengthHintDoc)
	BytesIteratorType.AddMethod("__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs("__length_hint__", args, kw); err != nil {
			return nil, err
		}
		it := self.(*BytesIterator)
		if it.i >= len(it.b) {
			return NewInt(0), nil
		}
		return NewInt(int64(len(it.b) - it.i)), nil
	}, lengthHintDoc)
}
