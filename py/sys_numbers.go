package py

import "math"

// sys.float_info, sys.int_info and sys.hash_info: the numeric parameters
// of the implementation, as CPython reports them on 64-bit platforms.

var (
	// FloatInfoType is the type of sys.float_info.
	FloatInfoType = newStructSeqType("sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	// IntInfoType is the type of sys.int_info.
	IntInfoType = newStructSeqType("sys.int_info", []string{"bits_per_digit", "sizeof_digit",
		"default_max_str_digits", "str_digits_check_threshold"})
	// HashInfoType is the type of sys.hash_info.
	HashInfoType = newStructSeqType("sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag",
		"algorithm", "hash_bits", "seed_bits", "cutoff"})
)

func init() {
	InitStructSeqType(FloatInfoType)
	InitStructSeqType(IntInfoType)
	InitStructSeqType(HashInfoType)
}

// addNumericSysInfo sets sys.float_info, sys.int_info and sys.hash_info.
func (in *Interpreter) addNumericSysInfo(s *Module) {
	s.Set("float_info", NewStructSeq(FloatInfoType, Float(math.MaxFloat64), NewInt(1024), NewInt(308),
		Float(0x1p-1022), NewInt(-1021), NewInt(-307), NewInt(15), NewInt(53), Float(0x1p-52), NewInt(2), NewInt(1)))
	s.Set("int_info", NewStructSeq(IntInfoType, NewInt(30), NewInt(4), NewInt(4300), NewInt(640)))
	// kaa's str and bytes hash is its own fixed function, not siphash.
	s.Set("hash_info", NewStructSeq(HashInfoType, NewInt(64), NewInt(hashModulus), NewInt(hashInf), NewInt(0),
		NewInt(1000003), NewStr("kaa"), NewInt(64), NewInt(0), NewInt(0)))
}
