package py

import (
	"math"
	"math/bits"
)

// Numeric hashing follows CPython exactly (hash(1) == hash(1.0) ==
// hash(Fraction(1)) and set iteration order depend on it): values are
// reduced modulo the Mersenne prime 2**61-1.
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// hashInt64 returns hash() of an int.
func hashInt64(v int64) int64 {
	var h int64
	if v >= 0 {
		h = int64(uint64(v) % hashModulus)
	} else {
		h = -int64(uint64(-v) % hashModulus) // -v of MinInt64 wraps to 2**63, still correct as uint64
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat returns hash() of a float (CPython's _Py_HashDouble).
func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// xxHash primes, as CPython's tuple hash uses them.
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// tupleHashStep mixes one item's hash into the accumulator.
func tupleHashStep(acc uint64, lane int64) uint64 {
	acc += uint64(lane) * xxPrime2
	acc = bits.RotateLeft64(acc, 31)
	return acc * xxPrime1
}

// tupleHashFinish completes a tuple hash over n items.
func tupleHashFinish(acc uint64, n int) int64 {
	acc += uint64(n) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// stringHash is kaa's hash of str and bytes text: fixed (no per-process
// seed), fast, and well mixed. CPython randomises these hashes, so no
// program can depend on their values.
func stringHash(s string) int64 {
	h := uint64(len(s))*0x9E3779B97F4A7C15 ^ 0x2d358dccaa6c78a5
	for len(s) >= 8 {
		k := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = bits.RotateLeft64(h^(k*0xff51afd7ed558ccd), 29) * 0xc4ceb9fe1a85ec53
		s = s[8:]
	}
	if len(s) > 0 {
		var k uint64
		for i := 0; i < len(s); i++ {
			k |= uint64(s[i]) << (8 * uint(i))
		}
		h = bits.RotateLeft64(h^(k*0xff51afd7ed558ccd), 29) * 0xc4ceb9fe1a85ec53
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	r := int64(h)
	switch r {
	case -1:
		r = -2
	case 0:
		r = 1
	}
	return r
}
