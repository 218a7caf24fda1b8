package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"errors"
	"hash"
	"strings"
)

// state is the running state of one hash computation.
type state interface {
	// Write adds data.
	Write(p []byte) (int, error)
	// sum returns the digest of the data so far (n bytes for an
	// extendable-output function) without changing the state.
	sum(n int) ([]byte, error)
	// clone returns an independent copy of the state.
	clone() (state, error)
}

// algo describes one algorithm _hashlib knows.
type algo struct {
	name      string
	size      int // digest size (0 for XOFs)
	blockSize int
	xof       bool
	newState  func() state
}

// goHash is a state over one of Go's hash.Hash implementations.
type goHash struct{ h hash.Hash }

func (g goHash) Write(p []byte) (int, error) { return g.h.Write(p) }
func (g goHash) sum(int) ([]byte, error)     { return g.h.Sum(nil), nil }
func (g goHash) clone() (state, error) {
	cl, ok := g.h.(hash.Cloner)
	if !ok {
		return nil, errors.New("hash state cannot be copied")
	}
	c, err := cl.Clone()
	if err != nil {
		return nil, err
	}
	return goHash{c}, nil
}

// shake is a state over a SHAKE extendable-output function.
type shake struct {
	s     *sha3.SHAKE
	fresh func() *sha3.SHAKE
}

func (k shake) Write(p []byte) (int, error) { return k.s.Write(p) }
func (k shake) sum(n int) ([]byte, error) {
	c, err := k.clone()
	if err != nil {
		return nil, err
	}
	out := make([]byte, n)
	c.(shake).s.Read(out)
	return out, nil
}
func (k shake) clone() (state, error) {
	b, err := k.s.MarshalBinary()
	c := k.fresh()
	if err == nil {
		err = c.UnmarshalBinary(b)
	}
	if err != nil {
		return nil, err
	}
	return shake{c, k.fresh}, nil
}

// goAlgo describes an algorithm of Go's standard library.
func goAlgo(name string, size, block int, f func() hash.Hash) *algo {
	return &algo{name: name, size: size, blockSize: block, newState: func() state { return goHash{f()} }}
}

// shakeAlgo describes a SHAKE function.
func shakeAlgo(name string, block int, f func() *sha3.SHAKE) *algo {
	return &algo{name: name, blockSize: block, xof: true, newState: func() state { return shake{f(), f} }}
}

// algorithms lists _hashlib's algorithms in the order of
// hashlib.algorithms_guaranteed's documentation.
var algorithms = []*algo{
	goAlgo("md5", 16, 64, md5.New),
	goAlgo("sha1", 20, 64, sha1.New),
	goAlgo("sha224", 28, 64, sha256.New224),
	goAlgo("sha256", 32, 64, sha256.New),
	goAlgo("sha384", 48, 128, sha512.New384),
	goAlgo("sha512", 64, 128, sha512.New),
	goAlgo("sha512_224", 28, 128, sha512.New512_224),
	goAlgo("sha512_256", 32, 128, sha512.New512_256),
	goAlgo("sha3_224", 28, 144, func() hash.Hash { return sha3.New224() }),
	goAlgo("sha3_256", 32, 136, func() hash.Hash { return sha3.New256() }),
	goAlgo("sha3_384", 48, 104, func() hash.Hash { return sha3.New384() }),
	goAlgo("sha3_512", 64, 72, func() hash.Hash { return sha3.New512() }),
	shakeAlgo("shake_128", 168, sha3.NewSHAKE128),
	shakeAlgo("shake_256", 136, sha3.NewSHAKE256),
}

// blake2Algos are BLAKE2b and BLAKE2s with their default parameters, as
// new() gives them for OpenSSL's names blake2b512 and blake2s256.
var blake2Algos = []*algo{
	{name: "blake2b", size: 64, blockSize: 128, newState: func() state {
		return newBlake2b(&blake2Params{digestSize: 64, fanout: 1, depth: 1})
	}},
	{name: "blake2s", size: 32, blockSize: 64, newState: func() state {
		return newBlake2s(&blake2Params{digestSize: 32, fanout: 1, depth: 1})
	}},
}

// opensslNames maps the other names OpenSSL knows an algorithm by (in
// lower case) to hashlib's.
var opensslNames = map[string]string{
	"sha-1": "sha1", "sha-224": "sha224", "sha-256": "sha256", "sha-384": "sha384", "sha-512": "sha512",
	"sha512-224": "sha512_224", "sha512-256": "sha512_256", "sha512_224": "sha512_224", "sha512_256": "sha512_256", "sha-512/224": "sha512_224", "sha-512/256": "sha512_256",
	"sha3-224": "sha3_224", "sha3-256": "sha3_256", "sha3-384": "sha3_384", "sha3-512": "sha3_512",
	"shake128": "shake_128", "shake-128": "shake_128", "shake256": "shake_256", "shake-256": "shake_256",
	"blake2b512": "blake2b", "blake2s256": "blake2s",
	"md5": "md5", "sha1": "sha1", "sha224": "sha224", "sha256": "sha256", "sha384": "sha384", "sha512": "sha512",
}

// lookupAlgo finds an algorithm by hashlib's name, or by one of
// OpenSSL's names in any case, as CPython's _hashlib does.
func lookupAlgo(name string) *algo {
	if a := algoNamed(name); a != nil {
		return a
	}
	if alias, ok := opensslNames[strings.ToLower(name)]; ok {
		if a := algoNamed(alias); a != nil {
			return a
		}
		for _, a := range blake2Algos {
			if a.name == alias {
				return a
			}
		}
	}
	return nil
}

// algoNamed finds an algorithm by its hashlib name.
func algoNamed(name string) *algo {
	for _, a := range algorithms {
		if a.name == name {
			return a
		}
	}
	return nil
}
