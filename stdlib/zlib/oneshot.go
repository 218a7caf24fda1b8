package zlib

import (
	"bytes"
	"io"

	"github.com/kaa-lang/kaa/py"
)

// compressionLevel checks a level argument (-1..9).
func compressionLevel(level int) bool { return level >= -1 && level <= 9 }

// compress is compress(data, /, level=-1, wbits=15).
func compress(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	level, wbits := -1, maxWbits
	if err := needPositional("compress", args, kw); err != nil {
		return nil, err
	}
	if err := py.UnpackArgs("compress", args, kw, "data", &data, "/", "level?", &level, "wbits?", &wbits); err != nil {
		return nil, err
	}
	b, err := dataArg(data)
	if err != nil {
		return nil, err
	}
	kind, window, ok := compressContainer(wbits)
	if !ok || !compressionLevel(level) {
		return nil, zerr("Bad compression level")
	}
	d := newDeflater(kind, window, level, false, nil)
	d.write(b)
	d.finish()
	return py.NewBytes(d.take()), nil
}

// decompress is decompress(data, /, wbits=15, bufsize=16384).
func decompress(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var data py.Object
	wbits, bufsize := maxWbits, defBufSize
	if err := needPositional("decompress", args, kw); err != nil {
		return nil, err
	}
	if err := py.UnpackArgs("decompress", args, kw, "data", &data, "/", "wbits?", &wbits, "bufsize?", &bufsize); err != nil {
		return nil, err
	}
	b, err := dataArg(data)
	if err != nil {
		return nil, err
	}
	if bufsize < 0 {
		return nil, py.Errorf(py.ValueErrorType, "bufsize must be non-negative")
	}
	kind, window, ok := decompressContainer(wbits)
	if !ok {
		return nil, zerr("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	z := newInflater(bytes.NewReader(b), kind, window, nil)
	var out bytes.Buffer
	buf := make([]byte, 32*1024)
	for {
		n, err := z.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, zerr("%s", err.Error())
		}
		if n > 0 {
			if err := t.CheckSize(1, out.Len()); err != nil {
				return nil, err
			}
		}
	}
	return py.NewBytes(out.Bytes()), nil
}
