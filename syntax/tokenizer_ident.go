package syntax

import "golang.org/x/text/unicode/norm"

// NormalizeIdentifier returns the identifier that a NAME token's text
// stands for: CPython's parser converts non-ASCII identifiers to Unicode
// normalization form NFKC (PEP 3131), so that "ﬁ" and "fi" name the same
// variable. ASCII names are returned unchanged.
func NormalizeIdentifier(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return norm.NFKC.String(name)
		}
	}
	return name
}
