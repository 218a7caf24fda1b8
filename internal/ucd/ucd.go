// Package ucd answers the Unicode character database questions that
// CPython 3.11 answers with its own tables (Unicode 14.0.0): whether a
// character may start or continue an identifier, whether str.isprintable()
// accepts it, and character names for "\N{...}" escapes and unicodedata.
//
// The tables are generated from CPython's unicodedata module by
// scripts/gen_ucd.py, so the answers match CPython even where Go's unicode
// package follows a newer Unicode version. The package is a leaf: it
// imports only the Go standard library.
package ucd

// rng is an inclusive range of code points.
type rng struct{ lo, hi rune }

// inRanges reports whether r lies in one of the sorted ranges rs.
func inRanges(rs []rng, r rune) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < rs[m].lo:
			hi = m
		case r > rs[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// IsXIDStart reports whether r may start an identifier: a letter of
// class XID_Start (as str.isidentifier() decides) or '_'.
func IsXIDStart(r rune) bool {
	if r < 128 {
		return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return inRanges(xidStart[:], r)
}

// IsXIDContinue reports whether r may continue an identifier (class
// XID_Continue, which includes digits and '_').
func IsXIDContinue(r rune) bool {
	if r < 128 {
		return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return inRanges(xidContinue[:], r)
}

// IsPrintable reports whether str.isprintable() accepts r: every
// character except those of categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs,
// with the space ' ' accepted.
func IsPrintable(r rune) bool {
	if r < 128 {
		return r >= 0x20 && r < 0x7F
	}
	if r > 0x10FFFF {
		return false
	}
	return !inRanges(nonPrintable[:], r)
}

// IsAlnum reports whether str.isalnum() accepts r: a letter, or a
// character with a numeric value. With '_' these are the characters that
// \w matches in Python's regular expressions.
func IsAlnum(r rune) bool {
	if r < 128 {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return inRanges(alnum[:], r)
}
