// Package zlib implements the zlib module over Go's compress/flate,
// compress/zlib and compress/gzip: one-shot compress and decompress,
// Compress and Decompress stream objects, crc32 and adler32, with
// CPython's wbits conventions (zlib, raw deflate, gzip, automatic
// detection) and error messages. Go's deflate makes different (equally
// valid) compressed bytes than C zlib.
package zlib

import (
	"hash/crc32"
	"math/big"

	"github.com/kaa-lang/kaa/py"
)

// ErrorType is zlib.error.
var ErrorType = py.NewExceptionType("zlib", "error", "", py.ExceptionType)

// zerr returns a zlib.error.
func zerr(format string, a ...any) error { return py.Errorf(ErrorType, format, a...) }

// Constants of the zlib module (CPython's values).
const (
	maxWbits    = 15
	defBufSize  = 16384
	defMemLevel = 8
	zFinish     = 4
	zNoFlush    = 0
	zSyncFlush  = 2
	zFullFlush  = 3
)

var constants = []struct {
	name  string
	value int64
}{
	{"DEFLATED", 8}, {"DEF_BUF_SIZE", defBufSize}, {"DEF_MEM_LEVEL", defMemLevel}, {"MAX_WBITS", maxWbits},
	{"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1},
	{"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", zFinish}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", zFullFlush},
	{"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0}, {"Z_NO_FLUSH", zNoFlush}, {"Z_PARTIAL_FLUSH", 1}, {"Z_RLE", 3},
	{"Z_SYNC_FLUSH", zSyncFlush}, {"Z_TREES", 6},
}

// needPositional checks that a function whose first parameter is
// positional-only got it.
func needPositional(name string, args []py.Object, kw *py.Tuple) error {
	n := len(args)
	if kw != nil {
		n -= kw.Len()
	}
	if n < 1 {
		return py.Errorf(py.TypeErrorType, "%s() takes at least 1 positional argument (0 given)", name)
	}
	return nil
}

// dataArg returns the bytes of a bytes-like argument.
func dataArg(o py.Object) ([]byte, error) {
	if b, ok := py.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// checksumStart reads the starting value of crc32 and adler32: an int
// taken modulo 2**32.
func checksumStart(t *py.Thread, o py.Object) (uint32, error) {
	r, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	small, b, _ := py.IntValue(r)
	if b == nil {
		return uint32(small), nil
	}
	m := new(big.Int).And(b, big.NewInt(0xFFFFFFFF))
	return uint32(m.Uint64()), nil
}

// checksum returns crc32 or adler32(data, value=start).
func checksum(name string, start uint32, update func(uint32, []byte) uint32) func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if kw != nil && kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "zlib.%s() takes no keyword arguments", name)
		}
		if err := py.CheckArgs(name, args, kw, 1, 2); err != nil {
			return nil, err
		}
		data, err := dataArg(args[0])
		if err != nil {
			return nil, err
		}
		v := start
		if len(args) > 1 {
			if v, err = checksumStart(t, args[1]); err != nil {
				return nil, err
			}
		}
		return py.NewInt(int64(update(v, data))), nil
	}
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(v uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := v&0xffff, v>>16
	for len(p) > 0 {
		n := len(p)
		if n > 5552 {
			n = 5552
		}
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

// crc32Update continues a CRC-32 checksum.
func crc32Update(v uint32, p []byte) uint32 { return crc32.Update(v, crc32.IEEETable, p) }

// Init creates the zlib module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("zlib")
	m.Set("__doc__", py.NewStr("The functions in this module allow compression and decompression using the\n"+
		"zlib library, which is based on GNU zip.\n\nkaa's zlib is Go's compress/flate."))
	m.Set("error", ErrorType)
	for _, c := range constants {
		m.Set(c.name, py.NewInt(c.value))
	}
	m.Set("ZLIB_VERSION", py.NewStr("1.2.13"))
	m.Set("ZLIB_RUNTIME_VERSION", py.NewStr("1.2.13"))
	m.AddFunc("crc32", checksum("crc32", 0, crc32Update), "Compute a CRC-32 checksum of data.")
	m.AddFunc("adler32", checksum("adler32", 1, adler32Update), "Compute an Adler-32 checksum of data.")
	m.AddFunc("compress", compress, "Returns a bytes object containing compressed data.")
	m.AddFunc("decompress", decompress, "Returns a bytes object containing the uncompressed data.")
	m.AddFunc("compressobj", compressobj, "Return a compressor object.")
	m.AddFunc("decompressobj", decompressobj, "Return a decompressor object.")
	return m, nil
}
