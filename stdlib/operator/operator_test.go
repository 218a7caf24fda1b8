package operator

import (
	"testing"

	"github.com/kaa-lang/kaa/py"
	"github.com/kaa-lang/kaa/stdlib/internal/modtest"
)

var mods = map[string]py.ModuleInit{"operator": Init}

func TestOperator(t *testing.T) {
	modtest.Compare(t, mods, []string{
		`import operator as o
print(o.add(1, 2), o.mul("a", 3), o.truediv(1, 4), o.neg(3), o.not_([]), o.getitem([1, 2], 1), o.contains("abc", "b"))
print(o.itemgetter(1, 0)("ab"), o.attrgetter("real")(5), o.methodcaller("split", "-")("a-b"), o.length_hint(iter([1, 2])))
print(repr(o.itemgetter(1)), repr(o.methodcaller("f", 1, k=2)), o.countOf([1, 1, 2], 1), o.indexOf("abc", "c"))`,
	})
}
