package pycompile_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/pycompile"
)

// compileall runs kaa's `compileall ARGS` (as `kaa -m compileall` does)
// in the folder dir, returning stdout, stderr and the exit status.
func compileall(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(dir)
	var out, errb strings.Builder
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Lib: lib.Source, Path: []string{dir},
		Modules: map[string]py.ModuleInit{"_pycompile": pycompile.Init}, Argv: append([]string{"compileall"}, args...)})
	status := in.RunModuleAsMain("compileall")
	in.FlushStdio()
	return out.String(), errb.String(), status
}

// cpython runs `python3 -m compileall ARGS` in dir.
func cpython(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command("python3", append([]string{"-m", "compileall"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=", "SOURCE_DATE_EPOCH=")
	out, err := cmd.Output()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), status
}

// sortedChars sorts the characters of a text, so that outputs with the
// same messages in another order (even interleaved within lines, as
// CPython's worker processes print) compare equal.
func sortedChars(s string) string {
	b := []byte(s)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

// tree writes a small source tree with good and bad files.
func tree(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"pkg/a.py":             "A = 1\n",
		"pkg/b.py":             "def f(:\n    pass\n",
		"pkg/c.py":             "if True:\n  x = 1\n    y = 2\n",
		"pkg/d.txt":            "not python\n",
		"pkg/sub/e.py":         "E = [i for i in range(3)]\n",
		"pkg/sub/deeper/f.py":  "F = 'deep'\n",
		"pkg/sub/__pycache__/": "",
		"pkg/enc.py":           "# -*- coding: latin-1 -*-\nS = '\xe9'\n",
		"pkg/badenc.py":        "# coding: nope\nX = 1\n",
		"pkg/nul.py":           "X = 1\x00\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if !strings.HasSuffix(name, "/") {
			os.WriteFile(p, []byte(src), 0o644)
		}
	}
	return dir
}

// pycs lists the pycs under dir with the cache tag replaced by TAG.
func pycs(dir, tag string) []string {
	var out []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".pyc") && strings.Contains(p, tag) {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, strings.ReplaceAll(rel, tag, "TAG"))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// TestCompileallLikeCPython runs kaa's and CPython's compileall with
// several options on the same tree: same output, same exit status, same
// pycs.
func TestCompileallLikeCPython(t *testing.T) {
	for _, args := range [][]string{
		{"pkg"}, {"-q", "pkg"}, {"-qq", "pkg"}, {"-l", "pkg"}, {"-r", "1", "pkg"}, {"-f", "-q", "pkg"},
		{"-b", "pkg"}, {"-x", "sub", "pkg"}, {"-o", "1", "-o", "2", "pkg"}, {"pkg/a.py", "pkg/b.py"},
		{"-d", "/dest", "-f", "pkg"}, {"--invalidation-mode", "checked-hash", "pkg"}, {"-j", "2", "-q", "pkg"},
		{"-s", "pkg", "-p", "/pre", "pkg"}, {"nosuchdir"}, {"-z"}, {"--invalidation-mode", "bad", "pkg"},
		{"-d", "x", "-s", "y", "pkg"},
	} {
		kd, cd := tree(t), tree(t)
		kout, kerr, kstatus := compileall(t, kd, args...)
		cout, cstatus := cpython(t, cd, args...)
		if args[0] == "-j" {
			// CPython's workers print in whatever order they finish.
			kout, cout = sortedChars(kout), sortedChars(cout)
		}
		if kout != cout || kstatus != cstatus {
			t.Errorf("compileall %v:\nkaa (status %d):\n%s%s\nCPython (status %d):\n%s", args, kstatus, kout, kerr, cstatus, cout)
		}
		if k, c := pycs(kd, pycache.CacheTag), pycs(cd, "cpython-311"); strings.Join(k, " ") != strings.Join(c, " ") {
			// Legacy pycs (-b) carry no tag: compare by name.
			if args[0] != "-b" {
				t.Errorf("compileall %v: pycs %v, CPython %v", args, k, c)
			}
		}
	}
}

// TestCompileallUpToDate checks that a second run without -f compiles
// only what changed.
func TestCompileallUpToDate(t *testing.T) {
	dir := tree(t)
	compileall(t, dir, "-q", "pkg")
	out, _, _ := compileall(t, dir, "pkg")
	if strings.Contains(out, "Compiling 'pkg/a.py'") {
		t.Errorf("up-to-date file compiled again:\n%s", out)
	}
	later := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "pkg", "a.py"), later, later)
	out, _, _ = compileall(t, dir, "pkg")
	if !strings.Contains(out, "Compiling 'pkg/a.py'") {
		t.Errorf("changed file not compiled again:\n%s", out)
	}
}

// TestCompileallParallelSame checks that -j gives the same pycs as a
// single worker.
func TestCompileallParallelSame(t *testing.T) {
	a, b := tree(t), tree(t)
	compileall(t, a, "-q", "--invalidation-mode", "unchecked-hash", "pkg")
	compileall(t, b, "-q", "-j", "4", "--invalidation-mode", "unchecked-hash", "pkg")
	for _, p := range pycs(a, pycache.CacheTag) {
		name := strings.ReplaceAll(p, "TAG", pycache.CacheTag)
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between -j 1 and -j 4", p)
		}
	}
}

// TestCompileallStdlib compiles parts of CPython's library that hold
// the files CPython rejects, with kaa and CPython: same messages.
func TestCompileallStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles parts of the standard library")
	}
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		t.Skip("python3 not found")
	}
	root := strings.TrimSpace(string(out))
	for _, sub := range []string{"lib2to3", "test/test_future_stmt", "test/tokenizedata", "json", "email"} {
		src := filepath.Join(root, sub)
		if _, err := os.Stat(src); err != nil {
			continue
		}
		kd, cd := t.TempDir(), t.TempDir()
		for _, d := range []string{kd, cd} {
			if err := exec.Command("cp", "-r", src, filepath.Join(d, "lib")).Run(); err != nil {
				t.Fatal(err)
			}
			exec.Command("find", d, "-name", "__pycache__", "-prune", "-exec", "rm", "-rf", "{}", "+").Run()
		}
		kout, _, kstatus := compileall(t, kd, "-f", "-q", "lib")
		cout, cstatus := cpython(t, cd, "-f", "-q", "lib")
		if kout != cout || kstatus != cstatus {
			t.Errorf("%s: kaa (status %d):\n%s\nCPython (status %d):\n%s", sub, kstatus, kout, cstatus, cout)
		}
	}
}
