package hashlib

import (
	"math/big"

	"github.com/kaa-lang/kaa/py"
)

// Blake2bType and Blake2sType are _blake2.blake2b and _blake2.blake2s.
var (
	Blake2bType = py.NewBuiltinType("_blake2.blake2b", nil, 0)
	Blake2sType = py.NewBuiltinType("_blake2.blake2s", nil, 0)
)

// blake2Variant holds the limits of one BLAKE2 flavour.
type blake2Variant struct {
	name                       string
	maxDigest, saltSize, block int
	nodeOffsetBits             int
}

var (
	variantB = &blake2Variant{name: "blake2b", maxDigest: 64, saltSize: 16, block: 128, nodeOffsetBits: 64}
	variantS = &blake2Variant{name: "blake2s", maxDigest: 32, saltSize: 8, block: 64, nodeOffsetBits: 48}
)

// smallInt reads an int argument that must fit a C int.
func smallInt(t *py.Thread, o py.Object) (int, error) { return py.AsIndex(t, o) }

// bytesParam reads key, salt or person.
func bytesParam(o py.Object) ([]byte, error) {
	if b, ok := py.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// unsignedParam reads leaf_size or node_offset: a non-negative int of at
// most bits bits.
func unsignedParam(t *py.Thread, o py.Object, name string, bits int) (uint64, error) {
	r, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	small, b, _ := py.IntValue(r)
	if b == nil {
		b = big.NewInt(small)
	}
	if b.Sign() < 0 {
		return 0, py.Errorf(py.ValueErrorType, "value must be positive")
	}
	if b.BitLen() > 64 {
		return 0, py.Errorf(py.OverflowErrorType, "int too big to convert")
	}
	if b.BitLen() > bits {
		return 0, py.Errorf(py.OverflowErrorType, "%s is too large", name)
	}
	return b.Uint64(), nil
}

// newBlake2 is the constructor of blake2b and blake2s.
func newBlake2(v *blake2Variant) func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var data, key, salt, person, usedForSecurity py.Object
		var digestSize, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize py.Object
		lastNode := false
		if err := py.UnpackArgs(v.name, args, kw, "data?", &data, "/", "*", "digest_size", &digestSize, "key", &key,
			"salt", &salt, "person", &person, "fanout", &fanout, "depth", &depth, "leaf_size", &leafSize,
			"node_offset", &nodeOffset, "node_depth", &nodeDepth, "inner_size", &innerSize, "last_node", &lastNode,
			"usedforsecurity", &usedForSecurity); err != nil {
			return nil, err
		}
		p := &blake2Params{digestSize: v.maxDigest, fanout: 1, depth: 1}
		var err error
		if digestSize != nil {
			if p.digestSize, err = smallInt(t, digestSize); err != nil {
				return nil, err
			}
			if p.digestSize < 1 || p.digestSize > v.maxDigest {
				return nil, py.Errorf(py.ValueErrorType, "digest_size must be between 1 and %d bytes", v.maxDigest)
			}
		}
		if salt != nil {
			if p.salt, err = bytesParam(salt); err != nil {
				return nil, err
			}
			if len(p.salt) > v.saltSize {
				return nil, py.Errorf(py.ValueErrorType, "maximum salt length is %d bytes", v.saltSize)
			}
		}
		if person != nil {
			if p.person, err = bytesParam(person); err != nil {
				return nil, err
			}
			if len(p.person) > v.saltSize {
				return nil, py.Errorf(py.ValueErrorType, "maximum person length is %d bytes", v.saltSize)
			}
		}
		if fanout != nil {
			if p.fanout, err = smallInt(t, fanout); err != nil {
				return nil, err
			}
			if p.fanout < 0 || p.fanout > 255 {
				return nil, py.Errorf(py.ValueErrorType, "fanout must be between 0 and 255")
			}
		}
		if depth != nil {
			if p.depth, err = smallInt(t, depth); err != nil {
				return nil, err
			}
			if p.depth < 1 || p.depth > 255 {
				return nil, py.Errorf(py.ValueErrorType, "depth must be between 1 and 255")
			}
		}
		if leafSize != nil {
			n, err := unsignedParam(t, leafSize, "leaf_size", 32)
			if err != nil {
				return nil, err
			}
			p.leafSize = uint32(n)
		}
		if nodeOffset != nil {
			if p.nodeOffset, err = unsignedParam(t, nodeOffset, "node_offset", v.nodeOffsetBits); err != nil {
				return nil, err
			}
		}
		if nodeDepth != nil {
			if p.nodeDepth, err = smallInt(t, nodeDepth); err != nil {
				return nil, err
			}
			if p.nodeDepth < 0 || p.nodeDepth > 255 {
				return nil, py.Errorf(py.ValueErrorType, "node_depth must be between 0 and 255")
			}
		}
		if innerSize != nil {
			if p.innerSize, err = smallInt(t, innerSize); err != nil {
				return nil, err
			}
			if p.innerSize < 0 || p.innerSize > v.maxDigest {
				return nil, py.Errorf(py.ValueErrorType, "inner_size must be between 0 and is %d", v.maxDigest)
			}
		}
		p.lastNode = lastNode
		if key != nil {
			if p.key, err = bytesParam(key); err != nil {
				return nil, err
			}
			if len(p.key) > v.maxDigest {
				return nil, py.Errorf(py.ValueErrorType, "maximum key length is %d bytes", v.maxDigest)
			}
		}
		h := &Hash{name: v.name, size: p.digestSize, blockSize: v.block}
		if v == variantB {
			h.typ, h.st = Blake2bType, newBlake2b(p)
		} else {
			h.typ, h.st = Blake2sType, newBlake2s(p)
		}
		if data != nil {
			if err := h.update(data); err != nil {
				return nil, err
			}
		}
		return h, nil
	}
}

func init() {
	for _, c := range []struct {
		typ *py.Type
		v   *blake2Variant
	}{{Blake2bType, variantB}, {Blake2sType, variantS}} {
		c.typ.QualName = c.v.name
		c.typ.AddAttr("__module__", py.NewStr("_blake2"))
		c.typ.Doc = "Return a new BLAKE2 hash object."
		c.typ.Slots.New = newBlake2(c.v)
		addHashMethods(c.typ)
		addFixedDigest(c.typ)
		c.typ.AddAttr("SALT_SIZE", py.NewInt(int64(c.v.saltSize)))
		c.typ.AddAttr("PERSON_SIZE", py.NewInt(int64(c.v.saltSize)))
		c.typ.AddAttr("MAX_KEY_SIZE", py.NewInt(int64(c.v.maxDigest)))
		c.typ.AddAttr("MAX_DIGEST_SIZE", py.NewInt(int64(c.v.maxDigest)))
	}
}

// InitBlake2 creates the _blake2 module.
func InitBlake2(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_blake2")
	m.Set("__doc__", py.NewStr("kaa's BLAKE2b and BLAKE2s."))
	m.Set("blake2b", Blake2bType)
	m.Set("blake2s", Blake2sType)
	for _, c := range []struct {
		prefix string
		v      *blake2Variant
	}{{"BLAKE2B", variantB}, {"BLAKE2S", variantS}} {
		m.Set(c.prefix+"_SALT_SIZE", py.NewInt(int64(c.v.saltSize)))
		m.Set(c.prefix+"_PERSON_SIZE", py.NewInt(int64(c.v.saltSize)))
		m.Set(c.prefix+"_MAX_KEY_SIZE", py.NewInt(int64(c.v.maxDigest)))
		m.Set(c.prefix+"_MAX_DIGEST_SIZE", py.NewInt(int64(c.v.maxDigest)))
	}
	return m, nil
}
