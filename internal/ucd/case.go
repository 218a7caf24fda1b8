package ucd

// This file answers the questions of str's case and classification
// methods (isalpha ... istitle, lower, upper, title, casefold) from the
// tables in case_tables.go, which scripts/gen_ucd_case.py generates from
// CPython's own answers.

// Property flags of a code point.
const (
	propAlpha = 1 << iota
	propDecimal
	propDigit
	propNumeric
	propSpace
	propLower
	propUpper
	propTitle
	propCased
	propCaseIgnorable
)

// propRun starts a run of code points that share their flags.
type propRun struct {
	start rune
	flags uint16
}

// caseRange maps lo, lo+stride, ... hi to themselves plus delta.
type caseRange struct {
	lo, hi rune
	stride int32
	delta  int32
}

// special is a case mapping several characters long.
type special struct {
	r rune
	s string
}

// decimalRange holds decimal digits lo..hi with values v, v+1, ...
type decimalRange struct {
	lo, hi rune
	v      int32
}

// asciiProps holds the flags of the ASCII characters.
var asciiProps = func() (a [128]uint16) {
	for c := 0; c < 128; c++ {
		var f uint16
		switch {
		case 'a' <= c && c <= 'z':
			f = propAlpha | propLower | propCased
		case 'A' <= c && c <= 'Z':
			f = propAlpha | propUpper | propCased
		case '0' <= c && c <= '9':
			f = propDecimal | propDigit | propNumeric
		case c == ' ' || ('\t' <= c && c <= '\r') || (0x1C <= c && c <= 0x1F):
			f = propSpace
		case c == '\'' || c == '.' || c == ':' || c == '^' || c == '`':
			f = propCaseIgnorable
		}
		a[c] = f
	}
	return
}()

// props returns the flags of r.
func props(r rune) uint16 {
	if r < 128 {
		if r < 0 {
			return 0
		}
		return asciiProps[r]
	}
	if r > 0x10FFFF {
		return 0
	}
	lo, hi := 0, len(propRuns)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if propRuns[m].start <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return 0
	}
	return propRuns[lo-1].flags
}

// IsAlpha reports whether str.isalpha() accepts r (categories Lu, Ll,
// Lt, Lm, Lo).
func IsAlpha(r rune) bool { return props(r)&propAlpha != 0 }

// IsDecimal reports whether str.isdecimal() accepts r.
func IsDecimal(r rune) bool { return props(r)&propDecimal != 0 }

// IsDigit reports whether str.isdigit() accepts r.
func IsDigit(r rune) bool { return props(r)&propDigit != 0 }

// IsNumeric reports whether str.isnumeric() accepts r.
func IsNumeric(r rune) bool { return props(r)&propNumeric != 0 }

// IsSpace reports whether str.isspace() accepts r (and so whether
// str.split() splits at it).
func IsSpace(r rune) bool { return props(r)&propSpace != 0 }

// IsLower reports whether r has the Lowercase property (str.islower()).
func IsLower(r rune) bool { return props(r)&propLower != 0 }

// IsUpper reports whether r has the Uppercase property (str.isupper()).
func IsUpper(r rune) bool { return props(r)&propUpper != 0 }

// IsTitle reports whether r is a titlecase letter (category Lt).
func IsTitle(r rune) bool { return props(r)&propTitle != 0 }

// IsCased reports whether r is cased (Lowercase, Uppercase or Lt).
func IsCased(r rune) bool { return props(r)&propCased != 0 }

// IsCaseIgnorable reports whether r has the Case_Ignorable property.
func IsCaseIgnorable(r rune) bool { return props(r)&propCaseIgnorable != 0 }

// Decimal returns the value of the decimal digit r, or -1 when r is not
// one.
func Decimal(r rune) int {
	if r < 128 {
		if '0' <= r && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	lo, hi := 0, len(decimalRanges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		d := &decimalRanges[m]
		switch {
		case r < d.lo:
			hi = m
		case r > d.hi:
			lo = m + 1
		default:
			return int(d.v + (r - d.lo))
		}
	}
	return -1
}

// mapRune applies a case mapping table to a non-ASCII rune.
func mapRune(r rune, ranges []caseRange, specials []special) (rune, string) {
	lo, hi := 0, len(specials)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch s := &specials[m]; {
		case r < s.r:
			hi = m
		case r > s.r:
			lo = m + 1
		default:
			return 0, s.s
		}
	}
	lo, hi = 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		c := &ranges[m]
		switch {
		case r < c.lo:
			hi = m
		case r > c.hi:
			lo = m + 1
		default:
			if (r-c.lo)%c.stride == 0 {
				return r + c.delta, ""
			}
			return r, ""
		}
	}
	return r, ""
}

// Lower returns the full lowercase mapping of r as str.lower() gives it
// for r alone: one rune, or (when the mapping is several characters
// long) a string, in which case the rune is meaningless. The final-sigma
// rule depends on context and is left to the caller.
func Lower(r rune) (rune, string) {
	if r < 128 {
		if 'A' <= r && r <= 'Z' {
			return r + 32, ""
		}
		return r, ""
	}
	return mapRune(r, lowerRanges[:], lowerSpecial[:])
}

// Upper returns the full uppercase mapping of r, as Lower does.
func Upper(r rune) (rune, string) {
	if r < 128 {
		if 'a' <= r && r <= 'z' {
			return r - 32, ""
		}
		return r, ""
	}
	return mapRune(r, upperRanges[:], upperSpecial[:])
}

// Title returns the full titlecase mapping of r, as Lower does.
func Title(r rune) (rune, string) {
	if r < 128 {
		if 'a' <= r && r <= 'z' {
			return r - 32, ""
		}
		return r, ""
	}
	return mapRune(r, titleRanges[:], titleSpecial[:])
}

// Fold returns the full case folding of r (str.casefold()), as Lower
// does.
func Fold(r rune) (rune, string) {
	if r < 128 {
		if 'A' <= r && r <= 'Z' {
			return r + 32, ""
		}
		return r, ""
	}
	return mapRune(r, foldRanges[:], foldSpecial[:])
}
