package pycache

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kaa-lang/kaa/bytecode"
)

// TestPathsWithCPython compares CacheFromSource and SourceFromCache with
// importlib.util's functions (CPython's cache tag replaced by kaa's).
func TestPathsWithCPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	sources := []string{"foo.py", "foo", "/a/b/.hidden", "a.b.py", "/x.py", "/a//b/c.py", "rel/dir/m.py", "/abs/dir/m.pyw", "m.py"}
	opts := []string{"", "1", "2", "a-b"}
	caches := []string{"__pycache__/x.cpython-311.pyc", "a/x.cpython-311.pyc", "__pycache__/x.pyc",
		"__pycache__/x.cpython-311.opt-1.pyc", "__pycache__/x.cpython-311.o-1.pyc", "__pycache__/x.cpython-311.opt-.pyc",
		"__pycache__/a.b.c.d.e", "/p/q/__pycache__/m.cpython-311.pyc", "/pfx/a/b/x.cpython-311.pyc", "/pfx/x.cpython-311.pyc"}
	script := `
import importlib.util as u, sys, json
out = []
for prefix in [None, "/pfx", "/pfx/"]:
    sys.pycache_prefix = prefix
    for s in json.loads(sys.argv[1]):
        for o in json.loads(sys.argv[2]):
            try: out.append(u.cache_from_source(s, optimization=o))
            except Exception as e: out.append(type(e).__name__ + ": " + str(e))
    for c in json.loads(sys.argv[3]):
        try: out.append(u.source_from_cache(c.replace("kaa-311", "cpython-311")))
        except Exception as e: out.append(type(e).__name__ + ": " + str(e))
print(json.dumps(out))
`
	enc := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	cmd := exec.Command("python3", "-c", script, enc(sources), enc(opts), enc(caches))
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	i := 0
	for _, prefix := range []string{"", "/pfx", "/pfx/"} {
		for _, s := range sources {
			for _, o := range opts {
				got, err := CacheFromSource(s, o, prefix)
				if err != nil {
					got = "ValueError: " + err.Error()
				}
				w := strings.ReplaceAll(want[i], "cpython-311", CacheTag)
				w = strings.ReplaceAll(w, cmd.Dir, wd)
				if got != w {
					t.Errorf("CacheFromSource(%q, %q, %q) = %q, want %q", s, o, prefix, got, w)
				}
				i++
			}
		}
		for _, c := range caches {
			got, err := SourceFromCache(strings.ReplaceAll(c, "cpython-311", CacheTag), prefix)
			if err != nil {
				got = "ValueError: " + err.Error()
			}
			w := strings.ReplaceAll(want[i], "cpython-311", CacheTag)
			if got != w {
				t.Errorf("SourceFromCache(%q, %q) = %q, want %q", c, prefix, got, w)
			}
			i++
		}
	}
}

// module writes a source file and returns its path and cache path.
func module(t *testing.T, dir, name, src string) (string, string) {
	t.Helper()
	path := filepath.Join(dir, name+".py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cache, err := CacheFromSource(path, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return path, cache
}

func load(t *testing.T, path, cache string, opts LoadOptions) Result {
	t.Helper()
	opts.CachePath = cache
	r, err := Load(OS{}, path, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestLoadTimestamp(t *testing.T) {
	dir := t.TempDir()
	path, cache := module(t, dir, "m", "x = 1\n")
	if r := load(t, path, cache, LoadOptions{}); r.Outcome != Written {
		t.Fatalf("cold load: outcome %d", r.Outcome)
	}
	first, _ := os.ReadFile(cache)
	if r := load(t, path, cache, LoadOptions{}); r.Outcome != FromCache || r.Source != nil {
		t.Fatalf("warm load: outcome %d", r.Outcome)
	}
	// Same source, same bytes: determinism.
	os.Remove(cache)
	load(t, path, cache, LoadOptions{})
	if again, _ := os.ReadFile(cache); !bytes.Equal(first, again) {
		t.Error("rewriting the pyc of the same source gave other bytes")
	}
	// A change of size (same mtime) makes it stale.
	st, _ := os.Stat(path)
	os.WriteFile(path, []byte("x = 22\n"), 0o644)
	os.Chtimes(path, st.ModTime(), st.ModTime())
	if r := load(t, path, cache, LoadOptions{}); r.Outcome != Written {
		t.Fatalf("size change: outcome %d", r.Outcome)
	}
	// A change of mtime (same size) makes it stale.
	os.WriteFile(path, []byte("x = 33\n"), 0o644)
	os.Chtimes(path, st.ModTime().Add(-time.Hour), st.ModTime().Add(-time.Hour))
	r := load(t, path, cache, LoadOptions{})
	if r.Outcome != Written || r.Code.Consts[0] != int64(33) {
		t.Fatalf("mtime change: outcome %d, consts %v", r.Outcome, r.Code.Consts)
	}
	// NoWrite compiles without writing.
	os.Remove(cache)
	if r := load(t, path, cache, LoadOptions{NoWrite: true}); r.Outcome != Compiled {
		t.Fatalf("NoWrite: outcome %d", r.Outcome)
	}
	if _, err := os.Stat(cache); err == nil {
		t.Error("NoWrite wrote a pyc")
	}
}

// TestLoadCorrupt checks that a pyc that is garbage, truncated at any
// length, of another magic or with bad flags is ignored and rewritten.
func TestLoadCorrupt(t *testing.T) {
	dir := t.TempDir()
	path, cache := module(t, dir, "m", "def f(a, b):\n    return [a * i for i in range(b)]\nY = f(2, 3)\n")
	load(t, path, cache, LoadOptions{})
	good, _ := os.ReadFile(cache)
	cases := map[string][]byte{"garbage": []byte("this is not a pyc at all, not at all"), "empty": {}}
	for i := 1; i < len(good); i += 7 {
		cases["truncated"+string(rune('a'+i%26))+time.Duration(i).String()] = good[:i]
	}
	magic := append([]byte(nil), good...)
	magic[0] = 0xA7
	magic[1] = 0x0D
	cases["cpython magic"] = magic
	flags := append([]byte(nil), good...)
	flags[4] = 0x10
	cases["bad flags"] = flags
	body := append([]byte(nil), good...)
	for i := bytecode.PycHeaderSize + 10; i < len(body); i += 3 {
		body[i] ^= 0x5a
	}
	cases["scrambled body"] = body
	for name, data := range cases {
		os.WriteFile(cache, data, 0o644)
		r, err := Load(OS{}, path, LoadOptions{CachePath: cache})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r.Outcome != Written {
			t.Errorf("%s: outcome %d, want the pyc rewritten", name, r.Outcome)
		}
		if now, _ := os.ReadFile(cache); !bytes.Equal(now, good) {
			t.Errorf("%s: the pyc was not rewritten", name)
		}
	}
}

func TestLoadHashBased(t *testing.T) {
	dir := t.TempDir()
	path, cache := module(t, dir, "m", "x = 1\n")
	c, _ := Compile([]byte("x = 1\n"), path, 0, nil)
	os.MkdirAll(filepath.Dir(cache), 0o755)
	for _, checked := range []bool{true, false} {
		h := bytecode.PycHeader{Flags: bytecode.PycHashBased, Hash: bytecode.SourceHash(bytecode.MagicKey, []byte("x = 1\n"))}
		if checked {
			h.Flags |= bytecode.PycCheckSource
		}
		data, _ := bytecode.EncodePyc(h, c)
		os.WriteFile(path, []byte("x = 1\n"), 0o644)
		os.WriteFile(cache, data, 0o644)
		if r := load(t, path, cache, LoadOptions{}); r.Outcome != FromCache {
			t.Fatalf("checked=%v, same source: outcome %d", checked, r.Outcome)
		}
		// The source changes: a checked pyc is stale, an unchecked one is
		// trusted (unless --check-hash-based-pycs always).
		os.WriteFile(path, []byte("x = 2\n"), 0o644)
		r := load(t, path, cache, LoadOptions{Check: CheckNever})
		if r.Outcome != FromCache {
			t.Errorf("checked=%v, never: outcome %d", checked, r.Outcome)
		}
		r = load(t, path, cache, LoadOptions{})
		if checked && r.Outcome != Written || !checked && r.Outcome != FromCache {
			t.Errorf("checked=%v, default: outcome %d", checked, r.Outcome)
		}
		os.WriteFile(cache, data, 0o644)
		r = load(t, path, cache, LoadOptions{Check: CheckAlways})
		if r.Outcome != Written || r.Code.Consts[0] != int64(2) {
			t.Errorf("checked=%v, always: outcome %d", checked, r.Outcome)
		}
		// The rewritten pyc is hash-based again, with the same check bit.
		now, _ := os.ReadFile(cache)
		nh, err := bytecode.DecodePycHeader(now)
		if err != nil || nh.Flags != h.Flags || nh.Hash != bytecode.SourceHash(bytecode.MagicKey, []byte("x = 2\n")) {
			t.Errorf("checked=%v: rewritten header %+v %v", checked, nh, err)
		}
	}
}

// TestLoadUnwritable checks that a folder that cannot be written to
// only stops the cache.
func TestLoadUnwritable(t *testing.T) {
	if os.Getuid() == 0 {
		// root ignores permissions: make __pycache__ a file instead.
		dir := t.TempDir()
		path, cache := module(t, dir, "m", "x = 1\n")
		os.WriteFile(filepath.Join(dir, "__pycache__"), nil, 0o644)
		if r := load(t, path, cache, LoadOptions{}); r.Outcome != Compiled {
			t.Errorf("outcome %d", r.Outcome)
		}
		return
	}
	dir := t.TempDir()
	path, cache := module(t, dir, "m", "x = 1\n")
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if r := load(t, path, cache, LoadOptions{}); r.Outcome != Compiled {
		t.Errorf("outcome %d", r.Outcome)
	}
}

// TestConcurrentWriters has many goroutines load the same module with a
// cold cache at once: each gets the code, the pyc ends valid, and no
// temporary file is left behind.
func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	src := strings.Repeat("def f(x):\n    return x * 2 + 1\n", 300)
	path, cache := module(t, dir, "m", src)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				if j%2 == 0 {
					os.Remove(cache)
				}
				if _, err := Load(OS{}, path, LoadOptions{CachePath: cache}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if r := load(t, path, cache, LoadOptions{}); r.Outcome != FromCache {
		t.Errorf("final pyc not used: outcome %d", r.Outcome)
	}
	entries, _ := os.ReadDir(filepath.Dir(cache))
	for _, e := range entries {
		if e.Name() != filepath.Base(cache) {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestPrefix(t *testing.T) {
	dir := t.TempDir()
	prefix := filepath.Join(dir, "prefix")
	path, _ := module(t, dir, "m", "x = 1\n")
	cache, _ := CacheFromSource(path, "", prefix)
	if want := filepath.Join(prefix, dir[1:], "m."+CacheTag+".pyc"); cache != want {
		t.Fatalf("cache %q, want %q", cache, want)
	}
	if r := load(t, path, cache, LoadOptions{}); r.Outcome != Written {
		t.Fatalf("outcome %d", r.Outcome)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__")); err == nil {
		t.Error("__pycache__ created despite the prefix")
	}
	if back, _ := SourceFromCache(cache, prefix); back != path {
		t.Errorf("SourceFromCache gave %q", back)
	}
}
