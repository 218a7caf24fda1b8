package libm

import "math"

// canonicalNaNBits is the quiet NaN CPython produces for float('nan') and
// math.nan: exponent all ones, the top mantissa bit set, nothing else.
// Go's math.NaN() sets the lowest mantissa bit as well, which shows in
// struct.pack('d', ...) and marshal output, so kaa never uses it.
const canonicalNaNBits = 0x7ff8000000000000

// NaN returns the canonical quiet NaN (bits 0x7ff8000000000000).
func NaN() float64 { return math.Float64frombits(canonicalNaNBits) }
