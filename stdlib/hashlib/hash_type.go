package hashlib

import (
	"encoding/hex"
	"strconv"
	"sync"

	"github.com/kaa-lang/kaa/py"
)

// Hash is a hash object: _hashlib.HASH, _hashlib.HASHXOF or one of
// _blake2's types.
type Hash struct {
	typ       *py.Type
	name      string
	size      int
	blockSize int
	mu        sync.Mutex
	st        state
}

// Type returns the hash object's type.
func (h *Hash) Type() *py.Type { return h.typ }

// HashType is _hashlib.HASH.
var HashType = py.NewBuiltinType("_hashlib.HASH", nil, 0)

// HashXOFType is _hashlib.HASHXOF, the type of SHAKE objects.
var HashXOFType = py.NewBuiltinType("_hashlib.HASHXOF", HashType, 0)

// asHash unwraps a hash object or an instance of a subclass of one.
func asHash(o py.Object) (*Hash, error) {
	switch v := o.(type) {
	case *Hash:
		return v, nil
	case *py.Instance:
		if h, ok := v.Base().(*Hash); ok {
			return h, nil
		}
	}
	return nil, py.Errorf(py.TypeErrorType, "descriptor requires a hash object but received '%s'", py.TypeName(o))
}

// hashData returns the bytes of data to hash, with CPython's messages.
func hashData(o py.Object) ([]byte, error) {
	if _, ok := py.AsStr(o); ok {
		return nil, py.Errorf(py.TypeErrorType, "Strings must be encoded before hashing")
	}
	if b, ok := py.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "object supporting the buffer API required")
}

// update adds data to h.
func (h *Hash) update(o py.Object) error {
	b, err := hashData(o)
	if err != nil {
		return err
	}
	h.mu.Lock()
	h.st.Write(b)
	h.mu.Unlock()
	return nil
}

// digest returns the digest so far (n bytes for a XOF).
func (h *Hash) digest(n int) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	b, err := h.st.sum(n)
	if err != nil {
		return nil, py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	return b, nil
}

// copyHash returns an independent copy of h.
func (h *Hash) copyHash() (*Hash, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	st, err := h.st.clone()
	if err != nil {
		return nil, py.Errorf(py.ValueErrorType, "%s", err.Error())
	}
	return &Hash{typ: h.typ, name: h.name, size: h.size, blockSize: h.blockSize, st: st}, nil
}

// addHashMethods adds update, copy and the read-only attributes shared
// by every hash type; digest and hexdigest are added by the caller
// (XOFs take a length).
func addHashMethods(typ *py.Type) {
	typ.AddMethod("update", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		h, err := asHash(self)
		if err != nil {
			return nil, err
		}
		if err := py.CheckArgs("update", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.None, h.update(args[0])
	}, "Update this hash object's state with the provided string.")
	typ.AddMethod("copy", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		h, err := asHash(self)
		if err != nil {
			return nil, err
		}
		if err := noArgs(self, "copy", args, kw); err != nil {
			return nil, err
		}
		c, err := h.copyHash()
		if err != nil {
			return nil, err
		}
		if inst, ok := self.(*py.Instance); ok {
			return py.NewInstanceWithBase(inst.Type(), c), nil
		}
		return c, nil
	}, "Return a copy of the hash object.")
	typ.AddGetSet("name", func(t *py.Thread, o py.Object) (py.Object, error) {
		h, err := asHash(o)
		if err != nil {
			return nil, err
		}
		return py.NewStr(h.name), nil
	}, nil, "")
	typ.AddGetSet("digest_size", func(t *py.Thread, o py.Object) (py.Object, error) {
		h, err := asHash(o)
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(h.size)), nil
	}, nil, "")
	typ.AddGetSet("block_size", func(t *py.Thread, o py.Object) (py.Object, error) {
		h, err := asHash(o)
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(h.blockSize)), nil
	}, nil, "")
}

// addFixedDigest adds digest() and hexdigest() of a fixed-size hash.
func addFixedDigest(typ *py.Type) {
	typ.AddMethod("digest", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		h, err := asHash(self)
		if err != nil {
			return nil, err
		}
		if err := noArgs(self, "digest", args, kw); err != nil {
			return nil, err
		}
		b, err := h.digest(h.size)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	}, "Return the digest value as a bytes object.")
	typ.AddMethod("hexdigest", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		h, err := asHash(self)
		if err != nil {
			return nil, err
		}
		if err := noArgs(self, "hexdigest", args, kw); err != nil {
			return nil, err
		}
		b, err := h.digest(h.size)
		if err != nil {
			return nil, err
		}
		return py.NewStr(hex.EncodeToString(b)), nil
	}, "Return the digest value as a string of hexadecimal digits.")
}

// xofLength reads the length argument of a XOF's digest methods.
func xofLength(t *py.Thread, fname string, args []py.Object, kw *py.Tuple) (int, error) {
	var length py.Object
	if err := py.UnpackArgs(fname, args, kw, "length", &length); err != nil {
		return 0, err
	}
	n, err := py.AsIndex(t, length)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.SystemErrorType, "Negative size passed to PyBytes_FromStringAndSize")
	}
	if err := t.CheckSize(1, n); err != nil {
		return 0, err
	}
	return n, nil
}

func init() {
	HashType.QualName = "HASH"
	HashXOFType.QualName = "HASHXOF"
	HashType.AddAttr("__module__", py.NewStr("_hashlib"))
	HashXOFType.AddAttr("__module__", py.NewStr("_hashlib"))
	HashType.Doc = "A hash is an object used to calculate a checksum of a string of information."
	HashXOFType.Doc = "A hash is an object used to calculate a checksum of a string of information."
	addHashMethods(HashType)
	addFixedDigest(HashType)
	repr := func(t *py.Thread, o py.Object) (py.Object, error) {
		h, err := asHash(o)
		if err != nil {
			return nil, err
		}
		id, _, _ := py.IntValue(py.ObjectID(o))
		return py.NewStr("<" + h.name + " " + o.Type().FullName() + " object @ 0x" + strconv.FormatUint(uint64(id), 16) + ">"), nil
	}
	HashType.Slots.Repr = repr
	HashXOFType.Slots.Repr = repr
	HashXOFType.AddMethod("digest", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		h, err := asHash(self)
		if err != nil {
			return nil, err
		}
		n, err := xofLength(t, "digest", args, kw)
		if err != nil {
			return nil, err
		}
		b, err := h.digest(n)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	}, "Return the digest value as a bytes object.")
	HashXOFType.AddMethod("hexdigest", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		h, err := asHash(self)
		if err != nil {
			return nil, err
		}
		n, err := xofLength(t, "hexdigest", args, kw)
		if err != nil {
			return nil, err
		}
		b, err := h.digest(n)
		if err != nil {
			return nil, err
		}
		return py.NewStr(hex.EncodeToString(b)), nil
	}, "Return the digest value as a string of hexadecimal digits.")
}

// noArgs checks that a method taking no arguments got none, with
// CPython's message naming the type.
func noArgs(self py.Object, method string, args []py.Object, kw *py.Tuple) error {
	if len(args) == 0 {
		return nil
	}
	if kw != nil && kw.Len() > 0 && len(args) == kw.Len() {
		return py.Errorf(py.TypeErrorType, "%s.%s() takes no keyword arguments", self.Type().ShortName(), method)
	}
	return py.Errorf(py.TypeErrorType, "%s.%s() takes no arguments (%d given)", self.Type().ShortName(), method, len(args))
}
