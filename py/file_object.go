package py

import (
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
)

// File is a file object returned by open(): text (_io.TextIOWrapper) or
// binary (_io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom, or
// _io.FileIO when unbuffered) over an operating-system file. It is the
// minimum of the io module that open() needs: reads go through a buffer
// of its own, writes go straight to the file (so that a file written
// without being closed is complete when read back, as CPython's
// reference counting makes it), and text mode decodes and encodes with
// the core codecs (utf-8, ascii, latin-1) and translates newlines.
type File struct {
	f        *os.File
	name     Object
	mode     string // the mode shown by .mode
	typ      *Type
	text     bool
	readable bool
	writable bool
	appendM  bool
	closefd  bool
	closed   bool
	encoding string // as given, or "" for the default
	errors   string
	// newline is the newline argument: nil for None (universal newlines
	// on input, "\n" written as is), or "", "\n", "\r", "\r\n".
	newline *string
	rb      []byte // read buffer
	rp      int    // next unread byte in rb
	eof     bool
	seekErr bool // the file is not seekable (a pipe or terminal)
}

// The types of file objects.
var (
	TextIOWrapperType  = newBuiltinType("TextIOWrapper", ObjectType, 0)
	BufferedReaderType = newBuiltinType("BufferedReader", ObjectType, 0)
	BufferedWriterType = newBuiltinType("BufferedWriter", ObjectType, 0)
	BufferedRandomType = newBuiltinType("BufferedRandom", ObjectType, 0)
	FileIOType         = newBuiltinType("FileIO", ObjectType, 0)
)

// Type returns the file's type.
func (f *File) Type() *Type { return f.typ }

// osError converts an error of the os package into the OSError subclass
// CPython raises, with the file name.
func osError(err error, filename Object) *Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return NewOSError(int64(errno), msg, filename)
	}
	if errors.Is(err, os.ErrClosed) {
		return Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	return NewOSError(5, err.Error(), filename)
}

// checkOpen raises ValueError on a closed file.
func (f *File) checkOpen() error {
	if f.closed {
		return Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (f *File) checkReadable() error {
	if err := f.checkOpen(); err != nil {
		return err
	}
	if !f.readable {
		return Errorf(UnsupportedOperation(), "not readable")
	}
	return nil
}

func (f *File) checkWritable() error {
	if err := f.checkOpen(); err != nil {
		return err
	}
	if !f.writable {
		return Errorf(UnsupportedOperation(), "not writable")
	}
	return nil
}

// fill reads more bytes into the buffer, reporting false at end of file.
func (f *File) fill() (bool, error) {
	if f.rp < len(f.rb) {
		return true, nil
	}
	if f.eof {
		return false, nil
	}
	if cap(f.rb) == 0 {
		f.rb = make([]byte, 0, 64<<10)
	}
	n, err := f.f.Read(f.rb[:cap(f.rb)])
	f.rb, f.rp = f.rb[:n], 0
	if n > 0 {
		return true, nil
	}
	if err == io.EOF || err == nil {
		f.eof = err == io.EOF
		return false, nil
	}
	return false, osError(err, f.name)
}

// dropReadBuffer moves the file offset back over unread buffered bytes,
// so that the offset is the logical position again.
func (f *File) dropReadBuffer() error {
	if n := len(f.rb) - f.rp; n > 0 && !f.seekErr {
		if _, err := f.f.Seek(int64(-n), io.SeekCurrent); err != nil {
			return osError(err, f.name)
		}
	}
	f.rb, f.rp, f.eof = f.rb[:0], 0, false
	return nil
}

// readAllBytes returns everything left in the file.
func (f *File) readAllBytes() ([]byte, error) {
	out := append([]byte(nil), f.rb[f.rp:]...)
	f.rb, f.rp = f.rb[:0], 0
	rest, err := io.ReadAll(f.f)
	if err != nil {
		return nil, osError(err, f.name)
	}
	f.eof = true
	return append(out, rest...), nil
}

// readBytes returns up to n bytes (fewer only at end of file).
func (f *File) readBytes(n int) ([]byte, error) {
	var out []byte
	for len(out) < n {
		ok, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		k := n - len(out)
		if avail := len(f.rb) - f.rp; k > avail {
			k = avail
		}
		out = append(out, f.rb[f.rp:f.rp+k]...)
		f.rp += k
	}
	return out, nil
}

// peekByte returns the next byte without consuming it (ok false at EOF).
func (f *File) peekByte() (byte, bool, error) {
	ok, err := f.fill()
	if err != nil || !ok {
		return 0, false, err
	}
	return f.rb[f.rp], true, nil
}

// readLineBytes reads one line of raw bytes: up to and including the
// line end, at most limit bytes when limit >= 0. In text mode with
// universal newlines or newline="" a lone "\r" and "\r\n" end lines too.
func (f *File) readLineBytes(limit int) ([]byte, error) {
	anyEnd := f.text && (f.newline == nil || *f.newline == "")
	crlf := f.text && f.newline != nil && *f.newline == "\r\n"
	var term byte = '\n'
	if f.text && f.newline != nil && *f.newline == "\r" {
		term = '\r'
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		ok, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		buf := f.rb[f.rp:]
		if limit >= 0 && len(buf) > limit-len(out) {
			buf = buf[:limit-len(out)]
		}
		i := -1
		for j, c := range buf {
			if c == term || (anyEnd && (c == '\n' || c == '\r')) {
				if crlf && (j > 0 && buf[j-1] != '\r' || j == 0 && (len(out) == 0 || out[len(out)-1] != '\r')) {
					continue
				}
				i = j
				break
			}
		}
		if i < 0 {
			out = append(out, buf...)
			f.rp += len(buf)
			continue
		}
		out = append(out, buf[:i+1]...)
		f.rp += i + 1
		if anyEnd && buf[i] == '\r' {
			if c, ok, err := f.peekByte(); err != nil {
				return nil, err
			} else if ok && c == '\n' {
				out = append(out, '\n')
				f.rp++
			}
		}
		return out, nil
	}
	return out, nil
}

// decode converts bytes read in text mode to str, translating newlines.
func (f *File) decode(t *Thread, b []byte) (*Str, error) {
	enc := f.encoding
	if enc == "" {
		enc = "utf-8"
	}
	s, err := t.Decode(b, enc, f.errors)
	if err != nil {
		return nil, err
	}
	if f.newline == nil && strings.IndexByte(s.s, '\r') >= 0 {
		text := strings.ReplaceAll(s.s, "\r\n", "\n")
		return NewStr(strings.ReplaceAll(text, "\r", "\n")), nil
	}
	return s, nil
}

// encode converts text to the bytes written in text mode.
func (f *File) encode(t *Thread, text string) ([]byte, error) {
	if f.newline != nil && *f.newline != "" && *f.newline != "\n" {
		text = strings.ReplaceAll(text, "\n", *f.newline)
	}
	enc := f.encoding
	if enc == "" {
		enc = "utf-8"
	}
	return EncodeStr(t, NewStr(text), enc, f.errors)
}

// readChars reads n characters in text mode (all when n < 0).
func (f *File) readChars(t *Thread, n int) (*Str, error) {
	if n < 0 {
		b, err := f.readAllBytes()
		if err != nil {
			return nil, err
		}
		return f.decode(t, b)
	}
	var out []byte
	for count := 0; count < n; {
		c, ok, err := f.peekByte()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		size := 1
		if c >= 0x80 && f.isUTF8() {
			size = utf8Len(c)
		}
		b, err := f.readBytes(size)
		if err != nil {
			return nil, err
		}
		out = append(out, b...)
		if f.newline == nil && c == '\r' {
			if nc, ok, err := f.peekByte(); err != nil {
				return nil, err
			} else if ok && nc == '\n' {
				f.rp++
				out = append(out, '\n')
			}
		}
		count++
	}
	return f.decode(t, out)
}

// isUTF8 reports whether the text encoding is UTF-8.
func (f *File) isUTF8() bool {
	switch normaliseEncoding(f.encoding) {
	case "", "utf_8", "utf8":
		return true
	}
	return false
}

// utf8Len returns the length of the UTF-8 sequence a lead byte starts.
func utf8Len(c byte) int {
	switch {
	case c >= 0xf0:
		return 4
	case c >= 0xe0:
		return 3
	case c >= 0xc0:
		return 2
	}
	return 1
}

// writeBytes writes to the file, at its end in append mode.
func (f *File) writeBytes(b []byte) error {
	if err := f.dropReadBuffer(); err != nil {
		return err
	}
	if _, err := f.f.Write(b); err != nil {
		return osError(err, f.name)
	}
	return nil
}

// tell returns the logical position.
func (f *File) tell() (int64, error) {
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(err, f.name)
	}
	return pos - int64(len(f.rb)-f.rp), nil
}

// close closes the file (once).
func (f *File) close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	if f.closefd {
		if err := f.f.Close(); err != nil {
			return osError(err, f.name)
		}
	}
	return nil
}

// runeCount is the number of characters text mode reports written.
func runeCount(s *Str) int { return utf8.RuneCountInString(s.s) }
