package zlib

import (
	"io"
	"runtime"

	"github.com/kaa-lang/kaa/py"
)

// A Decompress object decodes a stream that arrives in pieces. Go's
// decoders pull their input from a reader, so each object runs its
// decoder in a goroutine that works as a coroutine of the interpreter:
// the two hand control to each other over channels and never run at
// the same time. The decoder reads from a feeder that asks the
// interpreter side for more input when it runs dry.

// event is what the decoder goroutine reports.
type event struct {
	hungry bool   // the decoder waits for input
	data   []byte // output of one Read (when not hungry)
	err    error  // error of that Read (io.EOF: end of stream)
}

// feeder is the decoder's input, filled by the interpreter side.
type feeder struct {
	buf  []byte
	pos  int
	ev   chan<- event
	feed <-chan []byte
	quit <-chan struct{}
	dead bool
}

// fill waits for input when the buffer is empty; false: no more input
// will come (the object was dropped).
func (f *feeder) fill() bool {
	for f.pos >= len(f.buf) {
		if f.dead {
			return false
		}
		select {
		case f.ev <- event{hungry: true}:
		case <-f.quit:
			f.dead = true
			return false
		}
		select {
		case b := <-f.feed:
			f.buf, f.pos = b, 0
		case <-f.quit:
			f.dead = true
			return false
		}
	}
	return true
}

// ReadByte reads one byte of input.
func (f *feeder) ReadByte() (byte, error) {
	if !f.fill() {
		return 0, io.EOF
	}
	b := f.buf[f.pos]
	f.pos++
	return b, nil
}

// Read reads input.
func (f *feeder) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if !f.fill() {
		return 0, io.EOF
	}
	n := copy(p, f.buf[f.pos:])
	f.pos += n
	return n, nil
}

// worker is the decoder goroutine: it serves read requests (the most
// output wanted) until the stream ends or fails.
func worker(z *inflater, reqs <-chan int, ev chan<- event, quit <-chan struct{}) {
	for {
		var n int
		select {
		case n = <-reqs:
		case <-quit:
			return
		}
		buf := make([]byte, n)
		got, err := z.Read(buf)
		select {
		case ev <- event{data: buf[:got], err: err}:
		case <-quit:
			return
		}
		if err != nil {
			return
		}
	}
}

// stream is the interpreter side of a decoder goroutine.
type stream struct {
	f       *feeder
	reqs    chan int
	ev      chan event
	feed    chan []byte
	quit    chan struct{}
	started bool
	hungry  bool // the decoder is blocked waiting for input
}

// Decompress is a zlib.Decompress stream decompressor.
type Decompress struct {
	kind           container
	window         int
	zdict          []byte
	s              *stream
	eof            bool
	err            error
	unusedData     []byte
	unconsumedTail []byte
	delivered      int    // output returned so far
	history        []byte // input the decoder took, for copy()
	noHistory      bool   // history grew past maxHistory and was dropped
}

// maxHistory bounds the input a Decompress (or Compress) object keeps
// so that copy() can replay it.
const maxHistory = 8 << 20

// record notes input given to the decoder.
func (d *Decompress) record(b []byte) {
	if d.noHistory {
		return
	}
	if len(d.history)+len(b) > maxHistory {
		d.history, d.noHistory = nil, true
		return
	}
	d.history = append(d.history, b...)
}

// unrecord forgets the last n bytes of input, handed back unread.
func (d *Decompress) unrecord(n int) {
	if !d.noHistory {
		d.history = d.history[:len(d.history)-n]
	}
}

// DecompressType is zlib.Decompress.
var DecompressType = py.NewBuiltinType("zlib.Decompress", nil, 0)

// Type returns DecompressType.
func (*Decompress) Type() *py.Type { return DecompressType }

// start launches the decoder goroutine; it stops when the stream ends,
// fails, or the Decompress object is collected.
func (d *Decompress) start() {
	s := &stream{reqs: make(chan int), ev: make(chan event), feed: make(chan []byte), quit: make(chan struct{})}
	s.f = &feeder{ev: s.ev, feed: s.feed, quit: s.quit}
	z := newInflater(s.f, d.kind, d.window, d.zdict)
	go worker(z, s.reqs, s.ev, s.quit)
	runtime.AddCleanup(d, func(q chan struct{}) { close(q) }, s.quit)
	s.started = true
	d.s = s
}

// run gives data to the decoder and collects output until the decoder
// needs more input, the stream ends, or maxLength bytes (0: no limit)
// were produced.
func (d *Decompress) run(t *py.Thread, data []byte, maxLength int) ([]byte, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.eof {
		d.unusedData = append(d.unusedData, data...)
		return nil, nil
	}
	if d.s == nil {
		if len(data) == 0 {
			return nil, nil
		}
		d.start()
	}
	s := d.s
	var out []byte
	pending := data
	busy := false
	if s.hungry {
		if len(pending) == 0 {
			return nil, nil
		}
		s.hungry = false
		d.record(pending)
		s.feed <- pending
		pending = nil
		busy = true
	}
	for {
		if !busy {
			want := 64 * 1024
			if maxLength > 0 {
				if len(out) >= maxLength {
					d.unrecord(len(s.f.buf) - s.f.pos)
					d.unconsumedTail = append(append([]byte{}, s.f.buf[s.f.pos:]...), pending...)
					s.f.buf, s.f.pos = nil, 0
					return out, nil
				}
				want = min(want, maxLength-len(out))
			}
			s.reqs <- want
			busy = true
		}
		e := <-s.ev
		if e.hungry {
			if len(pending) == 0 {
				s.hungry = true
				d.unconsumedTail = nil
				return out, nil
			}
			d.record(pending)
			s.feed <- pending
			pending = nil
			continue
		}
		busy = false
		out = append(out, e.data...)
		d.delivered += len(e.data)
		if err := t.CheckSize(1, len(out)); err != nil {
			return nil, err
		}
		if e.err == io.EOF {
			d.eof = true
			d.unusedData = append(append([]byte{}, s.f.buf[s.f.pos:]...), pending...)
			d.unconsumedTail = nil
			s.f.buf = nil
			return out, nil
		}
		if e.err != nil {
			d.err = zerr("%s", e.err.Error())
			return nil, d.err
		}
	}
}

// decompressobj is decompressobj(wbits=15, zdict=b”).
func decompressobj(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	wbits := maxWbits
	var zdict py.Object
	if err := py.UnpackArgs("decompressobj", args, kw, "wbits?", &wbits, "zdict", &zdict); err != nil {
		return nil, err
	}
	d := &Decompress{}
	if zdict != nil {
		b, ok := py.BytesLike(zdict)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "zdict argument must support the buffer protocol")
		}
		d.zdict = append([]byte{}, b...)
	}
	var ok bool
	d.kind, d.window, ok = decompressContainer(wbits)
	if !ok {
		return nil, py.Errorf(py.ValueErrorType, "Invalid initialization option")
	}
	return d, nil
}

func init() {
	DecompressType.QualName = "Decompress"
	DecompressType.AddAttr("__module__", py.NewStr("zlib"))
	DecompressType.AddMethod("decompress", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		d := self.(*Decompress)
		var data py.Object
		maxLength := 0
		if err := py.UnpackArgs("decompress", args, kw, "data", &data, "/", "max_length?", &maxLength); err != nil {
			return nil, err
		}
		b, err := dataArg(data)
		if err != nil {
			return nil, err
		}
		if maxLength < 0 {
			return nil, py.Errorf(py.ValueErrorType, "max_length must be non-negative")
		}
		out, err := d.run(t, append([]byte{}, b...), maxLength)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil
	}, "Return a bytes object containing the decompressed version of the data.")
	DecompressType.AddMethod("flush", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		d := self.(*Decompress)
		length := defBufSize
		if err := py.UnpackArgs("flush", args, kw, "length?", &length, "/"); err != nil {
			return nil, err
		}
		if length <= 0 {
			return nil, py.Errorf(py.ValueErrorType, "length must be greater than zero")
		}
		tail := d.unconsumedTail
		d.unconsumedTail = nil
		out, err := d.run(t, tail, 0)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil
	}, "Return a bytes object containing any remaining decompressed data.")
	DecompressType.AddGetSet("unused_data", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte{}, o.(*Decompress).unusedData...)), nil
	}, nil, "")
	DecompressType.AddGetSet("unconsumed_tail", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte{}, o.(*Decompress).unconsumedTail...)), nil
	}, nil, "")
	DecompressType.AddGetSet("eof", func(t *py.Thread, o py.Object) (py.Object, error) {
		return py.Bool(o.(*Decompress).eof), nil
	}, nil, "")
}

// clone returns an independent copy of d: a new decoder is given the
// same input and its output up to where d is is thrown away.
func (d *Decompress) clone(t *py.Thread) (*Decompress, error) {
	c := &Decompress{kind: d.kind, window: d.window, zdict: d.zdict, eof: d.eof, err: d.err,
		unusedData: append([]byte{}, d.unusedData...), unconsumedTail: append([]byte{}, d.unconsumedTail...)}
	if d.s == nil || d.eof || d.err != nil {
		return c, nil
	}
	if d.noHistory {
		return nil, py.Errorf(py.NotImplementedErrorType, "kaa's zlib cannot copy a decompressor that has taken more than %d bytes", maxHistory)
	}
	c.start()
	s := c.s
	c.history = append([]byte{}, d.history...)
	input := c.history
	fed := false
	got := 0
	for got < d.delivered || (d.s.hungry && !s.hungry) {
		want := 64 * 1024
		if got < d.delivered {
			want = min(want, d.delivered-got)
		}
		s.reqs <- want
		for {
			e := <-s.ev
			if e.hungry {
				if fed || len(input) == 0 {
					s.hungry = true
					break
				}
				fed = true
				s.feed <- input
				continue
			}
			got += len(e.data)
			if got > d.delivered {
				return nil, py.Errorf(py.SystemErrorType, "zlib: replaying a decompressor gave more output")
			}
			if e.err != nil {
				return nil, py.Errorf(py.SystemErrorType, "zlib: replaying a decompressor failed: %v", e.err)
			}
			break
		}
		if s.hungry {
			break
		}
	}
	if !fed && len(input) > 0 {
		// The copy produced its output without taking all the input
		// yet; the rest waits in its feeder as in the original decoder.
		s.f.buf, s.f.pos = input, 0
	}
	c.delivered = got
	return c, nil
}
