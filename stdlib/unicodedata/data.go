package unicodedata

import (
	"sort"
	"strconv"
	"strings"
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

// mapping parses the decomposition of r: its code points and whether it
// is a compatibility mapping (one with a <tag>).
func mapping(r rune) ([]rune, bool) {
	s := decompositionOf(r)
	if s == "" {
		return nil, false
	}
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
