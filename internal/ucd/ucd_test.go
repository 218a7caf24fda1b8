package ucd

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// python runs a python3 program and returns its output, skipping the test
// when python3 is absent.
func python(t *testing.T, prog string) []byte {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command("python3", "-c", prog).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	return out
}

// TestProperties compares every code point's properties with CPython's
// (every 13th one under -short).
func TestProperties(t *testing.T) {
	step := 1
	if testing.Short() {
		step = 13
	}
	out := python(t, `
import sys
w = sys.stdout.write
for c in range(0, 0x110000, `+strconv.Itoa(step)+`):
    ch = chr(c)
    w("%d%d%d%d" % (ch.isidentifier() or ch == "_", ("a" + ch).isidentifier(), ch.isprintable(), ch.isalnum()))
`)
	n := (0x110000 + step - 1) / step
	if len(out) != 4*n {
		t.Fatalf("unexpected python output length %d", len(out))
	}
	bad := 0
	for i := 0; i < n; i++ {
		c := rune(i * step)
		want := string(out[4*i : 4*i+4])
		got := ""
		for _, b := range []bool{IsXIDStart(c), IsXIDContinue(c), IsPrintable(c), IsAlnum(c)} {
			if b {
				got += "1"
			} else {
				got += "0"
			}
		}
		if got != want {
			if bad++; bad < 10 {
				t.Errorf("U+%04X: start/continue/printable/alnum = %s, CPython %s", c, got, want)
			}
		}
	}
}

// TestNames compares Name and Lookup with unicodedata for every named
// character.
func TestNames(t *testing.T) {
	out := python(t, `
import unicodedata
for c in range(0x110000):
    n = unicodedata.name(chr(c), None)
    if n:
        print(c, n)
`)
	sc := bufio.NewScanner(bytes.NewReader(out))
	n := 0
	for sc.Scan() {
		cp, name, _ := strings.Cut(sc.Text(), " ")
		c, _ := strconv.Atoi(cp)
		n++
		if got, ok := Name(rune(c)); !ok || got != name {
			t.Errorf("Name(U+%04X) = %q, %v; want %q", c, got, ok, name)
		}
		if n%7 == 0 || c < 0x3000 {
			if got, ok := Lookup(name); !ok || got != rune(c) {
				t.Errorf("Lookup(%q) = %U, %v; want U+%04X", name, got, ok, c)
			}
		}
	}
	if n < 100000 {
		t.Fatalf("only %d names from python3", n)
	}
	if _, ok := Name(0x378); ok {
		t.Errorf("U+0378 has no name")
	}
}

// TestLookupEscapes checks \N{...} resolution against CPython for aliases,
// case variants and names that must fail.
func TestLookupEscapes(t *testing.T) {
	names := []string{"NULL", "latin small letter a", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK",
		"cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
		"HANGUL SYLLABLE GA", "hangul syllable ga", "HANGUL SYLLABLE GAG", "TANGUT IDEOGRAPH-17000",
		"CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900", "NUSHU CHARACTER-1B170",
		"KEYCAP NUMBER SIGN", "latin  small letter a", " LATIN SMALL LETTER A", "LINE FEED", "LF",
		"SPACE", "NO-BREAK SPACE", "nbsp", "EM DASH", "SNOWMAN", "FACE WITH TEARS OF JOY", "", "A",
		"HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-04E00"}
	prog := "import sys\nfor n in sys.argv[1:]:\n    try: print(ord(eval('\"\\\\N{%s}\"' % n)))\n    except SyntaxError: print(-1)\n"
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command("python3", append([]string{"-c", prog}, names...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(out))
	for i, n := range names {
		want, _ := strconv.Atoi(lines[i])
		got, ok := Lookup(n)
		if !ok {
			got = -1
		}
		if int(got) != want {
			t.Errorf("Lookup(%q) = %d, CPython %d", n, got, want)
		}
	}
}
