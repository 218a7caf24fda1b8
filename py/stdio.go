package py

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// TextStream is a text file object over a Go reader or writer: the
// sys.stdin, sys.stdout and sys.stderr of an interpreter.
type TextStream struct {
	name    string
	mode    string
	w       *bufio.Writer
	r       *bufio.Reader
	raw     io.Writer
	fd      int
	tty     bool
	lineBuf bool
	// writeThrough (-u) sends every write out at once.
	writeThrough bool
	closed       bool
	encoding     string
	errors       string
	dict         *Dict
}

// TextStreamType is the type of the standard streams.
var TextStreamType = newBuiltinType("_io.TextIOWrapper", ObjectType, FlagHasDict)

// Type returns TextStreamType.
func (*TextStream) Type() *Type { return TextStreamType }

func (s *TextStream) instanceDict() *Dict {
	if s.dict == nil {
		s.dict = NewDict()
	}
	return s.dict
}

// isTerminal reports whether f is a character device.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// newWriteStream wraps a writer as a text stream.
func newWriteStream(name string, fd int, w io.Writer, lineBuffered bool) *TextStream {
	tty := isTerminal(w)
	return &TextStream{name: name, mode: "w", w: bufio.NewWriterSize(w, 8192), raw: w, fd: fd,
		tty: tty, lineBuf: lineBuffered || tty, encoding: "utf-8", errors: "strict"}
}

// newReadStream wraps a reader as a text stream.
func newReadStream(name string, fd int, r io.Reader) *TextStream {
	return &TextStream{name: name, mode: "r", r: bufio.NewReader(r), fd: fd, tty: isTerminal(r),
		encoding: "utf-8", errors: "strict"}
}

// WriteString writes text to the stream (used by print).
func (s *TextStream) WriteString(text string) error {
	if s.closed {
		return Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	if s.w == nil {
		return NewOSError(9, "Bad file descriptor", nil)
	}
	text, err := s.encodeForStream(text)
	if err != nil {
		return err
	}
	s.w.WriteString(text)
	if s.writeThrough || s.lineBuf && strings.IndexByte(text, '\n') >= 0 {
		return s.Flush()
	}
	return nil
}

// Flush writes out buffered text.
func (s *TextStream) Flush() error {
	if s.w != nil {
		if err := s.w.Flush(); err != nil {
			return NewOSError(32, "Broken pipe", nil)
		}
	}
	return nil
}

// readLine reads one line including its newline ("" at EOF).
func (s *TextStream) readLine() (string, error) {
	if s.r == nil {
		return "", Errorf(UnsupportedOperation(), "not readable")
	}
	line, err := s.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return line, NewOSError(5, err.Error(), nil)
	}
	return line, nil
}

// UnsupportedOperation returns the io.UnsupportedOperation type (an
// OSError and ValueError subclass), made on first use (io_unsupported.go).
func UnsupportedOperation() *Type { return unsupportedOperationType() }

// stringWriter collects text.
type stringWriter struct{ strings.Builder }

// flushStdout flushes sys.stdout if it is a TextStream.
func (in *Interpreter) flushStdout() {
	if s, ok := in.sys.Get("stdout").(*TextStream); ok {
		s.Flush()
	} else if o := in.sys.Get("stdout"); o != nil && o != None {
		CallMethod(in.main, o, "flush")
	}
}

// flushStd flushes the standard streams at exit.
func (in *Interpreter) flushStd() {
	in.flushStdout()
	for _, s := range []*TextStream{in.stdoutStream, in.stderrStream} {
		if s != nil {
			s.Flush()
		}
	}
}

// writeStderr writes text to sys.stderr (or the original stderr).
func (in *Interpreter) writeStderr(text string) {
	if s, ok := in.sys.Get("stderr").(*TextStream); ok {
		s.WriteString(text)
		s.Flush()
		return
	}
	if o := in.sys.Get("stderr"); o != nil && o != None {
		if _, err := CallMethod(in.main, o, "write", NewStr(text)); err == nil {
			return
		}
	}
	if in.stderrStream != nil {
		in.stderrStream.WriteString(text)
		in.stderrStream.Flush()
	}
}

// runAtExit calls the functions registered with atexit, last first.
func (in *Interpreter) runAtExit(t *Thread) {
	for len(in.atexit) > 0 {
		fn := in.atexit[len(in.atexit)-1]
		in.atexit = in.atexit[:len(in.atexit)-1]
		if _, err := Call(t, fn.fn, fn.args, fn.kw); err != nil {
			exc := AsException(err)
			if !exc.typ.IsSubtype(SystemExitType) {
				in.writeStderr("Exception ignored in atexit callback: ")
				if r, err := Repr(t, fn.fn); err == nil {
					in.writeStderr(r.s)
				}
				in.writeStderr("\n")
				in.reportUncaught(exc)
			}
		}
	}
}

// atexitEntry is a function registered with atexit.register.
type atexitEntry struct {
	fn   Object
	args []Object
	kw   *Tuple
}

// RegisterAtExit adds a function for atexit.register.
func (in *Interpreter) RegisterAtExit(fn Object, args []Object, kw *Tuple) {
	in.atexit = append(in.atexit, atexitEntry{fn, args, kw})
}

// UnregisterAtExit removes fn from the atexit functions.
func (in *Interpreter) UnregisterAtExit(t *Thread, fn Object) error {
	out := in.atexit[:0]
	for _, e := range in.atexit {
		eq, err := Equal(t, e.fn, fn)
		if err != nil {
			return err
		}
		if !eq {
			out = append(out, e)
		}
	}
	in.atexit = out
	return nil
}

func init() {
	s := &TextStreamType.Slots
	s.Repr = func(t *Thread, o Object) (Object, error) {
		st := o.(*TextStream)
		return NewStr("<_io.TextIOWrapper name='" + st.name + "' mode='" + st.mode + "' encoding='" + st.encoding + "'>"), nil
	}
	s.Iter = selfIter
	s.Next = func(t *Thread, o Object) (Object, bool, error) {
		line, err := o.(*TextStream).readLine()
		if err != nil || line == "" {
			return nil, false, err
		}
		return NewStr(line), true, nil
	}
	ts := TextStreamType
	ts.AddMethod("write", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("write", 1, args, kw); err != nil {
			return nil, err
		}
		text, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[0]))
		}
		if err := self.(*TextStream).WriteString(text.s); err != nil {
			return nil, err
		}
		return NewInt(int64(text.Len())), nil
	}, "Write string to stream.")
	ts.AddMethod("writelines", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := exactArgs("writelines", 1, args, kw); err != nil {
			return nil, err
		}
		items, err := ListFromIterable(t, args[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			text, ok := AsStr(it)
			if !ok {
				return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(it))
			}
			if err := self.(*TextStream).WriteString(text.s); err != nil {
				return nil, err
			}
		}
		return None, nil
	}, "")
	ts.AddMethod("flush", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return None, self.(*TextStream).Flush()
	}, "Flush write buffers.")
	ts.AddMethod("close", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		st := self.(*TextStream)
		st.Flush()
		st.closed = true
		return None, nil
	}, "")
	ts.AddMethod("readline", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		t.interp.flushStdout()
		line, err := self.(*TextStream).readLine()
		if err != nil {
			return nil, err
		}
		return NewStr(line), nil
	}, "Read until newline or EOF.")
	ts.AddMethod("read", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		st := self.(*TextStream)
		if st.r == nil {
			return nil, Errorf(OSErrorType, "not readable")
		}
		t.interp.flushStdout()
		data, err := io.ReadAll(st.r)
		if err != nil {
			return nil, NewOSError(5, err.Error(), nil)
		}
		return NewStr(string(data)), nil
	}, "Read at most size characters from stream.")
	ts.AddMethod("readlines", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		st := self.(*TextStream)
		var out []Object
		for {
			line, err := st.readLine()
			if err != nil {
				return nil, err
			}
			if line == "" {
				return NewList(out), nil
			}
			out = append(out, NewStr(line))
		}
	}, "")
	for _, name := range []string{"isatty", "readable", "writable", "seekable"} {
		name := name
		ts.AddMethod(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
			st := self.(*TextStream)
			switch name {
			case "isatty":
				return Bool(st.tty), nil
			case "readable":
				return Bool(st.r != nil), nil
			case "writable":
				return Bool(st.w != nil), nil
			}
			return False, nil
		}, "")
	}
	ts.AddMethod("fileno", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		return NewInt(int64(self.(*TextStream).fd)), nil
	}, "")
	ts.AddMethod("__enter__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) { return self, nil }, "")
	ts.AddMethod("__exit__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
		self.(*TextStream).Flush()
		return None, nil
	}, "")
	ts.AddGetSet("name", func(t *Thread, o Object) (Object, error) { return NewStr(o.(*TextStream).name), nil }, nil, "")
	ts.AddGetSet("mode", func(t *Thread, o Object) (Object, error) { return NewStr(o.(*TextStream).mode), nil }, nil, "")
	ts.AddGetSet("encoding", func(t *Thread, o Object) (Object, error) { return NewStr(o.(*TextStream).encoding), nil }, nil, "")
	ts.AddGetSet("errors", func(t *Thread, o Object) (Object, error) { return NewStr(o.(*TextStream).errors), nil }, nil, "")
	ts.AddGetSet("closed", func(t *Thread, o Object) (Object, error) { return Bool(o.(*TextStream).closed), nil }, nil, "")
	ts.AddGetSet("line_buffering", func(t *Thread, o Object) (Object, error) { return Bool(o.(*TextStream).lineBuf), nil }, nil, "")
}

// FlushStdio flushes sys.stdout and sys.stderr.
func (in *Interpreter) FlushStdio() { in.flushStd() }
