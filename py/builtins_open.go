package py

import (
	"os"
	"strings"
)

// builtinOpen implements open(file, mode='r', buffering=-1,
// encoding=None, errors=None, newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var file Object
	mode := "r"
	buffering := -1
	var encoding, errs, newline, opener Object = None, None, None, None
	closefd := true
	if err := UnpackArgs("open", args, kw, "file", &file, "mode?", &mode, "buffering", &buffering,
		"encoding", &encoding, "errors", &errs, "newline", &newline, "closefd", &closefd, "opener", &opener); err != nil {
		return nil, err
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return nil, err
	}
	optStr := func(name string, o Object) (*string, error) {
		if o == None {
			return nil, nil
		}
		s, ok := AsStr(o)
		if !ok {
			return nil, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", name, TypeName(o))
		}
		return &s.s, nil
	}
	enc, err := optStr("encoding", encoding)
	if err != nil {
		return nil, err
	}
	errors, err := optStr("errors", errs)
	if err != nil {
		return nil, err
	}
	nl, err := optStr("newline", newline)
	if err != nil {
		return nil, err
	}
	if !m.text {
		switch {
		case enc != nil:
			return nil, Errorf(ValueErrorType, "binary mode doesn't take an encoding argument")
		case errors != nil:
			return nil, Errorf(ValueErrorType, "binary mode doesn't take an errors argument")
		case nl != nil:
			return nil, Errorf(ValueErrorType, "binary mode doesn't take a newline argument")
		}
	}
	if nl != nil {
		switch *nl {
		case "", "\n", "\r", "\r\n":
		default:
			return nil, Errorf(ValueErrorType, "illegal newline value: %s", *nl)
		}
	}
	if m.text && buffering == 0 {
		return nil, Errorf(ValueErrorType, "can't have unbuffered text I/O")
	}
	if opener != None {
		return nil, Errorf(NotImplementedErrorType, "open(): opener is not supported")
	}

	fl := os.O_RDONLY
	switch {
	case m.read && m.plus, m.write && m.plus, m.append && m.plus, m.create && m.plus:
		fl = os.O_RDWR
	case m.write, m.append, m.create:
		fl = os.O_WRONLY
	}
	switch {
	case m.write:
		fl |= os.O_CREATE | os.O_TRUNC
	case m.append:
		fl |= os.O_CREATE | os.O_APPEND
	case m.create:
		fl |= os.O_CREATE | os.O_EXCL
	}
	var osf *os.File
	var name Object = file
	switch v := file.(type) {
	case Int:
		osf = os.NewFile(uintptr(v), "")
		if osf == nil {
			return nil, NewOSError(9, "Bad file descriptor", nil)
		}
	default:
		path, err := fsPath(t, file)
		if err != nil {
			return nil, err
		}
		if !closefd {
			return nil, Errorf(ValueErrorType, "Cannot use closefd=False with file name")
		}
		// Through the interpreter's System, so that an embedder can
		// deny or fake file access.
		sys := t.Interp().System()
		if st, serr := sys.Stat(path); serr == nil && st.IsDir() {
			return nil, NewOSError(21, "Is a directory", file)
		}
		f, oerr := sys.OpenFile(path, fl, 0o666)
		if oerr != nil {
			return nil, OSErrorFrom(oerr, file)
		}
		osf = f
	}
	fo := &File{f: osf, name: name, text: m.text, readable: m.read || m.plus, writable: !m.read || m.plus,
		appendM: m.append, closefd: closefd, errors: "strict", newline: nl}
	if enc != nil {
		fo.encoding = *enc
	}
	if errors != nil {
		fo.errors = *errors
	}
	switch {
	case m.text:
		fo.typ, fo.mode = TextIOWrapperType, mode
	default:
		fo.mode = m.rawMode()
		switch {
		case buffering == 0:
			fo.typ = FileIOType
		case m.plus:
			fo.typ = BufferedRandomType
		case m.read:
			fo.typ = BufferedReaderType
		default:
			fo.typ = BufferedWriterType
		}
	}
	if m.append {
		if _, err := osf.Seek(0, 2); err != nil {
			fo.seekErr = true
		}
	}
	return fo, nil
}

// openMode is a parsed mode string of open().
type openMode struct {
	read, write, append, create, plus, text bool
}

// rawMode is the mode of the underlying FileIO ("rb", "wb", "ab+" ...).
func (m openMode) rawMode() string {
	plus := ""
	switch {
	case m.create:
		if m.plus {
			plus = "+"
		}
		return "xb" + plus
	case m.append:
		if m.plus {
			plus = "+"
		}
		return "ab" + plus
	case m.read && m.plus, m.write && m.plus:
		return "rb+"
	case m.read:
		return "rb"
	}
	return "wb"
}

// parseOpenMode checks and parses open()'s mode, with CPython's errors.
func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	binary, text := false, false
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("rwxabt+U", c) {
			return m, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'r':
			m.read = true
		case 'w':
			m.write = true
		case 'a':
			m.append = true
		case 'x':
			m.create = true
		case '+':
			m.plus = true
		case 'b':
			binary = true
		case 't':
			text = true
		case 'U':
			return m, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
	}
	if text && binary {
		return m, Errorf(ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.read, m.write, m.append, m.create} {
		if b {
			n++
		}
	}
	if n != 1 {
		return m, Errorf(ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	m.text = !binary
	return m, nil
}

// fsPath converts a path argument (str, bytes or os.PathLike) to text.
func fsPath(t *Thread, o Object) (string, error) {
	if s, ok := AsStr(o); ok {
		if strings.IndexByte(s.s, 0) >= 0 {
			return "", Errorf(ValueErrorType, "embedded null byte")
		}
		return s.s, nil
	}
	if b, ok := AsBytes(o); ok {
		return string(b.b), nil
	}
	r, found, err := callDunder(t, o, NewStr("__fspath__"))
	if err != nil {
		return "", err
	}
	if found {
		if s, ok := AsStr(r); ok {
			return s.s, nil
		}
		if b, ok := AsBytes(r); ok {
			return string(b.b), nil
		}
		return "", Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", TypeName(o), TypeName(r))
	}
	return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(o))
}
