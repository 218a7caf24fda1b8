package unicodedata

import "testing"

// TestFlagsTable checks the tabulated normalization flags against the
// flags computed one code point at a time.
func TestFlagsTable(t *testing.T) {
	tb := tables()
	for r := rune(0); r < flagLimit; r++ {
		if tb.flags[r] != tb.computeFlags(r) {
			t.Fatalf("%U: table %b, computed %b", r, tb.flags[r], tb.computeFlags(r))
		}
	}
}
