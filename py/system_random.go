package py

import "crypto/rand"

// RandomSource is an optional method set of a System: a System that has
// it supplies the random bytes the interpreter uses (random's seeding
// when no seed is given, os.urandom, random.SystemRandom), so an
// embedder can make them reproducible or deny them. A System without it
// gets the operating system's generator (crypto/rand).
type RandomSource interface {
	// ReadRandom fills b with random bytes.
	ReadRandom(b []byte) error
}

// ReadRandom fills b from the operating system's generator.
func (OSSystem) ReadRandom(b []byte) error {
	_, err := rand.Read(b)
	return err
}

// ReadRandom fills b with random bytes from the interpreter's System
// (see RandomSource).
func (in *Interpreter) ReadRandom(b []byte) error {
	if rs, ok := in.System().(RandomSource); ok {
		return rs.ReadRandom(b)
	}
	_, err := rand.Read(b)
	return err
}
