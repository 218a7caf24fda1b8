package io

import (
	"github.com/kaa-lang/kaa/py"
)

// bioMethod adapts a BytesIO method: it unwraps self and checks that the
// stream is open.
func bioMethod(name string, min, max int, fn func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error)) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, min, max); err != nil {
			return nil, err
		}
		b := asBytesIO(self)
		if err := b.check(); err != nil {
			return nil, err
		}
		return fn(t, b, args)
	}
}

func init() {
	BytesIOType.QualName = "BytesIO"
	BytesIOType.AddAttr("__module__", py.NewStr("_io"))
	BytesIOType.Doc = "Buffered I/O implementation using an in-memory bytes buffer."
	bytesIOViewType.AddAttr("__module__", py.NewStr("_io"))
	s := &BytesIOType.Slots
	s.New = bytesIONew
	s.Init = bytesIOInit
	s.Iter = func(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	s.Next = func(t *py.Thread, o py.Object) (py.Object, bool, error) {
		if o.Type() != BytesIOType {
			return ioNext(t, o)
		}
		b := asBytesIO(o)
		if err := b.check(); err != nil {
			return nil, false, err
		}
		line := b.readline(-1)
		return py.NewBytes(line), len(line) > 0, nil
	}
	typ := BytesIOType
	typ.AddMethod("getvalue", bioMethod("getvalue", 0, 0, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte(nil), b.buf...)), nil
	}), "Retrieve the entire contents of the BytesIO object.")
	typ.AddMethod("getbuffer", bioMethod("getbuffer", 0, 0, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.NewMemoryView(t, &bytesIOView{b: b})
	}), "Get a read-write view over the contents of the BytesIO object.")
	for _, name := range []string{"read", "read1"} {
		typ.AddMethod(name, bioMethod(name, 0, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
			n, err := optSize(t, args)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(b.readN(n)), nil
		}), "Read at most size bytes, returned as a bytes object.")
	}
	typ.AddMethod("readline", bioMethod("readline", 0, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		n, err := optSize(t, args)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b.readline(n)), nil
	}), "Next line from the file, as a bytes object.")
	typ.AddMethod("readlines", bioMethod("readlines", 0, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		hint, err := optSize(t, args)
		if err != nil {
			return nil, err
		}
		var lines []py.Object
		total := 0
		for {
			line := b.readline(-1)
			if len(line) == 0 {
				break
			}
			lines = append(lines, py.NewBytes(line))
			total += len(line)
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines), nil
	}), "List of bytes objects, each a line from the file.")
	for _, name := range []string{"readinto", "readinto1"} {
		typ.AddMethod(name, bioMethod(name, 1, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
			dst, ok := py.WritableBytes(args[0])
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
			}
			data := b.readN(len(dst))
			return py.NewInt(int64(copy(dst, data))), nil
		}), "Read bytes into buffer.")
	}
	typ.AddMethod("write", bioMethod("write", 1, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		data, ok := py.BytesLike(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		n := len(data)
		if err := b.write(append([]byte(nil), data...)); err != nil {
			return nil, err
		}
		return py.NewInt(int64(n)), nil
	}), "Write bytes to file.")
	typ.AddMethod("writelines", bioMethod("writelines", 1, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		it, err := py.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := py.Next(t, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				return py.None, nil
			}
			data, isBytes := py.BytesLike(v)
			if !isBytes {
				return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(v))
			}
			if err := b.write(append([]byte(nil), data...)); err != nil {
				return nil, err
			}
		}
	}), "Write lines to the file.")
	typ.AddMethod("tell", bioMethod("tell", 0, 0, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.NewInt(int64(b.pos)), nil
	}), "Current file position, an integer.")
	typ.AddMethod("seek", bioMethod("seek", 1, 2, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
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
		switch whence {
		case 0:
			if pos < 0 {
				return nil, py.Errorf(py.ValueErrorType, "negative seek value %d", pos)
			}
		case 1:
			pos += b.pos
		case 2:
			pos += len(b.buf)
		default:
			return nil, py.Errorf(py.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 {
			pos = 0
		}
		b.pos = pos
		return py.NewInt(int64(pos)), nil
	}), "Change stream position.")
	typ.AddMethod("truncate", bioMethod("truncate", 0, 1, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		size := b.pos
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
			return nil, py.Errorf(py.ValueErrorType, "negative size value %d", size)
		}
		if size < len(b.buf) {
			if err := b.checkResize(); err != nil {
				return nil, err
			}
			b.buf = b.buf[:size]
		}
		return py.NewInt(int64(size)), nil
	}), "Truncate the file to at most size bytes.")
	for _, name := range []string{"readable", "writable", "seekable"} {
		typ.AddMethod(name, bioMethod(name, 0, 0, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
			return py.True, nil
		}), "Returns True if the IO object can be "+map[string]string{"readable": "read", "writable": "written", "seekable": "seeked"}[name]+".")
	}
	typ.AddMethod("isatty", bioMethod("isatty", 0, 0, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.False, nil
	}), "Always returns False.")
	typ.AddMethod("flush", bioMethod("flush", 0, 0, func(t *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.None, nil
	}), "Does nothing.")
	typ.AddMethod("close", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("close", args, kw, 0, 0); err != nil {
			return nil, err
		}
		b := asBytesIO(self)
		if err := b.checkResize(); err != nil {
			return nil, err
		}
		b.state.closed = true
		b.buf = nil
		return py.None, nil
	}, "Disable all I/O operations.")
	typ.AddGetSet("closed", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.Bool(asBytesIO(o).state.closed), nil
	}, nil, "True if the file is closed.")
}
