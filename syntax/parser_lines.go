package syntax

// The source text's lines, for positions and error texts.

// indexLines records where each line of the source starts.
func (p *parser) indexLines() {
	n := 1
	for i := 0; i < len(p.src); i++ {
		if p.src[i] == '\n' {
			n++
		}
	}
	p.lineStarts = make([]int32, 1, n)
	for i := 0; i < len(p.src); i++ {
		if p.src[i] == '\n' && i+1 < len(p.src) {
			p.lineStarts = append(p.lineStarts, int32(i+1))
		}
	}
}

// offset is the byte offset in the source of a position.
func (p *parser) offset(pos Pos) int {
	l := int(pos.Line) - 1
	if l < 0 {
		return 0
	}
	if l >= len(p.lineStarts) {
		return len(p.src)
	}
	off := int(p.lineStarts[l]) + int(pos.Col)
	if off > len(p.src) {
		off = len(p.src)
	}
	if off < 0 {
		off = 0
	}
	return off
}

// numLines is the number of lines of the source.
func (p *parser) numLines() int {
	if len(p.src) == 0 {
		return 0
	}
	return len(p.lineStarts)
}

// line returns line n of the source with its newline ("" when out of
// range), the text CPython gives a SyntaxError.
func (p *parser) line(n int) string {
	if n < 1 || n > len(p.lineStarts) || len(p.src) == 0 {
		return ""
	}
	start := int(p.lineStarts[n-1])
	end := len(p.src)
	if n < len(p.lineStarts) {
		end = int(p.lineStarts[n])
	}
	return p.src[start:end]
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
