package io

import (
	"bytes"

	"github.com/kaa-lang/kaa/py"
)

// BytesIO is _io.BytesIO: an in-memory binary stream.
type BytesIO struct {
	state IOBase
	buf   []byte
	pos   int
	// exports counts the memoryviews getbuffer() handed out that may
	// still be alive; while there are any, the buffer cannot be resized.
	exports int
}

// BytesIOType is the type of BytesIO objects.
var BytesIOType = py.NewBuiltinType("_io.BytesIO", BufferedIOBaseType, py.FlagBaseType|py.FlagHasDict)

// Type returns BytesIOType.
func (*BytesIO) Type() *py.Type { return BytesIOType }

func (b *BytesIO) ioState() *IOBase { return &b.state }

// asBytesIO unwraps a BytesIO or an instance of a subclass.
func asBytesIO(o py.Object) *BytesIO {
	switch v := o.(type) {
	case *BytesIO:
		return v
	case *py.Instance:
		if b, ok := v.Base().(*BytesIO); ok {
			return b
		}
	}
	return nil
}

// bytesIOView is what getbuffer() exposes: the BytesIO's memory.
type bytesIOView struct{ b *BytesIO }

// bytesIOViewType is the (internal) type of getbuffer()'s exporter.
var bytesIOViewType = py.NewBuiltinType("_io._BytesIOBuffer", nil, 0)

// Type returns the exporter's type.
func (*bytesIOView) Type() *py.Type { return bytesIOViewType }

// Buffer exposes the BytesIO's bytes for writing in place.
func (v *bytesIOView) Buffer() ([]byte, string, bool) { return v.b.buf, "B", false }

// readN returns up to n bytes from the position (all when n < 0).
func (b *BytesIO) readN(n int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	end := len(b.buf)
	if n >= 0 && b.pos+n < end {
		end = b.pos + n
	}
	out := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return out
}

// readline returns the next line (at most limit bytes when limit >= 0).
func (b *BytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	rest := b.buf[b.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		end = i + 1
	}
	out := append([]byte(nil), rest[:end]...)
	b.pos += end
	return out
}

// checkResize raises BufferError while getbuffer() views may exist.
func (b *BytesIO) checkResize() error {
	if b.exports > 0 {
		return py.Errorf(py.BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// write stores data at the position.
func (b *BytesIO) write(data []byte) error {
	if len(data) == 0 {
		return nil
	}
	end := b.pos + len(data)
	if end > len(b.buf) {
		if err := b.checkResize(); err != nil {
			return err
		}
		if b.pos > len(b.buf) {
			b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
		}
		b.buf = append(b.buf[:b.pos], data...)
	} else {
		copy(b.buf[b.pos:], data)
	}
	b.pos = end
	return nil
}

// check raises ValueError on a closed BytesIO.
func (b *BytesIO) check() error {
	if b.state.closed {
		return closedError()
	}
	return nil
}

func bytesIONew(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	b := &BytesIO{state: IOBase{typ: BytesIOType}}
	if typ != BytesIOType {
		return py.NewInstanceWithBase(typ, b), nil
	}
	return b, nil
}

func bytesIOInit(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
	b := asBytesIO(o)
	var initial py.Object = py.None
	if err := py.UnpackArgs("BytesIO", args, kw, "initial_bytes?", &initial); err != nil {
		return err
	}
	if err := b.checkResize(); err != nil {
		return err
	}
	b.buf, b.pos = nil, 0
	if initial != py.None {
		data, ok := py.BytesLike(initial)
		if !ok {
			return py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(initial))
		}
		b.buf = append([]byte(nil), data...)
	}
	return nil
}
