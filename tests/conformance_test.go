// Package tests runs kaa's conformance programs: every
// tests/<area>/<name>.py is run in a fresh interpreter (in parallel) and
// its standard output, standard error and exit status are compared with
// what CPython 3.11 produced, stored beside it by scripts/gen_expected.py
// (<name>.out, <name>.err when not empty, <name>.exit when not 0).
// Programs listed in skip.txt (one "area/name.py reason" per line) are
// skipped. Files and directories starting with "_" are helper modules and
// packages, not programs.
//
// The programs of an area that holds helper modules import them, so
// they exercise the bytecode cache: each runs in its own copy of the
// area, twice, with .pyc writing on: cold (the imports compile their
// modules and write __pycache__), then warm (the imports load the pycs
// the first run wrote). Both runs must give CPython's output.
// Programs of other areas run in place with .pyc writing off.
package tests

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa"
)

// skipList reads skip.txt.
func skipList(t *testing.T) map[string]string {
	skips := map[string]string{}
	data, err := os.ReadFile("skip.txt")
	if err != nil {
		return skips
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		skips[name] = strings.TrimSpace(reason)
	}
	return skips
}

// programs lists the conformance programs, as paths relative to tests/.
func programs(t *testing.T) []string {
	var out []string
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (d.Name() == "__pycache__" || strings.HasPrefix(d.Name(), "_")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.HasPrefix(d.Name(), "_") && strings.Contains(path, string(filepath.Separator)) {
			out = append(out, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func readOr(path, def string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return def
	}
	return string(data)
}

func TestConformance(t *testing.T) {
	skips := skipList(t)
	for _, prog := range programs(t) {
		prog := prog
		t.Run(strings.TrimSuffix(prog, ".py"), func(t *testing.T) {
			if reason, ok := skips[prog]; ok {
				t.Skip(reason)
			}
			base := strings.TrimSuffix(prog, ".py")
			wantOut, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Skipf("no expected output (run scripts/gen_expected.py): %v", err)
			}
			// os.chdir changes the working directory of the whole test
			// process, so a program that calls it runs alone: serial
			// subtests all finish before the parallel ones start, and
			// the directory is restored after it.
			if src, _ := os.ReadFile(prog); bytes.Contains(src, []byte("chdir")) {
				dir, _ := os.Getwd()
				defer os.Chdir(dir)
			} else {
				t.Parallel()
			}
			wantErr := readOr(base+".err", "")
			wantStatus, _ := strconv.Atoi(strings.TrimSpace(readOr(base+".exit", "0")))
			if !hasHelpers(filepath.Dir(prog)) {
				root, _ := filepath.Abs(".")
				checkRun(t, root, prog, wantOut, wantErr, wantStatus, true)
				return
			}
			// A copy of the area, run cold then warm.
			root := t.TempDir()
			if err := copyArea(filepath.Dir(prog), filepath.Join(root, filepath.Dir(prog))); err != nil {
				t.Fatal(err)
			}
			for _, run := range []string{"cold", "warm"} {
				t.Run(run, func(t *testing.T) {
					checkRun(t, root, prog, wantOut, wantErr, wantStatus, false)
				})
			}
		})
	}
}

// checkRun runs root/prog in a fresh interpreter and compares its
// output (with root's path removed) and exit status with CPython's.
func checkRun(t *testing.T, root, prog string, wantOut []byte, wantErr string, wantStatus int, noPyc bool) {
	abs := filepath.Join(root, prog)
	src, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	in := kaa.New(kaa.Options{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Args: []string{prog}, Path: []string{filepath.Dir(abs)}, DontWriteBytecode: noPyc})
	status := in.RunMain(src, abs, true)
	prefix := root + string(filepath.Separator)
	if got := strings.ReplaceAll(out.String(), prefix, ""); got != string(wantOut) {
		t.Errorf("stdout differs\n%s", diff(string(wantOut), got))
	}
	if got := strings.ReplaceAll(errb.String(), prefix, ""); got != wantErr {
		t.Errorf("stderr differs\n%s", diff(wantErr, got))
	}
	if status != wantStatus {
		t.Errorf("exit status %d, want %d", status, wantStatus)
	}
}

// hasHelpers reports whether an area holds helper modules or packages.
func hasHelpers(area string) bool {
	entries, _ := os.ReadDir(area)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "_") && e.Name() != "__pycache__" {
			return true
		}
	}
	return false
}

// copyArea copies the programs and helpers of an area (not its expected
// outputs nor any __pycache__).
func copyArea(from, to string) error {
	return filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			if d.Name() == "__pycache__" {
				return filepath.SkipDir
			}
			return os.MkdirAll(dst, 0o755)
		}
		switch filepath.Ext(path) {
		case ".out", ".err", ".exit":
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// diff shows the first differing line of two texts with some context.
func diff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + strconv.Quote(w) + "\n  got:  " + strconv.Quote(g)
		}
	}
	return "(texts differ only in line endings)"
}
