package py

import (
	"io"
	"strings"
)

// The methods of the file objects open() returns.

// fileSelf returns the file a method is called on.
func fileSelf(o Object) *File { return o.(*File) }

// sizeArg converts an optional size argument (None or missing: -1).
func sizeArg(t *Thread, fname string, args []Object, kw *Tuple) (int, error) {
	if err := CheckArgs(fname, args, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0] == None {
		return -1, nil
	}
	n, err := AsIndex(t, args[0])
	if err != nil {
		if IsExceptionOf(err, TypeErrorType) {
			return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", TypeName(args[0]))
		}
		return 0, err
	}
	return n, nil
}

func fileRead(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	f := fileSelf(self)
	n, err := sizeArg(t, "read", args, kw)
	if err != nil {
		return nil, err
	}
	if err := f.checkReadable(); err != nil {
		return nil, err
	}
	if f.text {
		return f.readChars(t, n)
	}
	var b []byte
	if n < 0 {
		b, err = f.readAllBytes()
	} else {
		b, err = f.readBytes(n)
	}
	if err != nil {
		return nil, err
	}
	return NewBytes(b), nil
}

// readLine reads one line as a str or bytes ("" or b"" at the end).
func (f *File) readLine(t *Thread, limit int) (Object, error) {
	if err := f.checkReadable(); err != nil {
		return nil, err
	}
	if f.text && limit >= 0 {
		// A limit counts characters: read them one by one.
		var out []byte
		for count := 0; count < limit; count++ {
			s, err := f.readChars(t, 1)
			if err != nil {
				return nil, err
			}
			if s.s == "" {
				break
			}
			out = append(out, s.s...)
			if strings.HasSuffix(s.s, "\n") || (f.newline != nil && *f.newline != "\n" && strings.HasSuffix(s.s, "\r")) {
				break
			}
		}
		return NewStr(string(out)), nil
	}
	b, err := f.readLineBytes(limit)
	if err != nil {
		return nil, err
	}
	if f.text {
		return f.decode(t, b)
	}
	return NewBytes(b), nil
}

func fileReadline(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	n, err := sizeArg(t, "readline", args, kw)
	if err != nil {
		return nil, err
	}
	return fileSelf(self).readLine(t, n)
}

func fileReadlines(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	hint, err := sizeArg(t, "readlines", args, kw)
	if err != nil {
		return nil, err
	}
	f := fileSelf(self)
	var out []Object
	total := 0
	for {
		line, err := f.readLine(t, -1)
		if err != nil {
			return nil, err
		}
		n, _ := Len(t, line)
		if n == 0 {
			break
		}
		out = append(out, line)
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return NewList(out), nil
}

func fileWrite(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("write", 1, args, kw); err != nil {
		return nil, err
	}
	f := fileSelf(self)
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	if f.text {
		s, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[0]))
		}
		b, err := f.encode(t, s.s)
		if err != nil {
			return nil, err
		}
		if err := f.writeBytes(b); err != nil {
			return nil, err
		}
		return NewInt(int64(runeCount(s))), nil
	}
	b, err := bytesLike(t, args[0])
	if err != nil {
		return nil, err
	}
	if err := f.writeBytes(b); err != nil {
		return nil, err
	}
	return NewInt(int64(len(b))), nil
}

// bytesLike returns the bytes of a bytes-like object (bytes, bytearray,
// memoryview ...), copying through bytes() for types other than bytes.
func bytesLike(t *Thread, o Object) ([]byte, error) {
	if b, ok := AsBytes(o); ok {
		return b.b, nil
	}
	if _, ok := AsStr(o); !ok && o.Type().Slots.Iter != nil {
		switch o.Type().Name {
		case "bytearray", "memoryview", "array":
			r, err := Call(t, BytesType, []Object{o}, nil)
			if err != nil {
				return nil, err
			}
			if b, ok := AsBytes(r); ok {
				return b.b, nil
			}
		}
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(o))
}

func fileWritelines(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := exactArgs("writelines", 1, args, kw); err != nil {
		return nil, err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	for {
		line, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return None, nil
		}
		if _, err := fileWrite(t, self, []Object{line}, nil); err != nil {
			return nil, err
		}
	}
}

func fileSeek(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("seek", args, kw, 1, 2); err != nil {
		return nil, err
	}
	f := fileSelf(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	off, err := indexArg("seek", args[0])
	if err != nil {
		return nil, err
	}
	whence := int64(0)
	if len(args) == 2 {
		if whence, err = indexArg("seek", args[1]); err != nil {
			return nil, err
		}
	}
	if whence < 0 || whence > 2 {
		return nil, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if f.text && whence != 0 && off != 0 {
		if whence == 1 {
			return nil, Errorf(UnsupportedOperation(), "can't do nonzero cur-relative seeks")
		}
		return nil, Errorf(UnsupportedOperation(), "can't do nonzero end-relative seeks")
	}
	if f.text && whence == 0 && off < 0 {
		return nil, Errorf(ValueErrorType, "negative seek position %d", off)
	}
	if err := f.dropReadBuffer(); err != nil {
		return nil, err
	}
	pos, serr := f.f.Seek(off, int(whence))
	if serr != nil {
		return nil, osError(serr, f.name)
	}
	return NewInt(pos), nil
}

func fileTell(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("tell", args, kw); err != nil {
		return nil, err
	}
	f := fileSelf(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	pos, err := f.tell()
	if err != nil {
		return nil, err
	}
	return NewInt(pos), nil
}

func fileTruncate(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := CheckArgs("truncate", args, kw, 0, 1); err != nil {
		return nil, err
	}
	f := fileSelf(self)
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	if err := f.dropReadBuffer(); err != nil {
		return nil, err
	}
	pos, err := f.tell()
	if err != nil {
		return nil, err
	}
	if len(args) == 1 && args[0] != None {
		if pos, err = indexArg("truncate", args[0]); err != nil {
			return nil, err
		}
	}
	if err := f.f.Truncate(pos); err != nil {
		return nil, osError(err, f.name)
	}
	return NewInt(pos), nil
}

func fileClose(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("close", args, kw); err != nil {
		return nil, err
	}
	return None, fileSelf(self).close()
}

func fileFlush(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := noArgs("flush", args, kw); err != nil {
		return nil, err
	}
	return None, fileSelf(self).checkOpen()
}

func fileEnter(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := fileSelf(self).checkOpen(); err != nil {
		return nil, err
	}
	return self, nil
}

func fileExit(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	return None, fileSelf(self).close()
}

func fileNext(t *Thread, o Object) (Object, bool, error) {
	f := fileSelf(o)
	line, err := f.readLine(t, -1)
	if err != nil {
		return nil, false, err
	}
	n, _ := Len(t, line)
	return line, n > 0, nil
}

// fileQuery builds the methods that answer a question about the file.
func fileQuery(name string, q func(f *File) bool) BuiltinFn {
	return func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := noArgs(name, args, kw); err != nil {
			return nil, err
		}
		f := fileSelf(self)
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		return Bool(q(f)), nil
	}
}

func init() {
	for _, typ := range []*Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType} {
		typ.AddAttr("__module__", NewStr("_io"))
		s := &typ.Slots
		s.Iter = func(t *Thread, o Object) (Object, error) {
			if err := fileSelf(o).checkOpen(); err != nil {
				return nil, err
			}
			return o, nil
		}
		s.Next = fileNext
		s.Repr = fileRepr
		typ.AddMethod("read", fileRead, "Read at most size characters or bytes from the stream.")
		typ.AddMethod("readline", fileReadline, "Read until newline or EOF.")
		typ.AddMethod("readlines", fileReadlines, "Return a list of lines from the stream.")
		typ.AddMethod("write", fileWrite, "Write to the stream.")
		typ.AddMethod("writelines", fileWritelines, "Write a list of lines to the stream.")
		typ.AddMethod("seek", fileSeek, "Change the stream position to the given offset.")
		typ.AddMethod("tell", fileTell, "Return the current stream position.")
		typ.AddMethod("truncate", fileTruncate, "Truncate file to size bytes.")
		typ.AddMethod("close", fileClose, "Flush and close the stream.")
		typ.AddMethod("flush", fileFlush, "Flush write buffers, if applicable.")
		typ.AddMethod("__enter__", fileEnter, "")
		typ.AddMethod("__exit__", fileExit, "")
		typ.AddMethod("fileno", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			f := fileSelf(self)
			if err := f.checkOpen(); err != nil {
				return nil, err
			}
			return NewInt(int64(f.f.Fd())), nil
		}, "Return the underlying file descriptor (an integer).")
		typ.AddMethod("isatty", fileQuery("isatty", func(f *File) bool { return isTerminal(f.f) }), "Return whether this is an 'interactive' stream.")
		typ.AddMethod("readable", fileQuery("readable", func(f *File) bool { return f.readable }), "Return whether object was opened for reading.")
		typ.AddMethod("writable", fileQuery("writable", func(f *File) bool { return f.writable }), "Return whether object was opened for writing.")
		typ.AddMethod("seekable", fileQuery("seekable", func(f *File) bool {
			_, err := f.f.Seek(0, io.SeekCurrent)
			return err == nil
		}), "Return whether object supports random access.")
		typ.AddGetSet("closed", func(t *Thread, o Object) (Object, error) { return Bool(fileSelf(o).closed), nil }, nil, "")
		typ.AddGetSet("name", func(t *Thread, o Object) (Object, error) { return fileSelf(o).name, nil }, nil, "")
		typ.AddGetSet("mode", func(t *Thread, o Object) (Object, error) { return NewStr(fileSelf(o).mode), nil }, nil, "")
	}
	TextIOWrapperType.AddGetSet("encoding", func(t *Thread, o Object) (Object, error) {
		return NewStr(fileSelf(o).encodingName()), nil
	}, nil, "")
	TextIOWrapperType.AddGetSet("errors", func(t *Thread, o Object) (Object, error) {
		return NewStr(fileSelf(o).errors), nil
	}, nil, "")
	TextIOWrapperType.AddGetSet("newlines", func(t *Thread, o Object) (Object, error) { return None, nil }, nil, "")
}

// encodingName is the encoding .encoding reports.
func (f *File) encodingName() string {
	if f.encoding == "" {
		return "UTF-8"
	}
	return f.encoding
}

// fileRepr formats <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>
// and the binary variants.
func fileRepr(t *Thread, o Object) (Object, error) {
	f := fileSelf(o)
	name, err := Repr(t, f.name)
	if err != nil {
		return nil, err
	}
	tn := "_io." + f.typ.Name
	switch {
	case f.closed && f.typ == FileIOType:
		return NewStr("<_io.FileIO [closed]>"), nil
	case f.text:
		return NewStr("<" + tn + " name=" + name.s + " mode='" + f.mode + "' encoding='" + f.encodingName() + "'>"), nil
	case f.typ == FileIOType:
		cfd := "True"
		if !f.closefd {
			cfd = "False"
		}
		return NewStr("<" + tn + " name=" + name.s + " mode='" + f.mode + "' closefd=" + cfd + ">"), nil
	}
	return NewStr("<" + tn + " name=" + name.s + ">"), nil
}
