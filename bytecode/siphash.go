package bytecode

import (
	"encoding/binary"
	"math/bits"
)

// SourceHash returns the 8-byte hash of a module's source that a
// hash-based .pyc file records (PEP 552): SipHash-1-3 of the source bytes
// keyed with (k0 = key, k1 = 0), as CPython 3.11's _imp.source_hash(key,
// source) computes it, in little-endian byte order.
//
// CPython keys the hash with its own magic number read as a little-endian
// 32-bit integer; kaa keys it with kaa's (MagicKey), so for the same source
// the two hashes differ, and a pyc of one implementation never validates
// for the other. Passing CPython's key gives CPython's hash, which the
// tests use to check the algorithm.
func SourceHash(key uint64, src []byte) [8]byte {
	var out [8]byte
	binary.LittleEndian.PutUint64(out[:], sipHash13(key, 0, src))
	return out
}

// sipHash13 is SipHash with one compression round per message block and
// three finalization rounds.
func sipHash13(k0, k1 uint64, src []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(src)
	for len(src) >= 8 {
		m := binary.LittleEndian.Uint64(src)
		v3 ^= m
		round()
		v0 ^= m
		src = src[8:]
	}
	// The last block holds the remaining bytes and the length's low byte
	// in its top byte.
	last := uint64(n) << 56
	for i, c := range src {
		last |= uint64(c) << (8 * i)
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}
