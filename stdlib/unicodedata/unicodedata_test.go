package unicodedata

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// cpythonDump is run by python3: one line per code point with the
// answers of unicodedata (properties, decomposition, name and the four
// normal forms as code point lists).
const cpythonDump = `
import unicodedata as u, sys
out = []
for cp in range(0x110000):
    c = chr(cp)
    forms = ";".join(" ".join("%X" % ord(x) for x in u.normalize(f, c)) for f in ("NFC", "NFD", "NFKC", "NFKD"))
    out.append("%X|%s|%s|%d|%s|%d|%s|%s|%s" % (cp, u.category(c), u.bidirectional(c), u.combining(c),
        u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.name(c, ""), forms))
sys.stdout.write("\n".join(out) + "\n")
`

// kaaLine formats kaa's answers for r as cpythonDump does.
func kaaLine(r rune) string {
	p := propsOf(r)
	mirrored := 0
	if p.mirrored {
		mirrored = 1
	}
	name, _ := ucd.Name(r)
	var forms []string
	for _, f := range []string{"NFC", "NFD", "NFKC", "NFKD"} {
		var cps []string
		for _, c := range normalize(f, []rune{r}) {
			cps = append(cps, strconv.FormatInt(int64(c), 16))
		}
		forms = append(forms, strings.ToUpper(strings.Join(cps, " ")))
	}
	return fmt.Sprintf("%X|%s|%s|%d|%s|%d|%s|%s|%s", r, categories[p.category], bidiClasses[p.bidi], p.combining,
		eastAsianWidths[p.eaw], mirrored, decompositionOf(r), name, strings.Join(forms, ";"))
}

// TestEveryCodePoint compares every code point with CPython (long:
// about a minute; skipped with -short).
func TestEveryCodePoint(t *testing.T) {
	if testing.Short() {
		t.Skip("long comparison with python3")
	}
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(path, "-c", cpythonDump).Output()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	bad := 0
	for r := rune(0); sc.Scan(); r++ {
		if got := kaaLine(r); got != sc.Text() && bad < 20 {
			bad++
			t.Errorf("U+%04X:\n got %s\nwant %s", r, got, sc.Text())
		}
	}
}

// TestNormalizeStrings checks composition across characters.
func TestNormalizeStrings(t *testing.T) {
	cases := []struct{ form, in, want string }{
		{"NFC", "e\u0301", "\u00e9"},
		{"NFD", "\u00e9", "e\u0301"},
		{"NFC", "A\u0323\u0301", "\u1ea0\u0301"},
		{"NFC", "\u1100\u1161\u11a8", "\uac01"},
		{"NFD", "\uac01", "\u1100\u1161\u11a8"},
		{"NFKC", "\ufb01", "fi"},
		{"NFC", "\u0301a", "\u0301a"},
	}
	for _, c := range cases {
		if got := string(normalize(c.form, []rune(c.in))); got != c.want {
			t.Errorf("normalize(%s, %+q) = %+q; want %+q", c.form, c.in, got, c.want)
		}
	}
}
