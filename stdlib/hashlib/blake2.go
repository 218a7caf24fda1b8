package hashlib

import (
	"encoding/binary"
	"math/bits"
)

// This file is kaa's BLAKE2b and BLAKE2s (RFC 7693) with the whole
// parameter block (salt, personalisation and tree hashing), which Go's
// libraries do not offer.

// blake2Params is the parameter block of a BLAKE2 hash.
type blake2Params struct {
	digestSize, fanout, depth int
	leafSize                  uint32
	nodeOffset                uint64
	nodeDepth, innerSize      int
	key, salt, person         []byte
	lastNode                  bool
}

// blake2Sigma is the message word schedule of each round.
var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2bIV and blake2sIV are the initial chaining values (those of
// SHA-512 and SHA-256).
var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2b is a BLAKE2b state.
type blake2b struct {
	h        [8]uint64
	t0, t1   uint64
	buf      [128]byte
	n        int
	size     int
	lastNode bool
}

// newBlake2b starts a BLAKE2b hash with parameters p (already checked).
func newBlake2b(p *blake2Params) *blake2b {
	var block [64]byte
	block[0], block[1], block[2], block[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	binary.LittleEndian.PutUint64(block[8:], p.nodeOffset)
	block[16], block[17] = byte(p.nodeDepth), byte(p.innerSize)
	copy(block[32:48], p.salt)
	copy(block[48:64], p.person)
	d := &blake2b{size: p.digestSize, lastNode: p.lastNode}
	for i := range d.h {
		d.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(block[8*i:])
	}
	if len(p.key) > 0 {
		copy(d.buf[:], p.key)
		d.n = len(d.buf)
	}
	return d
}

// Write adds data; the last block is kept back until the digest.
func (d *blake2b) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.t0 += uint64(len(d.buf))
			if d.t0 < uint64(len(d.buf)) {
				d.t1++
			}
			d.compress(&d.buf, false)
			d.n = 0
		}
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
	}
	return total, nil
}

// compress mixes one block into the chaining value.
func (d *blake2b) compress(block *[128]byte, last bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], d.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= d.t0
	v[13] ^= d.t1
	if last {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	for r := 0; r < 12; r++ {
		s := &blake2Sigma[r%10]
		v[0], v[4], v[8], v[12] = g64(v[0], v[4], v[8], v[12], m[s[0]], m[s[1]])
		v[1], v[5], v[9], v[13] = g64(v[1], v[5], v[9], v[13], m[s[2]], m[s[3]])
		v[2], v[6], v[10], v[14] = g64(v[2], v[6], v[10], v[14], m[s[4]], m[s[5]])
		v[3], v[7], v[11], v[15] = g64(v[3], v[7], v[11], v[15], m[s[6]], m[s[7]])
		v[0], v[5], v[10], v[15] = g64(v[0], v[5], v[10], v[15], m[s[8]], m[s[9]])
		v[1], v[6], v[11], v[12] = g64(v[1], v[6], v[11], v[12], m[s[10]], m[s[11]])
		v[2], v[7], v[8], v[13] = g64(v[2], v[7], v[8], v[13], m[s[12]], m[s[13]])
		v[3], v[4], v[9], v[14] = g64(v[3], v[4], v[9], v[14], m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2b) sum(int) ([]byte, error) {
	c := *d
	c.t0 += uint64(c.n)
	if c.t0 < uint64(c.n) {
		c.t1++
	}
	clear(c.buf[c.n:])
	c.compress(&c.buf, true)
	out := make([]byte, 64)
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return out[:c.size], nil
}

func (d *blake2b) clone() (state, error) {
	c := *d
	return &c, nil
}

// blake2s is a BLAKE2s state.
type blake2s struct {
	h        [8]uint32
	t0, t1   uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

// newBlake2s starts a BLAKE2s hash with parameters p (already checked).
func newBlake2s(p *blake2Params) *blake2s {
	var block [32]byte
	block[0], block[1], block[2], block[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(block[8:14], off[:6])
	block[14], block[15] = byte(p.nodeDepth), byte(p.innerSize)
	copy(block[16:24], p.salt)
	copy(block[24:32], p.person)
	d := &blake2s{size: p.digestSize, lastNode: p.lastNode}
	for i := range d.h {
		d.h[i] = blake2sIV[i] ^ binary.LittleEndian.Uint32(block[4*i:])
	}
	if len(p.key) > 0 {
		copy(d.buf[:], p.key)
		d.n = len(d.buf)
	}
	return d
}

// Write adds data; the last block is kept back until the digest.
func (d *blake2s) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.t0 += uint32(len(d.buf))
			if d.t0 < uint32(len(d.buf)) {
				d.t1++
			}
			d.compress(&d.buf, false)
			d.n = 0
		}
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
	}
	return total, nil
}

// compress mixes one block into the chaining value.
func (d *blake2s) compress(block *[64]byte, last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.h[:])
	copy(v[8:], blake2sIV[:])
	v[12] ^= d.t0
	v[13] ^= d.t1
	if last {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	for r := 0; r < 10; r++ {
		s := &blake2Sigma[r]
		v[0], v[4], v[8], v[12] = g32(v[0], v[4], v[8], v[12], m[s[0]], m[s[1]])
		v[1], v[5], v[9], v[13] = g32(v[1], v[5], v[9], v[13], m[s[2]], m[s[3]])
		v[2], v[6], v[10], v[14] = g32(v[2], v[6], v[10], v[14], m[s[4]], m[s[5]])
		v[3], v[7], v[11], v[15] = g32(v[3], v[7], v[11], v[15], m[s[6]], m[s[7]])
		v[0], v[5], v[10], v[15] = g32(v[0], v[5], v[10], v[15], m[s[8]], m[s[9]])
		v[1], v[6], v[11], v[12] = g32(v[1], v[6], v[11], v[12], m[s[10]], m[s[11]])
		v[2], v[7], v[8], v[13] = g32(v[2], v[7], v[8], v[13], m[s[12]], m[s[13]])
		v[3], v[4], v[9], v[14] = g32(v[3], v[4], v[9], v[14], m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2s) sum(int) ([]byte, error) {
	c := *d
	c.t0 += uint32(c.n)
	if c.t0 < uint32(c.n) {
		c.t1++
	}
	clear(c.buf[c.n:])
	c.compress(&c.buf, true)
	out := make([]byte, 32)
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return out[:c.size], nil
}

func (d *blake2s) clone() (state, error) {
	c := *d
	return &c, nil
}

// g64 is BLAKE2b's mixing function G on four words of the state.
func g64(a, b, c, d, x, y uint64) (uint64, uint64, uint64, uint64) {
	a += b + x
	d = bits.RotateLeft64(d^a, -32)
	c += d
	b = bits.RotateLeft64(b^c, -24)
	a += b + y
	d = bits.RotateLeft64(d^a, -16)
	c += d
	b = bits.RotateLeft64(b^c, -63)
	return a, b, c, d
}

// g32 is BLAKE2s's mixing function G on four words of the state.
func g32(a, b, c, d, x, y uint32) (uint32, uint32, uint32, uint32) {
	a += b + x
	d = bits.RotateLeft32(d^a, -16)
	c += d
	b = bits.RotateLeft32(b^c, -12)
	a += b + y
	d = bits.RotateLeft32(d^a, -8)
	c += d
	b = bits.RotateLeft32(b^c, -7)
	return a, b, c, d
}
