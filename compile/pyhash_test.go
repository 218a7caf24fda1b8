package compile

import (
	"math"
	"math/big"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-lang/kaa/bytecode"
)

// TestPyHash checks the hashes of numbers and tuples against python3.
func TestPyHash(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	cases := []struct {
		expr string
		c    bytecode.Const
	}{
		{"0", int64(0)}, {"1", int64(1)}, {"-1", int64(-1)}, {"-2", int64(-2)},
		{"2**61", int64(1 << 61)}, {"2**61-1", int64(1<<61 - 1)}, {"-(2**62)", int64(-(1 << 62))},
		{"123456789012345678901234567890", huge}, {"True", true},
		{"1.5", 1.5}, {"-0.0", -0.0}, {"1e300", 1e300}, {"0.1", 0.1}, {"-2.5e-10", -2.5e-10},
		{"float('inf')", posInf()}, {"3.0", 3.0},
		{"(1+2j)", complex(1, 2)}, {"-1j", complex(0, -1)},
		{"(1, 2)", bytecode.Tuple{int64(1), int64(2)}}, {"()", bytecode.Tuple{}},
		{"((1, 2), 3.5, -1)", bytecode.Tuple{bytecode.Tuple{int64(1), int64(2)}, 3.5, int64(-1)}},
	}
	var exprs []string
	for _, c := range cases {
		exprs = append(exprs, "hash("+c.expr+")")
	}
	out, err := exec.Command(python3(t), "-c", "print("+strings.Join(exprs, ",")+", sep='\\n')").Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Fields(string(out))
	for i, c := range cases {
		want, _ := strconv.ParseInt(lines[i], 10, 64)
		got, ok := pyHash(c.c)
		if !ok || int64(got) != want {
			t.Errorf("hash(%s) = %d, %v; want %d", c.expr, int64(got), ok, want)
		}
	}
}

func posInf() float64 { return math.Inf(1) }
