package kaa

import (
	"strings"
	"testing"
)

// TestWarnOptions checks that Options.WarnOptions reach sys.warnoptions
// and become filters of the warnings module (as -W does).
func TestWarnOptions(t *testing.T) {
	var out, errb strings.Builder
	in := New(Options{Stdout: &out, Stderr: &errb, WarnOptions: []string{"error::RuntimeWarning", "ignore:skip"}})
	src := `import sys, warnings
print(sys.warnoptions)
warnings.warn("skip me")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
`
	if status := in.RunMain([]byte(src), "<test>", false); status != 0 {
		t.Fatalf("status %d: %s", status, errb.String())
	}
	want := "['error::RuntimeWarning', 'ignore:skip']\nraised boom\n"
	if out.String() != want || errb.String() != "" {
		t.Errorf("got %q, stderr %q; want %q", out.String(), errb.String(), want)
	}
}
