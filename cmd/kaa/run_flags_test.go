package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildKaa builds the command into a temporary folder.
func buildKaa(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kaa")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runCmd runs a command with stdin and extra environment in dir and
// returns its stdout and exit status.
func runCmd(t *testing.T, dir, stdin string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), 0
}

// TestRunFlags compares the flags that change how a program runs (-i,
// -I, -P, -x, -u, -q and their environment variables) with python3: the
// same stdout and exit status.
func TestRunFlags(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	kaa := buildKaa(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "skip.py"), []byte("this is not python\nimport sys\nprint(sys.argv[1:])\n1/0\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "path.py"), []byte("import sys, os\nprint(os.path.dirname(__file__) in sys.path, sys.flags.safe_path)\n"), 0o644)
	flags := "import sys; f = sys.flags; print(f.inspect, f.interactive, f.isolated, f.ignore_environment, f.no_user_site, f.safe_path, f.quiet, f.optimize)"
	env := []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONINSPECT=", "PYTHONSAFEPATH=", "PYTHONUNBUFFERED="}
	for _, c := range []struct {
		stdin string
		env   []string
		args  []string
	}{
		{args: []string{"-c", flags}},
		{args: []string{"-I", "-c", flags}},
		{args: []string{"-P", "-q", "-O", "-c", flags}},
		{args: []string{"-s", "-E", "-c", flags}},
		{args: []string{"-c", "import sys; print(sys.path[0])"}},
		{args: []string{"-P", "-c", "import sys; print(sys.path[0] == '')"}},
		{args: []string{"path.py"}},
		{args: []string{"-P", "path.py"}},
		{env: []string{"PYTHONSAFEPATH=1"}, args: []string{"path.py"}},
		{env: []string{"PYTHONSAFEPATH=1"}, args: []string{"-E", "path.py"}},
		{args: []string{"-x", "skip.py", "a", "b"}},
		{stdin: "print(x * 2)\n", args: []string{"-i", "-c", "x = 21"}},
		{stdin: "print(x)\nimport sys; sys.exit(4)\n", args: []string{"-i", "-c", "x = 5; 1/0"}},
		{stdin: "print('after', x)\n", args: []string{"-i", "-c", "import sys; x = 1; sys.exit(3)"}},
		{stdin: "print(x)\n", env: []string{"PYTHONINSPECT=1"}, args: []string{"-c", "x = 'inspect'"}},
		{stdin: "1 + 1\nprint('piped')\n", args: []string{"-i"}},
		{stdin: "print('plain')\n", args: nil},
		{args: []string{"-u", "-c", "import sys; print(1); sys.stderr.write('e\\n'); print(2)"}},
	} {
		want, wantStatus := runCmd(t, dir, c.stdin, append(env, c.env...), "python3", c.args...)
		got, status := runCmd(t, dir, c.stdin, append(env, c.env...), kaa, c.args...)
		if got != want || status != wantStatus {
			t.Errorf("%v %v (stdin %q):\ngot  %q (status %d)\nwant %q (status %d)", c.env, c.args, c.stdin, got, status, want, wantStatus)
		}
	}
}
