package ucd

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

// namesData is the compressed name table written by scripts/gen_ucd.py;
// its layout is described there (build_names_blob).
//
//go:embed names.bin
var namesData []byte

// nameTable is the decoded form of namesData.
type nameTable struct {
	words   []string
	wordIdx map[string]int
	entries []nameEntry // sorted by code point
	aliases []nameEntry // sorted by code point
	idx     []uint32    // word indexes of all entries and aliases
}

// nameEntry is one named code point; its words are idx[off:off+n].
type nameEntry struct {
	cp     rune
	off    uint32
	n      uint16
	hexSuf bool
}

// loadNames decodes the name table once, on first use; afterwards it is
// only read.
var loadNames = sync.OnceValue(func() *nameTable {
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(namesData)))
	if err != nil {
		return &nameTable{}
	}
	d := decoder{b: raw}
	t := &nameTable{}
	nw := d.uint()
	t.words = make([]string, nw)
	t.wordIdx = make(map[string]int, nw)
	for i := range t.words {
		n := d.uint()
		t.words[i] = string(d.take(n))
		t.wordIdx[t.words[i]] = i
	}
	ne := d.uint()
	t.entries = make([]nameEntry, ne)
	cp := rune(0)
	for i := range t.entries {
		cp += rune(d.uint())
		k := d.uint()
		e := nameEntry{cp: cp, off: uint32(len(t.idx)), n: uint16(k / 2), hexSuf: k&1 == 1}
		for j := 0; j < k/2; j++ {
			t.idx = append(t.idx, uint32(d.uint()))
		}
		t.entries[i] = e
	}
	na := d.uint()
	t.aliases = make([]nameEntry, na)
	for i := range t.aliases {
		cp := rune(d.uint())
		k := d.uint()
		e := nameEntry{cp: cp, off: uint32(len(t.idx)), n: uint16(k)}
		for j := 0; j < k; j++ {
			t.idx = append(t.idx, uint32(d.uint()))
		}
		t.aliases[i] = e
	}
	return t
})

// decoder reads the varints of the name table.
type decoder struct {
	b []byte
	i int
}

func (d *decoder) uint() int {
	v, shift := 0, 0
	for d.i < len(d.b) {
		c := d.b[d.i]
		d.i++
		v |= int(c&0x7F) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	return v
}

func (d *decoder) take(n int) []byte {
	if d.i+n > len(d.b) {
		n = len(d.b) - d.i
	}
	s := d.b[d.i : d.i+n]
	d.i += n
	return s
}

// Hangul syllable composition (Unicode section 3.12).
const (
	hangulBase  = 0xAC00
	hangulCount = 11172
	jamoVCount  = 21
	jamoTCount  = 28
)

var (
	jamoL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// isUnifiedIdeograph reports whether r is named "CJK UNIFIED
// IDEOGRAPH-XXXX" in Unicode 14.0 (the ranges CPython 3.11 computes).
func isUnifiedIdeograph(r rune) bool {
	return (0x3400 <= r && r <= 0x4DBF) ||
		(0x4E00 <= r && r <= 0x9FFF) ||
		(0x20000 <= r && r <= 0x2A6DF) ||
		(0x2A700 <= r && r <= 0x2B738) ||
		(0x2B740 <= r && r <= 0x2B81D) ||
		(0x2B820 <= r && r <= 0x2CEA1) ||
		(0x2CEB0 <= r && r <= 0x2EBE0) ||
		(0x30000 <= r && r <= 0x3134A)
}

// Name returns the character name of r, as unicodedata.name() gives it,
// and whether r has one.
func Name(r rune) (string, bool) {
	if hangulBase <= r && r < hangulBase+hangulCount {
		s := r - hangulBase
		l, v, t := s/(jamoVCount*jamoTCount), (s%(jamoVCount*jamoTCount))/jamoTCount, s%jamoTCount
		return "HANGUL SYLLABLE " + jamoL[l] + jamoV[v] + jamoT[t], true
	}
	if isUnifiedIdeograph(r) {
		return "CJK UNIFIED IDEOGRAPH-" + hex(r), true
	}
	t := loadNames()
	lo, hi := 0, len(t.entries)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.entries[m].cp < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.entries) && t.entries[lo].cp == r {
		return t.spell(t.entries[lo], r), true
	}
	return "", false
}

// hex formats r as CPython's names do: upper case, at least 4 digits.
func hex(r rune) string {
	s := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// spell builds the name of entry e.
func (t *nameTable) spell(e nameEntry, r rune) string {
	var b strings.Builder
	for i := uint32(0); i < uint32(e.n); i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.words[t.idx[e.off+i]])
	}
	if e.hexSuf {
		b.WriteString(hex(r))
	}
	return b.String()
}

// Lookup returns the character called name, as the "\N{name}" escape
// resolves it in CPython 3.11: names and name aliases match without
// regard to ASCII case; "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE
// ..." are computed. Named sequences are not characters and are not
// found.
func Lookup(name string) (rune, bool) {
	if r, ok := lookupAlgorithmic(name); ok {
		return r, true
	}
	up := strings.ToUpper(name)
	for i := 0; i < len(up); i++ {
		if up[i] >= 0x80 {
			return 0, false
		}
	}
	t := loadNames()
	words := strings.Split(up, " ")
	want := make([]uint32, 0, len(words))
	// The last word may carry a hex suffix ("NUSHU CHARACTER-1B170").
	var suffix rune = -1
	for i, w := range words {
		j, ok := t.wordIdx[w]
		if !ok && i == len(words)-1 {
			if k := strings.LastIndexByte(w, '-'); k >= 0 {
				if v, err := strconv.ParseUint(w[k+1:], 16, 32); err == nil && len(w[k+1:]) >= 4 && w[k+1:] == hex(rune(v)) {
					if j, ok = t.wordIdx[w[:k+1]]; ok {
						suffix = rune(v)
					}
				}
			}
		}
		if !ok {
			return 0, false
		}
		want = append(want, uint32(j))
	}
	match := func(e nameEntry) bool {
		if int(e.n) != len(want) {
			return false
		}
		if e.hexSuf != (suffix >= 0) {
			return false
		}
		for i, w := range want {
			if t.idx[e.off+uint32(i)] != w {
				return false
			}
		}
		return true
	}
	if suffix >= 0 {
		lo, hi := 0, len(t.entries)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if t.entries[m].cp < suffix {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(t.entries) && t.entries[lo].cp == suffix && match(t.entries[lo]) {
			return suffix, true
		}
		return 0, false
	}
	for _, e := range t.entries {
		if match(e) {
			return e.cp, true
		}
	}
	for _, e := range t.aliases {
		if match(e) {
			return e.cp, true
		}
	}
	return 0, false
}

// lookupAlgorithmic resolves the computed names (CPython compares these
// case-sensitively).
func lookupAlgorithmic(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return 0, false
		}
		v := rune(0)
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case '0' <= c && c <= '9':
				v = v*16 + rune(c-'0')
			case 'A' <= c && c <= 'F':
				v = v*16 + rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		if isUnifiedIdeograph(v) {
			return v, true
		}
		return 0, false
	}
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		l, n1 := longestJamo(rest, jamoL[:])
		if n1 < 0 {
			return 0, false
		}
		v, n2 := longestJamo(rest[n1:], jamoV[:])
		if n2 < 0 {
			return 0, false
		}
		t, n3 := longestJamo(rest[n1+n2:], jamoT[:])
		if n3 < 0 || n1+n2+n3 != len(rest) {
			return 0, false
		}
		return hangulBase + rune((l*jamoVCount+v)*jamoTCount+t), true
	}
	return 0, false
}

// longestJamo finds the longest entry of table that prefixes s, returning
// its index and length (-1 when none, the empty entry included, matches).
func longestJamo(s string, table []string) (int, int) {
	best, bestLen := -1, -1
	for i, j := range table {
		if len(j) > bestLen && strings.HasPrefix(s, j) {
			best, bestLen = i, len(j)
		}
	}
	return best, bestLen
}
