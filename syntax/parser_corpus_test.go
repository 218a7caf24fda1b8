package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestASTCompareCorpus runs ../shared/tools/astcompare.py (relative to
// the repository root) over CPython's standard library: `kaa -m ast -a`
// must print what `python3 -m ast -a` prints for at least 99.5% of the
// files, and the files CPython rejects must fail at CPython's line. It
// builds cmd/kaa into a temporary directory and takes a few minutes, so
// it is skipped with -short.
func TestASTCompareCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("takes minutes; run without -short")
	}
	tool, err := filepath.Abs(filepath.Join("..", "..", "shared", "tools", "astcompare.py"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tool); err != nil {
		t.Skip("astcompare.py not found at ", tool)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	bin := filepath.Join(t.TempDir(), "kaa")
	build := exec.Command("go", "build", "-o", bin, "./cmd/kaa")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/kaa: %v\n%s", err, out)
	}
	cmd := exec.Command("python3", tool, "--impl", bin, "--min", "99.5", "--list", "20")
	out, err := cmd.CombinedOutput()
	t.Logf("%s", strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("astcompare.py: %v", err)
	}
}
