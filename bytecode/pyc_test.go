package bytecode_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/bytecode"
	"github.com/kaa-lang/kaa/compile"
	"github.com/kaa-lang/kaa/syntax"
)

func compileSource(t testing.TB, src, filename string) *bytecode.Code {
	t.Helper()
	mod, err := syntax.Parse([]byte(src), filename, syntax.ModeExec, 0)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile.Compile(mod, filename, compile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

const sample = `
"""A module."""
import os
from . import x as y
X = 1 + 2j
big = 2 ** 100
def f(a, /, b=3, *args, c, d=4, **kw):
    def g():
        nonlocal a
        a = {1, 2, frozenset({3})}
        return a
    try:
        return [i * 2 for i in range(10) if i]
    except (ValueError, TypeError) as e:
        raise RuntimeError("é\udcff") from e
    finally:
        print(b"\x00", 1.5, ..., None, True)
class C(object, metaclass=type):
    async def m(self):
        async with self as s:
            await s
        return f"{self!r:>{10}}"
match X:
    case {"k": [1, *rest]} if rest: pass
    case C(a=1): pass
`

// normalize makes empty slices nil, so that decoded and compiled code
// objects compare equal with reflect.DeepEqual.
func normalize(c *bytecode.Code) {
	if len(c.Consts) == 0 {
		c.Consts = nil
	}
	if len(c.Names) == 0 {
		c.Names = nil
	}
	if len(c.LocalsPlusNames) == 0 {
		c.LocalsPlusNames = nil
	}
	if len(c.LocalsPlusKinds) == 0 {
		c.LocalsPlusKinds = nil
	}
	if len(c.ExceptionTable) == 0 {
		c.ExceptionTable = nil
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			normalize(sub)
		}
	}
}

func TestCodeRoundTrip(t *testing.T) {
	c := compileSource(t, sample, "/some/where/sample.py")
	data, err := bytecode.Marshal(c, 4)
	if err != nil {
		t.Fatal(err)
	}
	v, n, err := bytecode.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(data) {
		t.Errorf("read %d of %d bytes", n, len(data))
	}
	back := v.(*bytecode.Code)
	again, _ := bytecode.Marshal(back, 4)
	if !bytes.Equal(data, again) {
		t.Error("marshal of the decoded code differs")
	}
	normalize(c)
	normalize(back)
	if !reflect.DeepEqual(c, back) {
		t.Errorf("round trip changed the code object")
	}
	// The filename is written once, whatever the number of code objects.
	if k := bytes.Count(data, []byte("/some/where/sample.py")); k != 1 {
		t.Errorf("filename written %d times", k)
	}
}

func TestPycDeterministicAndTruncated(t *testing.T) {
	h := bytecode.PycHeader{Mtime: 1700000000, Size: uint32(len(sample))}
	a, err := bytecode.EncodePyc(h, compileSource(t, sample, "m.py"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		b, _ := bytecode.EncodePyc(h, compileSource(t, sample, "m.py"))
		if !bytes.Equal(a, b) {
			t.Fatal("pyc bytes differ between compilations of the same source")
		}
	}
	if string(a[:4]) != bytecode.Magic || a[0] != 'k' || a[2] != '\r' || a[3] != '\n' {
		t.Errorf("header %q", a[:16])
	}
	got, c, err := bytecode.DecodePyc(a)
	if err != nil || got != h || c.Name != "<module>" {
		t.Fatalf("DecodePyc: %v %v", got, err)
	}
	// Every truncation, anywhere, is an error (never a panic or a
	// half-read code object).
	for i := 0; i < len(a); i++ {
		if _, _, err := bytecode.DecodePyc(a[:i]); err == nil {
			t.Fatalf("a pyc truncated to %d of %d bytes decoded", i, len(a))
		}
	}
	// Bad magic, bad flags.
	bad := append([]byte(nil), a...)
	bad[1]++
	if _, _, err := bytecode.DecodePyc(bad); err != bytecode.ErrPycMagic {
		t.Errorf("wrong magic: %v", err)
	}
	bad = append([]byte(nil), a...)
	bad[4] = 4
	if _, _, err := bytecode.DecodePyc(bad); err != bytecode.ErrPycFlags {
		t.Errorf("bad flags: %v", err)
	}
	// Hash-based headers.
	hh := bytecode.PycHeader{Flags: bytecode.PycHashBased | bytecode.PycCheckSource, Hash: bytecode.SourceHash(bytecode.MagicKey, []byte(sample))}
	hb := bytecode.AppendPycHeader(nil, hh)
	if got, err := bytecode.DecodePycHeader(hb); err != nil || got != hh || !got.HashBased() || !got.CheckSource() {
		t.Errorf("hash header: %v %v", got, err)
	}
}

// TestSourceHash compares SourceHash with CPython's _imp.source_hash,
// keyed with CPython's magic number and with kaa's.
func TestSourceHash(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	inputs := []string{"", "a", "1234567", "12345678", "123456789", sample, strings.Repeat("x = 1\n", 1000)}
	var script strings.Builder
	script.WriteString("import _imp, sys\nfrom importlib.util import MAGIC_NUMBER\ncpy = int.from_bytes(MAGIC_NUMBER, 'little')\n")
	for _, in := range inputs {
		fmt.Fprintf(&script, "d = bytes.fromhex(%q)\nprint(_imp.source_hash(cpy, d).hex(), _imp.source_hash(%d, d).hex(), cpy)\n",
			hex.EncodeToString([]byte(in)), bytecode.MagicKey)
	}
	out, err := exec.Command("python3", "-c", script.String()).Output()
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var cpyHash, kaaHash string
		var cpyKey uint64
		fmt.Sscan(line, &cpyHash, &kaaHash, &cpyKey)
		if h := bytecode.SourceHash(cpyKey, []byte(inputs[i])); hex.EncodeToString(h[:]) != cpyHash {
			t.Errorf("input %d, CPython's key: %x, want %s", i, h, cpyHash)
		}
		if h := bytecode.SourceHash(bytecode.MagicKey, []byte(inputs[i])); hex.EncodeToString(h[:]) != kaaHash {
			t.Errorf("input %d, kaa's key: %x, want %s", i, h, kaaHash)
		}
	}
}

// TestStdlibCodeRoundTrip compiles CPython's library, validates every
// code object and round-trips it through a pyc.
func TestStdlibCodeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the whole standard library")
	}
	root := stdlibRoot(t)
	n := 0
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() && (info.Name() == "site-packages" || info.Name() == "__pycache__") {
			if info != nil && info.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		mod, err := syntax.Parse(src, path, syntax.ModeExec, 0)
		if err != nil {
			return nil
		}
		c, err := compile.Compile(mod, path, compile.Options{})
		if err != nil {
			return nil
		}
		n++
		validateAll(t, path, c)
		data, err := bytecode.EncodePyc(bytecode.PycHeader{}, c)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		_, back, err := bytecode.DecodePyc(data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		again, _ := bytecode.EncodePyc(bytecode.PycHeader{}, back)
		if !bytes.Equal(data, again) {
			t.Errorf("%s: round trip changed the pyc", path)
		}
		return nil
	})
	t.Logf("%d files", n)
}

func validateAll(t *testing.T, path string, c *bytecode.Code) {
	if err := c.Validate(); err != nil {
		t.Errorf("%s: %s: %v", path, c.QualName, err)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			validateAll(t, path, sub)
		}
	}
}

func stdlibRoot(t testing.TB) string {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		t.Skip("python3 not found")
	}
	return strings.TrimSpace(string(out))
}

// FuzzPyc decodes arbitrary pyc files: never a panic, and what decodes
// passes Validate and encodes back to the same bytes.
func FuzzPyc(f *testing.F) {
	c := compileSource(f, sample, "m.py")
	seed, _ := bytecode.EncodePyc(bytecode.PycHeader{Mtime: 1, Size: 2}, c)
	f.Add(seed)
	small, _ := bytecode.EncodePyc(bytecode.PycHeader{Flags: 3}, compileSource(f, "x = 1\n", "x.py"))
	f.Add(small)
	f.Fuzz(func(t *testing.T, data []byte) {
		h, c, err := bytecode.DecodePyc(data)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("decoded code fails Validate: %v", err)
		}
		out, err := bytecode.EncodePyc(h, c)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := bytecode.DecodePyc(out); err != nil {
			t.Fatalf("re-encoded pyc does not decode: %v", err)
		}
	})
}
