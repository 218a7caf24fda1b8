// Package hashlib implements _hashlib and _blake2, the Go halves of
// kaa's hashlib module (lib/hashlib.py): hash objects over Go's crypto
// packages (MD5, SHA-1, SHA-2, SHA-3, SHAKE), kaa's own BLAKE2b and
// BLAKE2s, PBKDF2-HMAC and compare_digest, with CPython's names, sizes
// and error messages.
package hashlib

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"hash"

	"github.com/kaa-lang/kaa/py"
)

// UnsupportedDigestmodErrorType is _hashlib.UnsupportedDigestmodError,
// raised for an unknown algorithm name.
var UnsupportedDigestmodErrorType = py.NewExceptionType("_hashlib", "UnsupportedDigestmodError", "", py.ValueErrorType)

// newHash starts a hash object of algorithm a over data (nil: none).
func newHash(a *algo, data py.Object) (py.Object, error) {
	typ := HashType
	if a.xof {
		typ = HashXOFType
	}
	h := &Hash{typ: typ, name: a.name, size: a.size, blockSize: a.blockSize, st: a.newState()}
	if data != nil {
		if err := h.update(data); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// constructor returns openssl_<name>(string=b”, *, usedforsecurity=True).
func constructor(a *algo) func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	fname := "openssl_" + a.name
	return func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var data, usedForSecurity py.Object
		if err := py.UnpackArgs(fname, args, kw, "string?", &data, "*", "usedforsecurity", &usedForSecurity); err != nil {
			return nil, err
		}
		return newHash(a, data)
	}
}

// unsupported is the error for an unknown algorithm name.
func unsupported(name string) error {
	return py.Errorf(UnsupportedDigestmodErrorType, "unsupported hash type %s", name)
}

// hashNew is _hashlib.new(name, string=b”, *, usedforsecurity=True).
func hashNew(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var name, data, usedForSecurity py.Object
	if err := py.UnpackArgs("new", args, kw, "name", &name, "string?", &data, "*", "usedforsecurity", &usedForSecurity); err != nil {
		return nil, err
	}
	s, ok := py.AsStr(name)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "name must be a string")
	}
	a := lookupAlgo(s.String())
	if a == nil {
		return nil, py.Errorf(py.ValueErrorType, "unsupported hash type %s", s.String())
	}
	return newHash(a, data)
}

// pbkdf2HMAC is pbkdf2_hmac(hash_name, password, salt, iterations,
// dklen=None).
func pbkdf2HMAC(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var name *py.Str
	var password, salt, iterations, dklen py.Object
	if err := py.UnpackArgs("pbkdf2_hmac", args, kw, "hash_name", &name, "password", &password, "salt", &salt,
		"iterations", &iterations, "dklen?", &dklen); err != nil {
		return nil, err
	}
	pw, ok := py.BytesLike(password)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(password))
	}
	sb, ok := py.BytesLike(salt)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(salt))
	}
	iters, err := cLong(t, iterations)
	if err != nil {
		return nil, err
	}
	if iters < 1 {
		return nil, py.Errorf(py.ValueErrorType, "iteration value must be greater than 0.")
	}
	if iters > 1<<31-1 {
		return nil, py.Errorf(py.OverflowErrorType, "iteration value is too great.")
	}
	a := lookupAlgo(name.String())
	if a == nil || a.xof {
		return nil, unsupported(name.String())
	}
	n := int64(a.size)
	if dklen != nil && dklen != py.None {
		if n, err = cLong(t, dklen); err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.Errorf(py.ValueErrorType, "key length must be greater than 0.")
		}
		if n > 1<<31-1 {
			return nil, py.Errorf(py.OverflowErrorType, "key length is too great.")
		}
	}
	if err := t.CheckSize(1, int(n)); err != nil {
		return nil, err
	}
	newFn := func() hash.Hash { return &stateHash{a.newState(), a} }
	key, err := pbkdf2.Key(newFn, string(pw), sb, int(iters), int(n))
	if err != nil {
		return nil, py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	return py.NewBytes(key), nil
}

// cLong converts an integer argument as CPython's C long parameters do.
func cLong(t *py.Thread, o py.Object) (int64, error) {
	if _, isFloat := py.FloatValue(o); isFloat {
		return 0, py.Errorf(py.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	r, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	small, big, _ := py.IntValue(r)
	if big != nil {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C long")
	}
	return small, nil
}

// stateHash presents a state as a hash.Hash for crypto/pbkdf2.
type stateHash struct {
	st state
	a  *algo
}

func (s *stateHash) Write(p []byte) (int, error) { return s.st.Write(p) }
func (s *stateHash) Sum(b []byte) []byte {
	d, _ := s.st.sum(s.a.size)
	return append(b, d...)
}
func (s *stateHash) Reset()         { s.st = s.a.newState() }
func (s *stateHash) Size() int      { return s.a.size }
func (s *stateHash) BlockSize() int { return s.a.blockSize }

// compareDigest is compare_digest(a, b): a comparison whose time does
// not depend on where the arguments differ.
func compareDigest(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("compare_digest", args, kw, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	sa, aStr := py.AsStr(a)
	sb, bStr := py.AsStr(b)
	var x, y []byte
	switch {
	case aStr && bStr:
		if !sa.IsASCII() || !sb.IsASCII() {
			return nil, py.Errorf(py.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
		}
		x, y = []byte(sa.String()), []byte(sb.String())
	default:
		var okA, okB bool
		x, okA = py.BytesLike(a)
		y, okB = py.BytesLike(b)
		switch {
		case !okA && !okB:
			return nil, py.Errorf(py.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", py.TypeName(a), py.TypeName(b))
		case !okA:
			return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(a))
		case !okB:
			return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(b))
		}
	}
	return py.Bool(hmac.Equal(x, y)), nil
}

// Init creates the _hashlib module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_hashlib")
	m.Set("__doc__", py.NewStr("kaa's hash algorithms (Go's crypto packages)."))
	m.Set("HASH", HashType)
	m.Set("HASHXOF", HashXOFType)
	m.Set("UnsupportedDigestmodError", UnsupportedDigestmodErrorType)
	names := make([]py.Object, 0, len(algorithms))
	for _, a := range algorithms {
		m.AddFunc("openssl_"+a.name, constructor(a), "Returns a "+a.name+" hash object; optionally initialized with a string")
		names = append(names, py.NewStr(a.name))
	}
	set := py.NewFrozenSet()
	for _, n := range names {
		if err := set.Add(in.MainThread(), n); err != nil {
			return nil, err
		}
	}
	m.Set("openssl_md_meth_names", set)
	m.AddFunc("new", hashNew, "Return a new hash object using the named algorithm.")
	m.AddFunc("pbkdf2_hmac", pbkdf2HMAC, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.")
	m.AddFunc("compare_digest", compareDigest, "Return 'a == b'.\n\nThis function uses an approach designed to prevent timing analysis.")
	m.AddFunc("get_fips_mode", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return py.NewInt(0), py.CheckArgs("get_fips_mode", args, kw, 0, 0)
	}, "Determine the OpenSSL FIPS mode of operation (always 0 in kaa).")
	return m, nil
}
