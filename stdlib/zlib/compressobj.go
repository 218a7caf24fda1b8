package zlib

import (
	"github.com/kaa-lang/kaa/py"
)

// Compress is a zlib.Compress stream compressor.
type Compress struct {
	d    *deflater
	args deflaterArgs
	// ops records the calls made so far, for copy(): Go's compressor
	// state cannot be copied, so a copy replays them.
	ops       []compressOp
	opBytes   int
	noHistory bool
}

// deflaterArgs are the arguments newDeflater was called with.
type deflaterArgs struct {
	kind        container
	window      int
	level       int
	huffmanOnly bool
	zdict       []byte
}

// compressOp is one compress() (data) or flush(mode) call.
type compressOp struct {
	data  []byte
	flush int
}

// record notes a call for copy().
func (c *Compress) record(op compressOp) {
	if c.noHistory {
		return
	}
	c.opBytes += len(op.data)
	if c.opBytes > maxHistory {
		c.ops, c.noHistory = nil, true
		return
	}
	c.ops = append(c.ops, op)
}

// apply performs a compress or flush call.
func (c *Compress) apply(op compressOp) {
	switch {
	case op.data != nil:
		c.d.write(op.data)
	case op.flush == zFinish:
		c.d.finish()
	default:
		c.d.flush()
	}
}

// clone returns an independent copy of c by replaying its calls.
func (c *Compress) clone() (*Compress, error) {
	if c.d.finished {
		return nil, py.Errorf(py.ValueErrorType, "Inconsistent stream state")
	}
	if c.noHistory {
		return nil, py.Errorf(py.NotImplementedErrorType, "kaa's zlib cannot copy a compressor that has taken more than %d bytes", maxHistory)
	}
	a := c.args
	n := &Compress{d: newDeflater(a.kind, a.window, a.level, a.huffmanOnly, a.zdict), args: a, opBytes: c.opBytes}
	for _, op := range c.ops {
		n.apply(op)
		n.d.take()
	}
	n.ops = append([]compressOp{}, c.ops...)
	return n, nil
}

// CompressType is zlib.Compress.
var CompressType = py.NewBuiltinType("zlib.Compress", nil, 0)

// Type returns CompressType.
func (*Compress) Type() *py.Type { return CompressType }

// compressobj is compressobj(level=-1, method=8, wbits=15, memLevel=8,
// strategy=0, zdict=None).
func compressobj(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	level, method, wbits, memLevel, strategy := -1, 8, maxWbits, defMemLevel, 0
	var zdict py.Object
	if err := py.UnpackArgs("compressobj", args, kw, "level?", &level, "method", &method, "wbits", &wbits,
		"memLevel", &memLevel, "strategy", &strategy, "zdict", &zdict); err != nil {
		return nil, err
	}
	var dict []byte
	if zdict != nil && zdict != py.None {
		b, ok := py.BytesLike(zdict)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(zdict))
		}
		dict = append([]byte{}, b...)
	}
	kind, window, ok := compressContainer(wbits)
	if !ok || !compressionLevel(level) || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return nil, py.Errorf(py.ValueErrorType, "Invalid initialization option")
	}
	dargs := deflaterArgs{kind: kind, window: window, level: level, huffmanOnly: strategy == 2, zdict: dict}
	return &Compress{d: newDeflater(kind, window, level, strategy == 2, dict), args: dargs}, nil
}

func init() {
	CompressType.QualName = "Compress"
	CompressType.AddAttr("__module__", py.NewStr("zlib"))
	CompressType.AddMethod("compress", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		c := self.(*Compress)
		if err := py.UnpackArgs("compress", args, kw, "data", new(py.Object), "/"); err != nil {
			return nil, err
		}
		b, err := dataArg(args[0])
		if err != nil {
			return nil, err
		}
		if c.d.finished {
			return nil, zerr("Error -2 while compressing data: inconsistent stream state")
		}
		op := compressOp{data: append([]byte{}, b...)}
		c.record(op)
		c.apply(op)
		return py.NewBytes(c.d.take()), nil
	}, "Returns a bytes object containing compressed data.")
	CompressType.AddMethod("flush", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		c := self.(*Compress)
		mode := zFinish
		if err := py.UnpackArgs("flush", args, kw, "mode?", &mode, "/"); err != nil {
			return nil, err
		}
		switch {
		case mode == zNoFlush:
			return py.NewBytes(nil), nil
		case c.d.finished:
			return nil, zerr("Error -2 while flushing: inconsistent stream state")
		default:
			op := compressOp{flush: mode}
			c.record(op)
			c.apply(op)
		}
		return py.NewBytes(c.d.take()), nil
	}, "Return a bytes object containing any remaining compressed data.")
	compressCopy := func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("copy", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return self.(*Compress).clone()
	}
	decompressCopy := func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.CheckArgs("copy", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return self.(*Decompress).clone(t)
	}
	CompressType.AddMethod("copy", compressCopy, "Return a copy of the compression object.")
	CompressType.AddMethod("__copy__", compressCopy, "")
	CompressType.AddMethod("__deepcopy__", compressCopy, "")
	DecompressType.AddMethod("copy", decompressCopy, "Return a copy of the decompression object.")
	DecompressType.AddMethod("__copy__", decompressCopy, "")
	DecompressType.AddMethod("__deepcopy__", decompressCopy, "")
}
