package py

// co_lnotab: the line-number table of Python 3.9 and earlier, which
// CPython 3.11 still computes on demand from its newer tables for old
// tools. It is derived here from the same (start, end, line) ranges as
// co_lines, with kaa's 4-byte instruction offsets.

func init() {
	CodeType.AddGetSet("co_lnotab", func(t *Thread, o Object) (Object, error) {
		return NewBytes(lineNumberTable(o.(*Code))), nil
	}, nil, "")
}

// lineNumberTable encodes the code's line changes as (offset delta, line
// delta) byte pairs, splitting deltas that do not fit in one pair as
// CPython does: offsets by 255, line increases by 127, decreases by -128.
// Instructions without a line keep the line before them.
func lineNumberTable(c *Code) []byte {
	var out []byte
	pair := func(b, l int) { out = append(out, byte(b), byte(int8(l))) }
	line, offset := int(c.bc.FirstLineNo), 0
	for i, p := range c.bc.Positions {
		if p.Line < 0 || int(p.Line) == line {
			continue
		}
		start := 4 * i
		bdelta, ldelta := start-offset, int(p.Line)-line
		for bdelta > 255 {
			pair(255, 0)
			bdelta -= 255
		}
		for ldelta > 127 {
			pair(bdelta, 127)
			bdelta, ldelta = 0, ldelta-127
		}
		for ldelta < -128 {
			pair(bdelta, -128)
			bdelta, ldelta = 0, ldelta+128
		}
		pair(bdelta, ldelta)
		offset, line = start, int(p.Line)
	}
	return out
}
