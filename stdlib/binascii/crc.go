package binascii

import (
	"hash/crc32"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modutil"
)

// maskedUint32 converts an int argument to its low 32 bits, as CPython's
// unsigned-int argument conversion with wrap-around does.
func maskedUint32(t *py.Thread, o py.Object) (uint32, error) {
	v, ok, err := modutil.AsInteger(t, o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", py.TypeName(o))
	}
	words := v.Bits()
	var low uint32
	if len(words) > 0 {
		low = uint32(words[0])
	}
	if v.Sign() < 0 {
		low = -low
	}
	return low, nil
}

// crc32Func is crc32(data, crc=0).
func crc32Func(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := noKeywords("crc32", kw); err != nil {
		return nil, err
	}
	if err := py.CheckArgs("crc32", args, kw, 1, 2); err != nil {
		return nil, err
	}
	in, err := binData(args[0])
	if err != nil {
		return nil, err
	}
	var start uint32
	if len(args) > 1 {
		if start, err = maskedUint32(t, args[1]); err != nil {
			return nil, err
		}
	}
	return py.NewInt(int64(crc32.Update(start, crc32.IEEETable, in))), nil
}

// CRCHqx updates a CRC-CCITT (polynomial 0x1021, as binhex uses) with
// data.
func CRCHqx(crc uint16, data []byte) uint16 {
	for _, b := range data {
		crc ^= uint16(b) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// crcHqx is crc_hqx(data, crc).
func crcHqx(t *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if err := noKeywords("crc_hqx", kw); err != nil {
		return nil, err
	}
	if err := py.CheckArgs("crc_hqx", args, kw, 2, 2); err != nil {
		return nil, err
	}
	in, err := binData(args[0])
	if err != nil {
		return nil, err
	}
	start, err := maskedUint32(t, args[1])
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(CRCHqx(uint16(start), in))), nil
}
