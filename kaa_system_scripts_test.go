package kaa

import (
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kaa-lang/kaa/py"
)

// virtualSystem shows a read-only in-memory tree under /v and refuses
// every change, so that the scripts' modules (glob, pathlib, shutil,
// tempfile, os.walk, open) can be checked to go through the System.
type virtualSystem struct {
	py.OSSystem
	files fstest.MapFS
}

func (v *virtualSystem) name(p string) (string, bool) {
	p = path.Clean(p)
	if p == "/v" {
		return ".", true
	}
	if rest, ok := strings.CutPrefix(p, "/v/"); ok {
		return rest, true
	}
	return "", false
}

func (v *virtualSystem) ReadDir(p string) ([]fs.DirEntry, error) {
	n, ok := v.name(p)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: p, Err: fs.ErrNotExist}
	}
	return fs.ReadDir(v.files, n)
}

func (v *virtualSystem) Stat(p string) (fs.FileInfo, error) {
	n, ok := v.name(p)
	if !ok {
		return nil, &fs.PathError{Op: "stat", Path: p, Err: fs.ErrNotExist}
	}
	return fs.Stat(v.files, n)
}

func (v *virtualSystem) Lstat(p string) (fs.FileInfo, error) { return v.Stat(p) }

func (v *virtualSystem) Mkdir(string, fs.FileMode) error { return fs.ErrPermission }
func (v *virtualSystem) Remove(string) error             { return fs.ErrPermission }
func (v *virtualSystem) Rmdir(string) error              { return fs.ErrPermission }
func (v *virtualSystem) Rename(string, string) error     { return fs.ErrPermission }
func (v *virtualSystem) OpenFile(string, int, fs.FileMode) (*os.File, error) {
	return nil, fs.ErrPermission
}

func TestScriptModulesUseTheSystem(t *testing.T) {
	files := fstest.MapFS{
		"a.txt":         {Data: []byte("A")},
		"b.py":          {Data: []byte("B")},
		".hidden.txt":   {Data: []byte("H")},
		"sub/c.txt":     {Data: []byte("C")},
		"sub/deep/d.py": {Data: []byte("D")},
	}
	var out, errb strings.Builder
	in := New(Options{Stdout: &out, Stderr: &errb, System: &virtualSystem{files: files}})
	err := in.Exec(`import glob, os, pathlib, shutil, tempfile
print(sorted(glob.glob('/v/*.txt')), sorted(glob.glob('/v/**/*.py', recursive=True)))
print(sorted(str(p) for p in pathlib.Path('/v').rglob('*.txt')))
print([(d, sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk('/v'))])
print(pathlib.Path('/v/sub').is_dir(), pathlib.Path('/v/a.txt').is_file(), pathlib.Path('/v/nope').exists())
for f, args in [(os.mkdir, ('/v/new',)), (shutil.rmtree, ('/v/sub',)), (tempfile.mkdtemp, ()),
                (pathlib.Path('/v/x').mkdir, ()), (os.open, ('/v/a.txt', os.O_RDONLY)),
                (open, ('/v/a.txt',)), (pathlib.Path('/v/b.py').read_text, ()),
                (shutil.copyfile, ('/v/a.txt', '/v/copy.txt'))]:
    try:
        f(*args)
        print('allowed?', f.__name__)
    except PermissionError as e:
        print(f.__name__, 'PermissionError', e.errno)
    except FileNotFoundError as e:
        print(f.__name__, 'FileNotFoundError', e.errno)
`)
	in.Flush()
	if err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	expect := []string{
		"['/v/a.txt'] ['/v/b.py', '/v/sub/deep/d.py']",
		"['/v/.hidden.txt', '/v/a.txt', '/v/sub/c.txt']", // pathlib's * matches dot files
		"[('/v', ['sub'], ['.hidden.txt', 'a.txt', 'b.py']), ('/v/sub', ['deep'], ['c.txt']), ('/v/sub/deep', [], ['d.py'])]",
		"True True False",
		"mkdir PermissionError 13",
		"rmtree PermissionError 13",
		"mkdtemp FileNotFoundError 2",
		"mkdir PermissionError 13",
		"open PermissionError 13",
		"open PermissionError 13",
		"read_text PermissionError 13",
		"copyfile PermissionError 13",
	}
	if len(lines) != len(expect) {
		t.Fatalf("got:\n%s", out.String())
	}
	for i := range expect {
		if lines[i] != expect[i] {
			t.Errorf("line %d: got %q, want %q", i, lines[i], expect[i])
		}
	}
}
