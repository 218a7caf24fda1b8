package collections

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"_collections": Init}

func TestDeque(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`from collections import deque
d = deque(range(5), maxlen=4)
d.append(9); d.appendleft(-1); d.rotate(2); print(d, d.maxlen, d[1], d[-1])
d.extendleft("ab"); print(d, d.pop(), d.popleft(), list(reversed(d)))
print(deque([1, 2]) < deque([1, 3]), deque("ab") * 2, deque([1]) + deque([2]))
for call in ["deque().pop()", "deque([1])[3]", "deque([1], 1).insert(0, 0)", "deque(maxlen=-1)"]:
    try:
        eval(call)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)`,
		`from collections import Counter, namedtuple, OrderedDict, defaultdict
print(Counter("hello world").most_common(3), namedtuple("P", "x y")(1, 2), OrderedDict(a=1), defaultdict(int, a=1))`,
	})
}

func TestDequeRing(t *testing.T) {
	d := newDeque(-1)
	for i := 0; i < 100; i++ {
		d.pushRight(py.NewInt(int64(i)))
		d.pushLeft(py.NewInt(int64(-i)))
	}
	if d.n != 200 {
		t.Fatalf("len %d", d.n)
	}
	d.rotate(7)
	d.rotate(-7)
	if v := d.at(0); v != py.NewInt(-99) {
		t.Errorf("first = %v", v)
	}
	for d.n > 3 {
		d.popLeftItem()
	}
	if got := d.items(); len(got) != 3 || got[2] != py.NewInt(99) {
		t.Errorf("items = %v", got)
	}
}
