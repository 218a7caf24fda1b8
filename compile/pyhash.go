package compile

import (
	"math"
	"math/big"

	"github.com/kaa-lang/kaa/bytecode"
)

// CPython's hash() of numbers and tuples, and the probe sequence of its
// set table, so that a folded frozenset constant lists its items in the
// order CPython's own frozenset iterates them (and dis shows them).

const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
	hashImag    = 1000003
)

// pyHash returns CPython's hash of c as an unsigned word, and whether it is
// the same in every CPython process (false for str, bytes, None, NaN...).
func pyHash(c bytecode.Const) (uint64, bool) {
	switch v := c.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case int64:
		return hashInt(big.NewInt(v)), true
	case *big.Int:
		return hashInt(v), true
	case float64:
		return hashFloat(v)
	case complex128:
		hr, ok1 := hashFloat(real(v))
		hi, ok2 := hashFloat(imag(v))
		if !ok1 || !ok2 {
			return 0, false
		}
		h := hr + hashImag*hi
		if h == math.MaxUint64 {
			h = math.MaxUint64 - 1
		}
		return h, true
	case bytecode.Tuple:
		const (
			prime1 = 11400714785074694791
			prime2 = 14029467366897019727
			prime5 = 2870177450012600261
		)
		acc := uint64(prime5)
		for _, it := range v {
			lane, ok := pyHash(it)
			if !ok {
				return 0, false
			}
			acc += lane * prime2
			acc = acc<<31 | acc>>33
			acc *= prime1
		}
		acc += uint64(len(v)) ^ (prime5 ^ 3527539)
		if acc == math.MaxUint64 {
			return 1546275796, true
		}
		return acc, true
	}
	return 0, false
}

func hashInt(x *big.Int) uint64 {
	m := new(big.Int).Abs(x)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Uint64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == math.MaxUint64 { // -1 is reserved for errors
		h = math.MaxUint64 - 1
	}
	return h
}

func hashFloat(v float64) (uint64, bool) {
	if math.IsInf(v, 1) {
		return hashInf, true
	}
	if math.IsInf(v, -1) {
		return math.MaxUint64 - hashInf + 1, true
	}
	if math.IsNaN(v) {
		return 0, false
	}
	m, e := math.Frexp(v)
	sign := uint64(1)
	if m < 0 {
		sign = math.MaxUint64 // -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = (x<<28)&hashModulus | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - (-1-e)%hashBits
	}
	x = (x<<uint(e))&hashModulus | x>>(hashBits-uint(e))
	x *= sign
	if x == math.MaxUint64 {
		x = math.MaxUint64 - 1
	}
	return x, true
}

// setOrder inserts items (already free of duplicates) into a simulated
// CPython set table and returns them in the table's iteration order.
func setOrder(items []bytecode.Const, hashes []uint64) []bytecode.Const {
	const (
		linearProbes = 9
		perturbShift = 5
	)
	type entry struct {
		used bool
		hash uint64
		item int
	}
	table := make([]entry, 8)
	insert := func(table []entry, h uint64, item int) {
		mask := uint64(len(table) - 1)
		perturb := h
		i := h & mask
		for {
			if !table[i].used {
				table[i] = entry{true, h, item}
				return
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if !table[i+j].used {
						table[i+j] = entry{true, h, item}
						return
					}
				}
			}
			perturb >>= perturbShift
			i = (i*5 + 1 + perturb) & mask
		}
	}
	fill := 0
	for n, h := range hashes {
		insert(table, h, n)
		fill++
		mask := len(table) - 1
		if fill*5 >= mask*3 {
			minUsed := fill * 4
			if fill > 50000 {
				minUsed = fill * 2
			}
			size := 8
			for size <= minUsed {
				size <<= 1
			}
			bigger := make([]entry, size)
			for _, e := range table {
				if e.used {
					insert(bigger, e.hash, e.item)
				}
			}
			table = bigger
		}
	}
	out := make([]bytecode.Const, 0, len(items))
	for _, e := range table {
		if e.used {
			out = append(out, items[e.item])
		}
	}
	return out
}
