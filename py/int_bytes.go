package py

import (
	"math/big"
)

// int.to_bytes and int.from_bytes: two's complement or unsigned
// magnitudes in big- or little-endian byte order.

func init() {
	IntType.AddMethod("to_bytes", intToBytes, "Return an array of bytes representing an integer.")
	IntType.AddClassMethod("from_bytes", intFromBytes, "Return the integer represented by the given array of bytes.")
}

// byteOrderArg checks the byteorder argument: true for "little".
func byteOrderArg(order string) (bool, error) {
	switch order {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// intToBytes implements int.to_bytes(length=1, byteorder='big', *,
// signed=False).
func intToBytes(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	length, order, signed := 1, "big", false
	if err := UnpackArgs("to_bytes", args, kw, "length?", &length, "byteorder?", &order, "*", "signed?", &signed); err != nil {
		return nil, err
	}
	little, err := byteOrderArg(order)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, Errorf(ValueErrorType, "length argument must be non-negative")
	}
	v := asBig(self)
	if v.Sign() < 0 && !signed {
		return nil, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// The number of bits the value needs in the requested encoding.
	need := v.BitLen()
	if signed && v.Sign() != 0 {
		need++
		if v.Sign() < 0 && isNegPowerOfTwo(v) {
			need-- // -2**k fits in k+1 bits
		}
	}
	if need > 8*length {
		return nil, Errorf(OverflowErrorType, "int too big to convert")
	}
	if err := t.checkSize(1, length); err != nil {
		return nil, err
	}
	out := make([]byte, length)
	mag := v
	if v.Sign() < 0 {
		// Two's complement: 2**(8*length) + v.
		mag = new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		mag.Add(mag, v)
	}
	mag.FillBytes(out)
	if little {
		reverseBytes(out)
	}
	return NewBytes(out), nil
}

// isNegPowerOfTwo reports whether v (negative) is -2**k.
func isNegPowerOfTwo(v *big.Int) bool {
	words := v.Bits()
	seen := false
	for _, w := range words {
		if w == 0 {
			continue
		}
		if seen || w&(w-1) != 0 {
			return false
		}
		seen = true
	}
	return true
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// intFromBytes implements int.from_bytes(bytes, byteorder='big', *,
// signed=False), a class method: a subclass is called with the result.
func intFromBytes(t *Thread, self Object, args []Object, kw *Tuple) (Object, error) {
	var data Object
	order, signed := "big", false
	if err := UnpackArgs("from_bytes", args, kw, "bytes", &data, "byteorder?", &order, "*", "signed?", &signed); err != nil {
		return nil, err
	}
	little, err := byteOrderArg(order)
	if err != nil {
		return nil, err
	}
	b, err := bytesOfObject(t, data)
	if err != nil {
		return nil, err
	}
	if little {
		c := make([]byte, len(b))
		copy(c, b)
		reverseBytes(c)
		b = c
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := newIntOwnBig(v)
	if typ, ok := self.(*Type); ok && typ != IntType {
		return Call(t, typ, []Object{r}, nil)
	}
	return r, nil
}

// bytesOfObject returns the bytes of a bytes-like object or of an
// iterable of ints in range(256), as bytes(x) would build them.
func bytesOfObject(t *Thread, o Object) ([]byte, error) {
	if b, ok := AsBytes(o); ok {
		return b.b, nil
	}
	if _, ok := AsStr(o); ok {
		return nil, Errorf(TypeErrorType, "cannot convert 'str' object to bytes")
	}
	if o.Type().Slots.Iter == nil && o.Type().LookupString("__getitem__") == nil {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeName(o))
	}
	it, err := Iter(t, o)
	if err != nil {
		return nil, err
	}
	var out []byte
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		n, err := Index(t, x)
		if err != nil {
			return nil, err
		}
		v, vb, _ := IntValue(n)
		if vb != nil || v < 0 || v > 255 {
			return nil, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(v))
	}
}
