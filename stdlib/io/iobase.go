package io

import (
	"github.com/kaa-lang/kaa/py"
)

// IOBase is the state of an instance of _io._IOBase (or of one of its
// Python subclasses): whether it was closed.
type IOBase struct {
	typ    *py.Type
	closed bool
}

// The abstract stream classes of _io. Their methods are written in terms
// of the other methods of the object (read, write, readline, seek...), so
// Python subclasses only define what they need.
var (
	IOBaseType         = py.NewBuiltinType("_io._IOBase", nil, py.FlagBaseType|py.FlagHasDict)
	RawIOBaseType      = py.NewBuiltinType("_io._RawIOBase", IOBaseType, py.FlagBaseType|py.FlagHasDict)
	BufferedIOBaseType = py.NewBuiltinType("_io._BufferedIOBase", IOBaseType, py.FlagBaseType|py.FlagHasDict)
	TextIOBaseType     = py.NewBuiltinType("_io._TextIOBase", IOBaseType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns the object's type.
func (b *IOBase) Type() *py.Type { return b.typ }

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

// closedError is the ValueError of operations on a closed stream.
func closedError() error { return py.Errorf(py.ValueErrorType, "I/O operation on closed file.") }

// unsupported raises io.UnsupportedOperation(msg).
func unsupported(msg string) error {
	return py.NewError(py.UnsupportedOperation(), py.NewStr(msg))
}

// isClosed reads the closed attribute of a stream.
func isClosed(t *py.Thread, self py.Object) (bool, error) {
	v, err := py.GetAttrString(t, self, "closed")
	if err != nil {
		return false, err
	}
	return py.Truth(t, v)
}

// checkClosed raises ValueError when the stream is closed.
func checkClosed(t *py.Thread, self py.Object) error {
	c, err := isClosed(t, self)
	if err != nil {
		return err
	}
	if c {
		return closedError()
	}
	return nil
}

// baseState returns the IOBase state behind self, if any.
func baseState(o py.Object) *IOBase {
	switch v := o.(type) {
	case *IOBase:
		return v
	case *py.Instance:
		if b, ok := v.Base().(*IOBase); ok {
			return b
		}
		if s, ok := v.Base().(stateful); ok {
			return s.ioState()
		}
	case stateful:
		return v.ioState()
	}
	return nil
}

// stateful is implemented by the concrete streams (StringIO, BytesIO),
// which keep their closed flag in their own IOBase.
type stateful interface{ ioState() *IOBase }

// fn0 declares a method without arguments.
func fn0(name string, f func(t *py.Thread, self py.Object) (py.Object, error)) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t, self)
	}
}

// raiser declares a method that raises UnsupportedOperation(name).
func raiser(name string) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return nil, unsupported(name)
	}
}

// sizeArg converts a size argument: None or an int (-1 when absent).
func sizeArg(t *py.Thread, o py.Object) (int, error) {
	if o == nil || o == py.None {
		return -1, nil
	}
	if o.Type().Slots.Index == nil {
		return 0, py.Errorf(py.TypeErrorType, "argument should be integer or None, not '%s'", py.TypeName(o))
	}
	return py.AsIndex(t, o)
}

func init() {
	for _, typ := range []*py.Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType} {
		typ := typ
		typ.QualName = typ.ShortName()
		typ.AddAttr("__module__", py.NewStr("_io"))
		typ.Slots.New = func(t *py.Thread, sub *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
			b := &IOBase{typ: typ}
			if sub != typ {
				return py.NewInstanceWithBase(sub, b), nil
			}
			return b, nil
		}
		typ.Slots.Iter = func(t *py.Thread, o py.Object) (py.Object, error) {
			if err := checkClosed(t, o); err != nil {
				return nil, err
			}
			return o, nil
		}
		typ.Slots.Next = ioNext
	}
	b := IOBaseType
	b.Doc = "The abstract base class for all I/O classes."
	b.AddMethod("seek", raiser("seek"), "Change the stream position to the given byte offset.")
	b.AddMethod("truncate", raiser("truncate"), "Truncate file to size bytes.")
	b.AddMethod("fileno", raiser("fileno"), "Returns underlying file descriptor if one exists.")
	b.AddMethod("tell", fn0("tell", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.CallMethod(t, self, "seek", py.NewInt(0), py.NewInt(1))
	}), "Return current stream position.")
	b.AddMethod("flush", fn0("flush", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.None, checkClosed(t, self)
	}), "Flush write buffers, if applicable.")
	b.AddMethod("close", fn0("close", func(t *py.Thread, self py.Object) (py.Object, error) {
		st := baseState(self)
		if st == nil || st.closed {
			return py.None, nil
		}
		_, err := py.CallMethod(t, self, "flush")
		st.closed = true
		if err != nil {
			return nil, err
		}
		return py.None, nil
	}), "Flush and close the IO object.")
	b.AddGetSet("closed", func(t *py.Thread, o py.Object) (py.Object, error) {
		if st := baseState(o); st != nil {
			return py.Bool(st.closed), nil
		}
		return py.False, nil
	}, nil, "")
	for _, name := range []string{"readable", "writable", "seekable"} {
		b.AddMethod(name, fn0(name, func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.False, nil
		}), "Return whether the object supports "+name[:len(name)-4]+"ing.")
	}
	b.AddMethod("isatty", fn0("isatty", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.False, checkClosed(t, self)
	}), "Return whether this is an 'interactive' stream.")
	b.AddMethod("__enter__", fn0("__enter__", func(t *py.Thread, self py.Object) (py.Object, error) {
		if err := checkClosed(t, self); err != nil {
			return nil, err
		}
		return self, nil
	}), "")
	b.AddMethod("__exit__", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.CallMethod(t, self, "close")
	}, "")
	b.AddMethod("readline", ioReadline, "Read and return a line from the stream.")
	b.AddMethod("readlines", ioReadlines, "Return a list of lines from the stream.")
	b.AddMethod("writelines", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if err := checkClosed(t, self); err != nil {
			return nil, err
		}
		it, err := py.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		for {
			line, ok, err := py.Next(t, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				return py.None, nil
			}
			if _, err := py.CallMethod(t, self, "write", line); err != nil {
				return nil, err
			}
		}
	}, "Write a list of lines to stream.")
	for _, name := range []string{"_checkClosed", "_checkReadable", "_checkWritable", "_checkSeekable"} {
		name := name
		b.AddMethod(name, func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if name == "_checkClosed" {
				return py.None, checkClosed(t, self)
			}
			what := name[6 : len(name)-4]
			ok, err := py.CallMethod(t, self, what+"able")
			if err != nil {
				return nil, err
			}
			if v, _ := py.Truth(t, ok); !v {
				return nil, unsupported("File or stream is not " + what + "able.")
			}
			return py.None, nil
		}, "")
	}

	r := RawIOBaseType
	r.Doc = "Base class for raw binary I/O."
	r.AddMethod("read", rawRead, "Read and return up to size bytes.")
	r.AddMethod("readall", fn0("readall", rawReadall), "Read until EOF, using multiple read() call.")

	bb := BufferedIOBaseType
	bb.Doc = "Base class for buffered IO objects."
	for _, name := range []string{"read", "read1", "write", "detach"} {
		bb.AddMethod(name, raiser(name), "")
	}
	bb.AddMethod("readinto", bufferedReadinto("read"), "")
	bb.AddMethod("readinto1", bufferedReadinto("read1"), "")

	tb := TextIOBaseType
	tb.Doc = "Base class for text I/O."
	for _, name := range []string{"read", "readline", "write", "detach"} {
		tb.AddMethod(name, raiser(name), "")
	}
	for _, name := range []string{"encoding", "newlines", "errors"} {
		tb.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) { return py.None, nil }, nil, "")
	}
}

// ioNext is __next__ of streams: the next line, or the end at an empty
// one.
func ioNext(t *py.Thread, o py.Object) (py.Object, bool, error) {
	line, err := py.CallMethod(t, o, "readline")
	if err != nil {
		return nil, false, err
	}
	n, err := py.Len(t, line)
	if err != nil {
		return nil, false, err
	}
	return line, n > 0, nil
}

// ioReadline is _IOBase.readline(size=-1): bytes read one at a time
// (or with peek when the stream has it) until a newline.
func ioReadline(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("readline", args, kw, 0, 1); err != nil {
		return nil, err
	}
	limit := -1
	if len(args) == 1 {
		var err error
		if limit, err = sizeArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		b, err := py.CallMethod(t, self, "read", py.NewInt(1))
		if err != nil {
			return nil, err
		}
		if b == py.None {
			break
		}
		data, ok := py.BytesLike(b)
		if !ok {
			return nil, py.Errorf(py.OSErrorType, "read() should have returned a bytes object, not '%s'", py.TypeName(b))
		}
		if len(data) == 0 {
			break
		}
		out = append(out, data...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return py.NewBytes(out), nil
}

// ioReadlines is readlines(hint=-1): the lines, stopping once their
// total length reaches hint.
func ioReadlines(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("readlines", args, kw, 0, 1); err != nil {
		return nil, err
	}
	hint := -1
	if len(args) == 1 {
		var err error
		if hint, err = sizeArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	it, err := py.Iter(t, self)
	if err != nil {
		return nil, err
	}
	var lines []py.Object
	total := 0
	for {
		line, ok, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		lines = append(lines, line)
		n, err := py.Len(t, line)
		if err != nil {
			return nil, err
		}
		total += n
		if hint > 0 && total > hint {
			break
		}
	}
	return py.NewList(lines), nil
}

// rawRead is _RawIOBase.read(size=-1), through readinto.
func rawRead(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("read", args, kw, 0, 1); err != nil {
		return nil, err
	}
	size := -1
	if len(args) == 1 {
		var err error
		if size, err = sizeArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	if size < 0 {
		return py.CallMethod(t, self, "readall")
	}
	ba := py.NewByteArray(make([]byte, size))
	n, err := py.CallMethod(t, self, "readinto", ba)
	if err != nil || n == py.None {
		return n, err
	}
	k, err := py.AsIndex(t, n)
	if err != nil {
		return nil, err
	}
	data, _ := py.BytesLike(ba)
	if k < 0 || k > len(data) {
		return nil, py.Errorf(py.ValueErrorType, "readinto returned %d outside buffer size %d", k, len(data))
	}
	return py.NewBytes(append([]byte(nil), data[:k]...)), nil
}

// rawReadall reads until the end of the stream.
func rawReadall(t *py.Thread, self py.Object) (py.Object, error) {
	var out []byte
	for {
		b, err := py.CallMethod(t, self, "read", py.NewInt(DefaultBufferSize))
		if err != nil {
			return nil, err
		}
		if b == py.None {
			if out == nil {
				return py.None, nil
			}
			break
		}
		data, ok := py.BytesLike(b)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "read() should return bytes")
		}
		if len(data) == 0 {
			break
		}
		out = append(out, data...)
	}
	return py.NewBytes(out), nil
}

// bufferedReadinto is _BufferedIOBase.readinto(b), through read (or
// read1).
func bufferedReadinto(reader string) py.BuiltinFn {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("readinto", args, kw, 1, 1); err != nil {
			return nil, err
		}
		dst, ok := py.WritableBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
		}
		b, err := py.CallMethod(t, self, reader, py.NewInt(int64(len(dst))))
		if err != nil {
			return nil, err
		}
		data, ok := py.BytesLike(b)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "read() should return bytes")
		}
		n := copy(dst, data)
		return py.NewInt(int64(n)), nil
	}
}
