package random

// The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1997), with the
// seeding procedures CPython's _random module uses, so that a seed gives
// the same sequence as in CPython.

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// mt is the generator's state: 624 words and the index of the next word
// to temper (mtN: the state must be regenerated first).
type mt struct {
	state [mtN]uint32
	index int
}

// initGenrand fills the state from a single 32-bit seed.
func (g *mt) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := g.state[i-1]
		g.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	g.index = mtN
}

// initByArray seeds from a key of 32-bit words (at least one).
func (g *mt) initByArray(key []uint32) {
	g.initGenrand(19650218)
	s := &g.state
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
	}
	s[0] = 0x80000000 // the most significant bit is 1: a non-zero state
}

// twist regenerates the 624 words of state.
func (g *mt) twist() {
	s := &g.state
	mag := func(y uint32) uint32 { return (y & 1) * mtMatrixA }
	var kk int
	for kk = 0; kk < mtN-mtM; kk++ {
		y := (s[kk] & mtUpperMask) | (s[kk+1] & mtLowerMask)
		s[kk] = s[kk+mtM] ^ (y >> 1) ^ mag(y)
	}
	for ; kk < mtN-1; kk++ {
		y := (s[kk] & mtUpperMask) | (s[kk+1] & mtLowerMask)
		s[kk] = s[kk+(mtM-mtN)] ^ (y >> 1) ^ mag(y)
	}
	y := (s[mtN-1] & mtUpperMask) | (s[0] & mtLowerMask)
	s[mtN-1] = s[mtM-1] ^ (y >> 1) ^ mag(y)
	g.index = 0
}

// uint32 returns the next 32 random bits.
func (g *mt) uint32() uint32 {
	if g.index >= mtN {
		g.twist()
	}
	y := g.state[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float returns a float in [0, 1) with 53 random bits, as CPython's
// random() builds it from two words.
func (g *mt) float() float64 {
	a := g.uint32() >> 5
	b := g.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
