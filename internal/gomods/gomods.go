// Package gomods serves `kaa -m NAME` for tool modules that kaa implements
// in Go until its virtual machine can run them as Python modules (tokenize
// and ast). Each entry behaves like CPython's `python3 -m NAME`: it takes
// the arguments after the module name and returns the exit status.
package gomods

import "io"

// Stdio is the standard streams a tool module reads and writes.
type Stdio struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Main is the entry point of a Go-served module: args are sys.argv[1:].
type Main func(args []string, stdio Stdio) int

// Lookup returns the Go-served module called name, or nil.
func Lookup(name string) Main {
	switch name {
	case "tokenize":
		return Tokenize
	case "ast":
		return AST
	}
	return nil
}
