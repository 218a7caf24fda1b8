package sre

import "encoding/binary"

// optimizeCharset rewrites the members of a set as CPython's
// _optimize_charset does: the characters (case-folded when fold is not
// nil) go into a map, which becomes at most two literals or ranges, a
// 256-bit CHARSET, or a BIGCHARSET of 256-bit blocks; categories and
// characters beyond the Basic Multilingual Plane stay as they are. It
// reports whether the set holds cased characters (so that it must be
// matched ignoring case).
func optimizeCharset(set []setItem, fold *folding) ([]setItem, bool) {
	var out, tail []setItem
	charmap := make([]byte, 256)
	hascased := false
	for _, it := range set {
		for {
			ok := true
			switch it.op {
			case opLiteral:
				if fold != nil {
					lo := fold.lower(it.lo)
					ok = setMap(charmap, lo)
					if ok && fold.unicode {
						for _, k := range extraCases[lo] {
							if ok = setMap(charmap, k); !ok {
								break
							}
						}
					}
					if ok && !hascased && fold.iscased(it.lo) {
						hascased = true
					}
				} else {
					ok = setMap(charmap, it.lo)
				}
			case opRange:
				if fold != nil {
					for c := it.lo; c <= it.hi && ok; c++ {
						lo := fold.lower(c)
						ok = setMap(charmap, lo)
						if ok && fold.unicode {
							for _, k := range extraCases[lo] {
								if ok = setMap(charmap, k); !ok {
									break
								}
							}
						}
						if c == it.hi {
							break
						}
					}
					if ok && !hascased {
						for c := it.lo; c <= it.hi; c++ {
							if fold.iscased(c) {
								hascased = true
								break
							}
							if c == it.hi {
								break
							}
						}
					}
				} else {
					for c := it.lo; c <= it.hi && ok; c++ {
						ok = setMap(charmap, c)
						if c == it.hi {
							break
						}
					}
				}
			case opNegate:
				out = append(out, it)
			default:
				tail = append(tail, it)
			}
			if ok {
				break
			}
			if len(charmap) == 256 {
				// A character above U+00FF: widen the map and start the
				// member again.
				charmap = append(charmap, make([]byte, 0xff00)...)
				continue
			}
			// A character beyond the BMP: keep the member as it is.
			if fold != nil {
				hascased = true
				if it.op == opRange {
					it.op = opRangeUniIgnore
				}
			}
			tail = append(tail, it)
			break
		}
	}

	// At most two runs: literals and ranges.
	var runs [][2]int
	q := 0
	compact := true
	for {
		p := indexByteFrom(charmap, 1, q)
		if p < 0 {
			break
		}
		if len(runs) >= 2 {
			compact = false
			break
		}
		q = indexByteFrom(charmap, 0, p)
		if q < 0 {
			runs = append(runs, [2]int{p, len(charmap)})
			break
		}
		runs = append(runs, [2]int{p, q})
	}
	if compact {
		for _, r := range runs {
			if r[1]-r[0] == 1 {
				out = append(out, setItem{op: opLiteral, lo: uint32(r[0])})
			} else {
				out = append(out, setItem{op: opRange, lo: uint32(r[0]), hi: uint32(r[1] - 1)})
			}
		}
		out = append(out, tail...)
		if hascased || len(out) < len(set) {
			return out, hascased
		}
		return set, hascased
	}

	if len(charmap) == 256 {
		out = append(out, setItem{op: opCharset, words: bitmap(charmap)})
		return append(out, tail...), hascased
	}

	// A big set: the map in blocks of 256 characters, identical blocks
	// stored once, with a table of the block of each 256 characters.
	var mapping [256]byte
	var data []byte
	blocks := map[string]byte{}
	count := 0
	for i := 0; i < 65536; i += 256 {
		chunk := string(charmap[i : i+256])
		if b, ok := blocks[chunk]; ok {
			mapping[i/256] = b
			continue
		}
		blocks[chunk] = byte(count)
		mapping[i/256] = byte(count)
		count++
		data = append(data, chunk...)
	}
	words := []uint32{uint32(count)}
	for i := 0; i < 256; i += 4 {
		words = append(words, binary.LittleEndian.Uint32(mapping[i:i+4]))
	}
	words = append(words, bitmap(data)...)
	out = append(out, setItem{op: opBigCharset, words: words})
	return append(out, tail...), hascased
}

// setMap marks c in the map, reporting false when the map is too small.
func setMap(charmap []byte, c uint32) bool {
	if int(c) >= len(charmap) {
		return false
	}
	charmap[c] = 1
	return true
}

// indexByteFrom returns the index of the first b in m at or after from,
// or -1.
func indexByteFrom(m []byte, b byte, from int) int {
	for i := from; i < len(m); i++ {
		if m[i] == b {
			return i
		}
	}
	return -1
}

// bitmap packs a map of 0/1 bytes into 32-bit words, the lowest bit
// first.
func bitmap(bits []byte) []uint32 {
	words := make([]uint32, len(bits)/32)
	for i, b := range bits {
		if b != 0 {
			words[i/32] |= 1 << (i % 32)
		}
	}
	return words
}
