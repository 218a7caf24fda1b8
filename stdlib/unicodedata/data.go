package unicodedata

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// propTuple holds the properties propRuns share.
type propTuple struct {
	category, bidi uint8
	combining      uint8
	eaw            uint8
	mirrored       bool
}

// propRun starts a run of code points with the same properties.
type propRun struct {
	start rune
	tuple uint16
}

// decomposition is one decomposition mapping.
type decomposition struct {
	r rune
	s string
}

// numericValue holds the numeric, decimal and digit values of a code
// point (-1: none).
type numericValue struct {
	r       rune
	numeric float64
	decimal int8
	digit   int8
}

// composition is a primary composite: first + second compose to result.
type composition struct {
	first, second, result rune
}

// propsOf returns the properties of r.
func propsOf(r rune) *propTuple {
	i := sort.Search(len(propRuns), func(i int) bool { return propRuns[i].start > r }) - 1
	return &propTuples[propRuns[i].tuple]
}

// decompositionOf returns the decomposition string of r ("" for none).
func decompositionOf(r rune) string {
	i := sort.Search(len(decompositions), func(i int) bool { return decompositions[i].r >= r })
	if i < len(decompositions) && decompositions[i].r == r {
		return decompositions[i].s
	}
	return ""
}

// numericOf returns the numeric values of r, or nil.
func numericOf(r rune) *numericValue {
	i := sort.Search(len(numerics), func(i int) bool { return numerics[i].r >= r })
	if i < len(numerics) && numerics[i].r == r {
		return &numerics[i]
	}
	return nil
}

// compose returns the primary composite of a and b, if any.
func compose(a, b rune) (rune, bool) {
	if a >= hangulL && a < hangulL+hangulLCount && b >= hangulV && b < hangulV+hangulVCount {
		return hangulS + ((a-hangulL)*hangulVCount+(b-hangulV))*hangulTCount, true
	}
	if a >= hangulS && a < hangulS+hangulSCount && (a-hangulS)%hangulTCount == 0 && b > hangulT && b < hangulT+hangulTCount {
		return a + (b - hangulT), true
	}
	i := sort.Search(len(compositions), func(i int) bool {
		c := compositions[i]
		return c.first > a || (c.first == a && c.second >= b)
	})
	if i < len(compositions) && compositions[i].first == a && compositions[i].second == b {
		return compositions[i].result, true
	}
	return 0, false
}

// parsedMapping is a decomposition as code points.
type parsedMapping struct {
	rs     []rune
	compat bool
}

// normTables are the tables normalization consults, built once from
// the generated ones and never changed afterwards.
type normTables struct {
	mappings   map[rune]parsedMapping
	composites map[rune]bool // primary composites
	seconds    map[rune]bool // second characters of composition pairs
	flags      []uint8       // normalization flags of the code points below len(flags)
}

// Normalization flags of a code point.
const (
	flagCombining = 1 << iota // canonical combining class is not 0
	flagCanonical             // has a canonical decomposition
	flagCompat                // has a compatibility decomposition
	flagComposite             // is a primary composite
	flagSecond                // is the second character of a composition pair
	flagHangul                // is a precomposed Hangul syllable
)

// flagLimit bounds the code points whose flags are tabulated; above it
// they are computed.
const flagLimit = 0x30000

// flagsOf returns the normalization flags of r.
func (t *normTables) flagsOf(r rune) uint8 {
	if r >= 0 && int(r) < len(t.flags) {
		return t.flags[r]
	}
	return t.computeFlags(r)
}

// computeFlags works out the normalization flags of r.
func (t *normTables) computeFlags(r rune) uint8 {
	var f uint8
	if propsOf(r).combining != 0 {
		f |= flagCombining
	}
	if m, ok := t.mappings[r]; ok {
		if m.compat {
			f |= flagCompat
		} else {
			f |= flagCanonical
		}
	}
	if t.composites[r] {
		f |= flagComposite
	}
	if t.seconds[r] || (r >= hangulV && r < hangulV+hangulVCount) || (r > hangulT && r < hangulT+hangulTCount) {
		f |= flagSecond
	}
	if r >= hangulS && r < hangulS+hangulSCount {
		f |= flagHangul
	}
	return f
}

// tables returns the normalization tables, building them on first use.
var tables = sync.OnceValue(func() *normTables {
	t := &normTables{mappings: make(map[rune]parsedMapping, len(decompositions)),
		composites: make(map[rune]bool, len(compositions)), seconds: map[rune]bool{}}
	for _, d := range decompositions {
		rs, compat := parseMapping(d.s)
		t.mappings[d.r] = parsedMapping{rs, compat}
	}
	for _, c := range compositions {
		t.composites[c.result] = true
		t.seconds[c.second] = true
	}
	flags := make([]uint8, flagLimit)
	for i, run := range propRuns {
		if run.start >= flagLimit || propTuples[run.tuple].combining == 0 {
			continue
		}
		end := rune(flagLimit)
		if i+1 < len(propRuns) {
			end = min(end, propRuns[i+1].start)
		}
		for r := run.start; r < end; r++ {
			flags[r] |= flagCombining
		}
	}
	for _, d := range decompositions {
		if d.r < flagLimit {
			flags[d.r] |= t.computeFlags(d.r) &^ flagCombining
		}
	}
	for _, c := range compositions {
		if c.result < flagLimit {
			flags[c.result] |= flagComposite
		}
		if c.second < flagLimit {
			flags[c.second] |= flagSecond
		}
	}
	for r := rune(hangulV); r < hangulV+hangulVCount; r++ {
		flags[r] |= flagSecond
	}
	for r := rune(hangulT + 1); r < hangulT+hangulTCount; r++ {
		flags[r] |= flagSecond
	}
	for r := rune(hangulS); r < hangulS+hangulSCount; r++ {
		flags[r] |= flagHangul
	}
	t.flags = flags
	return t
})

// mapping returns the decomposition of r: its code points and whether it
// is a compatibility mapping (one with a <tag>).
func mapping(r rune) ([]rune, bool) {
	m, ok := tables().mappings[r]
	if !ok {
		return nil, false
	}
	return m.rs, m.compat
}

// parseMapping parses a decomposition string.
func parseMapping(s string) ([]rune, bool) {
	compat := false
	if strings.HasPrefix(s, "<") {
		compat = true
		s = s[strings.IndexByte(s, '>')+1:]
	}
	fields := strings.Fields(s)
	out := make([]rune, len(fields))
	for i, f := range fields {
		v, _ := strconv.ParseUint(f, 16, 32)
		out[i] = rune(v)
	}
	return out, compat
}

// Hangul syllable composition constants (Unicode chapter 3.12).
const (
	hangulS      = 0xAC00
	hangulL      = 0x1100
	hangulV      = 0x1161
	hangulT      = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulSCount = hangulLCount * hangulVCount * hangulTCount
)
