package bytecode

import (
	"encoding/binary"
	"errors"
)

// FormatVersion numbers kaa's bytecode format. Bump it whenever the
// instruction set (an opcode added, removed or renumbered, an argument's
// meaning changed) or the marshalled layout of Code (marshal_code.go)
// changes: the magic number changes with it, so every .pyc file written
// by an older kaa is ignored and recompiled instead of being misread.
const FormatVersion = 1

// MagicNumber is kaa's two-byte magic number, as a little-endian 16-bit
// value: the byte 'k' followed by FormatVersion. (CPython 3.11's is 3495;
// kaa's never equals one of CPython's, so the two never load each other's
// files.)
const MagicNumber = FormatVersion<<8 | 'k'

// Magic is the first four bytes of every kaa .pyc file: the magic number
// then "\r\n" (which a text-mode transfer would mangle, as in CPython).
const Magic = "k" + string(rune(FormatVersion)) + "\r\n"

// MagicKey is Magic read as a little-endian integer (importlib's
// _RAW_MAGIC_NUMBER): the key of SourceHash for kaa's hash-based pycs.
const MagicKey uint64 = MagicNumber | '\r'<<16 | '\n'<<24

// The bits of a .pyc file's flags word (PEP 552).
const (
	// PycHashBased marks a pyc validated by the source's hash rather than
	// by its modification time and size.
	PycHashBased = 1
	// PycCheckSource, with PycHashBased, asks the importer to check the
	// hash against the source (a "checked" hash-based pyc); without it the
	// pyc is trusted as long as it exists ("unchecked").
	PycCheckSource = 2
)

// PycHeaderSize is the length of a .pyc file's header.
const PycHeaderSize = 16

// PycHeader is the header of a .pyc file. The file is laid out as in
// CPython 3.7 and later (PEP 552), all integers little-endian:
//
//	offset  size  field
//	0       2     magic number (MagicNumber: 'k', FormatVersion)
//	2       2     "\r\n"
//	4       4     flags: 0 timestamp-based, 1 unchecked hash-based,
//	              3 checked hash-based (PycHashBased | PycCheckSource)
//	8       4     timestamp-based: the source's mtime in whole seconds,
//	              modulo 2**32
//	12      4     timestamp-based: the source's size in bytes, modulo 2**32
//	8       8     hash-based (instead): SourceHash(MagicKey, source)
//	16      ...   the module's code object, marshalled (Marshal, version 4)
type PycHeader struct {
	Flags uint32
	Mtime uint32 // timestamp-based pycs
	Size  uint32 // timestamp-based pycs
	Hash  [8]byte
}

// HashBased reports whether the pyc is validated by the source's hash.
func (h *PycHeader) HashBased() bool { return h.Flags&PycHashBased != 0 }

// CheckSource reports whether a hash-based pyc asks to be checked
// against its source.
func (h *PycHeader) CheckSource() bool { return h.Flags&PycCheckSource != 0 }

// Errors of DecodePycHeader.
var (
	// ErrPycTruncated: the data is shorter than a header.
	ErrPycTruncated = errors.New("pyc header truncated")
	// ErrPycMagic: the data does not start with kaa's magic number.
	ErrPycMagic = errors.New("bad magic number")
	// ErrPycFlags: the flags word has bits other than the two defined.
	ErrPycFlags = errors.New("invalid flags")
)

// AppendPycHeader appends the 16 bytes of h to dst.
func AppendPycHeader(dst []byte, h PycHeader) []byte {
	dst = append(dst, Magic...)
	dst = binary.LittleEndian.AppendUint32(dst, h.Flags)
	if h.HashBased() {
		return append(dst, h.Hash[:]...)
	}
	dst = binary.LittleEndian.AppendUint32(dst, h.Mtime)
	return binary.LittleEndian.AppendUint32(dst, h.Size)
}

// DecodePycHeader reads the header at the start of data, checking the
// magic number and the flags as CPython's importer does (flags 2 alone
// is accepted and means timestamp-based).
func DecodePycHeader(data []byte) (PycHeader, error) {
	var h PycHeader
	if len(data) < 4 || string(data[:4]) != Magic {
		if len(data) < 4 {
			return h, ErrPycTruncated
		}
		return h, ErrPycMagic
	}
	if len(data) < PycHeaderSize {
		return h, ErrPycTruncated
	}
	h.Flags = binary.LittleEndian.Uint32(data[4:])
	if h.Flags&^(PycHashBased|PycCheckSource) != 0 {
		return h, ErrPycFlags
	}
	if h.HashBased() {
		copy(h.Hash[:], data[8:16])
	} else {
		h.Mtime = binary.LittleEndian.Uint32(data[8:])
		h.Size = binary.LittleEndian.Uint32(data[12:])
	}
	return h, nil
}

// EncodePyc returns the bytes of a .pyc file holding c: the header, then
// c marshalled. The result depends only on h and c, so that compiling the
// same source gives the same file on every run and platform. It fails
// only for a code object holding a value marshal cannot write, which the
// compiler never produces.
func EncodePyc(h PycHeader, c *Code) ([]byte, error) {
	buf := make([]byte, 0, 64+len(c.Instrs)*12)
	buf = AppendPycHeader(buf, h)
	return AppendMarshal(buf, c, MarshalVersion)
}

// DecodePyc reads a whole .pyc file: its header and its code object,
// checked with Validate so that the virtual machine can run it. Any
// problem (truncation anywhere, a wrong magic number, bad flags, bad
// marshal data, a code object that does not hold together) is an error,
// never a panic.
func DecodePyc(data []byte) (PycHeader, *Code, error) {
	h, err := DecodePycHeader(data)
	if err != nil {
		return h, nil, err
	}
	c, err := UnmarshalCode(data[PycHeaderSize:])
	return h, c, err
}
