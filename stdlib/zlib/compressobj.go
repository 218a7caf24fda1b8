package zlib

import (
	"github.com/kaa-lang/kaa/py"
)

// Compress is a zlib.Compress stream compressor.
type Compress struct {
	d *deflater
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
	return &Compress{d: newDeflater(kind, window, level, strategy == 2, dict)}, nil
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
		c.d.write(b)
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
		case mode == zFinish:
			c.d.finish()
		default:
			c.d.flush()
		}
		return py.NewBytes(c.d.take()), nil
	}, "Return a bytes object containing any remaining compressed data.")
	copyNotImplemented := func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return nil, py.Errorf(py.NotImplementedErrorType, "kaa's zlib cannot copy a compressor or decompressor")
	}
	CompressType.AddMethod("copy", copyNotImplemented, "Not supported by kaa (Go's deflate state cannot be copied).")
	CompressType.AddMethod("__copy__", copyNotImplemented, "Not supported by kaa.")
	DecompressType.AddMethod("copy", copyNotImplemented, "Not supported by kaa (Go's inflate state cannot be copied).")
	DecompressType.AddMethod("__copy__", copyNotImplemented, "Not supported by kaa.")
}
