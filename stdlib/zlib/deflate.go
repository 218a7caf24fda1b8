package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
)

// deflater compresses one stream into a container.
type deflater struct {
	kind     container
	level    int
	w        *flate.Writer
	out      bytes.Buffer
	adler    uint32
	crc      uint32
	size     uint32
	finished bool
}

// newDeflater starts a stream; window is the window size in bits (9
// to 15), level is -1..9, huffmanOnly selects Z_HUFFMAN_ONLY, zdict
// presets the dictionary (nil: none). Go's deflate always looks back up
// to 32 KiB, so a smaller window is honoured by coding without
// back-references (Huffman only).
func newDeflater(kind container, window, level int, huffmanOnly bool, zdict []byte) *deflater {
	d := &deflater{kind: kind, level: level, adler: 1}
	goLevel := level
	if huffmanOnly || (window < 15 && level != 0) {
		goLevel = flate.HuffmanOnly
	}
	switch kind {
	case kindZlib:
		var flevel byte
		switch {
		case level == -1 || level == 6:
			flevel = 2
		case level >= 7:
			flevel = 3
		case level >= 2:
			flevel = 1
		}
		cmf := byte(window-8)<<4 | 8
		flg := flevel << 6
		if zdict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (uint(cmf)<<8|uint(flg))%31)
		d.out.Write([]byte{cmf, flg})
		if zdict != nil {
			var id [4]byte
			binary.BigEndian.PutUint32(id[:], adler32Update(1, zdict))
			d.out.Write(id[:])
		}
	case kindGzip:
		var xfl byte
		switch {
		case level == 9:
			xfl = 2
		case huffmanOnly || (level >= 0 && level < 2):
			xfl = 4
		}
		d.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
	if zdict != nil {
		d.w, _ = flate.NewWriterDict(&d.out, goLevel, zdict)
	} else {
		d.w, _ = flate.NewWriter(&d.out, goLevel)
	}
	return d
}

// take returns and forgets the output produced so far.
func (d *deflater) take() []byte {
	b := bytes.Clone(d.out.Bytes())
	d.out.Reset()
	return b
}

// write compresses data.
func (d *deflater) write(data []byte) {
	d.w.Write(data)
	switch d.kind {
	case kindZlib:
		d.adler = adler32Update(d.adler, data)
	case kindGzip:
		d.crc = crc32.Update(d.crc, crc32.IEEETable, data)
		d.size += uint32(len(data))
	}
}

// flush ends the current block (sync flush) so that everything written
// so far can be decompressed.
func (d *deflater) flush() { d.w.Flush() }

// finish ends the stream and writes the trailer.
func (d *deflater) finish() {
	d.w.Close()
	switch d.kind {
	case kindZlib:
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], d.adler)
		d.out.Write(b[:])
	case kindGzip:
		var b [8]byte
		binary.LittleEndian.PutUint32(b[:4], d.crc)
		binary.LittleEndian.PutUint32(b[4:], d.size)
		d.out.Write(b[:])
	}
	d.finished = true
}
