package ucd

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// caseStep is the stride through the code points: every one normally, a
// sample with -short.
func caseStep() int {
	if testing.Short() {
		return 37
	}
	return 1
}

// TestCaseProperties compares the classification of every code point
// with CPython's str methods.
func TestCaseProperties(t *testing.T) {
	step := caseStep()
	out := python(t, `
import sys, unicodedata
w = sys.stdout.write
for c in range(0, 0x110000, `+strconv.Itoa(step)+`):
    ch = chr(c)
    w("%d%d%d%d%d%d%d%d%d" % (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(),
        ch.islower(), ch.isupper(), unicodedata.category(ch) == "Lt",
        ch.islower() or ch.isupper() or unicodedata.category(ch) == "Lt"))
`)
	const k = 9
	n := (0x110000 + step - 1) / step
	if len(out) != k*n {
		t.Fatalf("unexpected python output length %d", len(out))
	}
	bad := 0
	for i := 0; i < n; i++ {
		c := rune(i * step)
		want := string(out[k*i : k*i+k])
		var sb strings.Builder
		for _, b := range []bool{IsAlpha(c), IsDecimal(c), IsDigit(c), IsNumeric(c), IsSpace(c),
			IsLower(c), IsUpper(c), IsTitle(c), IsCased(c)} {
			if b {
				sb.WriteByte('1')
			} else {
				sb.WriteByte('0')
			}
		}
		if got := sb.String(); got != want {
			if bad++; bad < 10 {
				t.Errorf("U+%04X: properties %s, CPython %s", c, got, want)
			}
		}
	}
}

// TestCaseMappings compares the four case mappings and the decimal
// values of every code point with CPython's.
func TestCaseMappings(t *testing.T) {
	step := caseStep()
	out := python(t, `
import unicodedata
for c in range(0, 0x110000, `+strconv.Itoa(step)+`):
    if 0xD800 <= c < 0xE000:
        continue
    ch = chr(c)
    m = [ch.lower(), ch.upper(), ch.title(), ch.casefold()]
    d = unicodedata.decimal(ch, -1)
    if any(x != ch for x in m) or d >= 0:
        print(c, d, *(",".join(str(ord(y)) for y in x) for x in m))
`)
	sc := bufio.NewScanner(bytes.NewReader(out))
	seen := map[rune]bool{}
	bad := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		c, _ := strconv.Atoi(f[0])
		r := rune(c)
		seen[r] = true
		d, _ := strconv.Atoi(f[1])
		if got := Decimal(r); got != d {
			t.Errorf("Decimal(U+%04X) = %d, CPython %d", r, got, d)
		}
		for i, fn := range []func(rune) (rune, string){Lower, Upper, Title, Fold} {
			if got, want := mapString(fn, r), f[2+i]; got != want {
				if bad++; bad < 20 {
					t.Errorf("mapping %d of U+%04X: %s, CPython %s", i, r, got, want)
				}
			}
		}
	}
	for c := rune(0); c < 0x110000; c += rune(7 * step) {
		if c%rune(step) != 0 || seen[c] || (c >= 0xD800 && c < 0xE000) {
			continue
		}
		for i, fn := range []func(rune) (rune, string){Lower, Upper, Title, Fold} {
			if got, s := fn(c); got != c || s != "" {
				t.Errorf("mapping %d of U+%04X changes it", i, c)
			}
		}
	}
}

// mapString renders a mapping as CPython's side of the test prints it.
func mapString(fn func(rune) (rune, string), r rune) string {
	m, s := fn(r)
	if s == "" {
		return strconv.Itoa(int(m))
	}
	var parts []string
	for _, x := range s {
		parts = append(parts, strconv.Itoa(int(x)))
	}
	return strings.Join(parts, ",")
}

// TestCaseIgnorable checks the Case_Ignorable property through its one
// observable effect, str.lower()'s final sigma.
func TestCaseIgnorable(t *testing.T) {
	step := caseStep()
	out := python(t, `
import sys
w = sys.stdout.write
for c in range(0, 0x110000, `+strconv.Itoa(step)+`):
    ch = chr(c)
    w("1" if ("A\u03a3" + ch + "a").lower()[1] == "\u03c3" and ("A\u03a3" + ch + " ").lower()[1] == "\u03c2" else "0")
`)
	n := (0x110000 + step - 1) / step
	if len(out) != n {
		t.Fatalf("unexpected python output length %d", len(out))
	}
	for i := 0; i < n; i++ {
		c := rune(i * step)
		// sigma then c then a letter: not final exactly when c is
		// ignorable or cased; then a space: final when c is ignorable
		// or not cased. Both hold exactly for ignorable c (or uncased
		// non-ignorable c, impossible by the first).
		want := out[i] == '1'
		got := IsCaseIgnorable(c)
		if c >= 0xD800 && c < 0xE000 {
			continue
		}
		if got != want {
			t.Errorf("IsCaseIgnorable(U+%04X) = %v, CPython's lower() says %v", c, got, want)
		}
	}
}
