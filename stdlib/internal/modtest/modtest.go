// Package modtest runs Python snippets in a fresh interpreter for the
// tests of kaa's modules written in Go, and compares their output with
// what CPython prints for the same snippet.
package modtest

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
)

// Run runs src in a new interpreter that knows the Go modules mods (and
// kaa's Python library), returning its standard output and error and
// the exit status.
func Run(mods map[string]py.ModuleInit, src string) (stdout, stderr string, status int) {
	var out, errb strings.Builder
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Modules: mods, Lib: lib.Source})
	status = in.RunMain([]byte(src), "<test>", false)
	in.FlushStdio()
	return out.String(), errb.String(), status
}

// python3 runs src under CPython, or skips the test when python3 is
// missing.
func python3(t *testing.T, src string) string {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command(path, "-c", src)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 failed on %q: %v", src, err)
	}
	return string(out)
}

// Compare runs each snippet under kaa and CPython and reports the ones
// whose output differs.
func Compare(t *testing.T, mods map[string]py.ModuleInit, snippets []string) {
	t.Helper()
	for _, src := range snippets {
		want := python3(t, src)
		got, stderr, status := Run(mods, src)
		if got != want || status != 0 {
			t.Errorf("snippet:\n%s\ngot (status %d):\n%s%s\nwant:\n%s", src, status, got, stderr, want)
		}
	}
}
