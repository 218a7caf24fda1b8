package io

import (
	"github.com/kaa-lang/kaa/py"
)

// sioMethod adapts a StringIO method: it unwraps self and checks that
// the stream is open.
func sioMethod(name string, min, max int, fn func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error)) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, min, max); err != nil {
			return nil, err
		}
		s := asStringIO(self)
		if err := s.check(); err != nil {
			return nil, err
		}
		return fn(t, s, args)
	}
}

// optSize reads an optional size argument.
func optSize(t *py.Thread, args []py.Object) (int, error) {
	if len(args) == 0 {
		return -1, nil
	}
	return sizeArg(t, args[0])
}

func init() {
	StringIOType.QualName = "StringIO"
	StringIOType.AddAttr("__module__", py.NewStr("_io"))
	StringIOType.Doc = "Text I/O implementation using an in-memory buffer."
	s := &StringIOType.Slots
	s.New = stringIONew
	s.Init = stringIOInit
	s.Iter = func(t *py.Thread, o py.Object) (py.Object, error) {
		if asStringIO(o).state.closed {
			return nil, closedError()
		}
		return o, nil
	}
	s.Next = func(t *py.Thread, o py.Object) (py.Object, bool, error) {
		if o.Type() != StringIOType {
			return ioNext(t, o)
		}
		sio := asStringIO(o)
		if err := sio.check(); err != nil {
			return nil, false, err
		}
		line := sio.readline(-1)
		return line, line.Len() > 0, nil
	}
	typ := StringIOType
	typ.AddMethod("getvalue", sioMethod("getvalue", 0, 0, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		return s.value(), nil
	}), "Retrieve the entire contents of the object.")
	typ.AddMethod("read", sioMethod("read", 0, 1, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		n, err := optSize(t, args)
		if err != nil {
			return nil, err
		}
		return s.readN(n), nil
	}), "Read at most size characters, returned as a string.")
	typ.AddMethod("readline", sioMethod("readline", 0, 1, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		n, err := optSize(t, args)
		if err != nil {
			return nil, err
		}
		return s.readline(n), nil
	}), "Read until newline or EOF.")
	typ.AddMethod("write", sioMethod("write", 1, 1, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		str, ok := py.AsStr(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "string argument expected, got '%s'", py.TypeName(args[0]))
		}
		return py.NewInt(int64(s.write(str))), nil
	}), "Write string to file.")
	typ.AddMethod("tell", sioMethod("tell", 0, 0, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		return py.NewInt(int64(s.pos)), nil
	}), "Tell the current file position.")
	typ.AddMethod("seek", sioMethod("seek", 1, 2, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		pos, err := py.AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) == 2 {
			if whence, err = py.AsIndex(t, args[1]); err != nil {
				return nil, err
			}
		}
		switch {
		case whence != 0 && whence != 1 && whence != 2:
			return nil, py.Errorf(py.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case pos < 0 && whence == 0:
			return nil, py.Errorf(py.ValueErrorType, "Negative seek position %d", pos)
		case whence != 0 && pos != 0:
			return nil, py.Errorf(py.OSErrorType, "Can't do nonzero cur-relative seeks")
		}
		switch whence {
		case 1:
			pos = s.pos
		case 2:
			pos = s.length()
		}
		if pos != s.length() {
			s.realize()
		}
		s.pos = pos
		return py.NewInt(int64(pos)), nil
	}), "Change stream position.")
	typ.AddMethod("truncate", sioMethod("truncate", 0, 1, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		size := s.pos
		if len(args) == 1 && args[0] != py.None {
			if args[0].Type().Slots.Index == nil {
				return nil, py.Errorf(py.TypeErrorType, "argument should be integer or None, not '%s'", py.TypeName(args[0]))
			}
			var err error
			if size, err = py.AsIndex(t, args[0]); err != nil {
				return nil, err
			}
		}
		if size < 0 {
			return nil, py.Errorf(py.ValueErrorType, "Negative size value %d", size)
		}
		if size < s.length() {
			s.truncateTo(size)
		}
		return py.NewInt(int64(size)), nil
	}), "Truncate size to pos.")
	for _, name := range []string{"readable", "writable", "seekable"} {
		typ.AddMethod(name, sioMethod(name, 0, 0, func(t *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
			return py.True, nil
		}), "Returns True if the IO object can be "+map[string]string{"readable": "read", "writable": "written", "seekable": "seeked"}[name]+".")
	}
	typ.AddMethod("close", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("close", args, kw, 0, 0); err != nil {
			return nil, err
		}
		s := asStringIO(self)
		s.state.closed = true
		s.buf, s.abuf = nil, nil
		s.acc.Reset()
		return py.None, nil
	}, "Close the IO object.")
	typ.AddMethod("flush", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		// _IOBase.flush looks at a closed flag StringIO never sets.
		return py.None, py.CheckArgs("flush", args, kw, 0, 0)
	}, "Does nothing.")
	typ.AddGetSet("closed", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.Bool(asStringIO(o).state.closed), nil
	}, nil, "")
	typ.AddGetSet("line_buffering", func(t *py.Thread, o py.Object) (py.Object, error) {
		if err := asStringIO(o).check(); err != nil {
			return nil, err
		}
		return py.False, nil
	}, nil, "")
	typ.AddGetSet("newlines", func(t *py.Thread, o py.Object) (py.Object, error) {
		s := asStringIO(o)
		if err := s.check(); err != nil {
			return nil, err
		}
		return s.newlines(), nil
	}, nil, "")
}
