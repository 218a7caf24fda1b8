package py

import (
	"strings"
	"unicode/utf8"

	"github.com/kaa-lang/kaa/internal/ucd"
)

// This file holds the text codecs kaa's core knows (utf-8, utf-8-sig,
// ascii, latin-1, utf-16 and utf-32 in both byte orders), used by
// str.encode, bytes.decode and str(b, encoding), with the error handlers
// strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// namereplace, surrogateescape and surrogatepass.

// codec identifies a text encoding.
type codec int

const (
	codecUTF8 codec = iota
	codecUTF8Sig
	codecASCII
	codecLatin1
	codecUTF16
	codecUTF16LE
	codecUTF16BE
	codecUTF32
	codecUTF32LE
	codecUTF32BE
)

// codecNames are the names error messages give the codecs.
var codecNames = [...]string{"utf-8", "utf-8-sig", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}

// codecAliases maps normalised encoding names (see normalizeEncoding) to
// codecs, after Lib/encodings/aliases.py.
var codecAliases = map[string]codec{
	"utf_8": codecUTF8, "utf8": codecUTF8, "u8": codecUTF8, "utf": codecUTF8, "utf8_ucs2": codecUTF8, "utf8_ucs4": codecUTF8, "cp65001": codecUTF8,
	"utf_8_sig": codecUTF8Sig,
	"ascii":     codecASCII, "646": codecASCII, "ansi_x3.4_1968": codecASCII, "ansi_x3_4_1968": codecASCII, "ansi_x3.4_1986": codecASCII,
	"cp367": codecASCII, "csascii": codecASCII, "ibm367": codecASCII, "iso646_us": codecASCII, "iso_646.irv_1991": codecASCII,
	"iso_ir_6": codecASCII, "us": codecASCII, "us_ascii": codecASCII,
	"latin_1": codecLatin1, "latin1": codecLatin1, "latin": codecLatin1, "l1": codecLatin1, "8859": codecLatin1, "cp819": codecLatin1,
	"csisolatin1": codecLatin1, "ibm819": codecLatin1, "iso8859": codecLatin1, "iso8859_1": codecLatin1, "iso_8859_1": codecLatin1,
	"iso_8859_1_1987": codecLatin1, "iso_ir_100": codecLatin1,
	"utf_16": codecUTF16, "utf16": codecUTF16, "u16": codecUTF16,
	"utf_16_le": codecUTF16LE, "utf_16le": codecUTF16LE, "unicodelittleunmarked": codecUTF16LE,
	"utf_16_be": codecUTF16BE, "utf_16be": codecUTF16BE, "unicodebigunmarked": codecUTF16BE,
	"utf_32": codecUTF32, "utf32": codecUTF32, "u32": codecUTF32,
	"utf_32_le": codecUTF32LE, "utf_32le": codecUTF32LE,
	"utf_32_be": codecUTF32BE, "utf_32be": codecUTF32BE,
}

// normalizeEncoding lowercases an encoding name and turns each run of
// characters other than letters, digits and '.' into one '_', as
// encodings.normalize_encoding does.
func normalizeEncoding(name string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(name) {
		if r == '.' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r >= 0x80 {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
		} else {
			pending = true
		}
	}
	return b.String()
}

// lookupCodec finds a codec by name, raising LookupError for an unknown
// one.
func lookupCodec(name string) (codec, error) {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8, nil
	}
	if c, ok := codecAliases[normalizeEncoding(name)]; ok {
		return c, nil
	}
	return 0, Errorf(LookupErrorType, "unknown encoding: %s", name)
}

// EncodeStr converts s to bytes with a codec and an error handler, as
// str.encode does.
func EncodeStr(t *Thread, s *Str, encoding, errors string) ([]byte, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if s.IsASCII() && (c == codecUTF8 || c == codecASCII || c == codecLatin1) {
		return []byte(s.s), nil
	}
	e := &encoder{t: t, c: c, s: s, errors: errors}
	return e.encode()
}

// encoder is the state of one encoding.
type encoder struct {
	t      *Thread
	c      codec
	s      *Str
	errors string
	rs     []rune
	out    []byte
}

// encodable reports whether the codec can encode r without an error
// handler (surrogates never can).
func (e *encoder) encodable(r rune) bool {
	switch e.c {
	case codecASCII:
		return r < 0x80
	case codecLatin1:
		return r < 0x100
	}
	return r < 0xD800 || r > 0xDFFF
}

// put appends r in the codec.
func (e *encoder) put(r rune) {
	switch e.c {
	case codecUTF8, codecUTF8Sig:
		e.out = appendRune(e.out, r)
	case codecASCII, codecLatin1:
		e.out = append(e.out, byte(r))
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		if r >= 0x10000 {
			r -= 0x10000
			e.put16(0xD800 + (r >> 10))
			e.put16(0xDC00 + (r & 0x3FF))
		} else {
			e.put16(r)
		}
	default:
		if e.c == codecUTF32BE {
			e.out = append(e.out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		} else {
			e.out = append(e.out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
}

func (e *encoder) put16(u rune) {
	if e.c == codecUTF16BE {
		e.out = append(e.out, byte(u>>8), byte(u))
	} else {
		e.out = append(e.out, byte(u), byte(u>>8))
	}
}

// reason is the message of an encoding error.
func (e *encoder) reason() string {
	switch e.c {
	case codecASCII:
		return "ordinal not in range(128)"
	case codecLatin1:
		return "ordinal not in range(256)"
	}
	return "surrogates not allowed"
}

func (e *encoder) encode() ([]byte, error) {
	e.out = make([]byte, 0, len(e.s.s)+4)
	switch e.c {
	case codecUTF8Sig:
		e.out = append(e.out, 0xEF, 0xBB, 0xBF)
	case codecUTF16:
		e.out = append(e.out, 0xFF, 0xFE)
	case codecUTF32:
		e.out = append(e.out, 0xFF, 0xFE, 0, 0)
	}
	if e.c == codecUTF8 || e.c == codecUTF8Sig {
		if !strings.Contains(e.s.s, "\xed") {
			return append(e.out, e.s.s...), nil
		}
	}
	e.rs = e.s.Runes()
	for i := 0; i < len(e.rs); {
		r := e.rs[i]
		if e.encodable(r) {
			e.put(r)
			i++
			continue
		}
		end := i + 1
		if e.c <= codecLatin1 {
			// utf-8, ascii and latin-1 report runs of unencodable
			// characters; utf-16 and utf-32 one at a time
			for end < len(e.rs) && !e.encodable(e.rs[end]) {
				end++
			}
		}
		next, err := e.handle(i, end)
		if err != nil {
			return nil, err
		}
		i = next
	}
	return e.out, nil
}

// handle applies the error handler to the unencodable characters
// [start, end), returning where to continue.
func (e *encoder) handle(start, end int) (int, error) {
	switch e.errors {
	case "strict":
	case "ignore":
		return end, nil
	case "replace":
		for i := start; i < end; i++ {
			e.out = append(e.out, e.replacement()...)
		}
		return end, nil
	case "backslashreplace":
		for _, r := range e.rs[start:end] {
			e.putASCII(backslashEscape(r))
		}
		return end, nil
	case "xmlcharrefreplace":
		for _, r := range e.rs[start:end] {
			e.putASCII("&#" + itoa(int64(r)) + ";")
		}
		return end, nil
	case "namereplace":
		for _, r := range e.rs[start:end] {
			if name, ok := ucd.Name(r); ok {
				e.putASCII(`\N{` + name + "}")
			} else {
				e.putASCII(backslashEscape(r))
			}
		}
		return end, nil
	case "surrogateescape":
		for i := start; i < end; i++ {
			r := e.rs[i]
			if r < 0xDC80 || r > 0xDCFF || e.c == codecUTF16 || e.c == codecUTF16LE || e.c == codecUTF16BE || e.c >= codecUTF32 {
				return 0, e.fail(i, end)
			}
			e.out = append(e.out, byte(r-0xDC00))
		}
		return end, nil
	case "surrogatepass":
		if e.c == codecASCII || e.c == codecLatin1 {
			break
		}
		for i := start; i < end; i++ {
			r := e.rs[i]
			if r < 0xD800 || r > 0xDFFF {
				return 0, e.fail(i, end)
			}
			switch e.c {
			case codecUTF8, codecUTF8Sig:
				e.out = appendRune(e.out, r)
			case codecUTF16, codecUTF16LE, codecUTF16BE:
				e.put16(r)
			default:
				e.put(r)
			}
		}
		return end, nil
	default:
		return 0, Errorf(LookupErrorType, "unknown error handler name '%s'", e.errors)
	}
	return 0, e.fail(start, end)
}

// replacement is what "replace" writes for one character.
func (e *encoder) replacement() []byte {
	switch e.c {
	case codecUTF16, codecUTF16LE:
		return []byte{'?', 0}
	case codecUTF16BE:
		return []byte{0, '?'}
	case codecUTF32, codecUTF32LE:
		return []byte{'?', 0, 0, 0}
	case codecUTF32BE:
		return []byte{0, 0, 0, '?'}
	}
	return []byte{'?'}
}

// putASCII appends ASCII text in the codec.
func (e *encoder) putASCII(s string) {
	for i := 0; i < len(s); i++ {
		e.put(rune(s[i]))
	}
}

// fail builds the UnicodeEncodeError for characters [start, end).
func (e *encoder) fail(start, end int) error {
	name := codecNames[e.c]
	if e.c == codecUTF8Sig {
		name = "utf-8"
	}
	return NewUnicodeEncodeError(name, e.s, start, end, e.reason())
}

// backslashEscape returns \xhh, \uhhhh or \Uhhhhhhhh for r.
func backslashEscape(r rune) string {
	var b strings.Builder
	writeCharEscape(&b, r)
	return b.String()
}

func itoa(v int64) string {
	var buf [20]byte
	i := len(buf)
	neg := v < 0
	if neg {
		v = -v
	}
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// DecodeBytes converts bytes to str with a codec and an error handler,
// as bytes.decode does.
func DecodeBytes(t *Thread, b []byte, encoding, errors string) (*Str, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	switch c {
	case codecUTF8:
		if utf8.Valid(b) {
			return NewStr(string(b)), nil
		}
	case codecASCII:
		if isASCIIBytes(b) {
			return newASCIIStr(string(b)), nil
		}
	}
	d := &decoder{t: t, c: c, in: b, errors: errors}
	return d.decode()
}

func isASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// decoder is the state of one decoding.
type decoder struct {
	t      *Thread
	c      codec
	in     []byte
	errors string
	out    []byte
	// bigEndian is the byte order of utf-16 and utf-32.
	bigEndian bool
}

func (d *decoder) decode() (*Str, error) {
	d.out = make([]byte, 0, len(d.in))
	in := d.in
	pos := 0
	switch d.c {
	case codecUTF8Sig:
		if len(in) >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF {
			// positions in errors count from after the signature
			in = in[3:]
			d.in = in
		}
	case codecUTF16:
		if len(in) >= 2 && in[0] == 0xFE && in[1] == 0xFF {
			d.bigEndian, pos = true, 2
		} else if len(in) >= 2 && in[0] == 0xFF && in[1] == 0xFE {
			pos = 2
		}
	case codecUTF16BE, codecUTF32BE:
		d.bigEndian = true
	case codecUTF32:
		if len(in) >= 4 && in[0] == 0 && in[1] == 0 && in[2] == 0xFE && in[3] == 0xFF {
			d.bigEndian, pos = true, 4
		} else if len(in) >= 4 && in[0] == 0xFF && in[1] == 0xFE && in[2] == 0 && in[3] == 0 {
			pos = 4
		}
	}
	for pos < len(in) {
		var n int
		var reason string
		switch d.c {
		case codecUTF8, codecUTF8Sig:
			n, reason = d.utf8(pos)
		case codecASCII:
			if in[pos] < 0x80 {
				d.out = append(d.out, in[pos])
				n = 1
			} else {
				reason = "ordinal not in range(128)"
			}
		case codecLatin1:
			d.out = appendRune(d.out, rune(in[pos]))
			n = 1
		case codecUTF16, codecUTF16LE, codecUTF16BE:
			n, reason = d.utf16(pos)
		default:
			n, reason = d.utf32(pos)
		}
		if reason == "" {
			pos += n
			continue
		}
		end := pos + n
		if n == 0 {
			end = pos + 1
		}
		next, err := d.handle(pos, end, reason)
		if err != nil {
			return nil, err
		}
		pos = next
	}
	return NewStr(string(d.out)), nil
}

// utf8 decodes one character at pos, returning its size, or the size of
// the invalid sequence and the reason.
func (d *decoder) utf8(pos int) (int, string) {
	in := d.in
	c := in[pos]
	if c < 0x80 {
		d.out = append(d.out, c)
		return 1, ""
	}
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if pos+k >= len(in) {
			return len(in) - pos, "unexpected end of data"
		}
		b := in[pos+k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			if k == 1 && c == 0xED && b >= 0xA0 && b <= 0xBF && d.errors == "surrogatepass" && pos+2 < len(in) && in[pos+2] >= 0x80 && in[pos+2] <= 0xBF {
				d.out = append(d.out, in[pos:pos+3]...)
				return 3, ""
			}
			return k, "invalid continuation byte"
		}
	}
	d.out = append(d.out, in[pos:pos+need+1]...)
	return need + 1, ""
}

// unit16 reads the 16-bit unit at pos.
func (d *decoder) unit16(pos int) rune {
	if d.bigEndian {
		return rune(d.in[pos])<<8 | rune(d.in[pos+1])
	}
	return rune(d.in[pos]) | rune(d.in[pos+1])<<8
}

// utf16 decodes one character at pos.
func (d *decoder) utf16(pos int) (int, string) {
	in := d.in
	if pos+2 > len(in) {
		return len(in) - pos, "truncated data"
	}
	u := d.unit16(pos)
	switch {
	case u < 0xD800 || u > 0xDFFF:
		d.out = appendRune(d.out, u)
		return 2, ""
	case u >= 0xDC00:
		if d.errors == "surrogatepass" {
			d.out = appendRune(d.out, u)
			return 2, ""
		}
		return 2, "illegal encoding"
	}
	if pos+4 > len(in) {
		if d.errors == "surrogatepass" && pos+4 > len(in) && pos+2 == len(in) {
			d.out = appendRune(d.out, u)
			return 2, ""
		}
		return len(in) - pos, "unexpected end of data"
	}
	u2 := d.unit16(pos + 2)
	if u2 < 0xDC00 || u2 > 0xDFFF {
		if d.errors == "surrogatepass" {
			d.out = appendRune(d.out, u)
			return 2, ""
		}
		return 2, "illegal UTF-16 surrogate"
	}
	d.out = appendRune(d.out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
	return 4, ""
}

// utf32 decodes one character at pos.
func (d *decoder) utf32(pos int) (int, string) {
	in := d.in
	if pos+4 > len(in) {
		return len(in) - pos, "truncated data"
	}
	var u uint32
	if d.bigEndian {
		u = uint32(in[pos])<<24 | uint32(in[pos+1])<<16 | uint32(in[pos+2])<<8 | uint32(in[pos+3])
	} else {
		u = uint32(in[pos]) | uint32(in[pos+1])<<8 | uint32(in[pos+2])<<16 | uint32(in[pos+3])<<24
	}
	switch {
	case u > 0x10FFFF:
		return 4, "code point not in range(0x110000)"
	case u >= 0xD800 && u <= 0xDFFF && d.errors != "surrogatepass":
		return 4, "code point in surrogate code point range(0xd800, 0xe000)"
	}
	d.out = appendRune(d.out, rune(u))
	return 4, ""
}

// handle applies the error handler to the undecodable bytes [start,
// end), returning where to continue.
func (d *decoder) handle(start, end int, reason string) (int, error) {
	switch d.errors {
	case "strict", "surrogatepass":
	case "ignore":
		return end, nil
	case "replace":
		d.out = utf8.AppendRune(d.out, 0xFFFD)
		return end, nil
	case "backslashreplace":
		for _, c := range d.in[start:end] {
			d.out = append(d.out, backslashEscape(rune(c))...)
		}
		return end, nil
	case "surrogateescape":
		// up to four leading bytes >= 0x80 become U+DC80..U+DCFF and
		// decoding resumes after them; none is an error
		i := start
		for i < end && i < start+4 && d.in[i] >= 0x80 {
			d.out = appendRune(d.out, 0xDC00+rune(d.in[i]))
			i++
		}
		if i == start {
			break
		}
		return i, nil
	case "xmlcharrefreplace", "namereplace":
		return 0, Errorf(TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback")
	default:
		return 0, Errorf(LookupErrorType, "unknown error handler name '%s'", d.errors)
	}
	return 0, d.fail(start, end, reason)
}

// fail builds the UnicodeDecodeError for bytes [start, end).
func (d *decoder) fail(start, end int, reason string) error {
	name := codecNames[d.c]
	switch d.c {
	case codecUTF8Sig:
		name = "utf-8"
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		name = "utf-16-le"
		if d.bigEndian {
			name = "utf-16-be"
		}
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		name = "utf-32-le"
		if d.bigEndian {
			name = "utf-32-be"
		}
	}
	return NewUnicodeDecodeError(name, d.in, start, end, reason)
}
