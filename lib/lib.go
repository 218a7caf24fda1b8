// Package lib holds the modules of kaa's standard library that are
// written in Python. They are kaa's own code, embedded in the binary;
// Source finds them by their dotted import name for the interpreter's
// import machinery (py.Config.Lib).
package lib

import (
	"embed"
	"io/fs"
	"strings"
)

// files holds the modules: name.py for a module, name/__init__.py and
// name/sub.py for a package.
//
//go:embed *.py */*.py
var files embed.FS

// Prefix starts the file names of embedded modules (as tracebacks and
// __file__ show them), so that they never name a real file.
const Prefix = "<kaa>/lib/"

// Source returns the source of the module called name (dotted), the file
// name to show for it, and whether it is a package.
func Source(name string) (src []byte, filename string, isPkg bool, ok bool) {
	if name == "" || strings.ContainsAny(name, "/\\") {
		return nil, "", false, false
	}
	p := strings.ReplaceAll(name, ".", "/")
	if b, err := fs.ReadFile(files, p+"/__init__.py"); err == nil {
		return b, Prefix + p + "/__init__.py", true, true
	}
	if b, err := fs.ReadFile(files, p+".py"); err == nil {
		return b, Prefix + p + ".py", false, true
	}
	return nil, "", false, false
}

// Names returns the import names of every embedded module, sorted.
func Names() []string {
	var names []string
	fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		n := strings.TrimSuffix(path, ".py")
		n = strings.TrimSuffix(n, "/__init__")
		names = append(names, strings.ReplaceAll(n, "/", "."))
		return nil
	})
	return names
}
