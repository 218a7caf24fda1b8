package zlib

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"

	"compress/flate"
)

// container is the framing around deflate data that wbits selects.
type container int

const (
	kindZlib container = iota
	kindRaw
	kindGzip
	kindAuto // decompression only: zlib or gzip, from the first byte
)

// compressContainer maps compression wbits to a container and a window
// size in bits (ok false: invalid). zlib turns a window of 8 into 9.
func compressContainer(wbits int) (container, int, bool) {
	switch {
	case wbits >= 8 && wbits <= 15:
		return kindZlib, max(wbits, 9), true
	case wbits >= -15 && wbits <= -9:
		return kindRaw, -wbits, true
	case wbits >= 25 && wbits <= 31:
		return kindGzip, wbits - 16, true
	}
	return 0, 0, false
}

// decompressContainer maps decompression wbits to a container and the
// largest window the data may use (0: take it from the zlib header).
func decompressContainer(wbits int) (container, int, bool) {
	switch {
	case wbits == 0:
		return kindZlib, 0, true
	case wbits >= 8 && wbits <= 15:
		return kindZlib, wbits, true
	case wbits >= -15 && wbits <= -9:
		return kindRaw, -wbits, true
	case wbits >= 24 && wbits <= 31:
		return kindGzip, wbits - 16, true
	case wbits == 32 || (wbits >= 40 && wbits <= 47):
		return kindAuto, wbits - 32, true
	}
	return 0, 0, false
}

// zlibError is a failure of decompression, printed as CPython's
// "Error <code> while decompressing data: <msg>".
type zlibError struct {
	code int
	msg  string
}

func (e *zlibError) Error() string {
	if e.msg == "" {
		return "Error " + itoa(e.code) + " while decompressing data"
	}
	return "Error " + itoa(e.code) + " while decompressing data: " + e.msg
}

// itoa formats a small int.
func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

var (
	errTruncated = &zlibError{-5, "incomplete or truncated stream"}
	errHeader    = &zlibError{-3, "incorrect header check"}
	errData      = &zlibError{-3, "invalid compressed data"}
	errCheck     = &zlibError{-3, "incorrect data check"}
	errLength    = &zlibError{-3, "incorrect length check"}
	errWindow    = &zlibError{-3, "invalid window size"}
	errMethod    = &zlibError{-3, "unknown compression method"}
	errNeedDict  = &zlibError{2, ""}
	errBadDict   = &zlibError{-3, "invalid dictionary"}
	errFlags     = &zlibError{-3, "unknown header flags set"}
)

// source is the compressed input: a byte reader that never reads ahead,
// so that the data after the end of the stream stays unread.
type source interface {
	io.Reader
	io.ByteReader
}

// inflater decodes one stream (header, deflate data, trailer) from src.
type inflater struct {
	src     source
	kind    container
	window  int
	zdict   []byte
	started bool
	fr      io.ReadCloser
	crc     uint32
	adler   uint32
	size    uint32
	done    bool
}

// newInflater prepares to decode a stream of the given container.
func newInflater(src source, kind container, window int, zdict []byte) *inflater {
	return &inflater{src: src, kind: kind, window: window, zdict: zdict, adler: 1}
}

// readFull reads len(b) bytes, turning an early end into errTruncated.
func (z *inflater) readFull(b []byte) error {
	if _, err := io.ReadFull(z.src, b); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return errTruncated
		}
		return err
	}
	return nil
}

// start reads the header and sets up the deflate reader.
func (z *inflater) start() error {
	kind := z.kind
	if kind == kindAuto {
		b, err := z.src.ReadByte()
		if err != nil {
			return errTruncated
		}
		if b == 0x1f {
			kind = kindGzip
		} else {
			kind = kindZlib
		}
		z.kind = kind
		if err := z.header(b); err != nil {
			return err
		}
	} else if kind != kindRaw {
		b, err := z.src.ReadByte()
		if err != nil {
			return errTruncated
		}
		if err := z.header(b); err != nil {
			return err
		}
	}
	if z.kind == kindRaw && z.zdict != nil {
		z.fr = flate.NewReaderDict(z.src, z.zdict)
	} else if z.fr == nil {
		z.fr = flate.NewReader(z.src)
	}
	return nil
}

// header reads the rest of a zlib or gzip header whose first byte is b.
func (z *inflater) header(b byte) error {
	if z.kind == kindGzip {
		return z.gzipHeader(b)
	}
	flg, err := z.src.ReadByte()
	if err != nil {
		return errTruncated
	}
	if (uint(b)<<8|uint(flg))%31 != 0 {
		return errHeader
	}
	if b&0x0f != 8 {
		return errMethod
	}
	if w := int(b>>4) + 8; w > 15 || (z.window != 0 && w > z.window) {
		return errWindow
	}
	if flg&0x20 != 0 {
		var id [4]byte
		if err := z.readFull(id[:]); err != nil {
			return err
		}
		if z.zdict == nil {
			return errNeedDict
		}
		if binary.BigEndian.Uint32(id[:]) != adler32Update(1, z.zdict) {
			return errBadDict
		}
		z.fr = flate.NewReaderDict(z.src, z.zdict)
	}
	return nil
}

// gzipHeader reads the rest of a gzip member header.
func (z *inflater) gzipHeader(b byte) error {
	var h [10]byte
	h[0] = b
	if err := z.readFull(h[1:]); err != nil {
		return err
	}
	if h[0] != 0x1f || h[1] != 0x8b {
		return errHeader
	}
	if h[2] != 8 {
		return errMethod
	}
	flags := h[3]
	if flags&0xe0 != 0 {
		return errFlags
	}
	if flags&0x04 != 0 {
		var n [2]byte
		if err := z.readFull(n[:]); err != nil {
			return err
		}
		if err := z.readFull(make([]byte, binary.LittleEndian.Uint16(n[:]))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{0x08, 0x10} {
		if flags&bit != 0 {
			for {
				c, err := z.src.ReadByte()
				if err != nil {
					return errTruncated
				}
				if c == 0 {
					break
				}
			}
		}
	}
	if flags&0x02 != 0 {
		var crc [2]byte
		if err := z.readFull(crc[:]); err != nil {
			return err
		}
	}
	return nil
}

// Read returns decompressed data; io.EOF after the trailer was checked.
func (z *inflater) Read(p []byte) (int, error) {
	if z.done {
		return 0, io.EOF
	}
	if !z.started {
		z.started = true
		if err := z.start(); err != nil {
			z.done = true
			return 0, err
		}
	}
	n, err := z.fr.Read(p)
	if n > 0 {
		switch z.kind {
		case kindZlib:
			z.adler = adler32Update(z.adler, p[:n])
		case kindGzip:
			z.crc = crc32.Update(z.crc, crc32.IEEETable, p[:n])
			z.size += uint32(n)
		}
	}
	if err == io.EOF {
		z.done = true
		if terr := z.trailer(); terr != nil {
			return n, terr
		}
		return n, io.EOF
	}
	if err != nil {
		z.done = true
		var corrupt flate.CorruptInputError
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return n, errTruncated
		} else if errors.As(err, &corrupt) {
			return n, errData
		}
		return n, err
	}
	return n, nil
}

// trailer checks the checksum after the deflate data.
func (z *inflater) trailer() error {
	switch z.kind {
	case kindZlib:
		var b [4]byte
		if err := z.readFull(b[:]); err != nil {
			return err
		}
		if binary.BigEndian.Uint32(b[:]) != z.adler {
			return errCheck
		}
	case kindGzip:
		var b [8]byte
		if err := z.readFull(b[:]); err != nil {
			return err
		}
		if binary.LittleEndian.Uint32(b[:4]) != z.crc {
			return errCheck
		}
		if binary.LittleEndian.Uint32(b[4:]) != z.size {
			return errLength
		}
	}
	return nil
}
