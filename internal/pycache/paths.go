// Package pycache implements kaa's bytecode cache (PEP 3147, PEP 488,
// PEP 552) below the interpreter: where the .pyc file of a source file
// lives, when a cached pyc may be used instead of compiling, and how a
// pyc is written so that no reader ever sees half of one. It imports no
// interpreter, so the import system (package py), py_compile, compileall
// and tests share it.
//
// # Where caches go
//
// The cache of dir/name.py is dir/__pycache__/name.kaa-311.pyc
// (name.kaa-311.opt-1.pyc when compiled with -O, opt-2 with -OO). With a
// cache prefix (PYTHONPYCACHEPREFIX, -X pycache_prefix, sys.pycache_prefix)
// it is PREFIX/<absolute dir without its leading separator>/name.kaa-311.pyc
// instead.
package pycache

import (
	"os"
	"path/filepath"
	"strings"
)

// CacheTag is sys.implementation.cache_tag: it names the interpreter and
// language version in pyc file names, so that CPython and kaa keep their
// caches side by side.
const CacheTag = "kaa-311"

// Error is an error of the path functions, carrying the Python exception
// class that importlib raises for it ("ValueError").
type Error struct {
	Type string
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// pathSplit splits a path at its last separator, as importlib's
// _path_split does: ("", path) when there is none.
func pathSplit(p string) (string, string) {
	i := strings.LastIndexByte(p, filepath.Separator)
	if i < 0 {
		return "", p
	}
	return p[:i], p[i+1:]
}

// pathJoin joins non-empty parts with the separator after removing
// trailing separators from each, as importlib's _path_join does.
func pathJoin(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, strings.TrimRight(p, string(filepath.Separator)))
		}
	}
	return strings.Join(kept, string(filepath.Separator))
}

// isAlnum is str.isalnum for the ASCII text of an optimization tag.
func isAlnum(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127) {
			return false
		}
	}
	return true
}

// CacheFromSource returns the path of the pyc file for the source file
// path, as importlib.util.cache_from_source does. optimization is the
// text after ".opt-" ("" for none: level 0); prefix is sys.pycache_prefix
// ("" for none).
func CacheFromSource(path, optimization, prefix string) (string, error) {
	head, tail := pathSplit(path)
	// tail.rpartition('.'): the name is what precedes the last dot, or
	// what follows it when nothing does (".hidden"), or all of tail.
	name := tail + CacheTag
	if i := strings.LastIndexByte(tail, '.'); i > 0 {
		name = tail[:i] + "." + CacheTag
	} else if i == 0 {
		name = tail[1:] + "." + CacheTag
	}
	if optimization != "" {
		if !isAlnum(optimization) {
			return "", &Error{"ValueError", "'" + optimization + "' is not alphanumeric"}
		}
		name += ".opt-" + optimization
	}
	name += ".pyc"
	if prefix != "" {
		if !filepath.IsAbs(head) {
			if wd, err := os.Getwd(); err == nil {
				head = pathJoin(wd, head)
			}
		}
		return pathJoin(prefix, strings.TrimLeft(head, string(filepath.Separator)), name), nil
	}
	return pathJoin(head, "__pycache__", name), nil
}

// SourceFromCache returns the source path of a pyc path made by
// CacheFromSource, as importlib.util.source_from_cache does, with its
// ValueErrors.
func SourceFromCache(path, prefix string) (string, error) {
	head, file := pathSplit(path)
	inPrefix := false
	if prefix != "" {
		stripped := strings.TrimRight(prefix, string(filepath.Separator))
		if strings.HasPrefix(head, stripped+string(filepath.Separator)) {
			head = head[len(stripped):]
			inPrefix = true
		}
	}
	if !inPrefix {
		var dir string
		head, dir = pathSplit(head)
		if dir != "__pycache__" {
			return "", &Error{"ValueError", "__pycache__ not bottom-level directory in " + pyRepr(path)}
		}
	}
	switch dots := strings.Count(file, "."); dots {
	case 2:
	case 3:
		parts := strings.Split(file, ".")
		opt := parts[2]
		if !strings.HasPrefix(opt, "opt-") {
			return "", &Error{"ValueError", "optimization portion of filename does not start with 'opt-'"}
		}
		if !isAlnum(opt[4:]) {
			return "", &Error{"ValueError", "optimization level " + pyRepr(opt) + " is not an alphanumeric value"}
		}
	default:
		return "", &Error{"ValueError", "expected only 2 or 3 dots in " + pyRepr(file)}
	}
	base, _, _ := strings.Cut(file, ".")
	return pathJoin(head, base+".py"), nil
}

// pyRepr quotes a path as Python's repr() of a str does in the common
// case (single quotes unless the text holds one).
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = "\""
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}
