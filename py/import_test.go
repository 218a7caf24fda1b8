package py_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/internal/pycache"
	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/marshal"
	"github.com/kaa-lang/kaa/stdlib/pycompile"
)

// The import system and its bytecode cache, seen from programs: each
// test runs programs in fresh interpreters over a temporary folder of
// modules.

// importEnv is a folder of modules and the settings to run programs
// over it.
type importEnv struct {
	t      *testing.T
	dir    string
	config py.ImportConfig
}

func newImportEnv(t *testing.T, files map[string]string) *importEnv {
	t.Helper()
	e := &importEnv{t: t, dir: t.TempDir()}
	for name, src := range files {
		e.write(name, src)
	}
	return e
}

func (e *importEnv) write(name, src string) {
	e.t.Helper()
	path := filepath.Join(e.dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		e.t.Fatal(err)
	}
}

// run runs a program as __main__ in a fresh interpreter whose sys.path
// starts with the folder, and returns its stdout, stderr and status.
func (e *importEnv) run(src string) (string, string, int) {
	var out, errb strings.Builder
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Path: []string{e.dir}, Lib: lib.Source,
		Modules: map[string]py.ModuleInit{"marshal": marshal.Init, "_pycompile": pycompile.Init},
		Import:  e.config})
	status := in.RunMain([]byte(src), filepath.Join(e.dir, "__main__.py"), true)
	return out.String(), errb.String(), status
}

// mustRun runs a program that must succeed and returns its output.
func (e *importEnv) mustRun(src string) string {
	e.t.Helper()
	out, errs, status := e.run(src)
	if status != 0 {
		e.t.Fatalf("program failed (status %d):\n%s%s", status, out, errs)
	}
	return out
}

func (e *importEnv) cachePath(module string) string {
	c, err := pycache.CacheFromSource(filepath.Join(e.dir, module+".py"), "", "")
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *importEnv) readPyc(module string) []byte {
	e.t.Helper()
	data, err := os.ReadFile(e.cachePath(module))
	if err != nil {
		e.t.Fatalf("no pyc for %s: %v", module, err)
	}
	return data
}

// TestImportUsesCache checks that a warm import loads the pyc without
// compiling: a pyc whose code differs from the source (but whose header
// matches it) is what runs.
func TestImportUsesCache(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "VALUE = 'from source'\n"})
	if out := e.mustRun("import m\nprint(m.VALUE)"); out != "from source\n" {
		t.Fatalf("cold import: %q", out)
	}
	pyc := e.readPyc("m")
	h, _, err := bytecode.DecodePyc(pyc)
	if err != nil || h.HashBased() || h.Size != uint32(len("VALUE = 'from source'\n")) {
		t.Fatalf("pyc header %+v, %v", h, err)
	}
	other, err := pycache.Compile([]byte("VALUE = 'from the pyc'\n"), filepath.Join(e.dir, "m.py"), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	forged, _ := bytecode.EncodePyc(h, other)
	os.WriteFile(e.cachePath("m"), forged, 0o644)
	if out := e.mustRun("import m\nprint(m.VALUE)"); out != "from the pyc\n" {
		t.Fatalf("warm import did not use the pyc: %q", out)
	}
	// The main script is never cached.
	if _, err := os.Stat(filepath.Join(e.dir, "__pycache__", "__main__."+pycache.CacheTag+".pyc")); err == nil {
		t.Error("the main script was cached")
	}
}

// TestImportBadPycs checks that garbage, truncated (header or body),
// wrong-magic and bad-flag pycs are ignored and rewritten.
func TestImportBadPycs(t *testing.T) {
	src := "def f(n):\n    return [i * i for i in range(n)]\nRESULT = f(4)\n"
	e := newImportEnv(t, map[string]string{"m.py": src})
	e.mustRun("import m")
	good := e.readPyc("m")
	bad := map[string][]byte{
		"garbage":     []byte("not a pyc, not at all, not even close"),
		"empty":       {},
		"wrong magic": append([]byte{0xa7, 0x0d, '\r', '\n'}, good[4:]...),
		"bad flags":   append(append(append([]byte{}, good[:4]...), 0x10, 0, 0, 0), good[8:]...),
	}
	for _, n := range []int{3, 10, 15, 16, 17, 40, len(good) / 2, len(good) - 1} {
		bad[fmt.Sprintf("truncated to %d bytes", n)] = good[:n]
	}
	for name, data := range bad {
		os.WriteFile(e.cachePath("m"), data, 0o644)
		if out := e.mustRun("import m\nprint(m.RESULT)"); out != "[0, 1, 4, 9]\n" {
			t.Errorf("%s: output %q", name, out)
		}
		if now := e.readPyc("m"); !bytes.Equal(now, good) {
			t.Errorf("%s: pyc not rewritten", name)
		}
	}
}

// TestImportStale checks that changing the source recompiles.
func TestImportStale(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "V = 1\n"})
	e.mustRun("import m")
	e.write("m.py", "V = 222\n")
	if out := e.mustRun("import m\nprint(m.V)"); out != "222\n" {
		t.Errorf("after a change of size: %q", out)
	}
	st, _ := os.Stat(filepath.Join(e.dir, "m.py"))
	e.write("m.py", "V = 333\n")
	later := st.ModTime().Add(5 * time.Second)
	os.Chtimes(filepath.Join(e.dir, "m.py"), later, later)
	if out := e.mustRun("import m\nprint(m.V)"); out != "333\n" {
		t.Errorf("after a change of mtime: %q", out)
	}
}

// TestImportNoWrite checks every way of turning writing off, and that
// an unwritable folder is skipped silently.
func TestImportNoWrite(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "X = 1\n", "n.py": "Y = 2\n"})
	e.config.DontWriteBytecode = true
	if out := e.mustRun("import sys, m\nprint(sys.dont_write_bytecode, sys.flags.dont_write_bytecode, m.X)"); out != "True 1 1\n" {
		t.Errorf("output %q", out)
	}
	if _, err := os.Stat(e.cachePath("m")); err == nil {
		t.Error("DontWriteBytecode wrote a pyc")
	}
	e.config.DontWriteBytecode = false
	e.mustRun("import sys\nsys.dont_write_bytecode = True\nimport n")
	if _, err := os.Stat(e.cachePath("n")); err == nil {
		t.Error("sys.dont_write_bytecode wrote a pyc")
	}
	// A __pycache__ that is a file (as an unwritable folder would be).
	os.WriteFile(filepath.Join(e.dir, "__pycache__"), []byte("in the way"), 0o644)
	if out := e.mustRun("import m, n\nprint(m.X + n.Y)"); out != "3\n" {
		t.Errorf("output %q", out)
	}
	if os.Getuid() != 0 {
		e2 := newImportEnv(t, map[string]string{"m.py": "X = 1\n"})
		os.Chmod(e2.dir, 0o555)
		defer os.Chmod(e2.dir, 0o755)
		if out := e2.mustRun("import m\nprint(m.X)"); out != "1\n" {
			t.Errorf("read-only folder: %q", out)
		}
	}
}

// TestImportPrefix checks PYTHONPYCACHEPREFIX's setting.
func TestImportPrefix(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "X = 1\n"})
	prefix := filepath.Join(t.TempDir(), "caches")
	e.config.PycachePrefix = prefix
	out := e.mustRun("import sys, m\nprint(sys.pycache_prefix == " + fmt.Sprintf("%q", prefix) + ", m.__cached__)")
	want := filepath.Join(prefix, strings.TrimPrefix(e.dir, "/"), "m."+pycache.CacheTag+".pyc")
	if out != "True "+want+"\n" {
		t.Errorf("output %q, want cache %s", out, want)
	}
	if _, err := os.Stat(want); err != nil {
		t.Error("no pyc under the prefix")
	}
	if _, err := os.Stat(filepath.Join(e.dir, "__pycache__")); err == nil {
		t.Error("__pycache__ created despite the prefix")
	}
}

// TestImportOptimize checks -O: .opt-1 pycs, and asserts dropped.
func TestImportOptimize(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "def f():\n    assert False, 'kept'\n    return 'dropped'\n"})
	e.config.Optimize = 1
	if out := e.mustRun("import m, sys\nprint(m.f(), sys.flags.optimize, m.__cached__.endswith('.opt-1.pyc'))"); out != "dropped 1 True\n" {
		t.Errorf("output %q", out)
	}
	opt, _ := pycache.CacheFromSource(filepath.Join(e.dir, "m.py"), "1", "")
	if _, err := os.Stat(opt); err != nil {
		t.Error("no .opt-1 pyc")
	}
	e.config.Optimize = 0
	if out, _, _ := e.run("import m\nm.f()"); out != "" {
		t.Errorf("unoptimized output %q", out)
	}
}

// TestImportHashBased checks checked and unchecked hash-based pycs and
// --check-hash-based-pycs.
func TestImportHashBased(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "V = 'one'\n"})
	for _, mode := range []string{"CHECKED_HASH", "UNCHECKED_HASH"} {
		e.write("m.py", "V = 'one'\n")
		e.mustRun("import py_compile\npy_compile.compile(" + fmt.Sprintf("%q", filepath.Join(e.dir, "m.py")) +
			", invalidation_mode=py_compile.PycInvalidationMode." + mode + ")")
		e.write("m.py", "V = 'two'\n")
		want := map[string]string{"CHECKED_HASH": "two\n", "UNCHECKED_HASH": "one\n"}[mode]
		e.config.CheckHashBasedPycs = "default"
		if out := e.mustRun("import m\nprint(m.V)"); out != want {
			t.Errorf("%s, default: %q, want %q", mode, out, want)
		}
		h, _ := bytecode.DecodePycHeader(e.readPyc("m"))
		if !h.HashBased() {
			t.Errorf("%s: the rewritten pyc is not hash-based", mode)
		}
	}
	// never: even a checked pyc is trusted; always: even an unchecked one
	// is checked.
	e.write("m.py", "V = 'one'\n")
	e.mustRun("import py_compile\npy_compile.compile(" + fmt.Sprintf("%q", filepath.Join(e.dir, "m.py")) +
		", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)")
	e.write("m.py", "V = 'two'\n")
	e.config.CheckHashBasedPycs = "never"
	if out := e.mustRun("import m, _imp\nprint(m.V, _imp.check_hash_based_pycs)"); out != "one never\n" {
		t.Errorf("never: %q", out)
	}
	e.mustRun("import py_compile\npy_compile.compile(" + fmt.Sprintf("%q", filepath.Join(e.dir, "m.py")) +
		", invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)")
	e.write("m.py", "V = 'three'\n")
	e.config.CheckHashBasedPycs = "always"
	if out := e.mustRun("import m\nprint(m.V)"); out != "three\n" {
		t.Errorf("always: %q", out)
	}
}

// TestImportConcurrent has many interpreters, on as many goroutines,
// import the same modules from a cold cache at once: all succeed, the
// pycs end valid and byte-identical to a single run's, and no temporary
// file is left behind.
func TestImportConcurrent(t *testing.T) {
	body := strings.Repeat("def f(x):\n    return [x * i for i in range(10)]\n", 200)
	files := map[string]string{"big.py": body + "R = f(3)[-1]\n", "pkg/__init__.py": "from . import sub\n",
		"pkg/sub.py": "S = 'sub'\n"}
	e := newImportEnv(t, files)
	var wg sync.WaitGroup
	outs := make([]string, 24)
	for i := range outs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out, errs, _ := e.run("import big, pkg\nprint(big.R, pkg.sub.S)")
			outs[i] = out + errs
		}(i)
	}
	wg.Wait()
	for i, out := range outs {
		if out != "27 sub\n" {
			t.Fatalf("importer %d: %q", i, out)
		}
	}
	for _, dir := range []string{e.dir, filepath.Join(e.dir, "pkg")} {
		entries, _ := os.ReadDir(filepath.Join(dir, "__pycache__"))
		for _, en := range entries {
			if !strings.HasSuffix(en.Name(), "."+pycache.CacheTag+".pyc") {
				t.Errorf("left behind: %s", en.Name())
			}
		}
	}
	first := e.readPyc("big")
	os.RemoveAll(filepath.Join(e.dir, "__pycache__"))
	e.mustRun("import big")
	if !bytes.Equal(first, e.readPyc("big")) {
		t.Error("pycs written concurrently differ from a single run's")
	}
}

// TestImportSourceless checks legacy pycs beside the source's place and
// pycs alone in __pycache__.
func TestImportSourceless(t *testing.T) {
	e := newImportEnv(t, map[string]string{"m.py": "WHERE = 'legacy'\n"})
	e.mustRun("import py_compile\npy_compile.compile(" + fmt.Sprintf("%q", filepath.Join(e.dir, "m.py")) + ", cfile=" +
		fmt.Sprintf("%q", filepath.Join(e.dir, "m.pyc")) + ")\nimport m")
	os.Remove(filepath.Join(e.dir, "m.py"))
	if out := e.mustRun("import m\nprint(m.WHERE, type(m.__loader__).__name__, m.__file__ == m.__cached__)"); out != "legacy SourcelessFileLoader True\n" {
		t.Errorf("legacy pyc: %q", out)
	}
	os.Remove(filepath.Join(e.dir, "m.pyc"))
	out, _, _ := e.run("try:\n    import m\nexcept ModuleNotFoundError as e:\n    print(e)")
	if out != "No module named 'm'\n" {
		t.Errorf("a pyc alone in __pycache__ was imported: %q", out)
	}
}

// TestRunPyc runs .pyc files as programs.
func TestRunPyc(t *testing.T) {
	e := newImportEnv(t, nil)
	c, _ := pycache.Compile([]byte("import sys\nprint('ran', __name__, type(__loader__).__name__, __cached__)\n"), "prog.py", 0, nil)
	data, _ := bytecode.EncodePyc(bytecode.PycHeader{}, c)
	var out, errb strings.Builder
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Lib: lib.Source})
	if status := in.RunMain(data, filepath.Join(e.dir, "prog.pyc"), true); status != 0 || out.String() != "ran __main__ SourcelessFileLoader None\n" {
		t.Errorf("status %d, output %q %q", status, out.String(), errb.String())
	}
	for name, data := range map[string][]byte{"magic": []byte("\x00\x00\r\n123456789012345"), "body": data[:20]} {
		out.Reset()
		errb.Reset()
		in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb})
		status := in.RunMain(data, "x.pyc", true)
		want := map[string]string{"magic": "Bad magic number in .pyc file", "body": "Bad code object in .pyc file"}[name]
		if status != 1 || !strings.Contains(errb.String(), "RuntimeError: "+want) {
			t.Errorf("%s: status %d, stderr %q", name, status, errb.String())
		}
	}
}

// TestRunModuleAsMain runs modules and packages with -m's rules.
func TestRunModuleAsMain(t *testing.T) {
	e := newImportEnv(t, map[string]string{
		"tool.py":             "import sys\nprint('tool', __name__, __spec__.name, __package__ == '', sys.argv[0].endswith('tool.py'))\n",
		"app/__init__.py":     "print('init', __name__)\n",
		"app/__main__.py":     "print('main', __name__, __spec__.name, __package__)\n",
		"lib2/__init__.py":    "",
		"lib2/mod.py":         "print('mod', __name__, __package__)\n",
		"plain/notmain.py":    "",
		"plain/__init__.py":   "",
		"broken/__main__.py":  "raise SystemExit(3)\n",
		"broken/__init__.py":  "",
		"fails/__init__.py":   "",
		"fails/__main__.py":   "1 / 0\n",
		"nsonly/something.py": "",
	})
	run := func(name string) (string, string, int) {
		var out, errb strings.Builder
		in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, Path: []string{e.dir}, Lib: lib.Source, Argv: []string{name}})
		status := in.RunModuleAsMain(name)
		return out.String(), errb.String(), status
	}
	for _, c := range []struct {
		name, out, err string
		status         int
	}{
		{"tool", "tool __main__ tool True True\n", "", 0},
		{"app", "init app\nmain __main__ app.__main__ app\n", "", 0},
		{"lib2.mod", "mod __main__ lib2\n", "", 0},
		{"broken", "", "", 3},
		{"nosuch", "", ": No module named nosuch\n", 1},
		{"plain", "", ": No module named plain.__main__; 'plain' is a package and cannot be directly executed\n", 1},
		{".rel", "", ": Relative module names not supported\n", 1},
		{"nsonly", "", ": No module named nsonly.__main__; 'nsonly' is a package and cannot be directly executed\n", 1},
	} {
		out, errs, status := run(c.name)
		if out != c.out || status != c.status || !strings.HasSuffix(errs, c.err) {
			t.Errorf("-m %s: status %d, stdout %q, stderr %q", c.name, status, out, errs)
		}
	}
	if out, errs, status := run("fails"); status != 1 || !strings.Contains(errs, "ZeroDivisionError") {
		t.Errorf("-m fails: %d %q %q", status, out, errs)
	}
	// -m writes the pyc of the module it runs, as runpy does.
	if _, err := os.Stat(filepath.Join(e.dir, "app", "__pycache__", "__main__."+pycache.CacheTag+".pyc")); err != nil {
		t.Error("no pyc for app/__main__.py")
	}
}
