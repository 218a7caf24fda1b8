// Package random implements _random, the Go half of kaa's random
// module: the Mersenne Twister generator type (_random.Random) with
// CPython's seeding, so that every seed gives CPython's sequence. The
// Python half (lib/random.py) builds the distributions on it.
package random

import (
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"time"

	"github.com/kaa-lang/kaa/py"
)

// Random is an _random.Random: one Mersenne Twister.
type Random struct {
	g mt
}

// RandomType is _random.Random, the base class of random.Random.
var RandomType = py.NewBuiltinType("_random.Random", nil, py.FlagBaseType)

// Type returns RandomType.
func (*Random) Type() *py.Type { return RandomType }

// asRandom unwraps a generator or an instance of a subclass.
func asRandom(o py.Object) (*Random, error) {
	switch v := o.(type) {
	case *Random:
		return v, nil
	case *py.Instance:
		if r, ok := v.Base().(*Random); ok {
			return r, nil
		}
	}
	return nil, py.Errorf(py.TypeErrorType, "descriptor requires a '_random.Random' object but received '%s'", py.TypeName(o))
}

// Init creates the _random module.
func Init(in *py.Interpreter) (*py.Module, error) {
	m := py.NewModule("_random")
	m.Set("__doc__", py.NewStr("Module implements the Mersenne Twister random number generator."))
	m.Set("Random", RandomType)
	m.AddFunc("_urandom", urandom, "_urandom(n) -> n random bytes from the interpreter's random source (what SystemRandom uses).")
	m.AddFunc("_seed_from_bytes", seedFromBytes, "int.from_bytes(b + sha512(b).digest()): how random.seed turns str and bytes into an int (version 2).")
	return m, nil
}

// urandom is _urandom(n).
func urandom(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("_urandom", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := py.AsIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueErrorType, "negative argument not allowed")
	}
	if err := t.CheckSize(1, n); err != nil {
		return nil, err
	}
	b := make([]byte, n)
	if err := t.Interp().ReadRandom(b); err != nil {
		return nil, py.OSErrorFrom(err, nil)
	}
	return py.NewBytes(b), nil
}

// seedFromBytes is _seed_from_bytes(b).
func seedFromBytes(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := py.CheckArgs("_seed_from_bytes", args, kw, 1, 1); err != nil {
		return nil, err
	}
	b, ok := py.BytesLike(args[0])
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
	}
	sum := sha512.Sum512(b)
	all := append(append([]byte(nil), b...), sum[:]...)
	return py.NewIntFromBig(new(big.Int).SetBytes(all)), nil
}

// seed seeds g from arg as CPython's random_seed: None draws from the
// interpreter's random source, an int uses its absolute value, anything
// else its hash (read as an unsigned word).
func (r *Random) seed(t *py.Thread, arg py.Object) error {
	if arg == nil || arg == py.None {
		var buf [mtN * 4]byte
		key := make([]uint32, mtN)
		if err := t.Interp().ReadRandom(buf[:]); err != nil {
			// CPython falls back on the time and the process id.
			now := uint64(t.Interp().System().Now().UnixNano())
			key = []uint32{uint32(now), uint32(now >> 32), uint32(time.Now().Nanosecond())}
		} else {
			for i := range key {
				key[i] = binary.LittleEndian.Uint32(buf[4*i:])
			}
		}
		r.g.initByArray(key)
		return nil
	}
	var n *big.Int
	if small, b, ok := py.IntValue(arg); ok {
		if b != nil {
			n = new(big.Int).Abs(b)
		} else if small < 0 {
			n = new(big.Int).Neg(big.NewInt(small))
		} else {
			n = big.NewInt(small)
		}
	} else {
		h, err := py.Hash(t, arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	r.g.initByArray(words(n))
	return nil
}

// words splits n >= 0 into 32-bit words, least significant first (one
// zero word for 0).
func words(n *big.Int) []uint32 {
	if n.Sign() == 0 {
		return []uint32{0}
	}
	b := n.Bytes() // big-endian
	nw := (len(b) + 3) / 4
	key := make([]uint32, nw)
	for i := 0; i < len(b); i++ {
		byteIndex := len(b) - 1 - i // i-th least significant byte
		key[i/4] |= uint32(b[byteIndex]) << (8 * (i % 4))
	}
	return key
}

// getrandbits returns an int of k random bits (k >= 0), built from
// 32-bit words least significant first as CPython does.
func (r *Random) getrandbits(k int) py.Object {
	if k == 0 {
		return py.NewInt(0)
	}
	if k <= 32 {
		return py.NewInt(int64(r.g.uint32() >> (32 - k)))
	}
	if k <= 63 {
		lo := uint64(r.g.uint32())
		hi := uint64(r.g.uint32() >> (64 - k))
		return py.NewInt(int64(hi<<32 | lo))
	}
	nw := (k-1)/32 + 1
	buf := make([]byte, nw*4)
	for i := 0; i < nw; i, k = i+1, k-32 {
		w := r.g.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		// big-endian bytes for big.Int: word i goes at the end.
		binary.BigEndian.PutUint32(buf[(nw-1-i)*4:], w)
	}
	return py.NewIntFromBig(new(big.Int).SetBytes(buf))
}

// cIntArg converts o with __index__ to a C int, with CPython's errors.
func cIntArg(t *py.Thread, o py.Object) (int, error) {
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	small, b, _ := py.IntValue(v)
	if b != nil || small > math.MaxInt32 || small < math.MinInt32 {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(small), nil
}

// stateWord converts an item of a state tuple as PyLong_AsUnsignedLong
// does, keeping the low 32 bits.
func stateWord(o py.Object) (uint32, error) {
	small, b, ok := py.IntValue(o)
	if !ok {
		return 0, py.Errorf(py.TypeErrorType, "an integer is required")
	}
	if b != nil {
		if b.Sign() < 0 {
			return 0, py.Errorf(py.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		if b.BitLen() > 64 {
			return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		return uint32(b.Uint64()), nil
	}
	if small < 0 {
		return 0, py.Errorf(py.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	return uint32(small), nil
}

// stateIndex converts the last item of a state tuple as PyLong_AsLong.
func stateIndex(o py.Object) (int64, error) {
	small, b, ok := py.IntValue(o)
	if !ok {
		return 0, py.Errorf(py.TypeErrorType, "an integer is required")
	}
	if b != nil {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C long")
	}
	return small, nil
}

func init() {
	typ := RandomType
	typ.QualName = "Random"
	typ.AddAttr("__module__", py.NewStr("_random"))
	typ.Doc = "Random() -> create a random number generator with its own internal state."
	typ.Slots.New = func(t *py.Thread, sub *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r := &Random{}
		if sub != RandomType {
			return py.NewInstanceWithBase(sub, r), nil
		}
		return r, nil
	}
	typ.Slots.Init = func(t *py.Thread, o py.Object, args []py.Object, kw *py.Tuple) error {
		r, err := asRandom(o)
		if err != nil {
			return err
		}
		if kw != nil && kw.Len() > 0 {
			return py.Errorf(py.TypeErrorType, "Random() takes no keyword arguments")
		}
		if len(args) > 1 {
			return py.Errorf(py.TypeErrorType, "Random() requires 0 or 1 argument")
		}
		var arg py.Object
		if len(args) == 1 {
			arg = args[0]
		}
		return r.seed(t, arg)
	}
	typ.AddMethod("seed", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r, err := asRandom(self)
		if err != nil {
			return nil, err
		}
		if kw != nil && kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "seed() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, py.Errorf(py.TypeErrorType, "seed expected at most 1 argument, got %d", len(args))
		}
		var arg py.Object
		if len(args) == 1 {
			arg = args[0]
		}
		return py.None, r.seed(t, arg)
	}, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.")
	typ.AddMethod("random", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r, err := asRandom(self)
		if err != nil {
			return nil, err
		}
		if len(args) != 0 || kw != nil {
			if err := py.CheckArgs("random", args, kw, 0, 0); err != nil {
				return nil, err
			}
		}
		return py.Float(r.g.float()), nil
	}, "random() -> x in the interval [0, 1).")
	typ.AddMethod("getrandbits", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r, err := asRandom(self)
		if err != nil {
			return nil, err
		}
		if err := py.CheckArgs("getrandbits", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, err := cIntArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, py.Errorf(py.ValueErrorType, "number of bits must be non-negative")
		}
		if err := t.CheckSize(4, k/32+1); err != nil {
			return nil, err
		}
		return r.getrandbits(k), nil
	}, "getrandbits(k) -> x.  Generates an int with k random bits.")
	typ.AddMethod("getstate", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r, err := asRandom(self)
		if err != nil {
			return nil, err
		}
		if err := py.CheckArgs("getstate", args, kw, 0, 0); err != nil {
			return nil, err
		}
		items := make([]py.Object, mtN+1)
		for i, w := range r.g.state {
			items[i] = py.NewInt(int64(w))
		}
		items[mtN] = py.NewInt(int64(r.g.index))
		return py.NewTupleFromSlice(items), nil
	}, "getstate() -> tuple containing the current state.")
	typ.AddMethod("setstate", func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		r, err := asRandom(self)
		if err != nil {
			return nil, err
		}
		if err := py.CheckArgs("setstate", args, kw, 1, 1); err != nil {
			return nil, err
		}
		tup, ok := args[0].(*py.Tuple)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "state vector must be a tuple")
		}
		items := tup.Items()
		if len(items) != mtN+1 {
			return nil, py.Errorf(py.ValueErrorType, "state vector is the wrong size")
		}
		var state [mtN]uint32
		for i := 0; i < mtN; i++ {
			if state[i], err = stateWord(items[i]); err != nil {
				return nil, err
			}
		}
		index, err := stateIndex(items[mtN])
		if err != nil {
			return nil, err
		}
		if index < 0 || index > mtN {
			return nil, py.Errorf(py.ValueErrorType, "invalid state")
		}
		r.g.state, r.g.index = state, int(index)
		return py.None, nil
	}, "setstate(state) -> None.  Restores generator state.")
}
