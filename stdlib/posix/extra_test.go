package posix_test

import (
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/posix"
)

// plainSystem has only the methods of py.System: none of the optional
// capabilities (chmod, links, times).
type plainSystem struct{ py.System }

func runPosix(t *testing.T, sys py.System, src string) string {
	t.Helper()
	var out, errb strings.Builder
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, System: sys, Lib: lib.Source,
		Modules: map[string]py.ModuleInit{"posix": posix.Init}})
	status := in.RunMain([]byte(src), "<test>", false)
	in.FlushStdio()
	if status != 0 {
		t.Fatalf("status %d:\n%s%s", status, out.String(), errb.String())
	}
	return out.String()
}

func TestDescriptorsLinksAndModes(t *testing.T) {
	dir := t.TempDir()
	got := runPosix(t, py.OSSystem{}, `import os
d = `+"'"+dir+"'"+`
p = os.path.join(d, 'f')
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
print(os.write(fd, b'hello'), os.fstat(fd).st_size)
os.close(fd)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('exists', e.errno)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 10))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print('closed', e.errno)
os.chmod(p, 0o640)
print(oct(os.stat(p).st_mode & 0o777))
os.utime(p, (1000000000, 1500000000))
st = os.stat(p)
print(st.st_atime, st.st_mtime)
os.utime(p, ns=(5, 7000000000))
print(os.stat(p).st_mtime_ns)
os.symlink('f', os.path.join(d, 'l'))
print(os.readlink(os.path.join(d, 'l')), os.readlink(os.fsencode(os.path.join(d, 'l'))))
print(os.path.realpath(os.path.join(d, 'l')) == os.path.realpath(p))
try:
    os.get_terminal_size(fd)
except OSError as e:
    print('tty', e.errno)
print(os.terminal_size((80, 24)), os.isatty(fd))
`)
	want := "5 5\nexists 17\nb'hel' b'lo' b''\nclosed 9\n0o640\n1000000000.0 1500000000.0\n7000000000\nf b'f'\nTrue\ntty 9\nos.terminal_size(columns=80, lines=24) False\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestOptionalCapabilitiesDenied(t *testing.T) {
	got := runPosix(t, plainSystem{py.OSSystem{}}, `import os
for f, args in [(os.chmod, ('x', 0o600)), (os.symlink, ('a', 'b')), (os.readlink, ('x',)), (os.utime, ('x',))]:
    try:
        f(*args)
    except PermissionError as e:
        print(f.__name__, 'denied', e.errno)
`)
	want := "chmod denied 13\nsymlink denied 13\nreadlink denied 13\nutime denied 13\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
