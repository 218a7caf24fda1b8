package py

import (
	"bytes"
)

// This file holds the methods bytes and bytearray share: searching,
// splitting, joining, stripping, padding, ASCII case and
// classification, translate, hex and decode. Each is written once over
// the receiver's bytes; bytearray's results are bytearrays.

// bytesKind describes bytes or bytearray for the shared methods.
type bytesKind struct {
	typ *Type
	// mk makes a result of the receiver's kind from bytes it owns.
	mk func([]byte) Object
}

var (
	kindBytes     = &bytesKind{typ: BytesType, mk: func(b []byte) Object { return NewBytes(b) }}
	kindByteArray = &bytesKind{typ: ByteArrayType, mk: func(b []byte) Object { return NewByteArray(b) }}
)

// bytesMethodFn is a shared method: recv is the receiver and self its
// bytes.
type bytesMethodFn func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error)

// unchanged returns the receiver itself when it is an exact bytes (as
// CPython does when a method leaves bytes unchanged), else a new object
// of the receiver's kind holding a copy of b.
func (k *bytesKind) unchanged(self Object, b []byte) Object {
	if x, ok := self.(*Bytes); ok {
		return x
	}
	return k.mk(append([]byte{}, b...))
}

// selfBytes returns the bytes of a bytes or bytearray receiver.
func selfBytes(o Object) []byte {
	if b, ok := AsBytes(o); ok {
		return b.b
	}
	if a, ok := AsByteArray(o); ok {
		return a.b
	}
	return nil
}

func init() {
	methods := []struct {
		name string
		fn   bytesMethodFn
		doc  string
	}{
		{"find", bytesFindMethod("find", false, false), "Return the lowest index in B where subsection sub is found."},
		{"rfind", bytesFindMethod("rfind", true, false), "Return the highest index in B where subsection sub is found."},
		{"index", bytesFindMethod("index", false, true), "Return the lowest index in B where subsection sub is found; raise ValueError when not found."},
		{"rindex", bytesFindMethod("rindex", true, true), "Return the highest index in B where subsection sub is found; raise ValueError when not found."},
		{"count", bytesCount, "Return the number of non-overlapping occurrences of subsection sub."},
		{"startswith", bytesTailMatchMethod("startswith", false), "Return True if B starts with the specified prefix, False otherwise."},
		{"endswith", bytesTailMatchMethod("endswith", true), "Return True if B ends with the specified suffix, False otherwise."},
		{"replace", bytesReplace, "Return a copy with all occurrences of substring old replaced by new."},
		{"split", bytesSplitMethod("split", false), "Return a list of the sections in the bytes, using sep as the delimiter."},
		{"rsplit", bytesSplitMethod("rsplit", true), "Return a list of the sections in the bytes, using sep as the delimiter, starting at the end."},
		{"partition", bytesPartitionMethod("partition", false), "Partition the bytes into three parts using the given separator."},
		{"rpartition", bytesPartitionMethod("rpartition", true), "Partition the bytes into three parts using the given separator, starting at the end."},
		{"join", bytesJoin, "Concatenate any number of bytes objects."},
		{"strip", bytesStripMethod("strip", true, true), "Strip leading and trailing bytes contained in the argument."},
		{"lstrip", bytesStripMethod("lstrip", true, false), "Strip leading bytes contained in the argument."},
		{"rstrip", bytesStripMethod("rstrip", false, true), "Strip trailing bytes contained in the argument."},
		{"center", bytesPadMethod("center"), "Return a centered string of length width."},
		{"ljust", bytesPadMethod("ljust"), "Return a left-justified string of length width."},
		{"rjust", bytesPadMethod("rjust"), "Return a right-justified string of length width."},
		{"zfill", bytesZfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
		{"expandtabs", bytesExpandtabs, "Return a copy where all tab characters are expanded using spaces."},
		{"splitlines", bytesSplitlines, "Return a list of the lines in the bytes, breaking at line boundaries."},
		{"removeprefix", bytesRemoveAffix("removeprefix", true), "Return a bytes object with the given prefix string removed if present."},
		{"removesuffix", bytesRemoveAffix("removesuffix", false), "Return a bytes object with the given suffix string removed if present."},
		{"translate", bytesTranslate, "Return a copy with each character mapped by the given translation table."},
		{"hex", bytesHex, "Create a string of hexadecimal numbers from a bytes object."},
		{"decode", bytesDecode, "Decode the bytes using the codec registered for encoding."},
	}
	for _, k := range []*bytesKind{kindBytes, kindByteArray} {
		for _, m := range methods {
			k, fn := k, m.fn
			k.typ.AddMethod(m.name, func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
				return fn(k, t, self, selfBytes(self), args, kwnames)
			}, m.doc)
		}
		k.typ.AddStaticMethod("maketrans", bytesMaketrans, "Return a translation table usable for the bytes or bytearray translate method.")
		k.typ.AddClassMethod("fromhex", bytesFromhex, "Create a bytes object from a string of hexadecimal numbers.")
	}
	BytesType.AddMethod("__getnewargs__", func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noArgs("bytes.__getnewargs__", args, kwnames); err != nil {
			return nil, err
		}
		return NewTuple(NewBytes(selfBytes(self))), nil
	}, "")
	BytesType.AddMethod("__bytes__", func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := noArgs("bytes.__bytes__", args, kwnames); err != nil {
			return nil, err
		}
		if b, ok := self.(*Bytes); ok {
			return b, nil
		}
		return NewBytes(selfBytes(self)), nil
	}, "Convert this value to exact type bytes.")
}

// bufferArg converts an argument that must be bytes-like.
func bufferArg(o Object) ([]byte, error) {
	if b, ok := bufferBytes(o); ok {
		return b, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(o))
}

// subArg converts the sub argument of the search methods: bytes-like or
// an int in range(256).
func subArg(t *Thread, o Object) ([]byte, error) {
	if b, ok := bufferBytes(o); ok {
		return b, nil
	}
	if o.Type().Slots.Index == nil {
		return nil, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
	}
	v, err := Index(t, o)
	if err != nil {
		return nil, err
	}
	n, big, _ := IntValue(v)
	if big != nil || n < 0 || n > 255 {
		return nil, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return []byte{byte(n)}, nil
}

// bytesFind finds sub in b[start:end] from the left or right, or -1.
func bytesFind(b, sub []byte, start, end int, right bool) int {
	if end-start < len(sub) {
		return -1
	}
	if len(sub) == 0 {
		if right {
			return end
		}
		return start
	}
	w := b[start:end]
	var i int
	if right {
		i = bytes.LastIndex(w, sub)
	} else {
		i = bytes.Index(w, sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

func bytesFindMethod(name string, right, raise bool) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		o, start, end, err := searchArgs(t, k.typ.Name, name, args, kwnames, len(self))
		if err != nil {
			return nil, err
		}
		sub, err := subArg(t, o)
		if err != nil {
			return nil, err
		}
		i := bytesFind(self, sub, start, end, right)
		if i < 0 && raise {
			return nil, Errorf(ValueErrorType, "subsection not found")
		}
		return NewInt(int64(i)), nil
	}
}

func bytesCount(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	o, start, end, err := searchArgs(t, k.typ.Name, "count", args, kwnames, len(self))
	if err != nil {
		return nil, err
	}
	sub, err := subArg(t, o)
	if err != nil {
		return nil, err
	}
	if end-start < len(sub) {
		return NewInt(0), nil
	}
	if len(sub) == 0 {
		return NewInt(int64(end - start + 1)), nil
	}
	return NewInt(int64(bytes.Count(self[start:end], sub))), nil
}

func bytesTailMatchMethod(name string, atEnd bool) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		o, start, end, err := searchArgs(t, k.typ.Name, name, args, kwnames, len(self))
		if err != nil {
			return nil, err
		}
		match := func(sub []byte) bool {
			if end-len(sub) < start {
				return false
			}
			if atEnd {
				return bytes.Equal(self[end-len(sub):end], sub)
			}
			return bytes.Equal(self[start:start+len(sub)], sub)
		}
		if tup, ok := AsTuple(o); ok {
			for _, x := range tup.items {
				sub, err := bufferArg(x)
				if err != nil {
					return nil, err
				}
				if match(sub) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := bufferBytes(o)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(o))
		}
		return Bool(match(sub)), nil
	}
}

func bytesReplace(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	if err := noKwargsFor(k.typ.Name, "replace", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgs("replace", args, nil, 2, 3); err != nil {
		return nil, err
	}
	old, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	repl, err := bufferArg(args[1])
	if err != nil {
		return nil, err
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
	if count == 0 {
		return k.unchanged(recv, self), nil
	}
	n := len(self) + 1
	if len(old) > 0 {
		n = bytes.Count(self, old)
	}
	if n == 0 {
		return k.unchanged(recv, self), nil
	}
	if count >= 0 && count < n {
		n = count
	}
	if grow := len(repl) - len(old); grow > 0 {
		if err := t.checkSize(grow, n); err != nil {
			return nil, err
		}
	}
	return k.mk(bytes.Replace(self, old, repl, n)), nil
}

// isBytesSpace reports whether c is ASCII whitespace as bytes.split()
// and bytes.isspace() see it.
func isBytesSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesSplitMethod(name string, right bool) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		sep, maxsplit, err := splitArgs(name, args, kwnames)
		if err != nil {
			return nil, err
		}
		if maxsplit < 0 {
			maxsplit = len(self) + 1
		}
		var parts [][]byte
		if sep == None {
			parts = splitBytesSpace(self, maxsplit, right)
		} else {
			sp, err := bufferArg(sep)
			if err != nil {
				return nil, err
			}
			if len(sp) == 0 {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			parts = splitBytesSep(self, sp, maxsplit, right)
		}
		out := make([]Object, len(parts))
		for i, p := range parts {
			out[i] = k.mk(append([]byte{}, p...))
		}
		return NewList(out), nil
	}
}

// splitBytesSep splits at sep, from the left or the right.
func splitBytesSep(b, sep []byte, maxsplit int, right bool) [][]byte {
	var parts [][]byte
	if !right {
		for len(parts) < maxsplit {
			i := bytes.Index(b, sep)
			if i < 0 {
				break
			}
			parts = append(parts, b[:i])
			b = b[i+len(sep):]
		}
		return append(parts, b)
	}
	for len(parts) < maxsplit {
		i := bytes.LastIndex(b, sep)
		if i < 0 {
			break
		}
		parts = append(parts, b[i+len(sep):])
		b = b[:i]
	}
	parts = append(parts, b)
	reverseParts(parts)
	return parts
}

func reverseParts(p [][]byte) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// splitBytesSpace splits at runs of ASCII whitespace.
func splitBytesSpace(b []byte, maxsplit int, right bool) [][]byte {
	parts := [][]byte{}
	if !right {
		i := 0
		for {
			for i < len(b) && isBytesSpace(b[i]) {
				i++
			}
			if i == len(b) {
				return parts
			}
			if len(parts) == maxsplit {
				return append(parts, b[i:])
			}
			j := i
			for j < len(b) && !isBytesSpace(b[j]) {
				j++
			}
			parts = append(parts, b[i:j])
			i = j
		}
	}
	j := len(b)
	for {
		for j > 0 && isBytesSpace(b[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if len(parts) == maxsplit {
			parts = append(parts, b[:j])
			break
		}
		i := j
		for i > 0 && !isBytesSpace(b[i-1]) {
			i--
		}
		parts = append(parts, b[i:j])
		j = i
	}
	reverseParts(parts)
	return parts
}

func bytesPartitionMethod(name string, right bool) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		if err := exactArgsFor(k.typ.Name, name, 1, args, kwnames); err != nil {
			return nil, err
		}
		sep, err := bufferArg(args[0])
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		cp := func(b []byte) Object { return k.mk(append([]byte{}, b...)) }
		var i int
		if right {
			i = bytes.LastIndex(self, sep)
		} else {
			i = bytes.Index(self, sep)
		}
		if i < 0 {
			if right {
				return NewTuple(cp(nil), cp(nil), cp(self)), nil
			}
			return NewTuple(cp(self), cp(nil), cp(nil)), nil
		}
		return NewTuple(cp(self[:i]), cp(sep), cp(self[i+len(sep):])), nil
	}
}

func bytesJoin(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgsFor(k.typ.Name, "join", 1, args, kwnames); err != nil {
		return nil, err
	}
	var items []Object
	switch v := args[0].(type) {
	case *List:
		items = v.items
	case *Tuple:
		items = v.items
	default:
		if v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
			return nil, Errorf(TypeErrorType, "can only join an iterable")
		}
		var err error
		if items, err = ListFromIterable(t, v); err != nil {
			return nil, err
		}
	}
	size := len(self) * max(len(items)-1, 0)
	parts := make([][]byte, len(items))
	for i, x := range items {
		b, ok := bufferBytes(x)
		if !ok {
			return nil, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
		}
		parts[i] = b
		size += len(b)
	}
	if err := t.checkSize(1, size); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	for i, p := range parts {
		if i > 0 {
			out = append(out, self...)
		}
		out = append(out, p...)
	}
	return k.mk(out), nil
}

func bytesStripMethod(name string, left, right bool) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		if err := CheckArgs(name, args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		in := isBytesSpace
		if len(args) > 0 && args[0] != None {
			chars, err := bufferArg(args[0])
			if err != nil {
				return nil, err
			}
			var set [256]bool
			for _, c := range chars {
				set[c] = true
			}
			in = func(c byte) bool { return set[c] }
		}
		i, j := 0, len(self)
		if left {
			for i < j && in(self[i]) {
				i++
			}
		}
		if right {
			for j > i && in(self[j-1]) {
				j--
			}
		}
		if i == 0 && j == len(self) {
			return k.unchanged(recv, self), nil
		}
		return k.mk(append([]byte{}, self[i:j]...)), nil
	}
}

func bytesPadMethod(name string) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		if err := CheckArgs(name, args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		width, err := AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) > 1 {
			f, ok := bufferBytes(args[1])
			if !ok || len(f) != 1 {
				return nil, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, argTypeName(args[1]))
			}
			fill = f[0]
		}
		n := len(self)
		if width <= n {
			return k.unchanged(recv, self), nil
		}
		if err := t.checkSize(1, width); err != nil {
			return nil, err
		}
		marg := width - n
		left := 0
		switch name {
		case "center":
			left = marg/2 + (marg & width & 1)
		case "rjust":
			left = marg
		}
		out := make([]byte, 0, width)
		out = append(out, bytes.Repeat([]byte{fill}, left)...)
		out = append(out, self...)
		return k.mk(append(out, bytes.Repeat([]byte{fill}, marg-left)...)), nil
	}
}

func bytesZfill(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgsFor(k.typ.Name, "zfill", 1, args, kwnames); err != nil {
		return nil, err
	}
	width, err := AsIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	if width <= len(self) {
		return k.unchanged(recv, self), nil
	}
	if err := t.checkSize(1, width); err != nil {
		return nil, err
	}
	out := make([]byte, 0, width)
	rest := self
	if len(rest) > 0 && (rest[0] == '+' || rest[0] == '-') {
		out = append(out, rest[0])
		rest = rest[1:]
	}
	out = append(out, bytes.Repeat([]byte{'0'}, width-len(self))...)
	return k.mk(append(out, rest...)), nil
}

func bytesExpandtabs(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	var tab Object = NewInt(8)
	if err := UnpackArgs("expandtabs", args, kwnames, "tabsize?", &tab); err != nil {
		return nil, err
	}
	tabsize, err := cIntArg(t, tab)
	if err != nil {
		return nil, err
	}
	size, col := 0, 0
	for _, c := range self {
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				col += k
				size += k
			}
		case '\n', '\r':
			col = 0
			size++
		default:
			col++
			size++
		}
		if size > maxAlloc {
			return nil, Errorf(OverflowErrorType, "result too long")
		}
	}
	if err := t.checkSize(1, size); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	col = 0
	for _, c := range self {
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				col += k
				out = append(out, bytes.Repeat([]byte{' '}, k)...)
			}
		case '\n', '\r':
			col = 0
			out = append(out, c)
		default:
			col++
			out = append(out, c)
		}
	}
	return k.mk(out), nil
}

func bytesSplitlines(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	var keependsArg Object = False
	if err := UnpackArgs("splitlines", args, kwnames, "keepends?", &keependsArg); err != nil {
		return nil, err
	}
	keepends, err := cIntArg(t, keependsArg)
	if err != nil {
		return nil, err
	}
	out := []Object{}
	start := 0
	for i := 0; i < len(self); {
		n := 0
		switch self[i] {
		case '\n':
			n = 1
		case '\r':
			n = 1
			if i+1 < len(self) && self[i+1] == '\n' {
				n = 2
			}
		}
		if n == 0 {
			i++
			continue
		}
		end := i
		if keepends != 0 {
			end = i + n
		}
		out = append(out, k.mk(append([]byte{}, self[start:end]...)))
		i += n
		start = i
	}
	if start < len(self) {
		out = append(out, k.mk(append([]byte{}, self[start:]...)))
	}
	return NewList(out), nil
}

func bytesRemoveAffix(name string, prefix bool) bytesMethodFn {
	return func(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
		if err := exactArgsFor(k.typ.Name, name, 1, args, kwnames); err != nil {
			return nil, err
		}
		a, err := bufferArg(args[0])
		if err != nil {
			return nil, err
		}
		out := self
		if prefix && len(a) > 0 && bytes.HasPrefix(self, a) {
			out = self[len(a):]
		} else if !prefix && len(a) > 0 && bytes.HasSuffix(self, a) {
			out = self[:len(self)-len(a)]
		} else {
			return k.unchanged(recv, self), nil
		}
		return k.mk(append([]byte{}, out...)), nil
	}
}

func bytesTranslate(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	var table Object
	var del Object = None
	if err := atLeastOnePositional("translate", args, kwnames); err != nil {
		return nil, err
	}
	if err := UnpackArgs("translate", args, kwnames, "table", &table, "/", "delete?", &del); err != nil {
		return nil, err
	}
	var tbl []byte
	if table != None {
		var err error
		if tbl, err = bufferArg(table); err != nil {
			return nil, err
		}
		if len(tbl) != 256 {
			return nil, Errorf(ValueErrorType, "translation table must be 256 characters long")
		}
	}
	var drop [256]bool
	if del != None {
		d, err := bufferArg(del)
		if err != nil {
			return nil, err
		}
		for _, c := range d {
			drop[c] = true
		}
	}
	out := make([]byte, 0, len(self))
	for _, c := range self {
		if drop[c] {
			continue
		}
		if tbl != nil {
			c = tbl[c]
		}
		out = append(out, c)
	}
	return k.mk(out), nil
}

// bytesMaketrans implements bytes.maketrans(frm, to).
func bytesMaketrans(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := CheckArgs("maketrans", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	frm, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	to, err := bufferArg(args[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, Errorf(ValueErrorType, "maketrans arguments must have same length")
	}
	tbl := make([]byte, 256)
	for i := range tbl {
		tbl[i] = byte(i)
	}
	for i, c := range frm {
		tbl[c] = to[i]
	}
	return NewBytes(tbl), nil
}

func bytesHex(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	var sep Object
	var perArg Object = NewInt(1)
	if err := UnpackArgs("hex", args, kwnames, "sep?", &sep, "bytes_per_sep?", &perArg); err != nil {
		return nil, err
	}
	bytesPerSep, err := cIntArg(t, perArg)
	if err != nil {
		return nil, err
	}
	s, err := hexString(t, self, sep, bytesPerSep)
	if err != nil {
		return nil, err
	}
	return newASCIIStr(s), nil
}

// hexString is bytes.hex(sep, bytes_per_sep): groups of bytes_per_sep
// bytes, counted from the right (from the left when negative).
func hexString(t *Thread, b []byte, sep Object, per int) (string, error) {
	const digits = "0123456789abcdef"
	var sepc byte
	if sep != nil {
		// CPython takes len(sep) first, whatever its type.
		if _, isStr := AsStr(sep); !isStr {
			if _, isBuf := bufferBytes(sep); !isBuf {
				n, err := Len(t, sep)
				if err != nil {
					return "", err
				}
				if n != 1 {
					return "", Errorf(ValueErrorType, "sep must be length 1.")
				}
			}
		}
		var text string
		if s, ok := AsStr(sep); ok {
			if s.Len() != 1 {
				return "", Errorf(ValueErrorType, "sep must be length 1.")
			}
			if !s.IsASCII() {
				return "", Errorf(ValueErrorType, "sep must be ASCII.")
			}
			text = s.s
		} else if bb, ok := bufferBytes(sep); ok {
			if len(bb) != 1 {
				return "", Errorf(ValueErrorType, "sep must be length 1.")
			}
			text = string(bb)
		} else if sep.Type().Slots.Len == nil {
			return "", Errorf(TypeErrorType, "object of type '%s' has no len()", TypeName(sep))
		} else {
			return "", Errorf(TypeErrorType, "sep must be str or bytes.")
		}
		sepc = text[0]
		if sepc >= 0x80 {
			return "", Errorf(ValueErrorType, "sep must be ASCII.")
		}
	}
	if sepc == 0 || per == 0 || len(b) == 0 {
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return string(out), nil
	}
	fromLeft := per < 0
	if per < 0 {
		per = -per
	}
	out := make([]byte, 0, 3*len(b))
	for i, c := range b {
		if i > 0 {
			var boundary bool
			if fromLeft {
				boundary = i%per == 0
			} else {
				boundary = (len(b)-i)%per == 0
			}
			if boundary {
				out = append(out, sepc)
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out), nil
}

// bytesFromhex implements bytes.fromhex(string) and bytearray.fromhex:
// self is the class.
func bytesFromhex(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := exactArgs(typeOfClassArg(self)+".fromhex", 1, args, kwnames); err != nil {
		return nil, err
	}
	s, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", argTypeName(args[0]))
	}
	rs := s.Runes()
	out := make([]byte, 0, len(rs)/2)
	hexv := func(r rune) int {
		switch {
		case r >= '0' && r <= '9':
			return int(r - '0')
		case r >= 'a' && r <= 'f':
			return int(r-'a') + 10
		case r >= 'A' && r <= 'F':
			return int(r-'A') + 10
		}
		return -1
	}
	for i := 0; i < len(rs); {
		if r := rs[i]; r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' {
			i++
			continue
		}
		hi := hexv(rs[i])
		if hi < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(rs) || hexv(rs[i+1]) < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|hexv(rs[i+1])))
		i += 2
	}
	cls, _ := self.(*Type)
	switch cls {
	case nil, BytesType:
		return NewBytes(out), nil
	case ByteArrayType:
		return NewByteArray(out), nil
	}
	var base Object = NewBytes(out)
	if cls.IsSubtype(ByteArrayType) {
		base = NewByteArray(out)
	}
	return Call(t, cls, []Object{base}, nil)
}

func bytesDecode(k *bytesKind, t *Thread, recv Object, self []byte, args []Object, kwnames *Tuple) (Object, error) {
	encoding, errors, err := codecArgs("decode", "decode", args, kwnames)
	if err != nil {
		return nil, err
	}
	return DecodeBytes(t, self, encoding, errors)
}
