package posix_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/lib"
	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/posix"
)

// sandbox is a System that pretends to be a small machine and refuses
// to delete anything.
type sandbox struct {
	py.OSSystem
	env map[string]string
}

func (s *sandbox) LookupEnv(k string) (string, bool) { v, ok := s.env[k]; return v, ok }
func (s *sandbox) Environ() []string {
	var out []string
	for k, v := range s.env {
		out = append(out, k+"="+v)
	}
	return out
}
func (s *sandbox) Setenv(k, v string) error              { s.env[k] = v; return nil }
func (s *sandbox) Getwd() (string, error)                { return "/sandbox", nil }
func (s *sandbox) Remove(name string) error              { return fs.ErrPermission }
func (s *sandbox) ReadDir(string) ([]fs.DirEntry, error) { return nil, fs.ErrNotExist }

func TestSandbox(t *testing.T) {
	var out, errb strings.Builder
	sys := &sandbox{env: map[string]string{"HOME": "/home/kaa"}}
	in := py.NewInterpreter(py.Config{Stdout: &out, Stderr: &errb, System: sys, Lib: lib.Source,
		Modules: map[string]py.ModuleInit{"posix": posix.Init}})
	status := in.RunMain([]byte(`import os
print(os.getcwd(), os.environ["HOME"], os.path.expanduser("~/x"))
os.environ["NEW"] = "1"
try:
    os.remove("anything")
except PermissionError as e:
    print("denied", e)
try:
    os.listdir("/")
except FileNotFoundError as e:
    print("missing", e)
`), "<test>", false)
	in.FlushStdio()
	want := "/sandbox /home/kaa /home/kaa/x\ndenied [Errno 13] Permission denied: 'anything'\nmissing [Errno 2] No such file or directory: '/'\n"
	if out.String() != want || status != 0 {
		t.Errorf("got (status %d):\n%s%s\nwant:\n%s", status, out.String(), errb.String(), want)
	}
	if sys.env["NEW"] != "1" {
		t.Errorf("os.environ did not write through: %v", sys.env)
	}
}
