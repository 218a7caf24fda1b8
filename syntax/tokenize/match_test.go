package tokenize

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os/exec"
	"testing"
)

// pyPseudo matches the tokenize module's PseudoToken expression (and,
// separately, its Number expression) at the start of each line of a JSON
// list and prints the spans, or null where nothing matches.
const pyPseudo = `
import json, re, sys, tokenize
pseudo = re.compile(tokenize.PseudoToken, re.UNICODE)
number = re.compile(tokenize.Number, re.UNICODE)
out = []
for s in json.load(sys.stdin):
    m = pseudo.match(s)
    n = number.match(s)
    out.append([list(m.span(1)) if m else None, n.end() if n else -1])
print(json.dumps(out))
`

// TestPseudoToken checks the hand-written matchers against the module's
// regular expressions on random lines.
func TestPseudoToken(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	rnd := rand.New(rand.NewSource(7))
	pieces := []string{"0", "1", "9", "_", ".", "e", "E", "j", "x", "o", "b", "B", "f", "r", "u", "R", "a", "+", "-",
		"'", "\"", "'''", "\"\"\"", "\\", "\n", "\r", "\r\n", " ", "\t", "\f", "#", "=", "*", "/", "<", ">", "!", ":",
		"(", ")", "é", "²", "\u00a0", "$", "?", "...", "0x", "0o", "0b", "1e5", "rb", "fr"}
	var lines []string
	for i := 0; i < 20000; i++ {
		n := 1 + rnd.Intn(7)
		s := ""
		for k := 0; k < n; k++ {
			s += pieces[rnd.Intn(len(pieces))]
		}
		lines = append(lines, s)
	}
	in, _ := json.Marshal(lines)
	cmd := exec.Command("python3", "-c", pyPseudo)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want [][2]any
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for i, s := range lines {
		l := []rune(s)
		start, end, ok := pseudoToken(l, 0)
		var got any
		if ok {
			got = []any{float64(start), float64(end)}
		}
		w := want[i][0]
		if !sameSpan(got, w) {
			if bad++; bad <= 10 {
				t.Errorf("PseudoToken on %q: %v, CPython %v", s, got, w)
			}
		}
		if n := number(l, 0); float64(n) != want[i][1].(float64) {
			if bad++; bad <= 10 {
				t.Errorf("Number on %q: %d, CPython %v", s, n, want[i][1])
			}
		}
	}
}

func sameSpan(a, b any) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	x, y := a.([]any), b.([]any)
	return x[0] == y[0] && x[1] == y[1]
}
