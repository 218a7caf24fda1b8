// Package sre implements _sre, the regular expression engine behind
// kaa's re module (lib/re): a parser and compiler with the syntax,
// optimisations and error messages of CPython 3.11's sre_parse and
// sre_compile, and a backtracking matcher with sre's semantics that
// runs on an explicit stack (so that no pattern can overflow the Go
// stack) and checks the interpreter's stop requests as it goes.
package sre

import (
	"strings"

	"github.com/kaa-lang/kaa/py"
)

// moduleState is the module's per-interpreter state.
type moduleState struct {
	runes runeCache
	cache patternCache
}

// patternKey identifies a compiled pattern in the cache.
type patternKey struct {
	isBytes bool
	text    string
	flags   int64
}

// maxCache bounds the number of cached patterns (re._MAXCACHE).
const maxCache = 512

// patternCache maps patterns and flags to compiled patterns, dropping
// the oldest entry when full.
type patternCache struct {
	m     map[patternKey]*Pattern
	order []patternKey
}

func (c *patternCache) get(k patternKey) *Pattern { return c.m[k] }

func (c *patternCache) put(k patternKey, p *Pattern) {
	if c.m == nil {
		c.m = map[patternKey]*Pattern{}
	}
	if len(c.order) >= maxCache {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[k] = p
	c.order = append(c.order, k)
}

func (c *patternCache) clear() {
	c.m = nil
	c.order = nil
}

// Init creates the _sre module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_sre")
	st := &moduleState{}
	m.Set("__doc__", py.NewStr("The regular expression engine of the re module."))
	m.Set("MAGIC", py.NewInt(magic))
	m.Set("CODESIZE", py.NewInt(4))
	m.Set("MAXREPEAT", py.NewInt(maxRepeat))
	m.Set("MAXGROUPS", py.NewInt(maxGroups))
	m.Set("copyright", py.NewStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
	m.Set("error", ErrorType)
	m.Set("Pattern", PatternType)
	m.Set("Match", MatchType)
	m.AddFunc("compile", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var pattern, flags py.Object = nil, py.NewInt(0)
		if err := py.UnpackArgs("compile", args, kw, "pattern", &pattern, "flags?", &flags); err != nil {
			return nil, err
		}
		return st.compile(t, pattern, flags)
	}, "Compile a regular expression pattern, returning a Pattern object (cached).")
	m.AddFunc("purge", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.UnpackArgs("purge", args, kw); err != nil {
			return nil, err
		}
		st.cache.clear()
		return py.None, nil
	}, "Clear the regular expression caches")
	m.AddFunc("escape", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var pattern py.Object
		if err := py.UnpackArgs("escape", args, kw, "pattern", &pattern); err != nil {
			return nil, err
		}
		return escape(pattern)
	}, "Escape special characters in a string.")
	m.AddFunc("getcodesize", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(4), py.UnpackArgs("getcodesize", args, kw)
	}, "")
	for _, f := range []struct {
		name string
		fn   func(uint32) py.Object
	}{
		{"ascii_iscased", func(c uint32) py.Object { return py.Bool(c < 128 && asciiIscased(c)) }},
		{"unicode_iscased", func(c uint32) py.Object { return py.Bool(uniIscased(c)) }},
		{"ascii_tolower", func(c uint32) py.Object { return py.NewInt(int64(asciiLower(c))) }},
		{"unicode_tolower", func(c uint32) py.Object { return py.NewInt(int64(uniLower(c))) }},
	} {
		fn := f.fn
		m.AddFunc(f.name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var c int
			if err := py.UnpackArgs(f.name, args, kw, "character", &c, "/"); err != nil {
				return nil, err
			}
			return fn(uint32(c)), nil
		}, "")
	}
	return m, nil
}

// compile implements re._compile: the cache, the checks of the
// arguments, and the compilation.
func (st *moduleState) compile(t *py.Thread, pattern, flagsObj py.Object) (py.Object, error) {
	flagsInt, _, isInt := py.IntValue(flagsObj)
	if !isInt {
		if _, err := py.Hash(t, flagsObj); err != nil {
			return nil, err
		}
	}
	var text string
	var isBytes bool
	switch {
	case isStrObj(pattern):
		s, _ := py.AsStr(pattern)
		text = s.String()
	case isBytesObj(pattern):
		b, _ := py.AsBytes(pattern)
		text, isBytes = string(b.Value()), true
	default:
		if p, ok := pattern.(*Pattern); ok {
			set, err := py.Truth(t, flagsObj)
			if err != nil {
				return nil, err
			}
			if set {
				return nil, py.Errorf(py.ValueErrorType, "cannot process flags argument with a compiled pattern")
			}
			return p, nil
		}
		if _, err := py.Hash(t, pattern); err != nil {
			return nil, err
		}
		return nil, py.Errorf(py.TypeErrorType, "first argument must be string or compiled pattern")
	}
	if !isInt {
		return nil, py.Errorf(py.TypeErrorType, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", py.TypeName(flagsObj))
	}
	key := patternKey{isBytes: isBytes, text: text, flags: flagsInt}
	if p := st.cache.get(key); p != nil {
		return p, nil
	}
	var runes []rune
	if isBytes {
		runes = make([]rune, len(text))
		for i := 0; i < len(text); i++ {
			runes[i] = rune(text[i])
		}
	} else {
		s, _ := py.AsStr(pattern)
		runes = s.Runes()
	}
	prog, err := compilePattern(runes, !isBytes, int(flagsInt))
	if err != nil {
		return nil, raiseError(t, err, pattern)
	}
	p := newPattern(prog, pattern, st)
	if flagsInt&flagDebug == 0 {
		st.cache.put(key, p)
	}
	return p, nil
}

// isStrObj and isBytesObj report whether o is a str or bytes (or an
// instance of a subclass).
func isStrObj(o py.Object) bool   { _, ok := py.AsStr(o); return ok }
func isBytesObj(o py.Object) bool { _, ok := py.AsBytes(o); return ok }

// escapeChars are the characters re.escape puts a backslash before.
const escapeChars = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"

// escape implements re.escape.
func escape(pattern py.Object) (py.Object, error) {
	if s, ok := py.AsStr(pattern); ok {
		text := s.String()
		var b strings.Builder
		b.Grow(len(text) + 8)
		for i := 0; i < len(text); i++ {
			if strings.IndexByte(escapeChars, text[i]) >= 0 {
				b.WriteByte('\\')
			}
			b.WriteByte(text[i])
		}
		if b.Len() == len(text) {
			if _, exact := pattern.(*py.Str); exact {
				return pattern, nil
			}
		}
		return py.NewStr(b.String()), nil
	}
	data, ok := py.BytesLike(pattern)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "decoding to str: need a bytes-like object, %s found", py.TypeName(pattern))
	}
	out := make([]byte, 0, len(data)+8)
	for _, c := range data {
		if strings.IndexByte(escapeChars, c) >= 0 {
			out = append(out, '\\')
		}
		out = append(out, c)
	}
	return py.NewBytes(out), nil
}
