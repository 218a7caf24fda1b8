package array

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"array": Init}

func TestArray(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`from array import array
a = array("i", [1, 2, 3])
a.append(4); a.extend([5]); a.insert(0, 0)
print(a, a[1:3], a[::-1], a.tolist(), a.tobytes()[:8], len(a), a.itemsize, a.typecode)
print(array("d", [1.5]) + array("d", [2]), array("u", "hi"), array("b"), 3 in a, a.count(3), a.index(3))`,
		`from array import array
for code in "bBhHiIlLqQ":
    for v in [-1, 256, 2**31, 2**64]:
        try:
            array(code, [v])
        except OverflowError as e:
            print(code, v, e)`,
		`from array import array
a = array("h", range(10))
a[2:5] = array("h", [9]); del a[::3]; print(a)
try:
    a[1:2] = [1]
except TypeError as e:
    print(e)
print(bytes(array("H", [1, 256])), memoryview(array("i", [7])).tolist())`,
	})
}
